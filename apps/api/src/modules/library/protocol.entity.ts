import {
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
import { ClinicEntity } from '../clinics/clinic.entity.js';

/**
 * A protocol: a title and a list of immutable-once-used versions (ProtocolVersionEntity). Seeded
 * protocols have no clinic and a stable key; a clinic's own protocols (new or cloned) belong to it.
 */
@Entity({ name: 'protocol' })
@Index('ix_protocol_clinic_title', ['clinicId', 'title'])
@Index('ux_protocol_seed_key', ['seedKey'], { unique: true, where: 'seed_key IS NOT NULL' })
export class ProtocolEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Null for a seeded protocol. */
  @Column({ name: 'clinic_id', type: 'uuid', nullable: true })
  clinicId!: string | null;

  @ManyToOne(() => ClinicEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'clinic_id', foreignKeyConstraintName: 'fk_protocol_clinic' })
  clinic?: Relation<ClinicEntity>;

  /** The stable key of a seeded protocol (e.g. post-aclr-criteria-v1); null for a clinic's own. */
  @Column({ name: 'seed_key', type: 'varchar', length: 60, nullable: true })
  seedKey!: string | null;

  @Column({ type: 'varchar', length: 120 })
  title!: string;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  description!: string | null;

  @Column({ name: 'cloned_from_version_id', type: 'uuid', nullable: true })
  clonedFromVersionId!: string | null;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'integer', default: 1 })
  version!: number;
}
