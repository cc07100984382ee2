/**
 * A year of realistic rehabilitation after an ACL reconstruction, built in memory for the PDF
 * benchmark and the renderers' unit tests: a pre-operative baseline and test sessions every two weeks
 * (hop battery, quadriceps strength, Y-balance), monthly questionnaires, about 120 treatment visits, a
 * programme in the return-to-sport phase, and a long signed progress note with addenda. Deterministic:
 * the same options always give the same record. LSI changes are judged with the clinical library, the
 * criteria evaluated by its engine, exactly as the API would.
 */
import {
  changeWithinMeasurementError,
  evaluateCriteria,
  MEASURE_LABELS,
  SEEDED_EXERCISES,
  SEEDED_PROTOCOL,
  type CriterionValues,
  type MeasureType,
} from '@proprio/clinical';
import type {
  Note,
  NoteAddendum,
  PhaseSummary,
  PrescribedExerciseView,
  Programme,
  Progression,
  PromTrend,
  Readiness,
  SymmetryPoint,
  SymmetryTrend,
  TreatmentSession,
} from '@proprio/contracts';
import type { NoteDocumentInput } from '../apps/api/src/modules/exports/pdf/documents/note-document.js';
import type { ProgressSummaryInput } from '../apps/api/src/modules/exports/pdf/documents/progress-summary-document.js';
import type { RtsReportInput } from '../apps/api/src/modules/exports/pdf/documents/rts-report-document.js';
import { noteContentHash, signedContentOf } from '../apps/api/src/modules/notes/note-content-hash.ts';

export interface EpisodeYearOptions {
  /** Test sessions after the pre-operative baseline (every two weeks from week 6). */
  testSessions?: number;
  visits?: number;
  /** Paragraphs per SOAP section of the signed note. */
  noteParagraphs?: number;
  addenda?: number;
}

export interface EpisodeYear {
  summary: ProgressSummaryInput;
  rts: RtsReportInput;
  note: NoteDocumentInput;
}

const SURGERY = '2026-02-03';
const BASELINE = '2026-01-27';
const THERAPIST = {
  id: '7a1c0000-0000-4000-8000-000000000001',
  name: 'Sigrid Haugen',
  title: 'PT, MSc Sports Physiotherapy',
};

/** Deterministic noise (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const round1 = (x: number) => Math.round(x * 10) / 10;

/** A test's LSI and EPIC course: from `start` at the first test to `end` a year later, with noise. */
const COURSES: {
  type: MeasureType;
  start: number;
  end: number;
  fromWeek: number;
  epicGap: number;
  mdc90: number | null;
}[] = [
  { type: 'hop_single', start: 64, end: 95, fromWeek: 12, epicGap: 9, mdc90: 12.96 },
  { type: 'hop_triple', start: 67, end: 96, fromWeek: 12, epicGap: 8, mdc90: 12.96 },
  { type: 'hop_crossover', start: 63, end: 93, fromWeek: 12, epicGap: 10, mdc90: 12.96 },
  { type: 'hop_timed_6m', start: 70, end: 86, fromWeek: 12, epicGap: 7, mdc90: 12.96 },
  { type: 'strength_quadriceps', start: 55, end: 91, fromWeek: 6, epicGap: 11, mdc90: null },
  { type: 'y_balance', start: 86, end: 99, fromWeek: 8, epicGap: 0, mdc90: null },
];

