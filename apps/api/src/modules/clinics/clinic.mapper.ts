import type { Clinic } from '@proprio/contracts';
import type { ClinicEntity } from './clinic.entity.js';

export function toClinic(entity: ClinicEntity): Clinic {
  return {
    id: entity.id,
    name: entity.name,
    progressNoteVisitInterval: entity.progressNoteVisitInterval,
    progressNoteDayLimit: entity.progressNoteDayLimit,
    version: entity.version,
  };
}
