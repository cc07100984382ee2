import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { Equipment, Skill, StandardPhase } from '@proprio/clinical';
import type { Exercise, ExerciseRequest, ExerciseSource, Page, UpdateExerciseRequest } from '@proprio/contracts';
import type { Observable } from 'rxjs';

import { apiUrl } from '../../../core/http/api-url';

/** The criteria of `GET /exercises`; `skill`, `equipment` and `phase` repeat in the query string. */
export interface ExerciseQuery {
  q?: string;
  skill?: readonly Skill[];
  equipment?: readonly Equipment[];
  /** Needs nothing outside `equipment` (instead of: needs each item of `equipment`). */
  availableOnly?: boolean;
  phase?: readonly StandardPhase[];
  source?: ExerciseSource | null;
  includeArchived?: boolean;
  limit?: number;
  offset?: number;
}

/** The `/exercises` endpoints: the seeded library and the clinic's own exercises. */
@Injectable({ providedIn: 'root' })
export class ExercisesApi {
  private readonly http = inject(HttpClient);

  list(query: ExerciseQuery): Observable<Page<Exercise>> {
    return this.http.get<Page<Exercise>>(apiUrl('exercises'), { params: exerciseParams(query) });
  }

  get(id: string): Observable<Exercise> {
    return this.http.get<Exercise>(apiUrl('exercises', id));
  }

  create(request: ExerciseRequest): Observable<Exercise> {
    return this.http.post<Exercise>(apiUrl('exercises'), request);
  }

  update(id: string, request: UpdateExerciseRequest): Observable<Exercise> {
    return this.http.put<Exercise>(apiUrl('exercises', id), request);
  }

  archive(id: string, version: number): Observable<Exercise> {
    return this.http.post<Exercise>(apiUrl('exercises', id, 'archive'), { version });
  }

  restore(id: string, version: number): Observable<Exercise> {
    return this.http.post<Exercise>(apiUrl('exercises', id, 'restore'), { version });
  }
}

/** Sends only the criteria that are set, so the API applies its own defaults to the rest. */
export function exerciseParams(query: ExerciseQuery): HttpParams {
  let params = new HttpParams();
  const q = query.q?.trim();
  if (q) {
    params = params.set('q', q);
  }
  for (const skill of query.skill ?? []) {
    params = params.append('skill', skill);
  }
  for (const item of query.equipment ?? []) {
    params = params.append('equipment', item);
  }
  if (query.availableOnly) {
    params = params.set('availableOnly', 'true');
  }
  for (const phase of query.phase ?? []) {
    params = params.append('phase', phase);
  }
  if (query.source) {
    params = params.set('source', query.source);
  }
  if (query.includeArchived) {
    params = params.set('includeArchived', 'true');
  }
  if (query.limit !== undefined) {
    params = params.set('limit', query.limit);
  }
  if (query.offset !== undefined) {
    params = params.set('offset', query.offset);
  }
  return params;
}
