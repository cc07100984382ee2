import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FieldIssue, SessionPage, TreatmentSession } from '@proprio/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError } from '../../core/errors/app-error.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import type { PageQueryDto } from '../../core/validation/page-query.dto.js';
import type { EpisodeEntity } from '../episodes/episode.entity.js';
import { EpisodesService } from '../episodes/episodes.service.js';
import { findVisibleExercises } from '../library/visible-library.js';
import { ProgressNoteStatusService } from '../notes/progress/progress-note-status.service.js';
import { criteriaToday } from '../programmes/episode-criteria.service.js';
import { ProgrammeEntity } from '../programmes/programme.entity.js';
import type { CreateSessionDto } from './dto/create-session.dto.js';
import { toTreatmentSession } from './session.mapper.js';
import { TreatmentSessionEntity, type SessionExerciseRecord } from './treatment-session.entity.js';

/** Treatment visits: what was done, with the pain and effort reported. A visit is never changed. */
@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly episodes: EpisodesService,
    private readonly progressNotes: ProgressNoteStatusService,
  ) {}

  async create(ctx: RequestContext, episodeId: string, dto: CreateSessionDto): Promise<TreatmentSession> {
    const episode = await this.episodes.find(ctx, episodeId);
    if (episode.archivedAt !== null) {
      throw new AppError(409, 'ARCHIVED', 'The episode is archived: no new sessions can be recorded.');
    }
    const exercises = await this.checkedExercises(this.dataSource.manager, ctx, episode, dto);
    const saved = await this.dataSource.getRepository(TreatmentSessionEntity).save({
      clinicId: ctx.clinicId,
      episodeId,
      performedOn: dto.performedOn,
      pain: dto.pain ?? null,
      rpe: dto.rpe ?? null,
      notes: dto.notes ?? null,
      exercises,
      recordedBy: ctx.userId,
    });
    return toTreatmentSession(
      await this.dataSource
        .getRepository(TreatmentSessionEntity)
        .findOneByOrFail({ id: saved.id, clinicId: ctx.clinicId }),
    );
  }

  /**
   * A page of the episode's visits, newest first, with the visits since its last signed progress report
   * and whether one is due (the same reminder as the notes list and the caseload).
   */
  async list(ctx: RequestContext, episodeId: string, query: PageQueryDto): Promise<SessionPage> {
    await this.episodes.find(ctx, episodeId);
    const [[rows, total], progress] = await Promise.all([
      this.dataSource.getRepository(TreatmentSessionEntity).findAndCount({
        where: { clinicId: ctx.clinicId, episodeId },
        order: { performedOn: 'DESC', createdAt: 'DESC', id: 'DESC' },
        take: query.limit,
        skip: query.offset,
      }),
      this.progressNotes.forEpisode(ctx.clinicId, episodeId, criteriaToday()),
    ]);
    return {
      items: rows.map(toTreatmentSession),
      total,
      limit: query.limit,
      offset: query.offset,
      visitsSinceLastProgressNote: progress.visitsSinceLastProgressNote,
      progressNoteInterval: progress.progressNoteInterval,
      progressNoteDue: progress.due,
    };
  }

  /** Every visit of the episode, oldest first (for reports and exports). */
  async listAll(ctx: RequestContext, episodeId: string): Promise<TreatmentSession[]> {
    await this.episodes.find(ctx, episodeId);
    const rows = await this.dataSource.getRepository(TreatmentSessionEntity).find({
      where: { clinicId: ctx.clinicId, episodeId },
      order: { performedOn: 'ASC', createdAt: 'ASC', id: 'ASC' },
    });
    return rows.map(toTreatmentSession);
  }

  /**
   * The exercises as they will be stored, with each name snapshotted, or a 400 naming every bad
   * field: the date against the injury, each exercise against the clinic's library and each
   * programme item against the episode's current programme.
   */
  private async checkedExercises(
    manager: EntityManager,
    ctx: RequestContext,
    episode: EpisodeEntity,
    dto: CreateSessionDto,
  ): Promise<SessionExerciseRecord[]> {
    const issues: FieldIssue[] = [];
    if (dto.performedOn < episode.injuryDate) {
      issues.push({ field: 'performedOn', issue: `must not be before the injury (${episode.injuryDate})` });
    }
    const visible = await findVisibleExercises(
      manager,
      ctx.clinicId,
      dto.exercises.map((e) => e.exerciseId),
    );
    const needsProgramme = dto.exercises.some((e) => (e.programmeItemId ?? null) !== null);
    const programme = needsProgramme
      ? await manager.getRepository(ProgrammeEntity).findOneBy({ clinicId: ctx.clinicId, episodeId: episode.id })
      : null;
    const items = new Map((programme?.items ?? []).map((item) => [item.id, item]));

    const records = dto.exercises.map((e, i): SessionExerciseRecord | null => {
      const exercise = visible.get(e.exerciseId);
      if (!exercise) issues.push({ field: `exercises.${i}.exerciseId`, issue: 'is not an exercise of your library' });
      const itemId = e.programmeItemId ?? null;
      if (itemId !== null) {
        const item = items.get(itemId);
        const field = `exercises.${i}.programmeItemId`;
        if (!programme) issues.push({ field, issue: 'cannot be given: the episode has no programme' });
        else if (!item) issues.push({ field, issue: "is not an item of the episode's current programme" });
        else if (item.exerciseId !== e.exerciseId) {
          issues.push({ field, issue: 'is a programme item for another exercise' });
        }
      }
      if (!exercise) return null;
      return {
        programmeItemId: itemId,
        exerciseId: e.exerciseId,
        exerciseName: exercise.name,
        sets: e.sets ?? null,
        reps: e.reps ?? null,
        holdSeconds: e.holdSeconds ?? null,
        loadKg: e.loadKg ?? null,
        notes: e.notes ?? null,
      };
    });
    if (issues.length) throw AppError.validation(issues);
    return records.filter((r) => r !== null);
  }
}
