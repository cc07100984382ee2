import { describe, expect, it } from '@jest/globals';
import { validateDosage } from './dosage.js';
import { SEEDED_EXERCISES, seededExercise, type SeededExercise } from './exercise-catalogue.js';
import { isEquipment, isSkill, isStandardPhase, PROGRESSION_VARIABLES, STANDARD_PHASES } from './vocabulary.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function byNumber(n: number): SeededExercise {
  const exercise = SEEDED_EXERCISES.find((e) => e.catalogueNumber === n);
  if (exercise === undefined) throw new Error(`no #${n}`);
  return exercise;
}

describe('SEEDED_EXERCISES: the REFERENCE §5 catalogue', () => {
  it('has the 38 exercises, numbered 1 to 38 in order', () => {
    expect(SEEDED_EXERCISES).toHaveLength(38);
    expect(SEEDED_EXERCISES.map((e) => e.catalogueNumber)).toEqual(Array.from({ length: 38 }, (_, i) => i + 1));
  });

  it('gives every exercise a fixed, unique, valid uuid and a unique name', () => {
    const ids = SEEDED_EXERCISES.map((e) => e.id);
    expect(new Set(ids).size).toBe(38);
    for (const exercise of SEEDED_EXERCISES) {
      expect(exercise.id).toMatch(UUID_V4);
      expect(exercise.id).toBe(`5e0d0000-0000-4000-8000-${String(exercise.catalogueNumber).padStart(12, '0')}`);
    }
    expect(new Set(SEEDED_EXERCISES.map((e) => e.name.toLowerCase())).size).toBe(38);
  });

  it('uses only the vocabulary: skills, equipment, phases and progression variables', () => {
    for (const exercise of SEEDED_EXERCISES) {
      expect(exercise.skills.length).toBeGreaterThan(0);
      expect(exercise.skills.every(isSkill)).toBe(true);
      expect(exercise.equipment.every(isEquipment)).toBe(true);
      expect(exercise.phases.length).toBeGreaterThan(0);
      expect(exercise.phases.every(isStandardPhase)).toBe(true);
      expect(exercise.progressionVariables.every((v) => Object.hasOwn(PROGRESSION_VARIABLES, v))).toBe(true);
      expect(['V', 'S', 'U']).toContain(exercise.dosageEvidence);
      // No duplicates within a list.
      for (const list of [exercise.skills, exercise.equipment, exercise.phases, exercise.progressionVariables]) {
        expect(new Set<string>(list).size).toBe(list.length);
      }
      // Phases in protocol order (ranges such as P2–P5 expanded).
      const order = exercise.phases.map((p) => STANDARD_PHASES.indexOf(p));
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
  });

  it('gives every exercise a default dosage within the data-entry limits', () => {
    for (const exercise of SEEDED_EXERCISES) {
      const result = validateDosage(exercise.defaultDosage, `#${exercise.catalogueNumber}`);
      expect(result).toEqual({ ok: true, value: exercise.defaultDosage });
    }
  });

  it('tags every unsourced ("Typical") dosage U', () => {
    for (const exercise of SEEDED_EXERCISES.filter((e) => e.dosageSource.startsWith('Typical'))) {
      expect(exercise.dosageEvidence).toBe('U');
    }
  });

  it('is deep-frozen, so the seed cannot be changed by accident', () => {
    expect(Object.isFrozen(SEEDED_EXERCISES)).toBe(true);
    expect(Object.isFrozen(byNumber(1).defaultDosage)).toBe(true);
  });

  it('finds an exercise by id', () => {
    expect(seededExercise(byNumber(12).id)?.catalogueNumber).toBe(12);
    expect(seededExercise('00000000-0000-4000-8000-000000000000')).toBeUndefined();
  });
});

describe('SEEDED_EXERCISES: rows checked against the table', () => {
  it('#1 quadriceps set: 3×10, 5 s holds, daily, typical; ankle weight → load', () => {
    expect(byNumber(1)).toMatchObject({
      name: 'Quadriceps set / SLR with no lag',
      skills: ['coordination'],
      equipment: ['mat'],
      phases: ['p1'],
      defaultDosage: { sets: 3, reps: 10, holdSeconds: 5, frequencyPerWeek: 7, loadKg: null },
      dosageEvidence: 'U',
      progressionVariables: ['load'],
      progressionNotes: 'add ankle weight',
    });
  });

  it('#4 single-leg stance: no equipment, P1–P2, eyes closed and foam', () => {
    expect(byNumber(4)).toMatchObject({
      equipment: [],
      phases: ['p1', 'p2'],
      defaultDosage: { sets: 3, reps: null, holdSeconds: 30 },
      progressionVariables: ['vision', 'surface'],
      progressionNotes: 'EO→EC; foam/disc; head turns',
    });
  });

  it('#9 disc and ball; #10 tape rather than a Y-balance kit', () => {
    expect(byNumber(9).equipment).toEqual(['balance_disc', 'ball']);
    expect(byNumber(9).skills).toEqual(['balance', 'coordination', 'reaction_time']);
    expect(byNumber(10).equipment).toEqual(['tape']);
  });

  it('#11 front plank: P1–P5, 11+ 7.1 20–30 s ×3 [V] → 3 × 20 s', () => {
    expect(byNumber(11)).toMatchObject({
      skills: ['coordination'],
      phases: ['p1', 'p2', 'p3', 'p4', 'p5'],
      defaultDosage: { sets: 3, reps: null, holdSeconds: 20, frequencyPerWeek: 2 },
      dosageEvidence: 'V',
    });
    expect(byNumber(11).dosageSource).toContain('FIFA 11+');
  });

  it('#13 Nordic hamstring: power, partner, beginner reps', () => {
    expect(byNumber(13)).toMatchObject({
      skills: ['power'],
      equipment: ['partner'],
      phases: ['p2', 'p3', 'p4', 'p5'],
      defaultDosage: { sets: 1, reps: 3 },
      dosageEvidence: 'S',
    });
  });

  it('#20 band → resistance band; #27 2" cone → cones; #30 box/line → nothing; #37 lights/partner → partner', () => {
    expect(byNumber(20).equipment).toEqual(['resistance_band']);
    expect(byNumber(27).equipment).toEqual(['cones']);
    expect(byNumber(30).equipment).toEqual([]);
    expect(byNumber(37).equipment).toEqual(['partner']);
  });

  it('#21 running: 11+ 2 sets → 2 × 1, twice a week, pace → speed', () => {
    expect(byNumber(21)).toMatchObject({
      skills: ['speed', 'coordination'],
      equipment: ['cones'],
      phases: ['p3', 'p4', 'p5'],
      defaultDosage: { sets: 2, reps: 1, holdSeconds: null, frequencyPerWeek: 2, loadKg: null },
      dosageEvidence: 'S',
      progressionVariables: ['speed'],
    });
  });

  it('#28 PEP hops: 30 s [V], three times a week', () => {
    expect(byNumber(28)).toMatchObject({
      defaultDosage: { sets: 1, reps: null, holdSeconds: 30, frequencyPerWeek: 3 },
      dosageSource: 'PEP',
      dosageEvidence: 'V',
      progressionVariables: ['base'],
    });
  });

  it('#31 hop-and-stick: 3×5, hold 2 s; unanticipated direction cue', () => {
    expect(byNumber(31)).toMatchObject({
      skills: ['power', 'balance'],
      equipment: ['tape'],
      phases: ['p3', 'p4'],
      defaultDosage: { sets: 3, reps: 5, holdSeconds: 2 },
      progressionVariables: expect.arrayContaining(['anticipation']),
    });
  });

  it('#36 T-drill: P4 only, no progression', () => {
    expect(byNumber(36)).toMatchObject({
      skills: ['agility', 'speed'],
      phases: ['p4'],
      progressionVariables: [],
      progressionNotes: null,
    });
  });

  it('#38 drop jump: 3×5, box', () => {
    expect(byNumber(38)).toMatchObject({
      skills: ['power', 'coordination'],
      equipment: ['box'],
      phases: ['p3', 'p4'],
      defaultDosage: { sets: 3, reps: 5 },
      dosageEvidence: 'U',
    });
  });

  it('infers progression variables from the progression column words', () => {
    const expectations: [number, string][] = [
      [2, 'vision'],
      [5, 'surface'],
      [8, 'perturbation'],
      [9, 'dual_task'],
      [14, 'load'],
      [17, 'plane'],
      [33, 'anticipation'],
      [29, 'landing'],
      [37, 'fatigue_state'],
    ];
    for (const [n, variable] of expectations) expect(byNumber(n).progressionVariables).toContain(variable);
  });
});
