import { describe, expect, it } from '@jest/globals';
import { changeWithinMeasurementError, computeMeasure, evaluateCriteria, type MeasureType } from '@proprio/clinical';
import {
  NOTE_SECTION_MAX_LENGTH,
  type Assessment,
  type Episode,
  type Measurement,
  type Patient,
  type PhaseTransition,
  type Programme,
  type QuestionnaireResponse,
  type RecordStatus,
  type SymmetryPoint,
  type TreatmentSession,
} from '@proprio/contracts';
import type { EpisodeRecord } from '../../exports/episode-record.service.js';
import { buildObjectiveDraft, OBJECTIVE_DRAFT_MAX_LENGTH } from './objective-text.js';

const PERIOD = { periodStart: '2026-03-01', periodEnd: '2026-03-31' };
const hop = (involved: number[], uninvolved: number[]) => ({ trials: { involved, uninvolved } });

let ids = 0;
const nextId = (prefix: string) => `${prefix}-${(ids += 1)}`;

/** A measurement as the API returns it: the library's outcome of the raw input (EPIC from a baseline). */
function measurement(
  type: MeasureType,
  input: Record<string, unknown>,
  options: { status?: RecordStatus; baselineInput?: unknown; createdAt?: string } = {},
): Measurement {
  const outcome = computeMeasure(type, input, { baselineInput: options.baselineInput });
  if (!outcome.ok) throw new Error(`${type}: ${JSON.stringify(outcome.issues)}`);
  return {
    id: nextId('m'),
    assessmentId: '',
    type,
    input,
    result: outcome.value.result,
    lsi: outcome.value.lsi,
    epic: outcome.value.epic,
    status: options.status ?? 'current',
    supersedesId: null,
    changeReason: null,
    createdAt: options.createdAt ?? '2026-01-01T09:00:00.000Z',
    createdBy: 'u-therapist',
    voidedAt: null,
  };
}

function assessment(performedOn: string, measurements: Measurement[], baseline = false): Assessment {
  const id = nextId('a');
  return {
    id,
    episodeId: 'e-1',
    performedOn,
    baseline,
    testerId: 'u-therapist',
    bodyMassKg: 62,
    notes: null,
    measurements: measurements.map((m) => ({ ...m, assessmentId: id })),
    createdAt: `${performedOn}T09:00:00.000Z`,
    version: 1,
  };
}

function questionnaire(
  instrument: QuestionnaireResponse['instrument'],
  completedOn: string,
  scores: Record<string, number | null>,
  status: RecordStatus = 'current',
): QuestionnaireResponse {
  return {
    id: nextId('q'),
    episodeId: 'e-1',
    instrument,
    completedOn,
    answers: {},
    options: {},
    result: null,
    scores,
    status,
    supersedesId: null,
    changeReason: null,
    createdAt: `${completedOn}T10:00:00.000Z`,
    createdBy: 'u-therapist',
    voidedAt: status === 'voided' ? `${completedOn}T11:00:00.000Z` : null,
  };
}

function visit(performedOn: string, pain: number | null, rpe: number | null, exercises: string[]): TreatmentSession {
  return {
    id: nextId('s'),
    episodeId: 'e-1',
    performedOn,
    pain,
    rpe,
    notes: null,
    exercises: exercises.map((name) => ({
      programmeItemId: null,
      exerciseId: `x-${name}`,
      exerciseName: name,
      sets: 3,
      reps: 10,
      holdSeconds: null,
      loadKg: null,
      notes: null,
    })),
    recordedBy: 'u-therapist',
    createdAt: `${performedOn}T10:30:00.000Z`,
  };
}

function transition(at: string, from: string, to: string, overrideReason: string | null): PhaseTransition {
  const criteria = evaluateCriteria([{ measure: 'effusion_grade', comparator: '<=', threshold: 'trace' }], {
    effusion_grade: { value: overrideReason ? '2+' : 'zero', date: at.slice(0, 10) },
  });
  return {
    id: nextId('t'),
    fromPhaseKey: from,
    toPhaseKey: to,
    transitionedAt: at,
    transitionedBy: 'u-therapist',
    overrideReason,
    criteria,
  };
}

