import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A test session's date, baseline flag, episode, tester and body mass decide which baseline applies,
 * every EPIC and the torque per kg, so they are as fixed as the values themselves: the database
 * refuses to change them or to delete or truncate sessions. Notes may still be edited.
 */
export class ProtectAssessmentFacts1795571288440 implements MigrationInterface {
  name = 'ProtectAssessmentFacts1795571288440';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION protect_assessment_facts() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('DELETE', 'TRUNCATE') THEN
          RAISE EXCEPTION 'test sessions cannot be deleted' USING ERRCODE = 'P0001';
        END IF;
        IF (NEW.clinic_id, NEW.episode_id, NEW.performed_on, NEW.is_baseline, NEW.tester_id, NEW.body_mass_kg,
            NEW.created_by, NEW.created_at)
           IS DISTINCT FROM
           (OLD.clinic_id, OLD.episode_id, OLD.performed_on, OLD.is_baseline, OLD.tester_id, OLD.body_mass_kg,
            OLD.created_by, OLD.created_at) THEN
          RAISE EXCEPTION 'the facts of a recorded test session cannot be changed (assessment %)', OLD.id
            USING ERRCODE = 'P0001';
        END IF;
        RETURN NEW;
      END
      $$`);
    await queryRunner.query(
      'CREATE TRIGGER assessment_facts BEFORE UPDATE OR DELETE ON "assessment" FOR EACH ROW EXECUTE FUNCTION protect_assessment_facts()',
    );
    await queryRunner.query(
      'CREATE TRIGGER assessment_no_truncate BEFORE TRUNCATE ON "assessment" FOR EACH STATEMENT EXECUTE FUNCTION protect_assessment_facts()',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER assessment_no_truncate ON "assessment"');
    await queryRunner.query('DROP TRIGGER assessment_facts ON "assessment"');
    await queryRunner.query('DROP FUNCTION protect_assessment_facts()');
  }
}
