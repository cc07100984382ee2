import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import { text } from '../../../../testing/dom';
import { page } from '../../../../testing/fixtures';
import { verifyNoPendingRequests } from '../../../../testing/http';
import { protocolSummary, versionSummary } from '../../../../testing/library-fixtures';
import { chooseOptions } from '../../../../testing/select';
import { signInAs } from '../../../../testing/session';
import { apiErrorInterceptor } from '../../../core/http/api-error.interceptor';
import { ProtocolListPage } from './protocol-list-page';

describe('ProtocolListPage', () => {
  let fixture: ComponentFixture<ProtocolListPage>;
  let backend: HttpTestingController;

  function expectList(): TestRequest {
    return backend.expectOne((request) => request.url === '/api/v1/protocols');
  }

  function params(request: TestRequest): Record<string, string | null> {
    const p = request.request.params;
    return Object.fromEntries(p.keys().map((key) => [key, p.get(key)]));
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [ProtocolListPage],
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([apiErrorInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    signInAs('assistant');
    fixture = TestBed.createComponent(ProtocolListPage);
    TestBed.tick();
  });

  afterEach(() => verifyNoPendingRequests(backend));

  it('lists seeded and clinic protocols with their latest version, and filters by source', async () => {
    const request = expectList();
    expect(params(request)).toEqual({ limit: '20', offset: '0' });
    request.flush(
      page([
        protocolSummary(),
        protocolSummary({
          id: 'pr-c',
          source: 'clinic',
          title: 'Riverside post-ACLR',
          description: null,
          latestVersion: versionSummary({ id: 'pv-9', number: 3, inUse: false }),
        }),
      ]),
    );
    await fixture.whenStable();

    const rows = Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('[data-testid="protocol-row"]'));
    const cells = rows.map((row) => Array.from(row.querySelectorAll('td')).map((cell) => text(cell)));
    expect(cells.map((row) => row.slice(1))).toEqual([
      ['Seeded', 'v1 In use', '5 Jan 2026'],
      ['Clinic', 'v3', '5 Jan 2026'],
    ]);
    expect(text(rows[0]?.querySelector('a') ?? null)).toBe('Post-ACLR criteria-based protocol');
    expect(text(rows[0]?.querySelector('.description') ?? null)).toBe('The seeded template');
    expect(rows[1]?.querySelector('a')?.getAttribute('href')).toBe('/library/protocols/pr-c');

    chooseOptions(fixture, 'protocol-source', ['Clinic']);
    expect(params(expectList())).toEqual({ source: 'clinic', limit: '20', offset: '0' });
  });
});
