import { ApiProperty } from '@nestjs/swagger';
import {
  NOTE_STATUSES,
  NOTE_TYPES,
  type Note,
  type NoteAddendum,
  type NoteObjectiveDraft,
  type NotePage,
  type NoteSignature,
  type NoteStatus,
  type NoteType,
  type ProgressNoteStatus,
} from '@proprio/contracts';

export class NoteSignatureDto implements NoteSignature {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty({ description: 'The signer’s name when signing (a later rename does not change it)' }) name!: string;
  @ApiProperty({ type: String, nullable: true, example: 'PT, DPT', description: 'Professional identification' })
  professionalTitle!: string | null;
  @ApiProperty({ format: 'date-time' }) signedAt!: string;
}

export class NoteAddendumDto implements NoteAddendum {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) noteId!: string;
  @ApiProperty() body!: string;
  @ApiProperty({ type: NoteSignatureDto }) signature!: NoteSignatureDto;
}

export class NoteResponseDto implements Note {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) episodeId!: string;
  @ApiProperty({ enum: NOTE_TYPES }) type!: NoteType;
  @ApiProperty({ enum: NOTE_STATUSES, description: 'A signed note never changes; corrections are addenda' })
  status!: NoteStatus;
  @ApiProperty({ format: 'date', description: 'First day of the reporting period' }) periodStart!: string;
  @ApiProperty({ format: 'date', description: 'Last day of the reporting period' }) periodEnd!: string;
  @ApiProperty() subjective!: string;
  @ApiProperty() objective!: string;
  @ApiProperty() assessment!: string;
  @ApiProperty() plan!: string;
  @ApiProperty({ format: 'uuid' }) authorId!: string;
  @ApiProperty() authorName!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ type: NoteSignatureDto, nullable: true, description: 'Null while a draft' })
  signature!: NoteSignatureDto | null;
  @ApiProperty({
    type: String,
    nullable: true,
    pattern: '^[0-9a-f]{64}$',
    description:
      'Hex SHA-256 of the signed content (type, period, the four sections, signer, time); null while a draft',
  })
  contentHash!: string | null;
  @ApiProperty({ type: [NoteAddendumDto], description: 'Oldest first' }) addenda!: NoteAddendumDto[];
  @ApiProperty({ description: 'Send it back unchanged with an update or a signature' }) version!: number;
}

export class ProgressNoteStatusDto implements ProgressNoteStatus {
  @ApiProperty({ description: 'Visits after the period of the last signed progress report (all visits before one)' })
  visitsSinceLastProgressNote!: number;
  @ApiProperty({ description: 'The clinic’s interval: a progress report is due at this many visits' })
  progressNoteInterval!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'The clinic’s calendar-day limit; null: none' })
  progressNoteDayLimit!: number | null;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'First day of the current period' })
  reportingPeriodStart!: string | null;
  @ApiProperty({ description: 'The visit interval or the day limit is reached' }) due!: boolean;
}

export class NotePageDto implements NotePage {
  @ApiProperty({ type: [NoteResponseDto] }) items!: NoteResponseDto[];
  @ApiProperty() total!: number;
  @ApiProperty() limit!: number;
  @ApiProperty() offset!: number;
  @ApiProperty({ type: ProgressNoteStatusDto }) progress!: ProgressNoteStatusDto;
}

export class NoteObjectiveSourcesDto {
  @ApiProperty({ description: 'Current measurements of the period’s test sessions' }) measurements!: number;
  @ApiProperty() questionnaires!: number;
  @ApiProperty({ description: 'Treatment visits' }) sessions!: number;
  @ApiProperty() phaseTransitions!: number;
}

export class NoteObjectiveDraftDto implements NoteObjectiveDraft {
  @ApiProperty({ format: 'date' }) periodStart!: string;
  @ApiProperty({ format: 'date' }) periodEnd!: string;
  @ApiProperty({ description: 'Plain text built from the period’s records, to start the objective section from' })
  text!: string;
  @ApiProperty({ type: NoteObjectiveSourcesDto }) sources!: NoteObjectiveSourcesDto;
}
