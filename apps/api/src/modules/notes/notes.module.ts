import { Module } from '@nestjs/common';
import { EpisodesModule } from '../episodes/episodes.module.js';
import { EpisodeRecordModule } from '../exports/episode-record.module.js';
import { NotesController } from './notes.controller.js';
import { NotesService } from './notes.service.js';
import { ProgressNotesModule } from './progress/progress-notes.module.js';

@Module({
  imports: [EpisodesModule, EpisodeRecordModule, ProgressNotesModule],
  controllers: [NotesController],
  providers: [NotesService],
  exports: [NotesService],
})
export class NotesModule {}
