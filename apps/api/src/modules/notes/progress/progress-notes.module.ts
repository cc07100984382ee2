import { Module } from '@nestjs/common';
import { ProgressNoteStatusService } from './progress-note-status.service.js';

/** The progress-report reminder, on its own so that sessions and the caseload can use it without the notes. */
@Module({
  providers: [ProgressNoteStatusService],
  exports: [ProgressNoteStatusService],
})
export class ProgressNotesModule {}
