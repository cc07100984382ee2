import { EFFUSION_GRADES } from '../measures/effusion.js';

/**
 * What a phase-exit or return-to-sport criterion can be about. Each measure has a kind (which fixes
 * the comparators and thresholds that make sense) and a unit. A protocol naming anything else, or an
 * impossible threshold, is refused (validateCriterion).
 */
export type CriterionKind =
  | { kind: 'number'; unit: string; min: number; max: number }
  | { kind: 'ordinal'; levels: readonly string[] }
  | { kind: 'boolean' };

const percent = { kind: 'number', unit: '%', min: 0, max: 1000 } as const;

export const CRITERION_MEASURES = {
  weeks_post_op: { label: 'Weeks since surgery', kind: 'number', unit: 'weeks', min: -520, max: 1040 },
  single_hop_lsi_pct: { label: 'Single hop LSI', ...percent },
  triple_hop_lsi_pct: { label: 'Triple hop LSI', ...percent },
  crossover_hop_lsi_pct: { label: 'Crossover hop LSI', ...percent },
  timed_hop_6m_lsi_pct: { label: '6 m timed hop LSI', ...percent },
  side_hop_30s_lsi_pct: { label: 'Side hop LSI', ...percent },
  vertical_hop_lsi_pct: { label: 'Vertical hop LSI', ...percent },
  single_hop_epic_pct: { label: 'Single hop EPIC', ...percent },
  quad_strength_lsi_pct: { label: 'Quadriceps strength LSI', ...percent },
  hamstring_strength_lsi_pct: { label: 'Hamstring strength LSI', ...percent },
  quad_strength_deficit_pct: { label: 'Quadriceps strength deficit', kind: 'number', unit: '%', min: -1000, max: 100 },
  ybt_composite_lsi_pct: { label: 'Y-balance composite LSI', ...percent },
  knee_ext_deficit_deg: { label: 'Knee extension deficit', kind: 'number', unit: '°', min: -30, max: 90 },
  knee_flex_deg: { label: 'Knee flexion', kind: 'number', unit: '°', min: 0, max: 180 },
  quad_lag_deg: { label: 'Quadriceps lag', kind: 'number', unit: '°', min: 0, max: 90 },
  effusion_grade: { label: 'Effusion (stroke test)', kind: 'ordinal', levels: EFFUSION_GRADES },
  running_t_test_s: { label: 'Running T-test', kind: 'number', unit: 's', min: 0, max: 120 },
  kos_adls_pct: { label: 'KOS-ADLS', kind: 'number', unit: '%', min: 0, max: 100 },
  grs_0_100: { label: 'Global rating of function', kind: 'number', unit: 'points', min: 0, max: 100 },
  ikdc_score: { label: 'IKDC', kind: 'number', unit: 'points', min: 0, max: 100 },
  acl_rsi_score: { label: 'ACL-RSI', kind: 'number', unit: 'points', min: 0, max: 100 },
  onfield_rehab_completed: { label: 'On-field rehabilitation completed', kind: 'boolean' },
} as const satisfies Record<string, { label: string } & CriterionKind>;

export type CriterionMeasure = keyof typeof CRITERION_MEASURES;

export function isCriterionMeasure(value: unknown): value is CriterionMeasure {
  return typeof value === 'string' && Object.hasOwn(CRITERION_MEASURES, value);
}
