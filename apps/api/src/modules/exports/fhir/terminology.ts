import { CRITERION_MEASURES, type CriterionMeasure, type Evidence, type Instrument } from '@proprio/clinical';
import { NOTE_TYPE_LABELS, PROPRIO_FHIR_BASE, PROPRIO_MEASURE_CODE_SYSTEM, type NoteType } from '@proprio/contracts';
import type { CodeableConcept, Coding } from './fhir-r4.js';

/**
 * Every code system, code and identifier system the FHIR export writes, as data, each with where it
 * comes from and how sure we are of it: the evidence tags of REFERENCE.md ([V] verified in the
 * primary source, [S] secondary sources only, [U] unverified), or `local` for the codes Proprio
 * defines itself because no standard code was found (REFERENCE §7.2). Nothing in the export spells a
 * system or code anywhere else, except the UCUM unit codes of the measured values, which live with
 * those values (measurement-values.ts) because the CSV prints the same codes.
 */
export type TerminologyEvidence = Evidence | 'local';

export interface SystemDefinition {
  url: string;
  title: string;
  evidence: TerminologyEvidence;
  source: string;
}

const HL7_THO = 'HL7 Terminology (THO), terminology.hl7.org; bound by the FHIR R4 resource definitions';
const PROPRIO = 'Defined by Proprio: no standard code found (REFERENCE §7.2)';

export const CODE_SYSTEMS = {
  snomed: { url: 'http://snomed.info/sct', title: 'SNOMED CT', evidence: 'V', source: 'FHIR R4 terminology page' },
  loinc: { url: 'http://loinc.org', title: 'LOINC', evidence: 'V', source: 'FHIR R4 terminology page' },
  ucum: { url: 'http://unitsofmeasure.org', title: 'UCUM', evidence: 'V', source: 'FHIR R4 terminology page' },
  observationCategory: {
    url: 'http://terminology.hl7.org/CodeSystem/observation-category',
    title: 'Observation category',
    evidence: 'V',
    source: HL7_THO,
  },
  conditionClinical: {
    url: 'http://terminology.hl7.org/CodeSystem/condition-clinical',
    title: 'Condition clinical status',
    evidence: 'V',
    source: HL7_THO,
  },
  conditionVerification: {
    url: 'http://terminology.hl7.org/CodeSystem/condition-ver-status',
    title: 'Condition verification status',
    evidence: 'V',
    source: HL7_THO,
  },
  conditionCategory: {
    url: 'http://terminology.hl7.org/CodeSystem/condition-category',
    title: 'Condition category',
    evidence: 'V',
    source: HL7_THO,
  },
  goalAchievement: {
    url: 'http://terminology.hl7.org/CodeSystem/goal-achievement',
    title: 'Goal achievement status',
    evidence: 'V',
    source: HL7_THO,
  },
  measures: {
    url: PROPRIO_MEASURE_CODE_SYSTEM,
    title: 'Proprio ACL rehabilitation measures',
    evidence: 'local',
    source: 'REFERENCE §7.2 suggests this local CodeSystem and its first codes',
  },
  promScores: {
    url: `${PROPRIO_FHIR_BASE}/CodeSystem/prom-scores`,
    title: 'Proprio patient-reported outcome scores',
    evidence: 'local',
    source: `${PROPRIO}; the KOOS and LEFS LOINC codes are disputed and not used`,
  },
  criterionMeasures: {
    url: `${PROPRIO_FHIR_BASE}/CodeSystem/criterion-measures`,
    title: 'Proprio phase-exit and return-to-sport criterion measures',
    evidence: 'local',
    source: 'The criterion measures of the clinical library (CRITERION_MEASURES)',
  },
  noteTypes: {
    url: `${PROPRIO_FHIR_BASE}/CodeSystem/note-types`,
    title: 'Proprio note types',
    evidence: 'local',
    source: 'NOTE_TYPES of the contracts; carried beside the LOINC candidate where there is one',
  },
  noteSections: {
    url: `${PROPRIO_FHIR_BASE}/CodeSystem/note-sections`,
    title: 'Proprio note sections (SOAP, addenda, structured record)',
    evidence: 'local',
    source: `${PROPRIO}: REFERENCE names no section codes`,
  },
} as const satisfies Record<string, SystemDefinition>;

