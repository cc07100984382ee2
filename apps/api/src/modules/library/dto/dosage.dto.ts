import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DOSAGE_LIMITS, PROGRESSION_VARIABLES, type Dosage, type ProgressionSettings } from '@proprio/clinical';

/**
 * The OpenAPI shape of a dosage. Requests carrying one are validated by the clinical library's
 * validateDosage (the one implementation, shared with the dashboard), not by decorators here.
 */
export class DosageDto implements Dosage {
  @ApiProperty({ minimum: DOSAGE_LIMITS.sets.min, maximum: DOSAGE_LIMITS.sets.max, example: 3 })
  sets!: number;

  @ApiProperty({
    type: Number,
    nullable: true,
    minimum: DOSAGE_LIMITS.reps.min,
    maximum: DOSAGE_LIMITS.reps.max,
    example: 10,
    description: 'Repetitions per set; reps or holdSeconds (or both) is required',
  })
  reps!: number | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    minimum: DOSAGE_LIMITS.holdSeconds.min,
    maximum: DOSAGE_LIMITS.holdSeconds.max,
    example: null,
  })
  holdSeconds!: number | null;

  @ApiProperty({ minimum: DOSAGE_LIMITS.frequencyPerWeek.min, maximum: DOSAGE_LIMITS.frequencyPerWeek.max, example: 3 })
  frequencyPerWeek!: number;

  @ApiProperty({
    type: Number,
    nullable: true,
    minimum: DOSAGE_LIMITS.loadKg.min,
    maximum: DOSAGE_LIMITS.loadKg.max,
    description: 'External load in kg (at most one decimal); null for body weight',
  })
  loadKg!: number | null;
}

/** The OpenAPI shape of the progression settings of a prescribed exercise (every variable optional). */
export class ProgressionSettingsDto implements ProgressionSettings {
  @ApiPropertyOptional({ enum: PROGRESSION_VARIABLES.surface }) surface?: ProgressionSettings['surface'];
  @ApiPropertyOptional({ enum: PROGRESSION_VARIABLES.vision }) vision?: ProgressionSettings['vision'];
  @ApiPropertyOptional({ enum: PROGRESSION_VARIABLES.base }) base?: ProgressionSettings['base'];
  @ApiPropertyOptional({ enum: PROGRESSION_VARIABLES.perturbation })
  perturbation?: ProgressionSettings['perturbation'];
  @ApiPropertyOptional({ enum: PROGRESSION_VARIABLES.dual_task }) dual_task?: ProgressionSettings['dual_task'];
  @ApiPropertyOptional({ enum: PROGRESSION_VARIABLES.plane }) plane?: ProgressionSettings['plane'];
  @ApiPropertyOptional({ enum: PROGRESSION_VARIABLES.anticipation })
  anticipation?: ProgressionSettings['anticipation'];
  @ApiPropertyOptional({ enum: PROGRESSION_VARIABLES.speed }) speed?: ProgressionSettings['speed'];
  @ApiPropertyOptional({ enum: PROGRESSION_VARIABLES.load }) load?: ProgressionSettings['load'];
  @ApiPropertyOptional({ enum: PROGRESSION_VARIABLES.fatigue_state })
  fatigue_state?: ProgressionSettings['fatigue_state'];
  @ApiPropertyOptional({ enum: PROGRESSION_VARIABLES.landing }) landing?: ProgressionSettings['landing'];
}
