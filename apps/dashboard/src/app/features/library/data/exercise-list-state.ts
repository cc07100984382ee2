import { inject, Injectable, linkedSignal } from '@angular/core';
import type { Equipment, Skill, StandardPhase } from '@proprio/clinical';
import { DEFAULT_PAGE_SIZE, type ExerciseSource } from '@proprio/contracts';

import { AuthStore } from '../../../core/auth/auth-store';

export interface ExerciseListQuery {
  q: string;
  skill: Skill[];
  equipment: Equipment[];
  availableOnly: boolean;
  phase: StandardPhase[];
  source: ExerciseSource | null;
  includeArchived: boolean;
  limit: number;
  offset: number;
}

export const INITIAL_EXERCISE_LIST_QUERY: Readonly<ExerciseListQuery> = {
  q: '',
  skill: [],
  equipment: [],
  availableOnly: false,
  phase: [],
  source: null,
  includeArchived: false,
  limit: DEFAULT_PAGE_SIZE,
  offset: 0,
};

/**
 * The exercise library's filters and page, kept while the user opens exercises and comes back, and
 * reset when the signed-in user changes (as the patient list's search is).
 */
@Injectable({ providedIn: 'root' })
export class ExerciseListState {
  private readonly auth = inject(AuthStore);

  readonly query = linkedSignal<string | null, ExerciseListQuery>({
    source: () => this.auth.user()?.id ?? null,
    computation: () => ({ ...INITIAL_EXERCISE_LIST_QUERY }),
  });

  update(changes: Partial<ExerciseListQuery>): void {
    this.query.update((query) => ({ ...query, ...changes }));
  }
}
