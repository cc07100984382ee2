import { isDeepStrictEqual } from 'node:util';
import {
  SEEDED_EXERCISES,
  SEEDED_PROTOCOL,
  describeIssues,
  validateDosage,
  validateProtocolDefinition,
  type ProtocolDefinition,
  type SeededExercise,
  type SeededProtocol,
} from '@proprio/clinical';
import { In, IsNull, Not, type DataSource, type EntityManager } from 'typeorm';
import { ExerciseEntity } from './exercise.entity.js';
import { ProtocolVersionEntity } from './protocol-version.entity.js';
import { ProtocolEntity } from './protocol.entity.js';

/** The reference data every installation carries: REFERENCE §5's exercises and §2.5's protocol. */
export interface ReferenceLibrary {
  exercises: readonly SeededExercise[];
  protocols: readonly SeededProtocol[];
}

export const REFERENCE_LIBRARY: ReferenceLibrary = { exercises: SEEDED_EXERCISES, protocols: [SEEDED_PROTOCOL] };

export interface ReferenceSyncReport {
  exercisesInserted: number;
  exercisesUpdated: number;
  exercisesArchived: number;
  protocolsInserted: number;
  protocolsUpdated: number;
  protocolsArchived: number;
  versionsAppended: number;
}

/** Serialises concurrent start-ups (several instances on one database); the demo seed uses 4242001. */
const REFERENCE_LIBRARY_LOCK = 4242002;

/**
 * Brings the seeded library in the database up to date with the code, at every start-up, in one
 * transaction (all or nothing) under an advisory lock. Idempotent: a second run changes nothing.
 *
 * - Seeded exercises keep their fixed ids (protocols and programmes refer to them). A missing one is
 *   inserted; one whose content differs from the catalogue is updated (exercises are not versioned;
 *   its row version is bumped); one no longer in the catalogue is archived, never deleted.
 * - A seeded protocol keeps its fixed id and seed key; its title and description follow the code.
 *   Its versions are never edited (the database refuses it): when the definition differs from the
 *   latest seeded version, a new version is appended. Programmes keep the version they were given.
 */
export async function syncReferenceLibrary(
  dataSource: DataSource,
  reference: ReferenceLibrary = REFERENCE_LIBRARY,
): Promise<ReferenceSyncReport> {
  checkReference(reference);
  return dataSource.transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [REFERENCE_LIBRARY_LOCK]);
    const report: ReferenceSyncReport = {
      exercisesInserted: 0,
      exercisesUpdated: 0,
      exercisesArchived: 0,
      protocolsInserted: 0,
      protocolsUpdated: 0,
      protocolsArchived: 0,
      versionsAppended: 0,
    };
    await syncExercises(manager, reference.exercises, report);
    for (const protocol of reference.protocols) await syncProtocol(manager, protocol, reference.exercises, report);
    // Seeded protocols no longer shipped are archived; their versions stay for the programmes using them.
    const retired = await manager.getRepository(ProtocolEntity).update(
      {
        clinicId: IsNull(),
        archivedAt: IsNull(),
        ...(reference.protocols.length > 0 ? { id: Not(In(reference.protocols.map((p) => p.id))) } : {}),
      },
      { archivedAt: new Date(), version: () => 'version + 1' },
    );
    report.protocolsArchived = retired.affected ?? 0;
    return report;
  });
}

async function syncExercises(
  manager: EntityManager,
  exercises: readonly SeededExercise[],
  report: ReferenceSyncReport,
): Promise<void> {
  const repository = manager.getRepository(ExerciseEntity);
  const existing = new Map((await repository.findBy({ clinicId: IsNull() })).map((row) => [row.id, row]));
  const missing = exercises.filter((seed) => !existing.has(seed.id));
  if (missing.length > 0) {
    // One statement for a fresh database: start-up stays fast.
    await repository.insert(
      missing.map((seed) => ({ id: seed.id, clinicId: null, ...contentOf(seed), archivedAt: null, createdBy: null })),
    );
    report.exercisesInserted += missing.length;
  }
  for (const seed of exercises) {
    const content = contentOf(seed);
    const row = existing.get(seed.id);
    if (!row) continue;
    if (!isDeepStrictEqual(plain(content), plain(contentOf(row))) || row.archivedAt !== null) {
      await repository.update(
        { id: seed.id, clinicId: IsNull() },
        { ...content, archivedAt: null, version: () => 'version + 1' },
      );
      report.exercisesUpdated += 1;
    }
  }
  const retired = [...existing.values()].filter(
    (row) => row.archivedAt === null && !exercises.some((seed) => seed.id === row.id),
  );
  if (retired.length > 0) {
    await repository.update(
      { id: In(retired.map((row) => row.id)), clinicId: IsNull() },
      { archivedAt: new Date(), version: () => 'version + 1' },
    );
    report.exercisesArchived += retired.length;
  }
}

