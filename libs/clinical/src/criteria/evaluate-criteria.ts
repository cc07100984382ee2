import { meetsThreshold, type Comparator } from '../interpretation/threshold.js';
import type { Issue } from '../validation/result.js';
import { CRITERION_MEASURES, isCriterionMeasure, type CriterionMeasure } from './criterion-measures.js';

export type CriterionComparator = Comparator | '==';
export const CRITERION_COMPARATORS: readonly CriterionComparator[] = ['>', '>=', '<', '<=', '=='];

/** How a comparator is printed beside its threshold (`≥ 90%`), in notes, PDFs and FHIR alike. */
export const COMPARATOR_SIGNS: Readonly<Record<CriterionComparator, string>> = {
  '>': '>',
  '>=': '≥',
  '<': '<',
  '<=': '≤',
  '==': '=',
};

/** One exit criterion as protocol data: `measure comparator threshold`. */
export interface Criterion {
  measure: CriterionMeasure;
  comparator: CriterionComparator;
  threshold: number | string | boolean;
  /**
   * A bonus criterion (e.g. Melbourne's leg press ≥ 1.5 × BW) is evaluated and reported but never
   * gates: it does not count towards `allMet`. Absent means required.
   */
  bonus?: boolean;
}

/** The latest known value of a measure, with the date it was measured. */
export interface CriterionValue {
  value: number | string | boolean;
  date: string;
}

export type CriterionValues = Partial<Record<CriterionMeasure, CriterionValue>>;

export type CriterionStatus = 'met' | 'not_met' | 'not_measured';

export interface CriterionEvaluation extends Criterion {
  bonus: boolean;
  label: string;
  unit: string | null;
  status: CriterionStatus;
  value: number | string | boolean | null;
  date: string | null;
}

export interface CriteriaEvaluation {
  /** Every criterion, required and bonus, in the order given. */
  criteria: CriterionEvaluation[];
  /**
   * True only when there is at least one required criterion and every required criterion is met;
   * a criterion not yet measured is not met. Bonus criteria never change it, so a set of bonus
   * criteria only is never "all met".
   */
  allMet: boolean;
  /** Required criteria met, not met and not measured; bonus criteria are not counted here. */
  met: number;
  notMet: number;
  notMeasured: number;
  /** Bonus criteria met. */
  bonusMet: number;
}

/** Refuses an unknown measure, a comparator that does not fit it, or an impossible threshold. */
export function validateCriterion(criterion: unknown, field = 'criterion'): Issue[] {
  if (typeof criterion !== 'object' || criterion === null) return [{ field, issue: 'must be a criterion object' }];
  const { measure, comparator, threshold, bonus } = criterion as Record<string, unknown>;
  if (!isCriterionMeasure(measure)) return [{ field: `${field}.measure`, issue: 'is not a known measure' }];
  if (bonus !== undefined && typeof bonus !== 'boolean') {
    return [{ field: `${field}.bonus`, issue: 'must be true or false when given' }];
  }
  if (!CRITERION_COMPARATORS.includes(comparator as CriterionComparator)) {
    return [{ field: `${field}.comparator`, issue: `must be one of ${CRITERION_COMPARATORS.join(' ')}` }];
  }
  const definition = CRITERION_MEASURES[measure];
  switch (definition.kind) {
    case 'number':
      if (typeof threshold !== 'number' || !Number.isFinite(threshold)) {
        return [{ field: `${field}.threshold`, issue: `must be a number of ${definition.unit}` }];
      }
      if (threshold < definition.min || threshold > definition.max) {
        return [
          {
            field: `${field}.threshold`,
            issue: `is impossible for ${definition.label} (from ${definition.min} to ${definition.max} ${definition.unit})`,
          },
        ];
      }
      return [];
    case 'ordinal':
      return typeof threshold === 'string' && definition.levels.includes(threshold as never)
        ? []
        : [{ field: `${field}.threshold`, issue: `must be one of ${definition.levels.join(', ')}` }];
    case 'boolean':
      if (comparator !== '==') return [{ field: `${field}.comparator`, issue: 'must be == for a yes/no measure' }];
      return typeof threshold === 'boolean' ? [] : [{ field: `${field}.threshold`, issue: 'must be true or false' }];
  }
}

/**
 * Evaluates a criteria set against the latest values. Each criterion is met, not met, or not
 * measured (no value yet): missing data never counts as met. Numbers are compared with the library's
 * threshold rule (90.0 meets `>= 90` and fails `> 90`, whatever the floating-point noise); effusion
 * grades and other ordinal ratings by their order; yes/no measures by equality. Bonus criteria are
 * evaluated the same way but only counted in `bonusMet`.
 */
export function evaluateCriteria(criteria: readonly Criterion[], values: CriterionValues): CriteriaEvaluation {
  const evaluated = criteria.map((criterion): CriterionEvaluation => {
    const definition = CRITERION_MEASURES[criterion.measure];
    const known = values[criterion.measure];
    const base = {
      ...criterion,
      bonus: criterion.bonus === true,
      label: definition.label,
      unit: definition.kind === 'number' ? definition.unit : null,
    };
    if (known === undefined) return { ...base, status: 'not_measured', value: null, date: null };
    const met = compare(criterion, known.value);
    return {
      ...base,
      status: met === null ? 'not_measured' : met ? 'met' : 'not_met',
      value: known.value,
      date: known.date,
    };
  });
  const required = evaluated.filter((c) => !c.bonus);
  const count = (status: CriterionStatus) => required.filter((c) => c.status === status).length;
  return {
    criteria: evaluated,
    allMet: required.length > 0 && required.every((c) => c.status === 'met'),
    met: count('met'),
    notMet: count('not_met'),
    notMeasured: count('not_measured'),
    bonusMet: evaluated.filter((c) => c.bonus && c.status === 'met').length,
  };
}

function compare(criterion: Criterion, value: number | string | boolean): boolean | null {
  const definition = CRITERION_MEASURES[criterion.measure];
  if (definition.kind === 'boolean') {
    return typeof value === 'boolean' ? value === criterion.threshold : null;
  }
  if (definition.kind === 'ordinal') {
    const levels: readonly string[] = definition.levels;
    const rank = levels.indexOf(String(value));
    const limit = levels.indexOf(String(criterion.threshold));
    if (rank < 0 || limit < 0) return null;
    return compareNumbers(rank, criterion.comparator, limit);
  }
  if (typeof value !== 'number' || typeof criterion.threshold !== 'number') return null;
  if (criterion.comparator === '==') {
    return (
      meetsThreshold(value, { comparator: '>=', threshold: criterion.threshold }) === true &&
      meetsThreshold(value, { comparator: '<=', threshold: criterion.threshold }) === true
    );
  }
  return meetsThreshold(value, { comparator: criterion.comparator, threshold: criterion.threshold });
}

function compareNumbers(a: number, comparator: CriterionComparator, b: number): boolean {
  switch (comparator) {
    case '>':
      return a > b;
    case '>=':
      return a >= b;
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '==':
      return a === b;
  }
}
