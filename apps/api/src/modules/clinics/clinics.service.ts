import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Clinic } from '@proprio/contracts';
import { DataSource } from 'typeorm';
import { AppError } from '../../core/errors/app-error.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import { ClinicEntity } from './clinic.entity.js';
import { toClinic } from './clinic.mapper.js';
import type { UpdateClinicDto } from './dto/update-clinic.dto.js';

const WHAT = 'The clinic settings';

/** The caller's own clinic: there is no way to name another one. */
@Injectable()
export class ClinicsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async get(ctx: RequestContext): Promise<Clinic> {
    const clinic = await this.dataSource.getRepository(ClinicEntity).findOneBy({ id: ctx.clinicId });
    if (!clinic) throw AppError.notFound('NOT_FOUND', WHAT);
    return toClinic(clinic);
  }

  /**
   * Optimistic concurrency done by the database (`WHERE id AND version`), so two admins who read the
   * same version cannot both win. The clinic row has no clinic_id of its own: its id is the tenant.
   */
  async update(ctx: RequestContext, dto: UpdateClinicDto): Promise<Clinic> {
    const changes: Partial<ClinicEntity> = {};
    if (dto.name !== undefined) changes.name = dto.name;
    if (dto.progressNoteVisitInterval !== undefined) changes.progressNoteVisitInterval = dto.progressNoteVisitInterval;
    if (dto.progressNoteDayLimit !== undefined) changes.progressNoteDayLimit = dto.progressNoteDayLimit;
    const result = await this.dataSource
      .createQueryBuilder()
      .update(ClinicEntity)
      .set({ ...changes, version: () => 'version + 1' })
      .where('id = :id AND version = :version', { id: ctx.clinicId, version: dto.version })
      .execute();
    if (result.affected !== 1) {
      const exists = await this.dataSource.getRepository(ClinicEntity).existsBy({ id: ctx.clinicId });
      if (!exists) throw AppError.notFound('NOT_FOUND', WHAT);
      throw AppError.versionConflict(WHAT);
    }
    return this.get(ctx);
  }
}
