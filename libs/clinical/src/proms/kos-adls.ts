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
 * KOS-ADLS, Knee Outcome Survey – Activities of Daily Living Scale (Irrgang 1998; REFERENCE §3.8):
 * 14 items `K1`–`K14` (6 symptom, 8 functional-task items), each 0 (unable) to 5 (no difficulty).
 * Score = sum / 70 × 100, higher is better (not the inverted German variant).
 *
 * **Missing items (Proprio decision; REFERENCE states no rule)**: all 14 items are required (the
 * percentage is of the full 70); otherwise the score is null with a reason.
 */
export const KOS_ADLS_ITEM_IDS = numberedItems('K', 14);
export const KOS_ADLS_MAXIMUM = 70;

const KOS_ADLS_ITEMS = KOS_ADLS_ITEM_IDS.map((id) => integerItem(id, 0, 5));

export interface KosAdlsResult extends ScaleScore {
  /** The raw item sum, 0–70; null when there is no score. `score` is the percentage. */
  sum: number | null;
}

export function scoreKosAdls(answers: ItemAnswers): Result<KosAdlsResult> {
  const read = readAnswers(answers, KOS_ADLS_ITEMS);
  if (!read.ok) return fail(read.issues);
  const values = [...read.value.values()];
  const answered = values.length;
  const itemCount = KOS_ADLS_ITEMS.length;
  const required = itemCount;
  if (answered < required) {
    const reason = insufficientReason(answered, required, itemCount, 'KOS-ADLS: every item must be answered');
    return ok({ score: null, answered, required, itemCount, reason, sum: null });
  }
  const sum = values.reduce((total, v) => total + v, 0);
  return ok({ score: (sum * 100) / KOS_ADLS_MAXIMUM, answered, required, itemCount, reason: null, sum });
}
