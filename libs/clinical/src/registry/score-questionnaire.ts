import { scoreAclRsi } from '../proms/acl-rsi.js';
import { scoreGlobalRating } from '../proms/global-rating.js';
import { scoreIkdc } from '../proms/ikdc.js';
import { KOOS_SUBSCALE_KEYS, scoreKoos, type KoosMissingItemRule } from '../proms/koos.js';
import { KOOS12_SCALE_KEYS, scoreKoos12 } from '../proms/koos12.js';
import { scoreKosAdls } from '../proms/kos-adls.js';
import { scoreLefs } from '../proms/lefs.js';
import { scoreLysholm } from '../proms/lysholm.js';
import { validateTegner } from '../proms/tegner.js';
import { isRecord } from '../validation/checks.js';
import { fail, ok, type Result } from '../validation/result.js';
import { isInstrument, type Instrument } from './instruments.js';

export interface QuestionnaireOptions {
  /** KOOS missing-item rule; default '2012'. */
  koosMissingItemRule?: KoosMissingItemRule;
}

export interface QuestionnaireOutcome {
  instrument: Instrument;
  /** The library's complete result (answered counts, reasons, bands...). */
  result: unknown;
  /**
   * The scores to chart, by scale: `total` for single-scale instruments; KOOS by subscale; KOOS-12 by
   * scale and `summary`; Tegner `current` and `preInjury`. Null where too few items were answered.
   */
  scores: Record<string, number | null>;
}

/**
 * Validates and scores one questionnaire from its item answers: the single entry point used by the
 * API (which stores the outcome; a client-sent score is never trusted) and by the dashboard (live).
 */
export function scoreQuestionnaire(
  instrument: unknown,
  answers: unknown,
  options: QuestionnaireOptions = {},
): Result<QuestionnaireOutcome> {
  const outcome = score(instrument, answers, options);
  // Paths are relative to the answers object (`P3`, `current`), as the caller sent it.
  return outcome.ok
    ? outcome
    : fail(outcome.issues.map((i) => ({ field: i.field.replace(/^items\./, ''), issue: i.issue })));
}

const TEGNER_KEYS = ['preInjury', 'current'];

function score(instrument: unknown, answers: unknown, options: QuestionnaireOptions): Result<QuestionnaireOutcome> {
  if (!isInstrument(instrument)) return fail([{ field: 'instrument', issue: 'is not a known questionnaire' }]);
  if (!isRecord(answers)) return fail([{ field: 'answers', issue: 'must be an object of item answers' }]);
  const done = (result: unknown, scores: Record<string, number | null>) =>
    ok<QuestionnaireOutcome>({ instrument, result, scores });
  const total = <T extends { score: number | null }>(r: Result<T>) =>
    r.ok ? done(r.value, { total: r.value.score }) : r;

  switch (instrument) {
    case 'ikdc':
      return total(scoreIkdc(answers));
    case 'koos': {
      const r = scoreKoos(answers, { missingItemRule: options.koosMissingItemRule ?? '2012' });
      if (!r.ok) return r;
      return done(r.value, Object.fromEntries(KOOS_SUBSCALE_KEYS.map((k) => [k, r.value.subscales[k].score])));
    }
    case 'koos12': {
      const r = scoreKoos12(answers);
      if (!r.ok) return r;
      const scales = Object.fromEntries(KOOS12_SCALE_KEYS.map((k) => [k, r.value.scales[k].score]));
      return done(r.value, { ...scales, summary: r.value.summary });
    }
    case 'acl_rsi':
      return total(scoreAclRsi(answers, { form: 'full' }));
    case 'acl_rsi_short':
      return total(scoreAclRsi(answers, { form: 'short' }));
    case 'tegner': {
      const unknown = Object.keys(answers).filter((k) => !TEGNER_KEYS.includes(k));
      if (unknown.length) return fail(unknown.map((field) => ({ field, issue: 'is not a recognised field' })));
      const r = validateTegner(answers);
      return r.ok ? done(r.value, { current: r.value.current, preInjury: r.value.preInjury }) : r;
    }
    case 'lysholm':
      return total(scoreLysholm(answers));
    case 'lefs':
      return total(scoreLefs(answers));
    case 'kos_adls':
      return total(scoreKosAdls(answers));
    case 'global_rating': {
      const unknown = Object.keys(answers).filter((k) => k !== 'rating');
      if (unknown.length) return fail(unknown.map((field) => ({ field, issue: 'is not a recognised field' })));
      return total(scoreGlobalRating(answers['rating'] as never));
    }
  }
  return fail([{ field: 'instrument', issue: 'is not a known questionnaire' }]);
}
