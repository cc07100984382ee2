import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import { byTestId, queryTestId, text, typeInto } from '../../../../testing/dom';
import { page, patient } from '../../../../testing/fixtures';
import { signInAs } from '../../../../testing/session';
import { verifyNoPendingRequests } from '../../../../testing/http';
import { authInterceptor } from '../../../core/auth/auth.interceptor';
import { apiErrorInterceptor } from '../../../core/http/api-error.interceptor';
import { PatientListPage, SEARCH_DEBOUNCE_MS } from './patient-list-page';

describe('PatientListPage', () => {
  let fixture: ComponentFixture<PatientListPage>;
  let backend: HttpTestingController;

  function expectList(): TestRequest {
    return backend.expectOne((request) => request.url === '/api/v1/patients' && request.method === 'GET');
  }

  function params(request: TestRequest): Record<string, string | null> {
    const p = request.request.params;
    return Object.fromEntries(p.keys().map((key) => [key, p.get(key)]));
  }

  /** After a user action: run effects and change detection now, so the resulting request is sent. */
  function act(): void {
    TestBed.tick();
  }

  /** After answering a request: let the resource settle and the page re-render. */
  async function settle(): Promise<void> {
    await fixture.whenStable();
  }

  function host(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [PatientListPage],
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([apiErrorInterceptor, authInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    signInAs('therapist');
    fixture = TestBed.createComponent(PatientListPage);
    act();
  });

  afterEach(() => {
    vi.useRealTimers();
    verifyNoPendingRequests(backend);
  });

  it('loads the first page sorted by family name, without archived patients', async () => {
    const request = expectList();
    expect(params(request)).toEqual({ sort: 'familyName', order: 'asc', limit: '20', offset: '0' });

    request.flush(
      page([patient(), patient({ id: 'p-2', recordNumber: 'MRN-002', familyName: 'Hopper', archived: true })], 2),
    );
    await settle();

    const rows = host().querySelectorAll('[data-testid="patient-row"]');
    expect(rows).toHaveLength(2);
    expect(text(rows[0] ?? null)).toContain('MRN-001');
    expect(text(rows[0] ?? null)).toContain('Lovelace, Ada');
    expect(text(rows[0] ?? null)).toContain('Female');
    expect(rows[0]?.querySelector('[data-testid="archived-badge"]')).toBeNull();
    expect(rows[1]?.querySelector('[data-testid="archived-badge"]')).not.toBeNull();
  });

  it('searches by name or record number after a pause in typing, from the first page', async () => {
    expectList().flush(page([patient()], 60));
    await settle();

    vi.useFakeTimers();
    const search = byTestId<HTMLInputElement>(fixture, 'patient-search');
    typeInto(search, 'lov');
    typeInto(search, ' love ');
    vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS - 1);
    act();
    backend.expectNone((request) => request.url === '/api/v1/patients');

    vi.advanceTimersByTime(1);
    act();
    vi.useRealTimers();

    const request = expectList();
    expect(params(request)).toEqual({ q: 'love', sort: 'familyName', order: 'asc', limit: '20', offset: '0' });
    request.flush(page([], 0));
    await settle();

    expect(text(byTestId(fixture, 'patients-empty'))).toBe('No patients match “love”.');
  });

  it('asks for the next page through limit and offset when the paginator moves', async () => {
    expectList().flush(page([patient()], 45));
    await settle();

    const next = host().querySelector<HTMLButtonElement>('.mat-mdc-paginator-navigation-next');
    expect(next?.disabled).toBe(false);
    next?.click();
    act();

    const request = expectList();
    expect(params(request)).toMatchObject({ limit: '20', offset: '20' });
    request.flush(page([patient({ id: 'p-21' })], 45, 20, 20));
    await settle();
    expect(text(host().querySelector('.mat-mdc-paginator-range-label'))).toBe('21 – 40 of 45');
  });

  it('includes archived patients when asked, from the first page', async () => {
    expectList().flush(page([patient()], 1));
    await settle();

    byTestId(fixture, 'include-archived-toggle').querySelector('button')?.click();
    act();

    expect(params(expectList())).toMatchObject({ includeArchived: 'true', offset: '0' });
  });

  it('sorts by record number when that column header is clicked', async () => {
    expectList().flush(page([patient()], 1));
    await settle();

    host().querySelector<HTMLElement>('th.mat-column-recordNumber .mat-sort-header-container')?.click();
    act();

    expect(params(expectList())).toMatchObject({ sort: 'recordNumber', order: 'asc', offset: '0' });
  });

  it('shows an empty state and the "New patient" button to users who may register patients', async () => {
    expectList().flush(page([], 0));
    await settle();

    expect(queryTestId(fixture, 'new-patient-button')).not.toBeNull();
    expect(text(byTestId(fixture, 'patients-empty'))).toContain('No patients yet.');
  });

  it('shows the API error with its reference, and recovers on retry', async () => {
    expectList().flush(
      { statusCode: 503, code: 'SERVICE_UNAVAILABLE', message: 'Database unavailable', correlationId: 'c-7' },
      { status: 503, statusText: 'Service Unavailable' },
    );
    await settle();
    expect(text(byTestId(fixture, 'error-banner'))).toContain('Database unavailable');
    expect(text(byTestId(fixture, 'error-banner'))).toContain('Reference: c-7');

    byTestId(fixture, 'error-banner').querySelector('button')?.click();
    act();
    expectList().flush(page([patient()], 1));
    await settle();

    expect(queryTestId(fixture, 'error-banner')).toBeNull();
    expect(host().querySelectorAll('[data-testid="patient-row"]')).toHaveLength(1);
  });
});

describe('PatientListPage for an assistant', () => {
  it('still lists patients, and offers "New patient" (assistants may register)', async () => {
    TestBed.configureTestingModule({
      imports: [PatientListPage],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    signInAs('assistant');
    const fixture = TestBed.createComponent(PatientListPage);
    TestBed.tick();
    TestBed.inject(HttpTestingController)
      .expectOne((r) => r.url === '/api/v1/patients')
      .flush(page([], 0));
    await fixture.whenStable();
    expect(queryTestId(fixture, 'new-patient-button')).not.toBeNull();
  });
});
