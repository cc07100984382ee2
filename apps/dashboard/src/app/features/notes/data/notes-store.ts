import { computed, inject, Injectable, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import type { CreateNoteRequest, Note, NoteObjectiveDraft, NotePage, UpdateNoteRequest } from '@proprio/contracts';
import { defer, finalize, tap, throwError, type Observable } from 'rxjs';

import { NotesApi } from './notes-api';

/** What the store is sending, so pages can disable the other actions meanwhile. */
export type NoteAction = 'saving' | 'signing' | 'discarding' | 'adding-addendum';

export interface NotesListQuery {
  limit: number;
  offset: number;
}

/** Notes per page of an episode's history. */
export const NOTES_PAGE_SIZE = 20;

/**
 * The notes feature's state: an episode's notes (with the progress-report status) and one note,
 * with the actions that change it. Provided by each notes page, so it lives and dies with the page
 * and never shows one patient's note on another's screen.
 */
@Injectable()
export class NotesStore {
  private readonly api = inject(NotesApi);

  /** The episode whose notes are listed; nothing is asked until a page sets it. */
  readonly episodeId = signal<string | undefined>(undefined);
  readonly listQuery = signal<NotesListQuery>({ limit: NOTES_PAGE_SIZE, offset: 0 });
  readonly notes = rxResource<NotePage, { episodeId: string; limit: number; offset: number } | undefined>({
    params: () => {
      const episodeId = this.episodeId();
      return episodeId ? { episodeId, ...this.listQuery() } : undefined;
    },
    stream: ({ params }) => this.api.list(params.episodeId, params.limit, params.offset),
  });
  readonly page = computed(() => (this.notes.hasValue() ? this.notes.value() : undefined));

  /** The note shown or edited; undefined while a new note has not been saved yet. */
  readonly noteId = signal<string | undefined>(undefined);
  readonly note = rxResource<Note, string | undefined>({
    params: () => this.noteId(),
    stream: ({ params }) => this.api.get(params),
  });
  readonly current = computed(() => (this.note.hasValue() ? this.note.value() : undefined));

  private readonly running = signal<NoteAction | null>(null);
  readonly pending = this.running.asReadonly();

  /** Creates a draft. The caller opens it (on its own page, with its own store). */
  create(episodeId: string, request: CreateNoteRequest): Observable<Note> {
    return this.run('saving', this.api.create(episodeId, request));
  }

  /** Replaces the draft's content; the saved note becomes the store's note. */
  save(request: UpdateNoteRequest): Observable<Note> {
    const noteId = this.noteId();
    return noteId
      ? this.run('saving', this.api.update(noteId, request)).pipe(tap((note) => this.takeIn(note)))
      : missing();
  }

  /** Signs the note as saved at `version`; from then on it never changes. */
  sign(version: number): Observable<Note> {
    const noteId = this.noteId();
    return noteId
      ? this.run('signing', this.api.sign(noteId, { version })).pipe(tap((note) => this.takeIn(note)))
      : missing();
  }

  addAddendum(body: string): Observable<Note> {
    const noteId = this.noteId();
    return noteId
      ? this.run('adding-addendum', this.api.addAddendum(noteId, { body })).pipe(tap((note) => this.takeIn(note)))
      : missing();
  }

  /** Deletes the draft for good. */
  discard(): Observable<void> {
    const noteId = this.noteId();
    return noteId ? this.run('discarding', this.api.remove(noteId)) : missing();
  }

  /** The objective text the records of a period give (a preview: nothing is written). */
  objective(episodeId: string, periodStart: string, periodEnd: string): Observable<NoteObjectiveDraft> {
    return this.api.objective(episodeId, periodStart, periodEnd);
  }

  private takeIn(note: Note): void {
    this.note.set(note);
  }

  private run<T>(action: NoteAction, request: Observable<T>): Observable<T> {
    return defer(() => {
      this.running.set(action);
      return request.pipe(finalize(() => this.running.set(null)));
    });
  }
}

/** A programming error (an action before the page said which note): fail loudly. */
function missing(): Observable<never> {
  return throwError(() => new Error('NotesStore: no note selected'));
}
