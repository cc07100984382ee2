import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import type { Programme, SessionPage } from '@proprio/contracts';

import { byTestId, queryTestId, text, typeInto } from '../../../../testing/dom';
import { apiError, episode, patient } from '../../../../testing/fixtures';
import { failWith, settleResponse, verifyNoPendingRequests } from '../../../../testing/http';
import { signInAs } from '../../../../testing/session';
import { authInterceptor } from '../../../core/auth/auth.interceptor';
import { apiErrorInterceptor } from '../../../core/http/api-error.interceptor';
import { todayIsoDate } from '../../../shared/dates/calendar-date';
import { programme, sessionPage, treatmentSession } from '../../programmes/testing/programme-fixtures';
import { SessionFormPage } from './session-form-page';

describe('SessionFormPage', () => {
  let fixture: ComponentFixture<SessionFormPage>;
  let backend: HttpTestingController;
  let navigate: ReturnType<typeof vi.spyOn>;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [SessionFormPage],
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

  async function open(
    current: Programme | null = programme(),
    visits: SessionPage = sessionPage({ visitsSinceLastProgressNote: 9 }),
  ): Promise<void> {
    signInAs('assistant');
    fixture = TestBed.createComponent(SessionFormPage);
    fixture.componentRef.setInput('episodeId', 'e-1');
    TestBed.tick();
    backend.expectOne('/api/v1/episodes/e-1').flush(episode());
    const programmeRequest = backend.expectOne('/api/v1/episodes/e-1/programme');
    if (current) {
      programmeRequest.flush(current);
    } else {
      failWith(programmeRequest, apiError({ statusCode: 404, code: 'PROGRAMME_NOT_FOUND' }));
    }
    const sessions = backend.expectOne((request) => request.url === '/api/v1/episodes/e-1/sessions');
    expect(sessions.request.params.get('limit')).toBe('1');
    sessions.flush(visits);
    await settleResponse(() => TestBed.tick());
    backend.expectOne('/api/v1/patients/p-1').flush(patient());
    await fixture.whenStable();
  }

  function cell(id: string): HTMLInputElement {
    return byTestId<HTMLInputElement>(fixture, id);
  }

  function submit(): TestRequest[] {
    byTestId<HTMLButtonElement>(fixture, 'session-submit').click();
    TestBed.tick();
    return backend.match((request) => request.url === '/api/v1/episodes/e-1/sessions' && request.method === 'POST');
  }

  it('prefills today and every programme item as done with its prescribed amounts, and counts the visits', async () => {
    await open();
    expect(text(byTestId(fixture, 'session-episode'))).toBe('Ada Lovelace · ACL reconstruction, left');
    expect(cell('session-date').value).toBe(todayIsoDate());
    expect(text(byTestId(fixture, 'session-visits'))).toBe('9 visits since the last progress note (due at 10).');
    expect(byTestId(fixture, 'session-exercise-0-done').querySelector('input')?.checked).toBe(true);
    expect(cell('session-exercise-0-holdSeconds').value).toBe('30');
    expect(cell('session-exercise-1-reps').value).toBe('10');
    expect(text(byTestId(fixture, 'session-exercise-1'))).toContain('3 × 10 reps, 3×/week');
    expect(cell('session-exercise-1-reps').getAttribute('aria-label')).toBe('Reps done for Bridge');
  });

  it('says a progress note is due when the API says so, before the visit interval (a calendar-day limit)', async () => {
    await open(
      programme(),
      sessionPage({ visitsSinceLastProgressNote: 6, progressNoteInterval: 10, progressNoteDue: true }),
    );
    expect(text(byTestId(fixture, 'session-visits'))).toBe(
      '6 visits since the last progress note: a progress note is due.',
    );
  });

  it('posts the visit with the exercises done and the amounts actually done', async () => {
    await open();
    typeInto(cell('session-pain'), '3');
    typeInto(cell('session-rpe'), '6');
    typeInto(byTestId<HTMLInputElement>(fixture, 'session-notes'), '  Knee felt stable  ');
    typeInto(cell('session-exercise-0-holdSeconds'), '45');
    typeInto(cell('session-exercise-0-sets'), '2');
    byTestId(fixture, 'session-exercise-1-done').querySelector('input')?.click();
    await fixture.whenStable();
    expect(cell('session-exercise-1-reps').disabled).toBe(true);

    const [request] = submit();
    expect(request?.request.body).toEqual({
      performedOn: todayIsoDate(),
      pain: 3,
      rpe: 6,
      notes: 'Knee felt stable',
      exercises: [
        { programmeItemId: 'item-1', exerciseId: 'ex-stance', sets: 2, reps: null, holdSeconds: 45, loadKg: null },
      ],
    });
    request?.flush(treatmentSession());
    await fixture.whenStable();
    expect(navigate).toHaveBeenCalledWith(['/episodes', 'e-1', 'programme']);
  });

  it('refuses ratings outside 0–10 and amounts outside the dosage bounds before sending', async () => {
    await open();
    typeInto(cell('session-pain'), '11');
    typeInto(cell('session-exercise-1-reps'), '0');
    await fixture.whenStable();
    expect(submit()).toHaveLength(0);
    await fixture.whenStable();
    expect(text(byTestId(fixture, 'session-pain-error'))).toBe('Enter a whole number from 0 to 10.');
    expect(cell('session-exercise-1-reps').getAttribute('aria-invalid')).toBe('true');
    expect(text(byTestId(fixture, 'session-exercise-1'))).toContain('Reps: Enter a whole number from 1 to 100.');
  });

  it('puts the API’s field errors under their fields, mapping exercises back to their rows', async () => {
    await open();
    byTestId(fixture, 'session-exercise-0-done').querySelector('input')?.click();
    await fixture.whenStable();
    const [request] = submit();
    expect((request?.request.body as { exercises: unknown[] }).exercises).toHaveLength(1);
    failWith(
      request!,
      apiError({
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        details: [
          { field: 'performedOn', issue: 'is before the episode began' },
          { field: 'exercises.0.sets', issue: 'must be at most 10' },
        ],
      }),
    );
    await fixture.whenStable();
    expect(text(byTestId(fixture, 'session-date-error'))).toBe('is before the episode began');
    // The only exercise sent was the second row.
    expect(cell('session-exercise-1-sets').getAttribute('aria-invalid')).toBe('true');
    expect(text(byTestId(fixture, 'session-exercise-1'))).toContain('Sets: must be at most 10');
    expect(queryTestId(fixture, 'session-form-error')).toBeNull();
    expect(navigate).not.toHaveBeenCalled();
  });

  it('logs a visit without exercises when the episode has no programme', async () => {
    await open(null);
    expect(text(byTestId(fixture, 'session-no-programme'))).toContain('No programme is assigned');
    const [request] = submit();
    expect(request?.request.body).toEqual({
      performedOn: todayIsoDate(),
      pain: null,
      rpe: null,
      notes: null,
      exercises: [],
    });
    request?.flush(treatmentSession({ exercises: [] }));
    await fixture.whenStable();
  });
});
