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
import { EpisodeEntity } from '../episodes/episode.entity.js';
import { UserEntity } from '../users/user.entity.js';

/** A test session of an episode: the date, the tester, and the measurements taken. */
@Entity({ name: 'assessment' })
@Unique('uq_assessment_id_clinic', ['id', 'clinicId'])
@Index('ix_assessment_clinic_episode_date', ['clinicId', 'episodeId', 'performedOn'])
@Check('ck_assessment_performed_on', `performed_on >= DATE '1900-01-01'`)
@Check('ck_assessment_body_mass', `body_mass_kg IS NULL OR body_mass_kg BETWEEN 10 AND 400`)
export class AssessmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'clinic_id', type: 'uuid' })
  clinicId!: string;

  @Column({ name: 'episode_id', type: 'uuid' })
  episodeId!: string;

  @ManyToOne(() => EpisodeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'episode_id', referencedColumnName: 'id', foreignKeyConstraintName: 'fk_assessment_episode' },
    { name: 'clinic_id', referencedColumnName: 'clinicId' },
  ])
  episode?: Relation<EpisodeEntity>;

  @Column({ name: 'performed_on', type: 'date' })
  performedOn!: string;

  /** A pre-operative baseline: the reference for EPIC. */
  @Column({ name: 'is_baseline', type: 'boolean', default: false })
  isBaseline!: boolean;

  @Column({ name: 'tester_id', type: 'uuid' })
  testerId!: string;

  /** The tester must be a user of the same clinic. */
  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'tester_id', referencedColumnName: 'id', foreignKeyConstraintName: 'fk_assessment_tester' },
    { name: 'clinic_id', referencedColumnName: 'clinicId' },
  ])
  tester?: Relation<UserEntity>;

  @Column({
    name: 'body_mass_kg',
    type: 'numeric',
    precision: 5,
    scale: 1,
    nullable: true,
    transformer: numericOrNull(),
  })
  bodyMassKg!: number | null;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  notes!: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'integer', default: 1 })
  version!: number;
}

/** NUMERIC arrives from pg as a string (exact decimal); expose it as a number. */
export function numericOrNull() {
  return {
    to: (value: number | null | undefined) => value,
    from: (value: string | null) => (value === null ? null : Number(value)),
  };
}
