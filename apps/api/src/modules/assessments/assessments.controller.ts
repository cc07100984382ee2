import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Assessment, Measurement, SymmetryTrend } from '@proprio/contracts';
import { RequirePermission } from '../../core/access/access.decorators.js';
import { ApiErrors } from '../../core/openapi/api-errors.decorator.js';
import { Ctx, type RequestContext } from '../../core/tenancy/request-context.js';
import { ReasonDto } from '../../core/validation/reason.dto.js';
import { uuidParam } from '../../core/validation/uuid-param.js';
import { AssessmentsService } from './assessments.service.js';
import { AmendMeasurementDto } from './dto/amend-measurement.dto.js';
import { AssessmentResponseDto, MeasurementResponseDto, SymmetryTrendDto } from './dto/assessment-response.dto.js';
import { CreateAssessmentDto } from './dto/create-assessment.dto.js';
import { SymmetryService } from './symmetry.service.js';

@ApiTags('assessments')
@ApiBearerAuth()
@Controller('v1')
export class AssessmentsController {
  constructor(
    private readonly assessments: AssessmentsService,
    private readonly symmetry: SymmetryService,
  ) {}

  @Post('episodes/:episodeId/assessments')
  @RequirePermission('measure:write')
  @ApiOperation({ summary: 'Record a test session: every raw trial; the server derives LSI and the rest' })
  @ApiCreatedResponse({ type: AssessmentResponseDto })
  @ApiErrors(400, 401, 403, 404, 409)
  create(
    @Ctx() ctx: RequestContext,
    @Param('episodeId', uuidParam('episodeId')) episodeId: string,
    @Body() dto: CreateAssessmentDto,
  ): Promise<Assessment> {
    return this.assessments.create(ctx, episodeId, dto);
  }

  @Get('episodes/:episodeId/assessments')
  @RequirePermission('episode:read')
  @ApiOperation({ summary: "An episode's test sessions, newest first, with every value and its history" })
  @ApiOkResponse({ type: [AssessmentResponseDto] })
  @ApiErrors(400, 401, 403, 404)
  list(
    @Ctx() ctx: RequestContext,
    @Param('episodeId', uuidParam('episodeId')) episodeId: string,
  ): Promise<Assessment[]> {
    return this.assessments.list(ctx, episodeId);
  }

  @Get('assessments/:id')
  @RequirePermission('episode:read')
  @ApiOperation({ summary: 'Read a test session' })
  @ApiOkResponse({ type: AssessmentResponseDto })
  @ApiErrors(400, 401, 403, 404)
  get(@Ctx() ctx: RequestContext, @Param('id', uuidParam('id')) id: string): Promise<Assessment> {
    return this.assessments.get(ctx, id);
  }

  @Post('measurements/:id/amend')
  @HttpCode(200)
  @RequirePermission('measure:write')
  @ApiOperation({ summary: 'Correct a value: a new value supersedes it, with the reason; the old one is kept' })
  @ApiOkResponse({ type: MeasurementResponseDto })
  @ApiErrors(400, 401, 403, 404, 409)
  amend(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: AmendMeasurementDto,
  ): Promise<Measurement> {
    return this.assessments.amend(ctx, id, dto);
  }

  @Post('measurements/:id/void')
  @HttpCode(200)
  @RequirePermission('measure:write')
  @ApiOperation({ summary: 'Void a value entered in error; it stays on record with the reason' })
  @ApiOkResponse({ type: MeasurementResponseDto })
  @ApiErrors(400, 401, 403, 404, 409)
  void(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: ReasonDto,
  ): Promise<Measurement> {
    return this.assessments.void(ctx, id, dto.reason);
  }

  @Get('episodes/:episodeId/symmetry')
  @RequirePermission('episode:read')
  @ApiOperation({ summary: 'Symmetry trend per test: LSI, EPIC and the measurement-error flag by date' })
  @ApiOkResponse({ type: [SymmetryTrendDto] })
  @ApiErrors(400, 401, 403, 404)
  trend(
    @Ctx() ctx: RequestContext,
    @Param('episodeId', uuidParam('episodeId')) episodeId: string,
  ): Promise<SymmetryTrend[]> {
    return this.symmetry.trend(ctx, episodeId);
  }
}
