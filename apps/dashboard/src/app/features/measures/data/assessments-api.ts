import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  AmendMeasurementRequest,
  Assessment,
  CreateAssessmentRequest,
  Measurement,
  SymmetryTrend,
  VoidRequest,
} from '@proprio/contracts';
import type { Observable } from 'rxjs';

import { apiUrl } from '../../../core/http/api-url';

/** Test sessions, their measurements (with correction history) and the symmetry trend. */
@Injectable({ providedIn: 'root' })
export class AssessmentsApi {
  private readonly http = inject(HttpClient);

  /** Every session of the episode, newest first, each with all its values (current, superseded, voided). */
  list(episodeId: string): Observable<Assessment[]> {
    return this.http.get<Assessment[]>(apiUrl('episodes', episodeId, 'assessments'));
  }

  create(episodeId: string, request: CreateAssessmentRequest): Observable<Assessment> {
    return this.http.post<Assessment>(apiUrl('episodes', episodeId, 'assessments'), request);
  }

  amend(measurementId: string, request: AmendMeasurementRequest): Observable<Measurement> {
    return this.http.post<Measurement>(apiUrl('measurements', measurementId, 'amend'), request);
  }

  void(measurementId: string, request: VoidRequest): Observable<Measurement> {
    return this.http.post<Measurement>(apiUrl('measurements', measurementId, 'void'), request);
  }

  symmetry(episodeId: string): Observable<SymmetryTrend[]> {
    return this.http.get<SymmetryTrend[]>(apiUrl('episodes', episodeId, 'symmetry'));
  }
}
