import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { validateProtocolDefinition, type ProtocolDefinition } from '@proprio/clinical';
import type { Page, Protocol, ProtocolSummary, ProtocolVersion, ProtocolVersionSummary } from '@proprio/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError } from '../../core/errors/app-error.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import { escapeLike } from '../../database/sql.js';
import type {
  CloneProtocolDto,
  CreateProtocolDto,
  CreateProtocolVersionDto,
  UpdateProtocolVersionDto,
} from './dto/protocol-request.dto.js';
import type { ProtocolQueryDto } from './dto/protocol-query.dto.js';
import {
  PROTOCOL_NOT_FOUND,
  PROTOCOL_VERSION_NOT_FOUND,
  fromProtocolVersionTrigger,
  protocolVersionInUse,
  seededReadOnly,
  validationFailed,
} from './library-errors.js';
import {
  exerciseIdsOf,
  toProtocol,
  toProtocolSummary,
  toProtocolVersion,
  toVersionSummary,
  type VersionSummaryRow,
} from './protocol.mapper.js';
import { ProtocolVersionEntity } from './protocol-version.entity.js';
import { ProtocolEntity } from './protocol.entity.js';
import { findVisibleExercises, findVisibleProtocolVersion } from './visible-library.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const protocolNotFound = () => AppError.notFound(PROTOCOL_NOT_FOUND.code, PROTOCOL_NOT_FOUND.what);
const versionNotFound = () => AppError.notFound(PROTOCOL_VERSION_NOT_FOUND.code, PROTOCOL_VERSION_NOT_FOUND.what);

/**
 * Protocols as data: the seeded ones (read-only, shared) and each clinic's own. A version a programme
 * uses never changes (the service refuses, and the database trigger backs it up); a change to it is
 * a new version.
 */
