import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { NOTE_SECTION_MAX_LENGTH } from '@proprio/contracts';
import { UserEntity } from '../users/user.entity.js';
import { NoteEntity } from './note.entity.js';

/**
 * A correction or addition to a signed note, signed by its author when written. Append-only
 * (trigger `protect_append_only`); a trigger also refuses an addendum to a note that is not signed.
 */
@Entity({ name: 'note_addendum' })
@Index('ix_note_addendum_note', ['clinicId', 'noteId', 'signedAt'])
@Check('ck_note_addendum_body', `length(btrim(body)) > 0`)
export class NoteAddendumEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'clinic_id', type: 'uuid' })
  clinicId!: string;

  @Column({ name: 'note_id', type: 'uuid' })
  noteId!: string;

  @ManyToOne(() => NoteEntity, (n) => n.addenda, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'note_id', referencedColumnName: 'id', foreignKeyConstraintName: 'fk_note_addendum_note' },
    { name: 'clinic_id', referencedColumnName: 'clinicId' },
  ])
  note?: Relation<NoteEntity>;

  @Column({ type: 'varchar', length: NOTE_SECTION_MAX_LENGTH })
  body!: string;

  @Column({ name: 'signed_by', type: 'uuid' })
  signedBy!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'signed_by', referencedColumnName: 'id', foreignKeyConstraintName: 'fk_note_addendum_signer' },
    { name: 'clinic_id', referencedColumnName: 'clinicId' },
  ])
  signer?: Relation<UserEntity>;

  @Column({ name: 'signer_name', type: 'varchar', length: 120 })
  signerName!: string;

  @Column({ name: 'signer_title', type: 'varchar', length: 60, nullable: true })
  signerTitle!: string | null;

  @Column({ name: 'signed_at', type: 'timestamptz', default: () => 'now()' })
  signedAt!: Date;
}
