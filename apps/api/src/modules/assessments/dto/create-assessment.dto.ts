import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MEASURE_TYPES, type MeasureType } from '@proprio/clinical';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { EmptyToNull, IsDateOnly, NotInFuture } from '../../../core/validation/decorators.js';

export class MeasurementRequestDto {
  @ApiProperty({ enum: MEASURE_TYPES, example: 'hop_single' })
  @IsIn(MEASURE_TYPES)
  type!: MeasureType;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      'Raw values as the measure defines them, validated by the clinical library. Hop tests: ' +
      '`{ trials: { involved: number[], uninvolved: number[] }, aggregation?: "mean" | "best" }` (cm, s or count). ' +
      'Strength: `{ involved: Reading, uninvolved: Reading }` with `{ value, unit: "N.m" | "N", device, mode, velocityDegPerSecond }`. ' +
      'Y-balance: `{ involved, uninvolved }` each `{ limbLengthCm, reachCm: { anterior, posteromedial, posterolateral } }` (arrays of trials).',
    example: { trials: { involved: [120, 124], uninvolved: [150, 146] } },
  })
  @IsObject()
  input!: Record<string, unknown>;
}

export class CreateAssessmentDto {
  @ApiProperty({ format: 'date', example: '2026-09-28' })
  @IsDateOnly()
  @NotInFuture()
  performedOn!: string;

  @ApiPropertyOptional({ default: false, description: 'A pre-operative baseline session (the reference for EPIC)' })
  @IsOptional()
  @IsBoolean()
  baseline?: boolean;

  @ApiPropertyOptional({ format: 'uuid', description: 'Who tested; defaults to you' })
  @IsOptional()
  @IsUUID('4')
  testerId?: string;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 10, maximum: 400, description: 'For torque per kg' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 1 })
  @Min(10)
  @Max(400)
  bodyMassKg?: number | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000 })
  @IsOptional()
  @EmptyToNull()
  @IsString()
  @MaxLength(2000)
  notes?: string | null;

  @ApiProperty({ type: [MeasurementRequestDto], minItems: 1, maxItems: 20 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => MeasurementRequestDto)
  measurements!: MeasurementRequestDto[];
}
