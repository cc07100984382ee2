import { Module } from '@nestjs/common';
import { EpisodeRecordModule } from '../episode-record.module.js';

/** Every measured value of an episode as CSV. */
@Module({
  imports: [EpisodeRecordModule],
  controllers: [],
  providers: [],
})
export class CsvExportModule {}
