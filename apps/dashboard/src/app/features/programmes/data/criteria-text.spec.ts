import { allMetEvaluation, criterion, mixedEvaluation, phases } from '../testing/programme-fixtures';
import { blockingSummary, targetText, typicalWeeksText, valueText } from './criteria-text';

describe('criteria text', () => {
  it('writes the rule with its comparator, threshold and unit', () => {
    expect(targetText(criterion())).toBe('≥ 90%');
    expect(targetText(criterion({ comparator: '<=', threshold: 'trace', unit: null }))).toBe('≤ trace');
    expect(targetText(criterion({ comparator: '>=', threshold: 1.5, unit: '× BW' }))).toBe('≥ 1.5 × BW');
    expect(targetText(criterion({ comparator: '==', threshold: true, unit: null }))).toBe('= yes');
    expect(targetText(criterion({ comparator: '<', threshold: 5, unit: '°' }))).toBe('< 5°');
  });

  it('shows a measured value with one decimal, and a dash for none', () => {
    expect(valueText(82.43243243243244, '%')).toBe('82.4%');
    expect(valueText(12, 'weeks')).toBe('12 weeks');
    expect(valueText(null, '%')).toBe('—');
    expect(valueText(false, null)).toBe('no');
  });

  it('names what blocks the next phase: required criteria not met or not measured, never bonus ones', () => {
    const [, next] = phases().slice(1);
    expect(blockingSummary(mixedEvaluation(), next ?? null)).toBe(
      'What blocks the next phase: Single hop LSI (not met), Quadriceps strength LSI (not measured).',
    );
    expect(blockingSummary(allMetEvaluation(), next ?? null)).toContain('nothing');
    expect(
      blockingSummary({ criteria: [], allMet: false, met: 0, notMet: 0, notMeasured: 0, bonusMet: 0 }, next ?? null),
    ).toContain('no required exit criteria');
    expect(blockingSummary(mixedEvaluation(), null)).toBe('This is the last phase of the protocol.');
  });

  it('describes advisory timing around surgery', () => {
    expect(typicalWeeksText({ from: 2, to: 6 })).toBe('Typically weeks 2–6 after surgery');
    expect(typicalWeeksText({ from: -6, to: 0 })).toBe('Typically from 6 weeks before surgery to surgery');
    expect(typicalWeeksText({ from: 36, to: null })).toBe('Typically from week 36 on');
    expect(typicalWeeksText({ from: null, to: null })).toBe('No typical timing');
  });
});
