import type { CriteriaEvaluation, CriterionEvaluation } from '@proprio/clinical';
import type {
  Exercise,
  PhaseSummary,
  PrescribedExerciseView,
  Programme,
  ProgrammeHistory,
  Progression,
  Protocol,
  ProtocolSummary,
  ProtocolVersion,
  SessionPage,
  TreatmentSession,
} from '@proprio/contracts';

/** Test data for programmes and sessions, in the exact shapes the API returns (specs only). */

export function prescribedItem(overrides: Partial<PrescribedExerciseView> = {}): PrescribedExerciseView {
  return {
    id: 'item-1',
    exerciseId: 'ex-stance',
    exerciseName: 'Single-leg stance',
    dosage: { sets: 3, reps: null, holdSeconds: 30, frequencyPerWeek: 5, loadKg: null },
    progression: { surface: 'firm', vision: 'eyes_open' },
    notes: null,
    ...overrides,
  };
}

export function programme(overrides: Partial<Programme> = {}): Programme {
  return {
    id: 'prog-1',
    episodeId: 'e-1',
    protocolId: 'proto-seeded',
    protocolTitle: 'Post-ACL criteria-based rehabilitation',
    protocolVersionId: 'pv-2',
    protocolVersionNumber: 2,
    therapistId: 'user-therapist',
    currentPhaseKey: 'p1',
    currentPhaseName: 'Phase 1: early post-operative',
    phaseStartedOn: '2026-02-01',
    returnToSportSetKey: 'delaware',
    equipment: ['mat', 'foam_pad'],
    items: [
      prescribedItem(),
      prescribedItem({
        id: 'item-2',
        exerciseId: 'ex-bridge',
        exerciseName: 'Bridge',
        dosage: { sets: 3, reps: 10, holdSeconds: null, frequencyPerWeek: 3, loadKg: null },
        progression: {},
      }),
    ],
    revision: 1,
    createdAt: '2026-02-01T09:00:00.000Z',
    updatedAt: '2026-02-01T09:00:00.000Z',
    version: 3,
    ...overrides,
  };
}

export function criterion(overrides: Partial<CriterionEvaluation> = {}): CriterionEvaluation {
  return {
    measure: 'single_hop_lsi_pct',
    comparator: '>=',
    threshold: 90,
    bonus: false,
    label: 'Single hop LSI',
    unit: '%',
    status: 'not_met',
    value: 82.43243243243244,
    date: '2026-03-01',
    ...overrides,
  };
}

/** One required criterion of each status, and a bonus one not measured. */
export function mixedEvaluation(): CriteriaEvaluation {
  return {
    criteria: [
      criterion(),
      criterion({
        measure: 'quad_strength_lsi_pct',
        label: 'Quadriceps strength LSI',
        status: 'not_measured',
        value: null,
        date: null,
      }),
      criterion({
        measure: 'effusion_grade',
        comparator: '<=',
        threshold: 'trace',
        label: 'Effusion (stroke test)',
        unit: null,
        status: 'met',
        value: 'zero',
        date: '2026-02-20',
      }),
      criterion({
        measure: 'leg_press_1rm_xbw',
        threshold: 1.5,
        bonus: true,
        label: 'Single-leg leg press 1RM',
        unit: '× BW',
        status: 'not_measured',
        value: null,
        date: null,
      }),
    ],
    allMet: false,
    met: 1,
    notMet: 1,
    notMeasured: 1,
    bonusMet: 0,
  };
}

export function allMetEvaluation(): CriteriaEvaluation {
  return {
    criteria: [criterion({ status: 'met', value: 93.8 })],
    allMet: true,
    met: 1,
    notMet: 0,
    notMeasured: 0,
    bonusMet: 0,
  };
}

export function phases(current = 'p1'): PhaseSummary[] {
  const list: Omit<PhaseSummary, 'status'>[] = [
    { key: 'preop', name: 'Pre-operative', typicalWeeks: { from: -6, to: 0 } },
    { key: 'p1', name: 'Phase 1: early post-operative', typicalWeeks: { from: 0, to: 2 } },
    { key: 'p2', name: 'Phase 2: strength and control', typicalWeeks: { from: 2, to: 6 } },
    { key: 'p5', name: 'Return to sport', typicalWeeks: { from: 36, to: null } },
  ];
  const index = list.findIndex((phase) => phase.key === current);
  return list.map((phase, i) => ({
    ...phase,
    status: i < index ? 'done' : i === index ? 'current' : 'upcoming',
  }));
}

export function progression(overrides: Partial<Progression> = {}): Progression {
  const all = phases();
  return {
    currentPhase: all[1] as PhaseSummary,
    nextPhase: all[2] as PhaseSummary,
    phases: all,
    evaluation: mixedEvaluation(),
    weeksSinceSurgery: 5,
    asOf: '2026-03-08',
    ...overrides,
  };
}

