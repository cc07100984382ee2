import { describe, expect, it } from '@jest/globals';
import {
  computeMeasure,
  evaluateCriteria,
  INSTRUMENTS,
  KOOS_SUBSCALE_KEYS,
  KOOS12_SCALE_KEYS,
  MEASURE_TYPES,
  scoreQuestionnaire,
  type Instrument,
  type MeasureType,
} from '@proprio/clinical';
import type { Assessment, Measurement, Note, Programme, Progression, QuestionnaireResponse } from '@proprio/contracts';
import {
  bundleSchemaErrors,
  documentRuleViolations,
  narrativeProblems,
  resourcesOf,
  unresolvedReferences,
  type FhirBundle,
} from '../../../../../../test/support/fhir-bundle.js';
import type { EpisodeRecord } from '../episode-record.service.js';
import { allValues, measurementValues } from '../measurement-values.js';
import { buildDocumentBundle } from './document-bundle.js';
import { measureCode } from './observations.js';
import { allConcepts, MEASURE_CONCEPTS, promScaleConcept, VALUE_CONCEPTS } from './terminology.js';

const strength = (value: number, unit = 'N.m') => ({
  value,
  unit,
  device: 'Biodex System 4',
  mode: unit === 'N' ? 'isometric' : 'concentric',
  velocityDegPerSecond: unit === 'N' ? null : 60,
});

/** A valid input of every measure type, each with both limbs where the measure has them. */
const SAMPLES: Readonly<Record<MeasureType, Record<string, unknown>>> = {
  hop_single: { trials: { involved: [120, 124], uninvolved: [150, 146] } },
  hop_triple: { trials: { involved: [445, 455], uninvolved: [478, 482] }, aggregation: 'best' },
  hop_crossover: { trials: { involved: [400], uninvolved: [450] } },
  hop_timed_6m: { trials: { involved: [2.4, 2.3], uninvolved: [2.1, 2.04] } },
  hop_side: { trials: { involved: [30, 32], uninvolved: [40, 41] } },
  hop_vertical: { trials: { involved: [20, 22], uninvolved: [25, 26] } },
  strength_quadriceps: { involved: strength(180), uninvolved: strength(220) },
  strength_hamstrings: { involved: strength(150, 'N'), uninvolved: strength(160, 'N') },
  y_balance: {
    involved: { limbLengthCm: 90, reachCm: { anterior: [65, 64], posteromedial: [100], posterolateral: [95] } },
    uninvolved: { limbLengthCm: 91, reachCm: { anterior: [70], posteromedial: [101], posterolateral: [96] } },
    aggregation: 'mean',
  },
  single_leg_stance: {
    eyes: 'closed',
    surface: 'firm',
    maxSeconds: 45,
    armsCrossed: true,
    trials: { involved: [10, 12], uninvolved: [20, 45] },
  },
  running_t_test: { trialsSeconds: [10.5, 10.2] },
  reaction_time: { protocol: 'Blazepod\u00A04 pods', trialsMs: [450, 430] },
  knee_rom: {
    involved: { extensionDeficitDeg: 3, flexionDeg: 125 },
    uninvolved: { extensionDeficitDeg: -4, flexionDeg: 140 },
  },
  effusion: { grade: 'trace' },
  quadriceps_lag: { degrees: 5 },
  prone_heel_height: { differenceCm: 2 },
  single_leg_squat: { rating: 'fair', reps: 5 },
  endurance_single_leg_bridge: { involved: 18, uninvolved: 25 },
  endurance_calf_raise: { involved: 22 },
  endurance_side_bridge: { involved: 30.5, uninvolved: 40 },
  endurance_single_leg_rise: { involved: 12, uninvolved: 15 },
  vestibular_balance: { passed: true },
  leg_press_1rm: { involvedKg: 100, uninvolvedKg: 120 },
  mrss: { total: 88 },
  tsk11: { total: 20 },
  rehab_milestone: { milestone: 'prevention_program_active', completed: true },
};

const BODY_MASS = 72;
let ids = 0;
const nextId = () => `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`;

function measurement(type: MeasureType, assessmentId: string, baselineInput?: unknown): Measurement {
  const input = SAMPLES[type];
  const outcome = computeMeasure(type, input, { bodyMassKg: BODY_MASS, baselineInput });
  if (!outcome.ok) throw new Error(`${type}: ${JSON.stringify(outcome.issues)}`);
  return {
    id: nextId(),
    assessmentId,
    type,
    input,
    result: outcome.value.result,
    lsi: outcome.value.lsi,
    epic: outcome.value.epic,
    status: 'current',
    supersedesId: null,
    changeReason: null,
    createdAt: '2026-10-15T10:00:00.000Z',
    createdBy: 'user-tester',
    voidedAt: null,
  };
}

