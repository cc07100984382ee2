import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Page, Patient, PatientSortKey } from '@proprio/contracts';
import { Brackets, DataSource } from 'typeorm';
import { AppError } from '../../core/errors/app-error.js';
import { updateVersioned } from '../../core/persistence/versioned-update.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import { escapeLike } from '../../database/sql.js';
import type { CreatePatientDto } from './dto/create-patient.dto.js';
import type { PatientQueryDto } from './dto/patient-query.dto.js';
import type { UpdatePatientDto } from './dto/update-patient.dto.js';
import { PatientEntity } from './patient.entity.js';
import { toPatient } from './patient.mapper.js';

export const PATIENT_NOT_FOUND = { code: 'PATIENT_NOT_FOUND', what: 'The patient' } as const;

/** Allow-listed sort keys → columns; user input never reaches ORDER BY as text. */
const SORT_COLUMNS: Record<PatientSortKey, string[]> = {
  familyName: ['p.family_name', 'p.given_name'],
  recordNumber: ['p.record_number'],
  createdAt: ['p.created_at'],
  updatedAt: ['p.updated_at'],
};

@Injectable()
export class PatientsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every word of `q` must match the given name, the family name or the record number. */
  async search(ctx: RequestContext, query: PatientQueryDto): Promise<Page<Patient>> {
    const qb = this.dataSource
      .getRepository(PatientEntity)
      .createQueryBuilder('p')
      .where('p.clinic_id = :clinicId', { clinicId: ctx.clinicId });
    if (!query.includeArchived) qb.andWhere('p.archived_at IS NULL');
    const words = (query.q ?? '').split(/\s+/).filter(Boolean).slice(0, 5);
    words.forEach((word, i) => {
      const param = `w${i}`;
      qb.andWhere(
        new Brackets((or) =>
          or
            .where(`p.given_name ILIKE :${param}`)
            .orWhere(`p.family_name ILIKE :${param}`)
            .orWhere(`p.record_number ILIKE :${param}`),
        ),
        { [param]: `%${escapeLike(word)}%` },
      );
    });
    const direction = query.order === 'desc' ? 'DESC' : 'ASC';
    SORT_COLUMNS[query.sort].forEach((column, i) =>
      i === 0 ? qb.orderBy(column, direction) : qb.addOrderBy(column, direction),
    );
    qb.addOrderBy('p.id', 'ASC').take(query.limit).skip(query.offset);
    const [rows, total] = await qb.getManyAndCount();
    return { items: rows.map(toPatient), total, limit: query.limit, offset: query.offset };
  }

  async get(ctx: RequestContext, id: string): Promise<Patient> {
    return toPatient(await this.find(ctx, id));
  }

  async create(ctx: RequestContext, dto: CreatePatientDto): Promise<Patient> {
    const { identifiers } = await this.dataSource.getRepository(PatientEntity).insert({
      clinicId: ctx.clinicId,
      recordNumber: dto.recordNumber,
      givenName: dto.givenName,
      familyName: dto.familyName,
      dateOfBirth: dto.dateOfBirth,
      sex: dto.sex,
      email: dto.email ?? null,
      phone: dto.phone ?? null,
      archivedAt: null,
      createdBy: ctx.userId,
    });
    return this.get(ctx, (identifiers[0] as { id: string }).id);
  }

  async update(ctx: RequestContext, id: string, dto: UpdatePatientDto): Promise<Patient> {
    const { version, ...changes } = dto;
    await updateVersioned(
      this.dataSource.manager,
      PatientEntity,
      { id, clinicId: ctx.clinicId, version },
      changes,
      PATIENT_NOT_FOUND,
    );
    return this.get(ctx, id);
  }

  /** Clinical records are never deleted: archiving hides a patient from default lists. */
  async setArchived(ctx: RequestContext, id: string, version: number, archived: boolean): Promise<Patient> {
    await updateVersioned(
      this.dataSource.manager,
      PatientEntity,
      { id, clinicId: ctx.clinicId, version },
      { archivedAt: archived ? new Date() : null },
      PATIENT_NOT_FOUND,
    );
    return this.get(ctx, id);
  }

  async find(ctx: RequestContext, id: string): Promise<PatientEntity> {
    const patient = await this.dataSource.getRepository(PatientEntity).findOneBy({ id, clinicId: ctx.clinicId });
    if (!patient) throw AppError.notFound(PATIENT_NOT_FOUND.code, PATIENT_NOT_FOUND.what);
    return patient;
  }
}
