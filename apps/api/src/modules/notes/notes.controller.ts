import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Note, NoteObjectiveDraft, NotePage } from '@proprio/contracts';
import { RequirePermission } from '../../core/access/access.decorators.js';
import { ApiErrors } from '../../core/openapi/api-errors.decorator.js';
import { Ctx, type RequestContext } from '../../core/tenancy/request-context.js';
import { PageQueryDto } from '../../core/validation/page-query.dto.js';
import { uuidParam } from '../../core/validation/uuid-param.js';
import { CreateAddendumDto } from './dto/create-addendum.dto.js';
import { CreateNoteDto } from './dto/create-note.dto.js';
import { NoteObjectiveQueryDto } from './dto/note-objective-query.dto.js';
import { NoteObjectiveDraftDto, NotePageDto, NoteResponseDto } from './dto/note-response.dto.js';
import { SignNoteDto } from './dto/sign-note.dto.js';
import { UpdateNoteDto } from './dto/update-note.dto.js';
import { NotesService } from './notes.service.js';

@ApiTags('notes')
@ApiBearerAuth()
@Controller('v1')
export class NotesController {
  constructor(private readonly notes: NotesService) {}

  @Get('episodes/:episodeId/notes')
  @RequirePermission('episode:read')
  @ApiOperation({
    summary: "An episode's notes, latest reporting period first, with when the next progress report is due",
  })
  @ApiOkResponse({ type: NotePageDto })
  @ApiErrors(400, 401, 403, 404)
  list(
    @Ctx() ctx: RequestContext,
    @Param('episodeId', uuidParam('episodeId')) episodeId: string,
    @Query() query: PageQueryDto,
  ): Promise<NotePage> {
    return this.notes.list(ctx, episodeId, query);
  }

  @Post('episodes/:episodeId/notes')
  @RequirePermission('note:write')
  @ApiOperation({
    summary: 'Start a draft note for a reporting period; the objective section is filled from the period unless sent',
  })
  @ApiCreatedResponse({ type: NoteResponseDto })
  @ApiErrors(400, 401, 403, 404, 409)
  create(
    @Ctx() ctx: RequestContext,
    @Param('episodeId', uuidParam('episodeId')) episodeId: string,
    @Body() dto: CreateNoteDto,
  ): Promise<Note> {
    return this.notes.create(ctx, episodeId, dto);
  }

  @Get('episodes/:episodeId/note-objective')
  @RequirePermission('episode:read')
  @ApiOperation({ summary: "Preview the objective text built from a period's records (writes nothing)" })
  @ApiOkResponse({ type: NoteObjectiveDraftDto })
  @ApiErrors(400, 401, 403, 404)
  objective(
    @Ctx() ctx: RequestContext,
    @Param('episodeId', uuidParam('episodeId')) episodeId: string,
    @Query() query: NoteObjectiveQueryDto,
  ): Promise<NoteObjectiveDraft> {
    return this.notes.objectivePreview(ctx, episodeId, query);
  }

  @Get('notes/:noteId')
  @RequirePermission('episode:read')
  @ApiOperation({ summary: 'A note with its signature and addenda' })
  @ApiOkResponse({ type: NoteResponseDto })
  @ApiErrors(400, 401, 403, 404)
  get(@Ctx() ctx: RequestContext, @Param('noteId', uuidParam('noteId')) noteId: string): Promise<Note> {
    return this.notes.get(ctx, noteId);
  }

  @Put('notes/:noteId')
  @RequirePermission('note:write')
  @ApiOperation({ summary: "Replace a draft's content (send the version you read); a signed note never changes" })
  @ApiOkResponse({ type: NoteResponseDto })
  @ApiErrors(400, 401, 403, 404, 409)
  update(
    @Ctx() ctx: RequestContext,
    @Param('noteId', uuidParam('noteId')) noteId: string,
    @Body() dto: UpdateNoteDto,
  ): Promise<Note> {
    return this.notes.update(ctx, noteId, dto);
  }

  @Delete('notes/:noteId')
  @HttpCode(204)
  @RequirePermission('note:write')
  @ApiOperation({ summary: 'Discard a draft; a signed note is never deleted' })
  @ApiNoContentResponse({ description: 'Draft discarded' })
  @ApiErrors(400, 401, 403, 404, 409)
  remove(@Ctx() ctx: RequestContext, @Param('noteId', uuidParam('noteId')) noteId: string): Promise<void> {
    return this.notes.remove(ctx, noteId);
  }

  @Post('notes/:noteId/sign')
  @HttpCode(200)
  @RequirePermission('note:sign')
  @ApiOperation({
    summary: 'Sign a draft (every SOAP section written; send the version you read): it becomes permanent',
  })
  @ApiOkResponse({ type: NoteResponseDto })
  @ApiErrors(400, 401, 403, 404, 409)
  sign(
    @Ctx() ctx: RequestContext,
    @Param('noteId', uuidParam('noteId')) noteId: string,
    @Body() dto: SignNoteDto,
  ): Promise<Note> {
    return this.notes.sign(ctx, noteId, dto);
  }

  @Post('notes/:noteId/addenda')
  @RequirePermission('note:sign')
  @ApiOperation({ summary: 'Add a signed, timestamped addendum to a signed note (the way to correct it)' })
  @ApiCreatedResponse({ type: NoteResponseDto })
  @ApiErrors(400, 401, 403, 404, 409)
  addAddendum(
    @Ctx() ctx: RequestContext,
    @Param('noteId', uuidParam('noteId')) noteId: string,
    @Body() dto: CreateAddendumDto,
  ): Promise<Note> {
    return this.notes.addAddendum(ctx, noteId, dto);
  }
}
