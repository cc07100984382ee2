import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CRITERION_COMPARATORS,
  EQUIPMENT,
  type CriteriaEvaluation,
  type CriterionComparator,
  type CriterionEvaluation,
  type CriterionMeasure,
  type CriterionStatus,
  type Dosage,
  type Equipment,
  type ProgressionSettings,
} from '@proprio/clinical';
import type {
  PhaseSummary,
  PhaseTransition,
  PrescribedExerciseView,
  Programme,
  ProgrammeHistory,
  ProgrammeRevision,
  Progression,
  Readiness,
} from '@proprio/contracts';

const CRITERION_VALUE = { oneOf: [{ type: 'number' }, { type: 'string' }, { type: 'boolean' }] };

export class DosageDto implements Dosage {
  @ApiProperty({ minimum: 1, maximum: 10, example: 3 }) sets!: number;
  @ApiProperty({ type: Number, nullable: true, minimum: 1, maximum: 100, example: 10 }) reps!: number | null;
  @ApiProperty({ type: Number, nullable: true, minimum: 1, maximum: 600, description: 'Seconds per repetition or set' })
  holdSeconds!: number | null;
  @ApiProperty({ minimum: 1, maximum: 14, example: 3 }) frequencyPerWeek!: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    minimum: 0,
    maximum: 300,
    description: 'External load; null = body weight',
  })
  loadKg!: number | null;
}

const PROGRESSION_SCHEMA = {
  type: 'object',
  additionalProperties: { type: 'string' },
  description: 'Progression variable → setting (REFERENCE §5), e.g. `{ "surface": "foam", "vision": "eyes_closed" }`',
  example: { surface: 'foam' },
} as const;

export class PrescribedExerciseViewDto implements PrescribedExerciseView {
  @ApiProperty({ format: 'uuid', description: 'Stable across edits of the programme' }) id!: string;
  @ApiProperty({ format: 'uuid' }) exerciseId!: string;
  @ApiProperty() exerciseName!: string;
  @ApiProperty({ type: DosageDto }) dosage!: DosageDto;
  @ApiProperty(PROGRESSION_SCHEMA) progression!: ProgressionSettings;
  @ApiProperty({ type: String, nullable: true }) notes!: string | null;
}

export class ProgrammeResponseDto implements Programme {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) episodeId!: string;
  @ApiProperty({ format: 'uuid' }) protocolId!: string;
  @ApiProperty() protocolTitle!: string;
  @ApiProperty({ format: 'uuid' }) protocolVersionId!: string;
  @ApiProperty() protocolVersionNumber!: number;
  @ApiProperty({ format: 'uuid', description: 'The responsible therapist' }) therapistId!: string;
  @ApiProperty({ example: 'p1' }) currentPhaseKey!: string;
  @ApiProperty() currentPhaseName!: string;
  @ApiProperty({ format: 'date', description: 'The day the current phase began' }) phaseStartedOn!: string;
  @ApiProperty({ example: 'delaware' }) returnToSportSetKey!: string;
  @ApiProperty({ enum: EQUIPMENT, isArray: true }) equipment!: Equipment[];
  @ApiProperty({ type: [PrescribedExerciseViewDto] }) items!: PrescribedExerciseViewDto[];
  @ApiProperty({ description: 'The latest revision of the prescription (1 at assignment)' }) revision!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ description: 'Send it back unchanged with an update or an advance' }) version!: number;
}

export class CriterionEvaluationDto implements CriterionEvaluation {
  @ApiProperty({ example: 'single_hop_lsi_pct' }) measure!: CriterionMeasure;
  @ApiProperty({ enum: CRITERION_COMPARATORS }) comparator!: CriterionComparator;
  @ApiProperty({ ...CRITERION_VALUE, example: 90 }) threshold!: number | string | boolean;
  @ApiProperty({ description: 'Shown but never gating' }) bonus!: boolean;
  @ApiProperty() label!: string;
  @ApiProperty({ type: String, nullable: true }) unit!: string | null;
  @ApiProperty({ enum: ['met', 'not_met', 'not_measured'] }) status!: CriterionStatus;
  @ApiProperty({ ...CRITERION_VALUE, nullable: true, description: 'The latest value; null when not measured' })
  value!: number | string | boolean | null;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'When the value was measured' })
  date!: string | null;
}

