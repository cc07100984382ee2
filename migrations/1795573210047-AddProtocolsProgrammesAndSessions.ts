import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddProtocolsProgrammesAndSessions1795573210047 implements MigrationInterface {
  name = 'AddProtocolsProgrammesAndSessions1795573210047';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TABLE \"exercise\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"clinic_id\" uuid, \"catalogue_number\" smallint, \"name\" character varying(120) NOT NULL, \"description\" character varying(1000), \"skills\" character varying(20) array NOT NULL, \"equipment\" character varying(30) array NOT NULL, \"phases\" character varying(10) array NOT NULL, \"default_dosage\" jsonb NOT NULL, \"dosage_source\" character varying(120), \"dosage_evidence\" character varying(1), \"progression_variables\" character varying(20) array NOT NULL, \"progression_notes\" character varying(500), \"archived_at\" TIMESTAMP WITH TIME ZONE, \"created_by\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL DEFAULT '1', CONSTRAINT \"ck_exercise_seeded_catalogue\" CHECK ((clinic_id IS NULL) = (catalogue_number IS NOT NULL)), CONSTRAINT \"ck_exercise_dosage_evidence\" CHECK (dosage_evidence IS NULL OR dosage_evidence IN ('V', 'S', 'U')), CONSTRAINT \"ck_exercise_progression_variables\" CHECK (progression_variables <@ ARRAY['surface', 'vision', 'base', 'perturbation', 'dual_task', 'plane', 'anticipation', 'speed', 'load', 'fatigue_state', 'landing']::varchar[]), CONSTRAINT \"ck_exercise_phases\" CHECK (phases <@ ARRAY['preop', 'p1', 'p2', 'p3', 'p4', 'p5']::varchar[] AND cardinality(phases) > 0), CONSTRAINT \"ck_exercise_equipment\" CHECK (equipment <@ ARRAY['mat', 'chair', 'ball', 'partner', 'balance_disc', 'foam_pad', 'box', 'step', 'resistance_band', 'cones', 'tape', 'y_balance_kit', 'reaction_lights', 'ankle_weight']::varchar[]), CONSTRAINT \"ck_exercise_skills\" CHECK (skills <@ ARRAY['agility', 'balance', 'coordination', 'reaction_time', 'speed', 'power']::varchar[] AND cardinality(skills) > 0), CONSTRAINT \"PK_a0f107e3a2ef2742c1e91d97c14\" PRIMARY KEY (\"id\"))",
    );
    await queryRunner.query('CREATE INDEX "ix_exercise_clinic_name" ON "exercise"  ("clinic_id", "name") ');
    await queryRunner.query(
      'CREATE TABLE "protocol" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "clinic_id" uuid, "seed_key" character varying(60), "title" character varying(120) NOT NULL, "description" character varying(2000), "cloned_from_version_id" uuid, "archived_at" TIMESTAMP WITH TIME ZONE, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', CONSTRAINT "PK_bae34901abddccbddda15ea000c" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "ux_protocol_seed_key" ON "protocol"  ("seed_key") WHERE seed_key IS NOT NULL',
    );
    await queryRunner.query('CREATE INDEX "ix_protocol_clinic_title" ON "protocol"  ("clinic_id", "title") ');
    await queryRunner.query(
      'CREATE TABLE "protocol_version" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "protocol_id" uuid NOT NULL, "number" integer NOT NULL, "definition" jsonb NOT NULL, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', CONSTRAINT "uq_protocol_version_number" UNIQUE ("protocol_id", "number"), CONSTRAINT "ck_protocol_version_number" CHECK (number >= 1), CONSTRAINT "PK_dfbd8c67b97ba95a58ecc403d6b" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "programme" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "clinic_id" uuid NOT NULL, "episode_id" uuid NOT NULL, "protocol_version_id" uuid NOT NULL, "therapist_id" uuid NOT NULL, "current_phase_key" character varying(40) NOT NULL, "phase_started_on" date NOT NULL, "rts_set_key" character varying(40) NOT NULL, "equipment" character varying(30) array NOT NULL, "items" jsonb NOT NULL, "revision" integer NOT NULL DEFAULT \'1\', "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', CONSTRAINT "uq_programme_episode" UNIQUE ("episode_id"), CONSTRAINT "uq_programme_id_clinic" UNIQUE ("id", "clinic_id"), CONSTRAINT "ck_programme_revision" CHECK (revision >= 1), CONSTRAINT "ck_programme_items" CHECK (jsonb_typeof(items) = \'array\'), CONSTRAINT "ck_programme_equipment" CHECK (equipment <@ ARRAY[\'mat\', \'chair\', \'ball\', \'partner\', \'balance_disc\', \'foam_pad\', \'box\', \'step\', \'resistance_band\', \'cones\', \'tape\', \'y_balance_kit\', \'reaction_lights\', \'ankle_weight\']::varchar[]), CONSTRAINT "PK_76ff6b30b74f213944d1ac0a660" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_programme_clinic_therapist" ON "programme"  ("clinic_id", "therapist_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "phase_transition" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "clinic_id" uuid NOT NULL, "programme_id" uuid NOT NULL, "from_phase_key" character varying(40) NOT NULL, "to_phase_key" character varying(40) NOT NULL, "all_met" boolean NOT NULL, "override_reason" character varying(2000), "criteria" jsonb NOT NULL, "transitioned_by" uuid NOT NULL, "transitioned_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_phase_transition_override" CHECK (all_met OR (override_reason IS NOT NULL AND length(btrim(override_reason)) > 0)), CONSTRAINT "PK_1c4f1a13778deba428cebb0e4d0" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_phase_transition_programme" ON "phase_transition"  ("clinic_id", "programme_id", "transitioned_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "programme_revision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "clinic_id" uuid NOT NULL, "programme_id" uuid NOT NULL, "number" integer NOT NULL, "kind" character varying(20) NOT NULL, "reason" character varying(1000), "phase_key" character varying(40) NOT NULL, "items" jsonb NOT NULL, "changed_by" uuid NOT NULL, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_programme_revision_number" UNIQUE ("programme_id", "number"), CONSTRAINT "ck_programme_revision_items" CHECK (jsonb_typeof(items) = \'array\'), CONSTRAINT "ck_programme_revision_kind" CHECK (kind IN (\'assigned\', \'edited\', \'phase_advanced\')), CONSTRAINT "PK_8b5a1a398d6fcbeadca38f27007" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "treatment_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "clinic_id" uuid NOT NULL, "episode_id" uuid NOT NULL, "performed_on" date NOT NULL, "pain" smallint, "rpe" smallint, "notes" character varying(4000), "exercises" jsonb NOT NULL, "recorded_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', CONSTRAINT "ck_treatment_session_exercises" CHECK (jsonb_typeof(exercises) = \'array\'), CONSTRAINT "ck_treatment_session_performed_on" CHECK (performed_on >= DATE \'1900-01-01\'), CONSTRAINT "ck_treatment_session_rpe" CHECK (rpe IS NULL OR rpe BETWEEN 0 AND 10), CONSTRAINT "ck_treatment_session_pain" CHECK (pain IS NULL OR pain BETWEEN 0 AND 10), CONSTRAINT "PK_12bd4f416fac3b475ca6e44a87b" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_treatment_session_clinic_episode_date" ON "treatment_session"  ("clinic_id", "episode_id", "performed_on") ',
    );
    await queryRunner.query(
      'ALTER TABLE "exercise" ADD CONSTRAINT "fk_exercise_clinic" FOREIGN KEY ("clinic_id") REFERENCES "clinic"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "protocol" ADD CONSTRAINT "fk_protocol_clinic" FOREIGN KEY ("clinic_id") REFERENCES "clinic"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "protocol_version" ADD CONSTRAINT "fk_protocol_version_protocol" FOREIGN KEY ("protocol_id") REFERENCES "protocol"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "programme" ADD CONSTRAINT "fk_programme_episode" FOREIGN KEY ("episode_id", "clinic_id") REFERENCES "episode"("id","clinic_id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "programme" ADD CONSTRAINT "fk_programme_protocol_version" FOREIGN KEY ("protocol_version_id") REFERENCES "protocol_version"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "programme" ADD CONSTRAINT "fk_programme_therapist" FOREIGN KEY ("therapist_id", "clinic_id") REFERENCES "app_user"("id","clinic_id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "phase_transition" ADD CONSTRAINT "fk_phase_transition_programme" FOREIGN KEY ("programme_id", "clinic_id") REFERENCES "programme"("id","clinic_id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "phase_transition" ADD CONSTRAINT "fk_phase_transition_user" FOREIGN KEY ("transitioned_by", "clinic_id") REFERENCES "app_user"("id","clinic_id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "programme_revision" ADD CONSTRAINT "fk_programme_revision_programme" FOREIGN KEY ("programme_id", "clinic_id") REFERENCES "programme"("id","clinic_id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "programme_revision" ADD CONSTRAINT "fk_programme_revision_user" FOREIGN KEY ("changed_by", "clinic_id") REFERENCES "app_user"("id","clinic_id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "treatment_session" ADD CONSTRAINT "fk_treatment_session_episode" FOREIGN KEY ("episode_id", "clinic_id") REFERENCES "episode"("id","clinic_id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "treatment_session" ADD CONSTRAINT "fk_treatment_session_user" FOREIGN KEY ("recorded_by", "clinic_id") REFERENCES "app_user"("id","clinic_id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "treatment_session" DROP CONSTRAINT "fk_treatment_session_user"');
    await queryRunner.query('ALTER TABLE "treatment_session" DROP CONSTRAINT "fk_treatment_session_episode"');
    await queryRunner.query('ALTER TABLE "programme_revision" DROP CONSTRAINT "fk_programme_revision_user"');
    await queryRunner.query('ALTER TABLE "programme_revision" DROP CONSTRAINT "fk_programme_revision_programme"');
    await queryRunner.query('ALTER TABLE "phase_transition" DROP CONSTRAINT "fk_phase_transition_user"');
    await queryRunner.query('ALTER TABLE "phase_transition" DROP CONSTRAINT "fk_phase_transition_programme"');
    await queryRunner.query('ALTER TABLE "programme" DROP CONSTRAINT "fk_programme_therapist"');
    await queryRunner.query('ALTER TABLE "programme" DROP CONSTRAINT "fk_programme_protocol_version"');
    await queryRunner.query('ALTER TABLE "programme" DROP CONSTRAINT "fk_programme_episode"');
    await queryRunner.query('ALTER TABLE "protocol_version" DROP CONSTRAINT "fk_protocol_version_protocol"');
    await queryRunner.query('ALTER TABLE "protocol" DROP CONSTRAINT "fk_protocol_clinic"');
    await queryRunner.query('ALTER TABLE "exercise" DROP CONSTRAINT "fk_exercise_clinic"');
    await queryRunner.query('DROP INDEX "public"."ix_treatment_session_clinic_episode_date"');
    await queryRunner.query('DROP TABLE "treatment_session"');
    await queryRunner.query('DROP TABLE "programme_revision"');
    await queryRunner.query('DROP INDEX "public"."ix_phase_transition_programme"');
    await queryRunner.query('DROP TABLE "phase_transition"');
    await queryRunner.query('DROP INDEX "public"."ix_programme_clinic_therapist"');
    await queryRunner.query('DROP TABLE "programme"');
    await queryRunner.query('DROP TABLE "protocol_version"');
    await queryRunner.query('DROP INDEX "public"."ix_protocol_clinic_title"');
    await queryRunner.query('DROP INDEX "public"."ux_protocol_seed_key"');
    await queryRunner.query('DROP TABLE "protocol"');
    await queryRunner.query('DROP INDEX "public"."ix_exercise_clinic_name"');
    await queryRunner.query('DROP TABLE "exercise"');
  }
}
