import { HttpErrorResponse, type HttpInterceptorFn, type HttpRequest } from '@angular/common/http';
import { inject } from '@angular/core';
import { catchError, switchMap, throwError } from 'rxjs';

import { isApiUrl } from '../http/api-url';
import { IS_AUTH_REQUEST } from './auth-api';
import { AuthStore } from './auth-store';
import { SessionService } from './session';

/**
 * Adds the in-memory access token to our own API calls. When a call comes back 401 (the short-lived
 * token expired), it refreshes once from the cookie and retries once; if that fails too, the
 * session is over and the user is sent to sign in. Auth calls themselves are never retried.
 */
export const authInterceptor: HttpInterceptorFn = (request, next) => {
  if (!isApiUrl(request.url)) {
    return next(request);
  }
  const store = inject(AuthStore);
  const session = inject(SessionService);

  return next(withBearer(request, store.accessToken())).pipe(
    catchError((error: unknown) => {
      if (request.context.get(IS_AUTH_REQUEST) || !isUnauthorized(error)) {
        return throwError(() => error);
      }
      return session.refresh().pipe(
        catchError(() => {
          session.expire();
          return throwError(() => error);
        }),
        switchMap((freshToken) =>
          next(withBearer(request, freshToken)).pipe(
            catchError((retryError: unknown) => {
              if (isUnauthorized(retryError)) {
                session.expire();
              }
              return throwError(() => retryError);
            }),
          ),
        ),
      );
    }),
  );
};

function withBearer<T>(request: HttpRequest<T>, token: string | null): HttpRequest<T> {
  return token ? request.clone({ setHeaders: { Authorization: `Bearer ${token}` } }) : request;
}

const UNAUTHORIZED = 401;

function isUnauthorized(error: unknown): boolean {
  return error instanceof HttpErrorResponse && error.status === UNAUTHORIZED;
}
