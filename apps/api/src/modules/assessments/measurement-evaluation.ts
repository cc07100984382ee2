import { computeMeasure, type MeasureOutcome } from '@proprio/clinical';
import type { Measurement } from '@proprio/contracts';
import type { AssessmentEntity } from './assessment.entity.js';
import type { MeasurementEntity } from './measurement.entity.js';

/**
 * Derived values are recomputed from the stored raw input by the clinical library. EPIC depends on
 * another record (the episode's baseline session), so it is worked out here, on read, from the latest
 * baseline session on or before the measurement's own session.
 */
export class EpisodeBaselines {
  constructor(
    private readonly baselineSessions: AssessmentEntity[],
    private readonly baselineMeasurements: MeasurementEntity[],
  ) {}

  /** The raw input of the same measure in the baseline session that applies to `assessment`. */
  inputFor(assessment: AssessmentEntity, type: MeasurementEntity['type']): unknown {
    if (assessment.isBaseline) return undefined; // EPIC of the baseline itself is meaningless
    // Newest first; on the same day the later-recorded session wins, so every endpoint agrees.
    const candidates = this.baselineSessions
      .filter((b) => b.performedOn <= assessment.performedOn)
      .sort((x, y) => y.performedOn.localeCompare(x.performedOn) || y.createdAt.getTime() - x.createdAt.getTime());
    for (const session of candidates) {
      const found = this.baselineMeasurements.find(
        (m) => m.assessmentId === session.id && m.type === type && m.status === 'current',
      );
      if (found) return found.input;
    }
    return undefined;
  }
}

export function evaluate(
  measurement: MeasurementEntity,
  assessment: AssessmentEntity,
  baselines: EpisodeBaselines,
): MeasureOutcome | null {
  const outcome = computeMeasure(measurement.type, measurement.input, {
    baselineInput: baselines.inputFor(assessment, measurement.type),
    bodyMassKg: assessment.bodyMassKg,
  });
  return outcome.ok ? outcome.value : null;
}

export function toMeasurement(
  measurement: MeasurementEntity,
  assessment: AssessmentEntity,
  baselines: EpisodeBaselines,
): Measurement {
  const outcome = evaluate(measurement, assessment, baselines);
  return {
    id: measurement.id,
    assessmentId: measurement.assessmentId,
    type: measurement.type,
    input: measurement.input,
    result: outcome?.result ?? measurement.result,
    lsi: outcome ? outcome.lsi : measurement.lsi,
    epic: outcome?.epic ?? null,
    status: measurement.status,
    supersedesId: measurement.supersedesId,
    changeReason: measurement.changeReason,
    createdAt: measurement.createdAt.toISOString(),
    createdBy: measurement.createdBy,
    voidedAt: measurement.voidedAt?.toISOString() ?? null,
  };
}
