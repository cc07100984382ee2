import { ApiProperty } from '@nestjs/swagger';
import { MEASURE_TYPES, type MeasureType } from '@proprio/clinical';
import {
  MEASUREMENT_STATUSES,
  type Assessment,
  type Measurement,
  type RecordStatus,
  type SymmetryPoint,
  type SymmetryTrend,
} from '@proprio/contracts';

export class MeasurementResponseDto implements Measurement {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) assessmentId!: string;
  @ApiProperty({ enum: MEASURE_TYPES }) type!: MeasureType;
  @ApiProperty({ type: 'object', additionalProperties: true }) input!: Record<string, unknown>;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'Derived by the server' }) result!: unknown;
  @ApiProperty({ type: Number, nullable: true, description: 'Percent, never clamped' }) lsi!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Percent of the pre-operative baseline' })
  epic!: number | null;
  @ApiProperty({ enum: MEASUREMENT_STATUSES }) status!: RecordStatus;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) supersedesId!: string | null;
  @ApiProperty({ type: String, nullable: true }) changeReason!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'uuid' }) createdBy!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) voidedAt!: string | null;
}

export class AssessmentResponseDto implements Assessment {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) episodeId!: string;
  @ApiProperty({ format: 'date' }) performedOn!: string;
  @ApiProperty() baseline!: boolean;
  @ApiProperty({ format: 'uuid' }) testerId!: string;
  @ApiProperty({ type: Number, nullable: true }) bodyMassKg!: number | null;
  @ApiProperty({ type: String, nullable: true }) notes!: string | null;
  @ApiProperty({ type: [MeasurementResponseDto] }) measurements!: MeasurementResponseDto[];
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty() version!: number;
}

export class SymmetryPointDto implements SymmetryPoint {
  @ApiProperty({ format: 'date' }) date!: string;
  @ApiProperty({ format: 'uuid' }) assessmentId!: string;
  @ApiProperty({ format: 'uuid' }) measurementId!: string;
  @ApiProperty() baseline!: boolean;
  @ApiProperty({ type: Number, nullable: true }) lsi!: number | null;
  @ApiProperty({ type: Number, nullable: true }) epic!: number | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: "How it was obtained: 'mean', 'best' or a strength set-up",
  })
  method!: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Null when the previous value used another method' })
  changeFromPrevious!: number | null;
  @ApiProperty({ type: Boolean, nullable: true }) withinMeasurementError!: boolean | null;
}

export class SymmetryTrendDto implements SymmetryTrend {
  @ApiProperty({ enum: MEASURE_TYPES }) type!: MeasureType;
  @ApiProperty() label!: string;
  @ApiProperty({ type: Number, nullable: true, description: 'Minimal detectable change, LSI points' })
  mdc90!: number | null;
  @ApiProperty({ type: [SymmetryPointDto] }) points!: SymmetryPointDto[];
}