export type SystemKey = keyof typeof CODE_SYSTEMS;

/** Identifier systems: each names a kind of Proprio id, scoped to the clinic where the id is the clinic's own. */
export const IDENTIFIER_SYSTEMS = {
  /** RFC 3986 URIs (`urn:uuid:...`), for ids that are UUIDs already. */
  uri: 'urn:ietf:rfc:3986',
  clinic: `${PROPRIO_FHIR_BASE}/sid/clinic`,
  recordNumber: (clinicId: string) => `${PROPRIO_FHIR_BASE}/sid/clinic/${clinicId}/record-number`,
  user: (clinicId: string) => `${PROPRIO_FHIR_BASE}/sid/clinic/${clinicId}/user`,
  measurement: `${PROPRIO_FHIR_BASE}/sid/measurement`,
  questionnaireResponse: `${PROPRIO_FHIR_BASE}/sid/questionnaire-response`,
  programme: `${PROPRIO_FHIR_BASE}/sid/programme`,
} as const;

/** The canonical URL naming an instrument in QuestionnaireResponse.questionnaire; no Questionnaire is published (licensed item text). */
export const questionnaireCanonical = (instrument: Instrument) =>
  `${PROPRIO_FHIR_BASE}/Questionnaire/${instrument.replace(/_/g, '-')}`;

export interface ConceptDefinition {
  system: SystemKey;
  code: string;
  display: string;
  evidence: TerminologyEvidence;
  source: string;
}

const concept = (
  system: SystemKey,
  code: string,
  display: string,
  evidence: TerminologyEvidence,
  source: string,
): ConceptDefinition => ({ system, code, display, evidence, source });

/** Standard codes (SNOMED CT, LOINC, HL7), with REFERENCE §7.1's evidence for each. */
export const STANDARD_CONCEPTS = {
  aclInjury: concept(
    'snomed',
    '444470001',
    'Injury of anterior cruciate ligament',
    'S',
    'REFERENCE §7.1 [S+]: many independent Synthea-derived datasets; maps to ICD-10 S83.51x',
  ),
  leftKnee: concept(
    'snomed',
    '82169009',
    'Structure of left knee region',
    'S',
    'REFERENCE §7.1 [S+]: several FHIR IGs',
  ),
  rightKnee: concept(
    'snomed',
    '6757004',
    'Structure of right knee region',
    'S',
    'REFERENCE §7.1 [S+]: several FHIR IGs',
  ),
  // For tests the whole leg performs (hops, reach, stance...), which are not measurements of the knee.
  leftLowerLimb: concept(
    'snomed',
    '32153003',
    'Structure of left lower limb',
    'S',
    'Not in REFERENCE: public FHIR ConceptMaps and examples (laterality maps "L LEG", bodySite of leg findings)',
  ),
  rightLowerLimb: concept(
    'snomed',
    '62175007',
    'Structure of right lower limb',
    'S',
    'Not in REFERENCE: public FHIR ConceptMaps and examples (laterality maps "R LEG", bodySite of leg findings)',
  ),
  aclReconstructionHamstring: concept(
    'snomed',
    '391101007',
    'Reconstruction of anterior cruciate ligament with hamstring tendon graft',
    'S',
    'REFERENCE §7.1 [S]: healthassure terminology mirror. No generic ACL reconstruction code was verified [U], so other grafts are text only',
  ),
  ptInitialEvaluationNote: concept(
    'loinc',
    '18735-1',
    'Physical therapy Initial evaluation note',
    'S',
    'REFERENCE §7.1 [S]: two public IHE-XDS type-code lists',
  ),
  ptSubsequentEvaluationNote: concept(
    'loinc',
    '11508-9',
    'Physical therapy Subsequent visit evaluation note',
    'S',
    'REFERENCE §7.1 [S]: two public IHE-XDS type-code lists',
  ),
  ptVisitNote: concept(
    'loinc',
    '28579-1',
    'Physical therapy Visit note',
    'S',
    'REFERENCE §7.1 [S]: two public IHE-XDS type-code lists',
  ),
  categoryExam: concept('observationCategory', 'exam', 'Exam', 'V', HL7_THO),
  categorySurvey: concept('observationCategory', 'survey', 'Survey', 'V', HL7_THO),
  conditionActive: concept('conditionClinical', 'active', 'Active', 'V', HL7_THO),
  conditionConfirmed: concept('conditionVerification', 'confirmed', 'Confirmed', 'V', HL7_THO),
  encounterDiagnosis: concept('conditionCategory', 'encounter-diagnosis', 'Encounter Diagnosis', 'V', HL7_THO),
  goalAchieved: concept('goalAchievement', 'achieved', 'Achieved', 'V', HL7_THO),
  goalInProgress: concept('goalAchievement', 'in-progress', 'In Progress', 'V', HL7_THO),
} as const satisfies Record<string, ConceptDefinition>;

