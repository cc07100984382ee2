import { Module } from '@nestjs/common';
import { ProgressNotesModule } from '../notes/progress/progress-notes.module.js';
import { ProgrammesModule } from '../programmes/programmes.module.js';
import { CaseloadController } from './caseload.controller.js';
import { CaseloadService } from './caseload.service.js';

@Module({
  imports: [ProgrammesModule, ProgressNotesModule],
  controllers: [CaseloadController],
  providers: [CaseloadService],
})
export class CaseloadModule {}
