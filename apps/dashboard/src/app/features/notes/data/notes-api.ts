import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  CreateAddendumRequest,
  CreateNoteRequest,
  Note,
  NoteObjectiveDraft,
  NotePage,
  SignNoteRequest,
  UpdateNoteRequest,
} from '@proprio/contracts';
import type { Observable } from 'rxjs';

import { apiUrl } from '../../../core/http/api-url';

/** SOAP notes of an episode: drafts, the objective preview, signing and addenda. */
@Injectable({ providedIn: 'root' })
export class NotesApi {
  private readonly http = inject(HttpClient);

  /** The episode's notes, newest reporting period first, with the progress-report status. */
  list(episodeId: string, limit: number, offset = 0): Observable<NotePage> {
    const params = new HttpParams().set('limit', limit).set('offset', offset);
    return this.http.get<NotePage>(apiUrl('episodes', episodeId, 'notes'), { params });
  }

  /** A new draft; the API fills the objective from the period's records when it is omitted. */
  create(episodeId: string, request: CreateNoteRequest): Observable<Note> {
    return this.http.post<Note>(apiUrl('episodes', episodeId, 'notes'), request);
  }

  /** What the records of a period say, as objective text (writes nothing). */
  objective(episodeId: string, periodStart: string, periodEnd: string): Observable<NoteObjectiveDraft> {
    const params = new HttpParams().set('periodStart', periodStart).set('periodEnd', periodEnd);
    return this.http.get<NoteObjectiveDraft>(apiUrl('episodes', episodeId, 'note-objective'), { params });
  }

  get(noteId: string): Observable<Note> {
    return this.http.get<Note>(apiUrl('notes', noteId));
  }

  /** Replaces a draft's content; 409 VERSION_CONFLICT when someone saved it since `version`. */
  update(noteId: string, request: UpdateNoteRequest): Observable<Note> {
    return this.http.put<Note>(apiUrl('notes', noteId), request);
  }

  /** Deletes a draft (a signed note cannot be deleted: 409 NOTE_ALREADY_SIGNED). */
  remove(noteId: string): Observable<void> {
    return this.http.delete<void>(apiUrl('notes', noteId));
  }

  sign(noteId: string, request: SignNoteRequest): Observable<Note> {
    return this.http.post<Note>(apiUrl('notes', noteId, 'sign'), request);
  }

  addAddendum(noteId: string, request: CreateAddendumRequest): Observable<Note> {
    return this.http.post<Note>(apiUrl('notes', noteId, 'addenda'), request);
  }
}
