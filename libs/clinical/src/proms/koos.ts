import { deepFreeze, type Sourced } from '../interpretation/evidence.js';
import { checkChoice } from '../validation/checks.js';
import { fail, ok, type Issue, type Result } from '../validation/result.js';
import {
  integerItem,
  numberedItems,
  readAnswers,
  scoreProblemScale,
  type ItemAnswers,
  type ItemSpec,
  type ScaleScore,
} from './items.js';

/**
 * KOOS, Knee injury and Osteoarthritis Outcome Score (REFERENCE §3.2): 42 items in five subscales,
 * each scored separately (no total). Every item is answered 0 (none/never) to 4 (extreme); a subscale
 * is `100 − 25 × mean of its answered items` (0 = extreme problems, 100 = none). When two boxes are
 * marked the more severe is taken, and a mark between boxes goes to the nearest box: both are
 * data-entry rules, applied before the answer reaches this function.
 */
export type KoosSubscale = 'pain' | 'symptoms' | 'adl' | 'sport' | 'qol';

export const KOOS_SUBSCALE_KEYS: readonly KoosSubscale[] = ['pain', 'symptoms', 'adl', 'sport', 'qol'];

export const KOOS_SUBSCALES: Readonly<Record<KoosSubscale, { label: string; items: readonly string[] }>> = deepFreeze({
  pain: { label: 'Pain', items: numberedItems('P', 9) },
  symptoms: { label: 'Symptoms', items: numberedItems('S', 7) },
  adl: { label: 'Activities of daily living', items: numberedItems('A', 17) },
  sport: { label: 'Sport and recreation', items: numberedItems('SP', 5) },
  qol: { label: 'Knee-related quality of life', items: numberedItems('Q', 4) },
});

export type KoosMissingItemRule = '2012' | '1998';

export interface KoosMissingRuleDefinition extends Sourced {
  label: string;
  /** Answers needed for a subscale with `itemCount` items. */
  required: (itemCount: number) => number;
}

/**
 * - 2012 (default): a subscale is scored when at least half its items are answered, `ceil(n / 2)`.
 * - 1998: at most 2 missing items per subscale (the subscale mean stands in for them, which gives the
 *   same score as the mean of the answered items).
 */
export const KOOS_MISSING_ITEM_RULES: Readonly<Record<KoosMissingItemRule, KoosMissingRuleDefinition>> = deepFreeze({
  '2012': {
    label: 'KOOS 2012: at least 50% of the items of a subscale',
    required: (n: number) => Math.ceil(n / 2),
    source: 'KOOS Scoring 2012 (koos.nu)',
    evidence: 'V',
  },
  '1998': {
    label: 'KOOS 1998: at most 2 missing items per subscale',
    required: (n: number) => Math.max(n - 2, 1),
    source: 'KOOS Scoring 2012 (koos.nu), describing the 1998 rule',
    evidence: 'V',
  },
});

export const KOOS_ITEMS: readonly ItemSpec[] = KOOS_SUBSCALE_KEYS.flatMap((key) =>
  KOOS_SUBSCALES[key].items.map((id) => integerItem(id, 0, 4)),
);

export interface KoosOptions {
  /** Default '2012'. */
  missingItemRule?: KoosMissingItemRule;
}

export interface KoosResult {
  missingItemRule: KoosMissingItemRule;
  subscales: Record<KoosSubscale, ScaleScore>;
}

/** Scores the five KOOS subscales; a subscale with too few answers has a null score and a reason. */
export function scoreKoos(answers: ItemAnswers, options: KoosOptions = {}): Result<KoosResult> {
  const issues: Issue[] = [];
  const rule = checkChoice(
    options.missingItemRule ?? '2012',
    'options.missingItemRule',
    ['2012', '1998'] as const,
    issues,
  );
  const read = readAnswers(answers, KOOS_ITEMS);
  if (!read.ok) issues.push(...read.issues);
  if (!read.ok || rule === null) return fail(issues);
  const definition = KOOS_MISSING_ITEM_RULES[rule];
  const subscales = Object.fromEntries(
    KOOS_SUBSCALE_KEYS.map((key) => {
      const items = KOOS_SUBSCALES[key].items;
      const values = items.flatMap((id) => {
        const value = read.value.get(id);
        return value === undefined ? [] : [value];
      });
      return [key, scoreProblemScale(values, items.length, definition.required(items.length), definition.label)];
    }),
  ) as Record<KoosSubscale, ScaleScore>;
  return ok({ missingItemRule: rule, subscales });
}
