import { Module } from '@nestjs/common';
import { NotesModule } from '../../notes/notes.module.js';
import { EpisodeRecordModule } from '../episode-record.module.js';

/** PDF documents: the note, the patient-friendly progress summary, the return-to-sport readiness report. */
@Module({
  imports: [EpisodeRecordModule, NotesModule],
  controllers: [],
  providers: [],
})
export class PdfExportsModule {}
