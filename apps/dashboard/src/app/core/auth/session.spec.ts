import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';

import { apiError, tokenResponse } from '../../../testing/fixtures';
import { failWith, verifyNoPendingRequests } from '../../../testing/http';
import { signInAs } from '../../../testing/session';
import { apiErrorInterceptor } from '../http/api-error.interceptor';
import { AuthStore } from './auth-store';
import { authInterceptor } from './auth.interceptor';
import { safeReturnUrl, SessionService } from './session';

describe('SessionService', () => {
  let backend: HttpTestingController;
  let session: SessionService;
  let store: AuthStore;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([apiErrorInterceptor, authInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    session = TestBed.inject(SessionService);
    store = TestBed.inject(AuthStore);
    vi.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
  });

  afterEach(() => verifyNoPendingRequests(backend));

  it('restores a session from the refresh cookie on start-up', async () => {
    const restored = session.restore();
    const refresh = backend.expectOne('/api/v1/auth/refresh');
    expect(refresh.request.body).toEqual({});
    expect(refresh.request.credentials).toBe('same-origin');
    refresh.flush(tokenResponse('restored-token', 'admin'));
    await restored;

    expect(store.accessToken()).toBe('restored-token');
    expect(store.user()?.role).toBe('admin');
  });

  it('starts signed out, without failing, when there is no valid cookie', async () => {
    const restored = session.restore();
    failWith(backend.expectOne('/api/v1/auth/refresh'), apiError({ statusCode: 401, code: 'INVALID_REFRESH_TOKEN' }));
    await expect(restored).resolves.toBeUndefined();
    expect(store.isSignedIn()).toBe(false);
  });

  it('signs out on the server and forgets the session locally', async () => {
    signInAs('therapist', 'token-to-revoke');
    const done = session.signOut();
    const logout = backend.expectOne('/api/v1/auth/logout');
    expect(logout.request.headers.get('Authorization')).toBe('Bearer token-to-revoke');
    logout.flush(null, { status: 204, statusText: 'No Content' });
    await done;

    expect(store.isSignedIn()).toBe(false);
    expect(store.accessToken()).toBeNull();
    expect(TestBed.inject(Router).navigateByUrl).toHaveBeenCalledWith('/sign-in');
  });

  it('still signs out locally when the server cannot be reached', async () => {
    signInAs();
    const done = session.signOut();
    backend.expectOne('/api/v1/auth/logout').error(new ProgressEvent('error'), { status: 0 });
    await done;

    expect(store.isSignedIn()).toBe(false);
    backend.expectNone('/api/v1/auth/refresh');
  });
});

describe('safeReturnUrl', () => {
  it('keeps in-app paths and rejects anything that could leave the app', () => {
    expect(safeReturnUrl('/patients/p-1')).toBe('/patients/p-1');
    expect(safeReturnUrl('//evil.example')).toBe('/caseload');
    expect(safeReturnUrl('https://evil.example')).toBe('/caseload');
    expect(safeReturnUrl('/sign-in?returnUrl=/x')).toBe('/caseload');
    expect(safeReturnUrl(undefined)).toBe('/caseload');
  });
});
