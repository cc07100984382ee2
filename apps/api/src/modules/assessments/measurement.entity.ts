import { MEASURE_TYPES, type MeasureType } from '@proprio/clinical';
import { MEASUREMENT_STATUSES } from '@proprio/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { CorrectableRecord } from '../../core/persistence/correctable-record.js';
import { sqlList } from '../../database/sql.js';
import { AssessmentEntity } from './assessment.entity.js';

/**
 * One measure of a test session. The raw input is kept as entered; derived values are recomputed by
 * the clinical library. A value is never overwritten: an amendment adds a row that supersedes it,
 * a void marks it with a reason.
 */
@Entity({ name: 'measurement' })
@Index('ix_measurement_trend', ['clinicId', 'episodeId', 'type', 'status'])
@Index('ix_measurement_assessment', ['assessmentId'])
@Index('ux_measurement_current', ['assessmentId', 'type'], { unique: true, where: `status = 'current'` })
@Check('ck_measurement_type', `type IN (${sqlList(MEASURE_TYPES)})`)
@Check('ck_measurement_status', `status IN (${sqlList(MEASUREMENT_STATUSES)})`)
@Check('ck_measurement_lsi', `lsi IS NULL OR (lsi >= 0 AND lsi < 100000)`)
@Check('ck_measurement_reason', `status <> 'voided' OR (change_reason IS NOT NULL AND voided_at IS NOT NULL)`)
@Check('ck_measurement_amend_reason', `supersedes_id IS NULL OR change_reason IS NOT NULL`)
export class MeasurementEntity extends CorrectableRecord {
  @Column({ name: 'assessment_id', type: 'uuid' })
  assessmentId!: string;

  @ManyToOne(() => AssessmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'assessment_id', referencedColumnName: 'id', foreignKeyConstraintName: 'fk_measurement_assessment' },
    { name: 'clinic_id', referencedColumnName: 'clinicId' },
  ])
  assessment?: Relation<AssessmentEntity>;

  @Column({ type: 'varchar', length: 40 })
  type!: MeasureType;

  @Column({ type: 'jsonb' })
  input!: Record<string, unknown>;

  /** The library's result at the time of recording (without EPIC, which depends on the baseline). */
  @Column({ type: 'jsonb' })
  result!: unknown;

  @Column({ type: 'double precision', nullable: true })
  lsi!: number | null;

  @ManyToOne(() => MeasurementEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'supersedes_id', foreignKeyConstraintName: 'fk_measurement_supersedes' })
  supersedes?: Relation<MeasurementEntity>;
}
