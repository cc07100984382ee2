import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A clinic is a tenant: every clinical record belongs to exactly one. */
@Entity({ name: 'clinic' })
export class ClinicEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** How many treatment visits make a progress note due (PRODUCT: every 10 by default). */
  @Column({ name: 'progress_note_visit_interval', type: 'smallint', default: 10 })
  progressNoteVisitInterval!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
