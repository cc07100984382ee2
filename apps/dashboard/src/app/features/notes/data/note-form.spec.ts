import {
  blankSections,
  createNoteForm,
  createRequest,
  dayAfter,
  defaultPeriod,
  defaultType,
  differsFromSaved,
  periodToday,
  updateRequest,
  validPeriod,
  type NoteFormValue,
} from './note-form';
import { draftNote, notePage, progressStatus } from '../testing/note-fixtures';

const value: NoteFormValue = {
  type: 'progress',
  periodStart: '2026-03-02',
  periodEnd: '2026-03-20',
  subjective: 'No giving way.',
  objective: '',
  assessment: '  ',
  plan: 'Retest in 4 weeks.',
};

describe('note form rules', () => {
  it('starts a new note on the current reporting period’s first day, ending today', () => {
    const page = notePage([draftNote({ periodEnd: '2026-03-20' })], {
      progress: progressStatus({ reportingPeriodStart: '2026-03-02' }),
    });
    expect(defaultPeriod(page, '2026-03-25')).toEqual({ periodStart: '2026-03-02', periodEnd: '2026-03-25' });
  });

  it('falls back on the day after the latest note’s period, across a month end', () => {
    const page = notePage([draftNote({ periodEnd: '2026-02-28' })], {
      progress: progressStatus({ reportingPeriodStart: null }),
    });
    expect(defaultPeriod(page, '2026-03-10')).toEqual({ periodStart: '2026-03-01', periodEnd: '2026-03-10' });
  });

  it('uses today alone for a first note without visits, and never starts after today', () => {
    const empty = notePage([], {
      progress: progressStatus({ reportingPeriodStart: null, visitsSinceLastProgressNote: 0 }),
    });
    expect(defaultPeriod(empty, '2026-03-10')).toEqual({ periodStart: '2026-03-10', periodEnd: '2026-03-10' });
    const upToToday = notePage([draftNote({ periodEnd: '2026-03-10' })], {
      progress: progressStatus({ reportingPeriodStart: null }),
    });
    expect(defaultPeriod(upToToday, '2026-03-10')).toEqual({ periodStart: '2026-03-10', periodEnd: '2026-03-10' });
  });

  it('takes "today" for the period as the UTC calendar date, as the API does, whatever the hour', () => {
    expect(periodToday(new Date('2026-03-24T23:59:59.999Z'))).toBe('2026-03-24');
    expect(periodToday(new Date('2026-03-25T00:00:00.000Z'))).toBe('2026-03-25');
  });

  it('tells whether the form holds content the saved note does not', () => {
    const saved = draftNote();
    const same: NoteFormValue = {
      type: saved.type,
      periodStart: saved.periodStart,
      periodEnd: saved.periodEnd,
      subjective: saved.subjective,
      objective: saved.objective,
      assessment: saved.assessment,
      plan: saved.plan,
    };
    expect(differsFromSaved(same, saved)).toBe(false);
    expect(differsFromSaved({ ...same, plan: `${saved.plan} More.` }, saved)).toBe(true);
    expect(differsFromSaved({ ...same, periodEnd: '2026-03-21' }, { ...saved, periodEnd: '2026-03-20' })).toBe(true);
  });

  it('counts calendar days, leap days included', () => {
    expect(dayAfter('2028-02-28')).toBe('2028-02-29');
    expect(dayAfter('2026-12-31')).toBe('2027-01-01');
  });

  it('proposes an initial evaluation first, a progress report when due, else a daily note', () => {
    expect(defaultType(notePage([]))).toBe('initial_evaluation');
    expect(defaultType(notePage([draftNote()], { progress: progressStatus({ due: true }) }))).toBe('progress');
    expect(defaultType(notePage([draftNote()]))).toBe('daily');
    expect(defaultType(notePage([]), 'discharge')).toBe('discharge');
  });

  it('finds the sections a note cannot be signed with (white space counts as blank)', () => {
    expect(blankSections(value)).toEqual(['objective', 'assessment']);
  });

  it('leaves an empty objective out of a new draft so the API fills it, and sends it otherwise', () => {
    expect(createRequest(value)).not.toHaveProperty('objective');
    expect(createRequest({ ...value, objective: 'Hop LSI 82%' })).toMatchObject({ objective: 'Hop LSI 82%' });
    expect(updateRequest(value, 7)).toEqual({ ...value, version: 7 });
  });

  it('checks the period like the API: real dates, in order, not after today', () => {
    const form = createNoteForm(() => '2026-03-25');
    form.patchValue({ periodStart: '2026-03-20', periodEnd: '2026-03-19' });
    expect(form.controls.periodEnd.errors?.['dateOrder']).toBeTruthy();
    form.patchValue({ periodEnd: '2026-03-26' });
    expect(form.controls.periodEnd.errors?.['futureDate']).toBe(true);
    form.patchValue({ periodStart: '2026-02-30', periodEnd: '2026-03-21' });
    expect(form.controls.periodStart.errors?.['isoDate']).toBe(true);
    expect(validPeriod(form.getRawValue())).toBeNull();
    form.patchValue({ periodStart: '2026-03-01' });
    expect(form.valid).toBe(true);
    expect(validPeriod(form.getRawValue())).toEqual({ periodStart: '2026-03-01', periodEnd: '2026-03-21' });
  });
});