/**
 * The LOINC document type of each note type. A discharge summary has no candidate in REFERENCE §7.1,
 * so it is typed by the local code only, rather than by a guessed LOINC code.
 */
export const NOTE_TYPE_LOINC: Readonly<Record<NoteType, ConceptDefinition | null>> = {
  initial_evaluation: STANDARD_CONCEPTS.ptInitialEvaluationNote,
  progress: STANDARD_CONCEPTS.ptSubsequentEvaluationNote,
  daily: STANDARD_CONCEPTS.ptVisitNote,
  discharge: null,
};

const local = (system: SystemKey, code: string, display: string, source = PROPRIO) =>
  concept(system, code, display, 'local', source);
const fromReference = 'REFERENCE §7.2 (suggested local code)';

/** The measure codes of the Observations (REFERENCE §7.2's where it gives one), and LSI and EPIC. */
export const MEASURE_CONCEPTS = {
  'hop-single-distance': local('measures', 'hop-single-distance', 'Single hop for distance', fromReference),
  'hop-triple-distance': local('measures', 'hop-triple-distance', 'Triple hop for distance', fromReference),
  'hop-crossover-distance': local('measures', 'hop-crossover-distance', 'Crossover hop for distance', fromReference),
  'hop-6m-time': local('measures', 'hop-6m-time', '6 m timed hop', fromReference),
  'hop-side-30s-count': local('measures', 'hop-side-30s-count', 'Side hop, hops in 30 s', fromReference),
  'hop-vertical-height': local('measures', 'hop-vertical-height', 'Single-leg vertical hop height'),
  'quad-peak-torque': local('measures', 'quad-peak-torque', 'Quadriceps peak torque', fromReference),
  'quad-peak-force': local('measures', 'quad-peak-force', 'Quadriceps peak force (hand-held dynamometer)'),
  'hamstring-peak-torque': local('measures', 'hamstring-peak-torque', 'Hamstring peak torque'),
  'hamstring-peak-force': local('measures', 'hamstring-peak-force', 'Hamstring peak force (hand-held dynamometer)'),
  'ybt-composite': local('measures', 'ybt-composite', 'Y-Balance test composite reach', fromReference),
  'single-leg-stance-time': local('measures', 'single-leg-stance-time', 'Single-leg stance time'),
  'running-t-test-time': local('measures', 'running-t-test-time', 'Running T-test time'),
  'reaction-time': local('measures', 'reaction-time', 'Reaction time'),
  'knee-rom': local('measures', 'knee-rom', 'Knee range of motion'),
  'knee-effusion-stroke-test': local('measures', 'knee-effusion-stroke-test', 'Knee effusion, stroke test grade'),
  'quadriceps-lag': local('measures', 'quadriceps-lag', 'Quadriceps lag'),
  'prone-heel-height-difference': local('measures', 'prone-heel-height-difference', 'Prone heel-height difference'),
  'single-leg-squat-quality': local('measures', 'single-leg-squat-quality', 'Single-leg squat quality'),
  'single-leg-bridge-reps': local('measures', 'single-leg-bridge-reps', 'Single-leg bridge, repetitions to fatigue'),
  'single-leg-calf-raise-reps': local(
    'measures',
    'single-leg-calf-raise-reps',
    'Single-leg calf raise, repetitions to fatigue',
  ),
  'side-bridge-hold-time': local('measures', 'side-bridge-hold-time', 'Side bridge, time held'),
  'single-leg-rise-reps': local('measures', 'single-leg-rise-reps', 'Single-leg rise, repetitions to fatigue'),
  'single-leg-stance-head-turns': local(
    'measures',
    'single-leg-stance-head-turns',
    'Single-leg stance with head turns (vestibular)',
  ),
  'leg-press-1rm': local('measures', 'leg-press-1rm', 'Single-leg leg press one-repetition maximum'),
  'mrss-total': local('measures', 'mrss-total', 'Melbourne Return to Sport Score'),
  'tsk11-total': local('measures', 'tsk11-total', 'TSK-11 total'),
  'onfield-rehab-completed': local('measures', 'onfield-rehab-completed', 'On-field rehabilitation completed'),
  'prevention-program-active': local('measures', 'prevention-program-active', 'Injury-prevention programme active'),
  lsi: local('measures', 'lsi', 'Limb symmetry index', fromReference),
  epic: local('measures', 'epic', 'Estimated pre-injury capacity', fromReference),
} as const satisfies Record<string, ConceptDefinition>;

