import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A signature vouches for what was there when the clinician signed. `ProtectSignedNotes` freezes a
 * signed row; this closes the two ways around it, whatever the client (psql, a script, a future bug):
 * - a note is INSERTed only as a draft, so a signed note cannot be forged by inserting it signed;
 * - the UPDATE that signs a draft (status 'draft' → 'signed') cannot also change what is signed: the
 *   type, the period, the four SOAP sections, the episode or the author.
 * The API never does either; these refusals are the database's own guarantee.
 */
export class ProtectNoteSigning1795576210460 implements MigrationInterface {
  name = 'ProtectNoteSigning1795576210460';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION protect_note_signing() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          IF NEW.status IS DISTINCT FROM 'draft' THEN
            RAISE EXCEPTION 'note % can only be inserted as a draft: it is signed by an update', NEW.id
              USING ERRCODE = 'P0001';
          END IF;
          RETURN NEW;
        END IF;
        IF OLD.status = 'draft' AND NEW.status = 'signed' AND
           (NEW.type, NEW.period_start, NEW.period_end, NEW.subjective, NEW.objective, NEW.assessment, NEW.plan,
            NEW.episode_id, NEW.author_id)
           IS DISTINCT FROM
           (OLD.type, OLD.period_start, OLD.period_end, OLD.subjective, OLD.objective, OLD.assessment, OLD.plan,
            OLD.episode_id, OLD.author_id) THEN
          RAISE EXCEPTION 'note %: signing cannot change its content (type, period, sections, episode, author)', OLD.id
            USING ERRCODE = 'P0001';
        END IF;
        RETURN NEW;
      END
      $$`);
    await queryRunner.query(
      `CREATE TRIGGER note_protect_signing BEFORE INSERT OR UPDATE ON "note" FOR EACH ROW EXECUTE FUNCTION protect_note_signing()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER note_protect_signing ON "note"');
    await queryRunner.query('DROP FUNCTION protect_note_signing()');
  }
}
