import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal } from '@angular/core';
import { rxResource, takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { DatePipe } from '@angular/common';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatPaginator, type PageEvent } from '@angular/material/paginator';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatSlideToggle, type MatSlideToggleChange } from '@angular/material/slide-toggle';
import { MatSort, MatSortHeader, type Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import { MAX_PAGE_SIZE, type Page, type Patient, type PatientSortKey } from '@proprio/contracts';
import { debounceTime, filter, map } from 'rxjs';

import { AuthStore } from '../../../core/auth/auth-store';
import { ageInYears, todayIsoDate } from '../../../shared/dates/calendar-date';
import { DATE_FORMAT, SEX_LABELS } from '../../../shared/labels/labels';
import { ErrorBanner } from '../../../shared/ui/error-banner';
import { TypedCellDef } from '../../../shared/ui/typed-cell-def';
import { PatientListState } from '../data/patient-list-state';
import { PatientsApi } from '../data/patients-api';

/** Wait for a pause in typing before searching, so each keystroke does not hit the API. */
export const SEARCH_DEBOUNCE_MS = 300;

const SORTABLE_COLUMNS: readonly PatientSortKey[] = ['recordNumber', 'familyName'];

@Component({
  selector: 'app-patient-list-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    ReactiveFormsModule,
    RouterLink,
    MatButton,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatPaginator,
    MatProgressBar,
    MatSlideToggle,
    MatSort,
    MatSortHeader,
    MatTableModule,
    ErrorBanner,
    TypedCellDef,
  ],
  templateUrl: './patient-list-page.html',
  styleUrl: './patient-list-page.scss',
})
export class PatientListPage {
  private readonly api = inject(PatientsApi);
  private readonly state = inject(PatientListState);
  private readonly router = inject(Router);

  protected readonly query = this.state.query;
  protected readonly search = new FormControl(this.query().q, { nonNullable: true });
  private readonly auth = inject(AuthStore);
  protected readonly canCreate = computed(() => this.auth.can('patient:write'));
  protected readonly columns = ['recordNumber', 'name', 'dateOfBirth', 'sex', 'status'] as const;
  protected readonly pageSizeOptions = [10, 20, 50, MAX_PAGE_SIZE];
  protected readonly sexLabels = SEX_LABELS;
  protected readonly dateFormat = DATE_FORMAT;
  protected readonly today = todayIsoDate();
  protected readonly ageInYears = ageInYears;

  protected readonly patients = rxResource({
    params: () => this.query(),
    stream: ({ params }) => this.api.list(params),
  });

  /** Keeps the previous page on screen while the next one loads, instead of flashing an empty table. */
  private readonly lastPage = linkedSignal<Page<Patient> | undefined, Page<Patient> | undefined>({
    source: () => (this.patients.hasValue() ? this.patients.value() : undefined),
    computation: (page, previous) => page ?? previous?.value,
  });
  protected readonly page = computed(() => (this.patients.error() ? undefined : this.lastPage()));
  protected readonly rows = computed(() => this.page()?.items ?? []);
  protected readonly total = computed(() => this.page()?.total ?? 0);
  protected readonly pageIndex = computed(() => Math.floor(this.query().offset / this.query().limit));
  protected readonly isEmpty = computed(
    () => !this.patients.isLoading() && this.page() !== undefined && this.rows().length === 0,
  );

  constructor() {
    this.search.valueChanges
      .pipe(
        debounceTime(SEARCH_DEBOUNCE_MS),
        map((text) => text.trim()),
        filter((q) => q !== this.query().q),
        takeUntilDestroyed(),
      )
      .subscribe((q) => this.state.update({ q, offset: 0 }));
  }

  protected setIncludeArchived(change: MatSlideToggleChange): void {
    this.state.update({ includeArchived: change.checked, offset: 0 });
  }

  protected sortBy(sort: Sort): void {
    const key = SORTABLE_COLUMNS.find((column) => column === sort.active);
    if (!key) {
      return;
    }
    this.state.update({ sort: key, order: sort.direction === 'desc' ? 'desc' : 'asc', offset: 0 });
  }

  protected changePage(event: PageEvent): void {
    this.state.update({ limit: event.pageSize, offset: event.pageIndex * event.pageSize });
  }

  protected retry(): void {
    this.patients.reload();
  }

  /** A click anywhere on a row opens it; the name link inside stays the keyboard and screen-reader path. */
  protected openRow(patient: Patient, event: MouseEvent): void {
    if (event.target instanceof Element && event.target.closest('a, button')) {
      return;
    }
    void this.router.navigate(['/patients', patient.id]);
  }
}
