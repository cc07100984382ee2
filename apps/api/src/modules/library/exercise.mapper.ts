import type { Exercise } from '@proprio/contracts';
import type { ExerciseEntity } from './exercise.entity.js';

export function toExercise(entity: ExerciseEntity): Exercise {
  return {
    id: entity.id,
    source: entity.clinicId === null ? 'seeded' : 'clinic',
    catalogueNumber: entity.catalogueNumber,
    name: entity.name,
    description: entity.description,
    skills: entity.skills,
    equipment: entity.equipment,
    phases: entity.phases,
    defaultDosage: entity.defaultDosage,
    dosageSource: entity.dosageSource,
    dosageEvidence: entity.dosageEvidence,
    progressionVariables: entity.progressionVariables,
    progressionNotes: entity.progressionNotes,
    archivedAt: entity.archivedAt?.toISOString() ?? null,
    version: entity.version,
  };
}
