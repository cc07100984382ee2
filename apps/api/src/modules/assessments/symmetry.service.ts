import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { changeWithinMeasurementError, MEASURE_LABELS, MEASURE_TYPES, type MeasureType } from '@proprio/clinical';
import type { SymmetryPoint, SymmetryTrend } from '@proprio/contracts';
import { DataSource, In } from 'typeorm';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import { AssessmentEntity } from './assessment.entity.js';
import { EpisodesService } from '../episodes/episodes.service.js';
import { MeasurementEntity } from './measurement.entity.js';
import { EpisodeBaselines, evaluate } from './measurement-evaluation.js';

/** Measures that have a limb symmetry index, in the order the trend lists them. */
const SYMMETRY_TYPES: MeasureType[] = MEASURE_TYPES.filter(
  (t) => t.startsWith('hop_') || t.startsWith('strength_') || t === 'y_balance' || t === 'single_leg_stance',
);

@Injectable()
export class SymmetryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly episodes: EpisodesService,
  ) {}

  /** Per test: LSI and EPIC over time, with the change since the previous session and its MDC flag. */
  async trend(ctx: RequestContext, episodeId: string): Promise<SymmetryTrend[]> {
    await this.episodes.find(ctx, episodeId);
    const sessions = await this.dataSource
      .getRepository(AssessmentEntity)
      .findBy({ clinicId: ctx.clinicId, episodeId });
    const measurements = await this.dataSource.getRepository(MeasurementEntity).findBy({
      clinicId: ctx.clinicId,
      episodeId,
      status: 'current',
      type: In(SYMMETRY_TYPES),
    });
    const byId = new Map(sessions.map((s) => [s.id, s]));
    const baselines = new EpisodeBaselines(
      sessions.filter((s) => s.isBaseline),
      measurements,
    );

    const trends: SymmetryTrend[] = [];
    for (const type of SYMMETRY_TYPES) {
      const rows = measurements
        .filter((m) => m.type === type)
        .map((m) => ({ m, session: byId.get(m.assessmentId)! }))
        .sort(
          (a, b) =>
            a.session.performedOn.localeCompare(b.session.performedOn) ||
            a.m.createdAt.getTime() - b.m.createdAt.getTime(),
        );
      if (!rows.length) continue;
      let previous: { lsi: number; method: string | null } | null = null;
      let mdc90: number | null = null;
      const points: SymmetryPoint[] = rows.map(({ m, session }) => {
        const outcome = evaluate(m, session, baselines);
        mdc90 = outcome?.mdc90 ?? mdc90;
        const lsi = outcome?.lsi ?? null;
        const pointMdc = outcome?.mdc90 ?? null;
        const method = outcome?.method ?? null;
        // Only values obtained the same way are compared (mean vs best can flip a pass/fail).
        const before = previous !== null && previous.method === method ? previous.lsi : null;
        const point: SymmetryPoint = {
          date: session.performedOn,
          assessmentId: session.id,
          measurementId: m.id,
          baseline: session.isBaseline,
          lsi,
          epic: outcome?.epic ?? null,
          method,
          changeFromPrevious: before !== null && lsi !== null ? lsi - before : null,
          withinMeasurementError:
            before !== null && lsi !== null && pointMdc !== null
              ? changeWithinMeasurementError(before, lsi, pointMdc)
              : null,
        };
        if (lsi !== null) previous = { lsi, method };
        return point;
      });
      trends.push({ type, label: MEASURE_LABELS[type], mdc90, points });
    }
    return trends;
  }
}
