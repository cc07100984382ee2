import { inject, Injectable, linkedSignal } from '@angular/core';
import { DEFAULT_PAGE_SIZE, type PatientSortKey } from '@proprio/contracts';

import { AuthStore } from '../../../core/auth/auth-store';

export interface PatientListQuery {
  q: string;
  includeArchived: boolean;
  sort: PatientSortKey;
  order: 'asc' | 'desc';
  limit: number;
  offset: number;
}

export const INITIAL_PATIENT_LIST_QUERY: Readonly<PatientListQuery> = {
  q: '',
  includeArchived: false,
  sort: 'familyName',
  order: 'asc',
  limit: DEFAULT_PAGE_SIZE,
  offset: 0,
};

/**
 * The patient list's search, sort and page, kept while the user moves between patients so "back to
 * the list" finds it as it was. Held in memory, not in the URL: a search is often a patient's name,
 * which must not land in browser history or server logs. It resets whenever the signed-in user
 * changes, so nothing carries over from one session to the next.
 */
@Injectable({ providedIn: 'root' })
export class PatientListState {
  private readonly auth = inject(AuthStore);

  readonly query = linkedSignal<string | null, PatientListQuery>({
    source: () => this.auth.user()?.id ?? null,
    computation: () => ({ ...INITIAL_PATIENT_LIST_QUERY }),
  });

  update(changes: Partial<PatientListQuery>): void {
    this.query.update((query) => ({ ...query, ...changes }));
  }
}
