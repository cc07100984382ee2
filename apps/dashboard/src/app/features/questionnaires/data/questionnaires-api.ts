import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  AmendQuestionnaireRequest,
  CreateQuestionnaireRequest,
  PromTrend,
  QuestionnaireResponse,
  VoidRequest,
} from '@proprio/contracts';
import type { Observable } from 'rxjs';

import { apiUrl } from '../../../core/http/api-url';

/** Questionnaire (PROM) responses, their correction history and the score trends. */
@Injectable({ providedIn: 'root' })
export class QuestionnairesApi {
  private readonly http = inject(HttpClient);

  /** Every response of the episode, newest first, including superseded and voided ones. */
  list(episodeId: string): Observable<QuestionnaireResponse[]> {
    return this.http.get<QuestionnaireResponse[]>(apiUrl('episodes', episodeId, 'questionnaires'));
  }

  create(episodeId: string, request: CreateQuestionnaireRequest): Observable<QuestionnaireResponse> {
    return this.http.post<QuestionnaireResponse>(apiUrl('episodes', episodeId, 'questionnaires'), request);
  }

  amend(responseId: string, request: AmendQuestionnaireRequest): Observable<QuestionnaireResponse> {
    return this.http.post<QuestionnaireResponse>(apiUrl('questionnaires', responseId, 'amend'), request);
  }

  void(responseId: string, request: VoidRequest): Observable<QuestionnaireResponse> {
    return this.http.post<QuestionnaireResponse>(apiUrl('questionnaires', responseId, 'void'), request);
  }

  trends(episodeId: string): Observable<PromTrend[]> {
    return this.http.get<PromTrend[]>(apiUrl('episodes', episodeId, 'prom-trends'));
  }
}
