import { ApiProperty } from '@nestjs/swagger';
import {
  CRITERION_COMPARATORS,
  CRITERION_MEASURES,
  type CriteriaSet,
  type CriterionComparator,
  type CriterionMeasure,
  type Evidence,
  type PhaseExercise,
  type ProtocolCriterion,
  type ProtocolDefinition,
  type ProtocolPhase,
} from '@proprio/clinical';
import { DosageDto, ProgressionSettingsDto } from './dosage.dto.js';

/*
 * The OpenAPI shape of a protocol definition (protocol-as-data, REFERENCE §2.5). Requests carrying
 * one are validated by the clinical library's validateProtocolDefinition, the one implementation
 * shared with the dashboard's editor; these classes only describe it.
 */

const EVIDENCE = ['V', 'S', 'U'];

export class ProtocolCriterionDto implements ProtocolCriterion {
  @ApiProperty({ enum: Object.keys(CRITERION_MEASURES), example: 'single_hop_lsi_pct' })
  measure!: CriterionMeasure;
  @ApiProperty({ enum: CRITERION_COMPARATORS, example: '>=' }) comparator!: CriterionComparator;
  @ApiProperty({
    oneOf: [{ type: 'number' }, { type: 'string' }, { type: 'boolean' }],
    example: 90,
    description: 'In the measure’s unit; a grade or rating for categorical measures',
  })
  threshold!: number | string | boolean;
  @ApiProperty({ type: String, enum: EVIDENCE, nullable: true }) evidence!: Evidence | null;
  @ApiProperty({ type: String, nullable: true }) source!: string | null;
  @ApiProperty({ description: 'Shown but never gating' }) bonus!: boolean;
  @ApiProperty({
    type: String,
    nullable: true,
    required: false,
    description: 'Optional; when given it must be the measure’s unit',
  })
  unit?: string | null;
}

export class CriteriaSetDto implements CriteriaSet {
  @ApiProperty({ example: 'delaware' }) key!: string;
  @ApiProperty({ example: 'Delaware-Oslo' }) name!: string;
  @ApiProperty({ type: String, enum: EVIDENCE, nullable: true }) evidence!: Evidence | null;
  @ApiProperty({ type: String, nullable: true }) source!: string | null;
  @ApiProperty({ type: [ProtocolCriterionDto] }) criteria!: ProtocolCriterionDto[];
}

export class PhaseExerciseDto implements PhaseExercise {
  @ApiProperty({ format: 'uuid', description: 'A seeded exercise or one of your clinic’s' }) exerciseId!: string;
  @ApiProperty({ type: DosageDto }) dosage!: DosageDto;
  @ApiProperty({ type: ProgressionSettingsDto }) progression!: ProgressionSettingsDto;
  @ApiProperty({ type: String, nullable: true }) notes!: string | null;
}

export class TypicalWeeksDto {
  @ApiProperty({ type: Number, nullable: true, description: 'Weeks since surgery; negative before surgery' })
  from!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Null = open-ended' }) to!: number | null;
}

export class ProtocolPhaseDto implements ProtocolPhase {
  @ApiProperty({ example: 'p1', pattern: '^[a-z][a-z0-9_]{0,39}$' }) key!: string;
  @ApiProperty({ example: 'Recovery from surgery' }) name!: string;
  @ApiProperty({ type: TypicalWeeksDto, description: 'Advisory only: phases are gated by their exit criteria' })
  typicalWeeks!: TypicalWeeksDto;
  @ApiProperty() preoperative!: boolean;
  @ApiProperty({ description: 'The exit gate is the return-to-sport set the programme chose' })
  returnToSportGate!: boolean;
  @ApiProperty({ type: [ProtocolCriterionDto] }) exitCriteria!: ProtocolCriterionDto[];
  @ApiProperty({ type: [PhaseExerciseDto] }) exercises!: PhaseExerciseDto[];
  @ApiProperty({ type: String, nullable: true }) guidance!: string | null;
}

export class ProtocolDefinitionDto implements ProtocolDefinition {
  @ApiProperty({ type: [ProtocolPhaseDto], minItems: 1 }) phases!: ProtocolPhaseDto[];
  @ApiProperty({ type: [CriteriaSetDto] }) returnToSportSets!: CriteriaSetDto[];
}
