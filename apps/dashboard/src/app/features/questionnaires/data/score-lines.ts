import {
  KOOS12_SCALE_KEYS,
  KOOS12_SCALES,
  KOOS_SUBSCALE_KEYS,
  KOOS_SUBSCALES,
  KOS_ADLS_MAXIMUM,
  LEFS_MAXIMUM,
  meetsThreshold,
  type AclRsiResult,
  type IkdcResult,
  type Instrument,
  type Koos12Result,
  type Koos12Scale,
  type KoosResult,
  type KoosSubscale,
  type KosAdlsResult,
  type LefsResult,
  type LysholmResult,
  type QuestionnaireOutcome,
  type ScaleScore,
  type TegnerResult,
} from '@proprio/clinical';

import { FIELD_LIMITS } from '@proprio/contracts';

import { formatOneDecimal } from '../../../shared/format/decimal';
import { scoreReference, type ScoreReference } from './pass-thresholds';

/** One score of a questionnaire as shown: the value, or why there is none, and its reference. */
export interface ScoreLine {
  key: string;
  label: string;
  score: number | null;
  text: string;
  /** The library's reason when the score is null ("insufficient items: 3 of 9 answered, …"). */
  reason: string | null;
  /** Extra facts from the library's result (Lysholm band, LEFS %, item 10a…). */
  detail: string | null;
  reference: ScoreReference | null;
  /** Whether the score reaches its reference; null without a score or a reference. */
  meetsReference: boolean | null;
}

const TEGNER_LABELS: Readonly<Record<string, string>> = {
  current: 'Current level',
  preInjury: 'Pre-injury level',
};

/** The label of a score key (`pain` → "Pain", `total` → "Score"). */
export function scoreLabel(instrument: Instrument, key: string): string {
  if (instrument === 'koos' && key in KOOS_SUBSCALES) {
    return KOOS_SUBSCALES[key as KoosSubscale].label;
  }
  if (instrument === 'koos12') {
    return key === 'summary' ? 'Summary knee impact' : (KOOS12_SCALES[key as Koos12Scale]?.label ?? key);
  }
  if (instrument === 'tegner') {
    return TEGNER_LABELS[key] ?? key;
  }
  return key === 'total' ? 'Score' : key;
}

/** The instrument's own order of its scores (stored scores may come back in another key order). */
const SCORE_ORDER: Partial<Record<Instrument, readonly string[]>> = {
  koos: KOOS_SUBSCALE_KEYS,
  koos12: [...KOOS12_SCALE_KEYS, 'summary'],
  tegner: ['current', 'preInjury'],
};

/** Score keys sorted in the instrument's order; unknown keys keep their place after the known ones. */
export function orderScoreKeys(instrument: Instrument, keys: readonly string[]): string[] {
  const order = SCORE_ORDER[instrument] ?? ['total'];
  const rank = (key: string) => {
    const index = order.indexOf(key);
    return index < 0 ? order.length : index;
  };
  return [...keys].sort((a, b) => rank(a) - rank(b));
}

/** The highest possible value of a score, for chart axes. */
export function scoreMaximum(instrument: Instrument): number {
  switch (instrument) {
    case 'lefs':
      return LEFS_MAXIMUM;
    case 'tegner':
      return FIELD_LIMITS.episode.tegnerMax;
    default:
      return 100;
  }
}

function line(
  instrument: Instrument,
  key: string,
  score: number | null,
  reason: string | null,
  detail: string | null = null,
): ScoreLine {
  const reference = scoreReference(instrument, key);
  return {
    key,
    label: scoreLabel(instrument, key),
    score,
    text: instrument === 'tegner' ? (score === null ? '—' : String(score)) : formatOneDecimal(score),
    reason: score === null ? reason : null,
    detail,
    reference,
    meetsReference: reference === null ? null : meetsThreshold(score, reference),
  };
}

function fromScale(instrument: Instrument, key: string, scale: ScaleScore, detail: string | null = null): ScoreLine {
  return line(instrument, key, scale.score, scale.reason, detail);
}

/** The lines of a scored questionnaire, read from the library's own result. */
export function scoreLines(outcome: QuestionnaireOutcome): ScoreLine[] {
  const { instrument } = outcome;
  switch (instrument) {
    case 'koos': {
      const result = outcome.result as KoosResult;
      return (Object.keys(result.subscales) as KoosSubscale[]).map((key) =>
        fromScale(instrument, key, result.subscales[key]),
      );
    }
    case 'koos12': {
      const result = outcome.result as Koos12Result;
      return [
        ...(Object.keys(result.scales) as Koos12Scale[]).map((key) => fromScale(instrument, key, result.scales[key])),
        line(instrument, 'summary', result.summary, result.summaryReason),
      ];
    }
    case 'ikdc': {
      const result = outcome.result as IkdcResult;
      const before =
        result.functionBeforeInjury === null ? null : `Item 10a (not scored): ${result.functionBeforeInjury}`;
      return [fromScale(instrument, 'total', result, before)];
    }
    case 'acl_rsi':
    case 'acl_rsi_short':
      return [fromScale(instrument, 'total', outcome.result as AclRsiResult)];
    case 'lysholm': {
      const result = outcome.result as LysholmResult;
      return [fromScale(instrument, 'total', result, result.band === null ? null : `Band: ${result.band}`)];
    }
    case 'lefs': {
      const result = outcome.result as LefsResult;
      return [
        fromScale(
          instrument,
          'total',
          result,
          result.percent === null ? null : `${formatOneDecimal(result.percent)}% of ${LEFS_MAXIMUM}`,
        ),
      ];
    }
    case 'kos_adls': {
      const result = outcome.result as KosAdlsResult;
      return [
        fromScale(instrument, 'total', result, result.sum === null ? null : `Sum ${result.sum} of ${KOS_ADLS_MAXIMUM}`),
      ];
    }
    case 'global_rating':
      return [fromScale(instrument, 'total', outcome.result as ScaleScore)];
    case 'tegner': {
      const result = outcome.result as TegnerResult;
      const change = result.change === null ? null : `Change ${result.change > 0 ? '+' : ''}${result.change}`;
      return [
        line(instrument, 'current', result.current, 'not recorded', change),
        line(instrument, 'preInjury', result.preInjury, 'not recorded'),
      ];
    }
  }
}
