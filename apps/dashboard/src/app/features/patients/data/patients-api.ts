import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { CreatePatientRequest, Page, Patient, PatientQuery, UpdatePatientRequest } from '@proprio/contracts';
import type { Observable } from 'rxjs';

import { apiUrl } from '../../../core/http/api-url';

/** The `/patients` endpoints. */
@Injectable({ providedIn: 'root' })
export class PatientsApi {
  private readonly http = inject(HttpClient);

  list(query: PatientQuery): Observable<Page<Patient>> {
    return this.http.get<Page<Patient>>(apiUrl('patients'), { params: toParams(query) });
  }

  get(id: string): Observable<Patient> {
    return this.http.get<Patient>(apiUrl('patients', id));
  }

  create(request: CreatePatientRequest): Observable<Patient> {
    return this.http.post<Patient>(apiUrl('patients'), request);
  }

  update(id: string, request: UpdatePatientRequest): Observable<Patient> {
    return this.http.patch<Patient>(apiUrl('patients', id), request);
  }

  archive(id: string, version: number): Observable<Patient> {
    return this.http.post<Patient>(apiUrl('patients', id, 'archive'), { version });
  }

  restore(id: string, version: number): Observable<Patient> {
    return this.http.post<Patient>(apiUrl('patients', id, 'restore'), { version });
  }
}

/** Sends only the criteria that are set, so the API applies its own defaults to the rest. */
function toParams(query: PatientQuery): HttpParams {
  let params = new HttpParams();
  const q = query.q?.trim();
  if (q) {
    params = params.set('q', q);
  }
  if (query.includeArchived) {
    params = params.set('includeArchived', 'true');
  }
  if (query.sort) {
    params = params.set('sort', query.sort);
  }
  if (query.order) {
    params = params.set('order', query.order);
  }
  if (query.limit !== undefined) {
    params = params.set('limit', query.limit);
  }
  if (query.offset !== undefined) {
    params = params.set('offset', query.offset);
  }
  return params;
}
