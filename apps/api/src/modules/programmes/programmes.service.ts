import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  criteriaForPhase,
  diffPrescriptions,
  evaluateCriteria,
  findPhase,
  generatePrescription,
  nextPhase,
  phaseIndex,
  startPhaseKey,
  timeSinceSurgery,
  validateDosage,
  validateProgression,
  type CriteriaEvaluation,
  type Equipment,
  type LibraryExercise,
  type PrescribedExercise,
  type ProtocolDefinition,
  type ProtocolPhase,
} from '@proprio/clinical';
import type {
  FieldIssue,
  PhaseSummary,
  Programme,
  ProgrammeHistory,
  ProgrammeRevision,
  Progression,
  Readiness,
} from '@proprio/contracts';
import { DataSource, IsNull, QueryFailedError, type EntityManager } from 'typeorm';
import { AppError } from '../../core/errors/app-error.js';
import { updateVersioned } from '../../core/persistence/versioned-update.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import { EpisodeEntity } from '../episodes/episode.entity.js';
import { EpisodesService } from '../episodes/episodes.service.js';
import { ExerciseEntity } from '../library/exercise.entity.js';
import type { ProtocolVersionEntity } from '../library/protocol-version.entity.js';
import type { ProtocolEntity } from '../library/protocol.entity.js';
import { findVisibleExercises, findVisibleProtocolVersion } from '../library/visible-library.js';
import { UserEntity } from '../users/user.entity.js';
import type { AdvancePhaseDto } from './dto/advance-phase.dto.js';
import type { AssignProgrammeDto } from './dto/assign-programme.dto.js';
import type { UpdateProgrammeDto } from './dto/update-programme.dto.js';
import { criteriaToday, EpisodeCriteriaService } from './episode-criteria.service.js';
import { PhaseTransitionEntity } from './phase-transition.entity.js';
import { ProgrammeRevisionEntity, type RevisionKind } from './programme-revision.entity.js';
import { ProgrammeEntity } from './programme.entity.js';
import { toItemViews, toProgramme, toTransition, type ExerciseNames } from './programme.mapper.js';

const PROGRAMME_NOT_FOUND = { code: 'PROGRAMME_NOT_FOUND', what: 'The programme' } as const;
const programmeNotFound = () => AppError.notFound(PROGRAMME_NOT_FOUND.code, PROGRAMME_NOT_FOUND.what);
const programmeExists = () =>
  new AppError(409, 'PROGRAMME_EXISTS', 'The episode already has a programme: edit it instead of assigning another.');
const archived = () =>
  new AppError(409, 'ARCHIVED', 'The episode is archived: its programme can no longer be assigned or changed.');

/** A programme with the protocol version it follows. */
interface Loaded {
  episode: EpisodeEntity;
  programme: ProgrammeEntity;
  version: ProtocolVersionEntity;
  protocol: ProtocolEntity;
  definition: ProtocolDefinition;
}

/**
 * Programmes: a protocol version assigned to an episode, its personalised prescription with every
 * revision kept, and phase advances gated by the criteria engine (or overridden with a reason).
 */
