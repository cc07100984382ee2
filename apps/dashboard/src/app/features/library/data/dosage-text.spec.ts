import { dosageText, sourceText } from './dosage-text';

describe('dosageText', () => {
  it('reads reps with a hold per rep and the weekly frequency', () => {
    expect(dosageText({ sets: 3, reps: 10, holdSeconds: 5, frequencyPerWeek: 7, loadKg: null })).toBe(
      '3 × 10 reps, 5 s hold, 7×/week',
    );
  });

  it('reads a timed set as sets of a hold', () => {
    expect(dosageText({ sets: 3, reps: null, holdSeconds: 30, frequencyPerWeek: 2, loadKg: null })).toBe(
      '3 × 30 s hold, 2×/week',
    );
  });

  it('adds an external load, and says nothing for body weight', () => {
    expect(dosageText({ sets: 4, reps: 8, holdSeconds: null, frequencyPerWeek: 2, loadKg: 12.5 })).toBe(
      '4 × 8 reps, 12.5 kg, 2×/week',
    );
    expect(dosageText({ sets: 2, reps: 1, holdSeconds: null, frequencyPerWeek: 3, loadKg: 0 })).toBe(
      '2 × 1 rep, 3×/week',
    );
  });
});

describe('sourceText', () => {
  it('tags the source with its evidence', () => {
    expect(sourceText('FIFA 11+', 'V')).toBe('FIFA 11+ [V]');
    expect(sourceText(null, 'U')).toBe('[U]');
    expect(sourceText(null, null)).toBe('—');
  });
});
