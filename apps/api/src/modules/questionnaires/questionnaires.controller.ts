import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { PromTrend, QuestionnaireResponse } from '@proprio/contracts';
import { RequirePermission } from '../../core/access/access.decorators.js';
import { ApiErrors } from '../../core/openapi/api-errors.decorator.js';
import { Ctx, type RequestContext } from '../../core/tenancy/request-context.js';
import { ReasonDto } from '../../core/validation/reason.dto.js';
import { uuidParam } from '../../core/validation/uuid-param.js';
import { AmendQuestionnaireDto } from './dto/amend-questionnaire.dto.js';
import { CreateQuestionnaireDto } from './dto/create-questionnaire.dto.js';
import { PromTrendDto, QuestionnaireResponseDto } from './dto/questionnaire-response.dto.js';
import { QuestionnairesService } from './questionnaires.service.js';

@ApiTags('questionnaires')
@ApiBearerAuth()
@Controller('v1')
export class QuestionnairesController {
  constructor(private readonly questionnaires: QuestionnairesService) {}

  @Post('episodes/:episodeId/questionnaires')
  @RequirePermission('measure:write')
  @ApiOperation({ summary: 'Record a questionnaire response (item answers); the server computes the scores' })
  @ApiCreatedResponse({ type: QuestionnaireResponseDto })
  @ApiErrors(400, 401, 403, 404, 409)
  create(
    @Ctx() ctx: RequestContext,
    @Param('episodeId', uuidParam('episodeId')) episodeId: string,
    @Body() dto: CreateQuestionnaireDto,
  ): Promise<QuestionnaireResponse> {
    return this.questionnaires.create(ctx, episodeId, dto);
  }

  @Get('episodes/:episodeId/questionnaires')
  @RequirePermission('episode:read')
  @ApiOperation({ summary: "An episode's questionnaire responses, newest first, with their history" })
  @ApiOkResponse({ type: [QuestionnaireResponseDto] })
  @ApiErrors(400, 401, 403, 404)
  list(
    @Ctx() ctx: RequestContext,
    @Param('episodeId', uuidParam('episodeId')) episodeId: string,
  ): Promise<QuestionnaireResponse[]> {
    return this.questionnaires.list(ctx, episodeId);
  }

  @Get('questionnaires/:id')
  @RequirePermission('episode:read')
  @ApiOperation({ summary: 'Read a questionnaire response' })
  @ApiOkResponse({ type: QuestionnaireResponseDto })
  @ApiErrors(400, 401, 403, 404)
  get(@Ctx() ctx: RequestContext, @Param('id', uuidParam('id')) id: string): Promise<QuestionnaireResponse> {
    return this.questionnaires.get(ctx, id);
  }

  @Post('questionnaires/:id/amend')
  @HttpCode(200)
  @RequirePermission('measure:write')
  @ApiOperation({ summary: 'Correct a response: the corrected answers supersede it, with the reason' })
  @ApiOkResponse({ type: QuestionnaireResponseDto })
  @ApiErrors(400, 401, 403, 404, 409)
  amend(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: AmendQuestionnaireDto,
  ): Promise<QuestionnaireResponse> {
    return this.questionnaires.amend(ctx, id, dto);
  }

  @Post('questionnaires/:id/void')
  @HttpCode(200)
  @RequirePermission('measure:write')
  @ApiOperation({ summary: 'Void a response entered in error; it stays on record with the reason' })
  @ApiOkResponse({ type: QuestionnaireResponseDto })
  @ApiErrors(400, 401, 403, 404, 409)
  void(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: ReasonDto,
  ): Promise<QuestionnaireResponse> {
    return this.questionnaires.void(ctx, id, dto.reason);
  }

  @Get('episodes/:episodeId/prom-trends')
  @RequirePermission('episode:read')
  @ApiOperation({ summary: 'PROM scores by instrument over time (current responses only)' })
  @ApiOkResponse({ type: [PromTrendDto] })
  @ApiErrors(400, 401, 403, 404)
  trends(
    @Ctx() ctx: RequestContext,
    @Param('episodeId', uuidParam('episodeId')) episodeId: string,
  ): Promise<PromTrend[]> {
    return this.questionnaires.trends(ctx, episodeId);
  }
}
