import { describe, expect, it } from '@jest/globals';
import { computeMeasure } from '../registry/compute-measure.js';
import { isCriterionMeasure, type CriterionMeasure } from './criterion-measures.js';
import { latestCriterionValues, type RecordedMeasure } from './criterion-values.js';
import { evaluateCriteria, validateCriterion, type Criterion, type CriterionComparator } from './evaluate-criteria.js';

/**
 * The exit criteria of the REFERENCE §2.5 "post-ACL protocol template", as written there (measure
 * names, comparators and values untouched; `and` is the YAML's compound condition).
 */
interface TemplateCriterion {
  measure: string;
  op: CriterionComparator;
  value: number | string | boolean;
  bonus?: boolean;
  and?: { reps?: string; seconds?: string };
}

const TEMPLATE: Record<string, TemplateCriterion[]> = {
  preop: [
    { measure: 'knee_ext_prom_deg', op: '==', value: 0 },
    { measure: 'knee_flex_prom_deg', op: '>', value: 125 },
    { measure: 'knee_flex_deficit_vs_uninvolved_deg', op: '<=', value: 10 },
    { measure: 'effusion_stroke_grade', op: '<=', value: '1+' },
    { measure: 'slr_extension_lag_deg', op: '==', value: 0 },
    { measure: 'quad_strength_lsi_pct', op: '>=', value: 80 },
    { measure: 'single_hop_lsi_pct', op: '>=', value: 90 },
  ],
  p1: [
    { measure: 'knee_ext_prom_deg', op: '==', value: 0 },
    { measure: 'knee_flex_prom_deg', op: '>', value: 125 },
    { measure: 'effusion_stroke_grade', op: '<=', value: '1+' },
    { measure: 'quad_lag_deg', op: '<=', value: 5 },
  ],
  p2: [
    { measure: 'prone_hang_heel_height_diff_cm', op: '==', value: 0 },
    { measure: 'knee_flex_prom_deg', op: '>', value: 125 },
    { measure: 'effusion_stroke_grade', op: '==', value: '0' },
    { measure: 'single_leg_squat_rating', op: '==', value: 'good' },
    { measure: 'single_leg_bridge_reps_lsi_pct', op: '>', value: 85, and: { reps: '>20' } },
    { measure: 'single_leg_calf_raise_reps_lsi_pct', op: '>', value: 85, and: { reps: '>20' } },
    { measure: 'side_bridge_hold_lsi_pct', op: '>', value: 85, and: { seconds: '>=30' } },
    { measure: 'single_leg_rise_reps_lsi_pct', op: '>', value: 85, and: { reps: '>10' } },
    { measure: 'unipedal_stance_eo_s', op: '>=', value: 43 },
    { measure: 'unipedal_stance_ec_s', op: '>=', value: 9 },
    { measure: 'slr_leg_press_1rm_xbw', op: '>=', value: 1.5, bonus: true },
  ],
  p3: [
    { measure: 'single_hop_lsi_pct', op: '>', value: 95 },
    { measure: 'triple_hop_lsi_pct', op: '>', value: 95 },
    { measure: 'triple_crossover_hop_lsi_pct', op: '>', value: 95 },
    { measure: 'side_hop_30s_lsi_pct', op: '>', value: 95 },
    { measure: 'single_leg_rise_reps', op: '>', value: 22 },
    { measure: 'sebt_or_ybt_composite_lsi_pct', op: '>', value: 95 },
    { measure: 'vestibular_single_leg_balance', op: '==', value: 'pass' },
    { measure: 'slr_leg_press_1rm_xbw', op: '>=', value: 1.8, bonus: true },
  ],
  delaware: [
    { measure: 'weeks_post_op', op: '>=', value: 39 },
    { measure: 'quad_strength_lsi_pct', op: '>=', value: 90 },
    { measure: 'single_hop_lsi_pct', op: '>=', value: 90 },
    { measure: 'crossover_hop_lsi_pct', op: '>=', value: 90 },
    { measure: 'triple_hop_lsi_pct', op: '>=', value: 90 },
    { measure: 'timed_hop_6m_lsi_pct', op: '>=', value: 90 },
    { measure: 'kos_adls_pct', op: '>=', value: 90 },
    { measure: 'grs_0_100', op: '>=', value: 90 },
  ],
  kyritsis: [
    { measure: 'quad_isokinetic_60_deficit_pct', op: '<', value: 10 },
    { measure: 'single_hop_lsi_pct', op: '>', value: 90 },
    { measure: 'triple_hop_lsi_pct', op: '>', value: 90 },
    { measure: 'triple_crossover_hop_lsi_pct', op: '>', value: 90 },
    { measure: 'onfield_rehab_completed', op: '==', value: true },
    { measure: 'running_t_test_s', op: '<', value: 11 },
  ],
  melbourne: [
    { measure: 'mrss_total', op: '>=', value: 95 },
    { measure: 'tsk11', op: '<=', value: 18 },
    { measure: 'prevention_program_active', op: '==', value: true },
  ],
};

