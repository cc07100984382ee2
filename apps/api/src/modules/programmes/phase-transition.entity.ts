import type { CriteriaEvaluation } from '@proprio/clinical';
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
import { UserEntity } from '../users/user.entity.js';
import { ProgrammeEntity } from './programme.entity.js';

/**
 * A phase change: who, when, the criteria evaluation as it stood, and the reason when the therapist
 * overrode unmet criteria. Append-only (trigger `protect_append_only`); the database also refuses an
 * advance with unmet criteria and no reason.
 */
@Entity({ name: 'phase_transition' })
@Index('ix_phase_transition_programme', ['clinicId', 'programmeId', 'transitionedAt'])
@Check(
  'ck_phase_transition_override',
  `all_met OR (override_reason IS NOT NULL AND length(btrim(override_reason)) > 0)`,
)
export class PhaseTransitionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'clinic_id', type: 'uuid' })
  clinicId!: string;

  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId!: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'programme_id', referencedColumnName: 'id', foreignKeyConstraintName: 'fk_phase_transition_programme' },
    { name: 'clinic_id', referencedColumnName: 'clinicId' },
  ])
  programme?: Relation<ProgrammeEntity>;

  @Column({ name: 'from_phase_key', type: 'varchar', length: 40 })
  fromPhaseKey!: string;

  @Column({ name: 'to_phase_key', type: 'varchar', length: 40 })
  toPhaseKey!: string;

  @Column({ name: 'all_met', type: 'boolean' })
  allMet!: boolean;

  @Column({ name: 'override_reason', type: 'varchar', length: 2000, nullable: true })
  overrideReason!: string | null;

  /** The evaluation at the moment of the advance, kept as it was. */
  @Column({ type: 'jsonb' })
  criteria!: CriteriaEvaluation;

  @Column({ name: 'transitioned_by', type: 'uuid' })
  transitionedBy!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'transitioned_by', referencedColumnName: 'id', foreignKeyConstraintName: 'fk_phase_transition_user' },
    { name: 'clinic_id', referencedColumnName: 'clinicId' },
  ])
  user?: Relation<UserEntity>;

  @CreateDateColumn({ name: 'transitioned_at', type: 'timestamptz' })
  transitionedAt!: Date;
}
