import { deepFreeze, type Sourced } from '../interpretation/evidence.js';
import { fail, ok, type Result } from '../validation/result.js';
import { insufficientReason, readAnswers, type ItemAnswers, type ItemSpec, type ScaleScore } from './items.js';

/**
 * Lysholm knee scoring scale, modified 1985 weights (Tegner & Lysholm; REFERENCE §3.6): 8 items, total
 * 0–100. Each item accepts only its allowed point values (the 1982 weights differ and are rejected).
 *
 * **Missing items (Proprio decision; REFERENCE states no rule)**: the score is a sum of unequal
 * weights, so all 8 items are required; otherwise the score is null with a reason.
 */
export type LysholmItemId =
  'limp' | 'support' | 'locking' | 'instability' | 'pain' | 'swelling' | 'stairs' | 'squatting';

export const LYSHOLM_ITEM_POINTS: Readonly<Record<LysholmItemId, readonly number[]>> = deepFreeze({
  limp: [5, 3, 0],
  support: [5, 2, 0],
  locking: [15, 10, 6, 2, 0],
  instability: [25, 20, 15, 10, 5, 0],
  pain: [25, 20, 15, 10, 5, 0],
  swelling: [10, 6, 2, 0],
  stairs: [10, 6, 2, 0],
  squatting: [5, 4, 2, 0],
});

export const LYSHOLM_ITEMS: readonly ItemSpec[] = (Object.keys(LYSHOLM_ITEM_POINTS) as LysholmItemId[]).map((id) => {
  const points = LYSHOLM_ITEM_POINTS[id];
  return {
    id,
    accepts: (v: unknown) => typeof v === 'number' && points.includes(v),
    expected: `one of ${points.join(', ')} points`,
    score: (v: unknown) => v as number,
    max: Math.max(...points),
  };
});

export interface ScoreBand {
  label: string;
  /** Inclusive bounds. */
  min: number;
  max: number;
}

export interface BandScheme extends Sourced {
  label: string;
  bands: readonly ScoreBand[];
}

/** The two published category schemes (REFERENCE §3.6); they agree on "fair" (65–83). */
export const LYSHOLM_BAND_SCHEMES = deepFreeze({
  pmc10362729: {
    label: 'Excellent 91–100, good 84–90, fair 65–83, poor ≤ 64',
    bands: [
      { label: 'excellent', min: 91, max: 100 },
      { label: 'good', min: 84, max: 90 },
      { label: 'fair', min: 65, max: 83 },
      { label: 'poor', min: 0, max: 64 },
    ],
    source: 'PMC10362729 table',
    evidence: 'V',
    note: 'Verified as printed in that table.',
  },
  codetechnology: {
    label: 'Excellent 95–100, good 84–94, fair 65–83, poor < 65',
    bands: [
      { label: 'excellent', min: 95, max: 100 },
      { label: 'good', min: 84, max: 94 },
      { label: 'fair', min: 65, max: 83 },
      { label: 'poor', min: 0, max: 64 },
    ],
    source: 'codetechnology.com Lysholm page',
    evidence: 'S',
  },
} satisfies Record<string, BandScheme>);

/** The label of the band containing `score`, or null when no band contains it. */
export function bandOf(score: number, scheme: BandScheme): string | null {
  return scheme.bands.find((band) => score >= band.min && score <= band.max)?.label ?? null;
}

export interface LysholmOptions {
  /** Default `LYSHOLM_BAND_SCHEMES.pmc10362729` [V]. */
  bands?: BandScheme;
}

export interface LysholmResult extends ScaleScore {
  /** Category under the chosen band scheme; null when there is no score. */
  band: string | null;
  bandScheme: string;
}

export function scoreLysholm(answers: ItemAnswers, options: LysholmOptions = {}): Result<LysholmResult> {
  const scheme = options.bands ?? LYSHOLM_BAND_SCHEMES.pmc10362729;
  const read = readAnswers(answers, LYSHOLM_ITEMS);
  if (!read.ok) return fail(read.issues);
  const values = [...read.value.values()];
  const answered = values.length;
  const itemCount = LYSHOLM_ITEMS.length;
  const required = itemCount;
  if (answered < required) {
    const reason = insufficientReason(answered, required, itemCount, 'Lysholm: every item must be answered');
    return ok({ score: null, answered, required, itemCount, reason, band: null, bandScheme: scheme.label });
  }
  const score = values.reduce((total, v) => total + v, 0);
  return ok({
    score,
    answered,
    required,
    itemCount,
    reason: null,
    band: bandOf(score, scheme),
    bandScheme: scheme.label,
  });
}
