import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import {
  CONCOMITANT_INJURY_LABELS,
  EPISODE_CONDITION_LABELS,
  EPISODE_STATUS_LABELS,
  GRAFT_TYPE_LABELS,
} from '@proprio/contracts';

import { AuthStore } from '../../../core/auth/auth-store';
import { todayIsoDate } from '../../../shared/dates/calendar-date';
import { DATE_FORMAT, SIDE_LABELS } from '../../../shared/labels/labels';
import { ErrorBanner } from '../../../shared/ui/error-banner';
import { ExportsPanel } from '../../exports/exports-panel/exports-panel';
import { NotesApi } from '../../notes/data/notes-api';
import { ProgressBanner } from '../../notes/ui/progress-banner';
import { PatientsApi } from '../../patients/data/patients-api';
import { episodeTitle, postOpWeeksLabel } from '../data/episode-display';
import { EpisodesApi } from '../data/episodes-api';

/** One episode of care: what was recorded when it was opened, the way to edit it, and its measures. */
@Component({
  selector: 'app-episode-detail-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    RouterLink,
    MatButton,
    MatCard,
    MatCardContent,
    MatProgressBar,
    ErrorBanner,
    ExportsPanel,
    ProgressBanner,
  ],
  templateUrl: './episode-detail-page.html',
  styleUrl: './episode-detail-page.scss',
})
export class EpisodeDetailPage {
  private readonly episodesApi = inject(EpisodesApi);
  private readonly patientsApi = inject(PatientsApi);
  private readonly notesApi = inject(NotesApi);
  private readonly auth = inject(AuthStore);

  readonly episodeId = input.required<string>();

  protected readonly episode = rxResource({
    params: () => this.episodeId(),
    stream: ({ params }) => this.episodesApi.get(params),
  });
  protected readonly current = computed(() => (this.episode.hasValue() ? this.episode.value() : undefined));
  protected readonly patient = rxResource({
    params: () => this.current()?.patientId,
    stream: ({ params }) => this.patientsApi.get(params),
  });
  protected readonly owner = computed(() => (this.patient.hasValue() ? this.patient.value() : undefined));
  /** The latest note is enough: the page carries the note count and the progress-report status. */
  protected readonly notes = rxResource({
    params: () => this.current()?.id,
    stream: ({ params }) => this.notesApi.list(params, 1),
  });
  protected readonly notesPage = computed(() => (this.notes.hasValue() ? this.notes.value() : undefined));

  protected readonly title = computed(() => {
    const episode = this.current();
    return episode ? episodeTitle(episode) : 'Episode';
  });
  protected readonly canEdit = computed(() => this.auth.can('episode:write') && this.current()?.archived === false);
  /** Recording needs `measure:write`; an archived episode takes no new sessions (the API refuses them). */
  protected readonly canRecord = computed(() => this.auth.can('measure:write') && this.current()?.archived === false);
  protected readonly canLogSession = computed(
    () => this.auth.can('session:write') && this.current()?.archived === false,
  );
  protected readonly canWriteNote = computed(() => this.auth.can('note:write') && this.current()?.archived === false);
  protected readonly canExport = computed(() => this.auth.can('export:read'));

  protected readonly conditionLabels = EPISODE_CONDITION_LABELS;
  protected readonly statusLabels = EPISODE_STATUS_LABELS;
  protected readonly graftTypeLabels = GRAFT_TYPE_LABELS;
  protected readonly injuryLabels = CONCOMITANT_INJURY_LABELS;
  protected readonly sideLabels = SIDE_LABELS;
  protected readonly dateFormat = DATE_FORMAT;
  protected readonly today = todayIsoDate();
  protected readonly postOpWeeksLabel = postOpWeeksLabel;
}
