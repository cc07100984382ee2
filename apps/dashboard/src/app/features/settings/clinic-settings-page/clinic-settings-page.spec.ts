import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { Clinic } from '@proprio/contracts';

import { byTestId, queryTestId, text, typeInto } from '../../../../testing/dom';
import { apiError, currentUser, tokenResponse } from '../../../../testing/fixtures';
import { failWith, verifyNoPendingRequests } from '../../../../testing/http';
import { signInAs } from '../../../../testing/session';
import { AuthStore } from '../../../core/auth/auth-store';
import { authInterceptor } from '../../../core/auth/auth.interceptor';
import { apiErrorInterceptor } from '../../../core/http/api-error.interceptor';
import { ClinicSettingsPage } from './clinic-settings-page';

function clinic(overrides: Partial<Clinic> = {}): Clinic {
  return {
    id: 'clinic-1',
    name: 'Riverside Physio',
    progressNoteVisitInterval: 10,
    progressNoteDayLimit: null,
    version: 3,
    ...overrides,
  };
}

describe('ClinicSettingsPage', () => {
  let fixture: ComponentFixture<ClinicSettingsPage>;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [ClinicSettingsPage],
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([apiErrorInterceptor, authInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    signInAs('admin');
  });

  afterEach(() => verifyNoPendingRequests(backend));

  async function render(loaded: Clinic = clinic()): Promise<void> {
    fixture = TestBed.createComponent(ClinicSettingsPage);
    TestBed.tick();
    const request = backend.expectOne('/api/v1/clinic');
    expect(request.request.method).toBe('GET');
    request.flush(loaded);
    await fixture.whenStable();
  }

  const input = (id: string) => byTestId<HTMLInputElement>(fixture, id);
  const errorOf = (id: string) => text(queryTestId(fixture, `${id}-error`));

  async function toggleDayLimit(): Promise<void> {
    byTestId(fixture, 'clinic-day-limit-toggle').querySelector('button')?.click();
    await fixture.whenStable();
  }

  function submit(): void {
    byTestId<HTMLButtonElement>(fixture, 'clinic-submit').click();
    TestBed.tick();
  }

  it('shows the clinic as saved, with no calendar limit and the rule in words', async () => {
    await render();
    expect(input('clinic-name-input').value).toBe('Riverside Physio');
    expect(input('clinic-visit-interval').value).toBe('10');
    expect(byTestId(fixture, 'clinic-day-limit-toggle').querySelector('button')?.getAttribute('aria-checked')).toBe(
      'false',
    );
    expect(input('clinic-day-limit').disabled).toBe(true);
    expect(text(byTestId(fixture, 'clinic-rule-summary'))).toBe(
      'A progress report is due after 10 treatment visits since the last one.',
    );
  });

  it('shows a saved calendar limit with its toggle on', async () => {
    await render(clinic({ progressNoteDayLimit: 30 }));
    expect(input('clinic-day-limit').disabled).toBe(false);
    expect(input('clinic-day-limit').value).toBe('30');
    expect(text(byTestId(fixture, 'clinic-rule-summary'))).toBe(
      'A progress report is due after 10 treatment visits or 30 calendar days since the last one, whichever comes first.',
    );
  });

  it('saves the settings with the version read, shows them as saved, and renews the session for the new name', async () => {
    await render();
    typeInto(input('clinic-name-input'), '  Riverside Knee Clinic ');
    typeInto(input('clinic-visit-interval'), '12');
    await toggleDayLimit();
    typeInto(input('clinic-day-limit'), '30');
    submit();

    const request = backend.expectOne('/api/v1/clinic');
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual({
      name: 'Riverside Knee Clinic',
      progressNoteVisitInterval: 12,
      progressNoteDayLimit: 30,
      version: 3,
    });
    request.flush(
      clinic({ name: 'Riverside Knee Clinic', progressNoteVisitInterval: 12, progressNoteDayLimit: 30, version: 4 }),
    );
    await fixture.whenStable();

    expect(document.body.textContent).toContain('Clinic settings saved.');
    expect(input('clinic-name-input').value).toBe('Riverside Knee Clinic');
    const renewal = backend.expectOne('/api/v1/auth/refresh');
    const renewed = tokenResponse('access-2', 'admin');
    renewal.flush({ ...renewed, user: currentUser('admin', { clinicName: 'Riverside Knee Clinic' }) });
    await fixture.whenStable();
    expect(TestBed.inject(AuthStore).user()?.clinicName).toBe('Riverside Knee Clinic');

    // The next save sends the version the server returned, not the one first loaded.
    typeInto(input('clinic-visit-interval'), '14');
    submit();
    const next = backend.expectOne('/api/v1/clinic');
    expect(next.request.body).toMatchObject({ progressNoteVisitInterval: 14, version: 4 });
    next.flush(clinic({ name: 'Riverside Knee Clinic', progressNoteVisitInterval: 14, version: 5 }));
    await fixture.whenStable();
    // Same name: no session renewal.
    backend.expectNone('/api/v1/auth/refresh');
  });

  it('sends null when the calendar limit is turned off', async () => {
    await render(clinic({ progressNoteDayLimit: 30 }));
    await toggleDayLimit();
    expect(input('clinic-day-limit').disabled).toBe(true);
    submit();
    const request = backend.expectOne('/api/v1/clinic');
    expect(request.request.body).toEqual({
      name: 'Riverside Physio',
      progressNoteVisitInterval: 10,
      progressNoteDayLimit: null,
      version: 3,
    });
    request.flush(clinic({ version: 4 }));
    await fixture.whenStable();
  });

  it('refuses visit counts and day limits outside the allowed ranges without calling the API', async () => {
    await render();
    for (const [typed, message] of [
      ['0', 'Enter a whole number of visits from 1 to 60.'],
      ['61', 'Enter a whole number of visits from 1 to 60.'],
      ['10.5', 'Enter a whole number of visits from 1 to 60.'],
      ['ten', 'Enter a whole number of visits from 1 to 60.'],
      ['', 'This field is required.'],
    ] as const) {
      typeInto(input('clinic-visit-interval'), typed);
      submit();
      await fixture.whenStable();
      expect({ typed, message: errorOf('clinic-visit-interval') }).toEqual({ typed, message });
      expect(queryTestId(fixture, 'clinic-rule-summary')).toBeNull();
    }
    typeInto(input('clinic-visit-interval'), '60');
    await toggleDayLimit();
    for (const [typed, message] of [
      ['', 'This field is required.'],
      ['0', 'Enter a whole number of days from 1 to 365.'],
      ['366', 'Enter a whole number of days from 1 to 365.'],
    ] as const) {
      typeInto(input('clinic-day-limit'), typed);
      submit();
      await fixture.whenStable();
      expect({ typed, message: errorOf('clinic-day-limit') }).toEqual({ typed, message });
    }
    backend.expectNone('/api/v1/clinic');
    typeInto(input('clinic-day-limit'), '365');
    await fixture.whenStable();
    expect(errorOf('clinic-day-limit')).toBe('');
    expect(text(byTestId(fixture, 'clinic-rule-summary'))).toContain('60 treatment visits or 365 calendar days');
  });

  it("shows the API's field errors under their fields, and any other issue above the form", async () => {
    await render();
    await toggleDayLimit();
    typeInto(input('clinic-day-limit'), '45');
    submit();
    failWith(
      backend.expectOne('/api/v1/clinic'),
      apiError({
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        details: [
          { field: 'progressNoteDayLimit', issue: 'must be a whole number of days from 1 to 365' },
          { field: 'name', issue: 'must be shorter than or equal to 200 characters' },
        ],
      }),
    );
    await fixture.whenStable();
    expect(errorOf('clinic-day-limit')).toBe('must be a whole number of days from 1 to 365');
    expect(errorOf('clinic-name')).toBe('must be shorter than or equal to 200 characters');
    expect(queryTestId(fixture, 'clinic-form-error')).toBeNull();
    expect(document.activeElement).toBe(input('clinic-name-input'));

    typeInto(input('clinic-name-input'), 'Riverside');
    typeInto(input('clinic-day-limit'), '40');
    submit();
    failWith(
      backend.expectOne('/api/v1/clinic'),
      apiError({
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        message: 'The request has invalid fields.',
        details: [{ field: 'clinicId', issue: 'is not a recognised field' }],
      }),
    );
    await fixture.whenStable();
    expect(text(byTestId(fixture, 'clinic-form-error'))).toContain('clinicId: is not a recognised field');
  });

  it('after a version conflict, blocks saving until the settings are reloaded', async () => {
    await render();
    typeInto(input('clinic-visit-interval'), '8');
    submit();
    failWith(
      backend.expectOne('/api/v1/clinic'),
      apiError({ statusCode: 409, code: 'VERSION_CONFLICT', details: [{ field: 'version', issue: 'is out of date' }] }),
    );
    await fixture.whenStable();
    expect(text(byTestId(fixture, 'version-conflict'))).toContain('changed by someone else');
    expect(byTestId<HTMLButtonElement>(fixture, 'clinic-submit').disabled).toBe(true);

    byTestId(fixture, 'clinic-reload').click();
    TestBed.tick();
    backend
      .expectOne('/api/v1/clinic')
      .flush(clinic({ progressNoteVisitInterval: 12, progressNoteDayLimit: 21, version: 4 }));
    await fixture.whenStable();
    expect(queryTestId(fixture, 'version-conflict')).toBeNull();
    expect(input('clinic-visit-interval').value).toBe('12');
    expect(input('clinic-day-limit').value).toBe('21');

    submit();
    const retry = backend.expectOne('/api/v1/clinic');
    expect(retry.request.body).toMatchObject({ progressNoteVisitInterval: 12, progressNoteDayLimit: 21, version: 4 });
    retry.flush(clinic({ progressNoteVisitInterval: 12, progressNoteDayLimit: 21, version: 5 }));
    await fixture.whenStable();
  });

  it('offers to try again when the settings cannot be loaded', async () => {
    fixture = TestBed.createComponent(ClinicSettingsPage);
    TestBed.tick();
    failWith(
      backend.expectOne('/api/v1/clinic'),
      apiError({ statusCode: 503, code: 'SERVICE_UNAVAILABLE', message: 'The database took too long to answer.' }),
    );
    await fixture.whenStable();
    expect(text(byTestId(fixture, 'error-banner'))).toContain('The database took too long to answer.');
    expect(queryTestId(fixture, 'clinic-submit')).toBeNull();
    byTestId(fixture, 'error-banner').querySelector('button')?.click();
    TestBed.tick();
    backend.expectOne('/api/v1/clinic').flush(clinic());
    await fixture.whenStable();
    expect(input('clinic-name-input').value).toBe('Riverside Physio');
  });
});
