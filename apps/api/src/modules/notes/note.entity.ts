import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import { NOTE_SECTION_MAX_LENGTH, NOTE_STATUSES, NOTE_TYPES, type NoteStatus, type NoteType } from '@proprio/contracts';
import { sqlList } from '../../database/sql.js';
import { EpisodeEntity } from '../episodes/episode.entity.js';
import { UserEntity } from '../users/user.entity.js';
import { NoteAddendumEntity } from './note-addendum.entity.js';

/**
 * A SOAP note for one reporting period of an episode. A draft can be edited or discarded; signing
 * freezes it for good: the trigger `protect_signed_note` refuses any UPDATE or DELETE of a signed row,
 * and the signer is stored as identified at that moment (name and professional title), with a hash
 * of the signed content.
 */
@Entity({ name: 'note' })
@Unique('uq_note_id_clinic', ['id', 'clinicId'])
@Index('ix_note_clinic_episode_period', ['clinicId', 'episodeId', 'periodEnd'])
@Check('ck_note_type', `type IN (${sqlList(NOTE_TYPES)})`)
@Check('ck_note_status', `status IN (${sqlList(NOTE_STATUSES)})`)
@Check('ck_note_period', `period_start <= period_end AND period_start >= DATE '1900-01-01'`)
@Check(
  'ck_note_signature',
  `(status = 'draft' AND signed_at IS NULL AND signed_by IS NULL AND signer_name IS NULL AND content_hash IS NULL)` +
    ` OR (status = 'signed' AND signed_at IS NOT NULL AND signed_by IS NOT NULL AND signer_name IS NOT NULL AND content_hash IS NOT NULL)`,
)
export class NoteEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'clinic_id', type: 'uuid' })
  clinicId!: string;

  @Column({ name: 'episode_id', type: 'uuid' })
  episodeId!: string;

  @ManyToOne(() => EpisodeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'episode_id', referencedColumnName: 'id', foreignKeyConstraintName: 'fk_note_episode' },
    { name: 'clinic_id', referencedColumnName: 'clinicId' },
  ])
  episode?: Relation<EpisodeEntity>;

  @Column({ type: 'varchar', length: 30 })
  type!: NoteType;

  @Column({ type: 'varchar', length: 10, default: 'draft' })
  status!: NoteStatus;

  @Column({ name: 'period_start', type: 'date' })
  periodStart!: string;

  @Column({ name: 'period_end', type: 'date' })
  periodEnd!: string;

  @Column({ type: 'varchar', length: NOTE_SECTION_MAX_LENGTH, default: '' })
  subjective!: string;

  @Column({ type: 'varchar', length: NOTE_SECTION_MAX_LENGTH, default: '' })
  objective!: string;

  @Column({ type: 'varchar', length: NOTE_SECTION_MAX_LENGTH, default: '' })
  assessment!: string;

  @Column({ type: 'varchar', length: NOTE_SECTION_MAX_LENGTH, default: '' })
  plan!: string;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'author_id', referencedColumnName: 'id', foreignKeyConstraintName: 'fk_note_author' },
    { name: 'clinic_id', referencedColumnName: 'clinicId' },
  ])
  author?: Relation<UserEntity>;

  @Column({ name: 'signed_by', type: 'uuid', nullable: true })
  signedBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'signed_by', referencedColumnName: 'id', foreignKeyConstraintName: 'fk_note_signer' },
    { name: 'clinic_id', referencedColumnName: 'clinicId' },
  ])
  signer?: Relation<UserEntity>;

  @Column({ name: 'signed_at', type: 'timestamptz', nullable: true })
  signedAt!: Date | null;

  /** The signer's name and title as they were when signing. */
  @Column({ name: 'signer_name', type: 'varchar', length: 120, nullable: true })
  signerName!: string | null;

  @Column({ name: 'signer_title', type: 'varchar', length: 60, nullable: true })
  signerTitle!: string | null;

  /** Hex SHA-256 of the signed content; printed on the PDF so a copy can be checked against the record. */
  @Column({ name: 'content_hash', type: 'char', length: 64, nullable: true })
  contentHash!: string | null;

  @OneToMany(() => NoteAddendumEntity, (a) => a.note)
  addenda?: Relation<NoteAddendumEntity[]>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'integer', default: 1 })
  version!: number;
}
