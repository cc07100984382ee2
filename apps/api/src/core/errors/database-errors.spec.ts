import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { QueryFailedError } from 'typeorm';
import { fromDatabaseError } from './database-errors.js';

/** A CHECK violation as node-postgres reports it (SQLSTATE 23514, the constraint's name). */
const checkViolation = (constraint: string) =>
  new QueryFailedError(
    'UPDATE "clinic" SET "progress_note_visit_interval" = $1',
    [0],
    Object.assign(new Error(`new row violates check constraint "${constraint}"`), { code: '23514', constraint }),
  );

/** Every migration's source: the constraint names the database really has. */
const MIGRATIONS_DIR = new URL('../../../../../migrations/', import.meta.url);
const migrations = readdirSync(MIGRATIONS_DIR)
  .filter((file) => file.endsWith('.ts'))
  .map((file) => readFileSync(new URL(file, MIGRATIONS_DIR), 'utf8'))
  .join('\n');

describe('fromDatabaseError: CHECK constraints (23514)', () => {
  it.each([
    ['ck_clinic_progress_note_visit_interval', 'progressNoteVisitInterval', 'visits from 1 to 60'],
    ['ck_clinic_progress_note_day_limit', 'progressNoteDayLimit', 'days from 1 to 365, or null'],
    ['ck_note_period', 'periodEnd', 'must not be before periodStart'],
    ['ck_note_type', 'type', 'is not an allowed value'],
    ['ck_note_addendum_body', 'body', 'must not be blank'],
  ])('answers 400 naming the field when %s fires: %s', (constraint, field, issue) => {
    // The name must be one a migration really creates, or the mapping would never apply.
    expect(migrations).toContain(`CONSTRAINT "${constraint}" CHECK`);
    const error = fromDatabaseError(checkViolation(constraint));
    expect(error).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
    expect(error?.details).toEqual([{ field, issue: expect.stringContaining(issue) }]);
  });

  it('answers 400 without details for a CHECK it does not know, never a 500', () => {
    const error = fromDatabaseError(checkViolation('ck_note_signature'));
    expect(error).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED', details: [] });
  });
});

/** A trigger's RAISE EXCEPTION as node-postgres reports it (SQLSTATE P0001, the PL/pgSQL context in `where`). */
const raised = (fn: string, message: string) =>
  new QueryFailedError(
    'UPDATE "note" SET "plan" = $1 WHERE "id" = $2',
    ['secret plan text', 'id'],
    Object.assign(new Error(message), { code: 'P0001', where: `PL/pgSQL function ${fn}() line 7 at RAISE` }),
  );

describe('fromDatabaseError: trigger refusals (P0001)', () => {
  it('answers 409 NOTE_ALREADY_SIGNED when the signed-note trigger refuses an update, delete or truncate', () => {
    for (const message of [
      'note 0b6c… is signed: it cannot be updated',
      'note 0b6c… is signed: it cannot be deleted',
      'note cannot be truncated: signed notes are permanent',
    ]) {
      const error = fromDatabaseError(raised('protect_signed_note', message));
      expect({ message, statusCode: error?.statusCode, code: error?.code }).toEqual({
        message,
        statusCode: 409,
        code: 'NOTE_ALREADY_SIGNED',
      });
      expect(error?.message).not.toMatch(/0b6c|secret|UPDATE/);
    }
  });

  it('answers 409 NOTE_NOT_SIGNED when an addendum is refused for an unsigned note', () => {
    const error = fromDatabaseError(raised('require_signed_note', 'an addendum needs a signed note (note 0b6c…)'));
    expect(error).toMatchObject({ statusCode: 409, code: 'NOTE_NOT_SIGNED' });
  });

  it('leaves other raises unexpected (500): no client can cause them, so they are bugs to see', () => {
    expect(
      fromDatabaseError(raised('protect_signed_note', 'note 0b6c…: clinic, episode and author never change')),
    ).toBeUndefined();
    expect(fromDatabaseError(raised('protect_append_only', 'programme_revision is append-only'))).toBeUndefined();
    expect(
      fromDatabaseError(
        new QueryFailedError('x', [], Object.assign(new Error('is signed: it cannot be updated'), { code: 'P0001' })),
      ),
    ).toBeUndefined();
  });
});
