import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  EQUIPMENT,
  PROGRESSION_VARIABLES,
  SKILLS,
  STANDARD_PHASES,
  type Equipment,
  type ProgressionVariable,
  type Skill,
  type StandardPhase,
} from '@proprio/clinical';
import type { ExerciseRequest, UpdateExerciseRequest } from '@proprio/contracts';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Length,
  MaxLength,
  Min,
} from 'class-validator';
import { EmptyToNull, Trim } from '../../../core/validation/decorators.js';
import { DosageDto } from './dosage.dto.js';

export const EXERCISE_LIMITS = { name: 120, description: 1000, progressionNotes: 500 } as const;
const PROGRESSION_VARIABLE_NAMES = Object.keys(PROGRESSION_VARIABLES) as ProgressionVariable[];

/** A clinic's own exercise. The default dosage is checked by the clinical library (validateDosage). */
export class CreateExerciseDto implements ExerciseRequest {
  @ApiProperty({ example: 'Lateral step-down from a 15 cm step', maxLength: EXERCISE_LIMITS.name })
  @Trim()
  @IsString()
  @Length(1, EXERCISE_LIMITS.name)
  name!: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: EXERCISE_LIMITS.description })
  @IsOptional()
  @EmptyToNull()
  @IsString()
  @MaxLength(EXERCISE_LIMITS.description)
  description?: string | null;

  @ApiProperty({ enum: SKILLS, isArray: true, minItems: 1, example: ['balance', 'coordination'] })
  @IsArray()
  @ArrayMinSize(1, { message: 'must name at least one skill' })
  @ArrayMaxSize(SKILLS.length)
  @ArrayUnique({ message: 'must not repeat a skill' })
  @IsIn(SKILLS, { each: true, message: `must each be one of ${SKILLS.join(', ')}` })
  skills!: Skill[];

  @ApiProperty({ enum: EQUIPMENT, isArray: true, example: ['step'], description: 'Everything it needs; [] for none' })
  @IsArray()
  @ArrayMaxSize(EQUIPMENT.length)
  @ArrayUnique({ message: 'must not repeat an item' })
  @IsIn(EQUIPMENT, { each: true, message: `must each be one of ${EQUIPMENT.join(', ')}` })
  equipment!: Equipment[];

  @ApiProperty({ enum: STANDARD_PHASES, isArray: true, minItems: 1, example: ['p2', 'p3'] })
  @IsArray()
  @ArrayMinSize(1, { message: 'must name at least one phase' })
  @ArrayMaxSize(STANDARD_PHASES.length)
  @ArrayUnique({ message: 'must not repeat a phase' })
  @IsIn(STANDARD_PHASES, { each: true, message: `must each be one of ${STANDARD_PHASES.join(', ')}` })
  phases!: StandardPhase[];

  @ApiProperty({
    type: DosageDto,
    example: { sets: 3, reps: 10, holdSeconds: null, frequencyPerWeek: 3, loadKg: null },
  })
  @IsObject({ message: 'must be a dosage object' })
  defaultDosage!: DosageDto;

  @ApiProperty({ enum: PROGRESSION_VARIABLE_NAMES, isArray: true, example: ['surface', 'vision'] })
  @IsArray()
  @ArrayMaxSize(PROGRESSION_VARIABLE_NAMES.length)
  @ArrayUnique({ message: 'must not repeat a variable' })
  @IsIn(PROGRESSION_VARIABLE_NAMES, {
    each: true,
    message: `must each be one of ${PROGRESSION_VARIABLE_NAMES.join(', ')}`,
  })
  progressionVariables!: ProgressionVariable[];

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: EXERCISE_LIMITS.progressionNotes,
    example: 'eyes closed; foam',
  })
  @IsOptional()
  @EmptyToNull()
  @IsString()
  @MaxLength(EXERCISE_LIMITS.progressionNotes)
  progressionNotes?: string | null;
}

/** The whole exercise again (PUT replaces it), with the version that was read. */
export class UpdateExerciseDto extends CreateExerciseDto implements UpdateExerciseRequest {
  @ApiProperty({ minimum: 1, example: 1 })
  @IsInt()
  @Min(1)
  version!: number;
}
