import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A signed note is a legal record. The service refuses to change one; these triggers make the
 * database refuse it too, whatever the client (psql, a script, a future bug):
 * - `note`: a signed row can be neither updated nor deleted; a draft can be edited, signed or
 *   discarded, but never moved to another clinic, episode or author. No TRUNCATE.
 * - `note_addendum`: append-only, and only ever attached to a signed note.
 */
export class ProtectSignedNotes1795576210459 implements MigrationInterface {
  name = 'ProtectSignedNotes1795576210459';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION protect_signed_note() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'TRUNCATE' THEN
          RAISE EXCEPTION 'note cannot be truncated: signed notes are permanent' USING ERRCODE = 'P0001';
        END IF;
        IF OLD.status = 'signed' THEN
          RAISE EXCEPTION 'note % is signed: it cannot be %', OLD.id, lower(TG_OP) || 'd' USING ERRCODE = 'P0001';
        END IF;
        IF TG_OP = 'DELETE' THEN
          RETURN OLD;
        END IF;
        IF NEW.clinic_id <> OLD.clinic_id OR NEW.episode_id <> OLD.episode_id OR NEW.author_id <> OLD.author_id THEN
          RAISE EXCEPTION 'note %: clinic, episode and author never change', OLD.id USING ERRCODE = 'P0001';
        END IF;
        RETURN NEW;
      END
      $$`);
    await queryRunner.query(
      `CREATE TRIGGER note_protect_signed BEFORE UPDATE OR DELETE ON "note" FOR EACH ROW EXECUTE FUNCTION protect_signed_note()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER note_no_truncate BEFORE TRUNCATE ON "note" FOR EACH STATEMENT EXECUTE FUNCTION protect_signed_note()`,
    );
    await queryRunner.query(`
      CREATE FUNCTION require_signed_note() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM "note" WHERE id = NEW.note_id AND clinic_id = NEW.clinic_id AND status = 'signed') THEN
          RAISE EXCEPTION 'an addendum needs a signed note (note %)', NEW.note_id USING ERRCODE = 'P0001';
        END IF;
        RETURN NEW;
      END
      $$`);
    await queryRunner.query(
      `CREATE TRIGGER note_addendum_requires_signed_note BEFORE INSERT ON "note_addendum" FOR EACH ROW EXECUTE FUNCTION require_signed_note()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER note_addendum_append_only BEFORE UPDATE OR DELETE ON "note_addendum" FOR EACH ROW EXECUTE FUNCTION protect_append_only()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER note_addendum_no_truncate BEFORE TRUNCATE ON "note_addendum" FOR EACH STATEMENT EXECUTE FUNCTION protect_append_only()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER note_addendum_no_truncate ON "note_addendum"');
    await queryRunner.query('DROP TRIGGER note_addendum_append_only ON "note_addendum"');
    await queryRunner.query('DROP TRIGGER note_addendum_requires_signed_note ON "note_addendum"');
    await queryRunner.query('DROP FUNCTION require_signed_note()');
    await queryRunner.query('DROP TRIGGER note_no_truncate ON "note"');
    await queryRunner.query('DROP TRIGGER note_protect_signed ON "note"');
    await queryRunner.query('DROP FUNCTION protect_signed_note()');
  }
}
