import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { FHIR_MEDIA_TYPE } from '@proprio/contracts';
import type { FastifyReply } from 'fastify';
import { RequirePermission } from '../../../core/access/access.decorators.js';
import { ApiErrors } from '../../../core/openapi/api-errors.decorator.js';
import { ErrorResponseDto } from '../../../core/openapi/error-response.dto.js';
import { Ctx, type RequestContext } from '../../../core/tenancy/request-context.js';
import { uuidParam } from '../../../core/validation/uuid-param.js';
import { FhirExportService } from './fhir-export.service.js';

@ApiTags('exports')
@ApiBearerAuth()
@Controller('v1')
export class FhirExportController {
  constructor(private readonly fhir: FhirExportService) {}

  @Get('episodes/:episodeId/fhir')
  @RequirePermission('export:read')
  @ApiOperation({
    summary: 'The episode as a FHIR R4 document Bundle, built on its latest signed note',
    description:
      'Bundle.type document: a Composition (the latest signed note: S, O, A, P, addenda; the signer as legal ' +
      'attester) first, then Patient, Practitioners, Organization, Condition, Procedure, CarePlan and Goals, ' +
      'Observations (each limb value, LSI and EPIC with derivedFrom), QuestionnaireResponses and score ' +
      'Observations. Every reference is a urn:uuid full URL of an entry. Current values only.',
  })
  @ApiOkResponse({
    description: 'A FHIR R4 Bundle of type document',
    content: { [FHIR_MEDIA_TYPE]: { schema: { type: 'object', additionalProperties: true } } },
  })
  @ApiErrors(400, 401, 403, 404)
  @ApiConflictResponse({ description: 'NO_SIGNED_NOTE: the episode has no signed note', type: ErrorResponseDto })
  async document(
    @Ctx() ctx: RequestContext,
    @Param('episodeId', uuidParam('episodeId')) episodeId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const bundle = await this.fhir.document(ctx, episodeId);
    void reply.header('content-type', `${FHIR_MEDIA_TYPE}; charset=utf-8`);
    return JSON.stringify(bundle);
  }
}
