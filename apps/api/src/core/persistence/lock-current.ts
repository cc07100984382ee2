import type { EntityManager, EntityTarget } from 'typeorm';
import { AppError } from '../errors/app-error.js';
import type { CorrectableRecord } from './correctable-record.js';

/**
 * Row-locks a clinic's recorded value for a correction. Only a current value can be amended or voided;
 * a superseded or voided one answers 409, and another clinic's (or no) record the given 404.
 */
export async function lockCurrent<T extends CorrectableRecord>(
  manager: EntityManager,
  target: EntityTarget<T>,
  key: { id: string; clinicId: string },
  notFound: () => AppError,
  what: string,
): Promise<T> {
  const found = await manager
    .getRepository(target)
    .findOne({ where: { id: key.id, clinicId: key.clinicId } as never, lock: { mode: 'pessimistic_write' } });
  if (!found) throw notFound();
  if (found.status !== 'current') {
    throw new AppError(
      409,
      'NOT_CURRENT',
      `This ${what} was already ${found.status}; correct the current one instead.`,
    );
  }
  return found;
}
