import type { MigrationInterface, QueryRunner } from 'typeorm';

const BEFORE = [
  'hop_single',
  'hop_triple',
  'hop_crossover',
  'hop_timed_6m',
  'hop_side',
  'hop_vertical',
  'strength_quadriceps',
  'strength_hamstrings',
  'y_balance',
  'single_leg_stance',
  'running_t_test',
  'reaction_time',
  'knee_rom',
  'effusion',
  'quadriceps_lag',
];

/** The measures the post-ACL protocol's phase gates need (REFERENCE §2.5). */
const ADDED = [
  'prone_heel_height',
  'single_leg_squat',
  'endurance_single_leg_bridge',
  'endurance_calf_raise',
  'endurance_side_bridge',
  'endurance_single_leg_rise',
  'vestibular_balance',
  'leg_press_1rm',
  'mrss',
  'tsk11',
  'rehab_milestone',
];

const list = (types: string[]) => types.map((t) => `'${t}'`).join(', ');

/**
 * TypeORM compares CHECK constraints by name only, so a widened list of measure types needs this
 * hand-written migration (test/integration/migrations.spec.ts checks the constraint against
 * MEASURE_TYPES).
 */
export class AllowProtocolMeasureTypes1795573210049 implements MigrationInterface {
  name = 'AllowProtocolMeasureTypes1795573210049';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "measurement" DROP CONSTRAINT "ck_measurement_type"`);
    await queryRunner.query(
      `ALTER TABLE "measurement" ADD CONSTRAINT "ck_measurement_type" CHECK (type IN (${list([...BEFORE, ...ADDED])}))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "measurement" DROP CONSTRAINT "ck_measurement_type"`);
    await queryRunner.query(
      `ALTER TABLE "measurement" ADD CONSTRAINT "ck_measurement_type" CHECK (type IN (${list(BEFORE)}))`,
    );
  }
}
