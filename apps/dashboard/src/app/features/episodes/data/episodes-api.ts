import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { CreateEpisodeRequest, Episode, UpdateEpisodeRequest } from '@proprio/contracts';
import type { Observable } from 'rxjs';

import { apiUrl } from '../../../core/http/api-url';

/** The episode-of-care endpoints, under a patient and on their own. */
@Injectable({ providedIn: 'root' })
export class EpisodesApi {
  private readonly http = inject(HttpClient);

  listForPatient(patientId: string): Observable<Episode[]> {
    return this.http.get<Episode[]>(apiUrl('patients', patientId, 'episodes'));
  }

  create(patientId: string, request: CreateEpisodeRequest): Observable<Episode> {
    return this.http.post<Episode>(apiUrl('patients', patientId, 'episodes'), request);
  }

  get(id: string): Observable<Episode> {
    return this.http.get<Episode>(apiUrl('episodes', id));
  }

  update(id: string, request: UpdateEpisodeRequest): Observable<Episode> {
    return this.http.patch<Episode>(apiUrl('episodes', id), request);
  }

  archive(id: string, version: number): Observable<Episode> {
    return this.http.post<Episode>(apiUrl('episodes', id, 'archive'), { version });
  }
}
