import { ApiProperty } from '@nestjs/swagger';
import { NOTE_SECTION_MAX_LENGTH, NOTE_TYPES, type NoteType, type UpdateNoteRequest } from '@proprio/contracts';
import { IsIn, IsInt, IsString, MaxLength, Min } from 'class-validator';
import { IsDateOnly, NotBeforeField } from '../../../core/validation/decorators.js';

const SECTION = { type: String, maxLength: NOTE_SECTION_MAX_LENGTH } as const;

/** A full replacement of a draft's content, based on the version the client read. */
export class UpdateNoteDto implements UpdateNoteRequest {
  @ApiProperty({ minimum: 1, example: 1, description: 'The note version you read' })
  @IsInt()
  @Min(1)
  version!: number;

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

  @ApiProperty(SECTION)
  @IsString()
  @MaxLength(NOTE_SECTION_MAX_LENGTH)
  subjective!: string;

  @ApiProperty(SECTION)
  @IsString()
  @MaxLength(NOTE_SECTION_MAX_LENGTH)
  objective!: string;

  @ApiProperty(SECTION)
  @IsString()
  @MaxLength(NOTE_SECTION_MAX_LENGTH)
  assessment!: string;

  @ApiProperty(SECTION)
  @IsString()
  @MaxLength(NOTE_SECTION_MAX_LENGTH)
  plan!: string;
}
