import { Module } from '@nestjs/common';
import { NotesModule } from '../../notes/notes.module.js';
import { EpisodeRecordModule } from '../episode-record.module.js';

/** The episode as a FHIR R4 document Bundle. */
@Module({
  imports: [EpisodeRecordModule, NotesModule],
  controllers: [],
  providers: [],
})
export class FhirExportModule {}
