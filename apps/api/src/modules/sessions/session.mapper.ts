import type { TreatmentSession } from '@proprio/contracts';
import type { TreatmentSessionEntity } from './treatment-session.entity.js';

export function toTreatmentSession(entity: TreatmentSessionEntity): TreatmentSession {
  return {
    id: entity.id,
    episodeId: entity.episodeId,
    performedOn: entity.performedOn,
    pain: entity.pain,
    rpe: entity.rpe,
    notes: entity.notes,
    exercises: entity.exercises.map((e) => ({
      programmeItemId: e.programmeItemId,
      exerciseId: e.exerciseId,
      exerciseName: e.exerciseName,
      sets: e.sets,
      reps: e.reps,
      holdSeconds: e.holdSeconds,
      loadKg: e.loadKg,
      notes: e.notes,
    })),
    recordedBy: entity.recordedBy,
    createdAt: entity.createdAt.toISOString(),
  };
}
