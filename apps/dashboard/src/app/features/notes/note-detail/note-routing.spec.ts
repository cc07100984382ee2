import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import { episode, patient } from '../../../../testing/fixtures';
import { verifyNoPendingRequests } from '../../../../testing/http';
import { signInAs } from '../../../../testing/session';
import { authInterceptor } from '../../../core/auth/auth.interceptor';
import { apiErrorInterceptor } from '../../../core/http/api-error.interceptor';
import { EPISODE_ROUTES } from '../../episodes/episodes.routes';
import { until } from '../../exports/testing/until';
import { notePage, objectiveDraft, signedNote } from '../testing/note-fixtures';

/** The notes routes as the app mounts them: lazy pages, route and query parameters bound to inputs. */
describe('notes routes', () => {
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [
            { path: 'episodes', children: EPISODE_ROUTES },
            { path: 'caseload', children: [] },
          ],
          withComponentInputBinding(),
        ),
        provideHttpClient(withInterceptors([apiErrorInterceptor, authInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => verifyNoPendingRequests(backend));

  /** The request to `url`, once the lazily loaded page has sent it. */
  async function expectUrl(url: string): Promise<TestRequest> {
    const match = () => backend.match((request) => request.url === url);
    let requests: TestRequest[] = [];
    await until(
      () => (requests = match()).length > 0,
      () => TestBed.tick(),
      // The first navigation imports the lazy page, which takes a while in a cold test run.
      10_000,
    );
    expect(requests).toHaveLength(1);
    return requests[0]!;
  }

  it('opens a new note with the type asked for in the link', async () => {
    signInAs('therapist');
    const harness = await RouterTestingHarness.create();
    const navigation = harness.navigateByUrl('/episodes/e-1/notes/new?type=discharge');
    (await expectUrl('/api/v1/episodes/e-1')).flush(episode());
    (await expectUrl('/api/v1/episodes/e-1/notes')).flush(notePage([signedNote()]));
    (await expectUrl('/api/v1/patients/p-1')).flush(patient());
    (await expectUrl('/api/v1/episodes/e-1/note-objective')).flush(objectiveDraft());
    await navigation;
    await harness.fixture.whenStable();
    const select = harness.routeNativeElement?.querySelector<HTMLSelectElement>('[data-testid="note-type-select"]');
    expect(select?.value).toBe('discharge');
  });

  it('opens a saved note by its id', async () => {
    signInAs('assistant');
    const harness = await RouterTestingHarness.create();
    const navigation = harness.navigateByUrl('/episodes/e-1/notes/n-1');
    (await expectUrl('/api/v1/episodes/e-1')).flush(episode());
    (await expectUrl('/api/v1/notes/n-1')).flush(signedNote());
    (await expectUrl('/api/v1/patients/p-1')).flush(patient());
    await navigation;
    await harness.fixture.whenStable();
    expect(harness.routeNativeElement?.querySelector('[data-testid="note-signature"]')).not.toBeNull();
  });

  it('keeps those who do not write notes away from a new one', async () => {
    signInAs('admin');
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/episodes/e-1/notes/new');
    expect(TestBed.inject(Router).url).toBe('/caseload');
  });
});