export function programmeHistory(): ProgrammeHistory {
  const bridge = programme().items[1] as PrescribedExerciseView;
  const nordic = prescribedItem({
    id: 'item-3',
    exerciseId: 'ex-nordic',
    exerciseName: 'Nordic hamstring',
    dosage: { sets: 3, reps: 5, holdSeconds: null, frequencyPerWeek: 2, loadKg: null },
    progression: {},
  });
  return {
    revisions: [
      {
        number: 1,
        changedAt: '2026-02-01T09:00:00.000Z',
        changedBy: 'user-therapist',
        kind: 'assigned',
        reason: null,
        phaseKey: 'p1',
        items: [prescribedItem(), bridge],
        changes: [],
      },
      {
        number: 2,
        changedAt: '2026-02-15T10:30:00.000Z',
        changedBy: 'u-2',
        kind: 'edited',
        reason: 'Good control on firm ground',
        phaseKey: 'p1',
        items: [prescribedItem({ progression: { surface: 'foam', vision: 'eyes_open' } }), nordic],
        changes: [
          {
            kind: 'changed',
            itemId: 'item-1',
            exerciseId: 'ex-stance',
            fields: [
              { field: 'dosage.holdSeconds', before: 30, after: 45 },
              { field: 'progression.surface', before: 'firm', after: 'foam' },
            ],
          },
          { kind: 'added', itemId: 'item-3', exerciseId: 'ex-nordic', after: nordic },
          { kind: 'removed', itemId: 'item-2', exerciseId: 'ex-bridge', before: bridge },
        ],
      },
    ],
    transitions: [
      {
        id: 't-1',
        fromPhaseKey: 'preop',
        toPhaseKey: 'p1',
        transitionedAt: '2026-02-01T09:00:00.000Z',
        transitionedBy: 'user-therapist',
        overrideReason: 'Surgery brought forward; quadriceps lag accepted',
        criteria: mixedEvaluation(),
      },
    ],
  };
}

export function exercise(overrides: Partial<Exercise> = {}): Exercise {
  return {
    id: 'ex-nordic',
    source: 'seeded',
    catalogueNumber: 30,
    name: 'Nordic hamstring',
    description: null,
    skills: ['power'],
    equipment: ['partner'],
    phases: ['p2', 'p3'],
    defaultDosage: { sets: 3, reps: 5, holdSeconds: null, frequencyPerWeek: 2, loadKg: null },
    dosageSource: 'FIFA 11+',
    dosageEvidence: 'V',
    progressionVariables: ['speed'],
    progressionNotes: null,
    archivedAt: null,
    version: 1,
    ...overrides,
  };
}

export function stanceExercise(): Exercise {
  return exercise({
    id: 'ex-stance',
    name: 'Single-leg stance',
    skills: ['balance'],
    equipment: [],
    phases: ['p1', 'p2'],
    defaultDosage: { sets: 3, reps: null, holdSeconds: 30, frequencyPerWeek: 5, loadKg: null },
    progressionVariables: ['surface', 'vision', 'perturbation'],
  });
}

export function bridgeExercise(): Exercise {
  return exercise({
    id: 'ex-bridge',
    name: 'Bridge',
    skills: ['coordination'],
    equipment: ['mat'],
    phases: ['p1'],
    defaultDosage: { sets: 3, reps: 10, holdSeconds: null, frequencyPerWeek: 3, loadKg: null },
    progressionVariables: ['base', 'load'],
  });
}

export function protocolSummary(overrides: Partial<ProtocolSummary> = {}): ProtocolSummary {
  return {
    id: 'proto-seeded',
    source: 'seeded',
    title: 'Post-ACL criteria-based rehabilitation',
    description: null,
    latestVersion: { id: 'pv-2', number: 2, createdAt: '2026-01-05T00:00:00.000Z', createdBy: null, inUse: true },
    archivedAt: null,
    ...overrides,
  };
}

export function protocolWithVersions(): Protocol {
  return {
    ...protocolSummary(),
    versions: [
      { id: 'pv-2', number: 2, createdAt: '2026-01-05T00:00:00.000Z', createdBy: null, inUse: true },
      { id: 'pv-1', number: 1, createdAt: '2025-06-01T00:00:00.000Z', createdBy: null, inUse: true },
    ],
    clonedFromVersionId: null,
    version: 1,
  };
}

export function protocolVersion(): ProtocolVersion {
  const phase = (key: string, name: string, from: number | null, to: number | null, preoperative = false) => ({
    key,
    name,
    typicalWeeks: { from, to },
    preoperative,
    returnToSportGate: key === 'p5',
    exitCriteria: [],
    exercises: [],
    guidance: null,
  });
  return {
    id: 'pv-2',
    number: 2,
    createdAt: '2026-01-05T00:00:00.000Z',
    createdBy: null,
    inUse: true,
    protocolId: 'proto-seeded',
    title: 'Post-ACL criteria-based rehabilitation',
    definition: {
      phases: [
        phase('preop', 'Pre-operative', -6, 0, true),
        phase('p1', 'Phase 1: early post-operative', 0, 2),
        phase('p2', 'Phase 2: strength and control', 2, 6),
        phase('p5', 'Return to sport', 36, null),
      ],
      returnToSportSets: [
        { key: 'delaware', name: 'Delaware-Oslo', evidence: 'V', source: null, criteria: [] },
        { key: 'kyritsis', name: 'Kyritsis', evidence: 'V', source: null, criteria: [] },
      ],
    },
    exerciseNames: {},
    version: 1,
  };
}

export function treatmentSession(overrides: Partial<TreatmentSession> = {}): TreatmentSession {
  return {
    id: 's-1',
    episodeId: 'e-1',
    performedOn: '2026-03-02',
    pain: 2,
    rpe: 5,
    notes: 'Good session',
    exercises: [
      {
        programmeItemId: 'item-1',
        exerciseId: 'ex-stance',
        exerciseName: 'Single-leg stance',
        sets: 3,
        reps: null,
        holdSeconds: 30,
        loadKg: null,
        notes: null,
      },
    ],
    recordedBy: 'user-therapist',
    createdAt: '2026-03-02T10:00:00.000Z',
    ...overrides,
  };
}

export function sessionPage(overrides: Partial<SessionPage> = {}): SessionPage {
  return {
    items: [treatmentSession()],
    total: 1,
    limit: 10,
    offset: 0,
    visitsSinceLastProgressNote: 3,
    progressNoteInterval: 10,
    progressNoteDue: false,
    ...overrides,
  };
}
