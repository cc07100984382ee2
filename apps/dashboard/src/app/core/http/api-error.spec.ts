import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';

import { ApiRequestError, toApiError } from './api-error';

describe('toApiError', () => {
  it('keeps the API error body as sent, including field details', () => {
    const error = new HttpErrorResponse({
      status: 400,
      error: {
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        message: 'Validation failed',
        details: [{ field: 'dateOfBirth', issue: 'must be a date' }, { nonsense: true }],
        correlationId: 'c-1',
      },
    });

    expect(toApiError(error)).toEqual({
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      message: 'Validation failed',
      details: [{ field: 'dateOfBirth', issue: 'must be a date' }],
      correlationId: 'c-1',
    });
  });

  it('parses an error body that arrived as text', () => {
    const error = new HttpErrorResponse({
      status: 409,
      error: JSON.stringify({ statusCode: 409, code: 'VERSION_CONFLICT', message: 'Stale', correlationId: 'c-2' }),
    });
    expect(toApiError(error)).toMatchObject({ code: 'VERSION_CONFLICT', correlationId: 'c-2' });
  });

  it('describes a network failure as the server being unreachable', () => {
    const error = new HttpErrorResponse({ status: 0, error: new ProgressEvent('error') });
    expect(toApiError(error)).toMatchObject({ statusCode: 0, code: 'SERVICE_UNAVAILABLE' });
  });

  it('falls back on the status for a non-API body, keeping the correlation header', () => {
    const error = new HttpErrorResponse({
      status: 502,
      error: '<html>Bad gateway</html>',
      headers: new HttpHeaders({ 'x-correlation-id': 'proxy-9' }),
    });
    expect(toApiError(error)).toMatchObject({ statusCode: 502, code: 'SERVICE_UNAVAILABLE', correlationId: 'proxy-9' });
  });

  it('returns an already-normalised error unchanged and wraps anything else', () => {
    const normalised = new ApiRequestError({ statusCode: 403, code: 'FORBIDDEN', message: 'No', correlationId: 'x' });
    expect(toApiError(normalised)).toBe(normalised);
    expect(toApiError(new TypeError('boom'))).toMatchObject({ code: 'INTERNAL_ERROR' });
  });
});
