import type { Dosage, Equipment, MeasureType } from '@proprio/clinical';
import type { ConcomitantInjury, GraftType, InvolvedSide, NoteType, Role, Sex } from '@proprio/contracts';

/** Shown in the README: the demo clinic's sign-ins. Never used when a real database is configured. */
export const DEMO_PASSWORD = 'proprio-demo-2026';
export const DEMO_CLINIC = 'Proprio Demo Clinic';

/** The professional title is printed with a signature (REFERENCE §6.2: signature and professional identification). */
export const DEMO_USERS: { email: string; displayName: string; role: Role; professionalTitle: string | null }[] = [
  { email: 'admin@proprio.example', displayName: 'Dana Admin', role: 'admin', professionalTitle: null },
  {
    email: 'therapist@proprio.example',
    displayName: 'Terry Therapist',
    role: 'therapist',
    professionalTitle: 'PT, DPT',
  },
  { email: 'assistant@proprio.example', displayName: 'Ash Assistant', role: 'assistant', professionalTitle: 'PTA' },
];

interface DemoPatient {
  recordNumber: string;
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  sex: Sex;
  episode: {
    involvedSide: InvolvedSide;
    /** Days before the seeding day, so the demo always looks current. */
    injuryDaysAgo: number;
    surgeryDaysAgo: number | null;
    graftType: GraftType | null;
    concomitantInjuries: ConcomitantInjury[];
    sport: string;
    preInjuryTegner: number;
  };
  /** Test sessions, raw values as typed in; the seed derives the rest with the clinical library. */
  assessments?: DemoAssessment[];
  /** A programme on the seeded protocol, replayed event by event (see demo-records.ts). */
  programme?: DemoProgramme;
  /** Notes signed by the demo therapist, with their addenda. */
  notes?: DemoNote[];
}

/** A signed note: its reporting period, its four sections, when it was signed, and later addenda. */
export interface DemoNote {
  type: NoteType;
  periodStartDaysAgo: number;
  periodEndDaysAgo: number;
  signedDaysAgo: number;
  subjective: string;
  objective: string;
  assessment: string;
  plan: string;
  addenda: { daysAgo: number; body: string }[];
}

export interface DemoAssessment {
  daysAgo: number;
  bodyMassKg: number | null;
  notes: string | null;
  measurements: { type: MeasureType; input: Record<string, unknown> }[];
}

export interface DemoProgramme {
  assignedDaysAgo: number;
  equipment: Equipment[];
  returnToSportSetKey: string;
  /**
   * Advances to the next phase, oldest first. The exit criteria are evaluated on the demo measures
   * of that day; an advance without every criterion met must give its override reason.
   */
  advances: { daysAgo: number; overrideReason: string | null }[];
  /** Dosage changes of one item of the prescription in force that day, kept as an 'edited' revision. */
  edits: { daysAgo: number; itemIndex: number; dosage: Partial<Dosage>; reason: string }[];
  /** Treatment visits: the first `exercisesDone` items of the prescription in force that day. */
  visits: DemoVisit[];
}

export interface DemoVisit {
  daysAgo: number;
  pain: number | null;
  rpe: number | null;
  notes: string | null;
  recordedBy: 'therapist' | 'assistant';
  exercisesDone: number;
}

const hop = (involved: number[], uninvolved: number[]) => ({ trials: { involved, uninvolved } });

/**
 * The demo patient left without a programme, surgery in the past: the browser journey assigns the
 * seeded protocol to this one. Two others have programmes (DEMO-0001 in phase 3, DEMO-0004 before
 * surgery); DEMO-0003 and DEMO-0005 have none either.
 */
export const DEMO_UNASSIGNED_RECORD_NUMBER = 'DEMO-0002';

