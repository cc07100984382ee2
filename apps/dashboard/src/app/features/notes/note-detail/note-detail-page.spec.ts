import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import type { Note, NotePage, Role } from '@proprio/contracts';
import { firstValueFrom, type Observable } from 'rxjs';

import { byTestId, queryTestId, text, typeInto } from '../../../../testing/dom';
import { apiError, episode, patient } from '../../../../testing/fixtures';
import { failWith, settleResponse, verifyNoPendingRequests } from '../../../../testing/http';
import { signInAs } from '../../../../testing/session';
import { authInterceptor } from '../../../core/auth/auth.interceptor';
import { apiErrorInterceptor } from '../../../core/http/api-error.interceptor';
import { todayIsoDate } from '../../../shared/dates/calendar-date';
import { blobText, recordSavedFiles } from '../../exports/testing/saved-files';
import { periodToday } from '../data/note-form';
import { addendum, draftNote, notePage, objectiveDraft, progressStatus, signedNote } from '../testing/note-fixtures';
import { NoteDetailPage } from './note-detail-page';

describe('NoteDetailPage', () => {
  let fixture: ComponentFixture<NoteDetailPage>;
  let backend: HttpTestingController;
  let navigate: ReturnType<typeof vi.spyOn>;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [NoteDetailPage],
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([apiErrorInterceptor, authInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    navigate = vi.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
  });

  afterEach(() => verifyNoPendingRequests(backend));

  function expectUrl(url: string, method = 'GET'): TestRequest {
    return backend.expectOne((request) => request.url === url && request.method === method);
  }

  function field<T extends HTMLElement = HTMLTextAreaElement>(testId: string): T {
    return byTestId<T>(fixture, testId);
  }

  function type(testId: string, value: string): void {
    typeInto(field<HTMLInputElement>(testId), value);
  }

  function inDialog<T extends HTMLElement = HTMLElement>(testId: string): T {
    const element = document.querySelector<T>(`[data-testid="${testId}"]`);
    if (!element) throw new Error(`No dialog element ${testId}`);
    return element;
  }

  function previewRequest(): TestRequest {
    return expectUrl('/api/v1/episodes/e-1/note-objective');
  }

  /** Opens `…/notes/new`; answers the episode, the latest note and the patient, not the objective preview. */
  async function openNew(options: { role?: Role; page?: NotePage; type?: string } = {}): Promise<void> {
    signInAs(options.role ?? 'therapist');
    fixture = TestBed.createComponent(NoteDetailPage);
    fixture.componentRef.setInput('episodeId', 'e-1');
    if (options.type) fixture.componentRef.setInput('type', options.type);
    TestBed.tick();
    expectUrl('/api/v1/episodes/e-1').flush(episode());
    const latest = expectUrl('/api/v1/episodes/e-1/notes');
    expect(latest.request.params.get('limit')).toBe('1');
    latest.flush(
      options.page ??
        notePage([signedNote({ periodEnd: '2026-03-20' })], {
          total: 3,
          progress: progressStatus({ reportingPeriodStart: '2026-03-21', visitsSinceLastProgressNote: 10, due: true }),
        }),
    );
    await settleResponse(() => TestBed.tick());
    expectUrl('/api/v1/patients/p-1').flush(patient());
  }

  async function openNote(note: Note, role: Role = 'therapist'): Promise<void> {
    signInAs(role);
    fixture = TestBed.createComponent(NoteDetailPage);
    fixture.componentRef.setInput('episodeId', 'e-1');
    fixture.componentRef.setInput('noteId', note.id);
    TestBed.tick();
    expectUrl('/api/v1/episodes/e-1').flush(episode());
    expectUrl(`/api/v1/notes/${note.id}`).flush(note);
    await settleResponse(() => TestBed.tick());
    expectUrl('/api/v1/patients/p-1').flush(patient());
    await fixture.whenStable();
  }

  describe('a new note', () => {
    it('starts on the current reporting period up to today, and fills the objective from its records', async () => {
      await openNew({ type: 'progress' });
      const preview = previewRequest();
      expect(preview.request.params.get('periodStart')).toBe('2026-03-21');
      expect(preview.request.params.get('periodEnd')).toBe(periodToday());
      preview.flush(objectiveDraft());
      await fixture.whenStable();

      expect(text(byTestId(fixture, 'note-heading'))).toBe('New note');
      expect(text(byTestId(fixture, 'note-subtitle'))).toBe('Ada Lovelace · ACL reconstruction, left');
      expect(field<HTMLSelectElement>('note-type-select').value).toBe('progress');
      expect(field<HTMLInputElement>('note-period-start').value).toBe('2026-03-21');
      expect(field<HTMLInputElement>('note-period-end').value).toBe(periodToday());
      expect(field('note-objective-input').value).toBe(objectiveDraft().text);
      expect(text(byTestId(fixture, 'objective-status'))).toContain(
        'Filled from the records of the period: 3 measurements, 1 questionnaire, 4 sessions and 0 phase changes.',
      );
      // A draft is saved before it is signed.
      expect(queryTestId(fixture, 'sign-note')).toBeNull();
      expect(queryTestId(fixture, 'discard-draft')).toBeNull();
    });

    describe('east of UTC, where the local date is a day ahead', () => {
      const env = (globalThis as unknown as { process: { env: Record<string, string | undefined> } }).process.env;
      let zone: string | undefined;

      beforeEach(() => {
        zone = env['TZ'];
        env['TZ'] = 'Pacific/Auckland';
        // 20:00 UTC on 24 March is 09:00 on 25 March in Auckland (UTC+13).
        vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-03-24T20:00:00Z') });
      });

      afterEach(() => {
        vi.useRealTimers();
        if (zone === undefined) delete env['TZ'];
        else env['TZ'] = zone;
      });

      it('ends the default period on the UTC date the API checks, and refuses the local date as in the future', async () => {
        // The browser's own date is ahead: the case the API refused.
        expect(todayIsoDate()).toBe('2026-03-25');
        await openNew({ type: 'progress' });
        const preview = previewRequest();
        expect(preview.request.params.get('periodEnd')).toBe('2026-03-24');
        preview.flush(objectiveDraft());
        await fixture.whenStable();
        expect(field<HTMLInputElement>('note-period-end').value).toBe('2026-03-24');
        expect(field<HTMLInputElement>('note-period-end').max).toBe('2026-03-24');
        expect(queryTestId(fixture, 'note-period-end-error')).toBeNull();

        type('note-period-end', '2026-03-25');
        previewRequest().flush(objectiveDraft());
        await fixture.whenStable();
        byTestId<HTMLButtonElement>(fixture, 'save-draft').click();
        await fixture.whenStable();
        expect(text(byTestId(fixture, 'note-period-end-error'))).toBe('The date cannot be in the future.');
        backend.expectNone('/api/v1/episodes/e-1/notes');
      });
    });

    it('proposes the initial evaluation for an episode without notes, over today only', async () => {
      await openNew({
        page: notePage([], {
          progress: progressStatus({ reportingPeriodStart: null, visitsSinceLastProgressNote: 0 }),
        }),
      });
      const preview = previewRequest();
      expect(preview.request.params.get('periodStart')).toBe(periodToday());
      preview.flush(objectiveDraft({ text: 'No measures recorded in the period.' }));
      await fixture.whenStable();
      expect(field<HTMLSelectElement>('note-type-select').value).toBe('initial_evaluation');
    });

    it('saves the draft with the objective shown, then opens it', async () => {
      await openNew();
      previewRequest().flush(objectiveDraft());
      await fixture.whenStable();
      type('note-subjective-input', 'Reports no giving way.');
      type('note-assessment-input', 'Hop symmetry below target.');
      await fixture.whenStable();

      byTestId<HTMLButtonElement>(fixture, 'save-draft').click();
      TestBed.tick();
      const post = expectUrl('/api/v1/episodes/e-1/notes', 'POST');
      expect(post.request.body).toEqual({
        type: 'progress',
        periodStart: '2026-03-21',
        periodEnd: periodToday(),
        subjective: 'Reports no giving way.',
        objective: objectiveDraft().text,
        assessment: 'Hop symmetry below target.',
        plan: '',
      });
      post.flush(draftNote({ id: 'n-9' }));
      await fixture.whenStable();
      expect(navigate).toHaveBeenCalledWith(['/episodes', 'e-1', 'notes', 'n-9'], { replaceUrl: true });
    });

    it('follows the period with the objective until it is edited, then asks before replacing it', async () => {
      await openNew();
      previewRequest().flush(objectiveDraft());
      await fixture.whenStable();

      type('note-period-start', '2026-03-01');
      const followed = previewRequest();
      expect(followed.request.params.get('periodStart')).toBe('2026-03-01');
      followed.flush(objectiveDraft({ text: 'Records from 1 March on.' }));
      await fixture.whenStable();
      expect(field('note-objective-input').value).toBe('Records from 1 March on.');

      type('note-objective-input', 'Records from 1 March on. Hop testing deferred: effusion.');
      type('note-period-start', '2026-03-10');
      await fixture.whenStable();
      backend.expectNone('/api/v1/episodes/e-1/note-objective');
      expect(text(byTestId(fixture, 'objective-status'))).toContain(
        'The period changed since the objective was filled',
      );

      byTestId<HTMLButtonElement>(fixture, 'refill-objective').click();
      await fixture.whenStable();
      expect(document.querySelector('app-confirm-dialog')?.textContent).toContain(
        'The changes you made to it will be lost',
      );
      inDialog<HTMLButtonElement>('confirm-cancel').click();
      await fixture.whenStable();
      backend.expectNone('/api/v1/episodes/e-1/note-objective');
      expect(field('note-objective-input').value).toContain('Hop testing deferred');

      byTestId<HTMLButtonElement>(fixture, 'refill-objective').click();
      await fixture.whenStable();
      inDialog<HTMLButtonElement>('confirm-accept').click();
      await fixture.whenStable();
      const refill = previewRequest();
      expect(refill.request.params.get('periodStart')).toBe('2026-03-10');
      refill.flush(objectiveDraft({ text: 'Records from 10 March on.' }));
      await fixture.whenStable();
      expect(field('note-objective-input').value).toBe('Records from 10 March on.');
    });

    it('lets the user write the objective when the records cannot be read', async () => {
      await openNew();
      failWith(
        previewRequest(),
        apiError({ statusCode: 503, code: 'SERVICE_UNAVAILABLE', message: 'Server unreachable.' }),
      );
      await fixture.whenStable();
      expect(text(byTestId(fixture, 'objective-error'))).toContain(
        'The records of the period could not be read: Server unreachable.',
      );
      expect(field('note-objective-input').value).toBe('');
      expect(field('note-objective-input').disabled).toBe(false);
    });

    it('refuses a period that ends before it starts, without calling the API', async () => {
      await openNew();
      previewRequest().flush(objectiveDraft());
      await fixture.whenStable();
      type('note-period-end', '2026-03-15');
      await fixture.whenStable();
      byTestId<HTMLButtonElement>(fixture, 'save-draft').click();
      await fixture.whenStable();
      expect(text(byTestId(fixture, 'note-period-end-error'))).toBe('The period cannot end before it starts.');
      backend.expectNone('/api/v1/episodes/e-1/notes');
    });

    it('puts the API’s field errors under their fields', async () => {
      await openNew();
      previewRequest().flush(objectiveDraft());
      await fixture.whenStable();
      byTestId<HTMLButtonElement>(fixture, 'save-draft').click();
      TestBed.tick();
      failWith(
        expectUrl('/api/v1/episodes/e-1/notes', 'POST'),
        apiError({
          statusCode: 400,
          code: 'VALIDATION_FAILED',
          details: [{ field: 'periodStart', issue: 'must not be before the episode began' }],
        }),
      );
      await fixture.whenStable();
      expect(text(byTestId(fixture, 'note-period-start-error'))).toBe('must not be before the episode began');
      expect(queryTestId(fixture, 'note-editor-error')).toBeNull();
      expect(navigate).not.toHaveBeenCalled();
    });
  });

  describe('a draft', () => {
    it('opens the saved text without reading the records again', async () => {
      await openNote(draftNote());
      expect(text(byTestId(fixture, 'note-heading'))).toBe('Progress report (draft)');
      expect(text(byTestId(fixture, 'note-status'))).toBe('Draft');
      expect(field('note-subjective-input').value).toBe(draftNote().subjective);
      expect(field('note-objective-input').value).toBe(draftNote().objective);
      expect(field<HTMLInputElement>('note-period-start').value).toBe('2026-03-02');
      backend.expectNone('/api/v1/episodes/e-1/note-objective');
    });

    it('saves the whole draft with the version it was loaded at', async () => {
      await openNote(draftNote());
      type('note-plan-input', 'Retest hops in 4 weeks.');
      await fixture.whenStable();
      expect(queryTestId(fixture, 'unsaved-changes')).not.toBeNull();
      byTestId<HTMLButtonElement>(fixture, 'save-draft').click();
      TestBed.tick();
      const put = expectUrl('/api/v1/notes/n-1', 'PUT');
      expect(put.request.body).toEqual({
        type: 'progress',
        periodStart: '2026-03-02',
        periodEnd: '2026-03-20',
        subjective: draftNote().subjective,
        objective: draftNote().objective,
        assessment: '',
        plan: 'Retest hops in 4 weeks.',
        version: 2,
      });
      put.flush(draftNote({ plan: 'Retest hops in 4 weeks.', version: 3 }));
      await fixture.whenStable();
      expect(queryTestId(fixture, 'unsaved-changes')).toBeNull();

      type('note-assessment-input', 'Quadriceps weakness persists.');
      byTestId<HTMLButtonElement>(fixture, 'save-draft').click();
      TestBed.tick();
      const second = expectUrl('/api/v1/notes/n-1', 'PUT');
      expect(second.request.body.version).toBe(3);
      second.flush(draftNote({ version: 4 }));
      await fixture.whenStable();
    });

    it('says someone else changed the draft, keeps the user’s text, and reloads it on request', async () => {
      await openNote(draftNote());
      type('note-plan-input', 'My plan');
      byTestId<HTMLButtonElement>(fixture, 'save-draft').click();
      TestBed.tick();
      failWith(expectUrl('/api/v1/notes/n-1', 'PUT'), apiError({ statusCode: 409, code: 'VERSION_CONFLICT' }));
      await fixture.whenStable();
      expect(text(byTestId(fixture, 'note-editor-error'))).toContain(
        'Someone else saved this draft since you opened it',
      );
      expect(field('note-plan-input').value).toBe('My plan');

      byTestId<HTMLButtonElement>(fixture, 'reload-draft').click();
      TestBed.tick();
      expectUrl('/api/v1/notes/n-1').flush(draftNote({ plan: 'Their plan', version: 5 }));
      await fixture.whenStable();
      expect(field('note-plan-input').value).toBe('Their plan');
      expect(queryTestId(fixture, 'note-editor-error')).toBeNull();
    });

    it('names the blank sections and opens no dialog when signing an incomplete note', async () => {
      await openNote(draftNote({ assessment: '', plan: '   ' }));
      byTestId<HTMLButtonElement>(fixture, 'sign-note').click();
      await fixture.whenStable();
      expect(document.querySelector('app-sign-note-dialog')).toBeNull();
      expect(text(byTestId(fixture, 'sign-blocked'))).toBe(
        'A note is signed with every section written. Still blank: Assessment, Plan.',
      );
      expect(text(byTestId(fixture, 'note-assessment-error'))).toBe('Write the assessment before signing.');
      expect(text(byTestId(fixture, 'note-plan-error'))).toBe('Write the plan before signing.');
      expect(queryTestId(fixture, 'note-subjective-error')).toBeNull();
    });

    it('still saves the draft with blank sections after signing was refused for them', async () => {
      await openNote(draftNote({ assessment: '', plan: '' }));
      byTestId<HTMLButtonElement>(fixture, 'sign-note').click();
      await fixture.whenStable();
      expect(queryTestId(fixture, 'sign-blocked')).not.toBeNull();

      type('note-subjective-input', 'Reports no giving way; stairs pain-free. Sleeps well.');
      byTestId<HTMLButtonElement>(fixture, 'save-draft').click();
      TestBed.tick();
      const put = expectUrl('/api/v1/notes/n-1', 'PUT');
      expect(put.request.body).toMatchObject({ assessment: '', plan: '', version: 2 });
      put.flush(draftNote({ assessment: '', plan: '', version: 3 }));
      await fixture.whenStable();
      expect(queryTestId(fixture, 'sign-blocked')).toBeNull();
      expect(queryTestId(fixture, 'note-assessment-error')).toBeNull();
    });

    it('asks before leaving with unsaved text, and lets a saved draft go', async () => {
      await openNote(draftNote());
      expect(fixture.componentInstance.canLeave()).toBe(true);

      type('note-plan-input', 'Half-written plan');
      await fixture.whenStable();
      const staying = fixture.componentInstance.canLeave();
      expect(staying).not.toBe(true);
      const decision = firstValueFrom(staying as Observable<boolean>);
      await fixture.whenStable();
      expect(document.querySelector('app-confirm-dialog')?.textContent).toContain(
        'The changes to this note have not been saved.',
      );
      inDialog<HTMLButtonElement>('confirm-cancel').click();
      expect(await decision).toBe(false);
      await fixture.whenStable();

      const leaving = firstValueFrom(fixture.componentInstance.canLeave() as Observable<boolean>);
      await fixture.whenStable();
      inDialog<HTMLButtonElement>('confirm-accept').click();
      expect(await leaving).toBe(true);
    });

    it('signs after a dialog that says a signed note cannot be changed, saving unsaved text first', async () => {
      await openNote(draftNote());
      type('note-assessment-input', 'Hop symmetry below the 90% target.');
      type('note-plan-input', 'Continue phase 3.');
      await fixture.whenStable();
      byTestId<HTMLButtonElement>(fixture, 'sign-note').click();
      await fixture.whenStable();

      expect(text(inDialog('sign-statement'))).toBe(
        'A signed note is a legal record: it cannot be changed or deleted afterwards. Corrections are made as addenda, each signed and dated.',
      );
      expect(text(inDialog('sign-summary'))).toBe(
        'You are signing the progress report for 2 Mar 2026 – 20 Mar 2026 as Test therapist.',
      );
      expect(inDialog('sign-saves-first')).toBeTruthy();
      inDialog<HTMLButtonElement>('sign-confirm').click();
      TestBed.tick();

      const put = expectUrl('/api/v1/notes/n-1', 'PUT');
      expect(put.request.body).toMatchObject({ assessment: 'Hop symmetry below the 90% target.', version: 2 });
      put.flush(draftNote({ assessment: 'Hop symmetry below the 90% target.', plan: 'Continue phase 3.', version: 3 }));
      const sign = expectUrl('/api/v1/notes/n-1/sign', 'POST');
      expect(sign.request.body).toEqual({ version: 3 });
      sign.flush(signedNote());
      await fixture.whenStable();

      expect(document.querySelector('app-sign-note-dialog')).toBeNull();
      expect(queryTestId(fixture, 'note-editor')).toBeNull();
      expect(text(byTestId(fixture, 'note-status'))).toBe('Signed by Jane Therapist on 21 Mar 2026');
      expect(text(byTestId(fixture, 'signature-name'))).toBe('Jane Therapist');
    });

    it('a retry after the save went through but the signature failed signs the saved version, without saving again', async () => {
      await openNote(draftNote());
      type('note-assessment-input', 'Hop symmetry below the 90% target.');
      type('note-plan-input', 'Continue phase 3.');
      await fixture.whenStable();
      byTestId<HTMLButtonElement>(fixture, 'sign-note').click();
      await fixture.whenStable();
      inDialog<HTMLButtonElement>('sign-confirm').click();
      TestBed.tick();

      const put = expectUrl('/api/v1/notes/n-1', 'PUT');
      expect(put.request.body).toMatchObject({ version: 2 });
      put.flush(draftNote({ assessment: 'Hop symmetry below the 90% target.', plan: 'Continue phase 3.', version: 3 }));
      failWith(
        expectUrl('/api/v1/notes/n-1/sign', 'POST'),
        apiError({ statusCode: 503, code: 'SERVICE_UNAVAILABLE', message: 'Try again.' }),
      );
      await fixture.whenStable();
      expect(inDialog('sign-error')).toBeTruthy();

      inDialog<HTMLButtonElement>('sign-confirm').click();
      TestBed.tick();
      // Saved already: no second PUT at the old version 2 (which the API would refuse as a conflict).
      backend.expectNone((request) => request.method === 'PUT');
      const sign = expectUrl('/api/v1/notes/n-1/sign', 'POST');
      expect(sign.request.body).toEqual({ version: 3 });
      sign.flush(signedNote());
      await fixture.whenStable();
      expect(document.querySelector('app-sign-note-dialog')).toBeNull();
      expect(text(byTestId(fixture, 'note-status'))).toBe('Signed by Jane Therapist on 21 Mar 2026');
    });

    it('shows the API’s refusal in the dialog, by section, and on the field', async () => {
      await openNote(signedNote({ status: 'draft', signature: null, contentHash: null, version: 2 }));
      byTestId<HTMLButtonElement>(fixture, 'sign-note').click();
      await fixture.whenStable();
      expect(document.querySelector('[data-testid="sign-saves-first"]')).toBeNull();
      inDialog<HTMLButtonElement>('sign-confirm').click();
      TestBed.tick();
      failWith(
        expectUrl('/api/v1/notes/n-1/sign', 'POST'),
        apiError({
          statusCode: 400,
          code: 'VALIDATION_FAILED',
          details: [{ field: 'objective', issue: 'must state at least one measurement for a progress report' }],
        }),
      );
      await fixture.whenStable();
      const refusal = text(inDialog('sign-error'));
      expect(refusal).toContain('The note cannot be signed yet:');
      expect(text(inDialog('sign-error').querySelector('li'))).toBe(
        'Objective: must state at least one measurement for a progress report',
      );
      expect(inDialog<HTMLButtonElement>('sign-confirm').disabled).toBe(false);
      inDialog<HTMLButtonElement>('sign-cancel').click();
      await fixture.whenStable();
      expect(text(byTestId(fixture, 'note-objective-error'))).toBe(
        'must state at least one measurement for a progress report',
      );
    });

    it('after a refused signature because someone else saved, offers to reload the draft', async () => {
      await openNote(signedNote({ status: 'draft', signature: null, contentHash: null, version: 2 }));
      byTestId<HTMLButtonElement>(fixture, 'sign-note').click();
      await fixture.whenStable();
      inDialog<HTMLButtonElement>('sign-confirm').click();
      TestBed.tick();
      failWith(expectUrl('/api/v1/notes/n-1/sign', 'POST'), apiError({ statusCode: 409, code: 'VERSION_CONFLICT' }));
      await fixture.whenStable();
      expect(text(inDialog('sign-error'))).toContain('Someone else changed this draft since you opened it.');
      inDialog<HTMLButtonElement>('sign-cancel').click();
      await fixture.whenStable();

      byTestId<HTMLButtonElement>(fixture, 'reload-draft').click();
      TestBed.tick();
      expectUrl('/api/v1/notes/n-1').flush(draftNote({ plan: 'Their plan', version: 6 }));
      await fixture.whenStable();
      expect(field('note-plan-input').value).toBe('Their plan');
    });

    it('discards the draft after a confirmation and returns to the notes', async () => {
      await openNote(draftNote());
      byTestId<HTMLButtonElement>(fixture, 'discard-draft').click();
      await fixture.whenStable();
      expect(document.querySelector('app-confirm-dialog')?.textContent).toContain('This cannot be undone.');
      inDialog<HTMLButtonElement>('confirm-accept').click();
      await fixture.whenStable();
      expectUrl('/api/v1/notes/n-1', 'DELETE').flush(null, { status: 204, statusText: 'No Content' });
      await fixture.whenStable();
      expect(navigate).toHaveBeenCalledWith(['/episodes', 'e-1', 'notes']);
    });

    it('lets an assistant write and save, but not sign', async () => {
      await openNote(draftNote(), 'assistant');
      expect(queryTestId(fixture, 'note-editor')).not.toBeNull();
      expect(queryTestId(fixture, 'sign-note')).toBeNull();
      expect(text(byTestId(fixture, 'sign-not-allowed'))).toContain('A therapist signs notes');
      expect(queryTestId(fixture, 'save-draft')).not.toBeNull();
    });

    it('shows a draft read-only to an administrator, who does not write notes', async () => {
      await openNote(draftNote(), 'admin');
      expect(queryTestId(fixture, 'note-editor')).toBeNull();
      expect(text(byTestId(fixture, 'note-subjective'))).toBe(draftNote().subjective);
      expect(text(byTestId(fixture, 'note-assessment'))).toBe('Nothing written.');
      expect(queryTestId(fixture, 'note-signature')).toBeNull();
      expect(queryTestId(fixture, 'add-addendum')).toBeNull();
    });
  });

  describe('a signed note', () => {
    it('shows the sections read-only, the signature with title, time and hash, and the addenda', async () => {
      await openNote(
        signedNote({
          addenda: [
            addendum({
              id: 'ad-2',
              body: 'Second',
              signature: { ...addendum().signature, signedAt: '2026-03-25T12:00:00.000Z' },
            }),
            addendum(),
          ],
        }),
      );
      expect(queryTestId(fixture, 'note-editor')).toBeNull();
      expect((fixture.nativeElement as HTMLElement).querySelector('textarea, input')).toBeNull();
      expect(text(byTestId(fixture, 'note-heading'))).toBe('Progress report');
      expect(text(byTestId(fixture, 'note-plan'))).toBe('Continue phase 3; retest hops in 4 weeks.');
      expect(text(byTestId(fixture, 'signature-name'))).toBe('Jane Therapist');
      expect(text(byTestId(fixture, 'signature-title'))).toBe('PT, DPT');
      expect(byTestId(fixture, 'signature-time').querySelector('time')?.getAttribute('datetime')).toBe(
        '2026-03-21T12:00:00.000Z',
      );
      expect(text(byTestId(fixture, 'signature-time'))).toMatch(/^21 Mar 2026, \d{2}:\d{2}$/);
      expect(text(byTestId(fixture, 'signature-hash'))).toBe(signedNote().contentHash);

      const addenda = Array.from(byTestId(fixture, 'addenda').querySelectorAll('[data-testid="addendum"]'));
      expect(addenda.map((item) => text(item.querySelector('[data-testid="addendum-body"]')))).toEqual([
        addendum().body,
        'Second',
      ]);
      expect(text(addenda[0]?.querySelector('[data-testid="addendum-signature"]') ?? null)).toMatch(
        /^Added and signed by Jane Therapist, PT, DPT on 22 Mar 2026, \d{2}:\d{2}$/,
      );
    });

    it('adds a signed addendum through a dialog that refuses an empty one', async () => {
      await openNote(signedNote());
      expect(text(byTestId(fixture, 'no-addenda'))).toBe('No addenda.');
      byTestId<HTMLButtonElement>(fixture, 'add-addendum').click();
      await fixture.whenStable();

      inDialog<HTMLButtonElement>('addendum-confirm').click();
      await fixture.whenStable();
      expect(text(inDialog('addendum-input-error'))).toBe('This field is required.');
      backend.expectNone('/api/v1/notes/n-1/addenda');

      typeInto(
        inDialog<HTMLInputElement>('addendum-input'),
        '  Correction: the single hop was measured on 2 Mar 2026.  ',
      );
      await fixture.whenStable();
      inDialog<HTMLButtonElement>('addendum-confirm').click();
      TestBed.tick();
      const post = expectUrl('/api/v1/notes/n-1/addenda', 'POST');
      expect(post.request.body).toEqual({ body: 'Correction: the single hop was measured on 2 Mar 2026.' });
      post.flush(signedNote({ addenda: [addendum()], version: 4 }));
      await fixture.whenStable();

      expect(document.querySelector('app-addendum-dialog')).toBeNull();
      expect(text(byTestId(fixture, 'addendum-body'))).toBe(addendum().body);
    });

    it('offers no addendum to an assistant', async () => {
      await openNote(signedNote(), 'assistant');
      expect(queryTestId(fixture, 'add-addendum')).toBeNull();
      expect(queryTestId(fixture, 'download-note-pdf')).not.toBeNull();
    });

    it('downloads the note PDF under the API’s file name, showing progress meanwhile', async () => {
      const saved = recordSavedFiles();
      try {
        await openNote(signedNote());
        const button = byTestId<HTMLButtonElement>(fixture, 'download-note-pdf');
        expect(text(button)).toBe('Download note PDF');
        button.click();
        await fixture.whenStable();
        expect(button.disabled).toBe(true);
        expect(button.getAttribute('aria-busy')).toBe('true');

        expectUrl('/api/v1/notes/n-1/pdf').flush(new Blob(['%PDF-1.7 note'], { type: 'application/pdf' }), {
          headers: { 'Content-Disposition': 'attachment; filename="progress-report-2026-03-20.pdf"' },
        });
        await fixture.whenStable();
        expect(button.disabled).toBe(false);
        expect(saved.files.map((file) => file.filename)).toEqual(['progress-report-2026-03-20.pdf']);
        expect(await blobText(saved.files[0]!.blob)).toBe('%PDF-1.7 note');
      } finally {
        saved.restore();
      }
    });

    it('says the note is gone when it cannot be found', async () => {
      signInAs('therapist');
      fixture = TestBed.createComponent(NoteDetailPage);
      fixture.componentRef.setInput('episodeId', 'e-1');
      fixture.componentRef.setInput('noteId', 'n-404');
      TestBed.tick();
      expectUrl('/api/v1/episodes/e-1').flush(episode());
      failWith(expectUrl('/api/v1/notes/n-404'), apiError({ statusCode: 404, code: 'NOTE_NOT_FOUND' }));
      await settleResponse(() => TestBed.tick());
      expectUrl('/api/v1/patients/p-1').flush(patient());
      await fixture.whenStable();
      expect(text(byTestId(fixture, 'error-banner'))).toContain('This note could not be found.');
    });
  });
});