@Injectable()
export class ProtocolsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Seeded protocols first, then the clinic's own, by title; each with its latest version. */
  async search(ctx: RequestContext, query: ProtocolQueryDto): Promise<Page<ProtocolSummary>> {
    const qb = this.dataSource.getRepository(ProtocolEntity).createQueryBuilder('p');
    if (query.source === 'seeded') qb.where('p.clinic_id IS NULL');
    else if (query.source === 'clinic') qb.where('p.clinic_id = :clinicId', { clinicId: ctx.clinicId });
    else qb.where('(p.clinic_id IS NULL OR p.clinic_id = :clinicId)', { clinicId: ctx.clinicId });
    if (!query.includeArchived) qb.andWhere('p.archived_at IS NULL');
    const words = (query.q ?? '').split(/\s+/).filter(Boolean).slice(0, 5);
    words.forEach((word, i) => qb.andWhere(`p.title ILIKE :w${i}`, { [`w${i}`]: `%${escapeLike(word)}%` }));
    qb.orderBy('p.clinic_id', 'ASC', 'NULLS FIRST')
      .addOrderBy('p.title', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .take(query.limit)
      .skip(query.offset);
    const [rows, total] = await qb.getManyAndCount();
    const latest = await versionSummaries(
      this.dataSource.manager,
      ctx,
      rows.map((p) => p.id),
      true,
    );
    const items = rows.map((p) => toProtocolSummary(p, firstVersion(p, latest)));
    return { items, total, limit: query.limit, offset: query.offset };
  }

  async get(ctx: RequestContext, id: string): Promise<Protocol> {
    const manager = this.dataSource.manager;
    const protocol = await findVisibleProtocol(manager, ctx, id);
    const versions = await versionSummaries(manager, ctx, [id], false);
    return toProtocol(protocol, versions.get(id) ?? []);
  }

  /** A new clinic protocol with its version 1. */
  async create(ctx: RequestContext, dto: CreateProtocolDto): Promise<Protocol> {
    const id = await this.dataSource.transaction(async (manager) => {
      const definition = await checkedDefinition(manager, ctx, dto.definition);
      return insertProtocol(manager, ctx, {
        title: dto.title,
        description: dto.description ?? null,
        clonedFromVersionId: null,
        definition,
      });
    });
    return this.get(ctx, id);
  }

  /** Copies a visible version (seeded or the clinic's own) into a new clinic protocol, as its version 1. */
  async clone(ctx: RequestContext, id: string, dto: CloneProtocolDto): Promise<Protocol> {
    const newId = await this.dataSource.transaction(async (manager) => {
      const source = await findVisibleProtocol(manager, ctx, id);
      const version = dto.versionId
        ? await manager.findOneBy(ProtocolVersionEntity, { id: dto.versionId, protocolId: source.id })
        : await manager.findOne(ProtocolVersionEntity, { where: { protocolId: source.id }, order: { number: 'DESC' } });
      if (!version) throw AppError.validation([{ field: 'versionId', issue: 'is not a version of this protocol' }]);
      return insertProtocol(manager, ctx, {
        title: dto.title,
        description: source.description,
        clonedFromVersionId: version.id,
        definition: version.definition,
      });
    });
    return this.get(ctx, newId);
  }

  /** Appends a version to one of the clinic's own protocols: the way to change a version in use. */
  async createVersion(
    ctx: RequestContext,
    protocolId: string,
    dto: CreateProtocolVersionDto,
  ): Promise<ProtocolVersion> {
    const versionId = await this.dataSource.transaction(async (manager) => {
      // Locking the protocol serialises concurrent appends, so each gets the next number.
      const protocol = await findVisibleProtocol(manager, ctx, protocolId, true);
      if (protocol.clinicId === null) throw seededReadOnly('The protocol');
      const definition = await checkedDefinition(manager, ctx, dto.definition);
      const latest = await manager.findOne(ProtocolVersionEntity, {
        where: { protocolId },
        order: { number: 'DESC' },
      });
      const { identifiers } = await manager.insert(ProtocolVersionEntity, {
        protocolId,
        number: (latest?.number ?? 0) + 1,
        definition,
        createdBy: ctx.userId,
      });
      return (identifiers[0] as { id: string }).id;
    });
    return this.getVersion(ctx, versionId);
  }

  async getVersion(ctx: RequestContext, versionId: string): Promise<ProtocolVersion> {
    const manager = this.dataSource.manager;
    const found = await findVisibleProtocolVersion(manager, ctx.clinicId, versionId);
    if (!found) throw versionNotFound();
    const exercises = await findVisibleExercises(manager, ctx.clinicId, exerciseIdsOf(found.version.definition));
    const exerciseNames = Object.fromEntries([...exercises].map(([id, exercise]) => [id, exercise.name]));
    const inUse = await usedByClinic(manager, ctx, versionId);
    return toProtocolVersion(found.version, found.protocol, inUse, exerciseNames);
  }

  /**
   * Edits a clinic's version in place, only while no programme uses it. The version row is locked
   * FOR UPDATE first: a programme being assigned it concurrently holds a key-share lock on it
   * (its foreign key), so either that assignment commits first and the check below sees it, or it
   * waits for this edit. The database trigger refuses the UPDATE anyway if a programme uses it.
   */
  async updateVersion(ctx: RequestContext, versionId: string, dto: UpdateProtocolVersionDto): Promise<ProtocolVersion> {
    await this.dataSource.transaction(async (manager) => {
      const version = await manager.findOne(ProtocolVersionEntity, {
        where: { id: versionId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!version) throw versionNotFound();
      const protocol = await manager.findOneBy(ProtocolEntity, { id: version.protocolId });
      if (!protocol || (protocol.clinicId !== null && protocol.clinicId !== ctx.clinicId)) throw versionNotFound();
      if (protocol.clinicId === null) throw seededReadOnly('The protocol version');
      if (await usedByAnyProgramme(manager, versionId)) throw protocolVersionInUse();
      if (version.version !== dto.version) throw AppError.versionConflict(PROTOCOL_VERSION_NOT_FOUND.what);
      const definition = await checkedDefinition(manager, ctx, dto.definition);
      try {
        const result = await manager
          .createQueryBuilder()
          .update(ProtocolVersionEntity)
          .set({ definition, version: () => 'version + 1' })
          .where('id = :id AND version = :version', { id: versionId, version: dto.version })
          .execute();
        if (result.affected !== 1) throw AppError.versionConflict(PROTOCOL_VERSION_NOT_FOUND.what);
      } catch (error) {
        throw fromProtocolVersionTrigger(error) ?? error;
      }
    });
    return this.getVersion(ctx, versionId);
  }
}

/** A seeded protocol or one of the clinic's own; anything else is a 404. */
async function findVisibleProtocol(
  manager: EntityManager,
  ctx: RequestContext,
  id: string,
  lock = false,
): Promise<ProtocolEntity> {
  const protocol = await manager.findOne(ProtocolEntity, {
    where: { id },
    ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
  });
  if (!protocol || (protocol.clinicId !== null && protocol.clinicId !== ctx.clinicId)) throw protocolNotFound();
  return protocol;
}

async function insertProtocol(
  manager: EntityManager,
  ctx: RequestContext,
  input: {
    title: string;
    description: string | null;
    clonedFromVersionId: string | null;
    definition: ProtocolDefinition;
  },
): Promise<string> {
  const { identifiers } = await manager.insert(ProtocolEntity, {
    clinicId: ctx.clinicId,
    seedKey: null,
    title: input.title,
    description: input.description,
    clonedFromVersionId: input.clonedFromVersionId,
    archivedAt: null,
    createdBy: ctx.userId,
  });
  const id = (identifiers[0] as { id: string }).id;
  await manager.insert(ProtocolVersionEntity, {
    protocolId: id,
    number: 1,
    definition: input.definition,
    createdBy: ctx.userId,
  });
  return id;
}

/**
 * Checks a definition with the clinical library. An exercise "exists" when the clinic may use it:
 * a seeded one or its own (another clinic's is refused like an unknown id).
 */
async function checkedDefinition(
  manager: EntityManager,
  ctx: RequestContext,
  definition: unknown,
): Promise<ProtocolDefinition> {
  const visible = await findVisibleExercises(manager, ctx.clinicId, candidateExerciseIds(definition));
  const result = validateProtocolDefinition(definition, { exerciseExists: (id) => visible.has(id) });
  if (!result.ok) throw validationFailed(result.issues);
  return result.value;
}

/** The UUID-shaped exercise ids of a definition not yet validated (the rest cannot exist anyway). */
function candidateExerciseIds(definition: unknown): string[] {
  const ids: string[] = [];
  const phases = (definition as { phases?: unknown } | null)?.phases;
  if (!Array.isArray(phases)) return ids;
  for (const phase of phases as unknown[]) {
    const exercises = (phase as { exercises?: unknown } | null)?.exercises;
    if (!Array.isArray(exercises)) continue;
    for (const item of exercises as unknown[]) {
      const id = (item as { exerciseId?: unknown } | null)?.exerciseId;
      if (typeof id === 'string' && UUID.test(id)) ids.push(id);
    }
  }
  return ids;
}

/**
 * Version summaries per protocol, newest first (only the latest with `latestOnly`). `inUse` counts
 * the clinic's own programmes: for its own versions that is every programme there can be, and for a
 * seeded version another clinic's use is none of its business.
 */
async function versionSummaries(
  manager: EntityManager,
  ctx: RequestContext,
  protocolIds: string[],
  latestOnly: boolean,
): Promise<Map<string, ProtocolVersionSummary[]>> {
  const byProtocol = new Map<string, ProtocolVersionSummary[]>();
  if (protocolIds.length === 0) return byProtocol;
  const rows: VersionSummaryRow[] = await manager.query(
    `SELECT ${latestOnly ? 'DISTINCT ON (v.protocol_id)' : ''} v.id, v.protocol_id, v.number, v.created_at, v.created_by,
            EXISTS (SELECT 1 FROM programme g WHERE g.protocol_version_id = v.id AND g.clinic_id = $2) AS in_use
       FROM protocol_version v
      WHERE v.protocol_id = ANY($1::uuid[])
      ORDER BY v.protocol_id, v.number DESC`,
    [protocolIds, ctx.clinicId],
  );
  for (const row of rows) {
    const list = byProtocol.get(row.protocol_id) ?? [];
    list.push(toVersionSummary(row));
    byProtocol.set(row.protocol_id, list);
  }
  return byProtocol;
}

function firstVersion(protocol: ProtocolEntity, versions: Map<string, ProtocolVersionSummary[]>) {
  const latest = versions.get(protocol.id)?.[0];
  if (!latest) throw new Error(`protocol ${protocol.id} has no version`);
  return latest;
}

async function usedByClinic(manager: EntityManager, ctx: RequestContext, versionId: string): Promise<boolean> {
  const rows: unknown[] = await manager.query(
    'SELECT 1 FROM programme WHERE protocol_version_id = $1 AND clinic_id = $2 LIMIT 1',
    [versionId, ctx.clinicId],
  );
  return rows.length > 0;
}

/** Whether any programme at all uses the version: what decides whether it may still change. */
async function usedByAnyProgramme(manager: EntityManager, versionId: string): Promise<boolean> {
  const rows: unknown[] = await manager.query('SELECT 1 FROM programme WHERE protocol_version_id = $1 LIMIT 1', [
    versionId,
  ]);
  return rows.length > 0;
}
