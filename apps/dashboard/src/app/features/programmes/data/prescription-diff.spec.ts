import { programmeHistory } from '../testing/programme-fixtures';
import { changeText, exerciseNames } from './prescription-diff';

describe('prescription diff text', () => {
  const history = programmeHistory();
  const names = exerciseNames(history.revisions);
  const changes = history.revisions[1]?.changes ?? [];

  it('reads each change as a therapist would note it, naming removed exercises from older revisions', () => {
    expect(changes.map((change) => changeText(change, names))).toEqual([
      'Single-leg stance: hold 30 s → 45 s, surface firm → foam',
      'Added Nordic hamstring 3 × 5 reps, 2×/week',
      'Removed Bridge',
    ]);
  });

  it('writes unset values, body weight, notes and a swapped exercise in words', () => {
    const text = changeText(
      {
        kind: 'changed',
        itemId: 'item-1',
        exerciseId: 'ex-stance',
        fields: [
          { field: 'dosage.reps', before: 10, after: 12 },
          { field: 'dosage.loadKg', before: null, after: 2.5 },
          { field: 'progression.vision', before: null, after: 'eyes_closed' },
          { field: 'notes', before: null, after: 'Slow lowering' },
          { field: 'exerciseId', before: 'ex-bridge', after: 'ex-nordic' },
        ],
      },
      names,
    );
    expect(text).toBe(
      'Single-leg stance: reps 10 → 12, load body weight → 2.5 kg, vision not set → eyes closed, ' +
        'notes none → “Slow lowering”, exercise Bridge → Nordic hamstring',
    );
  });
});
