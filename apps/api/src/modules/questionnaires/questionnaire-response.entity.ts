import { INSTRUMENTS, type Instrument } from '@proprio/clinical';
import { MEASUREMENT_STATUSES } from '@proprio/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { CorrectableRecord } from '../../core/persistence/correctable-record.js';
import { sqlList } from '../../database/sql.js';
import { EpisodeEntity } from '../episodes/episode.entity.js';

/**
 * A completed questionnaire: the item answers as given, and the scores the server computed from them
 * (a client-sent score is never stored). Corrections supersede; voids keep the row with a reason.
 */
@Entity({ name: 'questionnaire_response' })
@Index('ix_questionnaire_trend', ['clinicId', 'episodeId', 'instrument', 'completedOn'])
@Check('ck_questionnaire_instrument', `instrument IN (${sqlList(INSTRUMENTS)})`)
@Check('ck_questionnaire_status', `status IN (${sqlList(MEASUREMENT_STATUSES)})`)
@Check('ck_questionnaire_completed_on', `completed_on >= DATE '1900-01-01'`)
@Check('ck_questionnaire_reason', `status <> 'voided' OR (change_reason IS NOT NULL AND voided_at IS NOT NULL)`)
@Check('ck_questionnaire_amend_reason', `supersedes_id IS NULL OR change_reason IS NOT NULL`)
export class QuestionnaireResponseEntity extends CorrectableRecord {
  @ManyToOne(() => EpisodeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'episode_id', referencedColumnName: 'id', foreignKeyConstraintName: 'fk_questionnaire_episode' },
    { name: 'clinic_id', referencedColumnName: 'clinicId' },
  ])
  episode?: Relation<EpisodeEntity>;

  @Column({ type: 'varchar', length: 30 })
  instrument!: Instrument;

  @Column({ name: 'completed_on', type: 'date' })
  completedOn!: string;

  @Column({ type: 'jsonb' })
  answers!: Record<string, unknown>;

  @Column({ type: 'jsonb' })
  options!: { koosMissingItemRule?: '2012' | '1998' };

  @Column({ type: 'jsonb' })
  result!: unknown;

  @Column({ type: 'jsonb' })
  scores!: Record<string, number | null>;

  @ManyToOne(() => QuestionnaireResponseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'supersedes_id', foreignKeyConstraintName: 'fk_questionnaire_supersedes' })
  supersedes?: Relation<QuestionnaireResponseEntity>;
}
