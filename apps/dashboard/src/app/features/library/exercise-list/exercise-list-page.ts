import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal } from '@angular/core';
import { rxResource, takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatChip, MatChipSet } from '@angular/material/chips';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatPaginator, type PageEvent } from '@angular/material/paginator';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect, type MatSelectChange } from '@angular/material/select';
import { MatSlideToggle, type MatSlideToggleChange } from '@angular/material/slide-toggle';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import {
  EQUIPMENT,
  EQUIPMENT_LABELS,
  SKILL_LABELS,
  SKILLS,
  STANDARD_PHASE_LABELS,
  STANDARD_PHASES,
  type Equipment,
  type Skill,
  type StandardPhase,
} from '@proprio/clinical';
import { MAX_PAGE_SIZE, type Exercise, type ExerciseSource, type Page } from '@proprio/contracts';
import { debounceTime, filter, map } from 'rxjs';

import { AuthStore } from '../../../core/auth/auth-store';
import { ErrorBanner } from '../../../shared/ui/error-banner';
import { TypedCellDef } from '../../../shared/ui/typed-cell-def';
import { dosageText, EVIDENCE_LABELS, sourceText } from '../data/dosage-text';
import { ExerciseListState, INITIAL_EXERCISE_LIST_QUERY } from '../data/exercise-list-state';
import { ExercisesApi } from '../data/exercises-api';
import { equipmentList, phaseList, SOURCE_LABELS } from '../data/library-labels';

/** Wait for a pause in typing before searching, so each keystroke does not hit the API. */
export const EXERCISE_SEARCH_DEBOUNCE_MS = 300;

/**
 * The exercise library (`/library/exercises`): the seeded neuromuscular exercises and the clinic's
 * own, filtered by name, skill, equipment, phase and source.
 */
@Component({
  selector: 'app-exercise-list-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButton,
    MatChip,
    MatChipSet,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatOption,
    MatPaginator,
    MatProgressBar,
    MatSelect,
    MatSlideToggle,
    MatTableModule,
    ErrorBanner,
    TypedCellDef,
  ],
  templateUrl: './exercise-list-page.html',
  styleUrl: './exercise-list-page.scss',
})
export class ExerciseListPage {
  private readonly api = inject(ExercisesApi);
  private readonly state = inject(ExerciseListState);
  private readonly router = inject(Router);
  private readonly auth = inject(AuthStore);

  protected readonly query = this.state.query;
  protected readonly search = new FormControl(this.query().q, { nonNullable: true });
  protected readonly canCreate = computed(() => this.auth.can('library:write'));
  protected readonly columns = ['name', 'skills', 'equipment', 'phases', 'dosage', 'dosageSource', 'source'] as const;
  protected readonly pageSizeOptions = [10, 20, 50, MAX_PAGE_SIZE];

  protected readonly skills = SKILLS;
  protected readonly skillLabels = SKILL_LABELS;
  protected readonly equipment = EQUIPMENT;
  protected readonly equipmentLabels = EQUIPMENT_LABELS;
  protected readonly phases = STANDARD_PHASES;
  protected readonly phaseLabels = STANDARD_PHASE_LABELS;
  protected readonly sources: readonly ExerciseSource[] = ['seeded', 'clinic'];
  protected readonly sourceLabels = SOURCE_LABELS;
  protected readonly evidenceLabels = EVIDENCE_LABELS;
  protected readonly dosageText = dosageText;
  protected readonly sourceText = sourceText;
  protected readonly equipmentList = equipmentList;
  protected readonly phaseList = phaseList;

  protected readonly exercises = rxResource({
    params: () => this.query(),
    stream: ({ params }) => this.api.list(params),
  });

  /** Keeps the previous page on screen while the next one loads, instead of flashing an empty table. */
  private readonly lastPage = linkedSignal<Page<Exercise> | undefined, Page<Exercise> | undefined>({
    source: () => (this.exercises.hasValue() ? this.exercises.value() : undefined),
    computation: (page, previous) => page ?? previous?.value,
  });
  protected readonly page = computed(() => (this.exercises.error() ? undefined : this.lastPage()));
  protected readonly rows = computed(() => this.page()?.items ?? []);
  protected readonly total = computed(() => this.page()?.total ?? 0);
  protected readonly pageIndex = computed(() => Math.floor(this.query().offset / this.query().limit));
  protected readonly isEmpty = computed(
    () => !this.exercises.isLoading() && this.page() !== undefined && this.rows().length === 0,
  );
  protected readonly filtered = computed(() => {
    const query = this.query();
    return (
      query.q !== '' ||
      query.skill.length > 0 ||
      query.equipment.length > 0 ||
      query.availableOnly ||
      query.phase.length > 0 ||
      query.source !== null
    );
  });

  constructor() {
    this.search.valueChanges
      .pipe(
        debounceTime(EXERCISE_SEARCH_DEBOUNCE_MS),
        map((text) => text.trim()),
        filter((q) => q !== this.query().q),
        takeUntilDestroyed(),
      )
      .subscribe((q) => this.state.update({ q, offset: 0 }));
  }

  protected setSkills(change: MatSelectChange<Skill[]>): void {
    this.state.update({ skill: change.value, offset: 0 });
  }

  protected setEquipment(change: MatSelectChange<Equipment[]>): void {
    this.state.update({ equipment: change.value, offset: 0 });
  }

  protected setPhases(change: MatSelectChange<StandardPhase[]>): void {
    this.state.update({ phase: change.value, offset: 0 });
  }

  protected setSource(change: MatSelectChange<ExerciseSource | null>): void {
    this.state.update({ source: change.value, offset: 0 });
  }

  protected setAvailableOnly(change: MatSlideToggleChange): void {
    this.state.update({ availableOnly: change.checked, offset: 0 });
  }

  protected setIncludeArchived(change: MatSlideToggleChange): void {
    this.state.update({ includeArchived: change.checked, offset: 0 });
  }

  protected clearFilters(): void {
    this.search.setValue('', { emitEvent: false });
    this.state.update({ ...INITIAL_EXERCISE_LIST_QUERY, limit: this.query().limit });
  }

  protected changePage(event: PageEvent): void {
    this.state.update({ limit: event.pageSize, offset: event.pageIndex * event.pageSize });
  }

  protected retry(): void {
    this.exercises.reload();
  }

  /** A click anywhere on a row opens it; the name link inside stays the keyboard and screen-reader path. */
  protected openRow(exercise: Exercise, event: MouseEvent): void {
    if (event.target instanceof Element && event.target.closest('a, button')) {
      return;
    }
    void this.router.navigate(['/library/exercises', exercise.id]);
  }
}
