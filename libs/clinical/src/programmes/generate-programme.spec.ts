import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { SEEDED_EXERCISES } from './exercise-catalogue.js';
import { generatePrescription, startPhaseKey, type LibraryExercise } from './generate-programme.js';
import { SEEDED_PROTOCOL } from './post-aclr-protocol.js';
import type { ProtocolDefinition } from './protocol-types.js';
import { EQUIPMENT, type Equipment } from './vocabulary.js';

const LIBRARY: LibraryExercise[] = SEEDED_EXERCISES.map((e) => ({ ...e, archived: false }));
const id = (n: number) => `5e0d0000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const { definition } = SEEDED_PROTOCOL;

function counter(): () => string {
  let next = 0;
  return () => `item-${++next}`;
}

function generate(
  phaseKey: string,
  equipment: readonly Equipment[],
  exercises: readonly LibraryExercise[] = LIBRARY,
  protocol: ProtocolDefinition = definition,
) {
  return generatePrescription({ definition: protocol, phaseKey, equipment, exercises, newId: counter() });
}

describe('generatePrescription', () => {
  it('prescribes the phase as written when the patient has all the equipment', () => {
    const result = generate('p2', EQUIPMENT);
    const phase = definition.phases.find((p) => p.key === 'p2');
    expect(result.substitutions).toEqual([]);
    expect(result.items).toEqual(
      phase?.exercises.map((e, i) => ({
        id: `item-${i + 1}`,
        exerciseId: e.exerciseId,
        dosage: e.dosage,
        progression: e.progression,
        notes: e.notes,
      })),
    );
  });

  it('replaces exercises needing missing equipment by the closest by skills, in place', () => {
    // p2 lists #18 (box), #14 (box), #15 (step), #19 (chair), #12 (mat), #9 (disc, ball), #4 (none).
    // P2 exercises needing nothing: #4 (listed), #5 BAL COO, #16 COO, #17 COO BAL.
    const result = generate('p2', []);
    expect(result.items.map((i) => i.exerciseId)).toEqual([id(5), id(16), id(17), id(4)]);
    expect(result.items.map((i) => i.id)).toEqual(['item-1', 'item-2', 'item-3', 'item-4']);
    expect(result.substitutions.map((s) => [s.replaced, s.by])).toEqual([
      [id(18), id(5)], // shares coordination and balance; #5 and #17 tie, the lower number wins
      [id(14), id(16)], // coordination; #16 and #17 tie
      [id(15), id(17)],
      [id(19), null], // every candidate is taken
      [id(12), null],
      [id(9), null],
    ]);
    expect(result.substitutions[0]?.reason).toBe(
      'needs equipment the patient does not have (Box (about 20 cm)); replaced by ' +
        'Single-leg stance with head turns ("No\'s and Yes\'s"), which shares 2 skills',
    );
    expect(result.substitutions[5]?.reason).toContain('Balance disc, Ball');
    expect(result.substitutions[5]?.reason).toContain('no exercise of this phase');
  });

  it('replaces an exercise only by one training its primary skill, not by one sharing a minor skill', () => {
    // #38 drop jump (box) is POW, COO. #16 squats with toe raise (COO, no equipment) comes first in
    // catalogue order and shares coordination, but a plyometric must be replaced by a plyometric: #26.
    const p3 = definition.phases.find((p) => p.key === 'p3');
    const dropJump = { exerciseId: id(38), dosage: LIBRARY[37]!.defaultDosage, progression: {}, notes: null };
    const protocol = { ...definition, phases: [{ ...p3!, exercises: [dropJump] }] };
    const result = generate('p3', [], LIBRARY, protocol);
    expect(result.substitutions.map((s) => [s.replaced, s.by])).toEqual([[id(38), id(26)]]);
  });

  it("gives a substitute its default dosage and no progression, and keeps the protocol's for the others", () => {
    const withProgression = structuredClone(definition);
    const p2 = withProgression.phases.find((p) => p.key === 'p2');
    if (p2 === undefined) throw new Error('no p2');
    p2.exercises = p2.exercises.map((e) => ({ ...e, progression: { speed: 'slow' }, notes: 'protocol note' }));
    const result = generate('p2', [], LIBRARY, withProgression);
    const substitute = SEEDED_EXERCISES.find((e) => e.catalogueNumber === 5);
    expect(result.items[0]).toEqual({
      id: 'item-1',
      exerciseId: id(5),
      dosage: substitute?.defaultDosage,
      progression: {},
      notes: null,
    });
    expect(result.items[3]).toMatchObject({
      exerciseId: id(4),
      progression: { speed: 'slow' },
      notes: 'protocol note',
    });
  });

  it('skips archived exercises and orders exercises without a catalogue number last, then by name and id', () => {
    const archived = LIBRARY.map((e) => (e.catalogueNumber === 5 ? { ...e, archived: true } : e));
    expect(generate('p2', [], archived).substitutions[0]?.by).toBe(id(17));

    const own = (exerciseId: string, name: string): LibraryExercise => ({
      id: exerciseId,
      catalogueNumber: null,
      name,
      skills: ['balance', 'coordination'],
      equipment: [],
      phases: ['p2'],
      defaultDosage: { sets: 1, reps: 5, holdSeconds: null, frequencyPerWeek: 3, loadKg: null },
      archived: false,
    });
    const onlyOwn = [
      ...LIBRARY.filter((e) => ![5, 16, 17].includes(e.catalogueNumber ?? 0)),
      own('own-b', 'Zig-zag balance'),
      own('own-c', 'Balance walk'),
      own('own-a', 'Balance walk'),
    ];
    expect(
      generate('p2', [], onlyOwn)
        .substitutions.slice(0, 3)
        .map((s) => s.by),
    ).toEqual(['own-a', 'own-c', 'own-b']);
  });

  it('does not substitute in a phase whose key is not a standard phase', () => {
    const renamed = structuredClone(definition);
    const p2 = renamed.phases.find((p) => p.key === 'p2');
    if (p2 === undefined) throw new Error('no p2');
    p2.key = 'strength';
    const result = generate('strength', [], LIBRARY, renamed);
    expect(result.items.map((i) => i.exerciseId)).toEqual([id(4)]);
    expect(result.substitutions.every((s) => s.by === null)).toBe(true);
    expect(result.substitutions[0]?.reason).toContain('not one of the standard phases');
  });

  it('drops an exercise the library does not know', () => {
    const result = generate(
      'p1',
      EQUIPMENT,
      LIBRARY.filter((e) => e.catalogueNumber !== 1),
    );
    expect(result.items.map((i) => i.exerciseId)).not.toContain(id(1));
    expect(result.substitutions).toEqual([{ replaced: id(1), by: null, reason: 'is not in the exercise library' }]);
  });

  it('throws for a phase the protocol does not have', () => {
    expect(() => generate('p9', EQUIPMENT)).toThrow(RangeError);
  });

  it('property: never prescribes missing equipment, an archived substitute or a duplicate, and is deterministic', () => {
    const phaseKeys = definition.phases.map((p) => p.key);
    fc.assert(
      fc.property(
        fc.constantFrom(...phaseKeys),
        fc.subarray([...EQUIPMENT]),
        fc.subarray(LIBRARY.map((e) => e.id)),
        fc.shuffledSubarray(
          LIBRARY.map((_, i) => i),
          { minLength: LIBRARY.length, maxLength: LIBRARY.length },
        ),
        (phaseKey, equipment, archivedIds, permutation) => {
          const library = LIBRARY.map((e) => ({ ...e, archived: archivedIds.includes(e.id) }));
          const shuffled = permutation.map((i) => library[i]!);
          const result = generate(phaseKey, equipment, library);
          expect(generate(phaseKey, equipment, shuffled)).toEqual(result);

          const byId = new Map(library.map((e) => [e.id, e]));
          const phase = definition.phases.find((p) => p.key === phaseKey);
          const planned = new Set(phase?.exercises.map((e) => e.exerciseId));
          const exerciseIds = result.items.map((i) => i.exerciseId);
          expect(new Set(exerciseIds).size).toBe(exerciseIds.length);
          for (const exerciseId of exerciseIds) {
            const exercise = byId.get(exerciseId);
            expect(exercise?.equipment.every((e) => equipment.includes(e))).toBe(true);
            if (!planned.has(exerciseId)) {
              expect(exercise?.archived).toBe(false);
              expect(exercise?.phases).toContain(phaseKey);
            }
          }
          const substituted = result.substitutions.filter((s) => s.by !== null).length;
          const kept = result.items.length - substituted;
          expect(kept + result.substitutions.length).toBe(phase?.exercises.length);
          expect(new Set(result.items.map((i) => i.id)).size).toBe(result.items.length);
        },
      ),
    );
  });
});

describe('startPhaseKey', () => {
  it('starts before surgery in the pre-operative phase', () => {
    expect(startPhaseKey(definition, { surgeryDate: null, today: '2026-03-01' })).toBe('preop');
    expect(startPhaseKey(definition, { surgeryDate: '2026-03-02', today: '2026-03-01' })).toBe('preop');
  });

  it('starts on or after the day of surgery in the first post-operative phase', () => {
    expect(startPhaseKey(definition, { surgeryDate: '2026-03-01', today: '2026-03-01' })).toBe('p1');
    expect(startPhaseKey(definition, { surgeryDate: '2025-12-01', today: '2026-03-01' })).toBe('p1');
  });

  it('starts in the first phase of a protocol without a pre-operative phase', () => {
    const postOnly = { ...definition, phases: definition.phases.filter((p) => !p.preoperative) };
    expect(startPhaseKey(postOnly, { surgeryDate: null, today: '2026-03-01' })).toBe('p1');
  });

  it('throws for a protocol without phases', () => {
    expect(() =>
      startPhaseKey({ phases: [], returnToSportSets: [] }, { surgeryDate: null, today: '2026-03-01' }),
    ).toThrow(RangeError);
  });
});
