import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Episode } from '@proprio/contracts';
import { DataSource } from 'typeorm';
import { AppError } from '../../core/errors/app-error.js';
import { updateVersioned } from '../../core/persistence/versioned-update.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import { PatientsService } from '../patients/patients.service.js';
import type { CreateEpisodeDto } from './dto/create-episode.dto.js';
import type { UpdateEpisodeDto } from './dto/update-episode.dto.js';
import { EpisodeEntity } from './episode.entity.js';
import { toEpisode } from './episode.mapper.js';

const EPISODE_NOT_FOUND = { code: 'EPISODE_NOT_FOUND', what: 'The episode' } as const;

@Injectable()
export class EpisodesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly patients: PatientsService,
  ) {}

  async listForPatient(ctx: RequestContext, patientId: string): Promise<Episode[]> {
    await this.patients.find(ctx, patientId);
    const rows = await this.dataSource.getRepository(EpisodeEntity).find({
      where: { clinicId: ctx.clinicId, patientId },
      order: { injuryDate: 'DESC', createdAt: 'DESC' },
    });
    return rows.map(toEpisode);
  }

  async create(ctx: RequestContext, patientId: string, dto: CreateEpisodeDto): Promise<Episode> {
    const patient = await this.patients.find(ctx, patientId);
    if (patient.archivedAt !== null) {
      throw new AppError(409, 'ARCHIVED', 'The patient is archived: restore them before opening an episode.');
    }
    const { identifiers } = await this.dataSource.getRepository(EpisodeEntity).insert({
      clinicId: ctx.clinicId,
      patientId,
      condition: dto.condition,
      involvedSide: dto.involvedSide,
      injuryDate: dto.injuryDate,
      surgeryDate: dto.surgeryDate ?? null,
      graftType: dto.graftType ?? null,
      concomitantInjuries: dto.concomitantInjuries ?? [],
      sport: dto.sport ?? null,
      preInjuryTegner: dto.preInjuryTegner ?? null,
      status: dto.status ?? 'active',
      archivedAt: null,
      createdBy: ctx.userId,
    });
    return this.get(ctx, (identifiers[0] as { id: string }).id);
  }

  async get(ctx: RequestContext, id: string): Promise<Episode> {
    return toEpisode(await this.find(ctx, id));
  }

  /** The clinic's episode, or 404: the one lookup every episode-owned record goes through. */
  async find(ctx: RequestContext, id: string): Promise<EpisodeEntity> {
    const episode = await this.dataSource.getRepository(EpisodeEntity).findOneBy({ id, clinicId: ctx.clinicId });
    if (!episode) throw AppError.notFound(EPISODE_NOT_FOUND.code, EPISODE_NOT_FOUND.what);
    return episode;
  }

  async update(ctx: RequestContext, id: string, dto: UpdateEpisodeDto): Promise<Episode> {
    const { version, ...changes } = dto;
    await updateVersioned(
      this.dataSource.manager,
      EpisodeEntity,
      { id, clinicId: ctx.clinicId, version },
      changes,
      EPISODE_NOT_FOUND,
    );
    return this.get(ctx, id);
  }

  async archive(ctx: RequestContext, id: string, version: number): Promise<Episode> {
    await updateVersioned(
      this.dataSource.manager,
      EpisodeEntity,
      { id, clinicId: ctx.clinicId, version },
      { archivedAt: new Date() },
      EPISODE_NOT_FOUND,
    );
    return this.get(ctx, id);
  }
}
