import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { Role } from '@proprio/contracts';

import { byTestId, text } from '../../../../testing/dom';
import { page } from '../../../../testing/fixtures';
import { verifyNoPendingRequests } from '../../../../testing/http';
import { caseloadEntry } from '../../../../testing/library-fixtures';
import { signInAs } from '../../../../testing/session';
import { authInterceptor } from '../../../core/auth/auth.interceptor';
import { apiErrorInterceptor } from '../../../core/http/api-error.interceptor';
import { CaseloadPage } from './caseload-page';

describe('CaseloadPage', () => {
  let fixture: ComponentFixture<CaseloadPage>;
  let backend: HttpTestingController;

  function expectList(): TestRequest {
    return backend.expectOne((request) => request.url === '/api/v1/caseload' && request.method === 'GET');
  }

  function params(request: TestRequest): Record<string, string | null> {
    const p = request.request.params;
    return Object.fromEntries(p.keys().map((key) => [key, p.get(key)]));
  }

  function host(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function open(role: Role = 'therapist'): void {
    signInAs(role);
    fixture = TestBed.createComponent(CaseloadPage);
    TestBed.tick();
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [CaseloadPage],
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([apiErrorInterceptor, authInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => verifyNoPendingRequests(backend));

  it("shows a therapist's own caseload: phase, time since surgery, latest LSI, what blocks, and flags", async () => {
    open();
    const request = expectList();
    expect(params(request)).toEqual({ scope: 'mine', limit: '20', offset: '0' });
    request.flush(
      page([
        caseloadEntry(),
        caseloadEntry({
          patientId: 'p-2',
          patientName: 'Grace Hopper',
          episodeId: 'e-2',
          involvedSide: 'right',
          weeksSinceSurgery: 30,
          latestHopLsi: { type: 'hop_triple', value: 93.1, date: '2026-05-02' },
          unmetCriteria: [],
          lastAssessmentOn: null,
          dueForRetest: true,
          visitsSinceLastProgressNote: 11,
          dueForProgressNote: true,
          stalled: true,
        }),
      ]),
    );
    await fixture.whenStable();

    const rows = host().querySelectorAll('[data-testid="caseload-row"]');
    expect(rows).toHaveLength(2);
    const [ada, grace] = Array.from(rows);
    const cell = (row: Element | undefined, id: string) => text(row?.querySelector(`[data-testid="${id}"]`) ?? null);

    const link = ada?.querySelector<HTMLAnchorElement>('[data-testid="caseload-link"]');
    expect(text(link ?? null)).toBe('Ada Lovelace');
    expect(link?.getAttribute('href')).toBe('/episodes/e-1');
    expect(text(ada ?? null)).toContain('MRN-001');
    expect(text(ada ?? null)).toContain('Left');
    expect(cell(ada, 'caseload-phase')).toBe('Phase 3: strength and neuromuscular control since 1 Apr 2026');
    expect(cell(ada, 'caseload-weeks')).toBe('14 weeks');
    const lsi = cell(ada, 'caseload-lsi');
    expect(lsi).toContain('82.4%');
    expect(lsi).toContain('< 90%');
    expect(lsi).toContain('criterion not met');
    expect(lsi).toContain('Single hop for distance, 1 May 2026');
    expect(cell(ada, 'caseload-unmet')).toBe(
      '5: Single hop LSI, Quadriceps strength LSI, Y-balance composite LSI, +2 more',
    );
    expect(ada?.querySelector('[data-testid="flag-retest"]')).toBeNull();
    expect(cell(ada, 'visits-since-note')).toBe('4 visits since last note');

    expect(cell(grace, 'caseload-lsi')).toContain('≥ 90%');
    expect(cell(grace, 'caseload-unmet')).toBe('All met');
    expect(cell(grace, 'flag-retest')).toBe('Re-test due');
    expect(cell(grace, 'flag-progress-note')).toBe('Progress note due (11 visits)');
    expect(cell(grace, 'flag-stalled')).toBe('Stalled');
  });

  it('switches to the whole clinic from the first page', async () => {
    open();
    expectList().flush(page([caseloadEntry()], 45));
    await fixture.whenStable();
    host().querySelector<HTMLButtonElement>('.mat-mdc-paginator-navigation-next')?.click();
    TestBed.tick();
    expect(params(expectList())).toEqual({ scope: 'mine', limit: '20', offset: '20' });

    byTestId(fixture, 'caseload-scope-clinic').querySelector('button')?.click();
    TestBed.tick();
    expect(params(expectList())).toEqual({ scope: 'clinic', limit: '20', offset: '0' });
  });

  it('explains how a patient gets on the caseload when it is empty', async () => {
    open();
    expectList().flush(page([], 0));
    await fixture.whenStable();
    const empty = text(byTestId(fixture, 'caseload-empty'));
    expect(empty).toContain('No patients on your caseload yet.');
    expect(empty).toContain('once a protocol is assigned to their episode of care');
  });

  it('starts an admin (who owns no caseload) on the whole clinic', () => {
    open('admin');
    expect(params(expectList())).toMatchObject({ scope: 'clinic' });
  });
});