export class CriteriaEvaluationDto implements CriteriaEvaluation {
  @ApiProperty({ type: [CriterionEvaluationDto] }) criteria!: CriterionEvaluationDto[];
  @ApiProperty({ description: 'Every required criterion met (bonus criteria never count)' }) allMet!: boolean;
  @ApiProperty() met!: number;
  @ApiProperty() notMet!: number;
  @ApiProperty() notMeasured!: number;
  @ApiProperty() bonusMet!: number;
}

export class FieldChangeDto {
  @ApiProperty({ example: 'dosage.reps' }) field!: string;
  @ApiProperty({ nullable: true, description: 'Any JSON value' }) before!: unknown;
  @ApiProperty({ nullable: true, description: 'Any JSON value' }) after!: unknown;
}

export class PrescriptionChangeDto {
  @ApiProperty({ enum: ['added', 'removed', 'changed'] }) kind!: 'added' | 'removed' | 'changed';
  @ApiProperty({ format: 'uuid' }) itemId!: string;
  @ApiProperty({ format: 'uuid' }) exerciseId!: string;
  @ApiPropertyOptional({ type: PrescribedExerciseViewDto, description: 'The added item (kind added)' })
  after?: unknown;
  @ApiPropertyOptional({ type: PrescribedExerciseViewDto, description: 'The removed item (kind removed)' })
  before?: unknown;
  @ApiPropertyOptional({ type: [FieldChangeDto], description: 'What changed (kind changed)' })
  fields?: FieldChangeDto[];
}

export class ProgrammeRevisionDto implements ProgrammeRevision {
  @ApiProperty() number!: number;
  @ApiProperty({ format: 'date-time' }) changedAt!: string;
  @ApiProperty({ format: 'uuid' }) changedBy!: string;
  @ApiProperty({ enum: ['assigned', 'edited', 'phase_advanced'] }) kind!: ProgrammeRevision['kind'];
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
  @ApiProperty() phaseKey!: string;
  @ApiProperty({ type: [PrescribedExerciseViewDto] }) items!: PrescribedExerciseViewDto[];
  @ApiProperty({ type: [PrescriptionChangeDto], description: 'Against the previous revision' })
  changes!: ProgrammeRevision['changes'];
}

export class PhaseTransitionDto implements PhaseTransition {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() fromPhaseKey!: string;
  @ApiProperty() toPhaseKey!: string;
  @ApiProperty({ format: 'date-time' }) transitionedAt!: string;
  @ApiProperty({ format: 'uuid' }) transitionedBy!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Set when criteria were overridden' })
  overrideReason!: string | null;
  @ApiProperty({ type: CriteriaEvaluationDto, description: 'The evaluation at the moment of the advance' })
  criteria!: CriteriaEvaluationDto;
}

export class ProgrammeHistoryDto implements ProgrammeHistory {
  @ApiProperty({ type: [ProgrammeRevisionDto], description: 'Oldest first' }) revisions!: ProgrammeRevisionDto[];
  @ApiProperty({ type: [PhaseTransitionDto], description: 'Oldest first' }) transitions!: PhaseTransitionDto[];
}

export class TypicalWeeksDto {
  @ApiProperty({ type: Number, nullable: true }) from!: number | null;
  @ApiProperty({ type: Number, nullable: true }) to!: number | null;
}

export class PhaseSummaryDto implements PhaseSummary {
  @ApiProperty() key!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: TypicalWeeksDto, description: 'Advisory only' }) typicalWeeks!: TypicalWeeksDto;
  @ApiProperty({ enum: ['done', 'current', 'upcoming'] }) status!: PhaseSummary['status'];
}

export class ProgressionResponseDto implements Progression {
  @ApiProperty({ type: PhaseSummaryDto }) currentPhase!: PhaseSummaryDto;
  @ApiProperty({ type: PhaseSummaryDto, nullable: true }) nextPhase!: PhaseSummaryDto | null;
  @ApiProperty({ type: [PhaseSummaryDto] }) phases!: PhaseSummaryDto[];
  @ApiProperty({ type: CriteriaEvaluationDto, description: "The current phase's exit gate" })
  evaluation!: CriteriaEvaluationDto;
  @ApiProperty({ type: Number, nullable: true }) weeksSinceSurgery!: number | null;
  @ApiProperty({ format: 'date' }) asOf!: string;
}

export class ReadinessResponseDto implements Readiness {
  @ApiProperty({ example: 'delaware' }) setKey!: string;
  @ApiProperty() setName!: string;
  @ApiProperty({ type: CriteriaEvaluationDto }) evaluation!: CriteriaEvaluationDto;
  @ApiProperty({ format: 'date' }) asOf!: string;
}
