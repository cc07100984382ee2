import { Module } from '@nestjs/common';
import { EpisodesModule } from '../episodes/episodes.module.js';
import { AssessmentsController } from './assessments.controller.js';
import { AssessmentsService } from './assessments.service.js';
import { SymmetryService } from './symmetry.service.js';

@Module({
  imports: [EpisodesModule],
  controllers: [AssessmentsController],
  providers: [AssessmentsService, SymmetryService],
  exports: [AssessmentsService, SymmetryService],
})
export class AssessmentsModule {}
