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
import { SEXES, type Sex } from '@proprio/contracts';
import { ClinicEntity } from '../clinics/clinic.entity.js';
import { sqlList } from '../../database/sql.js';

@Entity({ name: 'patient' })
@Unique('uq_patient_record_number', ['clinicId', 'recordNumber'])
@Unique('uq_patient_id_clinic', ['id', 'clinicId'])
@Index('ix_patient_clinic_family_name', ['clinicId', 'familyName', 'givenName'])
@Check('ck_patient_sex', `sex IN (${sqlList(SEXES)})`)
@Check('ck_patient_date_of_birth', `date_of_birth >= DATE '1900-01-01'`)
@Check('ck_patient_names', `length(btrim(given_name)) > 0 AND length(btrim(family_name)) > 0`)
@Check('ck_patient_record_number', `length(btrim(record_number)) > 0`)
export class PatientEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'clinic_id', type: 'uuid' })
  clinicId!: string;

  @ManyToOne(() => ClinicEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'clinic_id', foreignKeyConstraintName: 'fk_patient_clinic' })
  clinic?: Relation<ClinicEntity>;

  /** The clinic's own medical record number; unique within the clinic. */
  @Column({ name: 'record_number', type: 'varchar', length: 40 })
  recordNumber!: string;

  @Column({ name: 'given_name', type: 'varchar', length: 100 })
  givenName!: string;

  @Column({ name: 'family_name', type: 'varchar', length: 100 })
  familyName!: string;

  @Column({ name: 'date_of_birth', type: 'date' })
  dateOfBirth!: string;

  @Column({ type: 'varchar', length: 10 })
  sex!: Sex;

  @Column({ type: 'varchar', length: 254, nullable: true })
  email!: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  phone!: string | null;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'integer', default: 1 })
  version!: number;
}