@Injectable()
export class ProgrammesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly episodes: EpisodesService,
    private readonly criteria: EpisodeCriteriaService,
  ) {}

  async assign(ctx: RequestContext, episodeId: string, dto: AssignProgrammeDto): Promise<Programme> {
    const episode = await this.episodes.find(ctx, episodeId);
    if (episode.archivedAt !== null) throw archived();
    const manager = this.dataSource.manager;
    if (await manager.existsBy(ProgrammeEntity, { clinicId: ctx.clinicId, episodeId })) throw programmeExists();

    const visible = await findVisibleProtocolVersion(manager, ctx.clinicId, dto.protocolVersionId);
    if (!visible) {
      throw new AppError(404, 'PROTOCOL_VERSION_NOT_FOUND', 'The protocol version was not found.', [
        { field: 'protocolVersionId', issue: 'is not a protocol version your clinic can use' },
      ]);
    }
    const definition = visible.version.definition;
    const today = criteriaToday();
    const issues: FieldIssue[] = [];
    if (visible.protocol.archivedAt !== null) {
      issues.push({ field: 'protocolVersionId', issue: 'belongs to an archived protocol' });
    }
    let phaseKey: string;
    if (dto.startPhaseKey !== undefined) {
      phaseKey = dto.startPhaseKey;
      if (!findPhase(definition, phaseKey)) {
        issues.push({ field: 'startPhaseKey', issue: `is not a phase of the protocol (${phaseKeys(definition)})` });
      }
    } else {
      phaseKey = startPhaseKey(definition, { surgeryDate: episode.surgeryDate, today });
    }
    const rtsKey = dto.returnToSportSetKey ?? definition.returnToSportSets[0]?.key;
    if (rtsKey === undefined || !definition.returnToSportSets.some((s) => s.key === rtsKey)) {
      issues.push({ field: 'returnToSportSetKey', issue: rtsSetIssue(definition) });
    }
    const therapistId = dto.therapistId ?? ctx.userId;
    issues.push(...(await this.therapistIssues(manager, ctx, therapistId)));
    if (issues.length) throw AppError.validation(issues);

    const library = await visibleLibrary(manager, ctx.clinicId);
    const { items } = generatePrescription({
      definition,
      phaseKey,
      equipment: dto.equipment,
      exercises: library,
      newId: randomUUID,
    });
    try {
      await this.dataSource.transaction(async (tx) => {
        const { identifiers } = await tx.getRepository(ProgrammeEntity).insert({
          clinicId: ctx.clinicId,
          episodeId,
          protocolVersionId: visible.version.id,
          therapistId,
          currentPhaseKey: phaseKey,
          phaseStartedOn: today,
          returnToSportSetKey: rtsKey!,
          equipment: dto.equipment,
          items,
          revision: 1,
          createdBy: ctx.userId,
        });
        const programmeId = (identifiers[0] as { id: string }).id;
        await insertRevision(tx, ctx, programmeId, 1, 'assigned', phaseKey, items, null);
      });
    } catch (error) {
      // Two assignments raced past the check above: the database keeps one programme per episode.
      if (isUniqueViolation(error, 'uq_programme_episode')) throw programmeExists();
      throw error;
    }
    return this.get(ctx, episodeId);
  }

  async get(ctx: RequestContext, episodeId: string): Promise<Programme> {
    const loaded = await this.load(ctx, episodeId);
    const names = await this.namesOf(ctx, loaded.programme.items);
    return toProgramme(loaded.programme, loaded.version, loaded.protocol, names);
  }

  /** Replaces the prescription as a whole; a real change is kept as a revision with its reason. */
  async update(ctx: RequestContext, episodeId: string, dto: UpdateProgrammeDto): Promise<Programme> {
    const { episode, programme, definition } = await this.load(ctx, episodeId);
    if (episode.archivedAt !== null) throw archived();
    if (dto.version !== programme.version) throw AppError.versionConflict(PROGRAMME_NOT_FOUND.what);
    const manager = this.dataSource.manager;

    const issues: FieldIssue[] = [];
    const currentById = new Map(programme.items.map((item) => [item.id, item]));
    const seenIds = new Set<string>();
    const exercises = await findVisibleExercises(
      manager,
      ctx.clinicId,
      dto.items.map((item) => item.exerciseId),
    );
    const items: PrescribedExercise[] = [];
    dto.items.forEach((item, i) => {
      const field = `items.${i}`;
      const previous = item.id === undefined ? undefined : currentById.get(item.id);
      if (item.id !== undefined) {
        if (!previous) {
          issues.push({ field: `${field}.id`, issue: 'is not an item of this programme (leave it out to add one)' });
        } else if (seenIds.has(item.id)) {
          issues.push({ field: `${field}.id`, issue: 'appears twice' });
        }
        seenIds.add(item.id);
      }
      const exercise = exercises.get(item.exerciseId);
      if (!exercise) {
        issues.push({ field: `${field}.exerciseId`, issue: 'is not an exercise of your library' });
      } else if (exercise.archivedAt !== null && previous?.exerciseId !== item.exerciseId) {
        issues.push({ field: `${field}.exerciseId`, issue: 'is archived: restore it or choose another exercise' });
      }
      const dosage = validateDosage(item.dosage, `${field}.dosage`);
      const progression = validateProgression(item.progression ?? {}, `${field}.progression`);
      if (!dosage.ok) issues.push(...dosage.issues);
      if (!progression.ok) issues.push(...progression.issues);
      if (dosage.ok && progression.ok) {
        items.push({
          id: item.id ?? randomUUID(),
          exerciseId: item.exerciseId,
          dosage: dosage.value,
          progression: progression.value,
          notes: item.notes ?? null,
        });
      }
    });
    const rtsKey = dto.returnToSportSetKey ?? programme.returnToSportSetKey;
    if (!definition.returnToSportSets.some((s) => s.key === rtsKey)) {
      issues.push({ field: 'returnToSportSetKey', issue: rtsSetIssue(definition) });
    }
    const therapistId = dto.therapistId ?? programme.therapistId;
    if (dto.therapistId !== undefined) issues.push(...(await this.therapistIssues(manager, ctx, therapistId)));
    if (issues.length) throw AppError.validation(issues);

    const equipment = dto.equipment ?? programme.equipment;
    // jsonb reorders keys, so compare field by field (and the order of the items), not as text.
    const itemsChanged =
      diffPrescriptions(programme.items, items).length > 0 ||
      items.map((item) => item.id).join() !== programme.items.map((item) => item.id).join();
    const otherChanged =
      rtsKey !== programme.returnToSportSetKey ||
      therapistId !== programme.therapistId ||
      !sameSet(equipment, programme.equipment);
    if (itemsChanged || otherChanged) {
      await this.dataSource.transaction(async (tx) => {
        const revision = itemsChanged ? programme.revision + 1 : programme.revision;
        await updateVersioned(
          tx,
          ProgrammeEntity,
          { id: programme.id, clinicId: ctx.clinicId, version: dto.version },
          { items, equipment, returnToSportSetKey: rtsKey, therapistId, revision },
          PROGRAMME_NOT_FOUND,
        );
        if (itemsChanged) {
          await insertRevision(
            tx,
            ctx,
            programme.id,
            revision,
            'edited',
            programme.currentPhaseKey,
            items,
            dto.reason ?? null,
          );
        }
      });
    }
    return this.get(ctx, episodeId);
  }

  async history(ctx: RequestContext, episodeId: string): Promise<ProgrammeHistory> {
    const { programme } = await this.load(ctx, episodeId);
    const revisions = await this.dataSource.getRepository(ProgrammeRevisionEntity).find({
      where: { clinicId: ctx.clinicId, programmeId: programme.id },
      order: { number: 'ASC' },
    });
    const transitions = await this.dataSource.getRepository(PhaseTransitionEntity).find({
      where: { clinicId: ctx.clinicId, programmeId: programme.id },
      order: { transitionedAt: 'ASC', id: 'ASC' },
    });
    const names = await this.namesOf(
      ctx,
      revisions.flatMap((r) => r.items),
    );
    return {
      revisions: revisions.map((revision, i): ProgrammeRevision => ({
        number: revision.number,
        changedAt: revision.changedAt.toISOString(),
        changedBy: revision.changedBy,
        kind: revision.kind,
        reason: revision.reason,
        phaseKey: revision.phaseKey,
        items: toItemViews(revision.items, names),
        changes: i === 0 ? [] : diffPrescriptions(revisions[i - 1]!.items, revision.items),
      })),
      transitions: transitions.map(toTransition),
    };
  }

  async progression(ctx: RequestContext, episodeId: string): Promise<Progression> {
    const { episode, programme, definition } = await this.load(ctx, episodeId);
    const asOf = criteriaToday();
    const evaluation = await this.evaluateGate(ctx, episode, programme, definition, asOf);
    const current = phaseIndex(definition, programme.currentPhaseKey);
    const phases = definition.phases.map((phase, i) =>
      summary(phase, i < current ? 'done' : i === current ? 'current' : 'upcoming'),
    );
    return {
      currentPhase: phases[current] ?? summary(unknownPhase(programme.currentPhaseKey), 'current'),
      nextPhase: current >= 0 ? (phases[current + 1] ?? null) : null,
      phases,
      evaluation,
      weeksSinceSurgery: timeSinceSurgery(episode.surgeryDate, asOf)?.weeks ?? null,
      asOf,
    };
  }

  /**
   * Moves the programme to the next phase: a transition row with the criteria as they stand now, and
   * a new prescription for the new phase. Unmet criteria need an override reason; a refusal writes
   * nothing.
   */
  async advance(ctx: RequestContext, episodeId: string, dto: AdvancePhaseDto): Promise<Programme> {
    const { episode, programme, definition } = await this.load(ctx, episodeId);
    if (episode.archivedAt !== null) throw archived();
    if (dto.version !== programme.version) throw AppError.versionConflict(PROGRAMME_NOT_FOUND.what);
    const next = nextPhase(definition, programme.currentPhaseKey);
    if (next === null) {
      throw new AppError(
        409,
        'LAST_PHASE',
        'The programme is in the last phase of its protocol: there is no next phase.',
      );
    }
    const today = criteriaToday();
    const evaluation = await this.evaluateGate(ctx, episode, programme, definition, today);
    const reason = dto.overrideReason?.trim() || null;
    if (!evaluation.allMet && reason === null) {
      throw new AppError(
        409,
        'CRITERIA_NOT_MET',
        'Not every exit criterion of the current phase is met. Advance with an override reason, or record the missing measures first.',
        unmetDetails(evaluation),
      );
    }
    const library = await visibleLibrary(this.dataSource.manager, ctx.clinicId);
    const { items } = generatePrescription({
      definition,
      phaseKey: next.key,
      equipment: programme.equipment,
      exercises: library,
      newId: randomUUID,
    });
    const overrideReason = evaluation.allMet ? null : reason;
    await this.dataSource.transaction(async (tx) => {
      const revision = programme.revision + 1;
      await updateVersioned(
        tx,
        ProgrammeEntity,
        { id: programme.id, clinicId: ctx.clinicId, version: dto.version },
        { currentPhaseKey: next.key, phaseStartedOn: today, items, revision },
        PROGRAMME_NOT_FOUND,
      );
      await tx.getRepository(PhaseTransitionEntity).insert({
        clinicId: ctx.clinicId,
        programmeId: programme.id,
        fromPhaseKey: programme.currentPhaseKey,
        toPhaseKey: next.key,
        allMet: evaluation.allMet,
        overrideReason,
        criteria: evaluation,
        transitionedBy: ctx.userId,
      });
      await insertRevision(tx, ctx, programme.id, revision, 'phase_advanced', next.key, items, overrideReason);
    });
    return this.get(ctx, episodeId);
  }

  async readiness(ctx: RequestContext, episodeId: string, setKey: string | undefined): Promise<Readiness> {
    const { episode, programme, definition } = await this.load(ctx, episodeId);
    const key = setKey ?? programme.returnToSportSetKey;
    const set = definition.returnToSportSets.find((s) => s.key === key);
    if (!set) throw AppError.validation([{ field: 'set', issue: rtsSetIssue(definition) }]);
    const asOf = criteriaToday();
    const values = await this.criteria.valuesFor(ctx.clinicId, episode, asOf);
    return { setKey: set.key, setName: set.name, evaluation: evaluateCriteria(set.criteria, values), asOf };
  }

  /** The clinic's episode (404 EPISODE_NOT_FOUND), its programme (404 PROGRAMME_NOT_FOUND) and protocol. */
  private async load(ctx: RequestContext, episodeId: string): Promise<Loaded> {
    const episode = await this.episodes.find(ctx, episodeId);
    const programme = await this.dataSource
      .getRepository(ProgrammeEntity)
      .findOneBy({ clinicId: ctx.clinicId, episodeId });
    if (!programme) throw programmeNotFound();
    const visible = await findVisibleProtocolVersion(
      this.dataSource.manager,
      ctx.clinicId,
      programme.protocolVersionId,
    );
    // The foreign key and the visibility rule make this impossible; fail loudly rather than guess.
    if (!visible) throw new Error(`Programme ${programme.id} refers to a protocol version its clinic cannot see`);
    return { episode, programme, ...visible, definition: visible.version.definition };
  }

  private async evaluateGate(
    ctx: RequestContext,
    episode: EpisodeEntity,
    programme: ProgrammeEntity,
    definition: ProtocolDefinition,
    asOf: string,
  ): Promise<CriteriaEvaluation> {
    const criteria = criteriaForPhase(definition, programme.currentPhaseKey, programme.returnToSportSetKey) ?? [];
    const values = await this.criteria.valuesFor(ctx.clinicId, episode, asOf);
    return evaluateCriteria(criteria, values);
  }

  private async namesOf(ctx: RequestContext, items: readonly PrescribedExercise[]): Promise<ExerciseNames> {
    const found = await findVisibleExercises(
      this.dataSource.manager,
      ctx.clinicId,
      items.map((item) => item.exerciseId),
    );
    return new Map([...found].map(([id, exercise]) => [id, exercise.name]));
  }

  /** The responsible therapist must be an active therapist of the same clinic. */
  private async therapistIssues(
    manager: EntityManager,
    ctx: RequestContext,
    therapistId: string,
  ): Promise<FieldIssue[]> {
    const found = await manager.existsBy(UserEntity, {
      id: therapistId,
      clinicId: ctx.clinicId,
      role: 'therapist',
      disabledAt: IsNull(),
    });
    return found ? [] : [{ field: 'therapistId', issue: 'must be an active therapist of your clinic' }];
  }
}

