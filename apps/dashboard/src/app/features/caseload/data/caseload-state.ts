import { inject, Injectable, linkedSignal } from '@angular/core';
import { DEFAULT_PAGE_SIZE } from '@proprio/contracts';

import { AuthStore } from '../../../core/auth/auth-store';
import type { CaseloadQuery } from './caseload-api';

export const INITIAL_CASELOAD_QUERY: Readonly<CaseloadQuery> = { scope: 'mine', limit: DEFAULT_PAGE_SIZE, offset: 0 };

/**
 * The caseload's scope and page, kept while the user opens episodes and comes back; reset when the
 * signed-in user changes.
 */
@Injectable({ providedIn: 'root' })
export class CaseloadState {
  private readonly auth = inject(AuthStore);

  readonly query = linkedSignal<string | null, CaseloadQuery>({
    source: () => this.auth.user()?.id ?? null,
    // A therapist starts with their own patients; others (assistants, admins) own no caseload of their own.
    computation: () => ({
      ...INITIAL_CASELOAD_QUERY,
      scope: this.auth.user()?.role === 'therapist' ? 'mine' : 'clinic',
    }),
  });

  update(changes: Partial<CaseloadQuery>): void {
    this.query.update((query) => ({ ...query, ...changes }));
  }
}
