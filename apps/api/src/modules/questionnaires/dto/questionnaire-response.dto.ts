import { ApiProperty } from '@nestjs/swagger';
import { INSTRUMENTS, type Instrument } from '@proprio/clinical';
import {
  MEASUREMENT_STATUSES,
  type PromTrend,
  type QuestionnaireResponse,
  type RecordStatus,
} from '@proprio/contracts';
import { QuestionnaireOptionsDto } from './create-questionnaire.dto.js';

const SCORES = {
  type: 'object',
  additionalProperties: { type: 'number', nullable: true },
  description: 'Scores by scale (`total` for single-scale instruments); null where too few items were answered',
} as const;

export class QuestionnaireResponseDto implements QuestionnaireResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) episodeId!: string;
  @ApiProperty({ enum: INSTRUMENTS }) instrument!: Instrument;
  @ApiProperty({ format: 'date' }) completedOn!: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) answers!: Record<string, unknown>;
  @ApiProperty({ type: QuestionnaireOptionsDto }) options!: QuestionnaireOptionsDto;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'Derived by the server' }) result!: unknown;
  @ApiProperty(SCORES) scores!: Record<string, number | null>;
  @ApiProperty({ enum: MEASUREMENT_STATUSES }) status!: RecordStatus;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) supersedesId!: string | null;
  @ApiProperty({ type: String, nullable: true }) changeReason!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'uuid' }) createdBy!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) voidedAt!: string | null;
}

export class PromTrendPointDto {
  @ApiProperty({ format: 'date' }) date!: string;
  @ApiProperty({ format: 'uuid' }) responseId!: string;
  @ApiProperty(SCORES) scores!: Record<string, number | null>;
}

export class PromTrendDto implements PromTrend {
  @ApiProperty({ enum: INSTRUMENTS }) instrument!: Instrument;
  @ApiProperty() label!: string;
  @ApiProperty({ type: [PromTrendPointDto] }) points!: PromTrendPointDto[];
}
