import type { RecordStatus } from '@proprio/contracts';
import { Column, CreateDateColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The columns of a recorded clinical value that is corrected, never overwritten: its place in the
 * correction history (current, superseded by a newer row, or voided with a reason, time and author).
 * The database trigger `protect_clinical_record_history` enforces the allowed transitions.
 */
export abstract class CorrectableRecord {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'clinic_id', type: 'uuid' })
  clinicId!: string;

  @Column({ name: 'episode_id', type: 'uuid' })
  episodeId!: string;

  @Column({ type: 'varchar', length: 12, default: 'current' })
  status!: RecordStatus;

  /** The row this one corrects, if it is an amendment. */
  @Column({ name: 'supersedes_id', type: 'uuid', nullable: true })
  supersedesId!: string | null;

  /** Why it was amended (on the new row) or voided. */
  @Column({ name: 'change_reason', type: 'varchar', length: 500, nullable: true })
  changeReason!: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'voided_at', type: 'timestamptz', nullable: true })
  voidedAt!: Date | null;

  @Column({ name: 'voided_by', type: 'uuid', nullable: true })
  voidedBy!: string | null;
}
