import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { Episode, NotePage, Role } from '@proprio/contracts';

import { byTestId, queryTestId, text } from '../../../../testing/dom';
import { apiError, episode, patient } from '../../../../testing/fixtures';
import { failWith, settleResponse, verifyNoPendingRequests } from '../../../../testing/http';
import { signInAs } from '../../../../testing/session';
import { authInterceptor } from '../../../core/auth/auth.interceptor';
import { apiErrorInterceptor } from '../../../core/http/api-error.interceptor';
import { addendum, draftNote, notePage, progressStatus, signedNote } from '../testing/note-fixtures';
import { NoteListPage } from './note-list-page';

describe('NoteListPage', () => {
  let fixture: ComponentFixture<NoteListPage>;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [NoteListPage],
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([apiErrorInterceptor, authInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => verifyNoPendingRequests(backend));

  function notesRequest(): TestRequest {
    return backend.expectOne((request) => request.url === '/api/v1/episodes/e-1/notes');
  }

  async function open(options: { role?: Role; page?: NotePage; episode?: Partial<Episode> } = {}): Promise<void> {
    signInAs(options.role ?? 'therapist');
    fixture = TestBed.createComponent(NoteListPage);
    fixture.componentRef.setInput('episodeId', 'e-1');
    TestBed.tick();
    backend.expectOne('/api/v1/episodes/e-1').flush(episode(options.episode));
    const list = notesRequest();
    expect([list.request.params.get('limit'), list.request.params.get('offset')]).toEqual(['20', '0']);
    list.flush(options.page ?? notePage([draftNote({ id: 'n-2', type: 'daily' }), signedNote()]));
    await settleResponse(() => TestBed.tick());
    backend.expectOne('/api/v1/patients/p-1').flush(patient());
    await fixture.whenStable();
  }

  function rows(): HTMLElement[] {
    return Array.from(byTestId(fixture, 'notes-table').querySelectorAll<HTMLElement>('[data-testid="note-row"]'));
  }

  it('lists each note with its type, period, status and addenda, latest period first, linking to it', async () => {
    await open({
      page: notePage([
        draftNote({ id: 'n-2', type: 'daily', periodStart: '2026-03-21', periodEnd: '2026-03-21' }),
        signedNote({ addenda: [addendum(), addendum({ id: 'ad-2' })] }),
      ]),
    });
    const [draft, signed] = rows();
    expect(text(draft?.querySelector('[data-testid="note-link"]') ?? null)).toBe('Daily note');
    expect(draft?.querySelector('[data-testid="note-link"]')?.getAttribute('href')).toBe('/episodes/e-1/notes/n-2');
    expect(text(draft?.querySelector('[data-testid="note-period"]') ?? null)).toBe('21 Mar 2026 – 21 Mar 2026');
    expect(text(draft?.querySelector('[data-testid="note-status"]') ?? null)).toBe('Draft');
    expect(text(draft?.querySelector('[data-testid="note-addenda"]') ?? null)).toBe('No addenda');

    expect(text(signed?.querySelector('[data-testid="note-link"]') ?? null)).toBe('Progress report');
    expect(text(signed?.querySelector('[data-testid="note-period"]') ?? null)).toBe('2 Mar 2026 – 20 Mar 2026');
    expect(text(signed?.querySelector('[data-testid="note-status"]') ?? null)).toBe(
      'Signed by Jane Therapist on 21 Mar 2026',
    );
    expect(text(signed?.querySelector('[data-testid="note-addenda"]') ?? null)).toBe('2 addenda');
    expect(byTestId(fixture, 'new-note-button').getAttribute('href')).toBe('/episodes/e-1/notes/new');
  });

  it('shows a banner when a progress report is due, with the way to write it', async () => {
    await open({
      page: notePage([signedNote()], {
        progress: progressStatus({ visitsSinceLastProgressNote: 10, due: true, reportingPeriodStart: '2026-03-21' }),
      }),
    });
    expect(text(byTestId(fixture, 'progress-due-banner'))).toContain(
      'Progress report due: 10 visits since the last progress report (due every 10 visits). The reporting period started on 21 Mar 2026.',
    );
    expect(byTestId(fixture, 'write-progress-report').getAttribute('href')).toBe(
      '/episodes/e-1/notes/new?type=progress',
    );
    expect(queryTestId(fixture, 'progress-status')).toBeNull();
  });

  it('shows only the visit count while no report is due', async () => {
    await open();
    expect(queryTestId(fixture, 'progress-due-banner')).toBeNull();
    expect(text(byTestId(fixture, 'progress-status'))).toBe(
      '4 visits since the last progress report (due every 10 visits).',
    );
  });

  it('invites the first note of an episode without notes', async () => {
    await open({ page: notePage([]) });
    expect(text(byTestId(fixture, 'notes-empty'))).toContain('Use “New note” to write the initial evaluation.');
    expect(queryTestId(fixture, 'notes-table')).toBeNull();
  });

  it('pages through a long history with limit and offset', async () => {
    await open({ page: notePage([signedNote()], { total: 45 }) });
    byTestId(fixture, 'notes-paginator')
      .querySelector<HTMLButtonElement>('.mat-mdc-paginator-navigation-next')
      ?.click();
    TestBed.tick();
    const next = notesRequest();
    expect([next.request.params.get('limit'), next.request.params.get('offset')]).toEqual(['20', '20']);
    next.flush(notePage([draftNote({ id: 'n-30' })], { total: 45, offset: 20 }));
    await fixture.whenStable();
    expect(rows().map((row) => row.getAttribute('data-note-id'))).toEqual(['n-30']);
  });

  it('offers no new note to an administrator, who still reads the history', async () => {
    await open({ role: 'admin' });
    expect(queryTestId(fixture, 'new-note-button')).toBeNull();
    expect(rows()).toHaveLength(2);
  });

  it('offers no new note on an archived episode, even when a report is due', async () => {
    await open({
      role: 'assistant',
      episode: { archived: true, archivedAt: '2026-04-01T00:00:00.000Z' },
      page: notePage([signedNote()], { progress: progressStatus({ due: true, visitsSinceLastProgressNote: 12 }) }),
    });
    expect(queryTestId(fixture, 'new-note-button')).toBeNull();
    expect(queryTestId(fixture, 'write-progress-report')).toBeNull();
    expect(text(byTestId(fixture, 'notes-archived'))).toContain('archived');
    expect(text(byTestId(fixture, 'progress-due-banner'))).toContain('12 visits since the last progress report');
  });

  it('says why the notes could not be loaded and tries again on request', async () => {
    signInAs('therapist');
    fixture = TestBed.createComponent(NoteListPage);
    fixture.componentRef.setInput('episodeId', 'e-1');
    TestBed.tick();
    backend.expectOne('/api/v1/episodes/e-1').flush(episode());
    failWith(notesRequest(), apiError({ statusCode: 503, code: 'SERVICE_UNAVAILABLE', message: 'Server unreachable' }));
    await settleResponse(() => TestBed.tick());
    backend.expectOne('/api/v1/patients/p-1').flush(patient());
    await fixture.whenStable();
    expect(text(byTestId(fixture, 'error-banner'))).toContain('Server unreachable');

    byTestId(fixture, 'error-banner').querySelector('button')?.click();
    TestBed.tick();
    notesRequest().flush(notePage([signedNote()]));
    await fixture.whenStable();
    expect(rows()).toHaveLength(1);
  });
});
