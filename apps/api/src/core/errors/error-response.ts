import { HttpException, HttpStatus } from '@nestjs/common';
import type { ApiError, ErrorCode } from '@proprio/contracts';
import { AppError } from './app-error.js';
import { fromDatabaseError } from './database-errors.js';

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'TOO_MANY_REQUESTS',
  503: 'SERVICE_UNAVAILABLE',
};

const SAFE_MESSAGES: Record<number, string> = {
  400: 'The request is malformed.',
  401: 'Sign in to continue.',
  403: 'You do not have permission to do that.',
  404: 'Not found.',
  405: 'Method not allowed.',
  413: 'The request body is too large.',
  415: 'Send the request body as application/json.',
  429: 'Too many requests. Try again later.',
  503: 'The service is unavailable. Try again shortly.',
};

export interface ErrorResponse {
  body: ApiError;
  /** Set for failures the server did not expect: they are logged with their stack. */
  unexpected?: unknown;
}

/**
 * Maps anything thrown while handling a request to the one public error shape. Only messages written
 * for clients leave the server; anything unexpected becomes a bare 500 with the correlation id.
 */
export function toErrorResponse(exception: unknown, correlationId: string): ErrorResponse {
  const known = exception instanceof AppError ? exception : fromDatabaseError(exception);
  if (known) {
    const body: ApiError = {
      statusCode: known.statusCode,
      code: known.code,
      message: known.message,
      correlationId,
    };
    if (known.details?.length) body.details = known.details;
    return { body };
  }
  const status = httpStatusOf(exception);
  if (status !== undefined && status < 500) {
    const code =
      status === 404 && exception instanceof HttpException
        ? 'ROUTE_NOT_FOUND'
        : (CODE_BY_STATUS[status] ?? 'VALIDATION_FAILED');
    return {
      body: {
        statusCode: status,
        code,
        message: SAFE_MESSAGES[status] ?? 'The request could not be processed.',
        correlationId,
      },
    };
  }
  if (status === 503) {
    return {
      body: {
        statusCode: 503,
        code: 'SERVICE_UNAVAILABLE',
        message: 'The service is unavailable. Try again shortly.',
        correlationId,
      },
    };
  }
  return {
    body: {
      statusCode: HttpStatus.INTERNAL_SERVER_ERROR,
      code: 'INTERNAL_ERROR',
      message: 'Something went wrong on our side. Quote the correlation id when you report it.',
      correlationId,
    },
    unexpected: exception,
  };
}

/** Status of Nest's HttpExceptions and of Fastify's own errors (bad JSON, body too large...). */
function httpStatusOf(exception: unknown): number | undefined {
  if (exception instanceof HttpException) return exception.getStatus();
  if (typeof exception === 'object' && exception !== null && 'statusCode' in exception) {
    const status = exception.statusCode;
    if (typeof status === 'number' && status >= 400 && status < 600) return status;
  }
  return undefined;
}
