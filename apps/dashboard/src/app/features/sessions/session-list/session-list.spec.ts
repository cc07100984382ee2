import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { SessionPage } from '@proprio/contracts';

import { byTestId, text } from '../../../../testing/dom';
import { verifyNoPendingRequests } from '../../../../testing/http';
import { signInAs } from '../../../../testing/session';
import { authInterceptor } from '../../../core/auth/auth.interceptor';
import { apiErrorInterceptor } from '../../../core/http/api-error.interceptor';
import { sessionPage } from '../../programmes/testing/programme-fixtures';
import { SessionList } from './session-list';

describe('SessionList', () => {
  let fixture: ComponentFixture<SessionList>;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [SessionList],
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([apiErrorInterceptor, authInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => verifyNoPendingRequests(backend));

  async function open(page: SessionPage): Promise<HTMLElement> {
    signInAs('therapist');
    fixture = TestBed.createComponent(SessionList);
    fixture.componentRef.setInput('episodeId', 'e-1');
    TestBed.tick();
    const request = backend.expectOne((r) => r.url === '/api/v1/episodes/e-1/sessions');
    expect(request.request.params.get('limit')).toBe('10');
    request.flush(page);
    await fixture.whenStable();
    return byTestId(fixture, 'visits-count');
  }

  it('counts the visits towards the interval while no progress note is due', async () => {
    const visits = await open(sessionPage({ visitsSinceLastProgressNote: 3, progressNoteDue: false }));
    expect(text(visits)).toBe('3 visits since the last progress note (due at 10).');
    expect(visits.classList).not.toContain('due');
    expect(text(byTestId(fixture, 'session-row'))).toContain('Single-leg stance');
  });

  it('says a progress note is due when the API says so, though the visits are below the interval (day limit)', async () => {
    const visits = await open(
      sessionPage({ visitsSinceLastProgressNote: 4, progressNoteInterval: 10, progressNoteDue: true }),
    );
    expect(text(visits)).toBe('4 visits since the last progress note: a progress note is due.');
    expect(visits.classList).toContain('due');
  });
});
