import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Episode } from '@proprio/contracts';
import { RequirePermission } from '../../core/access/access.decorators.js';
import { ApiErrors } from '../../core/openapi/api-errors.decorator.js';
import { uuidParam } from '../../core/validation/uuid-param.js';
import { Ctx, type RequestContext } from '../../core/tenancy/request-context.js';
import { VersionDto } from '../../core/validation/version.dto.js';
import { CreateEpisodeDto } from './dto/create-episode.dto.js';
import { EpisodeResponseDto } from './dto/episode-response.dto.js';
import { UpdateEpisodeDto } from './dto/update-episode.dto.js';
import { EpisodesService } from './episodes.service.js';

@ApiTags('episodes')
@ApiBearerAuth()
@Controller('v1')
export class EpisodesController {
  constructor(private readonly episodes: EpisodesService) {}

  @Get('patients/:patientId/episodes')
  @RequirePermission('episode:read')
  @ApiOperation({ summary: "A patient's episodes of care, newest injury first" })
  @ApiOkResponse({ type: [EpisodeResponseDto] })
  @ApiErrors(400, 401, 403, 404)
  list(@Ctx() ctx: RequestContext, @Param('patientId', uuidParam('patientId')) patientId: string): Promise<Episode[]> {
    return this.episodes.listForPatient(ctx, patientId);
  }

  @Post('patients/:patientId/episodes')
  @RequirePermission('episode:write')
  @ApiOperation({ summary: 'Open an episode of care for a patient' })
  @ApiCreatedResponse({ type: EpisodeResponseDto })
  @ApiErrors(400, 401, 403, 404, 409)
  create(
    @Ctx() ctx: RequestContext,
    @Param('patientId', uuidParam('patientId')) patientId: string,
    @Body() dto: CreateEpisodeDto,
  ): Promise<Episode> {
    return this.episodes.create(ctx, patientId, dto);
  }

  @Get('episodes/:id')
  @RequirePermission('episode:read')
  @ApiOperation({ summary: 'Read an episode of care' })
  @ApiOkResponse({ type: EpisodeResponseDto })
  @ApiErrors(400, 401, 403, 404)
  get(@Ctx() ctx: RequestContext, @Param('id', uuidParam('id')) id: string): Promise<Episode> {
    return this.episodes.get(ctx, id);
  }

  @Patch('episodes/:id')
  @RequirePermission('episode:write')
  @ApiOperation({ summary: 'Change an episode (send the version you read)' })
  @ApiOkResponse({ type: EpisodeResponseDto })
  @ApiErrors(400, 401, 403, 404, 409)
  update(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: UpdateEpisodeDto,
  ): Promise<Episode> {
    return this.episodes.update(ctx, id, dto);
  }

  @Post('episodes/:id/archive')
  @HttpCode(200)
  @RequirePermission('episode:write')
  @ApiOperation({ summary: 'Archive an episode (records are never deleted)' })
  @ApiOkResponse({ type: EpisodeResponseDto })
  @ApiErrors(400, 401, 403, 404, 409)
  archive(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: VersionDto,
  ): Promise<Episode> {
    return this.episodes.archive(ctx, id, dto.version);
  }
}
