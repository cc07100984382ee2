import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddNotesAndClinicSettings1795576210458 implements MigrationInterface {
  name = 'AddNotesAndClinicSettings1795576210458';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "note" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "clinic_id" uuid NOT NULL, "episode_id" uuid NOT NULL, "type" character varying(30) NOT NULL, "status" character varying(10) NOT NULL DEFAULT \'draft\', "period_start" date NOT NULL, "period_end" date NOT NULL, "subjective" character varying(20000) NOT NULL DEFAULT \'\', "objective" character varying(20000) NOT NULL DEFAULT \'\', "assessment" character varying(20000) NOT NULL DEFAULT \'\', "plan" character varying(20000) NOT NULL DEFAULT \'\', "author_id" uuid NOT NULL, "signed_by" uuid, "signed_at" TIMESTAMP WITH TIME ZONE, "signer_name" character varying(120), "signer_title" character varying(60), "content_hash" character(64), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', CONSTRAINT "uq_note_id_clinic" UNIQUE ("id", "clinic_id"), CONSTRAINT "ck_note_signature" CHECK ((status = \'draft\' AND signed_at IS NULL AND signed_by IS NULL AND signer_name IS NULL AND content_hash IS NULL) OR (status = \'signed\' AND signed_at IS NOT NULL AND signed_by IS NOT NULL AND signer_name IS NOT NULL AND content_hash IS NOT NULL)), CONSTRAINT "ck_note_period" CHECK (period_start <= period_end AND period_start >= DATE \'1900-01-01\'), CONSTRAINT "ck_note_status" CHECK (status IN (\'draft\', \'signed\')), CONSTRAINT "ck_note_type" CHECK (type IN (\'initial_evaluation\', \'daily\', \'progress\', \'discharge\')), CONSTRAINT "PK_96d0c172a4fba276b1bbed43058" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_note_clinic_episode_period" ON "note"  ("clinic_id", "episode_id", "period_end") ',
    );
    await queryRunner.query(
      'CREATE TABLE "note_addendum" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "clinic_id" uuid NOT NULL, "note_id" uuid NOT NULL, "body" character varying(20000) NOT NULL, "signed_by" uuid NOT NULL, "signer_name" character varying(120) NOT NULL, "signer_title" character varying(60), "signed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_note_addendum_body" CHECK (length(btrim(body)) > 0), CONSTRAINT "PK_e855f5b856f7b95a8e963f5cd8d" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_note_addendum_note" ON "note_addendum"  ("clinic_id", "note_id", "signed_at") ',
    );
    await queryRunner.query('ALTER TABLE "clinic" ADD "progress_note_day_limit" smallint');
    await queryRunner.query('ALTER TABLE "clinic" ADD "version" integer NOT NULL DEFAULT \'1\'');
    await queryRunner.query('ALTER TABLE "app_user" ADD "professional_title" character varying(60)');
    await queryRunner.query(
      'ALTER TABLE "clinic" ADD CONSTRAINT "ck_clinic_progress_note_day_limit" CHECK (progress_note_day_limit IS NULL OR progress_note_day_limit BETWEEN 1 AND 365)',
    );
    await queryRunner.query(
      'ALTER TABLE "clinic" ADD CONSTRAINT "ck_clinic_progress_note_visit_interval" CHECK (progress_note_visit_interval BETWEEN 1 AND 60)',
    );
    await queryRunner.query(
      'ALTER TABLE "note" ADD CONSTRAINT "fk_note_episode" FOREIGN KEY ("episode_id", "clinic_id") REFERENCES "episode"("id","clinic_id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "note" ADD CONSTRAINT "fk_note_author" FOREIGN KEY ("author_id", "clinic_id") REFERENCES "app_user"("id","clinic_id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "note" ADD CONSTRAINT "fk_note_signer" FOREIGN KEY ("signed_by", "clinic_id") REFERENCES "app_user"("id","clinic_id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "note_addendum" ADD CONSTRAINT "fk_note_addendum_note" FOREIGN KEY ("note_id", "clinic_id") REFERENCES "note"("id","clinic_id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "note_addendum" ADD CONSTRAINT "fk_note_addendum_signer" FOREIGN KEY ("signed_by", "clinic_id") REFERENCES "app_user"("id","clinic_id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "note_addendum" DROP CONSTRAINT "fk_note_addendum_signer"');
    await queryRunner.query('ALTER TABLE "note_addendum" DROP CONSTRAINT "fk_note_addendum_note"');
    await queryRunner.query('ALTER TABLE "note" DROP CONSTRAINT "fk_note_signer"');
    await queryRunner.query('ALTER TABLE "note" DROP CONSTRAINT "fk_note_author"');
    await queryRunner.query('ALTER TABLE "note" DROP CONSTRAINT "fk_note_episode"');
    await queryRunner.query('ALTER TABLE "clinic" DROP CONSTRAINT "ck_clinic_progress_note_visit_interval"');
    await queryRunner.query('ALTER TABLE "clinic" DROP CONSTRAINT "ck_clinic_progress_note_day_limit"');
    await queryRunner.query('ALTER TABLE "app_user" DROP COLUMN "professional_title"');
    await queryRunner.query('ALTER TABLE "clinic" DROP COLUMN "version"');
    await queryRunner.query('ALTER TABLE "clinic" DROP COLUMN "progress_note_day_limit"');
    await queryRunner.query('DROP INDEX "public"."ix_note_addendum_note"');
    await queryRunner.query('DROP TABLE "note_addendum"');
    await queryRunner.query('DROP INDEX "public"."ix_note_clinic_episode_period"');
    await queryRunner.query('DROP TABLE "note"');
  }
}
