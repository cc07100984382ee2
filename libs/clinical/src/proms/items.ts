import { isMissing, isRecord } from '../validation/checks.js';
import { fail, fieldPath, ok, type Issue, type Result } from '../validation/result.js';

/**
 * Questionnaire answers keyed by item id, e.g. `{ P1: 0, P2: 1, P3: null }`. An item that is absent,
 * null or undefined is unanswered; anything else must be a valid answer for that item. Item ids are
 * neutral identifiers (the item wording is licensed and is not part of this library).
 */
export type ItemAnswers = Readonly<Record<string, unknown>>;

/** How one item is validated and scored. */
export interface ItemSpec {
  id: string;
  /** True for an allowed raw answer. */
  accepts: (value: unknown) => boolean;
  /** What an allowed answer is, for the issue text: "an integer from 0 to 4". */
  expected: string;
  /** The scored value of an allowed raw answer. */
  score: (value: unknown) => number;
  /** The maximum scored value. */
  max: number;
}

/** The score of one scale (or a whole single-scale instrument) under its missing-item rule. */
export interface ScaleScore {
  /** Null when too few items were answered (see `reason`): valid input, but no score. */
  score: number | null;
  answered: number;
  /** Answers needed for a score under the missing-item rule. */
  required: number;
  itemCount: number;
  /** Why `score` is null; null when there is a score. */
  reason: string | null;
}

/** Item ids `P1`, `P2`, … `P<count>`. */
export function numberedItems(prefix: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${prefix}${i + 1}`);
}

/** An item answered with an integer in [min, max], scored as given unless `score` maps it. */
export function integerItem(id: string, min: number, max: number, score?: (raw: number) => number): ItemSpec {
  return {
    id,
    accepts: (v) => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max,
    expected: `an integer from ${min} to ${max}`,
    score: (v) => (score === undefined ? (v as number) : score(v as number)),
    max: score === undefined ? max : Math.max(score(min), score(max)),
  };
}

/**
 * Validates an answer sheet against the instrument's items. Reports every unknown item id and every
 * answer outside its item's allowed values (`items.P3: must be an integer from 0 to 4`). On success,
 * returns the scored value of each answered item.
 */
export function readAnswers(
  answers: unknown,
  items: readonly ItemSpec[],
  field = 'items',
): Result<Map<string, number>> {
  if (!isRecord(answers)) return fail([{ field, issue: 'must be an object of answers keyed by item id' }]);
  const specs = new Map(items.map((item) => [item.id, item]));
  const issues: Issue[] = [];
  const scored = new Map<string, number>();
  for (const [id, value] of Object.entries(answers)) {
    const spec = specs.get(id);
    if (spec === undefined) {
      issues.push({ field: fieldPath(field, id), issue: 'is not an item of this questionnaire' });
    } else if (!isMissing(value)) {
      if (spec.accepts(value)) scored.set(id, spec.score(value));
      else issues.push({ field: fieldPath(field, id), issue: `must be ${spec.expected}` });
    }
  }
  return issues.length > 0 ? fail(issues) : ok(scored);
}

/**
 * Builds a keyed answer sheet from a list in item order (null for an unanswered item). The list must
 * have exactly one entry per item.
 */
export function answersFromList(
  itemIds: readonly string[],
  values: readonly unknown[],
  field = 'items',
): Result<Record<string, unknown>> {
  if (!Array.isArray(values) || values.length !== itemIds.length) {
    const got = Array.isArray(values) ? `${values.length} were given` : 'no list was given';
    return fail([
      { field, issue: `must list exactly ${itemIds.length} answers, one per item (null when unanswered); ${got}` },
    ]);
  }
  return ok(Object.fromEntries(itemIds.map((id, i) => [id, values[i]])));
}

/** "insufficient items: 3 of 7 answered, at least 4 needed (…)" */
export function insufficientReason(answered: number, required: number, itemCount: number, rule: string): string {
  return `insufficient items: ${answered} of ${itemCount} answered, at least ${required} needed (${rule})`;
}

/**
 * A Likert scale scored 0 (no problem) to 4 (extreme), transformed to 0–100 with 100 best:
 * `100 − 25 × mean of the answered items` (KOOS, KOOS-12). Null with a reason below `required`.
 */
export function scoreProblemScale(
  values: readonly number[],
  itemCount: number,
  required: number,
  rule: string,
): ScaleScore {
  const answered = values.length;
  if (answered < required || answered === 0) {
    return {
      score: null,
      answered,
      required,
      itemCount,
      reason: insufficientReason(answered, required, itemCount, rule),
    };
  }
  const sum = values.reduce((total, v) => total + v, 0);
  return { score: 100 - (25 * sum) / answered, answered, required, itemCount, reason: null };
}
