import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { SessionPage, TreatmentSession } from '@proprio/contracts';
import { RequirePermission } from '../../core/access/access.decorators.js';
import { ApiErrors } from '../../core/openapi/api-errors.decorator.js';
import { Ctx, type RequestContext } from '../../core/tenancy/request-context.js';
import { PageQueryDto } from '../../core/validation/page-query.dto.js';
import { uuidParam } from '../../core/validation/uuid-param.js';
import { CreateSessionDto } from './dto/create-session.dto.js';
import { SessionPageDto, TreatmentSessionResponseDto } from './dto/session-response.dto.js';
import { SessionsService } from './sessions.service.js';

@ApiTags('sessions')
@ApiBearerAuth()
@Controller('v1')
export class SessionsController {
  constructor(private readonly sessions: SessionsService) {}

  @Post('episodes/:episodeId/sessions')
  @RequirePermission('session:write')
  @ApiOperation({ summary: 'Log a treatment session: exercises done with their dosage, pain and RPE' })
  @ApiCreatedResponse({ type: TreatmentSessionResponseDto })
  @ApiErrors(400, 401, 403, 404, 409)
  create(
    @Ctx() ctx: RequestContext,
    @Param('episodeId', uuidParam('episodeId')) episodeId: string,
    @Body() dto: CreateSessionDto,
  ): Promise<TreatmentSession> {
    return this.sessions.create(ctx, episodeId, dto);
  }

  @Get('episodes/:episodeId/sessions')
  @RequirePermission('episode:read')
  @ApiOperation({
    summary: "An episode's treatment sessions, newest first, with the visits since the last progress note",
  })
  @ApiOkResponse({ type: SessionPageDto })
  @ApiErrors(400, 401, 403, 404)
  list(
    @Ctx() ctx: RequestContext,
    @Param('episodeId', uuidParam('episodeId')) episodeId: string,
    @Query() query: PageQueryDto,
  ): Promise<SessionPage> {
    return this.sessions.list(ctx, episodeId, query);
  }
}