const point = (m: Measurement, date: string, change: number | null, within: boolean | null): SymmetryPoint => ({
  date,
  assessmentId: m.assessmentId,
  measurementId: m.id,
  baseline: false,
  lsi: m.lsi,
  epic: m.epic,
  method: 'mean',
  changeFromPrevious: change,
  withinMeasurementError: within,
});

const PATIENT: Patient = {
  id: 'p-1',
  recordNumber: 'MRN-1',
  givenName: 'Maya',
  familyName: 'Lindqvist',
  dateOfBirth: '2003-05-14',
  sex: 'female',
  email: null,
  phone: null,
  archived: false,
  archivedAt: null,
  createdAt: '2025-10-01T08:00:00.000Z',
  updatedAt: '2025-10-01T08:00:00.000Z',
  version: 1,
};

const EPISODE: Episode = {
  id: 'e-1',
  patientId: 'p-1',
  condition: 'acl_reconstruction',
  involvedSide: 'left',
  injuryDate: '2025-11-01',
  surgeryDate: '2025-12-01',
  graftType: 'hamstring_autograft',
  concomitantInjuries: [],
  sport: 'Football (soccer)',
  preInjuryTegner: 9,
  status: 'active',
  archived: false,
  archivedAt: null,
  createdAt: '2025-11-02T08:00:00.000Z',
  updatedAt: '2025-11-02T08:00:00.000Z',
  version: 1,
};

const PHASES = [
  { key: 'p1', name: 'Recovery from surgery' },
  { key: 'p2', name: 'Strength and control' },
  { key: 'p3', name: 'Running and landing' },
];

/**
 * An episode with records before, inside and after March 2026. Values outside the period are chosen
 * so that they cannot be mistaken for the ones inside it (e.g. a 100 cm hop, a pain of 9, KOOS 12.3).
 */
function episodeRecord(): EpisodeRecord {
  const baselineHop = hop([150], [160, 160]);
  const before = assessment('2026-02-20', [measurement('hop_single', hop([99, 101], [150, 150]))]);
  const baseline = assessment('2026-01-05', [measurement('hop_single', baselineHop)], true);
  const singleHop = measurement('hop_single', hop([118, 122], [150, 146]), { baselineInput: baselineHop });
  const timedHop = measurement('hop_timed_6m', hop([2.6, 2.5], [2.1, 2.1]));
  const inside = assessment('2026-03-10', [
    measurement(
      'knee_rom',
      { involved: { extensionDeficitDeg: 0, flexionDeg: 133 } },
      {
        createdAt: '2026-03-10T09:05:00.000Z',
      },
    ),
    measurement('knee_rom', { involved: { extensionDeficitDeg: 0, flexionDeg: 111 } }, { status: 'superseded' }),
    measurement('effusion', { grade: '3+' }, { status: 'voided' }),
    timedHop,
    singleHop,
  ]);
  const after = assessment('2026-04-02', [measurement('hop_triple', hop([301], [480]))]);
  const [insideSingle, insideTimed] = [inside.measurements[4]!, inside.measurements[3]!];

  const gate = evaluateCriteria(
    [
      { measure: 'single_hop_lsi_pct', comparator: '>=', threshold: 90 },
      { measure: 'knee_flex_deg', comparator: '>=', threshold: 125 },
      { measure: 'side_hop_30s_lsi_pct', comparator: '>=', threshold: 90 },
      { measure: 'leg_press_1rm_xbw', comparator: '>=', threshold: 1.5, bonus: true },
    ],
    {
      single_hop_lsi_pct: { value: insideSingle.lsi!, date: '2026-03-10' },
      knee_flex_deg: { value: 133, date: '2026-03-10' },
    },
  );
  return {
    clinic: { id: 'c-1', name: 'Test clinic' },
    patient: PATIENT,
    episode: EPISODE,
    // The builder reads the programme's gate and history, not the prescription itself.
    programme: { id: 'g-1', currentPhaseKey: 'p3' } as Programme,
    progression: {
      currentPhase: { ...PHASES[2]!, typicalWeeks: { from: 12, to: 24 }, status: 'current' },
      nextPhase: null,
      phases: PHASES.map((p, i) => ({
        ...p,
        typicalWeeks: { from: null, to: null },
        status: i < 2 ? 'done' : 'current',
      })),
      evaluation: gate,
      weeksSinceSurgery: 18,
      asOf: '2026-04-05',
    },
    history: {
      revisions: [],
      transitions: [
        transition('2026-02-15T12:00:00.000Z', 'p1', 'p2', null),
        transition('2026-03-20T12:00:00.000Z', 'p2', 'p3', 'Surgeon cleared running; effusion checked weekly.'),
      ],
    },
    assessments: [baseline, before, inside, after],
    symmetry: [
      {
        type: 'hop_single',
        label: 'Single hop for distance',
        mdc90: 8.09,
        points: [
          point(before.measurements[0]!, '2026-02-20', null, null),
          point(insideSingle, '2026-03-10', 14.4, false),
        ],
      },
      {
        type: 'hop_timed_6m',
        label: '6 m timed hop',
        mdc90: 9.7,
        points: [point(insideTimed, '2026-03-10', -2.5, true)],
      },
    ],
    questionnaires: [
      questionnaire('ikdc', '2026-02-01', { total: 40.2 }),
      questionnaire('koos', '2026-03-12', { qol: 43.75, pain: 80.6, adl: 91.2, sport: 55, symptoms: 71.4 }),
      questionnaire('ikdc', '2026-03-12', { total: 65.5 }),
      questionnaire('ikdc', '2026-03-13', { total: 12.3 }, 'voided'),
      questionnaire('acl_rsi', '2026-03-14', { total: null }),
    ],
    promTrends: [],
    sessions: [
      visit('2026-02-28', 9, 9, ['Wall sit']),
      visit('2026-03-01', 3, 4, ['Quadriceps set', 'Heel slide']),
      visit('2026-03-17', 1, null, ['Quadriceps set', 'Quadriceps set']),
      visit('2026-03-31', null, 6, ['Step-down', 'Quadriceps set']),
      visit('2026-04-01', 0, 8, ['Shuttle run']),
    ],
    staff: new Map(),
    asOf: '2026-04-05',
  };
}

