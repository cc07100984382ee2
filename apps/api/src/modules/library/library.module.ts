import { Module } from '@nestjs/common';
import { ExercisesController } from './exercises.controller.js';
import { ExercisesService } from './exercises.service.js';
import { ProtocolsController, ProtocolVersionsController } from './protocols.controller.js';
import { ProtocolsService } from './protocols.service.js';

/** The exercise library and protocols (seeded reference data and each clinic's own). */
@Module({
  controllers: [ExercisesController, ProtocolsController, ProtocolVersionsController],
  providers: [ExercisesService, ProtocolsService],
  exports: [ExercisesService, ProtocolsService],
})
export class LibraryModule {}
