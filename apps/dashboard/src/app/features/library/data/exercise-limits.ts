/**
 * Text limits of a clinic's exercise: the API's column sizes (exercise.entity.ts), which the
 * contracts do not carry yet. Dosage bounds are the clinical library's `DOSAGE_LIMITS`.
 */
export const EXERCISE_LIMITS = {
  nameMaxLength: 120,
  descriptionMaxLength: 1000,
  progressionNotesMaxLength: 500,
} as const;
