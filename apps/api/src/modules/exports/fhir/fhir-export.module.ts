import { Module } from '@nestjs/common';
import { NotesModule } from '../../notes/notes.module.js';
import { EpisodeRecordModule } from '../episode-record.module.js';
import { FhirExportController } from './fhir-export.controller.js';
import { FhirExportService } from './fhir-export.service.js';

/** The episode as a FHIR R4 document Bundle. */
@Module({
  imports: [EpisodeRecordModule, NotesModule],
  controllers: [FhirExportController],
  providers: [FhirExportService],
})
export class FhirExportModule {}
