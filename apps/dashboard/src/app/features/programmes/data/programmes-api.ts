import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  AdvancePhaseRequest,
  AssignProgrammeRequest,
  Programme,
  ProgrammeHistory,
  Progression,
  UpdateProgrammeRequest,
} from '@proprio/contracts';
import { catchError, of, throwError, type Observable } from 'rxjs';

import { toApiError } from '../../../core/http/api-error';
import { apiUrl } from '../../../core/http/api-url';

/** An episode's programme: assignment, the prescription, its history and the phase gate. */
@Injectable({ providedIn: 'root' })
export class ProgrammesApi {
  private readonly http = inject(HttpClient);

  /** The episode's programme, or null when none has been assigned yet (404 PROGRAMME_NOT_FOUND). */
  get(episodeId: string): Observable<Programme | null> {
    return this.http
      .get<Programme>(apiUrl('episodes', episodeId, 'programme'))
      .pipe(
        catchError((error: unknown) =>
          toApiError(error).code === 'PROGRAMME_NOT_FOUND' ? of(null) : throwError(() => error),
        ),
      );
  }

  assign(episodeId: string, request: AssignProgrammeRequest): Observable<Programme> {
    return this.http.post<Programme>(apiUrl('episodes', episodeId, 'programme'), request);
  }

  update(episodeId: string, request: UpdateProgrammeRequest): Observable<Programme> {
    return this.http.put<Programme>(apiUrl('episodes', episodeId, 'programme'), request);
  }

  progression(episodeId: string): Observable<Progression> {
    return this.http.get<Progression>(apiUrl('episodes', episodeId, 'programme', 'progression'));
  }

  history(episodeId: string): Observable<ProgrammeHistory> {
    return this.http.get<ProgrammeHistory>(apiUrl('episodes', episodeId, 'programme', 'history'));
  }

  advance(episodeId: string, request: AdvancePhaseRequest): Observable<Programme> {
    return this.http.post<Programme>(apiUrl('episodes', episodeId, 'programme', 'advance'), request);
  }
}
