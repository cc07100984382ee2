import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Programme, ProgrammeHistory, Progression, Readiness } from '@proprio/contracts';
import { RequirePermission } from '../../core/access/access.decorators.js';
import { ApiErrors } from '../../core/openapi/api-errors.decorator.js';
import { Ctx, type RequestContext } from '../../core/tenancy/request-context.js';
import { uuidParam } from '../../core/validation/uuid-param.js';
import { AdvancePhaseDto } from './dto/advance-phase.dto.js';
import { AssignProgrammeDto } from './dto/assign-programme.dto.js';
import {
  ProgrammeHistoryDto,
  ProgrammeResponseDto,
  ProgressionResponseDto,
  ReadinessResponseDto,
} from './dto/programme-response.dto.js';
import { ReadinessQueryDto } from './dto/readiness-query.dto.js';
import { UpdateProgrammeDto } from './dto/update-programme.dto.js';
import { ProgrammesService } from './programmes.service.js';

@ApiTags('programmes')
@ApiBearerAuth()
@Controller('v1/episodes/:episodeId/programme')
export class ProgrammesController {
  constructor(private readonly programmes: ProgrammesService) {}

  @Post()
  @RequirePermission('programme:write')
  @ApiOperation({
    summary: 'Assign a protocol version: the programme starts at the right phase with its exercises',
  })
  @ApiCreatedResponse({ type: ProgrammeResponseDto })
  @ApiErrors(400, 401, 403, 404, 409)
  assign(
    @Ctx() ctx: RequestContext,
    @Param('episodeId', uuidParam('episodeId')) episodeId: string,
    @Body() dto: AssignProgrammeDto,
  ): Promise<Programme> {
    return this.programmes.assign(ctx, episodeId, dto);
  }

  @Get()
  @RequirePermission('episode:read')
  @ApiOperation({ summary: "The episode's programme: current phase and prescription" })
  @ApiOkResponse({ type: ProgrammeResponseDto })
  @ApiErrors(400, 401, 403, 404)
  get(@Ctx() ctx: RequestContext, @Param('episodeId', uuidParam('episodeId')) episodeId: string): Promise<Programme> {
    return this.programmes.get(ctx, episodeId);
  }

  @Put()
  @RequirePermission('programme:write')
  @ApiOperation({
    summary: 'Replace the prescription (send the version you read); the change is kept as a revision',
  })
  @ApiOkResponse({ type: ProgrammeResponseDto })
  @ApiErrors(400, 401, 403, 404, 409)
  update(
    @Ctx() ctx: RequestContext,
    @Param('episodeId', uuidParam('episodeId')) episodeId: string,
    @Body() dto: UpdateProgrammeDto,
  ): Promise<Programme> {
    return this.programmes.update(ctx, episodeId, dto);
  }

  @Get('history')
  @RequirePermission('episode:read')
  @ApiOperation({ summary: 'Every revision of the prescription with what changed, and every phase transition' })
  @ApiOkResponse({ type: ProgrammeHistoryDto })
  @ApiErrors(400, 401, 403, 404)
  history(
    @Ctx() ctx: RequestContext,
    @Param('episodeId', uuidParam('episodeId')) episodeId: string,
  ): Promise<ProgrammeHistory> {
    return this.programmes.history(ctx, episodeId);
  }

  @Get('progression')
  @RequirePermission('episode:read')
  @ApiOperation({ summary: "The phases, and the current phase's exit criteria evaluated against the latest measures" })
  @ApiOkResponse({ type: ProgressionResponseDto })
  @ApiErrors(400, 401, 403, 404)
  progression(
    @Ctx() ctx: RequestContext,
    @Param('episodeId', uuidParam('episodeId')) episodeId: string,
  ): Promise<Progression> {
    return this.programmes.progression(ctx, episodeId);
  }

  @Post('advance')
  @HttpCode(200)
  @RequirePermission('programme:advance')
  @ApiOperation({
    summary: 'Advance to the next phase; without every criterion met an override reason is required',
  })
  @ApiOkResponse({ type: ProgrammeResponseDto })
  @ApiErrors(400, 401, 403, 404, 409)
  advance(
    @Ctx() ctx: RequestContext,
    @Param('episodeId', uuidParam('episodeId')) episodeId: string,
    @Body() dto: AdvancePhaseDto,
  ): Promise<Programme> {
    return this.programmes.advance(ctx, episodeId, dto);
  }

  @Get('readiness')
  @RequirePermission('episode:read')
  @ApiOperation({ summary: 'Return-to-sport readiness against a criteria set of the protocol' })
  @ApiOkResponse({ type: ReadinessResponseDto })
  @ApiErrors(400, 401, 403, 404)
  readiness(
    @Ctx() ctx: RequestContext,
    @Param('episodeId', uuidParam('episodeId')) episodeId: string,
    @Query() query: ReadinessQueryDto,
  ): Promise<Readiness> {
    return this.programmes.readiness(ctx, episodeId, query.set);
  }
}
