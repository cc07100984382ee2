import type { PrescribedExercise } from '@proprio/clinical';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  type Relation,
} from 'typeorm';
import { UserEntity } from '../users/user.entity.js';
import { ProgrammeEntity } from './programme.entity.js';

export const REVISION_KINDS = ['assigned', 'edited', 'phase_advanced'] as const;
export type RevisionKind = (typeof REVISION_KINDS)[number];

/**
 * A snapshot of the prescription after each change: who, when, why. Append-only (trigger
 * `protect_append_only`); the history's diffs are computed between consecutive revisions.
 */
@Entity({ name: 'programme_revision' })
@Unique('uq_programme_revision_number', ['programmeId', 'number'])
@Check('ck_programme_revision_kind', `kind IN ('assigned', 'edited', 'phase_advanced')`)
@Check('ck_programme_revision_items', `jsonb_typeof(items) = 'array'`)
export class ProgrammeRevisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'clinic_id', type: 'uuid' })
  clinicId!: string;

  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId!: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'programme_id', referencedColumnName: 'id', foreignKeyConstraintName: 'fk_programme_revision_programme' },
    { name: 'clinic_id', referencedColumnName: 'clinicId' },
  ])
  programme?: Relation<ProgrammeEntity>;

  @Column({ type: 'integer' })
  number!: number;

  @Column({ type: 'varchar', length: 20 })
  kind!: RevisionKind;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  reason!: string | null;

  @Column({ name: 'phase_key', type: 'varchar', length: 40 })
  phaseKey!: string;

  @Column({ type: 'jsonb' })
  items!: PrescribedExercise[];

  @Column({ name: 'changed_by', type: 'uuid' })
  changedBy!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'changed_by', referencedColumnName: 'id', foreignKeyConstraintName: 'fk_programme_revision_user' },
    { name: 'clinic_id', referencedColumnName: 'clinicId' },
  ])
  changer?: Relation<UserEntity>;

  @CreateDateColumn({ name: 'changed_at', type: 'timestamptz' })
  changedAt!: Date;
}
