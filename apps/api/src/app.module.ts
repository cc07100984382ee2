import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { AppConfig } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import { AuthModule } from './core/auth/auth.module.js';
import { dataSourceOptions } from './database/data-source.js';
import { AssessmentsModule } from './modules/assessments/assessments.module.js';
import { CaseloadModule } from './modules/caseload/caseload.module.js';
import { ClinicsModule } from './modules/clinics/clinics.module.js';
import { EpisodesModule } from './modules/episodes/episodes.module.js';
import { CsvExportModule } from './modules/exports/csv/csv-export.module.js';
import { FhirExportModule } from './modules/exports/fhir/fhir-export.module.js';
import { PdfExportsModule } from './modules/exports/pdf/pdf-exports.module.js';
import { HealthModule } from './modules/health/health.module.js';
import { LibraryModule } from './modules/library/library.module.js';
import { NotesModule } from './modules/notes/notes.module.js';
import { PatientsModule } from './modules/patients/patients.module.js';
import { ProgrammesModule } from './modules/programmes/programmes.module.js';
import { QuestionnairesModule } from './modules/questionnaires/questionnaires.module.js';
import { SessionsModule } from './modules/sessions/sessions.module.js';
import { UsersModule } from './modules/users/users.module.js';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot(dataSourceOptions(databaseUrl, config.database)),
        AuthModule,
        UsersModule,
        PatientsModule,
        EpisodesModule,
        AssessmentsModule,
        QuestionnairesModule,
        LibraryModule,
        ProgrammesModule,
        CaseloadModule,
        SessionsModule,
        NotesModule,
        PdfExportsModule,
        FhirExportModule,
        CsvExportModule,
        ClinicsModule,
        HealthModule,
      ],
    };
  }
}
