import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  criteriaForPhase,
  evaluateCriteria,
  findPhase,
  timeSinceSurgery,
  type ProtocolDefinition,
} from '@proprio/clinical';
import type { CaseloadEntry, Page } from '@proprio/contracts';
import { DataSource, In, type SelectQueryBuilder } from 'typeorm';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import { EpisodeEntity } from '../episodes/episode.entity.js';
import { ProtocolVersionEntity } from '../library/protocol-version.entity.js';
import { ProgressNoteStatusService } from '../notes/progress/progress-note-status.service.js';
import { PatientEntity } from '../patients/patient.entity.js';
import { criteriaToday, EpisodeCriteriaService } from '../programmes/episode-criteria.service.js';
import { ProgrammeEntity } from '../programmes/programme.entity.js';
import { dueForRetest, isStalled, latestHopLsi } from './caseload-rules.js';
import type { CaseloadQueryDto } from './dto/caseload-query.dto.js';

interface CaseloadRow {
  programme_id: string;
  protocol_version_id: string;
  current_phase_key: string;
  phase_started_on: string;
  rts_set_key: string;
  episode_id: string;
  involved_side: 'left' | 'right';
  surgery_date: string | null;
  patient_id: string;
  given_name: string;
  family_name: string;
  record_number: string;
}

/**
 * The caseload: one row per active, non-archived episode (of a non-archived patient) that has a
 * programme. Everything for a page is loaded in a constant number of queries, whatever its size:
 * the page, its count, the protocol versions, the criteria sources (three) and the progress-report
 * reminders (the clinic's rule and one query for the visits since each episode's last report).
 */
@Injectable()
export class CaseloadService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly criteria: EpisodeCriteriaService,
    private readonly progressNotes: ProgressNoteStatusService,
  ) {}

  async list(ctx: RequestContext, query: CaseloadQueryDto): Promise<Page<CaseloadEntry>> {
    const base = () => this.baseQuery(ctx, query.scope);
    const total = await base().getCount();
    const rows =
      total > query.offset
        ? await base()
            .select([
              'g.id AS programme_id',
              'g.protocol_version_id AS protocol_version_id',
              'g.current_phase_key AS current_phase_key',
              'g.phase_started_on AS phase_started_on',
              'g.rts_set_key AS rts_set_key',
              'e.id AS episode_id',
              'e.involved_side AS involved_side',
              'e.surgery_date AS surgery_date',
              'p.id AS patient_id',
              'p.given_name AS given_name',
              'p.family_name AS family_name',
              'p.record_number AS record_number',
            ])
            .orderBy('p.family_name', 'ASC')
            .addOrderBy('p.given_name', 'ASC')
            .addOrderBy('p.id', 'ASC')
            .addOrderBy('e.id', 'ASC')
            .limit(query.limit)
            .offset(query.offset)
            .getRawMany<CaseloadRow>()
        : [];
    const page = { total, limit: query.limit, offset: query.offset };
    if (rows.length === 0) return { items: [], ...page };

    const today = criteriaToday();
    const definitions = await this.definitionsOf(rows);
    const sources = await this.criteria.sourcesFor(
      ctx.clinicId,
      rows.map((r) => ({ id: r.episode_id, surgeryDate: r.surgery_date })),
      today,
    );
    const progress = await this.progressNotes.forEpisodes(
      ctx.clinicId,
      rows.map((r) => r.episode_id),
      today,
    );

    const items = rows.map((row): CaseloadEntry => {
      const definition = definitions.get(row.protocol_version_id);
      const phase = definition ? findPhase(definition, row.current_phase_key) : null;
      const source = sources.get(row.episode_id)!;
      const criteria = definition ? (criteriaForPhase(definition, row.current_phase_key, row.rts_set_key) ?? []) : [];
      const evaluation = evaluateCriteria(criteria, source.values);
      const reminder = progress.get(row.episode_id)!;
      return {
        patientId: row.patient_id,
        patientName: `${row.given_name} ${row.family_name}`,
        recordNumber: row.record_number,
        episodeId: row.episode_id,
        involvedSide: row.involved_side,
        phaseKey: row.current_phase_key,
        phaseName: phase?.name ?? row.current_phase_key,
        phaseStartedOn: row.phase_started_on,
        weeksSinceSurgery: timeSinceSurgery(row.surgery_date, today)?.weeks ?? null,
        latestHopLsi: latestHopLsi(source.measures),
        unmetCriteria: evaluation.criteria.filter((c) => !c.bonus && c.status !== 'met').map((c) => c.label),
        lastAssessmentOn: source.lastAssessmentOn,
        dueForRetest: dueForRetest(source.lastAssessmentOn, today),
        visitsSinceLastProgressNote: reminder.visitsSinceLastProgressNote,
        dueForProgressNote: reminder.due,
        stalled: isStalled(phase, row.surgery_date, row.phase_started_on, today),
      };
    });
    return { items, ...page };
  }

  private baseQuery(ctx: RequestContext, scope: 'mine' | 'clinic'): SelectQueryBuilder<ProgrammeEntity> {
    const qb = this.dataSource
      .getRepository(ProgrammeEntity)
      .createQueryBuilder('g')
      .innerJoin(EpisodeEntity, 'e', 'e.id = g.episode_id AND e.clinic_id = g.clinic_id')
      .innerJoin(PatientEntity, 'p', 'p.id = e.patient_id AND p.clinic_id = e.clinic_id')
      .where('g.clinic_id = :clinicId', { clinicId: ctx.clinicId })
      .andWhere("e.status = 'active'")
      .andWhere('e.archived_at IS NULL')
      .andWhere('p.archived_at IS NULL');
    if (scope === 'mine') qb.andWhere('g.therapist_id = :userId', { userId: ctx.userId });
    return qb;
  }

  /** The definitions of the page's protocol versions, in one query. */
  private async definitionsOf(rows: CaseloadRow[]): Promise<Map<string, ProtocolDefinition>> {
    const versions = await this.dataSource.getRepository(ProtocolVersionEntity).find({
      select: { id: true, definition: true },
      where: { id: In([...new Set(rows.map((r) => r.protocol_version_id))]) },
    });
    return new Map(versions.map((v) => [v.id, v.definition]));
  }
}
