import { describe, expect, it } from '@jest/globals';
import { evaluateCriteria } from '../criteria/evaluate-criteria.js';
import { SEEDED_EXERCISES, seededExercise } from './exercise-catalogue.js';
import { SEEDED_PROTOCOL } from './post-aclr-protocol.js';
import type { ProtocolCriterion, ProtocolPhase } from './protocol-types.js';
import { validateProtocolDefinition } from './validate-protocol.js';

const exerciseExists = (id: string) => seededExercise(id) !== undefined;
const { definition } = SEEDED_PROTOCOL;

function phase(key: string): ProtocolPhase {
  const found = definition.phases.find((p) => p.key === key);
  if (found === undefined) throw new Error(`no phase ${key}`);
  return found;
}

const brief = (criteria: readonly ProtocolCriterion[]) =>
  criteria.map((c) => [c.measure, c.comparator, c.threshold, ...(c.bonus ? ['bonus'] : [])]);

describe('SEEDED_PROTOCOL', () => {
  it('passes validateProtocolDefinition against the seeded library, unchanged by normalisation', () => {
    const result = validateProtocolDefinition(definition, { exerciseExists });
    expect(result).toEqual({ ok: true, value: definition });
  });

  it('has the §2.5 identity and a valid fixed uuid', () => {
    expect(SEEDED_PROTOCOL.key).toBe('post-aclr-criteria-v1');
    expect(SEEDED_PROTOCOL.title).toBe(
      'Post-ACL reconstruction, criteria-based (Melbourne 2.0 structure + Delaware/Kyritsis RTS gates)',
    );
    expect(SEEDED_PROTOCOL.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(SEEDED_EXERCISES.map((e) => e.id)).not.toContain(SEEDED_PROTOCOL.id);
  });

  it('has the six phases of §2.5 in order, with their typical weeks', () => {
    expect(definition.phases.map((p) => [p.key, p.typicalWeeks.from, p.typicalWeeks.to])).toEqual([
      ['preop', -12, 0],
      ['p1', 0, 2],
      ['p2', 2, 12],
      ['p3', 12, 26],
      ['p4', 36, 52],
      ['p5', 52, null],
    ]);
    expect(definition.phases.filter((p) => p.preoperative).map((p) => p.key)).toEqual(['preop']);
    expect(definition.phases.filter((p) => p.returnToSportGate).map((p) => p.key)).toEqual(['p4']);
    expect(phase('p4').exitCriteria).toEqual([]);
    expect(phase('p5').exitCriteria).toEqual([]);
  });

  it('maps the pre-op criteria onto the engine measures (full extension as deficit ≤ 0)', () => {
    expect(brief(phase('preop').exitCriteria)).toEqual([
      ['knee_ext_deficit_deg', '<=', 0],
      ['knee_flex_deg', '>', 125],
      ['knee_flex_deficit_deg', '<=', 10],
      ['effusion_grade', '<=', '1+'],
      ['quad_lag_deg', '==', 0],
      ['quad_strength_lsi_pct', '>=', 80],
      ['single_hop_lsi_pct', '>=', 90],
    ]);
    expect(phase('preop').exitCriteria.map((c) => c.evidence)).toEqual(['S', 'S', 'V', 'S', 'V', 'U', 'S']);
    expect(phase('preop').guidance).toContain('EPIC');
  });

  it('passes a hyperextending knee on the full-extension criterion', () => {
    const [extension] = phase('p1').exitCriteria;
    if (extension === undefined) throw new Error('no criterion');
    const at = (value: number) =>
      evaluateCriteria([extension], { knee_ext_deficit_deg: { value, date: '2026-01-01' } });
    expect(at(-3).allMet).toBe(true);
    expect(at(0).allMet).toBe(true);
    expect(at(2).allMet).toBe(false);
  });

  it('splits the compound Melbourne phase-2 criteria and marks the leg press as bonus', () => {
    expect(brief(phase('p2').exitCriteria)).toEqual([
      ['prone_heel_height_diff_cm', '==', 0],
      ['knee_flex_deg', '>', 125],
      ['effusion_grade', '==', 'zero'],
      ['single_leg_squat_rating', '==', 'good'],
      ['single_leg_bridge_reps_lsi_pct', '>', 85],
      ['single_leg_bridge_reps', '>', 20],
      ['single_leg_calf_raise_reps_lsi_pct', '>', 85],
      ['single_leg_calf_raise_reps', '>', 20],
      ['side_bridge_hold_lsi_pct', '>', 85],
      ['side_bridge_hold_s', '>=', 30],
      ['single_leg_rise_reps_lsi_pct', '>', 85],
      ['single_leg_rise_reps', '>', 10],
      ['unipedal_stance_eo_s', '>=', 43],
      ['unipedal_stance_ec_s', '>=', 9],
      ['leg_press_1rm_xbw', '>=', 1.5, 'bonus'],
    ]);
  });

  it('maps the phase-3 criteria', () => {
    expect(brief(phase('p3').exitCriteria)).toEqual([
      ['single_hop_lsi_pct', '>', 95],
      ['triple_hop_lsi_pct', '>', 95],
      ['crossover_hop_lsi_pct', '>', 95],
      ['side_hop_30s_lsi_pct', '>', 95],
      ['single_leg_rise_reps', '>', 22],
      ['ybt_composite_lsi_pct', '>', 95],
      ['vestibular_balance_pass', '==', true],
      ['leg_press_1rm_xbw', '>=', 1.8, 'bonus'],
    ]);
    expect(phase('p3').guidance).toContain('Rambaud 2018');
  });

  it('tags every Melbourne phase criterion S and gives every criterion a source', () => {
    for (const key of ['p1', 'p2', 'p3']) {
      expect(new Set(phase(key).exitCriteria.map((c) => c.evidence))).toEqual(new Set(['S']));
    }
    const all = [
      ...definition.phases.flatMap((p) => p.exitCriteria),
      ...definition.returnToSportSets.flatMap((s) => s.criteria),
    ];
    for (const criterion of all) {
      expect(criterion.source).toEqual(expect.any(String));
      expect(criterion.evidence).not.toBeNull();
    }
    expect(all.filter((c) => c.bonus).map((c) => c.measure)).toEqual(['leg_press_1rm_xbw', 'leg_press_1rm_xbw']);
  });

  it('offers the Delaware-Oslo, Kyritsis, Melbourne and clinic return-to-sport sets', () => {
    const sets = definition.returnToSportSets;
    expect(sets.map((s) => [s.key, s.evidence])).toEqual([
      ['delaware', 'V'],
      ['kyritsis', 'V'],
      ['melbourne', 'S'],
      ['clinic', null],
    ]);
    const [delaware, kyritsis, melbourne, clinic] = sets;
    expect(brief(delaware?.criteria ?? [])).toEqual([
      ['weeks_post_op', '>=', 39],
      ['quad_strength_lsi_pct', '>=', 90],
      ['single_hop_lsi_pct', '>=', 90],
      ['crossover_hop_lsi_pct', '>=', 90],
      ['triple_hop_lsi_pct', '>=', 90],
      ['timed_hop_6m_lsi_pct', '>=', 90],
      ['kos_adls_pct', '>=', 90],
      ['grs_0_100', '>=', 90],
    ]);
    expect(brief(kyritsis?.criteria ?? [])).toEqual([
      ['quad_isokinetic_60_deficit_pct', '<', 10],
      ['single_hop_lsi_pct', '>', 90],
      ['triple_hop_lsi_pct', '>', 90],
      ['crossover_hop_lsi_pct', '>', 90],
      ['onfield_rehab_completed', '==', true],
      ['running_t_test_s', '<', 11],
    ]);
    expect(brief(melbourne?.criteria ?? [])).toEqual([
      ['mrss_total', '>=', 95],
      ['tsk11_score', '<=', 18],
      ['prevention_program_active', '==', true],
    ]);
    expect(clinic?.name).toBe('Clinic-defined (edit me)');
    expect(clinic?.criteria).toEqual(delaware?.criteria);
    expect(clinic?.criteria).not.toBe(delaware?.criteria);
    expect(clinic?.source).toMatch(/copy/i);
  });

  it('lists 4–7 catalogue exercises per post-operative phase, tagged with it, at their default dosage', () => {
    for (const p of definition.phases) {
      expect(p.exercises.length).toBeGreaterThanOrEqual(4);
      expect(p.exercises.length).toBeLessThanOrEqual(7);
      const skills = new Set<string>();
      for (const item of p.exercises) {
        const exercise = seededExercise(item.exerciseId);
        expect(exercise).toBeDefined();
        if (exercise === undefined) continue;
        exercise.skills.forEach((s) => skills.add(s));
        expect(item).toEqual({ exerciseId: exercise.id, dosage: exercise.defaultDosage, progression: {}, notes: null });
        // No exercise is tagged pre-op: the pre-op phase uses the P1 ones.
        expect(exercise.phases).toContain(p.key === 'preop' ? 'p1' : p.key);
      }
      expect(skills.size).toBeGreaterThanOrEqual(2);
    }
  });
});
