import { EFFUSION_GRADES } from '../measures/effusion.js';
import { SINGLE_LEG_SQUAT_RATINGS } from '../measures/single-leg-squat.js';

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
const deficitPercent = { kind: 'number', unit: '%', min: -1000, max: 100 } as const;
const reps = { kind: 'number', unit: 'reps', min: 0, max: 200 } as const;
const seconds = { kind: 'number', unit: 's', min: 0, max: 600 } as const;

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
  quad_strength_deficit_pct: { label: 'Quadriceps strength deficit', ...deficitPercent },
  /** 100 − LSI of concentric isokinetic quadriceps torque at 60°/s only (Kyritsis 2016). */
  quad_isokinetic_60_deficit_pct: { label: 'Quadriceps isokinetic deficit at 60°/s', ...deficitPercent },
  ybt_composite_lsi_pct: { label: 'Y-balance composite LSI', ...percent },
  knee_ext_deficit_deg: { label: 'Knee extension deficit', kind: 'number', unit: '°', min: -30, max: 90 },
  knee_flex_deg: { label: 'Knee flexion', kind: 'number', unit: '°', min: 0, max: 180 },
  /** Uninvolved minus involved flexion (UD pre-op goal: within 10°). */
  knee_flex_deficit_deg: { label: 'Knee flexion deficit vs other knee', kind: 'number', unit: '°', min: -30, max: 180 },
  prone_heel_height_diff_cm: { label: 'Prone heel-height difference', kind: 'number', unit: 'cm', min: 0, max: 40 },
  quad_lag_deg: { label: 'Quadriceps lag', kind: 'number', unit: '°', min: 0, max: 90 },
  effusion_grade: { label: 'Effusion (stroke test)', kind: 'ordinal', levels: EFFUSION_GRADES },
  single_leg_squat_rating: { label: 'Single-leg squat quality', kind: 'ordinal', levels: SINGLE_LEG_SQUAT_RATINGS },
  single_leg_bridge_reps_lsi_pct: { label: 'Single-leg bridge LSI', ...percent },
  single_leg_bridge_reps: { label: 'Single-leg bridge (involved)', ...reps },
  single_leg_calf_raise_reps_lsi_pct: { label: 'Single-leg calf raise LSI', ...percent },
  single_leg_calf_raise_reps: { label: 'Single-leg calf raise (involved)', ...reps },
  side_bridge_hold_lsi_pct: { label: 'Side bridge LSI', ...percent },
  side_bridge_hold_s: { label: 'Side bridge (involved side)', ...seconds },
  single_leg_rise_reps_lsi_pct: { label: 'Single-leg rise LSI', ...percent },
  single_leg_rise_reps: { label: 'Single-leg rise (involved)', ...reps },
  /** Involved limb, firm surface only (the Springer 2007 norms). */
  unipedal_stance_eo_s: { label: 'Single-leg stance, eyes open (firm)', ...seconds },
  unipedal_stance_ec_s: { label: 'Single-leg stance, eyes closed (firm)', ...seconds },
  vestibular_balance_pass: { label: 'Single-leg stance with head turns passed', kind: 'boolean' },
  leg_press_1rm_xbw: { label: 'Single-leg leg press 1RM', kind: 'number', unit: '× BW', min: 0, max: 10 },
  running_t_test_s: { label: 'Running T-test', kind: 'number', unit: 's', min: 0, max: 120 },
  kos_adls_pct: { label: 'KOS-ADLS', kind: 'number', unit: '%', min: 0, max: 100 },
  grs_0_100: { label: 'Global rating of function', kind: 'number', unit: 'points', min: 0, max: 100 },
  ikdc_score: { label: 'IKDC', kind: 'number', unit: 'points', min: 0, max: 100 },
  acl_rsi_score: { label: 'ACL-RSI', kind: 'number', unit: 'points', min: 0, max: 100 },
  mrss_total: { label: 'Melbourne Return to Sport Score', kind: 'number', unit: 'points', min: 0, max: 100 },
  tsk11_score: { label: 'TSK-11', kind: 'number', unit: 'points', min: 11, max: 44 },
  onfield_rehab_completed: { label: 'On-field rehabilitation completed', kind: 'boolean' },
  prevention_program_active: { label: 'Injury-prevention programme active', kind: 'boolean' },
} as const satisfies Record<string, { label: string } & CriterionKind>;

export type CriterionMeasure = keyof typeof CRITERION_MEASURES;

export function isCriterionMeasure(value: unknown): value is CriterionMeasure {
  return typeof value === 'string' && Object.hasOwn(CRITERION_MEASURES, value);
}
