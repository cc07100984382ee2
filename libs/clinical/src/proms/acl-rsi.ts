import { deepFreeze } from '../interpretation/evidence.js';
import { checkChoice } from '../validation/checks.js';
import { fail, ok, type Issue, type Result } from '../validation/result.js';
import {
  insufficientReason,
  numberedItems,
  readAnswers,
  type ItemAnswers,
  type ItemSpec,
  type ScaleScore,
} from './items.js';

/**
 * ACL-RSI, ACL Return to Sport after Injury scale (Webster, Feller & Lambros 2008; REFERENCE §3.4).
 *
 * **Input convention**: every item is given on the 0–100 scale in steps of 10 (0, 10, …, 100), oriented
 * so that 100 is the favourable (psychologically ready) end. A form collecting a 0–10 NRS multiplies
 * by 10 before calling; 0–10 values other than 0 and 10 are therefore rejected, which catches most
 * mix-ups. The total is the mean of the items, 0–100.
 *
 * **Missing items (Proprio decision; REFERENCE states no rule)**: every item must be answered;
 * otherwise the score is null with a reason.
 *
 * Forms: `full` has 12 items `R1`–`R12`; `short` (Webster & Feller 2018) has 6 items `SF1`–`SF6`. Which
 * full-form items make up the short form is not in REFERENCE, so the two sets of ids are kept apart.
 * Domain subscores (emotions, confidence, risk appraisal) are not computed: the item-to-domain mapping
 * is not in REFERENCE.
 */
export type AclRsiForm = 'full' | 'short';

export const ACL_RSI_FORMS: Readonly<Record<AclRsiForm, readonly string[]>> = deepFreeze({
  full: numberedItems('R', 12),
  short: numberedItems('SF', 6),
});

function aclRsiItem(id: string): ItemSpec {
  return {
    id,
    accepts: (v) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 100 && v % 10 === 0,
    expected: 'one of 0, 10, 20, … 100 (a 0–10 rating times 10)',
    score: (v) => v as number,
    max: 100,
  };
}

export interface AclRsiOptions {
  /** Default 'full'. */
  form?: AclRsiForm;
}

export interface AclRsiResult extends ScaleScore {
  form: AclRsiForm;
}

export function scoreAclRsi(answers: ItemAnswers, options: AclRsiOptions = {}): Result<AclRsiResult> {
  const issues: Issue[] = [];
  const form = checkChoice(options.form ?? 'full', 'options.form', ['full', 'short'] as const, issues);
  if (form === null) return fail(issues);
  const items = ACL_RSI_FORMS[form];
  const read = readAnswers(answers, items.map(aclRsiItem));
  if (!read.ok) return fail(read.issues);
  const values = [...read.value.values()];
  const answered = values.length;
  const itemCount = items.length;
  const required = itemCount;
  if (answered < required) {
    const reason = insufficientReason(answered, required, itemCount, 'ACL-RSI: every item must be answered');
    return ok({ form, score: null, answered, required, itemCount, reason });
  }
  const score = values.reduce((total, v) => total + v, 0) / answered;
  return ok({ form, score, answered, required, itemCount, reason: null });
}
