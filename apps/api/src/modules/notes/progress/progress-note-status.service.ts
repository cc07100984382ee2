import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isProgressReportDue, type CalendarDate, type ProgressReportRule } from '@proprio/clinical';
import type { ProgressNoteStatus } from '@proprio/contracts';
import { DataSource } from 'typeorm';
import { ClinicEntity } from '../../clinics/clinic.entity.js';

/** Note types that close a reporting period (REFERENCE §6.2): a progress report, or the discharge summary. */
const REPORT_TYPES = ['progress', 'discharge'];

/**
 * How far each episode is into its reporting period, and whether a progress report is due. One
 * query for any number of episodes, so the caseload stays at a constant query count. The episodes
 * must already be known to belong to the clinic.
 */
@Injectable()
export class ProgressNoteStatusService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async rule(clinicId: string): Promise<ProgressReportRule> {
    const clinic = await this.dataSource.getRepository(ClinicEntity).findOneByOrFail({ id: clinicId });
    return { visitInterval: clinic.progressNoteVisitInterval, dayLimit: clinic.progressNoteDayLimit };
  }

  async forEpisode(clinicId: string, episodeId: string, today: CalendarDate): Promise<ProgressNoteStatus> {
    const statuses = await this.forEpisodes(clinicId, [episodeId], today);
    return statuses.get(episodeId)!;
  }

  async forEpisodes(
    clinicId: string,
    episodeIds: readonly string[],
    today: CalendarDate,
  ): Promise<Map<string, ProgressNoteStatus>> {
    const rule = await this.rule(clinicId);
    // The first period begins on the episode's first day of care (REFERENCE §6.2: "whether that day is
    // an evaluation, a re-evaluation or a treatment"): its first visit, test session or note period,
    // whichever is earliest (LEAST skips the missing ones). Later periods begin after the last report.
    const rows: { episode_id: string; visits: number; period_start: string | null }[] = episodeIds.length
      ? await this.dataSource.query(
          `WITH last_report AS (
             SELECT episode_id, max(period_end) AS period_end FROM note
              WHERE clinic_id = $1 AND episode_id = ANY($2::uuid[]) AND status = 'signed' AND type = ANY($3::text[])
              GROUP BY episode_id),
           first_test AS (
             SELECT episode_id, min(performed_on) AS first_day FROM assessment
              WHERE clinic_id = $1 AND episode_id = ANY($2::uuid[])
              GROUP BY episode_id),
           first_note AS (
             SELECT episode_id, min(period_start) AS first_day FROM note
              WHERE clinic_id = $1 AND episode_id = ANY($2::uuid[])
              GROUP BY episode_id)
           SELECT e.id AS episode_id,
                  count(s.id)::int AS visits,
                  to_char(COALESCE(r.period_end + 1, LEAST(min(s.performed_on), t.first_day, n.first_day)), 'YYYY-MM-DD')
                    AS period_start
             FROM unnest($2::uuid[]) AS e(id)
             LEFT JOIN last_report r ON r.episode_id = e.id
             LEFT JOIN first_test t ON t.episode_id = e.id
             LEFT JOIN first_note n ON n.episode_id = e.id
             LEFT JOIN treatment_session s
               ON s.clinic_id = $1 AND s.episode_id = e.id AND (r.period_end IS NULL OR s.performed_on > r.period_end)
            GROUP BY e.id, r.period_end, t.first_day, n.first_day`,
          [clinicId, episodeIds, REPORT_TYPES],
        )
      : [];
    return new Map(
      rows.map((row) => {
        const period = { visitsSinceLastReport: row.visits, periodStart: row.period_start };
        const status: ProgressNoteStatus = {
          visitsSinceLastProgressNote: row.visits,
          progressNoteInterval: rule.visitInterval,
          progressNoteDayLimit: rule.dayLimit,
          reportingPeriodStart: row.period_start,
          due: isProgressReportDue(period, rule, today),
        };
        return [row.episode_id, status];
      }),
    );
  }
}
