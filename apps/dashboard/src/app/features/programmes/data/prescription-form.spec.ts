import { programme } from '../testing/programme-fixtures';
import { createItemForm, formPathOfItemField, itemRequest, itemSeed, relevantVariables } from './prescription-form';

describe('prescription form', () => {
  const [stance] = programme().items;

  it('round-trips an item: its id kept, progression reduced to what is set', () => {
    const form = createItemForm(itemSeed(stance!));
    expect(itemRequest(form.getRawValue())).toEqual({
      id: 'item-1',
      exerciseId: 'ex-stance',
      dosage: { sets: 3, reps: null, holdSeconds: 30, frequencyPerWeek: 5, loadKg: null },
      progression: { surface: 'firm', vision: 'eyes_open' },
      notes: null,
    });
  });

  it('sends no id for an added exercise', () => {
    const form = createItemForm({ ...itemSeed(stance!), id: null });
    expect(itemRequest(form.getRawValue())).not.toHaveProperty('id');
  });

  it('checks the dosage against the library bounds, reps or hold being required', () => {
    const form = createItemForm(itemSeed(stance!));
    form.controls.dosage.controls.sets.setValue('11');
    expect(form.controls.dosage.controls.sets.errors).toEqual({
      dosage: { message: 'Enter a whole number from 1 to 10.' },
    });
    form.controls.dosage.controls.holdSeconds.setValue('');
    expect(form.controls.dosage.controls.reps.invalid).toBe(true);
    form.controls.dosage.controls.loadKg.setValue('2.25');
    expect(form.controls.dosage.controls.loadKg.invalid).toBe(true);
  });

  it('offers the exercise’s progression variables plus any already set, in vocabulary order', () => {
    const form = createItemForm(itemSeed(stance!));
    expect(relevantVariables(['perturbation', 'surface'], form.getRawValue().progression)).toEqual([
      'surface',
      'vision',
      'perturbation',
    ]);
    expect(relevantVariables(undefined, form.getRawValue().progression)).toHaveLength(11);
  });

  it('puts API issues on the cell they are about', () => {
    expect(formPathOfItemField('items.2.dosage.reps')).toBe('items.2.dosage.reps');
    expect(formPathOfItemField('items.2.progression.surface')).toBe('items.2.progression.surface');
    expect(formPathOfItemField('items.0.exerciseId')).toBe('items.0');
    expect(formPathOfItemField('items.1.notes')).toBe('items.1.notes');
    expect(formPathOfItemField('reason')).toBe('reason');
  });
});
