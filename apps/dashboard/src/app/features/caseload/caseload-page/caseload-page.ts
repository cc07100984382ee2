import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatButtonToggle, MatButtonToggleGroup, type MatButtonToggleChange } from '@angular/material/button-toggle';
import { MatPaginator, type PageEvent } from '@angular/material/paginator';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import { HOP_LSI_THRESHOLDS, isMeasureType, MEASURE_LABELS, type SourcedThreshold } from '@proprio/clinical';
import {
  MAX_PAGE_SIZE,
  RETEST_INTERVAL_DAYS,
  STALL_GRACE_WEEKS,
  type CaseloadEntry,
  type Page,
} from '@proprio/contracts';

import { DATE_FORMAT, SIDE_LABELS } from '../../../shared/labels/labels';
import { ErrorBanner } from '../../../shared/ui/error-banner';
import { TypedCellDef } from '../../../shared/ui/typed-cell-def';
import { symmetryCriterion } from '../../measures/data/symmetry-criteria';
import { SymmetryValue } from '../../measures/ui/symmetry-value';
import { CaseloadApi, type CaseloadScope } from '../data/caseload-api';
import { CaseloadState } from '../data/caseload-state';

/** How many of the unmet criteria are named in a row; the rest are counted. */
export const UNMET_SHOWN = 3;

/**
 * The caseload (`/caseload`, the page after sign-in): each patient on a programme with their phase,
 * time since surgery, latest hop LSI, what still blocks the next phase, and who is due for a re-test
 * or a progress note, or has stalled.
 */
@Component({
  selector: 'app-caseload-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    RouterLink,
    MatButton,
    MatButtonToggle,
    MatButtonToggleGroup,
    MatPaginator,
    MatProgressBar,
    MatTableModule,
    ErrorBanner,
    SymmetryValue,
    TypedCellDef,
  ],
  templateUrl: './caseload-page.html',
  styleUrl: './caseload-page.scss',
})
export class CaseloadPage {
  private readonly api = inject(CaseloadApi);
  private readonly state = inject(CaseloadState);
  private readonly router = inject(Router);

  protected readonly query = this.state.query;
  protected readonly columns = ['patient', 'side', 'phase', 'weeks', 'lsi', 'unmet', 'flags'] as const;
  protected readonly pageSizeOptions = [10, 20, 50, MAX_PAGE_SIZE];
  protected readonly sideLabels = SIDE_LABELS;
  protected readonly dateFormat = DATE_FORMAT;
  protected readonly unmetShown = UNMET_SHOWN;
  protected readonly retestDays = RETEST_INTERVAL_DAYS;
  protected readonly stallWeeks = STALL_GRACE_WEEKS;

  protected readonly caseload = rxResource({
    params: () => this.query(),
    stream: ({ params }) => this.api.list(params),
  });
  private readonly lastPage = linkedSignal<Page<CaseloadEntry> | undefined, Page<CaseloadEntry> | undefined>({
    source: () => (this.caseload.hasValue() ? this.caseload.value() : undefined),
    computation: (page, previous) => page ?? previous?.value,
  });
  protected readonly page = computed(() => (this.caseload.error() ? undefined : this.lastPage()));
  protected readonly rows = computed(() => this.page()?.items ?? []);
  protected readonly total = computed(() => this.page()?.total ?? 0);
  protected readonly pageIndex = computed(() => Math.floor(this.query().offset / this.query().limit));
  protected readonly isEmpty = computed(
    () => !this.caseload.isLoading() && this.page() !== undefined && this.rows().length === 0,
  );

  protected setScope(change: MatButtonToggleChange): void {
    const scope = change.value as CaseloadScope;
    if (scope !== this.query().scope) {
      this.state.update({ scope, offset: 0 });
    }
  }

  protected changePage(event: PageEvent): void {
    this.state.update({ limit: event.pageSize, offset: event.pageIndex * event.pageSize });
  }

  /** "Single hop for distance"; the raw type for a test this dashboard does not know. */
  protected testLabel(type: string): string {
    return isMeasureType(type) ? MEASURE_LABELS[type] : type;
  }

  /** The 90% criterion of the test (hop tests: Delaware-Oslo ≥ 90%). */
  protected criterionOf(type: string): SourcedThreshold {
    return isMeasureType(type) ? symmetryCriterion(type) : HOP_LSI_THRESHOLDS.delawareOslo2020;
  }

  protected weeksText(weeks: number | null): string {
    if (weeks === null) {
      return '—';
    }
    if (weeks < 0) {
      return 'Before surgery';
    }
    return weeks === 1 ? '1 week' : `${weeks} weeks`;
  }

  protected openRow(entry: CaseloadEntry, event: MouseEvent): void {
    if (event.target instanceof Element && event.target.closest('a, button')) {
      return;
    }
    void this.router.navigate(['/episodes', entry.episodeId]);
  }
}
