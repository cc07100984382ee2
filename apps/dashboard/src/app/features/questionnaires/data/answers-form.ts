import { FormControl, FormGroup } from '@angular/forms';

import { parseDecimal } from '../../../shared/format/decimal';
import { layoutItems, type InstrumentLayout } from './instrument-layout';

/** One text control per item, keyed by item id; blank means unanswered. */
export type AnswersForm = FormGroup<Record<string, FormControl<string>>>;

/** The item answers of an instrument, empty or filled from a recorded response (to correct it). */
export function createAnswersForm(layout: InstrumentLayout, answers: Record<string, unknown> = {}): AnswersForm {
  const controls: Record<string, FormControl<string>> = {};
  for (const item of layoutItems(layout)) {
    const answer = answers[item.id];
    const text = typeof answer === 'number' || typeof answer === 'string' ? String(answer) : '';
    controls[item.id] = new FormControl(text, { nonNullable: true });
  }
  return new FormGroup(controls);
}

/**
 * The answers as the API takes them: only answered items, numbers as numbers and choices as the
 * library's values (`'yes'`). Text that is not a number is passed as NaN, for the library to report.
 */
export function answersFrom(layout: InstrumentLayout, raw: Readonly<Record<string, string>>): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const item of layoutItems(layout)) {
    const text = (raw[item.id] ?? '').trim();
    if (text === '') {
      continue;
    }
    if (item.kind === 'choice') {
      const option = item.options.find((candidate) => String(candidate.value) === text);
      answers[item.id] = option ? option.value : text;
    } else {
      answers[item.id] = parseDecimal(text);
    }
  }
  return answers;
}

/** The item a library or API field is about: `items.P3`, `answers.items.P3`, `answers.P3`, `rating`. */
export function itemIdOf(field: string, layout: InstrumentLayout): string | null {
  const id = field.replace(/^answers\./, '').replace(/^items\./, '');
  return layoutItems(layout).some((item) => item.id === id) ? id : null;
}
