import { FIELD_LIMITS } from '@proprio/contracts';

/** Client-side limits: the API's own (shared through the contracts), so both refuse the same input. */
export const PATIENT_LIMITS = {
  recordNumberMaxLength: FIELD_LIMITS.patient.recordNumber,
  nameMaxLength: FIELD_LIMITS.patient.name,
  emailMaxLength: FIELD_LIMITS.patient.email,
  phoneMaxLength: FIELD_LIMITS.patient.phone,
} as const;
