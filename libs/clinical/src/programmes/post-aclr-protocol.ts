import { deepFreeze, type Evidence } from '../interpretation/evidence.js';
import type { CriterionComparator } from '../criteria/evaluate-criteria.js';
import type { CriterionMeasure } from '../criteria/criterion-measures.js';
import { SEEDED_EXERCISES } from './exercise-catalogue.js';
import type { CriteriaSet, PhaseExercise, ProtocolCriterion, ProtocolDefinition } from './protocol-types.js';

/** The seeded protocol as the API seeds it: read-only; a clinic clones it to adapt it. */
export interface SeededProtocol {
  id: string;
  key: string;
  title: string;
  description: string;
  definition: ProtocolDefinition;
}

const MELBOURNE = 'Melbourne ACL Rehabilitation Guide 2.0 (public transcription of the Dutch translation)';
const UD = 'University of Delaware PT ACL practice guideline';
const GRINDEM_2020 = 'Grindem 2020 BJSM';
const DELAWARE_EXPERIENCE = 'The Delaware Experience (Return to Play in Football, 2018)';
const KYRITSIS = 'Kyritsis 2016 BJSM';

function criterion(
  measure: CriterionMeasure,
  comparator: CriterionComparator,
  threshold: number | string | boolean,
  evidence: Evidence,
  source: string,
  bonus = false,
): ProtocolCriterion {
  return { measure, comparator, threshold, evidence, source, bonus };
}

/** A catalogue exercise with its default dosage, no progression set yet. */
function exercise(catalogueNumber: number): PhaseExercise {
  const found = SEEDED_EXERCISES.find((e) => e.catalogueNumber === catalogueNumber);
  if (found === undefined) throw new Error(`No seeded exercise #${catalogueNumber}`);
  return { exerciseId: found.id, dosage: { ...found.defaultDosage }, progression: {}, notes: null };
}

/*
 * "knee_ext_prom_deg == 0" becomes `knee_ext_deficit_deg <= 0`. The library measures extension as a
 * deficit on the flexion axis (0 = straight, negative = hyperextension, see CLINICAL-DECISIONS), and
 * the clinical aim is full extension: a knee that hyperextends has full extension and must not fail
 * a "== 0" rule.
 */
const fullExtension = (evidence: Evidence, source: string) =>
  criterion('knee_ext_deficit_deg', '<=', 0, evidence, source);

const DELAWARE_CRITERIA: ProtocolCriterion[] = [
  criterion('weeks_post_op', '>=', 39, 'V', `${DELAWARE_EXPERIENCE} (≥ 9 months); Grindem 2016 BJSM`),
  criterion('quad_strength_lsi_pct', '>=', 90, 'V', `${GRINDEM_2020}; ${DELAWARE_EXPERIENCE}`),
  criterion('single_hop_lsi_pct', '>=', 90, 'V', DELAWARE_EXPERIENCE),
  criterion('crossover_hop_lsi_pct', '>=', 90, 'V', DELAWARE_EXPERIENCE),
  criterion('triple_hop_lsi_pct', '>=', 90, 'V', DELAWARE_EXPERIENCE),
  criterion('timed_hop_6m_lsi_pct', '>=', 90, 'V', DELAWARE_EXPERIENCE),
  criterion('kos_adls_pct', '>=', 90, 'V', `${GRINDEM_2020}; ${DELAWARE_EXPERIENCE}`),
  criterion('grs_0_100', '>=', 90, 'V', `${GRINDEM_2020}; ${DELAWARE_EXPERIENCE}`),
];

const RETURN_TO_SPORT_SETS: CriteriaSet[] = [
  {
    key: 'delaware',
    name: 'Delaware-Oslo',
    evidence: 'V',
    source: `Grindem 2016 and 2020 BJSM; ${DELAWARE_EXPERIENCE}`,
    criteria: DELAWARE_CRITERIA,
  },
  {
    key: 'kyritsis',
    name: 'Kyritsis 2016',
    evidence: 'V',
    source: KYRITSIS,
    criteria: [
      criterion('quad_isokinetic_60_deficit_pct', '<', 10, 'V', KYRITSIS),
      criterion('single_hop_lsi_pct', '>', 90, 'V', KYRITSIS),
      criterion('triple_hop_lsi_pct', '>', 90, 'V', KYRITSIS),
      criterion('crossover_hop_lsi_pct', '>', 90, 'V', KYRITSIS),
      criterion('onfield_rehab_completed', '==', true, 'V', KYRITSIS),
      criterion('running_t_test_s', '<', 11, 'V', KYRITSIS),
    ],
  },
  {
    key: 'melbourne',
    name: 'Melbourne Return to Sport Score (2.0)',
    evidence: 'S',
    source: MELBOURNE,
    criteria: [
      criterion('mrss_total', '>=', 95, 'S', MELBOURNE),
      criterion('tsk11_score', '<=', 18, 'S', `${MELBOURNE}; its "pass 11–18" rule`),
      criterion('prevention_program_active', '==', true, 'S', MELBOURNE),
    ],
  },
  {
    // A starting point for a clinic's own gate, edited in the clinic's copy of the protocol. It is
    // the Delaware-Oslo set unchanged (each criterion keeps its evidence and source); no threshold is
    // invented. The set as a whole is the clinic's, so it carries no evidence tag of its own.
    key: 'clinic',
    name: 'Clinic-defined (edit me)',
    evidence: null,
    source: 'A copy of the Delaware-Oslo set, for the clinic to adapt in its own copy of this protocol',
    criteria: DELAWARE_CRITERIA.map((c) => ({ ...c })),
  },
];

