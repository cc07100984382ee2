import { EQUIPMENT, type Equipment, type PrescribedExercise } from '@proprio/clinical';
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
import { sqlList } from '../../database/sql.js';
import { EpisodeEntity } from '../episodes/episode.entity.js';
import { ProtocolVersionEntity } from '../library/protocol-version.entity.js';
import { UserEntity } from '../users/user.entity.js';

/**
 * An episode's programme: the protocol version assigned, the current phase and the current
 * prescription. Every change of the prescription is also kept as a ProgrammeRevisionEntity, every
 * phase change as a PhaseTransitionEntity. One programme per episode.
 */
@Entity({ name: 'programme' })
@Unique('uq_programme_id_clinic', ['id', 'clinicId'])
@Unique('uq_programme_episode', ['episodeId'])
@Index('ix_programme_clinic_therapist', ['clinicId', 'therapistId'])
@Check('ck_programme_equipment', `equipment <@ ARRAY[${sqlList(EQUIPMENT)}]::varchar[]`)
@Check('ck_programme_items', `jsonb_typeof(items) = 'array'`)
@Check('ck_programme_revision', `revision >= 1`)
export class ProgrammeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'clinic_id', type: 'uuid' })
  clinicId!: string;

  @Column({ name: 'episode_id', type: 'uuid' })
  episodeId!: string;

  @ManyToOne(() => EpisodeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'episode_id', referencedColumnName: 'id', foreignKeyConstraintName: 'fk_programme_episode' },
    { name: 'clinic_id', referencedColumnName: 'clinicId' },
  ])
  episode?: Relation<EpisodeEntity>;

  /** A seeded version or one of the clinic's own (the service checks which; seeded rows have no clinic). */
  @Column({ name: 'protocol_version_id', type: 'uuid' })
  protocolVersionId!: string;

  @ManyToOne(() => ProtocolVersionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'protocol_version_id', foreignKeyConstraintName: 'fk_programme_protocol_version' })
  protocolVersion?: Relation<ProtocolVersionEntity>;

  /** The responsible therapist, a user of the same clinic. */
  @Column({ name: 'therapist_id', type: 'uuid' })
  therapistId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'therapist_id', referencedColumnName: 'id', foreignKeyConstraintName: 'fk_programme_therapist' },
    { name: 'clinic_id', referencedColumnName: 'clinicId' },
  ])
  therapist?: Relation<UserEntity>;

  @Column({ name: 'current_phase_key', type: 'varchar', length: 40 })
  currentPhaseKey!: string;

  @Column({ name: 'phase_started_on', type: 'date' })
  phaseStartedOn!: string;

  @Column({ name: 'rts_set_key', type: 'varchar', length: 40 })
  returnToSportSetKey!: string;

  @Column({ type: 'varchar', length: 30, array: true })
  equipment!: Equipment[];

  /** The current prescription (the latest revision's items). */
  @Column({ type: 'jsonb' })
  items!: PrescribedExercise[];

  @Column({ type: 'integer', default: 1 })
  revision!: number;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'integer', default: 1 })
  version!: number;
}
