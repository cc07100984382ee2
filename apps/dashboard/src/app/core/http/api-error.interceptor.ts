import { HttpErrorResponse, type HttpInterceptorFn } from '@angular/common/http';
import { catchError, throwError } from 'rxjs';

import { ApiRequestError, toApiError } from './api-error';

/**
 * Normalises every failed HTTP call into an `ApiRequestError`, so components handle one error shape.
 * Registered first so that it sees errors last, after the auth interceptor has had its chance to
 * refresh and retry on a 401.
 */
export const apiErrorInterceptor: HttpInterceptorFn = (request, next) =>
  next(request).pipe(
    catchError((error: unknown) =>
      throwError(() => (error instanceof HttpErrorResponse ? new ApiRequestError(toApiError(error)) : error)),
    ),
  );
