import {
  PROGRESS_NOTE_DAY_LIMIT_RANGE,
  PROGRESS_NOTE_VISIT_INTERVAL_RANGE,
  type ErrorCode,
  type FieldIssue,
} from '@proprio/contracts';
import { QueryFailedError } from 'typeorm';
import { AppError } from './app-error.js';

/**
 * Constraint names → the API field they protect. The database is the last line of defence: when one
 * of its constraints fires, the client still gets a 4xx that names the field, never a 500.
 */
const UNIQUE_CONSTRAINTS: Record<string, { code: ErrorCode; field: string; message: string }> = {
  uq_patient_record_number: {
    code: 'RECORD_NUMBER_TAKEN',
    field: 'recordNumber',
    message: 'Another patient of this clinic already has that record number.',
  },
  uq_app_user_email: { code: 'EMAIL_TAKEN', field: 'email', message: 'A user with that email already exists.' },
};

const visits = PROGRESS_NOTE_VISIT_INTERVAL_RANGE;
const days = PROGRESS_NOTE_DAY_LIMIT_RANGE;

const CHECK_CONSTRAINTS: Record<string, FieldIssue> = {
  ck_patient_sex: { field: 'sex', issue: 'is not an allowed value' },
  ck_patient_date_of_birth: { field: 'dateOfBirth', issue: 'must be on or after 1900-01-01' },
  ck_patient_names: { field: 'givenName', issue: 'given and family name must not be blank' },
  ck_patient_record_number: { field: 'recordNumber', issue: 'must not be blank' },
  ck_episode_condition: { field: 'condition', issue: 'is not an allowed value' },
  ck_episode_involved_side: { field: 'involvedSide', issue: 'must be left or right' },
  ck_episode_graft_type: { field: 'graftType', issue: 'is not an allowed value' },
  ck_episode_status: { field: 'status', issue: 'is not an allowed value' },
  ck_episode_concomitant_injuries: { field: 'concomitantInjuries', issue: 'contains a value that is not allowed' },
  ck_episode_tegner: { field: 'preInjuryTegner', issue: 'must be an integer from 0 to 10' },
  ck_episode_dates: { field: 'surgeryDate', issue: 'must not be before the injury date' },
  ck_episode_injury_date: { field: 'injuryDate', issue: 'must be on or after 1900-01-01' },
  ck_measurement_lsi: { field: 'measurements', issue: 'give an implausible LSI; check the trial values' },
  ck_assessment_performed_on: { field: 'performedOn', issue: 'must be on or after 1900-01-01' },
  ck_assessment_body_mass: { field: 'bodyMassKg', issue: 'must be from 10 to 400 kg' },
  ck_questionnaire_completed_on: { field: 'completedOn', issue: 'must be on or after 1900-01-01' },
  ck_app_user_role: { field: 'role', issue: 'is not an allowed value' },
  ck_app_user_email_lower: { field: 'email', issue: 'must be lower case' },
  ck_clinic_progress_note_visit_interval: {
    field: 'progressNoteVisitInterval',
    issue: `must be a whole number of visits from ${visits.min} to ${visits.max}`,
  },
  ck_clinic_progress_note_day_limit: {
    field: 'progressNoteDayLimit',
    issue: `must be a whole number of days from ${days.min} to ${days.max}, or null for no calendar limit`,
  },
  ck_note_period: {
    field: 'periodEnd',
    issue: 'must not be before periodStart, and the period must start on or after 1900-01-01',
  },
  ck_note_type: { field: 'type', issue: 'is not an allowed value' },
  ck_note_addendum_body: { field: 'body', issue: 'must not be blank' },
};

/** Foreign keys a client can break by naming a record of another clinic or none at all. */
const FOREIGN_KEYS: Record<string, FieldIssue> = {
  fk_assessment_tester: { field: 'testerId', issue: 'is not a user of this clinic' },
};

/**
 * Triggers that refuse a change to a legal record (SQLSTATE P0001, RAISE EXCEPTION), known by the
 * PL/pgSQL function that raised it (the driver's `where`, "PL/pgSQL function protect_signed_note() line
 * 7 at RAISE") and its message. The services refuse these first; this keeps a race or a bug a clear
 * 409 rather than a 500. Other raises stay unexpected (a 500): no route can cause them, so they mean a
 * bug — a draft moved to another episode, a note inserted already signed, or a signing UPDATE that also
 * changes the content (`protect_note_signing`: sign() writes only the signature, at the version read).
 */
const TRIGGER_REFUSALS: { trigger: string; message: RegExp; code: ErrorCode; text: string }[] = [
  {
    trigger: 'protect_signed_note',
    message: /is signed: it cannot be|cannot be truncated/,
    code: 'NOTE_ALREADY_SIGNED',
    text: 'The note is signed: it can no longer be changed or deleted. Add an addendum to correct it.',
  },
  {
    trigger: 'require_signed_note',
    message: /an addendum needs a signed note/,
    code: 'NOTE_NOT_SIGNED',
    text: 'Only a signed note can receive an addendum.',
  },
];

interface PgError {
  code?: string;
  constraint?: string;
  where?: string;
  message?: string;
}

/** Turns a PostgreSQL error into an AppError where the client caused it; undefined otherwise. */
export function fromDatabaseError(error: unknown): AppError | undefined {
  if (!(error instanceof QueryFailedError)) return undefined;
  const pg = error.driverError as PgError;
  switch (pg.code) {
    case '23505': {
      const known = pg.constraint ? UNIQUE_CONSTRAINTS[pg.constraint] : undefined;
      if (!known) return new AppError(409, 'VALIDATION_FAILED', 'The record conflicts with an existing one.');
      return new AppError(409, known.code, known.message, [{ field: known.field, issue: 'is already in use' }]);
    }
    case '23514': {
      const known = pg.constraint ? CHECK_CONSTRAINTS[pg.constraint] : undefined;
      return AppError.validation(known ? [known] : []);
    }
    case '23503': {
      const known = pg.constraint ? FOREIGN_KEYS[pg.constraint] : undefined;
      return known ? AppError.validation([known]) : undefined;
    }
    case '23502': // not-null violation
    case '22P02': // invalid text representation
    case '22007': // invalid datetime format
    case '22008': // datetime field overflow
    case '22001': // string too long
    case '22003': // numeric value out of range
      return AppError.validation([]);
    case 'P0001': {
      const trigger = /PL\/pgSQL function (\w+)\(/.exec(pg.where ?? '')?.[1];
      const known = TRIGGER_REFUSALS.find((r) => r.trigger === trigger && r.message.test(pg.message ?? ''));
      return known ? new AppError(409, known.code, known.text) : undefined;
    }
    case '57014': // statement timeout
      return new AppError(503, 'SERVICE_UNAVAILABLE', 'The database took too long to answer. Try again.');
    default:
      return undefined;
  }
}
