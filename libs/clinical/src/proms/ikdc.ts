import { fail, ok, type Result } from '../validation/result.js';
import {
  insufficientReason,
  integerItem,
  readAnswers,
  type ItemAnswers,
  type ItemSpec,
  type ScaleScore,
} from './items.js';

/**
 * IKDC Subjective Knee Evaluation Form (2000), Irrgang 2001 (REFERENCE §3.1).
 *
 * Item ids follow the form's numbering. Input convention, per item:
 * - `1`, `4`, `5`, `7`, `8`, `9a`–`9i`: the scored value 0–4, where 4 is the best answer
 *   (e.g. item 4 "not at all" = 4, item 1 "very strenuous" = 4); the form's response options map to it;
 * - `2` (how often pain) and `3` (pain severity): the raw 0–10 mark as on the form (0 = never / no
 *   pain); the score reverses it (10 − raw);
 * - `6` (locking or catching): `'yes'` or `'no'` (no = 1, yes = 0);
 * - `10b` (current function): 0–10 as marked; `10a` (function before injury): 0–10, validated and
 *   reported but **not scored**.
 */
export const IKDC_SCORED_ITEMS = [
  '1',
  '2',
  '3',
  '4',
  '5',
  '6',
  '7',
  '8',
  '9a',
  '9b',
  '9c',
  '9d',
  '9e',
  '9f',
  '9g',
  '9h',
  '9i',
  '10b',
] as const;

export type IkdcItemId = (typeof IKDC_SCORED_ITEMS)[number] | '10a';

/** Items a score needs: at least 16 of the 18 scored items (the "90%" rule; hymelam computes only when > 15). */
export const IKDC_MINIMUM_ANSWERED = 16;

/** Maximum raw total when every scored item is answered. */
export const IKDC_MAXIMUM_SUM = 87;

const reverse10 = (raw: number): number => 10 - raw;

const lockingItem: ItemSpec = {
  id: '6',
  accepts: (v) => v === 'yes' || v === 'no',
  expected: "'yes' or 'no'",
  score: (v) => (v === 'no' ? 1 : 0),
  max: 1,
};

export const IKDC_ITEMS: readonly ItemSpec[] = Object.freeze([
  integerItem('1', 0, 4),
  integerItem('2', 0, 10, reverse10),
  integerItem('3', 0, 10, reverse10),
  integerItem('4', 0, 4),
  integerItem('5', 0, 4),
  lockingItem,
  integerItem('7', 0, 4),
  integerItem('8', 0, 4),
  ...['9a', '9b', '9c', '9d', '9e', '9f', '9g', '9h', '9i'].map((id) => integerItem(id, 0, 4)),
  integerItem('10a', 0, 10),
  integerItem('10b', 0, 10),
]);

const MAXIMA = new Map(IKDC_ITEMS.map((item) => [item.id, item.max]));

export interface IkdcResult extends ScaleScore {
  /** Sum of the scored values of the answered items; null when not scored. */
  sum: number | null;
  /** Sum of the maxima of the answered items (87 when all are answered); null when not scored. */
  maximum: number | null;
  /** Item 10a as given (function before injury, 0–10); never part of the score. */
  functionBeforeInjury: number | null;
}

/**
 * IKDC score = Σ scored values / Σ maxima of the answered items × 100 (0–100, 100 = no limitation),
 * computed only when at least 16 of the 18 scored items are answered.
 */
export function scoreIkdc(answers: ItemAnswers): Result<IkdcResult> {
  const read = readAnswers(answers, IKDC_ITEMS);
  if (!read.ok) return fail(read.issues);
  const scored = [...read.value].filter(([id]) => id !== '10a');
  const answered = scored.length;
  const itemCount = IKDC_SCORED_ITEMS.length;
  const required = IKDC_MINIMUM_ANSWERED;
  const functionBeforeInjury = read.value.get('10a') ?? null;
  if (answered < required) {
    const reason = insufficientReason(answered, required, itemCount, 'IKDC: at least 16 of 18 scored items');
    return ok({ score: null, answered, required, itemCount, reason, sum: null, maximum: null, functionBeforeInjury });
  }
  const sum = scored.reduce((total, [, value]) => total + value, 0);
  const maximum = scored.reduce((total, [id]) => total + (MAXIMA.get(id) ?? 0), 0);
  return ok({
    score: (sum * 100) / maximum,
    answered,
    required,
    itemCount,
    reason: null,
    sum,
    maximum,
    functionBeforeInjury,
  });
}
