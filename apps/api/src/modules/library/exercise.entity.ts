import {
  EQUIPMENT,
  PROGRESSION_VARIABLES,
  SKILLS,
  STANDARD_PHASES,
  type Dosage,
  type Equipment,
  type Evidence,
  type ProgressionVariable,
  type Skill,
  type StandardPhase,
} from '@proprio/clinical';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import { sqlList } from '../../database/sql.js';
import { ClinicEntity } from '../clinics/clinic.entity.js';

/**
 * An exercise of the library. Seeded exercises (REFERENCE §5) have no clinic and are read-only to
 * every clinic; a clinic's own exercises belong to it alone.
 */
@Entity({ name: 'exercise' })
@Index('ix_exercise_clinic_name', ['clinicId', 'name'])
@Check('ck_exercise_skills', `skills <@ ARRAY[${sqlList(SKILLS)}]::varchar[] AND cardinality(skills) > 0`)
@Check('ck_exercise_equipment', `equipment <@ ARRAY[${sqlList(EQUIPMENT)}]::varchar[]`)
@Check('ck_exercise_phases', `phases <@ ARRAY[${sqlList(STANDARD_PHASES)}]::varchar[] AND cardinality(phases) > 0`)
@Check(
  'ck_exercise_progression_variables',
  `progression_variables <@ ARRAY[${sqlList(Object.keys(PROGRESSION_VARIABLES))}]::varchar[]`,
)
@Check('ck_exercise_dosage_evidence', `dosage_evidence IS NULL OR dosage_evidence IN ('V', 'S', 'U')`)
@Check('ck_exercise_seeded_catalogue', `(clinic_id IS NULL) = (catalogue_number IS NOT NULL)`)
export class ExerciseEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Null for a seeded exercise. */
  @Column({ name: 'clinic_id', type: 'uuid', nullable: true })
  clinicId!: string | null;

  @ManyToOne(() => ClinicEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'clinic_id', foreignKeyConstraintName: 'fk_exercise_clinic' })
  clinic?: Relation<ClinicEntity>;

  @Column({ name: 'catalogue_number', type: 'smallint', nullable: true })
  catalogueNumber!: number | null;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  description!: string | null;

  @Column({ type: 'varchar', length: 20, array: true })
  skills!: Skill[];

  @Column({ type: 'varchar', length: 30, array: true })
  equipment!: Equipment[];

  @Column({ type: 'varchar', length: 10, array: true })
  phases!: StandardPhase[];

  @Column({ name: 'default_dosage', type: 'jsonb' })
  defaultDosage!: Dosage;

  @Column({ name: 'dosage_source', type: 'varchar', length: 120, nullable: true })
  dosageSource!: string | null;

  @Column({ name: 'dosage_evidence', type: 'varchar', length: 1, nullable: true })
  dosageEvidence!: Evidence | null;

  @Column({ name: 'progression_variables', type: 'varchar', length: 20, array: true })
  progressionVariables!: ProgressionVariable[];

  @Column({ name: 'progression_notes', type: 'varchar', length: 500, nullable: true })
  progressionNotes!: string | null;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;

  /** Null for a seeded exercise. */
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'integer', default: 1 })
  version!: number;
}
