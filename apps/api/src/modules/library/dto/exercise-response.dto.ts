import { ApiProperty } from '@nestjs/swagger';
import {
  EQUIPMENT,
  PROGRESSION_VARIABLES,
  SKILLS,
  STANDARD_PHASES,
  type Equipment,
  type Evidence,
  type ProgressionVariable,
  type Skill,
  type StandardPhase,
} from '@proprio/clinical';
import type { Exercise, ExerciseSource } from '@proprio/contracts';
import { DosageDto } from './dosage.dto.js';
import { EXERCISE_SOURCES } from './exercise-query.dto.js';

export class ExerciseResponseDto implements Exercise {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: EXERCISE_SOURCES, description: 'seeded: read-only, shared by every clinic' })
  source!: ExerciseSource;
  @ApiProperty({ type: Number, nullable: true, description: 'Catalogue number of a seeded exercise' })
  catalogueNumber!: number | null;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true }) description!: string | null;
  @ApiProperty({ enum: SKILLS, isArray: true }) skills!: Skill[];
  @ApiProperty({ enum: EQUIPMENT, isArray: true }) equipment!: Equipment[];
  @ApiProperty({ enum: STANDARD_PHASES, isArray: true }) phases!: StandardPhase[];
  @ApiProperty({ type: DosageDto }) defaultDosage!: DosageDto;
  @ApiProperty({ type: String, nullable: true, example: 'FIFA 11+' }) dosageSource!: string | null;
  @ApiProperty({ type: String, enum: ['V', 'S', 'U'], nullable: true }) dosageEvidence!: Evidence | null;
  @ApiProperty({ enum: Object.keys(PROGRESSION_VARIABLES), isArray: true })
  progressionVariables!: ProgressionVariable[];
  @ApiProperty({ type: String, nullable: true }) progressionNotes!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) archivedAt!: string | null;
  @ApiProperty({ description: 'Send it back unchanged with an update' }) version!: number;
}

export class ExercisePageDto {
  @ApiProperty({ type: [ExerciseResponseDto] }) items!: ExerciseResponseDto[];
  @ApiProperty() total!: number;
  @ApiProperty() limit!: number;
  @ApiProperty() offset!: number;
}