/**
 * The seedable post-ACLR protocol of REFERENCE §2.5: the Melbourne 2.0 phase structure, phase exits
 * from the Melbourne transcription and the University of Delaware guideline, and a choice of
 * return-to-sport gates. Typical weeks are advisory; progression is by the exit criteria.
 *
 * Decisions where §2.5 is silent:
 * - No catalogue exercise is tagged pre-op (§5 starts at P1), so the pre-op phase lists the
 *   early-phase (P1) exercises, which serve the pre-op goals (full extension, no quadriceps lag,
 *   quadriceps strength). Every other phase lists only exercises tagged with it.
 * - The UD pre-op quadriceps index 80% is tagged U, not V: the value is verified but its comparator
 *   was lost in the source copy (as in STRENGTH_THRESHOLDS.quadricepsLsiPreopUd).
 * - The compound Melbourne criteria ("LSI > 85 and reps > 20") are two criteria, both gating.
 * - The return-to-sport sets carry their set's tag on each criterion (the YAML tags the set).
 */
export const SEEDED_PROTOCOL: SeededProtocol = deepFreeze({
  id: '5e0d0001-0000-4000-8000-000000000001',
  key: 'post-aclr-criteria-v1',
  title: 'Post-ACL reconstruction, criteria-based (Melbourne 2.0 structure + Delaware/Kyritsis RTS gates)',
  description:
    'Six phases from injury recovery to re-injury prevention, following the Melbourne ACL Rehabilitation Guide 2.0. ' +
    'Each phase ends when its exit criteria are met; the typical weeks are advisory only. The return-to-sport ' +
    'gate is chosen per programme: Delaware-Oslo, Kyritsis, Melbourne or a clinic-defined set.',
  definition: {
    phases: [
      {
        key: 'preop',
        name: 'Injury recovery & readiness for surgery',
        typicalWeeks: { from: -12, to: 0 },
        preoperative: true,
        returnToSportGate: false,
        exitCriteria: [
          fullExtension('S', MELBOURNE),
          criterion('knee_flex_deg', '>', 125, 'S', MELBOURNE),
          criterion('knee_flex_deficit_deg', '<=', 10, 'V', UD),
          criterion('effusion_grade', '<=', '1+', 'S', `${MELBOURNE}; the UD guideline aims for trace to zero`),
          criterion('quad_lag_deg', '==', 0, 'V', UD),
          criterion('quad_strength_lsi_pct', '>=', 80, 'U', `${UD}; the value 80 is verified, ≥ is presumed`),
          criterion('single_hop_lsi_pct', '>=', 90, 'S', MELBOURNE),
        ],
        exercises: [1, 2, 3, 4, 11, 12].map(exercise),
        guidance:
          'Record baseline uninvolved-limb values for EPIC. The University of Delaware guideline aims for ' +
          'trace-to-zero effusion; the Melbourne transcription asks ≥ 90% for quadriceps and hamstrings.',
      },
      {
        key: 'p1',
        name: 'Recovery from surgery',
        typicalWeeks: { from: 0, to: 2 },
        preoperative: false,
        returnToSportGate: false,
        exitCriteria: [
          fullExtension('S', MELBOURNE),
          criterion('knee_flex_deg', '>', 125, 'S', MELBOURNE),
          criterion('effusion_grade', '<=', '1+', 'S', MELBOURNE),
          criterion('quad_lag_deg', '<=', 5, 'S', MELBOURNE),
        ],
        exercises: [1, 2, 3, 4, 11, 12].map(exercise),
        guidance: null,
      },
      {
        key: 'p2',
        name: 'Strength & neuromuscular control',
        typicalWeeks: { from: 2, to: 12 },
        preoperative: false,
        returnToSportGate: false,
        exitCriteria: [
          criterion('prone_heel_height_diff_cm', '==', 0, 'S', `${MELBOURNE}; 1 cm ≈ 1°`),
          criterion('knee_flex_deg', '>', 125, 'S', MELBOURNE),
          criterion('effusion_grade', '==', 'zero', 'S', MELBOURNE),
          criterion('single_leg_squat_rating', '==', 'good', 'S', `${MELBOURNE}; 5 slow reps off a 20 cm box`),
          criterion('single_leg_bridge_reps_lsi_pct', '>', 85, 'S', MELBOURNE),
          criterion('single_leg_bridge_reps', '>', 20, 'S', MELBOURNE),
          criterion('single_leg_calf_raise_reps_lsi_pct', '>', 85, 'S', MELBOURNE),
          criterion('single_leg_calf_raise_reps', '>', 20, 'S', MELBOURNE),
          criterion('side_bridge_hold_lsi_pct', '>', 85, 'S', MELBOURNE),
          criterion('side_bridge_hold_s', '>=', 30, 'S', MELBOURNE),
          criterion('single_leg_rise_reps_lsi_pct', '>', 85, 'S', MELBOURNE),
          criterion('single_leg_rise_reps', '>', 10, 'S', MELBOURNE),
          criterion('unipedal_stance_eo_s', '>=', 43, 'S', `${MELBOURNE}; Springer 2007 norm, 18–39 y`),
          criterion('unipedal_stance_ec_s', '>=', 9, 'S', `${MELBOURNE}; Springer 2007 norm, 18–39 y`),
          criterion('leg_press_1rm_xbw', '>=', 1.5, 'S', MELBOURNE, true),
        ],
        exercises: [18, 14, 15, 19, 12, 9, 4].map(exercise),
        guidance:
          'Single-leg squat: 5 slow repetitions off a 20 cm box, rated good, fair or poor. Prone hang: ' +
          '1 cm of heel-height difference is about 1°. The leg press target is shown but does not gate.',
      },
      {
        key: 'p3',
        name: 'Running, agility & landings',
        typicalWeeks: { from: 12, to: 26 },
        preoperative: false,
        returnToSportGate: false,
        exitCriteria: [
          criterion('single_hop_lsi_pct', '>', 95, 'S', MELBOURNE),
          criterion('triple_hop_lsi_pct', '>', 95, 'S', MELBOURNE),
          criterion('crossover_hop_lsi_pct', '>', 95, 'S', MELBOURNE),
          criterion('side_hop_30s_lsi_pct', '>', 95, 'S', MELBOURNE),
          criterion('single_leg_rise_reps', '>', 22, 'S', MELBOURNE),
          criterion('ybt_composite_lsi_pct', '>', 95, 'S', `${MELBOURNE}; SEBT or Y-balance composite`),
          criterion('vestibular_balance_pass', '==', true, 'S', MELBOURNE),
          criterion('leg_press_1rm_xbw', '>=', 1.8, 'S', MELBOURNE, true),
        ],
        exercises: [21, 27, 31, 10, 5, 19, 35].map(exercise),
        guidance:
          'Running-start criteria vary by source; e.g. pain <2/10, flexion >=95% of other side, full extension, ' +
          'no effusion, isometric quads & hams >70%, single hop >70%, SLS/step-up without valgus ' +
          '[S: Rambaud 2018 via secondary page]',
      },
      {
        key: 'p4',
        name: 'Return to sport',
        typicalWeeks: { from: 36, to: 52 },
        preoperative: false,
        returnToSportGate: true,
        exitCriteria: [],
        exercises: [33, 36, 37, 38, 31, 13].map(exercise),
        guidance:
          'The exit gate is the return-to-sport set chosen for the programme. Returning at 9 months or later ' +
          'is strongly supported (Grindem 2016 [V]).',
      },
      {
        key: 'p5',
        name: 'Prevention of re-injury',
        typicalWeeks: { from: 52, to: null },
        preoperative: false,
        returnToSportGate: false,
        exitCriteria: [],
        exercises: [21, 11, 12, 13, 17, 26, 33].map(exercise),
        guidance:
          'Injury-prevention warm-up containing plyometric, balance and strength work, performed before every ' +
          'training/match (Melbourne transcription: >=10 min [S]); FIFA 11+ >=2x/week [V].',
      },
    ],
    returnToSportSets: RETURN_TO_SPORT_SETS,
  },
});
