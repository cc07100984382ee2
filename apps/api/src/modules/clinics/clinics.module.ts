import { Module } from '@nestjs/common';
import { ClinicsController } from './clinics.controller.js';
import { ClinicsService } from './clinics.service.js';

/** The signed-in user's clinic and its settings. */
@Module({
  controllers: [ClinicsController],
  providers: [ClinicsService],
})
export class ClinicsModule {}
