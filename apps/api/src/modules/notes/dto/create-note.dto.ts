import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { NOTE_SECTION_MAX_LENGTH, NOTE_TYPES, type CreateNoteRequest, type NoteType } from '@proprio/contracts';
import { IsIn, IsString, MaxLength } from 'class-validator';
import { IsDateOnly, IsOptionalButNotNull, NotBeforeField } from '../../../core/validation/decorators.js';

const SECTION = { type: String, maxLength: NOTE_SECTION_MAX_LENGTH } as const;

/**
 * A draft's content as sent on create (sections optional). The period is checked against the episode
 * (not before the injury) and the clinic's today by the service; each SOAP section is free text.
 */
export class CreateNoteDto implements CreateNoteRequest {
  @ApiProperty({ enum: NOTE_TYPES })
  @IsIn(NOTE_TYPES)
  type!: NoteType;

  @ApiProperty({ format: 'date', example: '2026-09-01', description: 'Not before the injury' })
  @IsDateOnly()
  periodStart!: string;

  @ApiProperty({ format: 'date', example: '2026-09-28', description: 'Not before periodStart, not after today' })
  @IsDateOnly()
  @NotBeforeField('periodStart')
  periodEnd!: string;

  @ApiPropertyOptional({ ...SECTION, description: 'Subjective: the patient’s report' })
  @IsOptionalButNotNull()
  @IsString()
  @MaxLength(NOTE_SECTION_MAX_LENGTH)
  subjective?: string;

  @ApiPropertyOptional({
    ...SECTION,
    description: 'Objective; leave it out to fill it from the records of the period (send "" for an empty one)',
  })
  @IsOptionalButNotNull()
  @IsString()
  @MaxLength(NOTE_SECTION_MAX_LENGTH)
  objective?: string;

  @ApiPropertyOptional({ ...SECTION, description: 'Assessment: the clinician’s evaluation and progress to goals' })
  @IsOptionalButNotNull()
  @IsString()
  @MaxLength(NOTE_SECTION_MAX_LENGTH)
  assessment?: string;

  @ApiPropertyOptional({ ...SECTION, description: 'Plan: plan of care and next steps' })
  @IsOptionalButNotNull()
  @IsString()
  @MaxLength(NOTE_SECTION_MAX_LENGTH)
  plan?: string;
}
