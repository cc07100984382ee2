import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import { apiError, tokenResponse } from '../../../testing/fixtures';
import { failWith, verifyNoPendingRequests } from '../../../testing/http';
import { signInAs } from '../../../testing/session';
import { ApiRequestError } from '../http/api-error';
import { apiErrorInterceptor } from '../http/api-error.interceptor';
import { AuthApi } from './auth-api';
import { AuthStore } from './auth-store';
import { authInterceptor } from './auth.interceptor';

const unauthenticated = apiError({ statusCode: 401, code: 'UNAUTHENTICATED', message: 'Token expired' });

describe('authInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let navigate: ReturnType<typeof vi.spyOn>;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([apiErrorInterceptor, authInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
    navigate = vi.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
  });

  afterEach(() => verifyNoPendingRequests(backend));

  it('adds the in-memory access token to API calls', () => {
    signInAs('therapist', 'token-A');
    http.get('/api/v1/patients').subscribe();

    const request = backend.expectOne('/api/v1/patients');
    expect(request.request.headers.get('Authorization')).toBe('Bearer token-A');
    request.flush({ items: [], total: 0, limit: 20, offset: 0 });
  });

  it('never sends the token to another origin', () => {
    signInAs('therapist', 'token-A');
    http.get('https://elsewhere.example/api/v1/patients').subscribe();

    const request = backend.expectOne('https://elsewhere.example/api/v1/patients');
    expect(request.request.headers.has('Authorization')).toBe(false);
    request.flush({});
  });

  it('refreshes once on a 401 and retries the call with the new token', async () => {
    signInAs('therapist', 'expired-token');
    const result = firstValueFrom(http.get<{ ok: boolean }>('/api/v1/me'));

    failWith(backend.expectOne('/api/v1/me'), unauthenticated);

    const refresh = backend.expectOne('/api/v1/auth/refresh');
    expect(refresh.request.method).toBe('POST');
    refresh.flush(tokenResponse('fresh-token'));

    const retry = backend.expectOne('/api/v1/me');
    expect(retry.request.headers.get('Authorization')).toBe('Bearer fresh-token');
    retry.flush({ ok: true });

    await expect(result).resolves.toEqual({ ok: true });
    expect(TestBed.inject(AuthStore).accessToken()).toBe('fresh-token');
    expect(navigate).not.toHaveBeenCalled();
  });

  it('gives up after a second 401: no second refresh, session cleared, user sent to sign in', async () => {
    signInAs('therapist', 'expired-token');
    const result = firstValueFrom(http.get('/api/v1/me'));

    failWith(backend.expectOne('/api/v1/me'), unauthenticated);
    backend.expectOne('/api/v1/auth/refresh').flush(tokenResponse('fresh-token'));
    failWith(backend.expectOne('/api/v1/me'), unauthenticated);

    backend.expectNone('/api/v1/auth/refresh');
    const error: unknown = await result.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiRequestError);
    expect((error as ApiRequestError).statusCode).toBe(401);
    expect(TestBed.inject(AuthStore).isSignedIn()).toBe(false);
    expect(navigate).toHaveBeenCalledWith(
      ['/sign-in'],
      expect.objectContaining({ queryParams: expect.objectContaining({ reason: 'expired' }) }),
    );
  });

  it('sends the user to sign in when the refresh itself is refused', async () => {
    signInAs('therapist', 'expired-token');
    const result = firstValueFrom(http.get('/api/v1/patients/p-1'));

    failWith(backend.expectOne('/api/v1/patients/p-1'), unauthenticated);
    failWith(backend.expectOne('/api/v1/auth/refresh'), apiError({ statusCode: 401, code: 'INVALID_REFRESH_TOKEN' }));

    await expect(result).rejects.toMatchObject({ statusCode: 401, code: 'UNAUTHENTICATED' });
    expect(TestBed.inject(AuthStore).isSignedIn()).toBe(false);
    expect(navigate).toHaveBeenCalledTimes(1);
    backend.expectNone('/api/v1/patients/p-1');
  });

  it('shares one refresh between calls that fail together', async () => {
    signInAs('therapist', 'expired-token');
    const first = firstValueFrom(http.get('/api/v1/patients'));
    const second = firstValueFrom(http.get('/api/v1/me'));

    failWith(backend.expectOne('/api/v1/patients'), unauthenticated);
    failWith(backend.expectOne('/api/v1/me'), unauthenticated);
    backend.expectOne('/api/v1/auth/refresh').flush(tokenResponse('fresh-token'));

    backend.expectOne('/api/v1/patients').flush({ list: true });
    backend.expectOne('/api/v1/me').flush({ me: true });
    await expect(first).resolves.toEqual({ list: true });
    await expect(second).resolves.toEqual({ me: true });
  });

  it('does not answer a failed sign-in with a refresh', async () => {
    const login = firstValueFrom(TestBed.inject(AuthApi).login({ email: 'a@b.example', password: 'wrong-password' }));
    failWith(
      backend.expectOne('/api/v1/auth/login'),
      apiError({ statusCode: 401, code: 'INVALID_CREDENTIALS', message: 'Invalid credentials' }),
    );

    await expect(login).rejects.toMatchObject({ code: 'INVALID_CREDENTIALS' });
    backend.expectNone('/api/v1/auth/refresh');
    expect(navigate).not.toHaveBeenCalled();
  });

  it('passes other errors through untouched by the refresh logic', async () => {
    signInAs();
    const result = firstValueFrom(http.get('/api/v1/patients/missing'));
    failWith(
      backend.expectOne('/api/v1/patients/missing'),
      apiError({ statusCode: 404, code: 'PATIENT_NOT_FOUND', message: 'Patient not found' }),
    );

    await expect(result).rejects.toMatchObject({ code: 'PATIENT_NOT_FOUND', message: 'Patient not found' });
    backend.expectNone('/api/v1/auth/refresh');
  });
});