function assessment(performedOn: string, baseline: boolean, measurements: (id: string) => Measurement[]): Assessment {
  const id = nextId();
  return {
    id,
    episodeId: 'episode',
    performedOn,
    baseline,
    testerId: 'user-tester',
    bodyMassKg: BODY_MASS,
    notes: null,
    measurements: measurements(id),
    createdAt: `${performedOn}T09:00:00.000Z`,
    version: 1,
  };
}

function response(instrument: Instrument, answers: Record<string, unknown>): QuestionnaireResponse {
  const outcome = scoreQuestionnaire(instrument, answers);
  if (!outcome.ok) throw new Error(`${instrument}: ${JSON.stringify(outcome.issues)}`);
  return {
    id: nextId(),
    episodeId: 'episode',
    instrument,
    completedOn: '2026-10-15',
    answers,
    options: {},
    result: outcome.value.result,
    scores: outcome.value.scores,
    status: 'current',
    supersedesId: null,
    changeReason: null,
    createdAt: '2026-10-15T10:00:00.000Z',
    createdBy: 'user-therapist',
    voidedAt: null,
  };
}

const baseline = assessment('2026-03-20', true, (id) => [measurement('hop_single', id)]);
const battery = assessment('2026-10-15', false, (id) =>
  MEASURE_TYPES.map((type) => measurement(type, id, type === 'hop_single' ? SAMPLES.hop_single : undefined)),
);

const criteria = evaluateCriteria(
  [
    { measure: 'single_hop_lsi_pct', comparator: '>=', threshold: 90 },
    { measure: 'effusion_grade', comparator: '<=', threshold: '1+' },
    { measure: 'vestibular_balance_pass', comparator: '==', threshold: true, bonus: true },
  ],
  { single_hop_lsi_pct: { value: 82.4, date: '2026-10-15' }, effusion_grade: { value: 'trace', date: '2026-10-15' } },
);

const programme = {
  id: nextId(),
  protocolTitle: 'Post-ACL <criteria-based>',
  protocolVersionNumber: 2,
  therapistId: 'user-therapist',
  currentPhaseName: 'Phase 3 & strength',
  phaseStartedOn: '2026-09-01',
  returnToSportSetKey: 'delaware',
  createdAt: '2026-04-01T08:00:00.000Z',
  items: [
    {
      id: nextId(),
      exerciseId: nextId(),
      exerciseName: 'Nordic hamstring curl',
      dosage: { sets: 3, reps: 6, holdSeconds: null, frequencyPerWeek: 2, loadKg: null },
      progression: {},
      notes: 'Slow eccentric',
    },
    {
      id: nextId(),
      exerciseId: nextId(),
      exerciseName: 'Side plank',
      dosage: { sets: 3, reps: null, holdSeconds: 30, frequencyPerWeek: 3, loadKg: null },
      progression: {},
      notes: null,
    },
  ],
} as unknown as Programme;

const record = {
  clinic: { id: '11111111-1111-4111-8111-111111111111', name: 'Clinic & Co' },
  patient: {
    id: 'patient',
    recordNumber: 'MRN-7',
    givenName: 'Jordan',
    familyName: 'Rivera',
    dateOfBirth: '1999-04-12',
    sex: 'female',
  },
  episode: {
    id: 'episode',
    condition: 'acl_reconstruction',
    involvedSide: 'left',
    injuryDate: '2026-03-02',
    surgeryDate: '2026-03-30',
    graftType: 'quadriceps_tendon_autograft',
    concomitantInjuries: ['medial_meniscus_tear'],
    sport: 'Netball',
    status: 'active',
    createdAt: '2026-03-05T10:00:00.000Z',
  },
  programme,
  progression: { currentPhase: { name: 'Phase 3 & strength' }, evaluation: criteria } as unknown as Progression,
  history: null,
  assessments: [baseline, battery],
  symmetry: [],
  questionnaires: [
    response('koos', { P1: 0, P2: 1, P3: 1, P4: 2, P5: 0, P6: 1, P7: 0, P8: 0, P9: 1 }),
    response('tegner', { preInjury: 9, current: 5 }),
    response('global_rating', { rating: 80 }),
  ],
  promTrends: [],
  sessions: [],
  staff: new Map([
    ['user-tester', { id: 'user-tester', name: 'Sam Tester', professionalTitle: null, role: 'assistant' }],
    ['user-therapist', { id: 'user-therapist', name: 'Alex Kim', professionalTitle: 'PT, DPT', role: 'therapist' }],
  ]),
  asOf: '2026-11-01',
} as unknown as EpisodeRecord;

