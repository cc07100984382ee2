import type { ProtocolDefinition } from '@proprio/clinical';
import type {
  CaseloadEntry,
  Exercise,
  Protocol,
  ProtocolSummary,
  ProtocolVersion,
  ProtocolVersionSummary,
} from '@proprio/contracts';

/** Library, protocol and caseload test data, in the exact shapes the API returns. */

export function exercise(overrides: Partial<Exercise> = {}): Exercise {
  return {
    id: 'x-1',
    source: 'seeded',
    catalogueNumber: 1,
    name: 'Quadriceps set / SLR with no lag',
    description: 'Tighten the quadriceps to straighten the knee fully, then lift the straight leg.',
    skills: ['coordination'],
    equipment: ['mat'],
    phases: ['p1'],
    defaultDosage: { sets: 3, reps: 10, holdSeconds: 5, frequencyPerWeek: 7, loadKg: null },
    dosageSource: 'Typical (not sourced)',
    dosageEvidence: 'U',
    progressionVariables: ['load'],
    progressionNotes: 'add ankle weight',
    archivedAt: null,
    version: 1,
    ...overrides,
  };
}

export function clinicExercise(overrides: Partial<Exercise> = {}): Exercise {
  return exercise({
    id: 'x-clinic',
    source: 'clinic',
    catalogueNumber: null,
    name: 'Lateral step-down',
    description: null,
    skills: ['balance', 'coordination'],
    equipment: ['step'],
    phases: ['p2', 'p3'],
    defaultDosage: { sets: 3, reps: 12, holdSeconds: null, frequencyPerWeek: 3, loadKg: null },
    dosageSource: null,
    dosageEvidence: null,
    progressionVariables: ['surface', 'vision'],
    progressionNotes: null,
    version: 4,
    ...overrides,
  });
}

export function versionSummary(overrides: Partial<ProtocolVersionSummary> = {}): ProtocolVersionSummary {
  return {
    id: 'pv-1',
    number: 1,
    createdAt: '2026-01-05T09:00:00.000Z',
    createdBy: null,
    inUse: true,
    ...overrides,
  };
}

export function protocolSummary(overrides: Partial<ProtocolSummary> = {}): ProtocolSummary {
  return {
    id: 'pr-1',
    source: 'seeded',
    title: 'Post-ACLR criteria-based protocol',
    description: 'The seeded template',
    latestVersion: versionSummary(),
    archivedAt: null,
    ...overrides,
  };
}

export function protocol(overrides: Partial<Protocol> = {}): Protocol {
  const summary = protocolSummary(overrides);
  return {
    ...summary,
    versions: [summary.latestVersion],
    clonedFromVersionId: null,
    version: 1,
    ...overrides,
  };
}

export function definition(): ProtocolDefinition {
  return {
    phases: [
      {
        key: 'p1',
        name: 'Early post-op',
        typicalWeeks: { from: 0, to: 2 },
        preoperative: false,
        returnToSportGate: false,
        exitCriteria: [
          {
            measure: 'knee_ext_deficit_deg',
            comparator: '<=',
            threshold: 0,
            evidence: 'V',
            source: 'Delaware',
            bonus: false,
          },
          {
            measure: 'effusion_grade',
            comparator: '<=',
            threshold: 'trace',
            evidence: 'S',
            source: 'Sturgill 2009',
            bonus: false,
          },
          { measure: 'quad_lag_deg', comparator: '<=', threshold: 0, evidence: null, source: null, bonus: false },
        ],
        exercises: [
          {
            exerciseId: 'x-1',
            dosage: { sets: 3, reps: 10, holdSeconds: 5, frequencyPerWeek: 7, loadKg: null },
            progression: { load: 'bodyweight' },
            notes: null,
          },
        ],
        guidance: 'Protect the graft.',
      },
      {
        key: 'p5',
        name: 'Return to sport',
        typicalWeeks: { from: 36, to: null },
        preoperative: false,
        returnToSportGate: true,
        exitCriteria: [],
        exercises: [],
        guidance: null,
      },
    ],
    returnToSportSets: [
      {
        key: 'delaware',
        name: 'Delaware-Oslo',
        evidence: 'V',
        source: 'Grindem 2016',
        criteria: [
          {
            measure: 'single_hop_lsi_pct',
            comparator: '>=',
            threshold: 90,
            evidence: 'V',
            source: 'Grindem 2016',
            bonus: false,
          },
          {
            measure: 'kos_adls_pct',
            comparator: '>=',
            threshold: 90,
            evidence: 'V',
            source: 'Grindem 2016',
            bonus: false,
          },
        ],
      },
      {
        key: 'melbourne',
        name: 'Melbourne',
        evidence: 'S',
        source: 'Melbourne ACL Rehabilitation Guide 2.0',
        criteria: [
          {
            measure: 'leg_press_1rm_xbw',
            comparator: '>=',
            threshold: 1.5,
            evidence: 'S',
            source: 'Melbourne',
            bonus: true,
          },
        ],
      },
    ],
  };
}

export function protocolVersion(overrides: Partial<ProtocolVersion> = {}): ProtocolVersion {
  return {
    ...versionSummary(),
    protocolId: 'pr-1',
    title: 'Post-ACLR criteria-based protocol',
    definition: definition(),
    exerciseNames: { 'x-1': 'Quadriceps set / SLR with no lag' },
    version: 1,
    ...overrides,
  };
}

export function caseloadEntry(overrides: Partial<CaseloadEntry> = {}): CaseloadEntry {
  return {
    patientId: 'p-1',
    patientName: 'Ada Lovelace',
    recordNumber: 'MRN-001',
    episodeId: 'e-1',
    involvedSide: 'left',
    phaseKey: 'p3',
    phaseName: 'Phase 3: strength and neuromuscular control',
    phaseStartedOn: '2026-04-01',
    weeksSinceSurgery: 14,
    latestHopLsi: { type: 'hop_single', value: 82.43243243243244, date: '2026-05-01' },
    unmetCriteria: ['Single hop LSI', 'Quadriceps strength LSI', 'Y-balance composite LSI', 'KOS-ADLS', 'IKDC'],
    lastAssessmentOn: '2026-05-01',
    dueForRetest: false,
    visitsSinceLastProgressNote: 4,
    dueForProgressNote: false,
    stalled: false,
    ...overrides,
  };
}
