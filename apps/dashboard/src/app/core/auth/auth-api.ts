import { HttpClient, HttpContext, HttpContextToken } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { LoginRequest, TokenResponse } from '@proprio/contracts';
import type { Observable } from 'rxjs';

import { apiUrl } from '../http/api-url';

/**
 * Marks the authentication calls themselves, so the auth interceptor never answers their 401 with a
 * refresh (a failed login or refresh is final).
 */
export const IS_AUTH_REQUEST = new HttpContextToken<boolean>(() => false);

const authContext = () => new HttpContext().set(IS_AUTH_REQUEST, true);

/** The `/auth` endpoints. The refresh token travels in an HttpOnly cookie the browser sends itself. */
@Injectable({ providedIn: 'root' })
export class AuthApi {
  private readonly http = inject(HttpClient);

  login(credentials: LoginRequest): Observable<TokenResponse> {
    return this.http.post<TokenResponse>(apiUrl('auth', 'login'), credentials, {
      context: authContext(),
      credentials: 'same-origin',
    });
  }

  refresh(): Observable<TokenResponse> {
    return this.http.post<TokenResponse>(
      apiUrl('auth', 'refresh'),
      {},
      { context: authContext(), credentials: 'same-origin' },
    );
  }

  logout(): Observable<void> {
    return this.http.post<void>(apiUrl('auth', 'logout'), {}, { context: authContext(), credentials: 'same-origin' });
  }
}
