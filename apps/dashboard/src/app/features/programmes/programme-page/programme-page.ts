import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { EQUIPMENT_LABELS } from '@proprio/clinical';
import { MAX_PAGE_SIZE, type Programme, type Progression } from '@proprio/contracts';
import { map, of, tap } from 'rxjs';

import { AuthStore } from '../../../core/auth/auth-store';
import { toApiError } from '../../../core/http/api-error';
import { todayIsoDate, weeksSince } from '../../../shared/dates/calendar-date';
import { DATE_FORMAT } from '../../../shared/labels/labels';
import { ErrorBanner } from '../../../shared/ui/error-banner';
import { Notifier } from '../../../shared/ui/notifier';
import { episodeTitle } from '../../episodes/data/episode-display';
import { EpisodesApi } from '../../episodes/data/episodes-api';
import { dosageText } from '../../library/data/dosage-text';
import { progressionText } from '../../library/data/library-labels';
import { PatientsApi } from '../../patients/data/patients-api';
import { SessionList } from '../../sessions/session-list/session-list';
import { UsersApi } from '../../users/data/users-api';
import { AdvancePhaseDialog, type AdvancePhaseData } from '../advance-phase-dialog/advance-phase-dialog';
import { AssignProgrammeForm } from '../assign-programme/assign-programme-form';
import { blockingSummary } from '../data/criteria-text';
import { ProgrammesApi } from '../data/programmes-api';
import { ProgrammeEditor } from '../programme-editor/programme-editor';
import { ProgrammeHistory } from '../programme-history/programme-history';
import { CriteriaChecklist } from '../ui/criteria-checklist';
import { PhaseTimeline } from '../ui/phase-timeline';

/**
 * An episode's programme (`/episodes/:episodeId/programme`): assigning a protocol when there is none;
 * otherwise the current phase with its timeline and exit-criteria checklist, the phase advance (with
 * an override reason when criteria are unmet), the prescription editor, sessions and the history.
 */
@Component({
  selector: 'app-programme-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    RouterLink,
    MatButton,
    MatCard,
    MatCardContent,
    MatProgressBar,
    ErrorBanner,
    AssignProgrammeForm,
    CriteriaChecklist,
    PhaseTimeline,
    ProgrammeEditor,
    ProgrammeHistory,
    SessionList,
  ],
  templateUrl: './programme-page.html',
  styleUrl: './programme-page.scss',
})
export class ProgrammePage {
  private readonly programmesApi = inject(ProgrammesApi);
  private readonly episodesApi = inject(EpisodesApi);
  private readonly patientsApi = inject(PatientsApi);
  private readonly usersApi = inject(UsersApi);
  private readonly auth = inject(AuthStore);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(Notifier);

  readonly episodeId = input.required<string>();

  protected readonly episode = rxResource({
    params: () => this.episodeId(),
    stream: ({ params }) => this.episodesApi.get(params),
  });
  protected readonly patient = rxResource({
    params: () => (this.episode.hasValue() ? this.episode.value().patientId : undefined),
    stream: ({ params }) => this.patientsApi.get(params),
  });
  /** The programme; null when none has been assigned. */
  protected readonly programme = rxResource({
    params: () => this.episodeId(),
    stream: ({ params }) => this.programmesApi.get(params),
  });
  protected readonly current = computed(() => (this.programme.hasValue() ? this.programme.value() : undefined));

  /** The phase gate: asked again when the phase (or the return-to-sport set) changes. */
  protected readonly progression = rxResource({
    params: () => {
      const programme = this.current();
      return programme
        ? `${programme.episodeId}|${programme.currentPhaseKey}|${programme.phaseStartedOn}|${programme.returnToSportSetKey}`
        : undefined;
    },
    stream: () => this.programmesApi.progression(this.episodeId()),
  });
  /** The history: asked again after every change of the programme. */
  protected readonly history = rxResource({
    params: () => {
      const programme = this.current();
      return programme ? `${programme.episodeId}|${programme.version}` : undefined;
    },
    stream: () => this.programmesApi.history(this.episodeId()),
  });
  /** Names for user ids, for those who may list the clinic's users; everyone else sees "you" or a neutral word. */
  private readonly users = rxResource({
    params: () => (this.auth.can('user:read') ? true : undefined),
    stream: () =>
      this.usersApi.list(MAX_PAGE_SIZE, 0).pipe(map((page) => new Map(page.items.map((u) => [u.id, u.displayName])))),
  });

