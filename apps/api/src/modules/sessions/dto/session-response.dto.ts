import { ApiProperty } from '@nestjs/swagger';
import type { SessionExercise, SessionPage, TreatmentSession } from '@proprio/contracts';

export class SessionExerciseDto implements SessionExercise {
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) programmeItemId!: string | null;
  @ApiProperty({ format: 'uuid' }) exerciseId!: string;
  @ApiProperty({ description: 'The exercise’s name when the session was recorded' }) exerciseName!: string;
  @ApiProperty({ type: Number, nullable: true }) sets!: number | null;
  @ApiProperty({ type: Number, nullable: true }) reps!: number | null;
  @ApiProperty({ type: Number, nullable: true }) holdSeconds!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'kg; null for body weight' }) loadKg!: number | null;
  @ApiProperty({ type: String, nullable: true }) notes!: string | null;
}

export class TreatmentSessionResponseDto implements TreatmentSession {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) episodeId!: string;
  @ApiProperty({ format: 'date' }) performedOn!: string;
  @ApiProperty({ type: Number, nullable: true, description: '0–10 numeric rating' }) pain!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: '0–10 (modified Borg CR10)' }) rpe!: number | null;
  @ApiProperty({ type: String, nullable: true }) notes!: string | null;
  @ApiProperty({ type: [SessionExerciseDto] }) exercises!: SessionExerciseDto[];
  @ApiProperty({ format: 'uuid' }) recordedBy!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class SessionPageDto implements SessionPage {
  @ApiProperty({ type: [TreatmentSessionResponseDto] }) items!: TreatmentSessionResponseDto[];
  @ApiProperty() total!: number;
  @ApiProperty() limit!: number;
  @ApiProperty() offset!: number;
  @ApiProperty({ description: 'Visits after the period of the last signed progress report (all visits before one)' })
  visitsSinceLastProgressNote!: number;
  @ApiProperty({ description: "The clinic's interval: a progress note is due at this many visits" })
  progressNoteInterval!: number;
  @ApiProperty({
    description:
      "Whether a progress report is due: at the clinic's visit interval, or earlier when its calendar-day limit " +
      'is reached (REFERENCE §6.2). The same reminder as the notes list and the caseload.',
  })
  progressNoteDue!: boolean;
}