/** Template names that are not criterion keys, and the key each is recorded as (CLINICAL-DECISIONS). */
const TEMPLATE_NAMES: Readonly<Record<string, CriterionMeasure>> = {
  knee_ext_prom_deg: 'knee_ext_deficit_deg',
  knee_flex_prom_deg: 'knee_flex_deg',
  knee_flex_deficit_vs_uninvolved_deg: 'knee_flex_deficit_deg',
  effusion_stroke_grade: 'effusion_grade',
  slr_extension_lag_deg: 'quad_lag_deg',
  prone_hang_heel_height_diff_cm: 'prone_heel_height_diff_cm',
  triple_crossover_hop_lsi_pct: 'crossover_hop_lsi_pct',
  sebt_or_ybt_composite_lsi_pct: 'ybt_composite_lsi_pct',
  slr_leg_press_1rm_xbw: 'leg_press_1rm_xbw',
  vestibular_single_leg_balance: 'vestibular_balance_pass',
  tsk11: 'tsk11_score',
};

/** The second half of a compound "LSI and count" criterion. */
const COMPOUND_PARTNER: Readonly<Record<string, CriterionMeasure>> = {
  single_leg_bridge_reps_lsi_pct: 'single_leg_bridge_reps',
  single_leg_calf_raise_reps_lsi_pct: 'single_leg_calf_raise_reps',
  side_bridge_hold_lsi_pct: 'side_bridge_hold_s',
  single_leg_rise_reps_lsi_pct: 'single_leg_rise_reps',
};

const measureOf = (name: string): string => TEMPLATE_NAMES[name] ?? name;

/** The template's criterion in library terms: one or two criteria. */
function toCriteria(t: TemplateCriterion): Criterion[] {
  const measure = measureOf(t.measure) as CriterionMeasure;
  let comparator = t.op;
  let threshold = t.value;
  // "Extension == 0" means full extension; hyperextension (a negative deficit) also meets it.
  if (measure === 'knee_ext_deficit_deg') comparator = '<=';
  if (measure === 'effusion_grade' && threshold === '0') threshold = 'zero';
  if (measure === 'vestibular_balance_pass') threshold = t.value === 'pass';
  const criteria: Criterion[] = [{ measure, comparator, threshold, ...(t.bonus ? { bonus: true } : {}) }];
  const condition = t.and?.reps ?? t.and?.seconds;
  if (condition !== undefined) {
    const [, op, value] = /^(>=|<=|>|<)(\d+)$/.exec(condition) ?? [];
    const partner = COMPOUND_PARTNER[measure];
    if (partner === undefined || op === undefined || value === undefined) throw new Error(`bad compound ${t.measure}`);
    criteria.push({ measure: partner, comparator: op as CriterionComparator, threshold: Number(value) });
  }
  return criteria;
}

const everyTemplateCriterion = Object.values(TEMPLATE).flat();
const libraryCriteria = everyTemplateCriterion.flatMap(toCriteria);

