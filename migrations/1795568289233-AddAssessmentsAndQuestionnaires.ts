import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddAssessmentsAndQuestionnaires1795568289233 implements MigrationInterface {
  name = 'AddAssessmentsAndQuestionnaires1795568289233';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "assessment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "clinic_id" uuid NOT NULL, "episode_id" uuid NOT NULL, "performed_on" date NOT NULL, "is_baseline" boolean NOT NULL DEFAULT false, "tester_id" uuid NOT NULL, "body_mass_kg" numeric(5,1), "notes" character varying(2000), "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', CONSTRAINT "uq_assessment_id_clinic" UNIQUE ("id", "clinic_id"), CONSTRAINT "ck_assessment_body_mass" CHECK (body_mass_kg IS NULL OR body_mass_kg BETWEEN 10 AND 400), CONSTRAINT "ck_assessment_performed_on" CHECK (performed_on >= DATE \'1900-01-01\'), CONSTRAINT "PK_c511a7dc128256876b6b1719401" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_assessment_clinic_episode_date" ON "assessment"  ("clinic_id", "episode_id", "performed_on") ',
    );
    await queryRunner.query(
      'CREATE TABLE "measurement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "clinic_id" uuid NOT NULL, "episode_id" uuid NOT NULL, "assessment_id" uuid NOT NULL, "type" character varying(40) NOT NULL, "input" jsonb NOT NULL, "result" jsonb NOT NULL, "lsi" double precision, "status" character varying(12) NOT NULL DEFAULT \'current\', "supersedes_id" uuid, "change_reason" character varying(500), "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "voided_at" TIMESTAMP WITH TIME ZONE, "voided_by" uuid, CONSTRAINT "ck_measurement_amend_reason" CHECK (supersedes_id IS NULL OR change_reason IS NOT NULL), CONSTRAINT "ck_measurement_reason" CHECK (status <> \'voided\' OR (change_reason IS NOT NULL AND voided_at IS NOT NULL)), CONSTRAINT "ck_measurement_lsi" CHECK (lsi IS NULL OR (lsi >= 0 AND lsi < 100000)), CONSTRAINT "ck_measurement_status" CHECK (status IN (\'current\', \'superseded\', \'voided\')), CONSTRAINT "ck_measurement_type" CHECK (type IN (\'hop_single\', \'hop_triple\', \'hop_crossover\', \'hop_timed_6m\', \'hop_side\', \'hop_vertical\', \'strength_quadriceps\', \'strength_hamstrings\', \'y_balance\', \'single_leg_stance\', \'running_t_test\', \'reaction_time\', \'knee_rom\', \'effusion\', \'quadriceps_lag\')), CONSTRAINT "PK_742ff3cc0dcbbd34533a9071dfd" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "ux_measurement_current" ON "measurement"  ("assessment_id", "type") WHERE status = \'current\'',
    );
    await queryRunner.query('CREATE INDEX "ix_measurement_assessment" ON "measurement"  ("assessment_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_measurement_trend" ON "measurement"  ("clinic_id", "episode_id", "type", "status") ',
    );
    await queryRunner.query(
      'CREATE TABLE "questionnaire_response" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "clinic_id" uuid NOT NULL, "episode_id" uuid NOT NULL, "instrument" character varying(30) NOT NULL, "completed_on" date NOT NULL, "answers" jsonb NOT NULL, "options" jsonb NOT NULL, "result" jsonb NOT NULL, "scores" jsonb NOT NULL, "status" character varying(12) NOT NULL DEFAULT \'current\', "supersedes_id" uuid, "change_reason" character varying(500), "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "voided_at" TIMESTAMP WITH TIME ZONE, "voided_by" uuid, CONSTRAINT "ck_questionnaire_amend_reason" CHECK (supersedes_id IS NULL OR change_reason IS NOT NULL), CONSTRAINT "ck_questionnaire_reason" CHECK (status <> \'voided\' OR (change_reason IS NOT NULL AND voided_at IS NOT NULL)), CONSTRAINT "ck_questionnaire_completed_on" CHECK (completed_on >= DATE \'1900-01-01\'), CONSTRAINT "ck_questionnaire_status" CHECK (status IN (\'current\', \'superseded\', \'voided\')), CONSTRAINT "ck_questionnaire_instrument" CHECK (instrument IN (\'ikdc\', \'koos\', \'koos12\', \'acl_rsi\', \'acl_rsi_short\', \'tegner\', \'lysholm\', \'lefs\', \'kos_adls\', \'global_rating\')), CONSTRAINT "PK_0ab4c2dfd517c5aa24e6e385523" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_questionnaire_trend" ON "questionnaire_response"  ("clinic_id", "episode_id", "instrument", "completed_on") ',
    );
    await queryRunner.query('ALTER TABLE "episode" ADD CONSTRAINT "uq_episode_id_clinic" UNIQUE ("id", "clinic_id")');
    await queryRunner.query(
      'ALTER TABLE "assessment" ADD CONSTRAINT "fk_assessment_episode" FOREIGN KEY ("episode_id", "clinic_id") REFERENCES "episode"("id","clinic_id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "assessment" ADD CONSTRAINT "fk_assessment_tester" FOREIGN KEY ("tester_id", "clinic_id") REFERENCES "app_user"("id","clinic_id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "measurement" ADD CONSTRAINT "fk_measurement_assessment" FOREIGN KEY ("assessment_id", "clinic_id") REFERENCES "assessment"("id","clinic_id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "measurement" ADD CONSTRAINT "fk_measurement_supersedes" FOREIGN KEY ("supersedes_id") REFERENCES "measurement"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "questionnaire_response" ADD CONSTRAINT "fk_questionnaire_episode" FOREIGN KEY ("episode_id", "clinic_id") REFERENCES "episode"("id","clinic_id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "questionnaire_response" ADD CONSTRAINT "fk_questionnaire_supersedes" FOREIGN KEY ("supersedes_id") REFERENCES "questionnaire_response"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "questionnaire_response" DROP CONSTRAINT "fk_questionnaire_supersedes"');
    await queryRunner.query('ALTER TABLE "questionnaire_response" DROP CONSTRAINT "fk_questionnaire_episode"');
    await queryRunner.query('ALTER TABLE "measurement" DROP CONSTRAINT "fk_measurement_supersedes"');
    await queryRunner.query('ALTER TABLE "measurement" DROP CONSTRAINT "fk_measurement_assessment"');
    await queryRunner.query('ALTER TABLE "assessment" DROP CONSTRAINT "fk_assessment_tester"');
    await queryRunner.query('ALTER TABLE "assessment" DROP CONSTRAINT "fk_assessment_episode"');
    await queryRunner.query('ALTER TABLE "episode" DROP CONSTRAINT "uq_episode_id_clinic"');
    await queryRunner.query('DROP INDEX "public"."ix_questionnaire_trend"');
    await queryRunner.query('DROP TABLE "questionnaire_response"');
    await queryRunner.query('DROP INDEX "public"."ix_measurement_trend"');
    await queryRunner.query('DROP INDEX "public"."ix_measurement_assessment"');
    await queryRunner.query('DROP INDEX "public"."ux_measurement_current"');
    await queryRunner.query('DROP TABLE "measurement"');
    await queryRunner.query('DROP INDEX "public"."ix_assessment_clinic_episode_date"');
    await queryRunner.query('DROP TABLE "assessment"');
  }
}