  protected readonly gate = computed(() => (this.progression.hasValue() ? this.progression.value() : undefined));
  protected readonly owner = computed(() => (this.patient.hasValue() ? this.patient.value() : undefined));
  protected readonly episodeName = computed(() => {
    const episode = this.episode.hasValue() ? this.episode.value() : undefined;
    return episode ? episodeTitle(episode) : 'Episode';
  });
  protected readonly archived = computed(() => this.episode.hasValue() && this.episode.value().archived);
  protected readonly canWrite = computed(() => this.auth.can('programme:write') && !this.archived());
  protected readonly canAdvance = computed(() => this.auth.can('programme:advance') && !this.archived());
  protected readonly canLogSession = computed(() => this.auth.can('session:write') && !this.archived());

  protected readonly summary = computed(() => {
    const gate = this.gate();
    return gate ? blockingSummary(gate.evaluation, gate.nextPhase) : '';
  });
  protected readonly weeksInPhase = computed(() => {
    const started = this.current()?.phaseStartedOn;
    const weeks = started ? weeksSince(started, todayIsoDate()) : null;
    return weeks === null || weeks < 0 ? '' : weeks === 1 ? '1 week ago' : `${weeks} weeks ago`;
  });
  protected readonly equipmentText = computed(() => {
    const equipment = this.current()?.equipment ?? [];
    return equipment.length ? equipment.map((item) => EQUIPMENT_LABELS[item]).join(', ') : 'None';
  });
  protected readonly userName = computed(() => {
    const names = this.users.hasValue() ? this.users.value() : new Map<string, string>();
    const me = this.auth.user();
    return (id: string): string => {
      if (me && id === me.id) return `${me.displayName} (you)`;
      return names.get(id) ?? 'another clinic user';
    };
  });

  protected readonly dateFormat = DATE_FORMAT;
  protected readonly dosageText = dosageText;
  protected readonly progressionText = progressionText;

  protected reloadProgramme(): void {
    this.programme.reload();
  }

  protected takeIn(programme: Programme): void {
    this.programme.set(programme);
  }

  protected assigned(programme: Programme): void {
    this.notifier.success(
      `${programme.protocolTitle} assigned; the programme starts in ${programme.currentPhaseName}.`,
    );
    this.programme.set(programme);
  }

  protected advance(progression: Progression): void {
    const data: AdvancePhaseData = {
      progression,
      // Reads the programme's version at the moment of sending: after a conflict the page has reloaded it.
      action: (overrideReason) => {
        const programme = this.current();
        if (!programme) return of();
        return this.programmesApi
          .advance(this.episodeId(), { version: programme.version, ...(overrideReason ? { overrideReason } : {}) })
          .pipe(
            tap({
              error: (error: unknown) => {
                const code = toApiError(error).code;
                if (code === 'VERSION_CONFLICT' || code === 'LAST_PHASE') this.programme.reload();
                if (code === 'CRITERIA_NOT_MET') this.progression.reload();
              },
            }),
          );
      },
    };
    this.dialog
      .open<AdvancePhaseDialog, AdvancePhaseData, Programme>(AdvancePhaseDialog, { data, autoFocus: 'dialog' })
      .afterClosed()
      .subscribe((programme) => {
        if (!programme) return;
        this.notifier.success(`The programme moved to ${programme.currentPhaseName}.`);
        this.programme.set(programme);
      });
  }
}
