import { describe, expect, it } from '@jest/globals';
import { KOOS_PASS_THRESHOLDS, koosPassBySubscale } from './prom-thresholds.js';

describe('koosPassBySubscale', () => {
  const scores = { pain: 85.4, symptoms: 75, adl: 100, sport: null, qol: 62.5 };

  it('judges each subscale against the Delaware-Oslo PASS by default; null where there is no score', () => {
    expect(koosPassBySubscale(scores)).toEqual({ pain: true, symptoms: false, adl: true, sport: null, qol: true });
  });

  it('uses another set when given (Muller 2016 [U])', () => {
    expect(koosPassBySubscale(scores, KOOS_PASS_THRESHOLDS.muller2016)).toEqual({
      pain: false,
      symptoms: true,
      adl: true,
      sport: null,
      qol: true,
    });
  });
});
