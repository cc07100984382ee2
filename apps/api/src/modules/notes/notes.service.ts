import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { hasPermission, type FieldIssue, type Note, type NoteObjectiveDraft, type NotePage } from '@proprio/contracts';
import { DataSource, In, type QueryDeepPartialEntity } from 'typeorm';
import { AppError } from '../../core/errors/app-error.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import type { PageQueryDto } from '../../core/validation/page-query.dto.js';
import type { EpisodeEntity } from '../episodes/episode.entity.js';
import { EpisodesService } from '../episodes/episodes.service.js';
import { EpisodeRecordService } from '../exports/episode-record.service.js';
import { criteriaToday } from '../programmes/episode-criteria.service.js';
import { UserEntity } from '../users/user.entity.js';
import type { CreateAddendumDto } from './dto/create-addendum.dto.js';
import type { CreateNoteDto } from './dto/create-note.dto.js';
import type { SignNoteDto } from './dto/sign-note.dto.js';
import type { UpdateNoteDto } from './dto/update-note.dto.js';
import { NoteAddendumEntity } from './note-addendum.entity.js';
import { noteContentHash } from './note-content-hash.js';
import { NoteEntity } from './note.entity.js';
import { toNote } from './note.mapper.js';
import { buildObjectiveDraft, type NotePeriod } from './objective/objective-text.js';
import { ProgressNoteStatusService } from './progress/progress-note-status.service.js';

const NOTE = 'The note';
const noteNotFound = () => AppError.notFound('NOTE_NOT_FOUND', NOTE);
const alreadySigned = () =>
  new AppError(
    409,
    'NOTE_ALREADY_SIGNED',
    'The note is signed: it can no longer be changed, signed again or deleted. Add an addendum to correct it.',
  );
const notSigned = () =>
  new AppError(409, 'NOTE_NOT_SIGNED', 'The note is a draft: edit it, or sign it before adding an addendum.');
const notYourDraft = () =>
  new AppError(403, 'FORBIDDEN', 'Only the author of a draft, or a clinician who signs notes, may discard it.');
const archived = () =>
  new AppError(
    409,
    'ARCHIVED',
    'The episode is archived: its notes can no longer be written, changed, deleted or signed (addenda to signed notes still can).',
  );

const SECTIONS = ['subjective', 'objective', 'assessment', 'plan'] as const;

/**
 * The only rows a draft write may touch: this clinic's note, still a draft, at the version the client
 * read (when given), in an episode that is not archived. The check and the write are one statement,
 * so two concurrent edits or signatures cannot both succeed (TypeORM's @VersionColumn would not stop
 * the second). `"note"` is the UPDATE/DELETE target table, named in full inside the sub-query.
 */
const WRITABLE_DRAFT =
  `"note"."id" = :id AND "note"."clinic_id" = :clinicId AND "note"."status" = 'draft'` +
  ` AND EXISTS (SELECT 1 FROM "episode" e WHERE e.id = "note"."episode_id" AND e.clinic_id = "note"."clinic_id" AND e.archived_at IS NULL)`;