const note: Note = {
  id: nextId(),
  episodeId: 'episode',
  type: 'discharge',
  status: 'signed',
  periodStart: '2026-10-01',
  periodEnd: '2026-10-31',
  subjective: 'No pain.',
  objective: '',
  assessment: 'Goals met.',
  plan: 'Discharge to a home programme.',
  authorId: 'user-tester',
  authorName: 'Sam Tester',
  createdAt: '2026-10-31T10:00:00.000Z',
  updatedAt: '2026-10-31T10:00:00.000Z',
  signature: {
    userId: 'user-therapist',
    name: 'Alex Kim',
    professionalTitle: 'PT, DPT',
    signedAt: '2026-10-31T11:00:00.000Z',
  },
  contentHash: 'a'.repeat(64),
  addenda: [],
  version: 2,
};

function build(overrides: Partial<Parameters<typeof buildDocumentBundle>[0]> = {}): FhirBundle {
  const bundle = buildDocumentBundle({
    record,
    note,
    people: record.staff,
    now: new Date('2026-11-01T12:00:00Z'),
    newId: nextId,
    ...overrides,
  });
  return JSON.parse(JSON.stringify(bundle)) as FhirBundle;
}

describe('buildDocumentBundle, every measure type', () => {
  const bundle = build();

  it('is a valid R4 document whose references all resolve', () => {
    expect(bundleSchemaErrors(bundle)).toEqual([]);
    expect(documentRuleViolations(bundle)).toEqual([]);
    expect(unresolvedReferences(bundle)).toEqual([]);
  });

  it('writes well-formed narratives, with the record’s own text escaped', () => {
    const composition = bundle.entry[0]!.resource as unknown as { section: { text?: { div: string } }[] };
    const divs = composition.section.flatMap((section) => (section.text ? [section.text.div] : []));
    expect(divs.flatMap(narrativeProblems)).toEqual([]);
    expect(divs.at(-1)).toContain('Post-ACL &lt;criteria-based&gt;, current phase Phase 3 &amp; strength');
  });

  it('has an Observation for every limb or whole value of every measure type, and an LSI wherever the measure has one', () => {
    const observations = resourcesOf(bundle, 'Observation').map(
      (o) => (o['identifier'] as { value: string }[])[0]!.value,
    );
    for (const m of battery.measurements) {
      const values = measurementValues(m);
      for (const limb of values.limbs) expect(observations).toContain(`${m.id}/${limb.limb}`);
      if (values.whole) expect(observations).toContain(`${m.id}/value`);
      if (m.lsi !== null) expect(observations).toContain(`${m.id}/lsi`);
    }
  });

  it('a discharge summary is typed by its local code only: REFERENCE lists no LOINC code for it', () => {
    const composition = bundle.entry[0]!.resource as unknown as {
      type: { coding: { system: string; code: string }[] };
    };
    expect(composition.type.coding.map((c) => c.code)).toEqual(['discharge']);
  });

  it('an empty SOAP section says so (status empty) instead of disappearing', () => {
    const composition = bundle.entry[0]!.resource as unknown as {
      section: { title: string; text: { status: string } }[];
    };
    expect(composition.section.find((s) => s.title === 'Objective')!.text.status).toBe('empty');
    expect(composition.section.find((s) => s.title === 'Subjective')!.text.status).toBe('additional');
  });

  it('a graft other than hamstring gets no procedure code (no generic ACLR code was verified)', () => {
    const [procedure] = resourcesOf(bundle, 'Procedure');
    expect(procedure!['code']).toEqual({
      text: 'Reconstruction of anterior cruciate ligament, Quadriceps tendon autograft',
    });
  });

  it('Goals: numbers, grades and yes/no targets, with their achievement', () => {
    const goals = resourcesOf(bundle, 'Goal');
    expect(goals.map((g) => (g['target'] as Record<string, unknown>[])[0])).toEqual([
      expect.objectContaining({
        detailQuantity: { value: 90, comparator: '>=', unit: '%', system: 'http://unitsofmeasure.org', code: '%' },
      }),
      expect.objectContaining({ detailString: '≤ 1+' }),
      expect.objectContaining({ detailBoolean: true }),
    ]);
    expect(
      goals.map((g) => (g['achievementStatus'] as { coding: { code: string }[] } | undefined)?.coding[0]!.code),
    ).toEqual(['in-progress', 'achieved', undefined]);
  });

  it('refuses to build a document from a draft', () => {
    expect(() => build({ note: { ...note, status: 'draft', signature: null } })).toThrow(/signed note/);
  });
});

