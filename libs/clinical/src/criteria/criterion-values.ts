import type { Instrument } from '../registry/instruments.js';
import type { MeasureOutcome } from '../registry/compute-measure.js';
import type { MeasureType } from '../registry/measure-types.js';
import type { RehabMilestone } from '../measures/rehab-milestone.js';
import { timeSinceSurgery } from '../time/time-since-surgery.js';
import type { CalendarDate } from '../time/calendar-date.js';
import type { CriterionMeasure } from './criterion-measures.js';
import type { CriterionValue, CriterionValues } from './evaluate-criteria.js';

export interface RecordedMeasure {
  date: CalendarDate;
  outcome: MeasureOutcome;
}

export interface RecordedQuestionnaire {
  instrument: Instrument;
  date: CalendarDate;
  scores: Record<string, number | null>;
}

export interface CriterionSources {
  /** Current (not superseded or voided) measurements of the episode. */
  measures: readonly RecordedMeasure[];
  questionnaires: readonly RecordedQuestionnaire[];
  surgeryDate: CalendarDate | null;
  /** The day the criteria are evaluated on (today at the clinic). */
  asOf: CalendarDate;
}

type Extract = (outcome: MeasureOutcome) => CriterionValue['value'] | null | undefined;

const number = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : null);
const boolean = (value: unknown) => (typeof value === 'boolean' ? value : null);
const field = (value: unknown, ...path: string[]): unknown =>
  path.reduce<unknown>(
    (v, key) => (typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[key] : undefined),
    value,
  );

/**
 * Single-leg stance feeds the unipedal-stance criteria only on a firm surface (the surface of the
 * Springer 2007 norms, REFERENCE §4.3) and with the matching eyes condition: the involved limb's value.
 */
const stance =
  (eyes: 'open' | 'closed'): Extract =>
  (o) =>
    field(o.result, 'surface') === 'firm' && field(o.result, 'eyes') === eyes
      ? number(field(o.result, 'involved', 'value'))
      : null;

/**
 * Kyritsis' criterion is the quadriceps deficit on an isokinetic dynamometer at 60°/s; the library
 * reads it from concentric readings at exactly 60°/s (isometric readings have no velocity, and other
 * velocities or eccentric torques are not the criterion's test).
 */
const isokinetic60Deficit: Extract = (o) => {
  const protocol = field(o.result, 'protocol');
  return field(protocol, 'mode') === 'concentric' && field(protocol, 'velocityDegPerSecond') === 60
    ? number(field(o.result, 'deficitPercent'))
    : null;
};

const milestone =
  (name: RehabMilestone): Extract =>
  (o) =>
    field(o.result, 'milestone') === name ? boolean(field(o.result, 'completed')) : null;

/** An endurance test supplies its LSI and the involved limb's repetitions or seconds. */
const endurance = (lsi: CriterionMeasure, involved: CriterionMeasure): Partial<Record<CriterionMeasure, Extract>> => ({
  [lsi]: (o: MeasureOutcome) => o.lsi,
  [involved]: (o: MeasureOutcome) => number(field(o.result, 'involved')),
});

