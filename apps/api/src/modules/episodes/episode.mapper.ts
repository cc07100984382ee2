import type { Episode } from '@proprio/contracts';
import type { EpisodeEntity } from './episode.entity.js';

export function toEpisode(entity: EpisodeEntity): Episode {
  return {
    id: entity.id,
    patientId: entity.patientId,
    condition: entity.condition,
    involvedSide: entity.involvedSide,
    injuryDate: entity.injuryDate,
    surgeryDate: entity.surgeryDate,
    graftType: entity.graftType,
    concomitantInjuries: entity.concomitantInjuries,
    sport: entity.sport,
    preInjuryTegner: entity.preInjuryTegner,
    status: entity.status,
    archived: entity.archivedAt !== null,
    archivedAt: entity.archivedAt?.toISOString() ?? null,
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
    version: entity.version,
  };
}
