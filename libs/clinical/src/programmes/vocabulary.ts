/**
 * The words of the exercise library and of prescriptions (REFERENCE §5): neuromuscular skills,
 * equipment, the standard phases of the post-ACL structure, dosage bounds and the progression
 * variables a therapist sets per prescribed exercise. One list each, used by the API's validation,
 * the seed data and the dashboard's filters.
 */
export const SKILLS = ['agility', 'balance', 'coordination', 'reaction_time', 'speed', 'power'] as const;
export type Skill = (typeof SKILLS)[number];

export const SKILL_LABELS: Readonly<Record<Skill, string>> = {
  agility: 'Agility',
  balance: 'Balance',
  coordination: 'Coordination',
  reaction_time: 'Reaction time',
  speed: 'Speed',
  power: 'Power / plyometric',
};

/** Equipment an exercise needs (all of its list). An exercise with none needs nothing. */
export const EQUIPMENT = [
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
  'y_balance_kit',
  'reaction_lights',
  'ankle_weight',
] as const;
export type Equipment = (typeof EQUIPMENT)[number];

export const EQUIPMENT_LABELS: Readonly<Record<Equipment, string>> = {
  mat: 'Mat',
  chair: 'Chair',
  ball: 'Ball',
  partner: 'Partner',
  balance_disc: 'Balance disc',
  foam_pad: 'Foam pad',
  box: 'Box (about 20 cm)',
  step: 'Step',
  resistance_band: 'Resistance band',
  cones: 'Cones',
  tape: 'Floor tape',
  y_balance_kit: 'Y-balance kit',
  reaction_lights: 'Reaction lights',
  ankle_weight: 'Ankle weight',
};

/**
 * The standard phases of the seeded post-ACL structure (REFERENCE §2.3, §2.5). Exercises are tagged
 * with the phases they suit; a clinic protocol may name its phases differently, but its phase keys are
 * matched against these tags when a programme is generated.
 */
export const STANDARD_PHASES = ['preop', 'p1', 'p2', 'p3', 'p4', 'p5'] as const;
export type StandardPhase = (typeof STANDARD_PHASES)[number];

export const STANDARD_PHASE_LABELS: Readonly<Record<StandardPhase, string>> = {
  preop: 'Pre-op',
  p1: 'Phase 1',
  p2: 'Phase 2',
  p3: 'Phase 3',
  p4: 'Phase 4',
  p5: 'Phase 5',
};

/**
 * A prescribed amount of one exercise. `reps` or `holdSeconds` (or both) says what one set is;
 * `loadKg` is external load, null for body weight.
 */
export interface Dosage {
  sets: number;
  reps: number | null;
  holdSeconds: number | null;
  frequencyPerWeek: number;
  loadKg: number | null;
}

/** Data-entry bounds of a dosage: integers except load (0.5 kg steps are common). */
export const DOSAGE_LIMITS = {
  sets: { min: 1, max: 10 },
  reps: { min: 1, max: 100 },
  holdSeconds: { min: 1, max: 600 },
  frequencyPerWeek: { min: 1, max: 14 },
  loadKg: { min: 0, max: 300 },
} as const;

/** The progression variables of REFERENCE §5, each with its allowed settings. */
export const PROGRESSION_VARIABLES = {
  surface: ['firm', 'foam', 'disc', 'trampoline'],
  vision: ['eyes_open', 'eyes_closed'],
  base: ['double_leg', 'staggered', 'single_leg'],
  perturbation: ['none', 'self', 'partner', 'ball'],
  dual_task: ['none', 'cognitive', 'motor'],
  plane: ['sagittal', 'frontal', 'transverse', 'multi'],
  anticipation: ['pre_planned', 'unanticipated'],
  speed: ['slow', 'moderate', 'max'],
  load: ['bodyweight', 'external'],
  fatigue_state: ['rested', 'fatigued'],
  landing: ['two_foot', 'one_foot', 'stick_2s', 'rebound'],
} as const;
export type ProgressionVariable = keyof typeof PROGRESSION_VARIABLES;
export type ProgressionSettings = {
  [V in ProgressionVariable]?: (typeof PROGRESSION_VARIABLES)[V][number];
};

export const PROGRESSION_VARIABLE_LABELS: Readonly<Record<ProgressionVariable, string>> = {
  surface: 'Surface',
  vision: 'Vision',
  base: 'Base of support',
  perturbation: 'Perturbation',
  dual_task: 'Dual task',
  plane: 'Plane of motion',
  anticipation: 'Anticipation',
  speed: 'Speed',
  load: 'Load',
  fatigue_state: 'Fatigue state',
  landing: 'Landing',
};

export function isSkill(value: unknown): value is Skill {
  return typeof value === 'string' && (SKILLS as readonly string[]).includes(value);
}

export function isEquipment(value: unknown): value is Equipment {
  return typeof value === 'string' && (EQUIPMENT as readonly string[]).includes(value);
}

export function isStandardPhase(value: unknown): value is StandardPhase {
  return typeof value === 'string' && (STANDARD_PHASES as readonly string[]).includes(value);
}
