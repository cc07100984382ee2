import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { EPISODE_CONDITION_LABELS, EPISODE_STATUS_LABELS, type Patient } from '@proprio/contracts';
import { filter, switchMap } from 'rxjs';

import { AuthStore } from '../../../core/auth/auth-store';
import { ageInYears, todayIsoDate } from '../../../shared/dates/calendar-date';
import { DATE_FORMAT, SEX_LABELS, SIDE_LABELS } from '../../../shared/labels/labels';
import { confirmAction } from '../../../shared/ui/confirm-dialog';
import { ErrorBanner } from '../../../shared/ui/error-banner';
import { TypedCellDef } from '../../../shared/ui/typed-cell-def';
import { Notifier } from '../../../shared/ui/notifier';
import { postOpWeeksLabel } from '../../episodes/data/episode-display';
import { EpisodesApi } from '../../episodes/data/episodes-api';
import { PatientsApi } from '../data/patients-api';

/** One patient: demographics, record actions, and their episodes of care. */
@Component({
  selector: 'app-patient-detail-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    RouterLink,
    MatButton,
    MatCard,
    MatCardContent,
    MatProgressBar,
    MatTableModule,
    ErrorBanner,
    TypedCellDef,
  ],
  templateUrl: './patient-detail-page.html',
  styleUrl: './patient-detail-page.scss',
})
export class PatientDetailPage {
  private readonly patientsApi = inject(PatientsApi);
  private readonly episodesApi = inject(EpisodesApi);
  private readonly auth = inject(AuthStore);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(Notifier);

  readonly patientId = input.required<string>();

  protected readonly patient = rxResource({
    params: () => this.patientId(),
    stream: ({ params }) => this.patientsApi.get(params),
  });
  protected readonly episodes = rxResource({
    params: () => this.patientId(),
    stream: ({ params }) => this.episodesApi.listForPatient(params),
  });

  protected readonly current = computed(() => (this.patient.hasValue() ? this.patient.value() : undefined));
  protected readonly episodeList = computed(() => (this.episodes.hasValue() ? this.episodes.value() : undefined));
  protected readonly canEdit = computed(() => this.auth.can('patient:write') && this.current()?.archived === false);
  protected readonly canArchive = computed(() => this.auth.can('patient:archive'));
  protected readonly canOpenEpisode = computed(
    () => this.auth.can('episode:write') && this.current()?.archived === false,
  );
  protected readonly actionPending = signal(false);
  protected readonly actionError = signal<unknown>(null);

  protected readonly episodeColumns = ['condition', 'side', 'injuryDate', 'surgeryDate', 'postOp', 'status'] as const;
  protected readonly conditionLabels = EPISODE_CONDITION_LABELS;
  protected readonly statusLabels = EPISODE_STATUS_LABELS;
  protected readonly sideLabels = SIDE_LABELS;
  protected readonly sexLabels = SEX_LABELS;
  protected readonly dateFormat = DATE_FORMAT;
  protected readonly today = todayIsoDate();
  protected readonly ageInYears = ageInYears;
  protected readonly postOpWeeksLabel = postOpWeeksLabel;

  protected archive(patient: Patient): void {
    confirmAction(this.dialog, {
      title: 'Archive this patient?',
      message: `${patient.givenName} ${patient.familyName} (${patient.recordNumber}) will be hidden from the patient list. The record is kept and can be restored.`,
      confirmLabel: 'Archive',
    })
      .pipe(
        filter(Boolean),
        switchMap(() => {
          this.startAction();
          return this.patientsApi.archive(patient.id, patient.version);
        }),
      )
      .subscribe({
        next: (updated) => this.finishAction(updated, 'Patient archived.'),
        error: (error: unknown) => this.failAction(error),
      });
  }

  protected restore(patient: Patient): void {
    this.startAction();
    this.patientsApi.restore(patient.id, patient.version).subscribe({
      next: (updated) => this.finishAction(updated, 'Patient restored.'),
      error: (error: unknown) => this.failAction(error),
    });
  }

  protected reloadAll(): void {
    this.actionError.set(null);
    this.patient.reload();
    this.episodes.reload();
  }

  private startAction(): void {
    this.actionPending.set(true);
    this.actionError.set(null);
  }

  private finishAction(updated: Patient, message: string): void {
    this.actionPending.set(false);
    this.patient.set(updated);
    this.notifier.success(message);
  }

  private failAction(error: unknown): void {
    this.actionPending.set(false);
    this.actionError.set(error);
  }
}