interface ComposedSection {
  title: string;
  code?: { coding: { code: string }[] };
  text?: { status: string; div: string };
  author?: { reference: string }[];
  entry?: { reference: string }[];
  section?: ComposedSection[];
}
interface Composed {
  status: string;
  date: string;
  attester: { mode: string; time: string; party: { reference: string } }[];
  section: ComposedSection[];
}
const compositionOf = (b: FhirBundle) => b.entry[0]!.resource as unknown as Composed;
const practitionerAt = (b: FhirBundle, reference: { reference: string }) =>
  b.entry.find((e) => e.fullUrl === reference.reference)!.resource as unknown as { name: { text: string }[] };
const RECORD_TITLE = 'Structured episode record (generated at export, not part of the signed note)';

describe('the Composition: status, date and attester follow the signing and the addenda', () => {
  const addendum = (id: string, userId: string, name: string, signedAt: string) => ({
    id,
    noteId: note.id,
    body: `Addendum ${id}.`,
    signature: { userId, name, professionalTitle: null, signedAt },
  });
  // Listed out of time order on purpose: the date is the latest signing, not the last listed.
  const addenda = [
    addendum('a1', 'user-tester', 'Sam Tester', '2026-11-03T09:30:00.000Z'),
    addendum('a2', 'user-therapist', 'Alex Kim', '2026-11-02T16:00:00.000Z'),
  ];

  it('without addenda: final, dated and attested at the signing', () => {
    const composition = compositionOf(build());
    expect(composition.status).toBe('final');
    expect(composition.date).toBe(note.signature!.signedAt);
    expect(composition.attester).toEqual([
      { mode: 'legal', time: note.signature!.signedAt, party: expect.any(Object) as unknown },
    ]);
  });

  it('with addenda: amended and dated by the latest addendum; the attester stays the original signer at the signing time', () => {
    const amended = build({ note: { ...note, addenda } });
    expect(bundleSchemaErrors(amended)).toEqual([]);
    expect(documentRuleViolations(amended)).toEqual([]);
    const composition = compositionOf(amended);
    expect(composition.status).toBe('amended');
    expect(composition.date).toBe('2026-11-03T09:30:00.000Z');
    expect(composition.attester).toHaveLength(1);
    expect(composition.attester[0]).toMatchObject({ mode: 'legal', time: note.signature!.signedAt });
    expect(practitionerAt(amended, composition.attester[0]!.party).name[0]!.text).toBe('Alex Kim');
    // Each addendum names its own signer.
    const subsections = composition.section.find((x) => x.title === 'Addenda')!.section!;
    expect(subsections.map((x) => practitionerAt(amended, x.author![0]!).name[0]!.text)).toEqual([
      'Sam Tester',
      'Alex Kim',
    ]);
  });

  it('the generated record comes last, after the signed sections and the addenda, and says the attestation does not cover it', () => {
    const composition = compositionOf(build({ note: { ...note, addenda } }));
    expect(composition.section.map((x) => x.title)).toEqual([
      'Subjective',
      'Objective',
      'Assessment',
      'Plan',
      'Addenda',
      RECORD_TITLE,
    ]);
    const recordSection = composition.section.at(-1)!;
    expect(recordSection.text!.status).toBe('generated');
    expect(recordSection.text!.div).toContain(
      "It is not part of the signed note, and the signer's attestation does not cover it.",
    );
    expect(recordSection.text!.div).toContain(`SHA-256 of the signed note content: ${note.contentHash}`);
    // The structured resources hang off this section only: nothing signed points at them.
    expect(recordSection.entry!.length).toBeGreaterThan(0);
    expect(composition.section.slice(0, -1).every((x) => x.entry === undefined)).toBe(true);
  });
});

