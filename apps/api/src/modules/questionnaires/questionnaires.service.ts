import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { INSTRUMENT_LABELS, INSTRUMENTS, scoreQuestionnaire, type QuestionnaireOutcome } from '@proprio/clinical';
import type { PromTrend, QuestionnaireResponse } from '@proprio/contracts';
import { DataSource } from 'typeorm';
import { AppError } from '../../core/errors/app-error.js';
import { lockCurrent } from '../../core/persistence/lock-current.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import { EpisodesService } from '../episodes/episodes.service.js';
import type { AmendQuestionnaireDto } from './dto/amend-questionnaire.dto.js';
import type { CreateQuestionnaireDto, QuestionnaireOptionsDto } from './dto/create-questionnaire.dto.js';
import { QuestionnaireResponseEntity } from './questionnaire-response.entity.js';

const NOT_FOUND = () => AppError.notFound('QUESTIONNAIRE_NOT_FOUND', 'The questionnaire response');

/** PROM responses: item answers in, scores computed here by the clinical library, history kept. */
@Injectable()
export class QuestionnairesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly episodes: EpisodesService,
  ) {}

  async create(ctx: RequestContext, episodeId: string, dto: CreateQuestionnaireDto): Promise<QuestionnaireResponse> {
    const episode = await this.episodes.find(ctx, episodeId);
    if (episode.archivedAt !== null) {
      throw new AppError(409, 'ARCHIVED', 'The episode is archived: no new responses can be recorded.');
    }
    const options = normaliseOptions(dto.options);
    const outcome = score(dto.instrument, dto.answers, options);
    const saved = await this.dataSource.getRepository(QuestionnaireResponseEntity).save({
      clinicId: ctx.clinicId,
      episodeId,
      instrument: dto.instrument,
      completedOn: dto.completedOn,
      answers: dto.answers,
      options,
      result: outcome.result,
      scores: outcome.scores,
      status: 'current',
      supersedesId: null,
      changeReason: null,
      createdBy: ctx.userId,
      voidedAt: null,
      voidedBy: null,
    });
    return this.get(ctx, saved.id);
  }

  async list(ctx: RequestContext, episodeId: string): Promise<QuestionnaireResponse[]> {
    await this.episodes.find(ctx, episodeId);
    const rows = await this.dataSource.getRepository(QuestionnaireResponseEntity).find({
      where: { clinicId: ctx.clinicId, episodeId },
      order: { completedOn: 'DESC', createdAt: 'DESC' },
    });
    return rows.map(toResponse);
  }

  async get(ctx: RequestContext, id: string): Promise<QuestionnaireResponse> {
    const row = await this.dataSource
      .getRepository(QuestionnaireResponseEntity)
      .findOneBy({ id, clinicId: ctx.clinicId });
    if (!row) throw NOT_FOUND();
    return toResponse(row);
  }

  async amend(ctx: RequestContext, id: string, dto: AmendQuestionnaireDto): Promise<QuestionnaireResponse> {
    const newId = await this.dataSource.transaction(async (manager) => {
      const current = await lockCurrent(
        manager,
        QuestionnaireResponseEntity,
        { id, clinicId: ctx.clinicId },
        NOT_FOUND,
        'response',
      );
      const options = normaliseOptions(dto.options ?? current.options);
      const outcome = score(current.instrument, dto.answers, options);
      await manager.getRepository(QuestionnaireResponseEntity).update({ id: current.id }, { status: 'superseded' });
      const saved = await manager.getRepository(QuestionnaireResponseEntity).save({
        clinicId: ctx.clinicId,
        episodeId: current.episodeId,
        instrument: current.instrument,
        completedOn: current.completedOn,
        answers: dto.answers,
        options,
        result: outcome.result,
        scores: outcome.scores,
        status: 'current',
        supersedesId: current.id,
        changeReason: dto.reason,
        createdBy: ctx.userId,
        voidedAt: null,
        voidedBy: null,
      });
      return saved.id;
    });
    return this.get(ctx, newId);
  }

  async void(ctx: RequestContext, id: string, reason: string): Promise<QuestionnaireResponse> {
    await this.dataSource.transaction(async (manager) => {
      const current = await lockCurrent(
        manager,
        QuestionnaireResponseEntity,
        { id, clinicId: ctx.clinicId },
        NOT_FOUND,
        'response',
      );
      await manager
        .getRepository(QuestionnaireResponseEntity)
        .update(
          { id: current.id },
          { status: 'voided', changeReason: reason, voidedAt: new Date(), voidedBy: ctx.userId },
        );
    });
    return this.get(ctx, id);
  }

  /** Per instrument: the current responses' scores by date, oldest first. */
  async trends(ctx: RequestContext, episodeId: string): Promise<PromTrend[]> {
    await this.episodes.find(ctx, episodeId);
    const rows = await this.dataSource.getRepository(QuestionnaireResponseEntity).find({
      where: { clinicId: ctx.clinicId, episodeId, status: 'current' },
      order: { completedOn: 'ASC', createdAt: 'ASC' },
    });
    return INSTRUMENTS.map((instrument) => ({
      instrument,
      label: INSTRUMENT_LABELS[instrument],
      points: rows
        .filter((r) => r.instrument === instrument)
        .map((r) => ({ date: r.completedOn, responseId: r.id, scores: r.scores })),
    })).filter((t) => t.points.length > 0);
  }
}

function normaliseOptions(options: QuestionnaireOptionsDto | undefined): { koosMissingItemRule?: '2012' | '1998' } {
  return options?.koosMissingItemRule ? { koosMissingItemRule: options.koosMissingItemRule } : {};
}

function score(
  instrument: CreateQuestionnaireDto['instrument'],
  answers: Record<string, unknown>,
  options: { koosMissingItemRule?: '2012' | '1998' },
): QuestionnaireOutcome {
  const outcome = scoreQuestionnaire(instrument, answers, options);
  if (!outcome.ok) {
    throw AppError.validation(outcome.issues.map((i) => ({ field: `answers.${i.field}`, issue: i.issue })));
  }
  return outcome.value;
}

function toResponse(row: QuestionnaireResponseEntity): QuestionnaireResponse {
  return {
    id: row.id,
    episodeId: row.episodeId,
    instrument: row.instrument,
    completedOn: row.completedOn,
    answers: row.answers,
    options: row.options,
    result: row.result,
    scores: row.scores,
    status: row.status,
    supersedesId: row.supersedesId,
    changeReason: row.changeReason,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    voidedAt: row.voidedAt?.toISOString() ?? null,
  };
}