/** SOAP notes: drafts, signing, addenda. A signed note is never changed (service and trigger). */
@Injectable()
export class NotesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly episodes: EpisodesService,
    private readonly records: EpisodeRecordService,
    private readonly progress: ProgressNoteStatusService,
  ) {}

  /** The clinic's note (404 NOTE_NOT_FOUND for another clinic's or a missing one). */
  async get(ctx: RequestContext, noteId: string): Promise<Note> {
    const [mapped] = await this.withDetails(ctx, [await this.findNote(ctx, noteId)]);
    return mapped!;
  }

  /** A page of the episode's notes, the latest reporting period first, with the progress-report reminder. */
  async list(ctx: RequestContext, episodeId: string, query: PageQueryDto): Promise<NotePage> {
    await this.episodes.find(ctx, episodeId);
    const [rows, total] = await this.dataSource.getRepository(NoteEntity).findAndCount({
      where: { clinicId: ctx.clinicId, episodeId },
      order: { periodEnd: 'DESC', createdAt: 'DESC', id: 'DESC' },
      take: query.limit,
      skip: query.offset,
    });
    const [items, progress] = await Promise.all([
      this.withDetails(ctx, rows),
      this.progress.forEpisode(ctx.clinicId, episodeId, criteriaToday()),
    ]);
    return { items, total, limit: query.limit, offset: query.offset, progress };
  }

  /** Every note of the clinic's episode, the latest reporting period first. */
  async listAll(ctx: RequestContext, episodeId: string): Promise<Note[]> {
    await this.episodes.find(ctx, episodeId);
    const notes = await this.dataSource.getRepository(NoteEntity).find({
      where: { clinicId: ctx.clinicId, episodeId },
      order: { periodEnd: 'DESC', createdAt: 'DESC', id: 'DESC' },
    });
    return this.withDetails(ctx, notes);
  }

  /** The signed note with the latest reporting period (the latest signed on a tie), or null. */
  async latestSigned(ctx: RequestContext, episodeId: string): Promise<Note | null> {
    await this.episodes.find(ctx, episodeId);
    const note = await this.dataSource.getRepository(NoteEntity).findOne({
      where: { clinicId: ctx.clinicId, episodeId, status: 'signed' },
      order: { periodEnd: 'DESC', signedAt: 'DESC', id: 'DESC' },
    });
    if (!note) return null;
    const [mapped] = await this.withDetails(ctx, [note]);
    return mapped!;
  }

  /** What the records of a period say, as objective text; writes nothing. */
  async objectivePreview(ctx: RequestContext, episodeId: string, period: NotePeriod): Promise<NoteObjectiveDraft> {
    const episode = await this.episodes.find(ctx, episodeId);
    checkPeriod(episode, period);
    return buildObjectiveDraft(await this.records.load(ctx, episodeId), period);
  }

  /** A new draft by the signed-in user; the objective section is filled from the period's records unless given. */
  async create(ctx: RequestContext, episodeId: string, dto: CreateNoteDto): Promise<Note> {
    const episode = await this.episodes.find(ctx, episodeId);
    if (episode.archivedAt !== null) throw archived();
    checkPeriod(episode, dto);
    const objective = dto.objective ?? buildObjectiveDraft(await this.records.load(ctx, episodeId), dto).text;
    const { identifiers } = await this.dataSource.getRepository(NoteEntity).insert({
      clinicId: ctx.clinicId,
      episodeId,
      type: dto.type,
      status: 'draft',
      periodStart: dto.periodStart,
      periodEnd: dto.periodEnd,
      subjective: dto.subjective ?? '',
      objective,
      assessment: dto.assessment ?? '',
      plan: dto.plan ?? '',
      authorId: ctx.userId,
    });
    return this.get(ctx, (identifiers[0] as { id: string }).id);
  }

  /** Replaces a draft's content as a whole, based on the version the client read. */
  async update(ctx: RequestContext, noteId: string, dto: UpdateNoteDto): Promise<Note> {
    const { episode } = await this.writableDraft(ctx, noteId, dto.version);
    checkPeriod(episode, dto);
    await this.writeDraft(ctx, noteId, dto.version, {
      type: dto.type,
      periodStart: dto.periodStart,
      periodEnd: dto.periodEnd,
      subjective: dto.subjective,
      objective: dto.objective,
      assessment: dto.assessment,
      plan: dto.plan,
    });
    return this.get(ctx, noteId);
  }

  /**
   * Discards a draft; a signed note is never deleted. Only the draft's author, or a clinician who
   * may sign notes, may discard it: an assistant cannot throw away a therapist's draft.
   */
  async remove(ctx: RequestContext, noteId: string): Promise<void> {
    const { note } = await this.writableDraft(ctx, noteId, null);
    if (note.authorId !== ctx.userId && !hasPermission(ctx.role, 'note:sign')) throw notYourDraft();
    const result = await this.dataSource
      .createQueryBuilder()
      .delete()
      .from(NoteEntity)
      .where(WRITABLE_DRAFT, { id: noteId, clinicId: ctx.clinicId })
      .execute();
    if (result.affected !== 1) throw await this.refusal(ctx, noteId);
  }

  /**
   * Signs the draft the client read: every SOAP section must be written. The signer's name and
   * professional title are stored as they are now, with the time and the hash of the signed content.
   */
  async sign(ctx: RequestContext, noteId: string, dto: SignNoteDto): Promise<Note> {
    const { note } = await this.writableDraft(ctx, noteId, dto.version);
    const blank = SECTIONS.filter((section) => note[section].trim() === '');
    if (blank.length) {
      throw AppError.validation(
        blank.map((field) => ({ field, issue: 'must not be blank to sign the note' })),
        'Write every SOAP section before signing the note.',
      );
    }
    const signer = await this.signer(ctx);
    const signedAt = new Date();
    const contentHash = noteContentHash({
      noteId: note.id,
      episodeId: note.episodeId,
      type: note.type,
      periodStart: note.periodStart,
      periodEnd: note.periodEnd,
      subjective: note.subjective,
      objective: note.objective,
      assessment: note.assessment,
      plan: note.plan,
      signerId: signer.id,
      signerName: signer.displayName,
      signerTitle: signer.professionalTitle,
      signedAt: signedAt.toISOString(),
    });
    // The version condition guarantees that the content just hashed is the content being signed.
    await this.writeDraft(ctx, noteId, dto.version, {
      status: 'signed',
      signedBy: signer.id,
      signedAt,
      signerName: signer.displayName,
      signerTitle: signer.professionalTitle,
      contentHash,
    });
    return this.get(ctx, noteId);
  }

  /**
   * A correction or addition to a signed note, signed by its author now. Possible in an archived
   * episode too. Its time comes from the same clock as the note's signature (this process, not the
   * database's now()), so the two can be compared.
   */
  async addAddendum(ctx: RequestContext, noteId: string, dto: CreateAddendumDto): Promise<Note> {
    const note = await this.findNote(ctx, noteId);
    if (note.status !== 'signed') throw notSigned();
    const signer = await this.signer(ctx);
    await this.dataSource.getRepository(NoteAddendumEntity).insert({
      clinicId: ctx.clinicId,
      noteId,
      body: dto.body,
      signedBy: signer.id,
      signerName: signer.displayName,
      signerTitle: signer.professionalTitle,
      signedAt: new Date(),
    });
    return this.get(ctx, noteId);
  }

  private async findNote(ctx: RequestContext, noteId: string): Promise<NoteEntity> {
    const note = await this.dataSource.getRepository(NoteEntity).findOneBy({ id: noteId, clinicId: ctx.clinicId });
    if (!note) throw noteNotFound();
    return note;
  }

  /** The draft with its episode, refused early (signed, archived, stale version) for a clear answer. */
  private async writableDraft(
    ctx: RequestContext,
    noteId: string,
    version: number | null,
  ): Promise<{ note: NoteEntity; episode: EpisodeEntity }> {
    const note = await this.findNote(ctx, noteId);
    if (note.status === 'signed') throw alreadySigned();
    const episode = await this.episodes.find(ctx, note.episodeId);
    if (episode.archivedAt !== null) throw archived();
    if (version !== null && version !== note.version) throw AppError.versionConflict(NOTE);
    return { note, episode };
  }

  /** A conditional write of a draft at `version`, bumping it; no row touched is refused with the reason. */
  private async writeDraft(
    ctx: RequestContext,
    noteId: string,
    version: number,
    changes: QueryDeepPartialEntity<NoteEntity>,
  ): Promise<void> {
    const result = await this.dataSource
      .createQueryBuilder()
      .update(NoteEntity)
      .set({ ...changes, version: () => 'version + 1' })
      .where(`${WRITABLE_DRAFT} AND "note"."version" = :version`, { id: noteId, clinicId: ctx.clinicId, version })
      .execute();
    if (result.affected !== 1) throw await this.refusal(ctx, noteId);
  }

  /** Why a conditional write touched no row, read after the fact: gone, signed, archived, or changed since. */
  private async refusal(ctx: RequestContext, noteId: string): Promise<AppError> {
    const note = await this.dataSource.getRepository(NoteEntity).findOneBy({ id: noteId, clinicId: ctx.clinicId });
    if (!note) return noteNotFound();
    if (note.status === 'signed') return alreadySigned();
    const episode = await this.episodes.find(ctx, note.episodeId);
    if (episode.archivedAt !== null) return archived();
    return AppError.versionConflict(NOTE);
  }

  /** The signed-in user as they are identified now (the request was authenticated against this row). */
  private async signer(ctx: RequestContext): Promise<UserEntity> {
    return this.dataSource.getRepository(UserEntity).findOneByOrFail({ id: ctx.userId, clinicId: ctx.clinicId });
  }

  /** Author names and addenda for a batch of notes, in two queries. */
  private async withDetails(ctx: RequestContext, notes: readonly NoteEntity[]): Promise<Note[]> {
    if (!notes.length) return [];
    const [authors, addenda] = await Promise.all([
      this.dataSource
        .getRepository(UserEntity)
        .findBy({ clinicId: ctx.clinicId, id: In([...new Set(notes.map((n) => n.authorId))]) }),
      this.dataSource
        .getRepository(NoteAddendumEntity)
        .findBy({ clinicId: ctx.clinicId, noteId: In(notes.map((n) => n.id)) }),
    ]);
    const names = new Map(authors.map((a) => [a.id, a.displayName]));
    return notes.map((note) =>
      toNote(
        note,
        names.get(note.authorId) ?? '',
        addenda.filter((a) => a.noteId === note.id),
      ),
    );
  }
}

/**
 * The period against the episode and the clinic's calendar: not before the injury, not after today
 * (the order of the two dates is checked with the request). 400 naming each field otherwise.
 */
function checkPeriod(episode: EpisodeEntity, period: NotePeriod): void {
  const issues: FieldIssue[] = [];
  if (period.periodStart < episode.injuryDate) {
    issues.push({ field: 'periodStart', issue: `must not be before the injury (${episode.injuryDate})` });
  }
  const today = criteriaToday();
  if (period.periodEnd > today) issues.push({ field: 'periodEnd', issue: `must not be after today (${today})` });
  if (issues.length) throw AppError.validation(issues);
}
