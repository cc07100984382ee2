import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { EQUIPMENT, type Dosage, type Equipment, type ProgressionSettings } from '@proprio/clinical';
import type { PrescribedExerciseRequest, UpdateProgrammeRequest } from '@proprio/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { EmptyToNull, IsOptionalButNotNull, Trim } from '../../../core/validation/decorators.js';
import { KEY_PATTERN } from './assign-programme.dto.js';
import { DosageDto } from './programme-response.dto.js';

/** The most exercises one prescription may hold. */
export const MAX_PROGRAMME_ITEMS = 60;

export class PrescribedExerciseRequestDto implements PrescribedExerciseRequest {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The item’s id when it is already in the programme; omit to add',
  })
  @IsOptionalButNotNull()
  @IsUUID('all')
  id?: string;

  @ApiProperty({ format: 'uuid', description: 'A library exercise visible to your clinic' })
  @IsUUID('all')
  exerciseId!: string;

  // Checked by the clinical library's validateDosage (one rule for the API and the dashboard).
  @ApiProperty({ type: DosageDto })
  @IsObject()
  dosage!: Dosage;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'string' },
    description: 'Progression variable → setting (REFERENCE §5); checked by validateProgression',
    example: { surface: 'foam' },
  })
  @IsOptionalButNotNull()
  @IsObject()
  progression?: ProgressionSettings;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 500 })
  @IsOptional()
  @EmptyToNull()
  @IsString()
  @MaxLength(500)
  notes?: string | null;
}

export class UpdateProgrammeDto implements UpdateProgrammeRequest {
  @ApiProperty({ minimum: 1, example: 1 })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiProperty({
    type: [PrescribedExerciseRequestDto],
    maxItems: MAX_PROGRAMME_ITEMS,
    description: 'The whole prescription: items left out are removed',
  })
  @IsArray()
  @ArrayMaxSize(MAX_PROGRAMME_ITEMS)
  @ValidateNested({ each: true })
  @Type(() => PrescribedExerciseRequestDto)
  items!: PrescribedExerciseRequestDto[];

  @ApiPropertyOptional({ enum: EQUIPMENT, isArray: true })
  @IsOptionalButNotNull()
  @IsArray()
  @ArrayMaxSize(EQUIPMENT.length)
  @ArrayUnique()
  @IsIn(EQUIPMENT, { each: true })
  equipment?: Equipment[];

  @ApiPropertyOptional({ example: 'delaware' })
  @IsOptionalButNotNull()
  @Trim()
  @IsString()
  @Matches(KEY_PATTERN, { message: 'must be a return-to-sport set key of the protocol' })
  returnToSportSetKey?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Hand the episode to another therapist of your clinic' })
  @IsOptionalButNotNull()
  @IsUUID('all')
  therapistId?: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 1000, description: 'Kept with the revision' })
  @IsOptional()
  @EmptyToNull()
  @IsString()
  @MaxLength(1000)
  reason?: string | null;
}
