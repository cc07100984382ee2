import { deepFreeze, type Sourced } from '../interpretation/evidence.js';
import { fail, ok, type Issue, type Result } from '../validation/result.js';
import {
  integerItem,
  numberedItems,
  readAnswers,
  scoreProblemScale,
  type ItemAnswers,
  type ScaleScore,
} from './items.js';

/**
 * KOOS-12 (REFERENCE §3.3; koos.nu, Gandek 2019): 4 Pain, 4 Function, 4 QOL items, each 0 (no
 * problem) to 4. Item ids are positional within each scale (`PAIN1`–`PAIN4`, `FUNC1`–`FUNC4`,
 * `QOL1`–`QOL4`); they are deliberately not KOOS-42 ids, because the mapping from KOOS-12 to KOOS-42
 * items is not verified [U]: take it from the licensed form.
 */
export type Koos12Scale = 'pain' | 'function' | 'qol';

export const KOOS12_SCALE_KEYS: readonly Koos12Scale[] = ['pain', 'function', 'qol'];

export const KOOS12_SCALES: Readonly<Record<Koos12Scale, { label: string; items: readonly string[] }>> = deepFreeze({
  pain: { label: 'Pain', items: numberedItems('PAIN', 4) },
  function: { label: 'Function (daily living, sport and recreation)', items: numberedItems('FUNC', 4) },
  qol: { label: 'Knee-related quality of life', items: numberedItems('QOL', 4) },
});

/** At least half of a scale's items (2 of 4); the person's mean of the answered items stands in for the rest. */
export const KOOS12_MINIMUM_ANSWERED_PER_SCALE = 2;

export interface Koos12SummaryRule extends Sourced {
  /** True: the summary needs all three scale scores. False: the mean of whichever scales have a score. */
  requireAllScales: boolean;
}

/** Whether the Summary Knee Impact score needs all three scales is not stated anywhere retrieved. */
export const KOOS12_SUMMARY_RULE: Koos12SummaryRule = deepFreeze({
  requireAllScales: true,
  source:
    'Summary = mean of the Pain, Function and QOL scale scores (yhocphuchoi page [S]); whether all three are required is not verified',
  evidence: 'U',
  note: 'Default chosen conservatively: no summary unless all three scales are scored.',
});

export const KOOS12_ITEMS = KOOS12_SCALE_KEYS.flatMap((key) =>
  KOOS12_SCALES[key].items.map((id) => integerItem(id, 0, 4)),
);

export interface Koos12Options {
  /** Default `KOOS12_SUMMARY_RULE.requireAllScales` (true). */
  summaryRequiresAllScales?: boolean;
}

export interface Koos12Result {
  scales: Record<Koos12Scale, ScaleScore>;
  /** Summary Knee Impact: mean of the scale scores; null with `summaryReason` when not computable. */
  summary: number | null;
  summaryReason: string | null;
  summaryRequiresAllScales: boolean;
}

export function scoreKoos12(answers: ItemAnswers, options: Koos12Options = {}): Result<Koos12Result> {
  const issues: Issue[] = [];
  const requireAll = options.summaryRequiresAllScales ?? KOOS12_SUMMARY_RULE.requireAllScales;
  if (typeof requireAll !== 'boolean') {
    issues.push({ field: 'options.summaryRequiresAllScales', issue: 'must be true or false' });
  }
  const read = readAnswers(answers, KOOS12_ITEMS);
  if (!read.ok) issues.push(...read.issues);
  if (!read.ok || issues.length > 0) return fail(issues);

  const rule = 'KOOS-12: at least 2 of 4 items per scale';
  const scales = Object.fromEntries(
    KOOS12_SCALE_KEYS.map((key) => {
      const items = KOOS12_SCALES[key].items;
      const values = items.flatMap((id) => {
        const value = read.value.get(id);
        return value === undefined ? [] : [value];
      });
      return [key, scoreProblemScale(values, items.length, KOOS12_MINIMUM_ANSWERED_PER_SCALE, rule)];
    }),
  ) as Record<Koos12Scale, ScaleScore>;

  const available = KOOS12_SCALE_KEYS.flatMap((key) => {
    const score = scales[key].score;
    return score === null ? [] : [score];
  });
  const missing = KOOS12_SCALE_KEYS.filter((key) => scales[key].score === null);
  let summary: number | null = null;
  let summaryReason: string | null = null;
  if (available.length === 0) {
    summaryReason = 'no scale has enough answered items';
  } else if (requireAll && missing.length > 0) {
    summaryReason = `the summary needs all three scales; not scored: ${missing.join(', ')}`;
  } else {
    summary = available.reduce((total, s) => total + s, 0) / available.length;
  }
  return ok({ scales, summary, summaryReason, summaryRequiresAllScales: requireAll });
}
