import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, linkedSignal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatPaginator, type PageEvent } from '@angular/material/paginator';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { NOTE_TYPE_LABELS, type NotePage } from '@proprio/contracts';

import { AuthStore } from '../../../core/auth/auth-store';
import { DATE_FORMAT } from '../../../shared/labels/labels';
import { ErrorBanner } from '../../../shared/ui/error-banner';
import { episodeTitle } from '../../episodes/data/episode-display';
import { EpisodesApi } from '../../episodes/data/episodes-api';
import { PatientsApi } from '../../patients/data/patients-api';
import { addendaText } from '../data/note-text';
import { NOTES_PAGE_SIZE, NotesStore } from '../data/notes-store';
import { NoteStatus } from '../ui/note-status';
import { ProgressBanner } from '../ui/progress-banner';

/**
 * An episode's notes (`/episodes/:episodeId/notes`), the latest reporting period first: type,
 * period, status and addenda, with the progress-report reminder and the way to write a new note.
 */
@Component({
  selector: 'app-note-list-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    RouterLink,
    MatButton,
    MatCard,
    MatCardContent,
    MatPaginator,
    MatProgressBar,
    ErrorBanner,
    NoteStatus,
    ProgressBanner,
  ],
  providers: [NotesStore],
  templateUrl: './note-list-page.html',
  styleUrl: './note-list-page.scss',
})
export class NoteListPage {
  private readonly store = inject(NotesStore);
  private readonly episodesApi = inject(EpisodesApi);
  private readonly patientsApi = inject(PatientsApi);
  private readonly auth = inject(AuthStore);

  readonly episodeId = input.required<string>();

  protected readonly episode = rxResource({
    params: () => this.episodeId(),
    stream: ({ params }) => this.episodesApi.get(params),
  });
  protected readonly patient = rxResource({
    params: () => (this.episode.hasValue() ? this.episode.value().patientId : undefined),
    stream: ({ params }) => this.patientsApi.get(params),
  });
  protected readonly notes = this.store.notes;
  /** Keeps the previous page on screen while the next one loads, instead of flashing an empty table. */
  private readonly lastPage = linkedSignal<NotePage | undefined, NotePage | undefined>({
    source: () => this.store.page(),
    computation: (page, previous) => page ?? previous?.value,
  });
  protected readonly page = computed(() => (this.notes.error() ? undefined : this.lastPage()));
  protected readonly query = this.store.listQuery;
  protected readonly pageIndex = computed(() => Math.floor(this.query().offset / this.query().limit));

  protected readonly owner = computed(() => (this.patient.hasValue() ? this.patient.value() : undefined));
  protected readonly episodeName = computed(() =>
    this.episode.hasValue() ? episodeTitle(this.episode.value()) : 'Episode',
  );
  protected readonly archived = computed(() => this.episode.hasValue() && this.episode.value().archived);
  protected readonly canWrite = computed(() => this.auth.can('note:write') && !this.archived());

  protected readonly pageSizes = [NOTES_PAGE_SIZE, 50, 100];
  /** The paginator only appears when the notes do not fit on the smallest page. */
  protected readonly smallestPage = NOTES_PAGE_SIZE;
  protected readonly typeLabels = NOTE_TYPE_LABELS;
  protected readonly dateFormat = DATE_FORMAT;
  protected readonly addendaText = addendaText;

  constructor() {
    effect(() => this.store.episodeId.set(this.episodeId()));
  }

  protected changePage(event: PageEvent): void {
    this.query.set({ limit: event.pageSize, offset: event.pageIndex * event.pageSize });
  }
}