export type MeasureCode = keyof typeof MEASURE_CONCEPTS;

/** Codes of the values inside an Observation (components) and of between-limb comparisons, by value `quantity`. */
const VALUE_DISPLAYS: Readonly<Record<string, string>> = {
  trial: 'Trial',
  mean: 'Mean of trials',
  best: 'Best trial',
  peak_torque: 'Peak torque',
  peak_force: 'Peak force',
  peak_torque_per_kg: 'Peak torque per kg of body mass',
  deficit: 'Deficit (100 − LSI)',
  limb_length: 'Limb length',
  composite: 'Composite reach',
  anterior_asymmetry: 'Anterior reach difference between limbs',
  anterior_asymmetry_flagged: 'Anterior reach difference above the risk threshold',
  reached_time_cap: 'A trial reached the time cap',
  extension_deficit: 'Knee extension deficit',
  flexion: 'Knee flexion',
  arc: 'Knee arc of motion',
  extension_difference: 'Knee extension deficit, involved minus uninvolved',
  flexion_deficit: 'Knee flexion, uninvolved minus involved',
  grade: 'Grade',
  lag: 'Lag',
  heel_height_difference: 'Heel-height difference',
  rating: 'Rating',
  repetitions: 'Repetitions',
  hold_time: 'Time held',
  passed: 'Passed',
  one_rep_max: 'One-repetition maximum',
  one_rep_max_per_body_weight: 'One-repetition maximum per body mass',
  total: 'Total score',
  ...Object.fromEntries(
    (['Anterior', 'Posteromedial', 'Posterolateral'] as const).flatMap((name) => {
      const direction = name.toLowerCase();
      return [
        [`reach_${direction}`, `${name} reach`],
        [`reach_${direction}_mean`, `${name} reach, mean of trials`],
        [`reach_${direction}_best`, `${name} reach, best trial`],
        [`reach_${direction}_normalised`, `${name} reach as % of limb length`],
      ];
    }),
  ),
};

export const VALUE_CONCEPTS: Readonly<Record<string, ConceptDefinition>> = {
  ...Object.fromEntries(
    Object.entries(VALUE_DISPLAYS).map(([quantity, display]) => {
      const code = quantity.replace(/_/g, '-');
      return [quantity, local('measures', code, display)];
    }),
  ),
  // A milestone's value is the milestone itself: the same concept as its Observation code.
  onfield_rehab_completed: MEASURE_CONCEPTS['onfield-rehab-completed'],
  prevention_program_active: MEASURE_CONCEPTS['prevention-program-active'],
};