describe('Observation body sites: only what is of the knee says knee', () => {
  const bundle = build();
  const LEFT_KNEE = '82169009';
  const RIGHT_KNEE = '6757004';
  const LEFT_LOWER_LIMB = '32153003';
  const RIGHT_LOWER_LIMB = '62175007';
  // The episode's involved side is the left one.
  const KNEE = { involved: LEFT_KNEE, uninvolved: RIGHT_KNEE, value: LEFT_KNEE };
  const LEG = { involved: LEFT_LOWER_LIMB, uninvolved: RIGHT_LOWER_LIMB, value: LEFT_LOWER_LIMB };
  const NONE = { involved: undefined, uninvolved: undefined, value: undefined };
  const EXPECTED: Readonly<Record<MeasureType, typeof KNEE | typeof LEG | typeof NONE>> = {
    hop_single: LEG,
    hop_triple: LEG,
    hop_crossover: LEG,
    hop_timed_6m: LEG,
    hop_side: LEG,
    hop_vertical: LEG,
    strength_quadriceps: KNEE,
    strength_hamstrings: KNEE,
    y_balance: LEG,
    single_leg_stance: LEG,
    running_t_test: NONE,
    reaction_time: NONE,
    knee_rom: KNEE,
    effusion: KNEE,
    quadriceps_lag: KNEE,
    prone_heel_height: KNEE,
    single_leg_squat: NONE,
    endurance_single_leg_bridge: LEG,
    endurance_calf_raise: LEG,
    endurance_side_bridge: LEG,
    endurance_single_leg_rise: LEG,
    vestibular_balance: NONE,
    leg_press_1rm: LEG,
    mrss: NONE,
    tsk11: NONE,
    rehab_milestone: NONE,
  };
  const observations = resourcesOf(bundle, 'Observation');
  const siteOf = (id: string) => {
    const found = observations.find((o) => (o['identifier'] as { value: string }[])[0]!.value === id);
    if (!found) throw new Error(`no Observation ${id}`);
    const site = found['bodySite'] as { coding: { system: string; code: string }[] } | undefined;
    expect(site?.coding.every((c) => c.system === 'http://snomed.info/sct') ?? true).toBe(true);
    return site?.coding.map((c) => c.code).join(',');
  };

  it.each(MEASURE_TYPES)('%s', (type) => {
    const m = battery.measurements.find((x) => x.type === type)!;
    const values = measurementValues(m);
    const parts = [...values.limbs.map((l) => l.limb), ...(values.whole ? ['value' as const] : [])];
    expect(parts.length).toBeGreaterThan(0);
    for (const part of parts)
      expect({ part, site: siteOf(`${m.id}/${part}`) }).toEqual({ part, site: EXPECTED[type][part] });
    // Values comparing the limbs belong to neither.
    if (m.lsi !== null) expect(siteOf(`${m.id}/lsi`)).toBeUndefined();
  });
});

describe('the terminology table', () => {
  it('has every code once per system, each a valid FHIR code', () => {
    const keys = allConcepts().map((c) => `${c.system}|${c.code}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const concept of allConcepts()) expect(concept.code).toMatch(/^[^\s]+(\s[^\s]+)*$/);
  });

  it('has a code for every measure type and for every value the measurements can carry', () => {
    for (const m of battery.measurements) {
      expect(MEASURE_CONCEPTS[measureCode(measurementValues(m))]).toBeDefined();
      for (const { value } of allValues(measurementValues(m))) {
        if (value.quantity === 'lsi' || value.quantity === 'epic') continue;
        expect({ type: m.type, quantity: value.quantity, known: VALUE_CONCEPTS[value.quantity] !== undefined }).toEqual(
          {
            type: m.type,
            quantity: value.quantity,
            known: true,
          },
        );
      }
    }
  });

  it('has a code for every score scale of every instrument, and none from the disputed LOINC codes', () => {
    for (const scale of KOOS_SUBSCALE_KEYS) expect(promScaleConcept('koos', scale)).not.toBeNull();
    for (const scale of [...KOOS12_SCALE_KEYS, 'summary']) expect(promScaleConcept('koos12', scale)).not.toBeNull();
    for (const scale of ['current', 'preInjury']) expect(promScaleConcept('tegner', scale)).not.toBeNull();
    const singleScale = INSTRUMENTS.filter((i) => !['koos', 'koos12', 'tegner'].includes(i));
    for (const instrument of singleScale) expect(promScaleConcept(instrument, 'total')).not.toBeNull();
    const codes = allConcepts().map((c) => c.code);
    for (const disputed of ['72091-2', '72748-4', '74304-7']) expect(codes).not.toContain(disputed);
  });

  it('tags every standard code with REFERENCE evidence and a source', () => {
    for (const concept of allConcepts()) {
      expect(['V', 'S', 'U', 'local']).toContain(concept.evidence);
      expect(concept.source.length).toBeGreaterThan(10);
    }
  });
});
