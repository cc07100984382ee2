import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A clinic is a tenant: every clinical record belongs to exactly one. */
@Entity({ name: 'clinic' })
@Check('ck_clinic_progress_note_visit_interval', `progress_note_visit_interval BETWEEN 1 AND 60`)
@Check(
  'ck_clinic_progress_note_day_limit',
  `progress_note_day_limit IS NULL OR progress_note_day_limit BETWEEN 1 AND 365`,
)
export class ClinicEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** How many treatment visits make a progress note due (PRODUCT: every 10 by default). */
  @Column({ name: 'progress_note_visit_interval', type: 'smallint', default: 10 })
  progressNoteVisitInterval!: number;

  /** Calendar days after which a progress note is due whatever the visits (REFERENCE §6.2: optional, e.g. 30). */
  @Column({ name: 'progress_note_day_limit', type: 'smallint', nullable: true })
  progressNoteDayLimit!: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'integer', default: 1 })
  version!: number;
}
