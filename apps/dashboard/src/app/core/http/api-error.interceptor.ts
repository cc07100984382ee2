import { HttpErrorResponse, type HttpInterceptorFn } from '@angular/common/http';
import { catchError, Observable, of, switchMap, throwError } from 'rxjs';

import { ApiRequestError, toApiError } from './api-error';

/**
 * Normalises every failed HTTP call into an `ApiRequestError`, so components handle one error shape.
 * Registered first so that it sees errors last, after the auth interceptor has had its chance to
 * refresh and retry on a 401.
 */
export const apiErrorInterceptor: HttpInterceptorFn = (request, next) =>
  next(request).pipe(
    catchError((error: unknown) => {
      if (!(error instanceof HttpErrorResponse)) return throwError(() => error);
      // A file download (responseType 'blob') gets its error body as a Blob too: read it, so the API's
      // code and message survive (e.g. NO_SIGNED_NOTE), instead of falling back on the bare status.
      if (error.error instanceof Blob) {
        return blobText(error.error).pipe(
          catchError(() => of(null)),
          switchMap((body) => throwError(() => new ApiRequestError(toApiError(withBody(error, body))))),
        );
      }
      return throwError(() => new ApiRequestError(toApiError(error)));
    }),
  );

function withBody(error: HttpErrorResponse, body: string | null): HttpErrorResponse {
  return new HttpErrorResponse({
    error: body,
    headers: error.headers,
    status: error.status,
    statusText: error.statusText,
    url: error.url ?? undefined,
  });
}

/** A Blob's text, through FileReader (available wherever Blob is, unlike `Blob.text()` in older engines). */
function blobText(blob: Blob): Observable<string> {
  return new Observable<string>((subscriber) => {
    const reader = new FileReader();
    reader.onload = () => {
      subscriber.next(typeof reader.result === 'string' ? reader.result : '');
      subscriber.complete();
    };
    reader.onerror = () => subscriber.error(reader.error);
    reader.readAsText(blob);
    return () => {
      if (reader.readyState === FileReader.LOADING) reader.abort();
    };
  });
}