/** The scales each instrument is scored on (QuestionnaireOutcome.scores), with their unit. */
const PROM_SCALES: Readonly<Record<Instrument, Readonly<Record<string, { display: string; unit: '{score}' | '%' }>>>> =
  {
    ikdc: { total: { display: 'IKDC Subjective Knee Form score', unit: '{score}' } },
    koos: {
      pain: { display: 'KOOS Pain', unit: '{score}' },
      symptoms: { display: 'KOOS Symptoms', unit: '{score}' },
      adl: { display: 'KOOS Function in daily living (ADL)', unit: '{score}' },
      sport: { display: 'KOOS Function in sport and recreation', unit: '{score}' },
      qol: { display: 'KOOS Knee-related quality of life', unit: '{score}' },
    },
    koos12: {
      pain: { display: 'KOOS-12 Pain', unit: '{score}' },
      function: { display: 'KOOS-12 Function', unit: '{score}' },
      qol: { display: 'KOOS-12 Quality of life', unit: '{score}' },
      summary: { display: 'KOOS-12 Summary', unit: '{score}' },
    },
    acl_rsi: { total: { display: 'ACL-RSI score', unit: '{score}' } },
    acl_rsi_short: { total: { display: 'ACL-RSI (short form) score', unit: '{score}' } },
    tegner: {
      current: { display: 'Tegner activity level, current', unit: '{score}' },
      preInjury: { display: 'Tegner activity level, before injury', unit: '{score}' },
    },
    lysholm: { total: { display: 'Lysholm knee score', unit: '{score}' } },
    lefs: { total: { display: 'LEFS total', unit: '{score}' } },
    kos_adls: { total: { display: 'KOS-ADLS score', unit: '%' } },
    global_rating: { total: { display: 'Global rating of function', unit: '{score}' } },
  };

export interface PromScaleConcept extends ConceptDefinition {
  unit: '{score}' | '%';
}

/** The local code of one scale of one instrument, or null for a scale the table does not know. */
export function promScaleConcept(instrument: Instrument, scale: string): PromScaleConcept | null {
  const definition = PROM_SCALES[instrument][scale];
  if (!definition) return null;
  const code = `${instrument}-${scale}`.replace(/_/g, '-').replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  return { ...local('promScores', code, definition.display), unit: definition.unit };
}

export const PROM_SCORE_CONCEPTS: readonly PromScaleConcept[] = Object.entries(PROM_SCALES).flatMap(
  ([instrument, scales]) => Object.keys(scales).map((scale) => promScaleConcept(instrument as Instrument, scale)!),
);

/** UCUM codes of the criterion units of the clinical library, for Goal targets. */
export const CRITERION_UNIT_UCUM: Readonly<Record<string, string>> = {
  '%': '%',
  reps: '{#}',
  s: 's',
  '°': 'deg',
  cm: 'cm',
  weeks: 'wk',
  '× BW': 'kg/kg',
  points: '{score}',
};

export const criterionConcept = (measure: CriterionMeasure): ConceptDefinition =>
  local(
    'criterionMeasures',
    measure.replace(/_/g, '-'),
    CRITERION_MEASURES[measure].label,
    'The clinical library (CRITERION_MEASURES)',
  );

export const noteTypeConcept = (type: NoteType): ConceptDefinition =>
  local('noteTypes', type.replace(/_/g, '-'), NOTE_TYPE_LABELS[type], 'NOTE_TYPES of the contracts');

export const NOTE_SECTION_CONCEPTS = {
  subjective: local('noteSections', 'subjective', 'Subjective'),
  objective: local('noteSections', 'objective', 'Objective'),
  assessment: local('noteSections', 'assessment', 'Assessment'),
  plan: local('noteSections', 'plan', 'Plan'),
  addenda: local('noteSections', 'addenda', 'Addenda'),
  addendum: local('noteSections', 'addendum', 'Addendum'),
  record: local('noteSections', 'episode-record', 'Structured episode record (generated at export)'),
} as const satisfies Record<string, ConceptDefinition>;

/** Every concept the export can write (each once), for review and for the tests. */
export function allConcepts(): ConceptDefinition[] {
  const all = [
    ...Object.values(STANDARD_CONCEPTS),
    ...Object.values(MEASURE_CONCEPTS),
    ...Object.values(VALUE_CONCEPTS),
    ...PROM_SCORE_CONCEPTS,
    ...(Object.keys(CRITERION_MEASURES) as CriterionMeasure[]).map(criterionConcept),
    ...(Object.keys(NOTE_TYPE_LABELS) as NoteType[]).map(noteTypeConcept),
    ...Object.values(NOTE_SECTION_CONCEPTS),
  ];
  return [...new Set(all)];
}

export function coding(concept: ConceptDefinition): Coding {
  return { system: CODE_SYSTEMS[concept.system].url, code: concept.code, display: concept.display };
}

export function codeable(concept: ConceptDefinition, text?: string): CodeableConcept {
  return text === undefined ? { coding: [coding(concept)] } : { coding: [coding(concept)], text };
}

export const UCUM_SYSTEM = CODE_SYSTEMS.ucum.url;
