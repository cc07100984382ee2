import { Module } from '@nestjs/common';
import { AssessmentsController } from './assessments.controller.js';
import { AssessmentsService } from './assessments.service.js';
import { SymmetryService } from './symmetry.service.js';

@Module({
  controllers: [AssessmentsController],
  providers: [AssessmentsService, SymmetryService],
  exports: [AssessmentsService],
})
export class AssessmentsModule {}
