import { Module } from '@nestjs/common';
import { EpisodeRecordModule } from '../episode-record.module.js';
import { CsvExportController } from './csv-export.controller.js';
import { CsvExportService } from './csv-export.service.js';

/** Every measured value of an episode as CSV. */
@Module({
  imports: [EpisodeRecordModule],
  controllers: [CsvExportController],
  providers: [CsvExportService],
})
export class CsvExportModule {}
