import type { ProtocolDefinition } from '@proprio/clinical';
import type { Protocol, ProtocolSummary, ProtocolVersion, ProtocolVersionSummary } from '@proprio/contracts';
import type { ProtocolVersionEntity } from './protocol-version.entity.js';
import type { ProtocolEntity } from './protocol.entity.js';

/** A version row as the summary queries return it. */
export interface VersionSummaryRow {
  id: string;
  protocol_id: string;
  number: number;
  created_at: Date;
  created_by: string | null;
  in_use: boolean;
}

export function toVersionSummary(row: VersionSummaryRow): ProtocolVersionSummary {
  return {
    id: row.id,
    number: row.number,
    createdAt: row.created_at.toISOString(),
    createdBy: row.created_by,
    inUse: row.in_use,
  };
}

export function toProtocolSummary(entity: ProtocolEntity, latestVersion: ProtocolVersionSummary): ProtocolSummary {
  return {
    id: entity.id,
    source: entity.clinicId === null ? 'seeded' : 'clinic',
    title: entity.title,
    description: entity.description,
    latestVersion,
    archivedAt: entity.archivedAt?.toISOString() ?? null,
  };
}

/** `versions` newest first; a protocol always has at least one. */
export function toProtocol(entity: ProtocolEntity, versions: ProtocolVersionSummary[]): Protocol {
  const [latest] = versions;
  if (!latest) throw new Error(`protocol ${entity.id} has no version`);
  return {
    ...toProtocolSummary(entity, latest),
    versions,
    clonedFromVersionId: entity.clonedFromVersionId,
    version: entity.version,
  };
}

export function toProtocolVersion(
  version: ProtocolVersionEntity,
  protocol: ProtocolEntity,
  inUse: boolean,
  exerciseNames: Record<string, string>,
): ProtocolVersion {
  return {
    id: version.id,
    number: version.number,
    createdAt: version.createdAt.toISOString(),
    createdBy: version.createdBy,
    inUse,
    protocolId: protocol.id,
    title: protocol.title,
    definition: version.definition,
    exerciseNames,
    version: version.version,
  };
}

/** Every exercise id a (validated) definition lists, in order of first appearance. */
export function exerciseIdsOf(definition: ProtocolDefinition): string[] {
  return [...new Set(definition.phases.flatMap((phase) => phase.exercises.map((e) => e.exerciseId)))];
}
