import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { CreateSessionRequest, SessionPage, TreatmentSession } from '@proprio/contracts';
import type { Observable } from 'rxjs';

import { apiUrl } from '../../../core/http/api-url';

/** Treatment sessions (visits) of an episode, newest first, with the progress-note visit count. */
@Injectable({ providedIn: 'root' })
export class SessionsApi {
  private readonly http = inject(HttpClient);

  list(episodeId: string, limit: number, offset = 0): Observable<SessionPage> {
    const params = new HttpParams().set('limit', limit).set('offset', offset);
    return this.http.get<SessionPage>(apiUrl('episodes', episodeId, 'sessions'), { params });
  }

  create(episodeId: string, request: CreateSessionRequest): Observable<TreatmentSession> {
    return this.http.post<TreatmentSession>(apiUrl('episodes', episodeId, 'sessions'), request);
  }
}
