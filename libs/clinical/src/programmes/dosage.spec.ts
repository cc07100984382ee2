import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { validateDosage, validateProgression } from './dosage.js';
import { DOSAGE_LIMITS, PROGRESSION_VARIABLES } from './vocabulary.js';

const base = { sets: 3, reps: 10, holdSeconds: null, frequencyPerWeek: 3, loadKg: null };

describe('validateDosage', () => {
  it('accepts a dosage and fills absent optional values with null', () => {
    expect(validateDosage({ sets: 2, holdSeconds: 30, frequencyPerWeek: 2 })).toEqual({
      ok: true,
      value: { sets: 2, reps: null, holdSeconds: 30, frequencyPerWeek: 2, loadKg: null },
    });
    expect(validateDosage({ ...base, loadKg: 12.5 })).toEqual({ ok: true, value: { ...base, loadKg: 12.5 } });
  });

  it.each([
    [{ ...base, sets: 0 }, 'dosage.sets'],
    [{ ...base, sets: 11 }, 'dosage.sets'],
    [{ ...base, sets: 2.5 }, 'dosage.sets'],
    [{ ...base, sets: '3' }, 'dosage.sets'],
    [{ ...base, sets: undefined }, 'dosage.sets'],
    [{ ...base, reps: 0 }, 'dosage.reps'],
    [{ ...base, reps: 101 }, 'dosage.reps'],
    [{ ...base, holdSeconds: 601 }, 'dosage.holdSeconds'],
    [{ ...base, frequencyPerWeek: 15 }, 'dosage.frequencyPerWeek'],
    [{ ...base, frequencyPerWeek: null }, 'dosage.frequencyPerWeek'],
    [{ ...base, loadKg: -1 }, 'dosage.loadKg'],
    [{ ...base, loadKg: 300.5 }, 'dosage.loadKg'],
    [{ ...base, loadKg: 12.25 }, 'dosage.loadKg'],
    [{ ...base, loadKg: Number.NaN }, 'dosage.loadKg'],
    [{ ...base, reps: null }, 'dosage.reps'],
    [{ ...base, rep: 10 }, 'dosage.rep'],
  ])('refuses %j at %s', (dosage, field) => {
    const result = validateDosage(dosage);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.field)).toContain(field);
  });

  it('refuses a non-object', () => {
    expect(validateDosage(null, 'x.dosage')).toEqual({
      ok: false,
      issues: [{ field: 'x.dosage', issue: 'must be a dosage object' }],
    });
  });

  it('accepts a load typed with binary noise (0.1 + 0.2)', () => {
    expect(validateDosage({ ...base, loadKg: 0.1 + 0.2 }).ok).toBe(true);
  });

  it('property: any integers within DOSAGE_LIMITS are accepted unchanged', () => {
    const int = (key: 'sets' | 'reps' | 'holdSeconds' | 'frequencyPerWeek') =>
      fc.integer({ min: DOSAGE_LIMITS[key].min, max: DOSAGE_LIMITS[key].max });
    fc.assert(
      fc.property(
        int('sets'),
        fc.option(int('reps')),
        int('holdSeconds'),
        int('frequencyPerWeek'),
        fc.option(fc.integer({ min: 0, max: 3000 }).map((t) => t / 10)),
        (sets, reps, holdSeconds, frequencyPerWeek, loadKg) => {
          const dosage = { sets, reps, holdSeconds, frequencyPerWeek, loadKg };
          expect(validateDosage(dosage)).toEqual({ ok: true, value: dosage });
        },
      ),
    );
  });
});

describe('validateProgression', () => {
  it('accepts known settings and returns them in vocabulary order', () => {
    const result = validateProgression({ vision: 'eyes_closed', surface: 'foam' });
    expect(result).toEqual({ ok: true, value: { surface: 'foam', vision: 'eyes_closed' } });
    expect(result.ok && Object.keys(result.value)).toEqual(['surface', 'vision']);
    expect(validateProgression({})).toEqual({ ok: true, value: {} });
  });

  it('refuses an unknown variable or a setting of another variable', () => {
    expect(validateProgression({ balance: 'foam', surface: 'eyes_closed' }, 'items.0.progression')).toEqual({
      ok: false,
      issues: [
        { field: 'items.0.progression.balance', issue: 'is not a progression variable' },
        { field: 'items.0.progression.surface', issue: "must be one of 'firm', 'foam', 'disc', 'trampoline'" },
      ],
    });
    expect(validateProgression(['surface']).ok).toBe(false);
  });

  it('accepts every allowed setting of every variable', () => {
    for (const [variable, settings] of Object.entries(PROGRESSION_VARIABLES)) {
      for (const setting of settings) expect(validateProgression({ [variable]: setting }).ok).toBe(true);
    }
  });
});
