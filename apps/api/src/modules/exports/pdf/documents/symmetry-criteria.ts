import type { CriterionMeasure, MeasureType } from '@proprio/clinical';
import type { SymmetryPoint, SymmetryTrend } from '@proprio/contracts';

/**
 * The recorded test whose limb symmetry index a criterion reads (single hop LSI ← single hop, ...), to
 * put the EPIC of the same measurement beside it. The clinical library decides which value a criterion
 * takes (latestCriterionValues); this only finds that value again in the symmetry trend, and a unit test
 * holds the two in step.
 */
export const LSI_CRITERION_TESTS: Readonly<Partial<Record<CriterionMeasure, MeasureType>>> = {
  single_hop_lsi_pct: 'hop_single',
  triple_hop_lsi_pct: 'hop_triple',
  crossover_hop_lsi_pct: 'hop_crossover',
  timed_hop_6m_lsi_pct: 'hop_timed_6m',
  side_hop_30s_lsi_pct: 'hop_side',
  vertical_hop_lsi_pct: 'hop_vertical',
  quad_strength_lsi_pct: 'strength_quadriceps',
  hamstring_strength_lsi_pct: 'strength_hamstrings',
  ybt_composite_lsi_pct: 'y_balance',
};

/**
 * The point of the symmetry trend a criterion's value came from: the same test, on the date the value
 * was measured, with that LSI. Null when the criterion is not an LSI, was not measured, or the points
 * that match disagree (then nothing is shown rather than a guess).
 */
export function symmetryPointOf(
  trends: readonly SymmetryTrend[],
  measure: CriterionMeasure,
  value: unknown,
  date: string | null,
): SymmetryPoint | null {
  const type = LSI_CRITERION_TESTS[measure];
  if (type === undefined || date === null || typeof value !== 'number') return null;
  const matches = (trends.find((t) => t.type === type)?.points ?? []).filter((p) => p.date === date && p.lsi === value);
  const distinct = new Set(
    matches.map((p) => JSON.stringify([p.epic, p.changeFromPrevious, p.withinMeasurementError])),
  );
  return distinct.size === 1 ? matches[matches.length - 1]! : null;
}