describe('REFERENCE §2.5 protocol template', () => {
  it('names only criterion measures once the documented names are mapped', () => {
    const unknown = everyTemplateCriterion.map((t) => measureOf(t.measure)).filter((m) => !isCriterionMeasure(m));
    expect(unknown).toEqual([]);
  });

  it('includes the measures this mapping was made for', () => {
    const used = new Set(libraryCriteria.map((c) => c.measure));
    for (const measure of [
      'knee_flex_deficit_deg',
      'prone_heel_height_diff_cm',
      'single_leg_squat_rating',
      'single_leg_bridge_reps',
      'side_bridge_hold_s',
      'single_leg_rise_reps',
      'unipedal_stance_eo_s',
      'unipedal_stance_ec_s',
      'vestibular_balance_pass',
      'leg_press_1rm_xbw',
      'quad_isokinetic_60_deficit_pct',
      'mrss_total',
      'tsk11_score',
      'prevention_program_active',
      'onfield_rehab_completed',
    ] as const) {
      expect({ measure, used: used.has(measure) }).toEqual({ measure, used: true });
    }
  });

  it('gives valid criteria: comparator and threshold fit each measure', () => {
    const issues = libraryCriteria.flatMap((c) => validateCriterion(c, c.measure));
    expect(issues).toEqual([]);
  });

  it('can be fed from records: one set of records gives every template criterion a value', () => {
    const record = (type: string, input: unknown, bodyMassKg?: number): RecordedMeasure => {
      const outcome = computeMeasure(type, input, { bodyMassKg: bodyMassKg ?? null });
      if (!outcome.ok) throw new Error(`${type}: ${JSON.stringify(outcome.issues)}`);
      return { date: '2026-10-01', outcome: outcome.value };
    };
    const hop = { trials: { involved: [150], uninvolved: [155] } };
    const isokinetic = (value: number) => ({
      value,
      unit: 'N.m',
      device: 'Biodex',
      mode: 'concentric',
      velocityDegPerSecond: 60,
    });
    const measures = [
      record('knee_rom', {
        involved: { extensionDeficitDeg: 0, flexionDeg: 135 },
        uninvolved: { extensionDeficitDeg: -2, flexionDeg: 140 },
      }),
      record('effusion', { grade: 'zero' }),
      record('quadriceps_lag', { degrees: 0 }),
      record('strength_quadriceps', { involved: isokinetic(190), uninvolved: isokinetic(200) }),
      record('hop_single', hop),
      record('hop_triple', hop),
      record('hop_crossover', hop),
      record('hop_side', { trials: { involved: [40], uninvolved: [41] } }),
      record('hop_timed_6m', { trials: { involved: [2.1], uninvolved: [2.05] } }),
      record('y_balance', {
        involved: { limbLengthCm: 90, reachCm: { anterior: [68], posteromedial: [100], posterolateral: [95] } },
        uninvolved: { limbLengthCm: 90, reachCm: { anterior: [69], posteromedial: [101], posterolateral: [96] } },
      }),
      record('prone_heel_height', { differenceCm: 0 }),
      record('single_leg_squat', { rating: 'good', reps: 5 }),
      record('endurance_single_leg_bridge', { involved: 25, uninvolved: 26 }),
      record('endurance_calf_raise', { involved: 25, uninvolved: 26 }),
      record('endurance_side_bridge', { involved: 45, uninvolved: 46 }),
      record('endurance_single_leg_rise', { involved: 25, uninvolved: 26 }),
      record('single_leg_stance', { eyes: 'open', surface: 'firm', trials: { involved: [45] } }),
      record('single_leg_stance', { eyes: 'closed', surface: 'firm', trials: { involved: [12] } }),
      record('vestibular_balance', { passed: true }),
      record('leg_press_1rm', { involvedKg: 150, uninvolvedKg: 155 }, 80),
      record('running_t_test', { trialsSeconds: [10.4] }),
      record('mrss', { total: 97 }),
      record('tsk11', { total: 15 }),
      record('rehab_milestone', { milestone: 'onfield_rehab_completed', completed: true }),
      record('rehab_milestone', { milestone: 'prevention_program_active', completed: true }),
    ];
    const values = latestCriterionValues({
      measures,
      questionnaires: [
        { instrument: 'kos_adls', date: '2026-10-01', scores: { total: 95 } },
        { instrument: 'global_rating', date: '2026-10-01', scores: { total: 92 } },
      ],
      surgeryDate: '2026-01-01',
      asOf: '2026-10-02',
    });
    const missing = libraryCriteria.map((c) => c.measure).filter((m) => values[m] === undefined);
    expect(missing).toEqual([]);
    // These records are a patient ready to leave every phase: each required criterion is met.
    for (const [phase, criteria] of Object.entries(TEMPLATE)) {
      const result = evaluateCriteria(criteria.flatMap(toCriteria), values);
      expect({ phase, allMet: result.allMet, notMet: result.criteria.filter((c) => c.status !== 'met') }).toEqual({
        phase,
        allMet: true,
        notMet: [],
      });
    }
  });

  it('meets "knee extension == 0" with full extension or hyperextension, not with a deficit', () => {
    const [extension] = toCriteria({ measure: 'knee_ext_prom_deg', op: '==', value: 0 });
    const judge = (deficit: number) =>
      evaluateCriteria(extension ? [extension] : [], { knee_ext_deficit_deg: { value: deficit, date: '2026-01-01' } })
        .criteria[0]?.status;
    expect([judge(0), judge(-4), judge(2)]).toEqual(['met', 'met', 'not_met']);
  });
});
