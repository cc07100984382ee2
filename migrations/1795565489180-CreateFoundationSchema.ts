import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateFoundationSchema1795565489180 implements MigrationInterface {
  name = 'CreateFoundationSchema1795565489180';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "clinic" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "progress_note_visit_interval" smallint NOT NULL DEFAULT \'10\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8e97c18debc9c7f7606e311d763" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "clinic_id" uuid NOT NULL, "email" character varying(254) NOT NULL, "display_name" character varying(120) NOT NULL, "role" character varying(20) NOT NULL, "password_hash" character varying(255) NOT NULL, "disabled_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', CONSTRAINT "uq_app_user_id_clinic" UNIQUE ("id", "clinic_id"), CONSTRAINT "uq_app_user_email" UNIQUE ("email"), CONSTRAINT "ck_app_user_email_lower" CHECK (email = lower(email)), CONSTRAINT "ck_app_user_role" CHECK (role IN (\'admin\', \'therapist\', \'assistant\')), CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_app_user_clinic" ON "app_user"  ("clinic_id", "display_name") ');
    await queryRunner.query(
      'CREATE TABLE "refresh_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "family_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "replaced_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_f0812282fad2e352cdaf83ef0a9" UNIQUE ("token_hash"), CONSTRAINT "PK_b575dd3c21fb0831013c909e7fe" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_refresh_token_user" ON "refresh_token"  ("user_id") ');
    await queryRunner.query('CREATE INDEX "ix_refresh_token_family" ON "refresh_token"  ("family_id") ');
    await queryRunner.query(
      'CREATE TABLE "patient" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "clinic_id" uuid NOT NULL, "record_number" character varying(40) NOT NULL, "given_name" character varying(100) NOT NULL, "family_name" character varying(100) NOT NULL, "date_of_birth" date NOT NULL, "sex" character varying(10) NOT NULL, "email" character varying(254), "phone" character varying(40), "archived_at" TIMESTAMP WITH TIME ZONE, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', CONSTRAINT "uq_patient_id_clinic" UNIQUE ("id", "clinic_id"), CONSTRAINT "uq_patient_record_number" UNIQUE ("clinic_id", "record_number"), CONSTRAINT "ck_patient_record_number" CHECK (length(btrim(record_number)) > 0), CONSTRAINT "ck_patient_names" CHECK (length(btrim(given_name)) > 0 AND length(btrim(family_name)) > 0), CONSTRAINT "ck_patient_date_of_birth" CHECK (date_of_birth >= DATE \'1900-01-01\'), CONSTRAINT "ck_patient_sex" CHECK (sex IN (\'female\', \'male\', \'other\', \'unknown\')), CONSTRAINT "PK_8dfa510bb29ad31ab2139fbfb99" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_patient_clinic_family_name" ON "patient"  ("clinic_id", "family_name", "given_name") ',
    );
    await queryRunner.query(
      'CREATE TABLE "episode" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "clinic_id" uuid NOT NULL, "patient_id" uuid NOT NULL, "condition" character varying(40) NOT NULL, "involved_side" character varying(5) NOT NULL, "injury_date" date NOT NULL, "surgery_date" date, "graft_type" character varying(40), "concomitant_injuries" character varying(40) array NOT NULL DEFAULT \'{}\', "sport" character varying(100), "pre_injury_tegner" smallint, "status" character varying(20) NOT NULL DEFAULT \'active\', "archived_at" TIMESTAMP WITH TIME ZONE, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', CONSTRAINT "ck_episode_injury_date" CHECK (injury_date >= DATE \'1900-01-01\'), CONSTRAINT "ck_episode_dates" CHECK (surgery_date IS NULL OR surgery_date >= injury_date), CONSTRAINT "ck_episode_tegner" CHECK (pre_injury_tegner IS NULL OR pre_injury_tegner BETWEEN 0 AND 10), CONSTRAINT "ck_episode_concomitant_injuries" CHECK (concomitant_injuries <@ ARRAY[\'medial_meniscus_tear\', \'lateral_meniscus_tear\', \'meniscal_repair\', \'partial_meniscectomy\', \'mcl_injury\', \'lcl_injury\', \'pcl_injury\', \'posterolateral_corner_injury\', \'cartilage_lesion\', \'bone_bruise\']::varchar[]), CONSTRAINT "ck_episode_status" CHECK (status IN (\'active\', \'on_hold\', \'discharged\')), CONSTRAINT "ck_episode_graft_type" CHECK (graft_type IS NULL OR graft_type IN (\'hamstring_autograft\', \'bone_patellar_tendon_bone_autograft\', \'quadriceps_tendon_autograft\', \'allograft\', \'other\')), CONSTRAINT "ck_episode_involved_side" CHECK (involved_side IN (\'left\', \'right\')), CONSTRAINT "ck_episode_condition" CHECK (condition IN (\'acl_reconstruction\', \'acl_nonoperative\', \'acl_revision\')), CONSTRAINT "PK_7258b95d6d2bf7f621845a0e143" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_episode_clinic_patient" ON "episode"  ("clinic_id", "patient_id") ');
    await queryRunner.query(
      'ALTER TABLE "app_user" ADD CONSTRAINT "fk_app_user_clinic" FOREIGN KEY ("clinic_id") REFERENCES "clinic"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "refresh_token" ADD CONSTRAINT "fk_refresh_token_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "patient" ADD CONSTRAINT "fk_patient_clinic" FOREIGN KEY ("clinic_id") REFERENCES "clinic"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "episode" ADD CONSTRAINT "fk_episode_patient" FOREIGN KEY ("patient_id", "clinic_id") REFERENCES "patient"("id","clinic_id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "episode" DROP CONSTRAINT "fk_episode_patient"');
    await queryRunner.query('ALTER TABLE "patient" DROP CONSTRAINT "fk_patient_clinic"');
    await queryRunner.query('ALTER TABLE "refresh_token" DROP CONSTRAINT "fk_refresh_token_user"');
    await queryRunner.query('ALTER TABLE "app_user" DROP CONSTRAINT "fk_app_user_clinic"');
    await queryRunner.query('DROP INDEX "public"."ix_episode_clinic_patient"');
    await queryRunner.query('DROP TABLE "episode"');
    await queryRunner.query('DROP INDEX "public"."ix_patient_clinic_family_name"');
    await queryRunner.query('DROP TABLE "patient"');
    await queryRunner.query('DROP INDEX "public"."ix_refresh_token_family"');
    await queryRunner.query('DROP INDEX "public"."ix_refresh_token_user"');
    await queryRunner.query('DROP TABLE "refresh_token"');
    await queryRunner.query('DROP INDEX "public"."ix_app_user_clinic"');
    await queryRunner.query('DROP TABLE "app_user"');
    await queryRunner.query('DROP TABLE "clinic"');
  }
}