export function episodeYear(options: EpisodeYearOptions = {}): EpisodeYear {
  const testSessions = options.testSessions ?? 24;
  const visitCount = options.visits ?? 120;
  const rand = random(20260203);
  const testDates = Array.from({ length: testSessions }, (_, i) => addDays(SURGERY, 7 * (6 + 2 * i)));
  const asOf = addDays(testDates[testDates.length - 1] ?? SURGERY, 3);

  const symmetry: SymmetryTrend[] = COURSES.map((course, c) => {
    const dates = [
      BASELINE,
      ...testDates.filter((d) => Date.parse(d) >= Date.parse(addDays(SURGERY, 7 * course.fromWeek))),
    ];
    let previous: number | null = null;
    const points = dates.map((date, i): SymmetryPoint => {
      const baseline = date === BASELINE;
      const progress = dates.length > 2 ? (i - 1) / (dates.length - 2) : 1;
      const lsi = round1(
        baseline
          ? 78 + rand() * 6
          : course.start + (course.end - course.start) * Math.sqrt(progress) + (rand() - 0.5) * 6,
      );
      const epic = course.epicGap > 0 && !baseline ? round1(lsi - course.epicGap * (1 - 0.4 * progress)) : null;
      const change = previous === null ? null : round1(lsi - previous);
      const point: SymmetryPoint = {
        date,
        assessmentId: uuid(1000 + i),
        measurementId: uuid(10_000 + c * 100 + i),
        baseline,
        lsi,
        epic,
        method: course.type.startsWith('strength') ? 'isometric_hhd|N' : 'mean',
        changeFromPrevious: change,
        withinMeasurementError:
          previous !== null && course.mdc90 !== null ? changeWithinMeasurementError(previous, lsi, course.mdc90) : null,
      };
      previous = lsi;
      return point;
    });
    return { type: course.type, label: MEASURE_LABELS[course.type], mdc90: course.mdc90, points };
  });

  const promTrends: PromTrend[] = [
    { instrument: 'ikdc', label: 'IKDC Subjective Knee Form', from: 38, to: 86 },
    { instrument: 'acl_rsi', label: 'ACL-RSI', from: 30, to: 68 },
    { instrument: 'kos_adls', label: 'KOS-ADLS', from: 45, to: 93 },
  ].map(({ instrument, label, from, to }) => ({
    instrument: instrument as PromTrend['instrument'],
    label,
    points: Array.from({ length: 13 }, (_, m) => ({
      date: addDays(SURGERY, 30 * m + 2),
      responseId: uuid(20_000 + m),
      scores: { total: round1(from + ((to - from) * m) / 12 + (rand() - 0.5) * 4) },
    })),
  }));

  const exercises = SEEDED_EXERCISES.filter((e) => e.phases.includes('p4')).slice(0, 7);
  const items: PrescribedExerciseView[] = exercises.map((e, i) => ({
    id: uuid(30_000 + i),
    exerciseId: e.id,
    exerciseName: e.name,
    dosage: { ...e.defaultDosage },
    progression: {},
    notes: i % 3 === 0 ? 'Land softly, knee over the second toe; film one set for review.' : null,
  }));

  const sessions: TreatmentSession[] = Array.from({ length: visitCount }, (_, i) => {
    const performedOn = addDays(SURGERY, 2 + Math.floor((i * 360) / visitCount));
    return {
      id: uuid(40_000 + i),
      episodeId: uuid(2),
      performedOn,
      pain: Math.max(0, Math.round(5 - (i / visitCount) * 5 + (rand() - 0.5) * 2)),
      rpe: Math.round(4 + rand() * 4),
      notes: i % 10 === 0 ? 'Progressed landing drills; no effusion after session.' : null,
      exercises: items.slice(0, 4).map((item) => ({
        programmeItemId: item.id,
        exerciseId: item.exerciseId,
        exerciseName: item.exerciseName,
        sets: item.dosage.sets,
        reps: item.dosage.reps,
        holdSeconds: item.dosage.holdSeconds,
        loadKg: item.dosage.loadKg,
        notes: null,
      })),
      recordedBy: THERAPIST.id,
      createdAt: `${performedOn}T16:00:00.000Z`,
    };
  });

  // The latest value of each criterion measure, as the API's criteria service would find it.
  const latest = (type: MeasureType) => {
    const points = symmetry.find((t) => t.type === type)!.points;
    const last = points[points.length - 1]!;
    return { value: last.lsi!, date: last.date };
  };
  const lastProm = (instrument: string) => {
    const points = promTrends.find((t) => t.instrument === instrument)!.points;
    const last = points[points.length - 1]!;
    return { value: last.scores['total']!, date: last.date };
  };
  const weeks = Math.floor((Date.parse(asOf) - Date.parse(SURGERY)) / (7 * 86_400_000));
  const values: CriterionValues = {
    weeks_post_op: { value: weeks, date: asOf },
    single_hop_lsi_pct: latest('hop_single'),
    triple_hop_lsi_pct: latest('hop_triple'),
    crossover_hop_lsi_pct: latest('hop_crossover'),
    timed_hop_6m_lsi_pct: latest('hop_timed_6m'),
    quad_strength_lsi_pct: latest('strength_quadriceps'),
    ybt_composite_lsi_pct: latest('y_balance'),
    kos_adls_pct: lastProm('kos_adls'),
    // No global rating recorded: the Delaware-Oslo GRS criterion stays "not measured".
  };
  const definition = SEEDED_PROTOCOL.definition;
  const set = definition.returnToSportSets.find((s) => s.key === 'delaware')!;
  const evaluation = evaluateCriteria(set.criteria, values);
  const current = definition.phases.findIndex((p) => p.key === 'p4');
  const phases: PhaseSummary[] = definition.phases.map((p, i) => ({
    key: p.key,
    name: p.name,
    typicalWeeks: p.typicalWeeks,
    status: i < current ? 'done' : i === current ? 'current' : 'upcoming',
  }));
  const progression: Progression = {
    currentPhase: phases[current]!,
    nextPhase: phases[current + 1] ?? null,
    phases,
    evaluation,
    weeksSinceSurgery: weeks,
    asOf,
  };
  const programme: Programme = {
    id: uuid(3),
    episodeId: uuid(2),
    protocolId: SEEDED_PROTOCOL.id,
    protocolTitle: SEEDED_PROTOCOL.title,
    protocolVersionId: uuid(4),
    protocolVersionNumber: 1,
    therapistId: THERAPIST.id,
    currentPhaseKey: 'p4',
    currentPhaseName: phases[current]!.name,
    phaseStartedOn: addDays(SURGERY, 7 * 38),
    returnToSportSetKey: 'delaware',
    equipment: ['cones', 'box', 'partner'],
    items,
    revision: 7,
    createdAt: `${SURGERY}T09:00:00.000Z`,
    updatedAt: `${asOf}T09:00:00.000Z`,
    version: 7,
  };
  const readiness: Readiness = { setKey: set.key, setName: set.name, evaluation, asOf };

  const clinic = { id: uuid(1), name: 'Fjordbyen Idrettsfysioterapi — Sports & Knee Clinic' };
  const patient = {
    id: uuid(5),
    recordNumber: 'MRN-2026-0042',
    givenName: 'Ingrid',
    familyName: 'Ødegård-Søren',
    dateOfBirth: '1998-07-14',
    sex: 'female' as const,
    email: null,
    phone: null,
    archived: false,
    archivedAt: null,
    createdAt: '2026-01-12T09:00:00.000Z',
    updatedAt: '2026-01-12T09:00:00.000Z',
    version: 1,
  };
  const episode = {
    id: uuid(2),
    patientId: patient.id,
    condition: 'acl_reconstruction' as const,
    involvedSide: 'left' as const,
    injuryDate: '2026-01-10',
    surgeryDate: SURGERY,
    graftType: 'hamstring_autograft' as const,
    concomitantInjuries: ['medial_meniscus_tear' as const],
    sport: 'Handball',
    preInjuryTegner: 9,
    status: 'active' as const,
    archived: false,
    archivedAt: null,
    createdAt: '2026-01-12T09:00:00.000Z',
    updatedAt: '2026-01-12T09:00:00.000Z',
    version: 1,
  };

  return {
    // p4 is the seeded protocol's return-to-sport phase: its gate is the chosen set.
    summary: {
      clinic,
      patient,
      episode,
      programme,
      progression,
      symmetry,
      sessions,
      asOf,
      returnToSportGate: definition.phases[current]!.returnToSportGate,
    },
    rts: {
      clinicName: clinic.name,
      patient,
      episode,
      protocolTitle: `${SEEDED_PROTOCOL.title} (v1)`,
      readiness,
      set,
      symmetry,
    },
    note: {
      clinicName: clinic.name,
      patient,
      episode,
      authorTitle: THERAPIST.title,
      note: longSignedNote(symmetry, asOf, options.noteParagraphs ?? 6, options.addenda ?? 4),
    },
  };
}

