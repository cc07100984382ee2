import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CaseloadEntry, Page } from '@proprio/contracts';
import { RequirePermission } from '../../core/access/access.decorators.js';
import { ApiErrors } from '../../core/openapi/api-errors.decorator.js';
import { Ctx, type RequestContext } from '../../core/tenancy/request-context.js';
import { CaseloadService } from './caseload.service.js';
import { CaseloadQueryDto } from './dto/caseload-query.dto.js';
import { CaseloadPageDto } from './dto/caseload-response.dto.js';

@ApiTags('caseload')
@ApiBearerAuth()
@Controller('v1/caseload')
export class CaseloadController {
  constructor(private readonly caseload: CaseloadService) {}

  @Get()
  @RequirePermission('episode:read')
  @ApiOperation({
    summary:
      'The caseload: phase, weeks since surgery, latest hop LSI, what blocks the next phase, who is due or stalled',
  })
  @ApiOkResponse({ type: CaseloadPageDto })
  @ApiErrors(400, 401, 403)
  list(@Ctx() ctx: RequestContext, @Query() query: CaseloadQueryDto): Promise<Page<CaseloadEntry>> {
    return this.caseload.list(ctx, query);
  }
}
