import { HttpErrorResponse } from '@angular/common/http';
import type { ApiError, ErrorCode, FieldIssue } from '@proprio/contracts';

/**
 * An API failure normalised to the contract's `ApiError` shape. It is an `Error` so that it can be
 * thrown and surfaced by `resource()` (whose `error()` is typed `Error`), yet it carries every field
 * the API sent.
 */
export class ApiRequestError extends Error implements ApiError {
  readonly statusCode: number;
  readonly code: ErrorCode;
  readonly details: FieldIssue[] | undefined;
  readonly correlationId: string;

  constructor(error: ApiError) {
    super(error.message);
    this.name = 'ApiRequestError';
    this.statusCode = error.statusCode;
    this.code = error.code;
    this.details = error.details;
    this.correlationId = error.correlationId;
  }
}

const CORRELATION_HEADER = 'x-correlation-id';

/** Turns anything thrown by an HTTP call (or a bug) into an `ApiError`, never losing the API's own body. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiRequestError) {
    return error;
  }
  if (error instanceof HttpErrorResponse) {
    const body = parseBody(error.error);
    if (body) {
      return body;
    }
    return {
      statusCode: error.status,
      code: codeForStatus(error.status),
      message: messageForStatus(error.status),
      correlationId: error.headers?.get(CORRELATION_HEADER) ?? '',
    };
  }
  return {
    statusCode: 0,
    code: 'INTERNAL_ERROR',
    message: 'Something went wrong in the dashboard. Reload the page and try again.',
    correlationId: '',
  };
}

/** Accepts the API's error body only when it really has the contract's shape. */
function parseBody(raw: unknown): ApiError | null {
  const body = typeof raw === 'string' ? tryParseJson(raw) : raw;
  if (!isRecord(body)) {
    return null;
  }
  const { statusCode, code, message, correlationId, details } = body;
  if (typeof statusCode !== 'number' || typeof code !== 'string' || typeof message !== 'string') {
    return null;
  }
  const issues = Array.isArray(details) ? details.filter(isFieldIssue) : undefined;
  return {
    statusCode,
    // An unknown code from a newer API is kept as-is: callers fall back to generic handling for it.
    code: code as ErrorCode,
    message,
    ...(issues && issues.length > 0 ? { details: issues } : {}),
    correlationId: typeof correlationId === 'string' ? correlationId : '',
  };
}

function isFieldIssue(value: unknown): value is FieldIssue {
  return isRecord(value) && typeof value['field'] === 'string' && typeof value['issue'] === 'string';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function tryParseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function codeForStatus(status: number): ErrorCode {
  switch (status) {
    case 0:
    case 502:
    case 503:
    case 504:
      return 'SERVICE_UNAVAILABLE';
    case 400:
      return 'VALIDATION_FAILED';
    case 401:
      return 'UNAUTHENTICATED';
    case 403:
      return 'FORBIDDEN';
    case 404:
      return 'NOT_FOUND';
    case 413:
      return 'PAYLOAD_TOO_LARGE';
    case 415:
      return 'UNSUPPORTED_MEDIA_TYPE';
    case 429:
      return 'TOO_MANY_REQUESTS';
    default:
      return 'INTERNAL_ERROR';
  }
}

function messageForStatus(status: number): string {
  switch (codeForStatus(status)) {
    case 'SERVICE_UNAVAILABLE':
      return 'The Proprio server cannot be reached. Check the connection and try again.';
    case 'UNAUTHENTICATED':
      return 'Your session has ended. Sign in again.';
    case 'FORBIDDEN':
      return 'You do not have permission to do this.';
    case 'NOT_FOUND':
      return 'This record could not be found.';
    case 'TOO_MANY_REQUESTS':
      return 'Too many requests. Wait a moment and try again.';
    default:
      return 'The server could not complete the request. Try again, and contact support if it persists.';
  }
}
