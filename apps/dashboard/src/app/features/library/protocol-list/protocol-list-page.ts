import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal, signal } from '@angular/core';
import { rxResource, takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatPaginator, type PageEvent } from '@angular/material/paginator';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect, type MatSelectChange } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import {
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  type Page,
  type ProtocolSource,
  type ProtocolSummary,
} from '@proprio/contracts';
import { debounceTime, filter, map } from 'rxjs';

import { DATE_FORMAT } from '../../../shared/labels/labels';
import { ErrorBanner } from '../../../shared/ui/error-banner';
import { TypedCellDef } from '../../../shared/ui/typed-cell-def';
import { SOURCE_LABELS } from '../data/library-labels';
import { ProtocolsApi, type ProtocolQuery } from '../data/protocols-api';

export const PROTOCOL_SEARCH_DEBOUNCE_MS = 300;

/** Protocols (`/library/protocols`): the seeded post-ACL template and the clinic's own adaptations. */
@Component({
  selector: 'app-protocol-list-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    ReactiveFormsModule,
    RouterLink,
    MatButton,
    MatFormField,
    MatInput,
    MatLabel,
    MatOption,
    MatPaginator,
    MatProgressBar,
    MatSelect,
    MatTableModule,
    ErrorBanner,
    TypedCellDef,
  ],
  templateUrl: './protocol-list-page.html',
  styleUrl: './protocol-list-page.scss',
})
export class ProtocolListPage {
  private readonly api = inject(ProtocolsApi);
  private readonly router = inject(Router);

  protected readonly query = signal<Required<Omit<ProtocolQuery, 'includeArchived'>>>({
    q: '',
    source: null,
    limit: DEFAULT_PAGE_SIZE,
    offset: 0,
  });
  protected readonly search = new FormControl('', { nonNullable: true });
  protected readonly columns = ['title', 'source', 'latestVersion', 'updated'] as const;
  protected readonly pageSizeOptions = [10, 20, 50, MAX_PAGE_SIZE];
  protected readonly sources: readonly ProtocolSource[] = ['seeded', 'clinic'];
  protected readonly sourceLabels = SOURCE_LABELS;
  protected readonly dateFormat = DATE_FORMAT;

  protected readonly protocols = rxResource({
    params: () => this.query(),
    stream: ({ params }) => this.api.list(params),
  });
  private readonly lastPage = linkedSignal<Page<ProtocolSummary> | undefined, Page<ProtocolSummary> | undefined>({
    source: () => (this.protocols.hasValue() ? this.protocols.value() : undefined),
    computation: (page, previous) => page ?? previous?.value,
  });
  protected readonly page = computed(() => (this.protocols.error() ? undefined : this.lastPage()));
  protected readonly rows = computed(() => this.page()?.items ?? []);
  protected readonly total = computed(() => this.page()?.total ?? 0);
  protected readonly pageIndex = computed(() => Math.floor(this.query().offset / this.query().limit));
  protected readonly isEmpty = computed(
    () => !this.protocols.isLoading() && this.page() !== undefined && this.rows().length === 0,
  );

  constructor() {
    this.search.valueChanges
      .pipe(
        debounceTime(PROTOCOL_SEARCH_DEBOUNCE_MS),
        map((text) => text.trim()),
        filter((q) => q !== this.query().q),
        takeUntilDestroyed(),
      )
      .subscribe((q) => this.query.update((query) => ({ ...query, q, offset: 0 })));
  }

  protected setSource(change: MatSelectChange<ProtocolSource | null>): void {
    this.query.update((query) => ({ ...query, source: change.value, offset: 0 }));
  }

  protected changePage(event: PageEvent): void {
    this.query.update((query) => ({ ...query, limit: event.pageSize, offset: event.pageIndex * event.pageSize }));
  }

  protected openRow(protocol: ProtocolSummary, event: MouseEvent): void {
    if (event.target instanceof Element && event.target.closest('a, button')) {
      return;
    }
    void this.router.navigate(['/library/protocols', protocol.id]);
  }
}