/** Fictional people; any likeness to real patients is accidental. */
export const DEMO_PATIENTS: DemoPatient[] = [
  {
    recordNumber: 'DEMO-0001',
    givenName: 'Maya',
    familyName: 'Lindqvist',
    dateOfBirth: '2003-05-14',
    sex: 'female',
    episode: {
      involvedSide: 'left',
      injuryDaysAgo: 200,
      surgeryDaysAgo: 170,
      graftType: 'hamstring_autograft',
      concomitantInjuries: ['medial_meniscus_tear', 'meniscal_repair'],
      sport: 'Football (soccer)',
      preInjuryTegner: 9,
    },
    // Surgery 170 days ago (week 24): phase 3, running and landings, hop symmetry not yet at the gate.
    assessments: [
      {
        daysAgo: 150,
        bodyMassKg: 61,
        notes: 'End of the early post-operative phase.',
        measurements: [
          {
            type: 'knee_rom',
            input: {
              involved: { extensionDeficitDeg: 0, flexionDeg: 128 },
              uninvolved: { extensionDeficitDeg: -3, flexionDeg: 145 },
            },
          },
          { type: 'effusion', input: { grade: 'trace' } },
          { type: 'quadriceps_lag', input: { degrees: 0 } },
        ],
      },
      {
        daysAgo: 88,
        bodyMassKg: 62,
        notes: 'Phase 2 exit check; side bridge and single-leg rise not tested (time).',
        measurements: [
          {
            type: 'knee_rom',
            input: {
              involved: { extensionDeficitDeg: 0, flexionDeg: 140 },
              uninvolved: { extensionDeficitDeg: -3, flexionDeg: 146 },
            },
          },
          { type: 'effusion', input: { grade: 'zero' } },
          { type: 'prone_heel_height', input: { differenceCm: 1 } },
          { type: 'single_leg_squat', input: { rating: 'good', reps: 5 } },
          { type: 'endurance_single_leg_bridge', input: { involved: 22, uninvolved: 25 } },
          { type: 'endurance_calf_raise', input: { involved: 19, uninvolved: 26 } },
        ],
      },
      {
        daysAgo: 56,
        bodyMassKg: 62,
        notes: 'First hop battery.',
        measurements: [
          { type: 'hop_single', input: hop([118, 122], [150, 146]) },
          { type: 'hop_triple', input: hop([402, 410], [478, 482]) },
          { type: 'hop_crossover', input: hop([360, 372], [440, 446]) },
          { type: 'hop_timed_6m', input: hop([2.6, 2.5], [2.1, 2.1]) },
        ],
      },
      {
        daysAgo: 14,
        bodyMassKg: 62,
        notes: 'Hop battery and side hop; single-leg rise re-tested.',
        measurements: [
          { type: 'hop_single', input: hop([138, 142], [150, 148]) },
          { type: 'hop_triple', input: hop([448, 452], [476, 480]) },
          { type: 'hop_crossover', input: hop([402, 410], [442, 446]) },
          { type: 'hop_timed_6m', input: hop([2.3, 2.25], [2.1, 2.08]) },
          { type: 'hop_side', input: hop([38, 40], [43, 44]) },
          { type: 'endurance_single_leg_rise', input: { involved: 20, uninvolved: 24 } },
        ],
      },
    ],
    programme: {
      assignedDaysAgo: 168,
      equipment: [
        'mat',
        'chair',
        'ball',
        'partner',
        'balance_disc',
        'foam_pad',
        'box',
        'step',
        'resistance_band',
        'cones',
        'tape',
      ],
      returnToSportSetKey: 'delaware',
      advances: [
        // Every phase-1 exit criterion was met on the test session two days earlier.
        { daysAgo: 148, overrideReason: null },
        {
          daysAgo: 84,
          overrideReason:
            'Heel-height difference of 1 cm and calf-raise endurance below target; side bridge and single-leg ' +
            'rise not yet tested. No effusion, full extension and a good single-leg squat at 12 weeks: ' +
            'progressed to running on clinical judgement; endurance re-tested in phase 3.',
        },
      ],
      edits: [
        {
          daysAgo: 40,
          itemIndex: 2,
          dosage: { reps: 8 },
          reason: 'Landings well controlled: more hop-and-stick repetitions.',
        },
      ],
      visits: [
        {
          daysAgo: 165,
          pain: 5,
          rpe: 3,
          notes: 'Swelling settling; quadriceps set with a 5 s hold.',
          recordedBy: 'therapist',
          exercisesDone: 4,
        },
        { daysAgo: 158, pain: 4, rpe: 3, notes: null, recordedBy: 'assistant', exercisesDone: 5 },
        { daysAgo: 151, pain: 3, rpe: 4, notes: 'No extension lag today.', recordedBy: 'therapist', exercisesDone: 6 },
        { daysAgo: 137, pain: 3, rpe: 5, notes: null, recordedBy: 'assistant', exercisesDone: 5 },
        {
          daysAgo: 123,
          pain: 2,
          rpe: 5,
          notes: 'Knee valgus on the step-down, cued knee over toes.',
          recordedBy: 'therapist',
          exercisesDone: 6,
        },
        { daysAgo: 109, pain: 2, rpe: 6, notes: null, recordedBy: 'assistant', exercisesDone: 6 },
        { daysAgo: 95, pain: 1, rpe: 6, notes: null, recordedBy: 'therapist', exercisesDone: 7 },
        {
          daysAgo: 80,
          pain: 2,
          rpe: 5,
          notes: 'First running session: 2 × 10 min straight-line, no pain after.',
          recordedBy: 'therapist',
          exercisesDone: 3,
        },
        { daysAgo: 66, pain: 1, rpe: 6, notes: null, recordedBy: 'assistant', exercisesDone: 5 },
        {
          daysAgo: 45,
          pain: 1,
          rpe: 7,
          notes: 'Lateral jumps: soft landings, slight hip drop on the left.',
          recordedBy: 'therapist',
          exercisesDone: 6,
        },
        { daysAgo: 31, pain: 0, rpe: 7, notes: null, recordedBy: 'assistant', exercisesDone: 6 },
        { daysAgo: 17, pain: 1, rpe: 7, notes: null, recordedBy: 'therapist', exercisesDone: 7 },
        {
          daysAgo: 3,
          pain: 0,
          rpe: 8,
          notes: 'Shuttle runs at full pace; confident on deceleration.',
          recordedBy: 'therapist',
          exercisesDone: 7,
        },
      ],
    },
    // The progress report that closed phase 1: the reminder counts the visits after its period.
    notes: [
      {
        type: 'progress',
        periodStartDaysAgo: 168,
        periodEndDaysAgo: 148,
        signedDaysAgo: 148,
        subjective:
          'Pain settling over the first three weeks (5/10 at the first visit, 3/10 now). Sleeping through the ' +
          'night since week 2. Walking indoors without crutches. Home exercises done daily.',
        objective:
          'Treatment visits: 3; pain 3–5/10, RPE 3–4/10.\n' +
          'Test session in week 3 after surgery: knee range of motion involved extension deficit 0°, flexion ' +
          '128°; uninvolved extension deficit -3°, flexion 145°. Effusion trace (stroke test). Quadriceps lag 0°.\n' +
          'Phase 1 exit criteria all met (full extension, flexion > 125°, effusion ≤ 1+, quadriceps lag ≤ 5°); ' +
          'advanced to phase 2.',
        assessment:
          'Early post-operative goals met: full extension restored, flexion 128°, minimal effusion, no extensor ' +
          'lag. Ready for strength and neuromuscular control work.',
        plan:
          'Phase 2: closed-chain strengthening, balance progressions, stationary bike. Weekly visits. Re-test ' +
          'heel height, knee signs and single-leg squat at the phase-2 exit; next progress report within 10 visits.',
        addenda: [
          {
            daysAgo: 146,
            body:
              'The patient also reported brief anterior knee pain on stairs in week 2, resolved by the test ' +
              'session; it was left out of the subjective section.',
          },
        ],
      },
    ],
  },
  {
    recordNumber: 'DEMO-0002',
    givenName: 'Jonah',
    familyName: 'Okafor',
    dateOfBirth: '1998-11-02',
    sex: 'male',
    episode: {
      involvedSide: 'right',
      injuryDaysAgo: 95,
      surgeryDaysAgo: 80,
      graftType: 'bone_patellar_tendon_bone_autograft',
      concomitantInjuries: [],
      sport: 'Basketball',
      preInjuryTegner: 9,
    },
  },
  {
    recordNumber: 'DEMO-0003',
    givenName: 'Sofia',
    familyName: 'Marchetti',
    dateOfBirth: '2007-02-21',
    sex: 'female',
    episode: {
      involvedSide: 'right',
      injuryDaysAgo: 300,
      surgeryDaysAgo: 280,
      graftType: 'quadriceps_tendon_autograft',
      concomitantInjuries: ['lateral_meniscus_tear', 'partial_meniscectomy'],
      sport: 'Alpine skiing',
      preInjuryTegner: 8,
    },
  },
  {
    recordNumber: 'DEMO-0004',
    givenName: 'Liam',
    familyName: 'Byrne',
    dateOfBirth: '1990-08-30',
    sex: 'male',
    episode: {
      involvedSide: 'left',
      injuryDaysAgo: 40,
      surgeryDaysAgo: null,
      graftType: null,
      concomitantInjuries: ['bone_bruise'],
      sport: 'Rugby union',
      preInjuryTegner: 10,
    },
    // Surgery not yet done: the pre-operative phase, getting the knee ready.
    assessments: [
      {
        daysAgo: 33,
        bodyMassKg: 94,
        notes: 'First visit after the injury.',
        measurements: [
          {
            type: 'knee_rom',
            input: {
              involved: { extensionDeficitDeg: 4, flexionDeg: 112 },
              uninvolved: { extensionDeficitDeg: -2, flexionDeg: 142 },
            },
          },
          { type: 'effusion', input: { grade: '2+' } },
          { type: 'quadriceps_lag', input: { degrees: 5 } },
        ],
      },
      {
        daysAgo: 5,
        bodyMassKg: 94,
        notes: null,
        measurements: [
          {
            type: 'knee_rom',
            input: {
              involved: { extensionDeficitDeg: 0, flexionDeg: 131 },
              uninvolved: { extensionDeficitDeg: -2, flexionDeg: 142 },
            },
          },
          { type: 'effusion', input: { grade: 'trace' } },
          { type: 'quadriceps_lag', input: { degrees: 0 } },
        ],
      },
    ],
    programme: {
      assignedDaysAgo: 33,
      equipment: ['mat', 'chair', 'resistance_band', 'step'],
      returnToSportSetKey: 'delaware',
      advances: [],
      edits: [],
      visits: [
        {
          daysAgo: 33,
          pain: 4,
          rpe: 3,
          notes: 'Effusion 2+; gentle range of motion only.',
          recordedBy: 'therapist',
          exercisesDone: 3,
        },
        { daysAgo: 26, pain: 3, rpe: 4, notes: null, recordedBy: 'assistant', exercisesDone: 4 },
        { daysAgo: 19, pain: 2, rpe: 4, notes: null, recordedBy: 'assistant', exercisesDone: 5 },
        {
          daysAgo: 12,
          pain: 2,
          rpe: 5,
          notes: 'Quadriceps lag gone on straight-leg raise.',
          recordedBy: 'therapist',
          exercisesDone: 6,
        },
        { daysAgo: 5, pain: 1, rpe: 5, notes: null, recordedBy: 'therapist', exercisesDone: 6 },
      ],
    },
  },
  {
    recordNumber: 'DEMO-0005',
    givenName: 'Aiko',
    familyName: 'Tanaka',
    dateOfBirth: '2001-12-09',
    sex: 'female',
    episode: {
      involvedSide: 'left',
      injuryDaysAgo: 420,
      surgeryDaysAgo: 390,
      graftType: 'hamstring_autograft',
      concomitantInjuries: ['mcl_injury'],
      sport: 'Handball',
      preInjuryTegner: 7,
    },
  },
];