describe('buildObjectiveDraft', () => {
  const draft = buildObjectiveDraft(episodeRecord(), PERIOD);
  const lines = draft.text.split('\n');
  const sectionOf = (title: string) => {
    const start = lines.findIndex((l) => l.startsWith(title));
    const end = lines.findIndex((l, i) => i > start && l === '');
    return lines.slice(start, end === -1 ? undefined : end);
  };

  it('lists the current measurements of the period’s test sessions with limb values, LSI, EPIC and the error flag', () => {
    // 120 / 148 = 81.1% LSI; 120 / 160 (the baseline's uninvolved limb) = 75% EPIC.
    expect(sectionOf('Tests and measures')).toEqual([
      'Tests and measures',
      '- 2026-03-10 test session:',
      '  - Single hop for distance: involved 120 cm, uninvolved 148 cm (mean of the trials); LSI 81.1%; EPIC 75%; +14.4 LSI points since the previous test, beyond measurement error, MDC90 8.1.',
      expect.stringMatching(
        /^ {2}- 6 m timed hop: involved 2\.55 s, uninvolved 2\.1 s \(mean of the trials\); LSI \d+\.\d%; -2\.5 LSI points since the previous test, within measurement error, MDC90 9\.7\.$/,
      ),
      '  - Knee range of motion: involved extension deficit 0°, flexion 133°; uninvolved not measured.',
    ]);
    // EPIC needs a baseline: the timed hop has none, so the line names no EPIC.
    expect(draft.text.match(/EPIC/g)).toHaveLength(1);
  });

  it('leaves out everything dated outside the period, and superseded or voided values', () => {
    for (const outside of [
      '2026-02-20',
      'involved 100 cm',
      '2026-01-05',
      'pre-operative baseline',
      '2026-04-02',
      'Triple hop',
      'flexion 111°',
      'grade 3+',
      '40.2',
      '12.3',
      '2026-02-28',
      'Wall sit',
      '9/10',
      '2026-04-01',
      'Shuttle run',
      '2026-02-15',
      'Recovery from surgery →',
    ]) {
      expect({ outside, found: draft.text.includes(outside) }).toEqual({ outside, found: false });
    }
  });

  it('lists the period’s questionnaires with the registry’s labels, scales in the instrument’s order', () => {
    expect(sectionOf('Questionnaires')).toEqual([
      'Questionnaires',
      '- 2026-03-12 KOOS: Pain 80.6, Symptoms 71.4, Activities of daily living 91.2, Sport and recreation 55, Knee-related quality of life 43.8.',
      '- 2026-03-12 IKDC Subjective Knee Form: score 65.5.',
      '- 2026-03-14 ACL-RSI: not scored (too few items answered).',
    ]);
  });

  it('summarises the period’s visits: count and dates, pain and RPE ranges, exercises done', () => {
    expect(sectionOf('Treatment visits')).toEqual([
      'Treatment visits',
      '- 3 visits: 2026-03-01, 2026-03-17, 2026-03-31.',
      '- Pain 1–3/10 (2 of 3 visits rated); RPE 4–6/10 (2 of 3 visits rated).',
      '- Exercises done: Quadriceps set (3 visits), Heel slide (1 visit), Step-down (1 visit).',
    ]);
  });

  it('lists the period’s phase changes with phase names and the override reason', () => {
    expect(sectionOf('Phase changes')).toEqual([
      'Phase changes',
      // The reason's own full stop ends the line: no doubled `."`.
      '- 2026-03-20: Strength and control → Running and landing; advanced without every exit criterion met; override reason: "Surgeon cleared running; effusion checked weekly."',
    ]);
  });

  it('ends a phase change with a full stop when the override reason has none of its own', () => {
    const record = episodeRecord();
    record.history = {
      revisions: [],
      transitions: [
        transition('2026-03-20T12:00:00.000Z', 'p2', 'p3', 'Surgeon cleared running  '),
        transition('2026-03-21T12:00:00.000Z', 'p3', 'p2', 'Effusion back?'),
      ],
    };
    const text = buildObjectiveDraft(record, PERIOD).text;
    expect(text).toContain('override reason: "Surgeon cleared running".\n');
    expect(text).toContain('override reason: "Effusion back?"\n');
  });

  it('gives the current phase gate as of today and says it is not limited to the period', () => {
    expect(sectionOf('Current phase gate')).toEqual([
      'Current phase gate (as of 2026-04-05, from the latest values at any date, not only this period)',
      '- Running and landing: 1 of 3 required exit criteria met, 1 not measured.',
      expect.stringMatching(/^- Not met: Single hop LSI \d+\.\d% on 2026-03-10 \(needs ≥ 90%\)\.$/),
      '- Met: Knee flexion 133° on 2026-03-10 (needs ≥ 125°).',
      '- Not measured: Side hop LSI (needs ≥ 90%).',
      '- Not measured: Single-leg leg press 1RM (bonus, does not gate) (needs ≥ 1.5 × BW).',
    ]);
  });

  it('counts the records it was built from, and starts with the period', () => {
    expect(lines[0]).toBe('Reporting period 2026-03-01 to 2026-03-31.');
    expect(draft).toMatchObject({
      ...PERIOD,
      sources: { measurements: 3, questionnaires: 3, sessions: 3, phaseTransitions: 1 },
    });
  });

  it('is deterministic', () => {
    expect(buildObjectiveDraft(episodeRecord(), PERIOD)).toEqual(draft);
  });

  it('says so when a period has no records, and when there is no programme', () => {
    const record = { ...episodeRecord(), programme: null, progression: null, history: null };
    const empty = buildObjectiveDraft(record, { periodStart: '2025-12-01', periodEnd: '2025-12-31' });
    expect(empty.text).toBe(
      [
        'Reporting period 2025-12-01 to 2025-12-31.',
        'Tests and measures\n- No test session in this period.',
        'Questionnaires\n- No questionnaire in this period.',
        'Treatment visits\n- No treatment visit in this period.',
        'Phase changes\n- No phase change in this period.',
        'Current phase gate (as of 2026-04-05, from the latest values at any date, not only this period)\n' +
          '- No programme assigned: no phase gate.',
      ].join('\n\n'),
    );
    expect(empty.sources).toEqual({ measurements: 0, questionnaires: 0, sessions: 0, phaseTransitions: 0 });
  });

  it('includes records on the first and the last day of the period', () => {
    const oneDay = buildObjectiveDraft(episodeRecord(), { periodStart: '2026-03-31', periodEnd: '2026-03-31' });
    expect(oneDay.sources).toEqual({ measurements: 0, questionnaires: 0, sessions: 1, phaseTransitions: 0 });
    const first = buildObjectiveDraft(episodeRecord(), { periodStart: '2026-03-01', periodEnd: '2026-03-01' });
    expect(first.text).toContain('- 1 visit: 2026-03-01.');
  });
});

