import type { ProtocolDefinition } from '@proprio/clinical';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import { ProtocolEntity } from './protocol.entity.js';

/**
 * One version of a protocol's definition. Once a programme uses it, the database refuses any change
 * or deletion (trigger `protect_protocol_version_in_use`): editing makes a new version.
 */
@Entity({ name: 'protocol_version' })
@Unique('uq_protocol_version_number', ['protocolId', 'number'])
@Check('ck_protocol_version_number', `number >= 1`)
export class ProtocolVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'protocol_id', type: 'uuid' })
  protocolId!: string;

  @ManyToOne(() => ProtocolEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'protocol_id', foreignKeyConstraintName: 'fk_protocol_version_protocol' })
  protocol?: Relation<ProtocolEntity>;

  @Column({ type: 'integer' })
  number!: number;

  @Column({ type: 'jsonb' })
  definition!: ProtocolDefinition;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'integer', default: 1 })
  version!: number;
}
