import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CalendarDate } from '@proprio/clinical';
import type {
  Assessment,
  Episode,
  Patient,
  Programme,
  ProgrammeHistory,
  Progression,
  PromTrend,
  QuestionnaireResponse,
  Role,
  SymmetryTrend,
  TreatmentSession,
} from '@proprio/contracts';
import { DataSource, In } from 'typeorm';
import { AppError } from '../../core/errors/app-error.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import { AssessmentsService } from '../assessments/assessments.service.js';
import { SymmetryService } from '../assessments/symmetry.service.js';
import { ClinicEntity } from '../clinics/clinic.entity.js';
import { EpisodesService } from '../episodes/episodes.service.js';
import { PatientsService } from '../patients/patients.service.js';
import { criteriaToday } from '../programmes/episode-criteria.service.js';
import { ProgrammesService } from '../programmes/programmes.service.js';
import { QuestionnairesService } from '../questionnaires/questionnaires.service.js';
import { SessionsService } from '../sessions/sessions.service.js';
import { UserEntity } from '../users/user.entity.js';

/** A member of the clinic's staff named by the record (tester, recorder, therapist, signer). */
export interface StaffMember {
  id: string;
  name: string;
  professionalTitle: string | null;
  role: Role;
}

/**
 * Everything recorded for one episode, read through the same services as the API so that a report
 * shows exactly what the screens show (derived values computed by the same library).
 */
export interface EpisodeRecord {
  clinic: { id: string; name: string };
  patient: Patient;
  episode: Episode;
  /** Null when no programme has been assigned. */
  programme: Programme | null;
  progression: Progression | null;
  history: ProgrammeHistory | null;
  /** Test sessions oldest first, each measurement with its history (current, superseded, voided). */
  assessments: Assessment[];
  symmetry: SymmetryTrend[];
  questionnaires: QuestionnaireResponse[];
  promTrends: PromTrend[];
  /** Treatment visits, oldest first. */
  sessions: TreatmentSession[];
  staff: ReadonlyMap<string, StaffMember>;
  /** The clinic's calendar date the record was read on. */
  asOf: CalendarDate;
}

@Injectable()
export class EpisodeRecordService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly episodes: EpisodesService,
    private readonly patients: PatientsService,
    private readonly assessments: AssessmentsService,
    private readonly symmetryTrends: SymmetryService,
    private readonly questionnaireResponses: QuestionnairesService,
    private readonly programmes: ProgrammesService,
    private readonly treatmentSessions: SessionsService,
  ) {}

  /** The clinic's episode (404 EPISODE_NOT_FOUND otherwise) with all of its records. */
  async load(ctx: RequestContext, episodeId: string): Promise<EpisodeRecord> {
    const episode = await this.episodes.get(ctx, episodeId);
    const [clinic, patient, assessments, symmetry, questionnaires, promTrends, sessions, plan] = await Promise.all([
      this.dataSource.getRepository(ClinicEntity).findOneByOrFail({ id: ctx.clinicId }),
      this.patients.get(ctx, episode.patientId),
      this.assessments.list(ctx, episodeId),
      this.symmetryTrends.trend(ctx, episodeId),
      this.questionnaireResponses.list(ctx, episodeId),
      this.questionnaireResponses.trends(ctx, episodeId),
      this.treatmentSessions.listAll(ctx, episodeId),
      this.programmePlan(ctx, episodeId),
    ]);
    const staff = await this.staffNamed(ctx.clinicId, [
      ...assessments.flatMap((a) => [a.testerId, ...a.measurements.map((m) => m.createdBy)]),
      ...questionnaires.map((q) => q.createdBy),
      ...sessions.map((s) => s.recordedBy),
      ...(plan.programme ? [plan.programme.therapistId] : []),
      ...(plan.history?.transitions.map((t) => t.transitionedBy) ?? []),
      ...(plan.history?.revisions.map((r) => r.changedBy) ?? []),
    ]);
    return {
      clinic: { id: clinic.id, name: clinic.name },
      patient,
      episode,
      ...plan,
      assessments: [...assessments].sort((a, b) => a.performedOn.localeCompare(b.performedOn)),
      symmetry,
      questionnaires,
      promTrends,
      sessions,
      staff,
      asOf: criteriaToday(),
    };
  }

  private async programmePlan(
    ctx: RequestContext,
    episodeId: string,
  ): Promise<Pick<EpisodeRecord, 'programme' | 'progression' | 'history'>> {
    try {
      const [programme, progression, history] = await Promise.all([
        this.programmes.get(ctx, episodeId),
        this.programmes.progression(ctx, episodeId),
        this.programmes.history(ctx, episodeId),
      ]);
      return { programme, progression, history };
    } catch (error) {
      if (error instanceof AppError && error.code === 'PROGRAMME_NOT_FOUND') {
        return { programme: null, progression: null, history: null };
      }
      throw error;
    }
  }

  private async staffNamed(clinicId: string, ids: readonly string[]): Promise<Map<string, StaffMember>> {
    const unique = [...new Set(ids)];
    const users = unique.length
      ? await this.dataSource.getRepository(UserEntity).findBy({ clinicId, id: In(unique) })
      : [];
    return new Map(
      users.map((u) => [u.id, { id: u.id, name: u.displayName, professionalTitle: u.professionalTitle, role: u.role }]),
    );
  }
}