/** Calendar date `days` after `date`. */
const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const YEAR = { periodStart: '2026-01-01', periodEnd: '2026-12-31' };
const reading = (value: number) => ({
  value,
  unit: 'N.m',
  device: 'Biodex System 4',
  mode: 'concentric',
  velocityDegPerSecond: 60,
});
const HOPS: { type: MeasureType; uninvolved: number }[] = [
  { type: 'hop_single', uninvolved: 160 },
  { type: 'hop_triple', uninvolved: 480 },
  { type: 'hop_crossover', uninvolved: 420 },
];

/**
 * A year after an ACL reconstruction, as the API would return it: a test session every two weeks (three
 * hop tests, range of motion, effusion; the hop LSI rising from about 60% to 95% with noise), monthly
 * KOOS, IKDC and ACL-RSI, 120 treatment visits, two phase changes. Deterministic. Listing every value
 * gives about 36,000 characters, nearly twice what a note section holds.
 */
function yearRecord(): EpisodeRecord {
  const assessments: Assessment[] = [];
  const symmetry = new Map<MeasureType, SymmetryPoint[]>(HOPS.map((h) => [h.type, []]));
  for (let i = 0; i < 26; i++) {
    const date = addDays('2026-01-05', 14 * i);
    const share = 0.6 + (0.35 * i) / 25 + (((i * 7) % 5) - 2) / 100;
    const hops = HOPS.map(({ type, uninvolved }, h) =>
      measurement(type, hop([Math.round(uninvolved * share) - h, Math.round(uninvolved * share) + h], [uninvolved]), {
        createdAt: `${date}T09:0${h}:00.000Z`,
      }),
    );
    const timed = [2.1 / share, 2.1 / share + 0.04].map((x) => Math.round(x * 100) / 100);
    const session = assessment(date, [
      ...hops,
      measurement('hop_timed_6m', hop(timed, [2.1]), { createdAt: `${date}T09:03:00.000Z` }),
      measurement('strength_quadriceps', {
        involved: reading(Math.round(240 * share)),
        uninvolved: reading(240),
      }),
      measurement('y_balance', {
        involved: {
          limbLengthCm: 90,
          reachCm: { anterior: [60 + (i % 8)], posteromedial: [95], posterolateral: [92] },
        },
        uninvolved: { limbLengthCm: 90, reachCm: { anterior: [68], posteromedial: [100], posterolateral: [95] } },
      }),
      measurement('knee_rom', { involved: { extensionDeficitDeg: i < 4 ? 3 : 0, flexionDeg: 110 + i } }),
      measurement('effusion', { grade: i < 6 ? 'trace' : 'zero' }),
    ]);
    assessments.push(session);
    for (const m of session.measurements.slice(0, HOPS.length)) {
      const points = symmetry.get(m.type)!;
      const previous = points[points.length - 1]?.lsi ?? null;
      const change = previous === null ? null : m.lsi! - previous;
      points.push(
        point(m, date, change, previous === null ? null : changeWithinMeasurementError(previous, m.lsi!, 8.09)),
      );
    }
  }
  const questionnaires = Array.from({ length: 12 }, (_, month) => {
    const date = addDays('2026-01-15', 30 * month);
    return [
      questionnaire('koos', date, {
        pain: 60 + month * 3,
        symptoms: 55 + month * 3,
        adl: 70 + month * 2,
        sport: 20 + month * 6,
        qol: 25 + month * 5,
      }),
      questionnaire('ikdc', date, { total: 40 + month * 4.1 }),
      questionnaire('acl_rsi', date, { total: 30 + month * 3.3 }),
    ];
  }).flat();
  const exercises = ['Quadriceps set', 'Step-down', 'Single-leg squat', 'Lateral hop', 'Deceleration drill'];
  const sessions = Array.from({ length: 120 }, (_, i) =>
    visit(
      addDays('2026-01-02', Math.floor((i * 360) / 120)),
      (5 - Math.floor(i / 24)) % 6,
      4 + (i % 5),
      exercises.slice(0, 2 + (i % 4)),
    ),
  );
  const record = episodeRecord();
  return {
    ...record,
    history: {
      revisions: [],
      transitions: [
        transition('2026-03-02T12:00:00.000Z', 'p1', 'p2', null),
        transition('2026-06-01T12:00:00.000Z', 'p2', 'p3', 'Surgeon cleared running.'),
      ],
    },
    assessments,
    symmetry: HOPS.map(({ type }) => ({ type, label: type, mdc90: 8.09, points: symmetry.get(type)! })),
    questionnaires,
    sessions,
    asOf: '2027-01-05',
  };
}

