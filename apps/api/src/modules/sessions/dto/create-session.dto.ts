import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DOSAGE_LIMITS } from '@proprio/clinical';
import type { CreateSessionRequest, SessionExerciseRequest } from '@proprio/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { EmptyToNull, IsDateOnly, NotInFuture } from '../../../core/validation/decorators.js';

/** Limits of a visit's record; the dosage bounds are the library's, so a logged set fits a prescribed one. */
export const SESSION_LIMITS = {
  notes: 4000,
  exercises: 60,
  exerciseNotes: 500,
  rating: { min: 0, max: 10 },
} as const;

const { sets, reps, holdSeconds, loadKg } = DOSAGE_LIMITS;

export class SessionExerciseRequestDto implements SessionExerciseRequest {
  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: "The programme item done: an item of the episode's current programme for the same exercise",
  })
  @IsOptional()
  @IsUUID('4')
  programmeItemId?: string | null;

  @ApiProperty({ format: 'uuid', description: 'A seeded exercise or one of the clinic’s own' })
  @IsUUID('4')
  exerciseId!: string;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: sets.min, maximum: sets.max })
  @IsOptional()
  @IsInt()
  @Min(sets.min)
  @Max(sets.max)
  sets!: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: reps.min, maximum: reps.max })
  @IsOptional()
  @IsInt()
  @Min(reps.min)
  @Max(reps.max)
  reps!: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: holdSeconds.min, maximum: holdSeconds.max })
  @IsOptional()
  @IsInt()
  @Min(holdSeconds.min)
  @Max(holdSeconds.max)
  holdSeconds!: number | null;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    minimum: loadKg.min,
    maximum: loadKg.max,
    description: 'External load in kg (at most one decimal); null for body weight',
  })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 1 })
  @Min(loadKg.min)
  @Max(loadKg.max)
  loadKg!: number | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: SESSION_LIMITS.exerciseNotes })
  @IsOptional()
  @EmptyToNull()
  @IsString()
  @MaxLength(SESSION_LIMITS.exerciseNotes)
  notes?: string | null;
}

export class CreateSessionDto implements CreateSessionRequest {
  @ApiProperty({ format: 'date', example: '2026-09-28', description: 'Not in the future, not before the injury' })
  @IsDateOnly()
  @NotInFuture()
  performedOn!: string;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    minimum: 0,
    maximum: 10,
    description: 'Pain, 0–10 numeric rating',
  })
  @IsOptional()
  @IsInt()
  @Min(SESSION_LIMITS.rating.min)
  @Max(SESSION_LIMITS.rating.max)
  pain?: number | null;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    minimum: 0,
    maximum: 10,
    description: 'Rating of perceived exertion, 0–10 (modified Borg CR10)',
  })
  @IsOptional()
  @IsInt()
  @Min(SESSION_LIMITS.rating.min)
  @Max(SESSION_LIMITS.rating.max)
  rpe?: number | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: SESSION_LIMITS.notes })
  @IsOptional()
  @EmptyToNull()
  @IsString()
  @MaxLength(SESSION_LIMITS.notes)
  notes?: string | null;

  @ApiProperty({ type: [SessionExerciseRequestDto], maxItems: SESSION_LIMITS.exercises })
  @IsArray()
  @ArrayMaxSize(SESSION_LIMITS.exercises)
  @ValidateNested({ each: true })
  @Type(() => SessionExerciseRequestDto)
  exercises!: SessionExerciseRequestDto[];
}
