import { Module } from '@nestjs/common';
import { EpisodesModule } from '../episodes/episodes.module.js';
import { EpisodeCriteriaService } from './episode-criteria.service.js';
import { ProgrammesController } from './programmes.controller.js';
import { ProgrammesService } from './programmes.service.js';

@Module({
  imports: [EpisodesModule],
  controllers: [ProgrammesController],
  providers: [ProgrammesService, EpisodeCriteriaService],
  exports: [ProgrammesService, EpisodeCriteriaService],
})
export class ProgrammesModule {}
