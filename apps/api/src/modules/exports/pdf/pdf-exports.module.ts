import { Module } from '@nestjs/common';
import { EpisodesModule } from '../../episodes/episodes.module.js';
import { LibraryModule } from '../../library/library.module.js';
import { NotesModule } from '../../notes/notes.module.js';
import { PatientsModule } from '../../patients/patients.module.js';
import { ProgrammesModule } from '../../programmes/programmes.module.js';
import { EpisodeRecordModule } from '../episode-record.module.js';
import { PdfExportsController } from './pdf-exports.controller.js';
import { PdfExportsService } from './pdf-exports.service.js';

/** PDF documents: the note, the patient-friendly progress summary, the return-to-sport readiness report. */
@Module({
  imports: [EpisodeRecordModule, NotesModule, EpisodesModule, PatientsModule, ProgrammesModule, LibraryModule],
  controllers: [PdfExportsController],
  providers: [PdfExportsService],
})
export class PdfExportsModule {}
