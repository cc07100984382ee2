import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Note } from '@proprio/contracts';
import { DataSource, In } from 'typeorm';
import { AppError } from '../../core/errors/app-error.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import { EpisodesService } from '../episodes/episodes.service.js';
import { UserEntity } from '../users/user.entity.js';
import { NoteAddendumEntity } from './note-addendum.entity.js';
import { NoteEntity } from './note.entity.js';
import { toNote } from './note.mapper.js';

const noteNotFound = () => AppError.notFound('NOTE_NOT_FOUND', 'The note');

/** SOAP notes: drafts, signing, addenda. A signed note is never changed (service and trigger). */
@Injectable()
export class NotesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly episodes: EpisodesService,
  ) {}

  /** The clinic's note (404 NOTE_NOT_FOUND for another clinic's or a missing one). */
  async get(ctx: RequestContext, noteId: string): Promise<Note> {
    const note = await this.dataSource.getRepository(NoteEntity).findOneBy({ id: noteId, clinicId: ctx.clinicId });
    if (!note) throw noteNotFound();
    const [mapped] = await this.withDetails(ctx, [note]);
    return mapped!;
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