describe('buildObjectiveDraft over a long period', () => {
  const record = yearRecord();
  const draft = buildObjectiveDraft(record, YEAR);
  const lines = draft.text.split('\n');
  const hopsOf = (type: MeasureType) => record.assessments.map((a) => a.measurements.find((m) => m.type === type)!);

  it('would not fit in full: the year listed month by month is longer than a note section', () => {
    // Each month alone fits, so it is listed in full; together they are what the year would list.
    const months = Array.from({ length: 12 }, (_, m) => {
      const start = `2026-${String(m + 1).padStart(2, '0')}-01`;
      const end = addDays(`${m === 11 ? '2027' : '2026'}-${String(((m + 1) % 12) + 1).padStart(2, '0')}-01`, -1);
      const text = buildObjectiveDraft(record, { periodStart: start, periodEnd: end }).text;
      expect(text).not.toContain('more test session');
      return text.slice(text.indexOf('Tests and measures'), text.indexOf('\n\nPhase changes'));
    });
    expect(months.reduce((n, text) => n + text.length, 0)).toBeGreaterThan(NOTE_SECTION_MAX_LENGTH);
  });

  it('is condensed within the draft limit, which leaves room in the section for the clinician', () => {
    expect(draft.text.length).toBeLessThanOrEqual(OBJECTIVE_DRAFT_MAX_LENGTH);
    expect(OBJECTIVE_DRAFT_MAX_LENGTH).toBeLessThan(NOTE_SECTION_MAX_LENGTH);
    expect(draft.text).not.toContain('The rest is not listed');
    // Every record of the period still counts, listed or not.
    expect(draft.sources).toEqual({ measurements: 26 * 8, questionnaires: 36, sessions: 120, phaseTransitions: 2 });
  });

  it('gives each test its first and latest value of the period, with the change between them', () => {
    const [first, latest] = [record.assessments[0]!, record.assessments[25]!];
    const singles = hopsOf('hop_single');
    const from = singles[0]!.lsi!;
    const to = singles[25]!.lsi!;
    const one = (x: number) => x.toFixed(1).replace(/\.0$/, '');
    const start = lines.indexOf('  - Single hop for distance, in 26 test sessions:');
    expect(start).toBeGreaterThan(0);
    expect(lines[start + 1]).toMatch(
      new RegExp(`^ {4}- first, ${first.performedOn} test session: Single hop for distance: .*; LSI ${one(from)}%\\.$`),
    );
    expect(lines[start + 2]).toMatch(
      new RegExp(
        `^ {4}- latest, ${latest.performedOn} test session: Single hop for distance: .*; LSI ${one(to)}%; .* LSI points since the previous test, (within|beyond) measurement error, MDC90 8\\.1\\.$`,
      ),
    );
    expect(lines[start + 3]).toBe(
      `    - LSI from ${one(from)}% to ${one(to)}%: +${one(to - from)} LSI points over the period, beyond measurement error, MDC90 8.1.`,
    );
    expect(draft.text).toContain(`- 26 test sessions from ${first.performedOn} to ${latest.performedOn};`);
    expect(draft.text).toContain('  - Knee range of motion, in 26 test sessions:');
    expect(draft.text).toContain('  - Quadriceps strength, in 26 test sessions:');
    expect(draft.text).toContain('  - Effusion (stroke test), in 26 test sessions:');
    // Only the first and the latest session of the year are listed; the 24 between them are counted.
    expect(draft.text).toContain(
      '- 24 more test sessions in this period are not listed: see the progress charts and the CSV export.',
    );
    expect(draft.text).not.toContain(record.assessments[1]!.performedOn);
  });

  it('gives each questionnaire its first and latest response, and the visits by count, range and exercises', () => {
    const section = lines.slice(lines.indexOf('Questionnaires'), lines.indexOf('Treatment visits') - 1);
    // Instruments in the registry's order, each with its first and latest response; the rest counted.
    expect(section).toHaveLength(1 + 3 * 2 + 1);
    expect(section[1]).toBe('- first 2026-01-15 IKDC Subjective Knee Form: score 40.');
    expect(section[3]).toMatch(/^- first 2026-01-15 KOOS: Pain 60, /);
    expect(section[4]).toMatch(new RegExp(`^- latest ${addDays('2026-01-15', 330)} KOOS: Pain 93, `));
    expect(section[7]).toBe(
      '- 30 more questionnaires in this period are not listed: see the progress charts and the CSV export.',
    );
    expect(draft.text).toContain(`- latest ${addDays('2026-01-15', 330)} IKDC Subjective Knee Form: score 85.1.`);
    const visits = record.sessions;
    expect(draft.text).toContain(
      `- 120 visits from ${visits[0]!.performedOn} to ${visits[119]!.performedOn} (each date is in the visits list and the CSV export).`,
    );
    const pains = visits.map((v) => v.pain!);
    const rpes = visits.map((v) => v.rpe!);
    expect(draft.text).toContain(
      `- Pain ${Math.min(...pains)}–${Math.max(...pains)}/10 (120 of 120 visits rated); ` +
        `RPE ${Math.min(...rpes)}–${Math.max(...rpes)}/10 (120 of 120 visits rated).`,
    );
    expect(draft.text).toContain('- Exercises done: Quadriceps set (120 visits), Step-down (120 visits),');
    expect(draft.text).toContain('override reason: "Surgeon cleared running."');
  });

  it('is deterministic', () => {
    expect(buildObjectiveDraft(yearRecord(), YEAR)).toEqual(draft);
  });

  it('as a last resort cuts at a line boundary under an explicit notice, never beyond the limit', () => {
    // Sixty phase changes, each with a long override reason: more than a draft holds even condensed.
    const reason = `Cleared by the surgeon after review; ${'effusion and pain checked at every visit; '.repeat(25)}done`;
    const transitions = Array.from({ length: 60 }, (_, i) =>
      transition(`${addDays('2026-01-10', 5 * i)}T12:00:00.000Z`, i % 2 ? 'p3' : 'p2', i % 2 ? 'p2' : 'p3', reason),
    );
    const long = buildObjectiveDraft({ ...record, history: { revisions: [], transitions } }, YEAR);
    expect(long.text.length).toBeLessThanOrEqual(OBJECTIVE_DRAFT_MAX_LENGTH);
    const kept = long.text.split('\n');
    expect(kept[kept.length - 1]).toBe(
      `[The rest is not listed: the draft reached its limit of ${OBJECTIVE_DRAFT_MAX_LENGTH} characters; see the progress charts and the CSV export.]`,
    );
    // Every phase change kept is whole; the ones that did not fit are left out, not cut mid-line.
    const changes = kept.filter((l) => l.includes(' → '));
    expect(changes.length).toBeGreaterThan(0);
    expect(changes.length).toBeLessThan(60);
    for (const line of changes) expect(line.endsWith(`override reason: "${reason}".`)).toBe(true);
    expect(long.sources.phaseTransitions).toBe(60);
  });
});
