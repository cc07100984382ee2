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
import { ROLES, type Role } from '@proprio/contracts';
import { ClinicEntity } from '../clinics/clinic.entity.js';
import { sqlList } from '../../database/sql.js';

@Entity({ name: 'app_user' })
@Unique('uq_app_user_email', ['email'])
@Unique('uq_app_user_id_clinic', ['id', 'clinicId'])
@Index('ix_app_user_clinic', ['clinicId', 'displayName'])
@Check('ck_app_user_role', `role IN (${sqlList(ROLES)})`)
@Check('ck_app_user_email_lower', `email = lower(email)`)
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'clinic_id', type: 'uuid' })
  clinicId!: string;

  @ManyToOne(() => ClinicEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'clinic_id', foreignKeyConstraintName: 'fk_app_user_clinic' })
  clinic?: Relation<ClinicEntity>;

  /** Stored lower-case; sign-in is by email across all clinics, so it is unique everywhere. */
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ name: 'display_name', type: 'varchar', length: 120 })
  displayName!: string;

  @Column({ type: 'varchar', length: 20 })
  role!: Role;

  /** Professional identification printed with a signature, e.g. "PT, DPT" (REFERENCE §6.2). */
  @Column({ name: 'professional_title', type: 'varchar', length: 60, nullable: true })
  professionalTitle!: string | null;

  @Column({ name: 'password_hash', type: 'varchar', length: 255 })
  passwordHash!: string;

  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  disabledAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'integer', default: 1 })
  version!: number;
}
