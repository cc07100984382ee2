import { In, IsNull, type EntityManager } from 'typeorm';
import { ExerciseEntity } from './exercise.entity.js';
import { ProtocolVersionEntity } from './protocol-version.entity.js';
import { ProtocolEntity } from './protocol.entity.js';

/**
 * What a clinic may use from the library: the seeded rows (no clinic) and its own. Every module that
 * references exercises or protocol versions (programmes, sessions) looks them up through here, so a
 * clinic can never prescribe another clinic's exercise.
 */
export async function findVisibleExercises(
  manager: EntityManager,
  clinicId: string,
  ids: readonly string[],
): Promise<Map<string, ExerciseEntity>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await manager.find(ExerciseEntity, {
    where: [
      { id: In(unique), clinicId: IsNull() },
      { id: In(unique), clinicId },
    ],
  });
  return new Map(rows.map((row) => [row.id, row]));
}

/** The protocol version and its protocol when the clinic may use it; null otherwise (answer 404). */
export async function findVisibleProtocolVersion(
  manager: EntityManager,
  clinicId: string,
  versionId: string,
): Promise<{ version: ProtocolVersionEntity; protocol: ProtocolEntity } | null> {
  const version = await manager.findOne(ProtocolVersionEntity, { where: { id: versionId } });
  if (!version) return null;
  const protocol = await manager.findOne(ProtocolEntity, { where: { id: version.protocolId } });
  if (!protocol || (protocol.clinicId !== null && protocol.clinicId !== clinicId)) return null;
  return { version, protocol };
}
