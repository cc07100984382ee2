import { allowedAnswers, instrumentLayout, layoutItems } from './instrument-layout';

describe('instrument layouts', () => {
  it("takes each item's allowed answers from the clinical library", () => {
    expect(allowedAnswers('koos', 'P1')).toEqual([0, 1, 2, 3, 4]);
    expect(allowedAnswers('ikdc', '6')).toEqual(['yes', 'no']);
    expect(allowedAnswers('ikdc', '2')).toHaveLength(11);
    expect(allowedAnswers('lysholm', 'limp')).toEqual([0, 3, 5]);
    expect(allowedAnswers('acl_rsi', 'R1')).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
    expect(allowedAnswers('kos_adls', 'K1')).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('uses compact numeric inputs for ranges and lists for the rest', () => {
    const koos = instrumentLayout('koos');
    expect(koos.sections.map((section) => section.key)).toEqual(['pain', 'symptoms', 'adl', 'sport', 'qol']);
    expect(layoutItems(koos)).toHaveLength(42);
    expect(layoutItems(koos)[0]).toMatchObject({ id: 'P1', label: 'P1', kind: 'number', min: 0, max: 4 });

    const ikdc = layoutItems(instrumentLayout('ikdc'));
    expect(ikdc.map((item) => item.id)).toContain('10a');
    expect(ikdc.find((item) => item.id === '6')).toMatchObject({ kind: 'choice' });
    expect(layoutItems(instrumentLayout('lysholm')).every((item) => item.kind === 'choice')).toBe(true);
    expect(layoutItems(instrumentLayout('global_rating'))).toEqual([
      expect.objectContaining({ id: 'rating', kind: 'number', min: 0, max: 100 }),
    ]);
    expect(layoutItems(instrumentLayout('tegner')).map((item) => item.label)).toEqual([
      'Pre-injury level',
      'Current level',
    ]);
  });
});
