import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  latestCriterionValues,
  todayIn,
  type CalendarDate,
  type CriterionValues,
  type RecordedMeasure,
  type RecordedQuestionnaire,
} from '@proprio/clinical';
import { DataSource, In, type EntityManager } from 'typeorm';
import { AssessmentEntity } from '../assessments/assessment.entity.js';
import { MeasurementEntity } from '../assessments/measurement.entity.js';
import { EpisodeBaselines, evaluate } from '../assessments/measurement-evaluation.js';
import { QuestionnaireResponseEntity } from '../questionnaires/questionnaire-response.entity.js';

/** What the criteria of an episode are evaluated from: its surgery date and today. */
export interface CriteriaEpisode {
  id: string;
  surgeryDate: string | null;
}

/** An episode's current records, as the criteria engine and the caseload read them. */
export interface EpisodeCriteriaSources {
  /** Current measurements with their outcomes recomputed from the raw input, oldest first. */
  measures: RecordedMeasure[];
  /** Current questionnaire responses, oldest first. */
  questionnaires: RecordedQuestionnaire[];
  /** The latest test-session date (any session, baseline included); null when none. */
  lastAssessmentOn: CalendarDate | null;
  values: CriterionValues;
  asOf: CalendarDate;
}

/** Today's calendar date (UTC) on which the criteria are evaluated. */
export function criteriaToday(): CalendarDate {
  return todayIn('UTC');
}

/**
 * Loads what the criteria engine needs from an episode's CURRENT records (superseded and voided values
 * never count), deriving every measure's outcome from its stored raw input exactly as the assessment
 * and symmetry endpoints do (computeMeasure with the episode's baseline for EPIC). Works on a batch of
 * episodes in a constant number of queries (three), whatever the batch size.
 */
@Injectable()
export class EpisodeCriteriaService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async valuesFor(
    clinicId: string,
    episode: CriteriaEpisode,
    asOf = criteriaToday(),
    manager?: EntityManager,
  ): Promise<CriterionValues> {
    const sources = await this.sourcesFor(clinicId, [episode], asOf, manager);
    return sources.get(episode.id)!.values;
  }

  async sourcesFor(
    clinicId: string,
    episodes: readonly CriteriaEpisode[],
    asOf = criteriaToday(),
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, EpisodeCriteriaSources>> {
    const result = new Map<string, EpisodeCriteriaSources>();
    if (episodes.length === 0) return result;
    const ids = [...new Set(episodes.map((e) => e.id))];
    const sessions = await manager.getRepository(AssessmentEntity).find({ where: { clinicId, episodeId: In(ids) } });
    const measurements = await manager
      .getRepository(MeasurementEntity)
      .find({ where: { clinicId, episodeId: In(ids), status: 'current' } });
    const responses = await manager.getRepository(QuestionnaireResponseEntity).find({
      where: { clinicId, episodeId: In(ids), status: 'current' },
      order: { completedOn: 'ASC', createdAt: 'ASC' },
    });
    const sessionById = new Map(sessions.map((s) => [s.id, s]));
    const sessionsOf = groupBy(sessions, (s) => s.episodeId);
    const measurementsOf = groupBy(measurements, (m) => m.episodeId);
    const responsesOf = groupBy(responses, (r) => r.episodeId);
    for (const episode of episodes) {
      const own = sessionsOf.get(episode.id) ?? [];
      const ownMeasurements = measurementsOf.get(episode.id) ?? [];
      const baselines = new EpisodeBaselines(
        own.filter((s) => s.isBaseline),
        ownMeasurements,
      );
      const measures = ownMeasurements
        .map((m) => ({ m, session: sessionById.get(m.assessmentId) }))
        .filter((x): x is { m: MeasurementEntity; session: AssessmentEntity } => x.session !== undefined)
        // Oldest first; on the same day the later-recorded session (then value) wins.
        .sort(
          (a, b) =>
            a.session.performedOn.localeCompare(b.session.performedOn) ||
            a.session.createdAt.getTime() - b.session.createdAt.getTime() ||
            a.m.createdAt.getTime() - b.m.createdAt.getTime(),
        )
        .flatMap(({ m, session }): RecordedMeasure[] => {
          const outcome = evaluate(m, session, baselines);
          return outcome ? [{ date: session.performedOn, outcome }] : [];
        });
      const questionnaires = (responsesOf.get(episode.id) ?? []).map((r): RecordedQuestionnaire => ({
        instrument: r.instrument,
        date: r.completedOn,
        scores: r.scores,
      }));
      const lastAssessmentOn = own.reduce<string | null>(
        (latest, s) => (latest === null || s.performedOn > latest ? s.performedOn : latest),
        null,
      );
      result.set(episode.id, {
        measures,
        questionnaires,
        lastAssessmentOn,
        values: latestCriterionValues({ measures, questionnaires, surgeryDate: episode.surgeryDate, asOf }),
        asOf,
      });
    }
    return result;
  }
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}
