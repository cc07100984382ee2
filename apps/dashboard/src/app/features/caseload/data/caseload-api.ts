import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { CaseloadEntry, Page } from '@proprio/contracts';
import type { Observable } from 'rxjs';

import { apiUrl } from '../../../core/http/api-url';

/** Mine: episodes where I am the responsible therapist; clinic: every active episode with a programme. */
export type CaseloadScope = 'mine' | 'clinic';

export interface CaseloadQuery {
  scope: CaseloadScope;
  limit: number;
  offset: number;
}

/** `GET /caseload`: one row per active episode with a programme. */
@Injectable({ providedIn: 'root' })
export class CaseloadApi {
  private readonly http = inject(HttpClient);

  list(query: CaseloadQuery): Observable<Page<CaseloadEntry>> {
    const params = new HttpParams().set('scope', query.scope).set('limit', query.limit).set('offset', query.offset);
    return this.http.get<Page<CaseloadEntry>>(apiUrl('caseload'), { params });
  }
}
