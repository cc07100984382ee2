import { Module } from '@nestjs/common';
import { AssessmentsModule } from '../assessments/assessments.module.js';
import { EpisodesModule } from '../episodes/episodes.module.js';
import { PatientsModule } from '../patients/patients.module.js';
import { ProgrammesModule } from '../programmes/programmes.module.js';
import { QuestionnairesModule } from '../questionnaires/questionnaires.module.js';
import { SessionsModule } from '../sessions/sessions.module.js';
import { EpisodeRecordService } from './episode-record.service.js';

/** One read of an episode's whole record, shared by the note's objective section and every export. */
@Module({
  imports: [EpisodesModule, PatientsModule, AssessmentsModule, QuestionnairesModule, ProgrammesModule, SessionsModule],
  providers: [EpisodeRecordService],
  exports: [EpisodeRecordService],
})
export class EpisodeRecordModule {}
