import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { diffPrescriptions } from './prescription-diff.js';
import type { PrescribedExercise } from './protocol-types.js';
import { PROGRESSION_VARIABLES, type ProgressionSettings } from './vocabulary.js';

function item(id: string, overrides: Partial<PrescribedExercise> = {}): PrescribedExercise {
  return {
    id,
    exerciseId: `ex-${id}`,
    dosage: { sets: 3, reps: 10, holdSeconds: null, frequencyPerWeek: 3, loadKg: null },
    progression: {},
    notes: null,
    ...overrides,
  };
}

describe('diffPrescriptions', () => {
  it('finds nothing between equal prescriptions', () => {
    expect(diffPrescriptions([item('a'), item('b')], [item('a'), item('b')])).toEqual([]);
    expect(diffPrescriptions([], [])).toEqual([]);
  });

  it('reports added, changed and removed items by id, in a fixed order', () => {
    const before = [item('a'), item('b'), item('c'), item('d')];
    const after = [
      item('e'),
      item('c', { dosage: { sets: 2, reps: 12, holdSeconds: null, frequencyPerWeek: 3, loadKg: 5 } }),
      item('a'),
    ];
    expect(diffPrescriptions(before, after)).toEqual([
      { kind: 'added', itemId: 'e', exerciseId: 'ex-e', after: after[0] },
      {
        kind: 'changed',
        itemId: 'c',
        exerciseId: 'ex-c',
        fields: [
          { field: 'dosage.sets', before: 3, after: 2 },
          { field: 'dosage.reps', before: 10, after: 12 },
          { field: 'dosage.loadKg', before: null, after: 5 },
        ],
      },
      { kind: 'removed', itemId: 'b', exerciseId: 'ex-b', before: before[1] },
      { kind: 'removed', itemId: 'd', exerciseId: 'ex-d', before: before[3] },
    ]);
  });

  it('reports an exercise swapped in place as a change of exerciseId', () => {
    expect(diffPrescriptions([item('a')], [item('a', { exerciseId: 'other' })])).toEqual([
      {
        kind: 'changed',
        itemId: 'a',
        exerciseId: 'other',
        fields: [{ field: 'exerciseId', before: 'ex-a', after: 'other' }],
      },
    ]);
  });

  it('shows an unset progression variable as null, and notes changes', () => {
    const before = item('a', { progression: { surface: 'firm', vision: 'eyes_open' } });
    const after = item('a', { progression: { vision: 'eyes_closed', landing: 'stick_2s' }, notes: 'watch valgus' });
    expect(diffPrescriptions([before], [after])).toEqual([
      {
        kind: 'changed',
        itemId: 'a',
        exerciseId: 'ex-a',
        fields: [
          { field: 'progression.surface', before: 'firm', after: null },
          { field: 'progression.vision', before: 'eyes_open', after: 'eyes_closed' },
          { field: 'progression.landing', before: null, after: 'stick_2s' },
          { field: 'notes', before: null, after: 'watch valgus' },
        ],
      },
    ]);
  });

  it('counts a repeated id once', () => {
    expect(diffPrescriptions([], [item('a'), item('a')])).toHaveLength(1);
  });

  const progression = fc.record(
    Object.fromEntries(
      Object.entries(PROGRESSION_VARIABLES).map(([key, settings]) => [key, fc.constantFrom(...settings)]),
    ),
    { requiredKeys: [] },
  ) as fc.Arbitrary<ProgressionSettings>;
  const prescribed = fc.record({
    id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
    exerciseId: fc.constantFrom('x', 'y', 'z'),
    dosage: fc.record({
      sets: fc.integer({ min: 1, max: 4 }),
      reps: fc.option(fc.integer({ min: 1, max: 20 })),
      holdSeconds: fc.option(fc.integer({ min: 1, max: 60 })),
      frequencyPerWeek: fc.integer({ min: 1, max: 7 }),
      loadKg: fc.option(fc.constantFrom(0, 2.5, 5)),
    }),
    progression,
    notes: fc.option(fc.constantFrom('slow', 'fast')),
  });
  const prescription = fc.uniqueArray(prescribed, { selector: (i) => i.id, maxLength: 6 });

  it('property: a prescription compared with itself (or a copy) has no changes', () => {
    fc.assert(
      fc.property(prescription, (items) => {
        expect(diffPrescriptions(items, items)).toEqual([]);
        expect(diffPrescriptions(items, structuredClone(items))).toEqual([]);
      }),
    );
  });

  it('property: every id is accounted for once, with the right kind, deterministically', () => {
    fc.assert(
      fc.property(prescription, prescription, (before, after) => {
        const changes = diffPrescriptions(before, after);
        expect(diffPrescriptions(before, after)).toEqual(changes);
        const ids = changes.map((c) => c.itemId);
        expect(new Set(ids).size).toBe(ids.length);
        const beforeIds = new Set<string>(before.map((i) => i.id));
        const afterIds = new Set<string>(after.map((i) => i.id));
        for (const change of changes) {
          if (change.kind === 'added') expect(beforeIds.has(change.itemId)).toBe(false);
          if (change.kind === 'removed') expect(afterIds.has(change.itemId)).toBe(false);
          if (change.kind === 'changed') expect(change.fields.length).toBeGreaterThan(0);
        }
        expect(changes.filter((c) => c.kind === 'removed').length).toBe(
          [...beforeIds].filter((id) => !afterIds.has(id)).length,
        );
        expect(changes.filter((c) => c.kind === 'added').length).toBe(
          [...afterIds].filter((id) => !beforeIds.has(id)).length,
        );
      }),
    );
  });

  it('property: reversing the diff swaps added and removed and the before/after of each field', () => {
    fc.assert(
      fc.property(prescription, prescription, (before, after) => {
        const forward = diffPrescriptions(before, after);
        const backward = diffPrescriptions(after, before);
        const summary = (changes: typeof forward, swap: boolean) =>
          changes
            .map((c) => {
              if (c.kind === 'changed') {
                return `${c.itemId}:${c.fields.map((f) => `${f.field}=${String(swap ? f.after : f.before)}>${String(swap ? f.before : f.after)}`).join(',')}`;
              }
              const kind = swap ? (c.kind === 'added' ? 'removed' : 'added') : c.kind;
              return `${c.itemId}:${kind}`;
            })
            .sort();
        expect(summary(backward, true)).toEqual(summary(forward, false));
      }),
    );
  });
});
