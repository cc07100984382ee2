import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the database itself guarantees for protocols and programmes, whatever the application does:
 * - a protocol version assigned to a programme, or a seeded one, is never changed or deleted
 *   (editing makes a new version);
 * - programme revisions and phase transitions are history: append-only;
 * - treatment sessions are append-only (a visit is a record of what happened).
 */
export class ProtectProtocolsAndProgrammeHistory1795573210048 implements MigrationInterface {
  name = 'ProtectProtocolsAndProgrammeHistory1795573210048';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION protect_protocol_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'TRUNCATE' THEN
          RAISE EXCEPTION 'protocol versions cannot be truncated' USING ERRCODE = 'P0001';
        END IF;
        IF EXISTS (SELECT 1 FROM protocol p WHERE p.id = OLD.protocol_id AND p.clinic_id IS NULL) THEN
          RAISE EXCEPTION 'a seeded protocol version cannot change (%)', OLD.id USING ERRCODE = 'P0001';
        END IF;
        IF EXISTS (SELECT 1 FROM programme g WHERE g.protocol_version_id = OLD.id) THEN
          RAISE EXCEPTION 'protocol version % is in use: make a new version', OLD.id USING ERRCODE = 'P0001';
        END IF;
        IF TG_OP = 'DELETE' THEN
          RETURN OLD;
        END IF;
        RETURN NEW;
      END
      $$`);
    await queryRunner.query(
      `CREATE TRIGGER protocol_version_protect BEFORE UPDATE OR DELETE ON "protocol_version" FOR EACH ROW EXECUTE FUNCTION protect_protocol_version()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER protocol_version_no_truncate BEFORE TRUNCATE ON "protocol_version" FOR EACH STATEMENT EXECUTE FUNCTION protect_protocol_version()`,
    );
    await queryRunner.query(`
      CREATE FUNCTION protect_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only: rows cannot be % (%)', TG_TABLE_NAME, lower(TG_OP) || 'd',
          CASE WHEN TG_OP = 'TRUNCATE' THEN 'all' ELSE OLD.id::text END USING ERRCODE = 'P0001';
      END
      $$`);
    for (const table of APPEND_ONLY) {
      await queryRunner.query(
        `CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION protect_append_only()`,
      );
      await queryRunner.query(
        `CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION protect_append_only()`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of APPEND_ONLY) {
      await queryRunner.query(`DROP TRIGGER ${table}_no_truncate ON "${table}"`);
      await queryRunner.query(`DROP TRIGGER ${table}_append_only ON "${table}"`);
    }
    await queryRunner.query('DROP FUNCTION protect_append_only()');
    await queryRunner.query('DROP TRIGGER protocol_version_no_truncate ON "protocol_version"');
    await queryRunner.query('DROP TRIGGER protocol_version_protect ON "protocol_version"');
    await queryRunner.query('DROP FUNCTION protect_protocol_version()');
  }
}

const APPEND_ONLY = ['programme_revision', 'phase_transition', 'treatment_session'];