/** Which criterion measures each recorded measure type supplies, and how to read them. */
const FROM_MEASURES: Partial<Record<MeasureType, Partial<Record<CriterionMeasure, Extract>>>> = {
  hop_single: { single_hop_lsi_pct: (o) => o.lsi, single_hop_epic_pct: (o) => o.epic },
  hop_triple: { triple_hop_lsi_pct: (o) => o.lsi },
  hop_crossover: { crossover_hop_lsi_pct: (o) => o.lsi },
  hop_timed_6m: { timed_hop_6m_lsi_pct: (o) => o.lsi },
  hop_side: { side_hop_30s_lsi_pct: (o) => o.lsi },
  hop_vertical: { vertical_hop_lsi_pct: (o) => o.lsi },
  strength_quadriceps: {
    quad_strength_lsi_pct: (o) => o.lsi,
    quad_strength_deficit_pct: (o) => (o.lsi === null ? null : 100 - o.lsi),
    quad_isokinetic_60_deficit_pct: isokinetic60Deficit,
  },
  strength_hamstrings: { hamstring_strength_lsi_pct: (o) => o.lsi },
  y_balance: { ybt_composite_lsi_pct: (o) => o.lsi },
  knee_rom: {
    knee_ext_deficit_deg: (o) => number(field(o.result, 'involved', 'extensionDeficitDeg')),
    knee_flex_deg: (o) => number(field(o.result, 'involved', 'flexionDeg')),
    knee_flex_deficit_deg: (o) => number(field(o.result, 'flexionDeficitDeg')),
  },
  effusion: { effusion_grade: (o) => field(o.result, 'grade') as string | undefined },
  quadriceps_lag: { quad_lag_deg: (o) => number(field(o.result, 'degrees')) },
  running_t_test: { running_t_test_s: (o) => number(field(o.result, 'seconds')) },
  single_leg_stance: { unipedal_stance_eo_s: stance('open'), unipedal_stance_ec_s: stance('closed') },
  prone_heel_height: { prone_heel_height_diff_cm: (o) => number(field(o.result, 'differenceCm')) },
  single_leg_squat: { single_leg_squat_rating: (o) => field(o.result, 'rating') as string | undefined },
  endurance_single_leg_bridge: endurance('single_leg_bridge_reps_lsi_pct', 'single_leg_bridge_reps'),
  endurance_calf_raise: endurance('single_leg_calf_raise_reps_lsi_pct', 'single_leg_calf_raise_reps'),
  endurance_side_bridge: endurance('side_bridge_hold_lsi_pct', 'side_bridge_hold_s'),
  endurance_single_leg_rise: endurance('single_leg_rise_reps_lsi_pct', 'single_leg_rise_reps'),
  vestibular_balance: { vestibular_balance_pass: (o) => boolean(field(o.result, 'passed')) },
  leg_press_1rm: { leg_press_1rm_xbw: (o) => number(field(o.result, 'involvedXbw')) },
  mrss: { mrss_total: (o) => number(field(o.result, 'total')) },
  tsk11: { tsk11_score: (o) => number(field(o.result, 'total')) },
  rehab_milestone: {
    onfield_rehab_completed: milestone('onfield_rehab_completed'),
    prevention_program_active: milestone('prevention_program_active'),
  },
};

const FROM_QUESTIONNAIRES: Partial<Record<Instrument, CriterionMeasure>> = {
  kos_adls: 'kos_adls_pct',
  global_rating: 'grs_0_100',
  ikdc: 'ikdc_score',
  acl_rsi: 'acl_rsi_score',
  acl_rsi_short: 'acl_rsi_score',
};

/**
 * The latest value of every criterion measure, with its date, from an episode's current records:
 * the input of `evaluateCriteria`. A later date wins; on the same date the later record in the list.
 * Weeks since surgery are counted on `asOf`.
 */
export function latestCriterionValues(sources: CriterionSources): CriterionValues {
  const values: CriterionValues = {};
  const offer = (measure: CriterionMeasure, value: CriterionValue['value'] | null | undefined, date: string) => {
    if (value === null || value === undefined) return;
    const current = values[measure];
    if (!current || current.date <= date) values[measure] = { value, date };
  };
  for (const { date, outcome } of sources.measures) {
    for (const [measure, extract] of Object.entries(FROM_MEASURES[outcome.type] ?? {})) {
      offer(measure as CriterionMeasure, extract(outcome), date);
    }
  }
  for (const { instrument, date, scores } of sources.questionnaires) {
    const measure = FROM_QUESTIONNAIRES[instrument];
    if (measure) offer(measure, scores['total'], date);
  }
  const time = timeSinceSurgery(sources.surgeryDate, sources.asOf);
  if (time) values.weeks_post_op = { value: time.weeks, date: sources.asOf };
  return values;
}
