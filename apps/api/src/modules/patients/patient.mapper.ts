import type { Patient } from '@proprio/contracts';
import type { PatientEntity } from './patient.entity.js';

export function toPatient(entity: PatientEntity): Patient {
  return {
    id: entity.id,
    recordNumber: entity.recordNumber,
    givenName: entity.givenName,
    familyName: entity.familyName,
    dateOfBirth: entity.dateOfBirth,
    sex: entity.sex,
    email: entity.email,
    phone: entity.phone,
    archived: entity.archivedAt !== null,
    archivedAt: entity.archivedAt?.toISOString() ?? null,
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
    version: entity.version,
  };
}
