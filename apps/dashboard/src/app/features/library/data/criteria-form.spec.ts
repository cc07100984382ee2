import { definition } from '../../../../testing/library-fixtures';
import { createCriteriaForm, criteriaFormPath, definitionWithThresholds } from './criteria-form';
import { ruleText, typicalWeeksText } from './criterion-text';

describe('criteria thresholds editor', () => {
  it('changes only the thresholds, reading each by its measure (number, grade, yes/no)', () => {
    const original = definition();
    const form = createCriteriaForm(original);
    form.controls.returnToSportSets.at(0).at(0).setValue('95');
    form.controls.phases.at(0).at(1).setValue('1+');

    const edited = definitionWithThresholds(original, form.getRawValue());
    expect(edited.returnToSportSets[0]?.criteria[0]).toEqual({
      ...original.returnToSportSets[0]?.criteria[0],
      threshold: 95,
    });
    expect(edited.phases[0]?.exitCriteria[1]?.threshold).toBe('1+');
    expect(edited.phases[0]?.exitCriteria[0]).toEqual(original.phases[0]?.exitCriteria[0]);
    expect(edited.phases[1]).toEqual(original.phases[1]);
  });

  it("refuses an impossible threshold with the clinical library's rule", () => {
    const form = createCriteriaForm(definition());
    const control = form.controls.phases.at(0).at(0);
    control.setValue('120');
    expect(control.errors?.['criterion']).toEqual({
      message: 'Threshold is impossible for Knee extension deficit (from -30 to 90 °).',
    });
    control.setValue('');
    expect(control.errors).toEqual({ required: true });
  });

  it("maps the API's definition paths to the threshold inputs", () => {
    expect(criteriaFormPath('definition.phases.1.exitCriteria.0.threshold')).toBe('phases.1.0');
    expect(criteriaFormPath('definition.returnToSportSets.2.criteria.3.threshold')).toBe('returnToSportSets.2.3');
    expect(criteriaFormPath('definition.phases.1.name')).toBe('definition.phases.1.name');
  });
});

describe('criterion text', () => {
  it('reads rules with their units', () => {
    expect(ruleText({ measure: 'single_hop_lsi_pct', comparator: '>=', threshold: 90 })).toBe('≥ 90%');
    expect(ruleText({ measure: 'knee_ext_deficit_deg', comparator: '<=', threshold: 0 })).toBe('≤ 0°');
    expect(ruleText({ measure: 'weeks_post_op', comparator: '>=', threshold: 36 })).toBe('≥ 36 weeks');
    expect(ruleText({ measure: 'effusion_grade', comparator: '<=', threshold: 'trace' })).toBe('≤ trace');
    expect(ruleText({ measure: 'onfield_rehab_completed', comparator: '==', threshold: true })).toBe('= yes');
  });

  it('reads advisory timing', () => {
    expect(typicalWeeksText({ from: 2, to: 6 })).toBe('Weeks 2 to 6');
    expect(typicalWeeksText({ from: -6, to: 0 })).toBe('Weeks −6 to 0');
    expect(typicalWeeksText({ from: 36, to: null })).toBe('From week 36');
  });
});
