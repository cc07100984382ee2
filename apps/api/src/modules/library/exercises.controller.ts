import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Exercise, Page } from '@proprio/contracts';
import { RequirePermission } from '../../core/access/access.decorators.js';
import { ApiErrors } from '../../core/openapi/api-errors.decorator.js';
import { Ctx, type RequestContext } from '../../core/tenancy/request-context.js';
import { uuidParam } from '../../core/validation/uuid-param.js';
import { VersionDto } from '../../core/validation/version.dto.js';
import { ExerciseQueryDto } from './dto/exercise-query.dto.js';
import { CreateExerciseDto, UpdateExerciseDto } from './dto/exercise-request.dto.js';
import { ExercisePageDto, ExerciseResponseDto } from './dto/exercise-response.dto.js';
import { ExercisesService } from './exercises.service.js';

@ApiTags('exercises')
@ApiBearerAuth()
@Controller('v1/exercises')
export class ExercisesController {
  constructor(private readonly exercises: ExercisesService) {}

  @Get()
  @RequirePermission('library:read')
  @ApiOperation({ summary: 'Search the exercise library (seeded and your own) by name, skill, equipment and phase' })
  @ApiOkResponse({ type: ExercisePageDto })
  @ApiErrors(400, 401, 403)
  search(@Ctx() ctx: RequestContext, @Query() query: ExerciseQueryDto): Promise<Page<Exercise>> {
    return this.exercises.search(ctx, query);
  }

  @Post()
  @RequirePermission('library:write')
  @ApiOperation({ summary: 'Add an exercise to your clinic’s library' })
  @ApiCreatedResponse({ type: ExerciseResponseDto })
  @ApiErrors(400, 401, 403)
  create(@Ctx() ctx: RequestContext, @Body() dto: CreateExerciseDto): Promise<Exercise> {
    return this.exercises.create(ctx, dto);
  }

  @Get(':id')
  @RequirePermission('library:read')
  @ApiOperation({ summary: 'Read an exercise' })
  @ApiOkResponse({ type: ExerciseResponseDto })
  @ApiErrors(400, 401, 403, 404)
  get(@Ctx() ctx: RequestContext, @Param('id', uuidParam('id')) id: string): Promise<Exercise> {
    return this.exercises.get(ctx, id);
  }

  @Put(':id')
  @RequirePermission('library:write')
  @ApiOperation({
    summary: 'Replace one of your clinic’s exercises (send the version you read); seeded ones are read-only',
  })
  @ApiOkResponse({ type: ExerciseResponseDto })
  @ApiErrors(400, 401, 403, 404, 409)
  update(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: UpdateExerciseDto,
  ): Promise<Exercise> {
    return this.exercises.update(ctx, id, dto);
  }

  @Post(':id/archive')
  @HttpCode(200)
  @RequirePermission('library:write')
  @ApiOperation({ summary: 'Archive one of your clinic’s exercises (hidden from searches, never deleted)' })
  @ApiOkResponse({ type: ExerciseResponseDto })
  @ApiErrors(400, 401, 403, 404, 409)
  archive(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: VersionDto,
  ): Promise<Exercise> {
    return this.exercises.setArchived(ctx, id, dto.version, true);
  }

  @Post(':id/restore')
  @HttpCode(200)
  @RequirePermission('library:write')
  @ApiOperation({ summary: 'Bring an archived exercise back' })
  @ApiOkResponse({ type: ExerciseResponseDto })
  @ApiErrors(400, 401, 403, 404, 409)
  restore(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: VersionDto,
  ): Promise<Exercise> {
    return this.exercises.setArchived(ctx, id, dto.version, false);
  }
}
