import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import {
  CONCOMITANT_INJURIES,
  EPISODE_CONDITIONS,
  EPISODE_STATUSES,
  GRAFT_TYPES,
  INVOLVED_SIDES,
  type ConcomitantInjury,
  type EpisodeCondition,
  type EpisodeStatus,
  type GraftType,
  type InvolvedSide,
} from '@proprio/contracts';
import { PatientEntity } from '../patients/patient.entity.js';
import { sqlList } from '../../database/sql.js';

/** An episode of care: one injury of one knee, from the first visit to discharge. */
@Entity({ name: 'episode' })
@Unique('uq_episode_id_clinic', ['id', 'clinicId'])
@Index('ix_episode_clinic_patient', ['clinicId', 'patientId'])
@Check('ck_episode_condition', `condition IN (${sqlList(EPISODE_CONDITIONS)})`)
@Check('ck_episode_involved_side', `involved_side IN (${sqlList(INVOLVED_SIDES)})`)
@Check('ck_episode_graft_type', `graft_type IS NULL OR graft_type IN (${sqlList(GRAFT_TYPES)})`)
@Check('ck_episode_status', `status IN (${sqlList(EPISODE_STATUSES)})`)
@Check('ck_episode_concomitant_injuries', `concomitant_injuries <@ ARRAY[${sqlList(CONCOMITANT_INJURIES)}]::varchar[]`)
@Check('ck_episode_tegner', `pre_injury_tegner IS NULL OR pre_injury_tegner BETWEEN 0 AND 10`)
@Check('ck_episode_dates', `surgery_date IS NULL OR surgery_date >= injury_date`)
@Check('ck_episode_injury_date', `injury_date >= DATE '1900-01-01'`)
export class EpisodeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'clinic_id', type: 'uuid' })
  clinicId!: string;

  @Column({ name: 'patient_id', type: 'uuid' })
  patientId!: string;

  /** The composite key makes it impossible for an episode to point at another clinic's patient. */
  @ManyToOne(() => PatientEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'patient_id', referencedColumnName: 'id', foreignKeyConstraintName: 'fk_episode_patient' },
    { name: 'clinic_id', referencedColumnName: 'clinicId' },
  ])
  patient?: Relation<PatientEntity>;

  @Column({ type: 'varchar', length: 40 })
  condition!: EpisodeCondition;

  @Column({ name: 'involved_side', type: 'varchar', length: 5 })
  involvedSide!: InvolvedSide;

  @Column({ name: 'injury_date', type: 'date' })
  injuryDate!: string;

  @Column({ name: 'surgery_date', type: 'date', nullable: true })
  surgeryDate!: string | null;

  @Column({ name: 'graft_type', type: 'varchar', length: 40, nullable: true })
  graftType!: GraftType | null;

  @Column({ name: 'concomitant_injuries', type: 'varchar', length: 40, array: true, default: () => "'{}'" })
  concomitantInjuries!: ConcomitantInjury[];

  @Column({ type: 'varchar', length: 100, nullable: true })
  sport!: string | null;

  @Column({ name: 'pre_injury_tegner', type: 'smallint', nullable: true })
  preInjuryTegner!: number | null;

  @Column({ type: 'varchar', length: 20, default: 'active' })
  status!: EpisodeStatus;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'integer', default: 1 })
  version!: number;
}
