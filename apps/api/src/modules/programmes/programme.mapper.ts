import { findPhase, type PrescribedExercise } from '@proprio/clinical';
import type { PhaseTransition, PrescribedExerciseView, Programme } from '@proprio/contracts';
import type { ProtocolVersionEntity } from '../library/protocol-version.entity.js';
import type { ProtocolEntity } from '../library/protocol.entity.js';
import type { PhaseTransitionEntity } from './phase-transition.entity.js';
import type { ProgrammeEntity } from './programme.entity.js';

/** Exercise id → name, for the exercises a response mentions. */
export type ExerciseNames = ReadonlyMap<string, string>;

/** Shown for an exercise the clinic can no longer see (never expected: exercises are not deleted). */
const UNKNOWN_EXERCISE = 'Unknown exercise';

export function toItemViews(items: readonly PrescribedExercise[], names: ExerciseNames): PrescribedExerciseView[] {
  return items.map((item) => ({
    id: item.id,
    exerciseId: item.exerciseId,
    exerciseName: names.get(item.exerciseId) ?? UNKNOWN_EXERCISE,
    dosage: item.dosage,
    progression: item.progression,
    notes: item.notes,
  }));
}

export function toProgramme(
  programme: ProgrammeEntity,
  version: ProtocolVersionEntity,
  protocol: ProtocolEntity,
  names: ExerciseNames,
): Programme {
  return {
    id: programme.id,
    episodeId: programme.episodeId,
    protocolId: protocol.id,
    protocolTitle: protocol.title,
    protocolVersionId: version.id,
    protocolVersionNumber: version.number,
    therapistId: programme.therapistId,
    currentPhaseKey: programme.currentPhaseKey,
    currentPhaseName: findPhase(version.definition, programme.currentPhaseKey)?.name ?? programme.currentPhaseKey,
    phaseStartedOn: programme.phaseStartedOn,
    returnToSportSetKey: programme.returnToSportSetKey,
    equipment: programme.equipment,
    items: toItemViews(programme.items, names),
    revision: programme.revision,
    createdAt: programme.createdAt.toISOString(),
    updatedAt: programme.updatedAt.toISOString(),
    version: programme.version,
  };
}

export function toTransition(row: PhaseTransitionEntity): PhaseTransition {
  return {
    id: row.id,
    fromPhaseKey: row.fromPhaseKey,
    toPhaseKey: row.toPhaseKey,
    transitionedAt: row.transitionedAt.toISOString(),
    transitionedBy: row.transitionedBy,
    overrideReason: row.overrideReason,
    criteria: row.criteria,
  };
}