/** Every exercise the clinic sees (seeded and its own, archived ones flagged), for generation. */
async function visibleLibrary(manager: EntityManager, clinicId: string): Promise<LibraryExercise[]> {
  const rows = await manager.find(ExerciseEntity, { where: [{ clinicId: IsNull() }, { clinicId }] });
  return rows.map((row) => ({
    id: row.id,
    catalogueNumber: row.catalogueNumber,
    name: row.name,
    skills: row.skills,
    equipment: row.equipment,
    phases: row.phases,
    defaultDosage: row.defaultDosage,
    archived: row.archivedAt !== null,
  }));
}

async function insertRevision(
  tx: EntityManager,
  ctx: RequestContext,
  programmeId: string,
  number: number,
  kind: RevisionKind,
  phaseKey: string,
  items: PrescribedExercise[],
  reason: string | null,
): Promise<void> {
  await tx.getRepository(ProgrammeRevisionEntity).insert({
    clinicId: ctx.clinicId,
    programmeId,
    number,
    kind,
    reason,
    phaseKey,
    items,
    changedBy: ctx.userId,
  });
}

function summary(phase: Pick<ProtocolPhase, 'key' | 'name' | 'typicalWeeks'>, status: PhaseSummary['status']) {
  return {
    key: phase.key,
    name: phase.name,
    typicalWeeks: { from: phase.typicalWeeks.from, to: phase.typicalWeeks.to },
    status,
  };
}

