import { describe, expect, it } from '@jest/globals';
import { criteriaForPhase, findPhase, nextPhase, phaseIndex } from './phase-order.js';
import { SEEDED_PROTOCOL } from './post-aclr-protocol.js';

const { definition } = SEEDED_PROTOCOL;

describe('phase order', () => {
  it('finds phases by key', () => {
    expect(phaseIndex(definition, 'preop')).toBe(0);
    expect(phaseIndex(definition, 'p5')).toBe(5);
    expect(phaseIndex(definition, 'p9')).toBe(-1);
    expect(findPhase(definition, 'p2')?.name).toBe('Strength & neuromuscular control');
    expect(findPhase(definition, 'p9')).toBeNull();
  });

  it('walks the phases in order and stops at the last', () => {
    const keys: string[] = ['preop'];
    for (let next = nextPhase(definition, 'preop'); next !== null; next = nextPhase(definition, next.key)) {
      keys.push(next.key);
    }
    expect(keys).toEqual(['preop', 'p1', 'p2', 'p3', 'p4', 'p5']);
    expect(nextPhase(definition, 'p5')).toBeNull();
    expect(() => nextPhase(definition, 'p9')).toThrow(RangeError);
  });
});

describe('criteriaForPhase', () => {
  it('gives a phase its own exit criteria, whatever set is chosen', () => {
    expect(criteriaForPhase(definition, 'p1', 'delaware')).toBe(findPhase(definition, 'p1')?.exitCriteria);
    expect(criteriaForPhase(definition, 'p1', 'unknown')).toBe(findPhase(definition, 'p1')?.exitCriteria);
    expect(criteriaForPhase(definition, 'p5', 'delaware')).toEqual([]);
  });

  it('gives the return-to-sport phase the chosen set, bonus criteria included', () => {
    for (const set of definition.returnToSportSets) {
      expect(criteriaForPhase(definition, 'p4', set.key)).toBe(set.criteria);
    }
    expect(criteriaForPhase(definition, 'p2', 'delaware')?.some((c) => c.bonus)).toBe(true);
  });

  it('answers null for an unknown set or phase', () => {
    expect(criteriaForPhase(definition, 'p4', 'moon')).toBeNull();
    expect(criteriaForPhase(definition, 'p9', 'delaware')).toBeNull();
  });
});
