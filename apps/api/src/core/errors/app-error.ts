import type { ErrorCode, FieldIssue } from '@proprio/contracts';

/** A failure the API reports on purpose: a status, a stable code, a message safe to show. */
export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ErrorCode,
    message: string,
    readonly details?: FieldIssue[],
  ) {
    super(message);
    this.name = 'AppError';
  }

  static validation(details: FieldIssue[], message = 'The request has invalid fields.'): AppError {
    return new AppError(400, 'VALIDATION_FAILED', message, details);
  }

  static notFound(code: ErrorCode, what: string): AppError {
    return new AppError(404, code, `${what} was not found.`);
  }

  static versionConflict(what: string): AppError {
    return new AppError(
      409,
      'VERSION_CONFLICT',
      `${what} was changed by someone else since you loaded it. Reload it and apply your change again.`,
      [{ field: 'version', issue: 'is out of date' }],
    );
  }
}
