import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { validateDosage, type Dosage } from '@proprio/clinical';
import type { Exercise, Page } from '@proprio/contracts';
import { Brackets, DataSource } from 'typeorm';
import { AppError } from '../../core/errors/app-error.js';
import { updateVersioned } from '../../core/persistence/versioned-update.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import { escapeLike } from '../../database/sql.js';
import type { CreateExerciseDto, UpdateExerciseDto } from './dto/exercise-request.dto.js';
import type { ExerciseQueryDto } from './dto/exercise-query.dto.js';
import { ExerciseEntity } from './exercise.entity.js';
import { toExercise } from './exercise.mapper.js';
import { EXERCISE_NOT_FOUND, seededReadOnly, validationFailed } from './library-errors.js';

/**
 * The exercise library: the seeded catalogue (REFERENCE §5, read-only, shared) and each clinic's own
 * exercises, which only that clinic sees and changes.
 */
@Injectable()
export class ExercisesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Seeded and own exercises. Every word of `q` must appear in the name; the exercise must train every
   * skill and suit every phase asked for; equipment is either required (each item asked for is used)
   * or, with `availableOnly`, what the clinic has (nothing outside the list is needed).
   * Order: the seeded catalogue by number, then the clinic's own by name (case-insensitively).
   */
  async search(ctx: RequestContext, query: ExerciseQueryDto): Promise<Page<Exercise>> {
    const qb = this.dataSource.getRepository(ExerciseEntity).createQueryBuilder('e');
    if (query.source === 'seeded') qb.where('e.clinic_id IS NULL');
    else if (query.source === 'clinic') qb.where('e.clinic_id = :clinicId', { clinicId: ctx.clinicId });
    else qb.where('(e.clinic_id IS NULL OR e.clinic_id = :clinicId)', { clinicId: ctx.clinicId });
    if (!query.includeArchived) qb.andWhere('e.archived_at IS NULL');
    const words = (query.q ?? '').split(/\s+/).filter(Boolean).slice(0, 5);
    words.forEach((word, i) => {
      qb.andWhere(`e.name ILIKE :w${i}`, { [`w${i}`]: `%${escapeLike(word)}%` });
    });
    if (query.skill?.length) qb.andWhere('e.skills @> CAST(:skills AS varchar[])', { skills: query.skill });
    if (query.phase?.length) qb.andWhere('e.phases @> CAST(:phases AS varchar[])', { phases: query.phase });
    if (query.availableOnly) {
      qb.andWhere('e.equipment <@ CAST(:equipment AS varchar[])', { equipment: query.equipment ?? [] });
    } else if (query.equipment?.length) {
      qb.andWhere('e.equipment @> CAST(:equipment AS varchar[])', { equipment: query.equipment });
    }
    qb.orderBy('e.catalogue_number', 'ASC', 'NULLS LAST')
      .addOrderBy('lower(e.name)', 'ASC')
      .addOrderBy('e.name', 'ASC')
      .addOrderBy('e.id', 'ASC')
      .take(query.limit)
      .skip(query.offset);
    const [rows, total] = await qb.getManyAndCount();
    return { items: rows.map(toExercise), total, limit: query.limit, offset: query.offset };
  }

  async get(ctx: RequestContext, id: string): Promise<Exercise> {
    return toExercise(await this.findVisible(ctx, id));
  }

  async create(ctx: RequestContext, dto: CreateExerciseDto): Promise<Exercise> {
    const defaultDosage = checkedDosage(dto.defaultDosage);
    const { identifiers } = await this.dataSource.getRepository(ExerciseEntity).insert({
      clinicId: ctx.clinicId,
      catalogueNumber: null,
      name: dto.name,
      description: dto.description ?? null,
      skills: dto.skills,
      equipment: dto.equipment,
      phases: dto.phases,
      defaultDosage,
      dosageSource: null,
      dosageEvidence: null,
      progressionVariables: dto.progressionVariables,
      progressionNotes: dto.progressionNotes ?? null,
      archivedAt: null,
      createdBy: ctx.userId,
    });
    return this.get(ctx, (identifiers[0] as { id: string }).id);
  }

  /** Replaces a clinic exercise's content (PUT), based on the version read. */
  async update(ctx: RequestContext, id: string, dto: UpdateExerciseDto): Promise<Exercise> {
    await this.findOwn(ctx, id);
    const defaultDosage = checkedDosage(dto.defaultDosage);
    await updateVersioned(
      this.dataSource.manager,
      ExerciseEntity,
      { id, clinicId: ctx.clinicId, version: dto.version },
      {
        name: dto.name,
        description: dto.description ?? null,
        skills: dto.skills,
        equipment: dto.equipment,
        phases: dto.phases,
        defaultDosage,
        progressionVariables: dto.progressionVariables,
        progressionNotes: dto.progressionNotes ?? null,
      },
      EXERCISE_NOT_FOUND,
    );
    return this.get(ctx, id);
  }

  /** An archived exercise leaves the default list; programmes that prescribe it keep it. */
  async setArchived(ctx: RequestContext, id: string, version: number, archived: boolean): Promise<Exercise> {
    await this.findOwn(ctx, id);
    await updateVersioned(
      this.dataSource.manager,
      ExerciseEntity,
      { id, clinicId: ctx.clinicId, version },
      { archivedAt: archived ? new Date() : null },
      EXERCISE_NOT_FOUND,
    );
    return this.get(ctx, id);
  }

  /** A seeded exercise or one of the clinic's own; anything else is a 404. */
  private async findVisible(ctx: RequestContext, id: string): Promise<ExerciseEntity> {
    const exercise = await this.dataSource
      .getRepository(ExerciseEntity)
      .createQueryBuilder('e')
      .where('e.id = :id', { id })
      .andWhere(new Brackets((or) => or.where('e.clinic_id IS NULL').orWhere('e.clinic_id = :clinicId')), {
        clinicId: ctx.clinicId,
      })
      .getOne();
    if (!exercise) throw AppError.notFound(EXERCISE_NOT_FOUND.code, EXERCISE_NOT_FOUND.what);
    return exercise;
  }

  /** An exercise the clinic may change: its own. A seeded one is 403, another clinic's 404. */
  private async findOwn(ctx: RequestContext, id: string): Promise<ExerciseEntity> {
    const exercise = await this.findVisible(ctx, id);
    if (exercise.clinicId === null) throw seededReadOnly('The exercise');
    return exercise;
  }
}

/** The default dosage, checked and normalised by the clinical library; issues name `defaultDosage.*`. */
function checkedDosage(value: unknown): Dosage {
  const result = validateDosage(value, 'defaultDosage');
  if (!result.ok) throw validationFailed(result.issues);
  return result.value;
}
