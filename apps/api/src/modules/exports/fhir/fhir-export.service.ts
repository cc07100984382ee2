import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Note } from '@proprio/contracts';
import { DataSource, In } from 'typeorm';
import { AppError } from '../../../core/errors/app-error.js';
import type { RequestContext } from '../../../core/tenancy/request-context.js';
import { NotesService } from '../../notes/notes.service.js';
import { UserEntity } from '../../users/user.entity.js';
import { EpisodeRecordService, type EpisodeRecord } from '../episode-record.service.js';
import { buildDocumentBundle } from './document-bundle.js';
import type { DocumentBundle } from './fhir-r4.js';
import type { Person } from './participants.js';

@Injectable()
export class FhirExportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly records: EpisodeRecordService,
    private readonly notes: NotesService,
  ) {}

  /**
   * The clinic's episode as a FHIR R4 document (404 EPISODE_NOT_FOUND for another clinic's). A FHIR
   * document is attested content, so it is made from the latest signed note: without one, 409
   * NO_SIGNED_NOTE rather than a document nobody signed.
   */
  async document(ctx: RequestContext, episodeId: string): Promise<DocumentBundle> {
    const note = await this.notes.latestSigned(ctx, episodeId);
    if (note === null) {
      throw new AppError(
        409,
        'NO_SIGNED_NOTE',
        'This episode has no signed note yet. A FHIR document carries attested content: sign a note, then export.',
      );
    }
    const record = await this.records.load(ctx, episodeId);
    const people = await this.people(ctx, record, note);
    return buildDocumentBundle({ record, note, people, now: new Date(), newId: randomUUID });
  }

  /** The record's staff, the note's author, and the signers as identified when they signed. */
  private async people(ctx: RequestContext, record: EpisodeRecord, note: Note): Promise<Map<string, Person>> {
    const people = new Map<string, Person>(record.staff);
    const signatures = [note.signature, ...note.addenda.map((a) => a.signature)].filter((s) => s !== null);
    const missing = [note.authorId, ...signatures.map((s) => s.userId)].filter((id) => !people.has(id));
    if (missing.length) {
      const users = await this.dataSource
        .getRepository(UserEntity)
        .findBy({ clinicId: ctx.clinicId, id: In([...new Set(missing)]) });
      for (const u of users)
        people.set(u.id, { id: u.id, name: u.displayName, professionalTitle: u.professionalTitle });
    }
    if (!people.has(note.authorId))
      people.set(note.authorId, { id: note.authorId, name: note.authorName, professionalTitle: null });
    for (const s of signatures)
      people.set(s.userId, { id: s.userId, name: s.name, professionalTitle: s.professionalTitle });
    return people;
  }
}
