import type { Issue } from '@proprio/clinical';
import type { FieldIssue } from '@proprio/contracts';
import { QueryFailedError } from 'typeorm';
import { AppError } from '../../core/errors/app-error.js';

export const EXERCISE_NOT_FOUND = { code: 'EXERCISE_NOT_FOUND', what: 'The exercise' } as const;
export const PROTOCOL_NOT_FOUND = { code: 'PROTOCOL_NOT_FOUND', what: 'The protocol' } as const;
export const PROTOCOL_VERSION_NOT_FOUND = { code: 'PROTOCOL_VERSION_NOT_FOUND', what: 'The protocol version' } as const;

/** The seeded library is shared by every clinic: nobody changes it through the API. */
export function seededReadOnly(what: string): AppError {
  return new AppError(
    403,
    'SEEDED_READ_ONLY',
    `${what} belongs to the seeded library and cannot be changed. Clone it or create your own instead.`,
  );
}

export function protocolVersionInUse(): AppError {
  return new AppError(
    409,
    'PROTOCOL_VERSION_IN_USE',
    'This protocol version is assigned to a programme and can no longer change. Create a new version instead.',
  );
}

/** Issues of the clinical library, under the request field they were found in. */
export function validationFailed(issues: readonly Issue[], prefix = ''): AppError {
  return AppError.validation(
    issues.map((i): FieldIssue => ({ field: prefix ? `${prefix}.${i.field}` : i.field, issue: i.issue })),
  );
}

/**
 * The database's last line of defence: trigger `protect_protocol_version` refuses changing a seeded
 * version or one a programme uses (SQLSTATE P0001). Should it fire despite the service's own check
 * (a race the row lock did not cover), the client gets the same answer as from the check.
 */
export function fromProtocolVersionTrigger(error: unknown): AppError | undefined {
  if (!(error instanceof QueryFailedError)) return undefined;
  const pg = error.driverError as { code?: string; message?: string };
  if (pg.code !== 'P0001') return undefined;
  if (pg.message?.includes('seeded protocol version')) return seededReadOnly('The protocol version');
  if (pg.message?.includes('is in use')) return protocolVersionInUse();
  return undefined;
}
