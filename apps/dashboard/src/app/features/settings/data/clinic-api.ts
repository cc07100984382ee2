import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { Clinic, UpdateClinicRequest } from '@proprio/contracts';
import type { Observable } from 'rxjs';

import { apiUrl } from '../../../core/http/api-url';

/** The `/clinic` endpoint: the signed-in user's own clinic (changes: clinic administrators only). */
@Injectable({ providedIn: 'root' })
export class ClinicApi {
  private readonly http = inject(HttpClient);

  get(): Observable<Clinic> {
    return this.http.get<Clinic>(apiUrl('clinic'));
  }

  update(request: UpdateClinicRequest): Observable<Clinic> {
    return this.http.patch<Clinic>(apiUrl('clinic'), request);
  }
}
