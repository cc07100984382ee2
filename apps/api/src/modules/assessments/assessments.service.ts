import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { computeMeasure } from '@proprio/clinical';
import type { Assessment, FieldIssue, Measurement } from '@proprio/contracts';
import { DataSource, In } from 'typeorm';
import { AppError } from '../../core/errors/app-error.js';
import { lockCurrent } from '../../core/persistence/lock-current.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import { EpisodesService } from '../episodes/episodes.service.js';
import { AssessmentEntity } from './assessment.entity.js';
import type { AmendMeasurementDto } from './dto/amend-measurement.dto.js';
import type { CreateAssessmentDto } from './dto/create-assessment.dto.js';
import { MeasurementEntity } from './measurement.entity.js';
import { EpisodeBaselines, toMeasurement } from './measurement-evaluation.js';

const ASSESSMENT_NOT_FOUND = () => AppError.notFound('ASSESSMENT_NOT_FOUND', 'The test session');
const MEASUREMENT_NOT_FOUND = () => AppError.notFound('MEASUREMENT_NOT_FOUND', 'The measurement');

/** Test sessions and their measurements. Raw input is stored; the server derives every value. */
@Injectable()
export class AssessmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly episodes: EpisodesService,
  ) {}

  async create(ctx: RequestContext, episodeId: string, dto: CreateAssessmentDto): Promise<Assessment> {
    const episode = await this.episodes.find(ctx, episodeId);
    if (episode.archivedAt !== null) {
      throw new AppError(409, 'ARCHIVED', 'The episode is archived: no new test sessions can be recorded.');
    }
    const computed = computeAll(dto);
    const id = await this.dataSource.transaction(async (manager) => {
      const { identifiers } = await manager.getRepository(AssessmentEntity).insert({
        clinicId: ctx.clinicId,
        episodeId,
        performedOn: dto.performedOn,
        isBaseline: dto.baseline ?? false,
        testerId: dto.testerId ?? ctx.userId,
        bodyMassKg: dto.bodyMassKg ?? null,
        notes: dto.notes ?? null,
        createdBy: ctx.userId,
      });
      const assessmentId = (identifiers[0] as { id: string }).id;
      await manager.getRepository(MeasurementEntity).save(
        computed.map(({ type, input, result, lsi }) => ({
          clinicId: ctx.clinicId,
          episodeId,
          assessmentId,
          type,
          input,
          result,
          lsi,
          status: 'current' as const,
          supersedesId: null,
          changeReason: null,
          createdBy: ctx.userId,
          voidedAt: null,
          voidedBy: null,
        })),
      );
      return assessmentId;
    });
    return this.get(ctx, id);
  }

  async list(ctx: RequestContext, episodeId: string): Promise<Assessment[]> {
    await this.episodes.find(ctx, episodeId);
    const sessions = await this.dataSource.getRepository(AssessmentEntity).find({
      where: { clinicId: ctx.clinicId, episodeId },
      order: { performedOn: 'DESC', createdAt: 'DESC' },
    });
    const measurements = sessions.length
      ? await this.dataSource.getRepository(MeasurementEntity).find({
          where: { clinicId: ctx.clinicId, assessmentId: In(sessions.map((s) => s.id)) },
          order: { createdAt: 'ASC' },
        })
      : [];
    const baselines = new EpisodeBaselines(
      sessions.filter((s) => s.isBaseline),
      measurements,
    );
    return sessions.map((s) => toAssessment(s, measurements, baselines));
  }

  async get(ctx: RequestContext, id: string): Promise<Assessment> {
    const session = await this.dataSource.getRepository(AssessmentEntity).findOneBy({ id, clinicId: ctx.clinicId });
    if (!session) throw ASSESSMENT_NOT_FOUND();
    const measurements = await this.dataSource.getRepository(MeasurementEntity).find({
      where: { clinicId: ctx.clinicId, assessmentId: id },
      order: { createdAt: 'ASC' },
    });
    const baselines = await this.baselinesOf(ctx, session.episodeId);
    return toAssessment(session, measurements, baselines);
  }

  /** Replaces a current value with a corrected one; the old value stays, marked superseded. */
  async amend(ctx: RequestContext, measurementId: string, dto: AmendMeasurementDto): Promise<Measurement> {
    const newId = await this.dataSource.transaction(async (manager) => {
      const current = await lockCurrent(
        manager,
        MeasurementEntity,
        { id: measurementId, clinicId: ctx.clinicId },
        MEASUREMENT_NOT_FOUND,
        'value',
      );
      const outcome = computeMeasure(current.type, dto.input);
      if (!outcome.ok)
        throw AppError.validation(outcome.issues.map((i) => ({ field: `input.${i.field}`, issue: i.issue })));
      await manager.getRepository(MeasurementEntity).update({ id: current.id }, { status: 'superseded' });
      const amended = await manager.getRepository(MeasurementEntity).save({
        clinicId: ctx.clinicId,
        episodeId: current.episodeId,
        assessmentId: current.assessmentId,
        type: current.type,
        input: dto.input,
        result: outcome.value.result,
        lsi: outcome.value.lsi,
        status: 'current',
        supersedesId: current.id,
        changeReason: dto.reason,
        createdBy: ctx.userId,
        voidedAt: null,
        voidedBy: null,
      });
      return amended.id;
    });
    return this.getMeasurement(ctx, newId);
  }

  /** Withdraws a value entered in error; it stays on record with the reason. */
  async void(ctx: RequestContext, measurementId: string, reason: string): Promise<Measurement> {
    await this.dataSource.transaction(async (manager) => {
      const current = await lockCurrent(
        manager,
        MeasurementEntity,
        { id: measurementId, clinicId: ctx.clinicId },
        MEASUREMENT_NOT_FOUND,
        'value',
      );
      await manager
        .getRepository(MeasurementEntity)
        .update(
          { id: current.id },
          { status: 'voided', changeReason: reason, voidedAt: new Date(), voidedBy: ctx.userId },
        );
    });
    return this.getMeasurement(ctx, measurementId);
  }

  async baselinesOf(ctx: RequestContext, episodeId: string): Promise<EpisodeBaselines> {
    const sessions = await this.dataSource
      .getRepository(AssessmentEntity)
      .findBy({ clinicId: ctx.clinicId, episodeId, isBaseline: true });
    const measurements = sessions.length
      ? await this.dataSource.getRepository(MeasurementEntity).findBy({
          clinicId: ctx.clinicId,
          assessmentId: In(sessions.map((s) => s.id)),
          status: 'current',
        })
      : [];
    return new EpisodeBaselines(sessions, measurements);
  }

  private async getMeasurement(ctx: RequestContext, id: string): Promise<Measurement> {
    const measurement = await this.dataSource
      .getRepository(MeasurementEntity)
      .findOneBy({ id, clinicId: ctx.clinicId });
    if (!measurement) throw MEASUREMENT_NOT_FOUND();
    const session = await this.dataSource
      .getRepository(AssessmentEntity)
      .findOneByOrFail({ id: measurement.assessmentId, clinicId: ctx.clinicId });
    return toMeasurement(measurement, session, await this.baselinesOf(ctx, session.episodeId));
  }
}