function unknownPhase(key: string): Pick<ProtocolPhase, 'key' | 'name' | 'typicalWeeks'> {
  return { key, name: key, typicalWeeks: { from: null, to: null } };
}

/** One detail per required criterion that is not met or not measured, named by its measure. */
function unmetDetails(evaluation: CriteriaEvaluation): FieldIssue[] {
  return evaluation.criteria
    .filter((c) => !c.bonus && c.status !== 'met')
    .map((c) => {
      const unit = c.unit ? ` ${c.unit}` : '';
      const needs = `needs ${c.comparator} ${String(c.threshold)}${unit}`;
      return {
        field: c.measure,
        issue:
          c.status === 'not_measured'
            ? `${c.label}: not measured yet (${needs})`
            : `${c.label}: ${String(c.value)}${unit} on ${c.date}, not met (${needs})`,
      };
    });
}

function phaseKeys(definition: ProtocolDefinition): string {
  return definition.phases.map((p) => p.key).join(', ');
}

function rtsSetIssue(definition: ProtocolDefinition): string {
  const keys = definition.returnToSportSets.map((s) => s.key);
  return keys.length
    ? `is not a return-to-sport set of the protocol (${keys.join(', ')})`
    : 'the protocol has no return-to-sport set';
}

function sameSet(a: readonly Equipment[], b: readonly Equipment[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

function isUniqueViolation(error: unknown, constraint: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const pg = error.driverError as { code?: string; constraint?: string };
  return pg.code === '23505' && pg.constraint === constraint;
}
