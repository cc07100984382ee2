import { Module } from '@nestjs/common';
import { ProgrammesModule } from '../programmes/programmes.module.js';
import { CaseloadController } from './caseload.controller.js';
import { CaseloadService } from './caseload.service.js';

@Module({
  imports: [ProgrammesModule],
  controllers: [CaseloadController],
  providers: [CaseloadService],
})
export class CaseloadModule {}
