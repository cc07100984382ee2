import { FormControl, FormGroup, Validators } from '@angular/forms';
import { daysBetween, isCalendarDate, todayIn } from '@proprio/clinical';
import {
  NOTE_SECTION_MAX_LENGTH,
  type CreateNoteRequest,
  type Note,
  type NotePage,
  type NoteType,
  type UpdateNoteRequest,
} from '@proprio/contracts';

import {
  isoDateValidator,
  notBeforeSiblingValidator,
  notInFutureValidator,
  requiredValidator,
} from '../../../core/forms/validators';

/** The four SOAP sections, in the order a note is read (REFERENCE §6.1). */
export const SOAP_SECTIONS = ['subjective', 'objective', 'assessment', 'plan'] as const;
export type SoapSection = (typeof SOAP_SECTIONS)[number];

export const SOAP_SECTION_LABELS: Readonly<Record<SoapSection, string>> = {
  subjective: 'Subjective',
  objective: 'Objective',
  assessment: 'Assessment',
  plan: 'Plan',
};

/** What each section holds (REFERENCE §6.1–6.2), shown under its field. */
export const SOAP_SECTION_HINTS: Readonly<Record<SoapSection, string>> = {
  subjective: 'The patient’s report, response to the previous treatment, self-reported scores.',
  objective: 'Measurements, tests and interventions of the period.',
  assessment: 'Your evaluation: impairments, limitations, progress toward each goal.',
  plan: 'Plan of care and next steps; changes to goals.',
};

export interface NoteFormValue {
  type: NoteType;
  periodStart: string;
  periodEnd: string;
  subjective: string;
  objective: string;
  assessment: string;
  plan: string;
}

export type NoteForm = FormGroup<{ [K in keyof NoteFormValue]: FormControl<NoteFormValue[K]> }>;

export interface ReportingPeriod {
  periodStart: string;
  periodEnd: string;
}

/**
 * "Today" for a note's period: the UTC calendar date, the one the API checks the period against
 * (`criteriaToday()`). Not the browser's local date: east of UTC the local date runs ahead, and a
 * period ending on it would be refused as in the future.
 */
export function periodToday(now: Date = new Date()): string {
  return todayIn('UTC', now);
}

/** The note form: the period is checked like the API does (real dates, not ahead of today, in order). */
export function createNoteForm(today: () => string): NoteForm {
  const section = () =>
    new FormControl('', { nonNullable: true, validators: Validators.maxLength(NOTE_SECTION_MAX_LENGTH) });
  return new FormGroup({
    type: new FormControl<NoteType>('daily', { nonNullable: true, validators: requiredValidator }),
    periodStart: new FormControl('', {
      nonNullable: true,
      validators: [requiredValidator, isoDateValidator, notInFutureValidator(today)],
    }),
    periodEnd: new FormControl('', {
      nonNullable: true,
      validators: [
        requiredValidator,
        isoDateValidator,
        notInFutureValidator(today),
        notBeforeSiblingValidator('periodStart', 'The period cannot end before it starts.'),
      ],
    }),
    subjective: section(),
    objective: section(),
    assessment: section(),
    plan: section(),
  });
}

/** The form's content for a saved note. */
export function noteFormValue(note: Note): NoteFormValue {
  return {
    type: note.type,
    periodStart: note.periodStart,
    periodEnd: note.periodEnd,
    subjective: note.subjective,
    objective: note.objective,
    assessment: note.assessment,
    plan: note.plan,
  };
}

/** The period both dates of which are valid and in order, or null. */
export function validPeriod(value: Pick<NoteFormValue, 'periodStart' | 'periodEnd'>): ReportingPeriod | null {
  const { periodStart, periodEnd } = value;
  if (!isCalendarDate(periodStart) || !isCalendarDate(periodEnd) || daysBetween(periodStart, periodEnd) < 0) {
    return null;
  }
  return { periodStart, periodEnd };
}

/**
 * Where a new note's period starts: the current reporting period's first day when the API knows
 * it, else the day after the latest note's period, else today. It ends today; a start after today
 * (a note already written up to today) is brought back to today.
 */
export function defaultPeriod(page: NotePage | undefined, today: string): ReportingPeriod {
  const latest = page?.items[0];
  const start = page?.progress.reportingPeriodStart ?? (latest ? dayAfter(latest.periodEnd) : today);
  return { periodStart: start > today ? today : start, periodEnd: today };
}

/**
 * The type a new note most likely is: the initial evaluation of an episode without notes, a
 * progress report when one is due, else a daily note. A `requested` type (from a link) wins.
 */
export function defaultType(page: NotePage | undefined, requested?: NoteType): NoteType {
  if (requested) return requested;
  if (page && page.total === 0) return 'initial_evaluation';
  return page?.progress.due ? 'progress' : 'daily';
}

/** The next calendar day (calendar arithmetic in UTC, so no time zone or DST shift can move it). */
export function dayAfter(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

/** Sections with no text (white space only), which a note cannot be signed with. */
export function blankSections(value: Pick<NoteFormValue, SoapSection>): SoapSection[] {
  return SOAP_SECTIONS.filter((section) => value[section].trim() === '');
}

/** A new draft. An empty objective is left out, so the API fills it from the period's records. */
export function createRequest(value: NoteFormValue): CreateNoteRequest {
  const { objective, ...rest } = value;
  return objective.trim() === '' ? rest : { ...rest, objective };
}

/** Whether the form holds content the saved note does not (what signing must save first). */
export function differsFromSaved(value: NoteFormValue, saved: Note): boolean {
  const stored = noteFormValue(saved);
  return (Object.keys(stored) as (keyof NoteFormValue)[]).some((key) => value[key] !== stored[key]);
}

/** A full replacement of the draft, made against the version the form was loaded from. */
export function updateRequest(value: NoteFormValue, version: number): UpdateNoteRequest {
  return { ...value, version };
}
