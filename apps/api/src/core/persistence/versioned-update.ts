import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { AppError } from '../errors/app-error.js';
import type { ErrorCode } from '@proprio/contracts';

export interface VersionedKey {
  id: string;
  clinicId: string;
  version: number;
}

/**
 * Optimistic concurrency done by the database: `UPDATE … WHERE id AND clinic_id AND version`, so two
 * clients that read the same version cannot both win (TypeORM's @VersionColumn does not ensure this).
 * Zero rows means either the record is not this clinic's (404) or someone else saved first (409).
 */
export async function updateVersioned<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  key: VersionedKey,
  changes: Partial<T>,
  notFound: { code: ErrorCode; what: string },
): Promise<void> {
  const result = await manager
    .createQueryBuilder()
    .update(target)
    .set({ ...changes, version: () => 'version + 1' })
    .where('id = :id AND clinic_id = :clinicId AND version = :version', key)
    .execute();
  if (result.affected === 1) return;
  const exists = await manager
    .createQueryBuilder()
    .select('1')
    .from(target, 't')
    .where('t.id = :id AND t.clinic_id = :clinicId', key)
    .getRawOne<unknown>();
  if (!exists) throw AppError.notFound(notFound.code, notFound.what);
  throw AppError.versionConflict(notFound.what);
}
