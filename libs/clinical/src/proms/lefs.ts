import { fail, ok, type Result } from '../validation/result.js';
import {
  insufficientReason,
  integerItem,
  numberedItems,
  readAnswers,
  type ItemAnswers,
  type ScaleScore,
} from './items.js';

/**
 * LEFS, Lower Extremity Functional Scale (Binkley 1999; REFERENCE §3.7): 20 items `L1`–`L20`, each
 * 0 (extreme difficulty or unable) to 4 (no difficulty); total = sum, 0–80, higher is better. The MCID
 * (9 points) is data in `MCID_VALUES.lefs`.
 *
 * **Missing items (Proprio decision; REFERENCE states no rule)**: the total is a plain sum, so all 20
 * items are required (no proration); otherwise the score is null with a reason.
 */
export const LEFS_ITEM_IDS = numberedItems('L', 20);
export const LEFS_MAXIMUM = 80;

const LEFS_ITEMS = LEFS_ITEM_IDS.map((id) => integerItem(id, 0, 4));

export interface LefsResult extends ScaleScore {
  /** The total as a percentage of 80; null when there is no score. */
  percent: number | null;
}

export function scoreLefs(answers: ItemAnswers): Result<LefsResult> {
  const read = readAnswers(answers, LEFS_ITEMS);
  if (!read.ok) return fail(read.issues);
  const values = [...read.value.values()];
  const answered = values.length;
  const itemCount = LEFS_ITEMS.length;
  const required = itemCount;
  if (answered < required) {
    const reason = insufficientReason(answered, required, itemCount, 'LEFS: every item must be answered');
    return ok({ score: null, answered, required, itemCount, reason, percent: null });
  }
  const score = values.reduce((total, v) => total + v, 0);
  return ok({ score, answered, required, itemCount, reason: null, percent: (score * 100) / LEFS_MAXIMUM });
}
