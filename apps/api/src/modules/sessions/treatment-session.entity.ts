import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { EpisodeEntity } from '../episodes/episode.entity.js';
import { UserEntity } from '../users/user.entity.js';

/** What was done in one exercise of a visit, with the exercise's name as it was then. */
export interface SessionExerciseRecord {
  programmeItemId: string | null;
  exerciseId: string;
  exerciseName: string;
  sets: number | null;
  reps: number | null;
  holdSeconds: number | null;
  loadKg: number | null;
  notes: string | null;
}

/** A treatment visit: date, exercises done with their actual dosage, pain and effort. */
@Entity({ name: 'treatment_session' })
@Index('ix_treatment_session_clinic_episode_date', ['clinicId', 'episodeId', 'performedOn'])
@Check('ck_treatment_session_pain', `pain IS NULL OR pain BETWEEN 0 AND 10`)
@Check('ck_treatment_session_rpe', `rpe IS NULL OR rpe BETWEEN 0 AND 10`)
@Check('ck_treatment_session_performed_on', `performed_on >= DATE '1900-01-01'`)
@Check('ck_treatment_session_exercises', `jsonb_typeof(exercises) = 'array'`)
export class TreatmentSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'clinic_id', type: 'uuid' })
  clinicId!: string;

  @Column({ name: 'episode_id', type: 'uuid' })
  episodeId!: string;

  @ManyToOne(() => EpisodeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'episode_id', referencedColumnName: 'id', foreignKeyConstraintName: 'fk_treatment_session_episode' },
    { name: 'clinic_id', referencedColumnName: 'clinicId' },
  ])
  episode?: Relation<EpisodeEntity>;

  @Column({ name: 'performed_on', type: 'date' })
  performedOn!: string;

  @Column({ type: 'smallint', nullable: true })
  pain!: number | null;

  @Column({ type: 'smallint', nullable: true })
  rpe!: number | null;

  @Column({ type: 'varchar', length: 4000, nullable: true })
  notes!: string | null;

  @Column({ type: 'jsonb' })
  exercises!: SessionExerciseRecord[];

  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedBy!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'recorded_by', referencedColumnName: 'id', foreignKeyConstraintName: 'fk_treatment_session_user' },
    { name: 'clinic_id', referencedColumnName: 'clinicId' },
  ])
  recorder?: Relation<UserEntity>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'integer', default: 1 })
  version!: number;
}