const SUBJECTIVE =
  'Patient reports the knee feels “stable and strong” in daily life and during training; no giving-way episodes since the last report. ' +
  'Mild anterior knee ache (2/10) after the plyometric sessions, settling within 24 h; no night pain, no effusion noticed. ' +
  'Returned to non-contact team training twice a week; confidence is lower when landing from a jump after a contested ball. ';
const ASSESSMENT =
  'Progressing well towards the return-to-sport gate. Hop symmetry has improved beyond the measurement error of the battery; ' +
  'quadriceps strength remains the limiting factor and EPIC stays below 90%, so the LSI overestimates function (both limbs deconditioned). ' +
  'Psychological readiness (ACL-RSI) is improving but still below the commonly cited cut-offs. ';
const PLAN =
  'Continue phase 4 (return to sport) with two gym sessions and two on-field sessions per week. Emphasise heavy slow quadriceps strengthening ' +
  '(leg press and knee extension 4 × 6–8 at 80% 1RM), reactive agility with unanticipated cues, and deceleration drills. ' +
  'Re-test the hop battery and isokinetic strength in 4 weeks; discuss the return-to-play timeline with the surgeon (≥ 9 months). ';

function longSignedNote(
  symmetry: readonly SymmetryTrend[],
  asOf: string,
  paragraphs: number,
  addendaCount: number,
): Note {
  const objectiveLines = symmetry.flatMap((trend) =>
    trend.points.map(
      (p) =>
        `${p.date} ${trend.label}: LSI ${p.lsi ?? '—'}%${p.epic === null ? '' : `, EPIC ${p.epic}%`}` +
        `${p.withinMeasurementError ? ' (change within MDC)' : ''}`,
    ),
  );
  const repeat = (text: string) => Array.from({ length: paragraphs }, () => text).join('\n\n');
  const periodStart = '2027-01-04';
  const body = {
    type: 'progress' as const,
    periodStart,
    periodEnd: asOf,
    subjective: repeat(SUBJECTIVE),
    objective: objectiveLines.join('\n'),
    assessment: repeat(ASSESSMENT),
    plan: repeat(PLAN),
  };
  const signedAt = `${asOf}T17:42:00.000Z`;
  const addenda: NoteAddendum[] = Array.from({ length: addendaCount }, (_, i) => ({
    id: uuid(50_000 + i),
    noteId: uuid(6),
    body:
      `Correction ${i + 1}: the crossover hop on ${symmetry[2]?.points.at(-1)?.date ?? asOf} was measured with the ` +
      'patient in football boots on artificial turf, not trainers on the clinic floor; values are not comparable ' +
      'with earlier sessions. ' +
      'Surgeon (Dr. Łukasz Nørgaard) informed by phone; agrees with the plan.',
    signature: {
      userId: THERAPIST.id,
      name: THERAPIST.name,
      professionalTitle: THERAPIST.title,
      signedAt: `${addDays(asOf, i + 1)}T08:1${i % 10}:00.000Z`,
    },
  }));
  const note: Note = {
    id: uuid(6),
    episodeId: uuid(2),
    ...body,
    status: 'signed',
    authorId: THERAPIST.id,
    authorName: THERAPIST.name,
    createdAt: `${asOf}T15:03:00.000Z`,
    updatedAt: signedAt,
    signature: { userId: THERAPIST.id, name: THERAPIST.name, professionalTitle: THERAPIST.title, signedAt },
    contentHash: null,
    addenda,
    version: 3,
  };
  // Hashed as the API hashes at signing, so the renderer's signature check passes on an untouched note.
  return { ...note, contentHash: noteContentHash(signedContentOf(note)!) };
}
