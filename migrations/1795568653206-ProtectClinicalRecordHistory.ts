import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Recorded clinical values are never overwritten or deleted, whatever the application does: the
 * database allows only the status transitions of a correction (current → superseded, or current →
 * voided with its reason, time and author). Everything else raises, so a bug or a stray UPDATE
 * cannot rewrite what a therapist recorded.
 */
export class ProtectClinicalRecordHistory1795568653206 implements MigrationInterface {
  name = 'ProtectClinicalRecordHistory1795568653206';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION protect_clinical_record_history() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'TRUNCATE' THEN
          RAISE EXCEPTION 'recorded clinical values cannot be truncated (%)', TG_TABLE_NAME USING ERRCODE = 'P0001';
        END IF;
        IF TG_OP = 'DELETE' THEN
          RAISE EXCEPTION 'recorded clinical values cannot be deleted (% %)', TG_TABLE_NAME, OLD.id
            USING ERRCODE = 'P0001';
        END IF;
        IF OLD.status <> 'current' THEN
          RAISE EXCEPTION 'a % that is % cannot change', TG_TABLE_NAME, OLD.status USING ERRCODE = 'P0001';
        END IF;
        IF (to_jsonb(NEW) - ARRAY['status', 'change_reason', 'voided_at', 'voided_by'])
           IS DISTINCT FROM (to_jsonb(OLD) - ARRAY['status', 'change_reason', 'voided_at', 'voided_by']) THEN
          RAISE EXCEPTION 'recorded clinical values cannot be overwritten (% %)', TG_TABLE_NAME, OLD.id
            USING ERRCODE = 'P0001';
        END IF;
        IF NEW.status = 'superseded' AND (NEW.change_reason IS DISTINCT FROM OLD.change_reason
            OR NEW.voided_at IS NOT NULL OR NEW.voided_by IS NOT NULL) THEN
          RAISE EXCEPTION 'superseding only changes the status' USING ERRCODE = 'P0001';
        END IF;
        IF NEW.status = 'voided' AND (NEW.change_reason IS NULL OR NEW.voided_at IS NULL OR NEW.voided_by IS NULL) THEN
          RAISE EXCEPTION 'a void needs its reason, time and author' USING ERRCODE = 'P0001';
        END IF;
        IF NEW.status = 'current' THEN
          RAISE EXCEPTION 'a current value is corrected by superseding or voiding it' USING ERRCODE = 'P0001';
        END IF;
        RETURN NEW;
      END
      $$`);
    for (const table of ['measurement', 'questionnaire_response']) {
      await queryRunner.query(
        `CREATE TRIGGER ${table}_history BEFORE UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION protect_clinical_record_history()`,
      );
      await queryRunner.query(
        `CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION protect_clinical_record_history()`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['measurement', 'questionnaire_response']) {
      await queryRunner.query(`DROP TRIGGER ${table}_no_truncate ON "${table}"`);
      await queryRunner.query(`DROP TRIGGER ${table}_history ON "${table}"`);
    }
    await queryRunner.query('DROP FUNCTION protect_clinical_record_history()');
  }
}