/** Validates every measurement of a session with the clinical library; any issue refuses them all. */
function computeAll(dto: CreateAssessmentDto) {
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  const computed = dto.measurements.map((m, i) => {
    if (seen.has(m.type)) issues.push({ field: `measurements.${i}.type`, issue: 'appears twice in this session' });
    seen.add(m.type);
    const outcome = computeMeasure(m.type, m.input, { bodyMassKg: dto.bodyMassKg ?? null });
    if (!outcome.ok) {
      issues.push(
        ...outcome.issues.map((issue) => ({ field: `measurements.${i}.input.${issue.field}`, issue: issue.issue })),
      );
      return null;
    }
    return { type: m.type, input: m.input, result: outcome.value.result, lsi: outcome.value.lsi };
  });
  if (issues.length) throw AppError.validation(issues);
  return computed.filter((c) => c !== null);
}

function toAssessment(
  session: AssessmentEntity,
  measurements: MeasurementEntity[],
  baselines: EpisodeBaselines,
): Assessment {
  return {
    id: session.id,
    episodeId: session.episodeId,
    performedOn: session.performedOn,
    baseline: session.isBaseline,
    testerId: session.testerId,
    bodyMassKg: session.bodyMassKg,
    notes: session.notes,
    measurements: measurements
      .filter((m) => m.assessmentId === session.id)
      .map((m) => toMeasurement(m, session, baselines)),
    createdAt: session.createdAt.toISOString(),
    version: session.version,
  };
}
