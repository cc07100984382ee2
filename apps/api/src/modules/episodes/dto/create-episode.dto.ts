import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CONCOMITANT_INJURIES,
  FIELD_LIMITS,
  EPISODE_CONDITIONS,
  EPISODE_STATUSES,
  GRAFT_TYPES,
  INVOLVED_SIDES,
  type ConcomitantInjury,
  type EpisodeCondition,
  type EpisodeStatus,
  type GraftType,
  type InvolvedSide,
} from '@proprio/contracts';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Max,
  Min,
} from 'class-validator';
import {
  EmptyToNull,
  IsDateOnly,
  IsOptionalButNotNull,
  NotBeforeField,
  NotInFuture,
} from '../../../core/validation/decorators.js';

export class CreateEpisodeDto {
  @ApiProperty({ enum: EPISODE_CONDITIONS, example: 'acl_reconstruction' })
  @IsIn(EPISODE_CONDITIONS)
  condition!: EpisodeCondition;

  @ApiProperty({ enum: INVOLVED_SIDES, description: 'The injured knee' })
  @IsIn(INVOLVED_SIDES)
  involvedSide!: InvolvedSide;

  @ApiProperty({ format: 'date', example: '2026-03-02' })
  @IsDateOnly()
  @NotInFuture()
  injuryDate!: string;

  @ApiPropertyOptional({
    type: String,
    format: 'date',
    nullable: true,
    description: 'May be in the future when surgery is planned',
  })
  @IsOptional()
  @IsDateOnly()
  @NotBeforeField('injuryDate', { message: 'must not be before the injury date' })
  surgeryDate?: string | null;

  @ApiPropertyOptional({ enum: GRAFT_TYPES, nullable: true })
  @IsOptional()
  @IsIn(GRAFT_TYPES)
  graftType?: GraftType | null;

  @ApiPropertyOptional({ enum: CONCOMITANT_INJURIES, isArray: true, default: [] })
  @IsOptionalButNotNull()
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(CONCOMITANT_INJURIES.length)
  @IsIn(CONCOMITANT_INJURIES, { each: true })
  concomitantInjuries?: ConcomitantInjury[];

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'Football (soccer)',
    maxLength: FIELD_LIMITS.episode.sport,
  })
  @IsOptional()
  @EmptyToNull()
  @IsString()
  @Length(1, FIELD_LIMITS.episode.sport)
  sport?: string | null;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    minimum: 0,
    maximum: 10,
    description: 'Tegner activity level before the injury',
  })
  @IsOptional()
  @IsInt({ message: 'must be an integer from 0 to 10' })
  @Min(0)
  @Max(10)
  preInjuryTegner?: number | null;

  @ApiPropertyOptional({ enum: EPISODE_STATUSES, default: 'active' })
  @IsOptionalButNotNull()
  @IsIn(EPISODE_STATUSES)
  status?: EpisodeStatus;
}