async function syncProtocol(
  manager: EntityManager,
  seed: SeededProtocol,
  exercises: readonly SeededExercise[],
  report: ReferenceSyncReport,
): Promise<void> {
  const protocols = manager.getRepository(ProtocolEntity);
  const row = await protocols.findOneBy({ id: seed.id });
  if (!row) {
    await protocols.insert({
      id: seed.id,
      clinicId: null,
      seedKey: seed.key,
      title: seed.title,
      description: seed.description,
      clonedFromVersionId: null,
      archivedAt: null,
      createdBy: null,
    });
    report.protocolsInserted += 1;
  } else if (
    row.clinicId !== null ||
    row.seedKey !== seed.key ||
    row.title !== seed.title ||
    row.description !== seed.description ||
    row.archivedAt !== null
  ) {
    if (row.clinicId !== null) throw new Error(`seeded protocol id ${seed.id} belongs to a clinic`);
    await protocols.update(
      { id: seed.id },
      {
        seedKey: seed.key,
        title: seed.title,
        description: seed.description,
        archivedAt: null,
        version: () => 'version + 1',
      },
    );
    report.protocolsUpdated += 1;
  }

  const definition = plain(checkedDefinition(seed, exercises));
  const latest = await manager.findOne(ProtocolVersionEntity, {
    where: { protocolId: seed.id },
    order: { number: 'DESC' },
  });
  if (!latest || !isDeepStrictEqual(plain(latest.definition), plain(definition))) {
    await manager.insert(ProtocolVersionEntity, {
      protocolId: seed.id,
      number: (latest?.number ?? 0) + 1,
      definition,
      createdBy: null,
    });
    report.versionsAppended += 1;
  }
}

/** The seeded exercise's columns, as stored. */
function contentOf(exercise: SeededExercise | ExerciseEntity) {
  return {
    catalogueNumber: exercise.catalogueNumber,
    name: exercise.name,
    description: exercise.description,
    skills: exercise.skills,
    equipment: exercise.equipment,
    phases: exercise.phases,
    defaultDosage: exercise.defaultDosage,
    dosageSource: exercise.dosageSource,
    dosageEvidence: exercise.dosageEvidence,
    progressionVariables: exercise.progressionVariables,
    progressionNotes: exercise.progressionNotes,
  };
}

/** The value as it comes back from a jsonb column: undefined members dropped, keys in any order. */
function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Reference data that does not pass the library's own validation is a bug: refuse to start with it. */
function checkReference(reference: ReferenceLibrary): void {
  const problems: string[] = [];
  for (const exercise of reference.exercises) {
    const dosage = validateDosage(exercise.defaultDosage, `exercise ${exercise.catalogueNumber} defaultDosage`);
    if (!dosage.ok) problems.push(...describeIssues(dosage.issues));
  }
  for (const protocol of reference.protocols) {
    try {
      checkedDefinition(protocol, reference.exercises);
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  if (problems.length > 0) throw new Error(`The seeded library is invalid:\n${problems.join('\n')}`);
}

/**
 * The definition as the clinical library normalises it (the form stored and compared). A seeded
 * protocol may list seeded exercises only.
 */
function checkedDefinition(seed: SeededProtocol, exercises: readonly SeededExercise[]): ProtocolDefinition {
  const ids = new Set(exercises.map((e) => e.id));
  const result = validateProtocolDefinition(seed.definition, { exerciseExists: (id) => ids.has(id) });
  if (!result.ok) throw new Error(`protocol ${seed.key}: ${describeIssues(result.issues).join('; ')}`);
  return result.value;
}
