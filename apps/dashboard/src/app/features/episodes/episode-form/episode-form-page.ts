import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { rxResource, takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatChipListbox, MatChipOption } from '@angular/material/chips';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { MatOption, MatSelect } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import {
  CONCOMITANT_INJURIES,
  CONCOMITANT_INJURY_LABELS,
  EPISODE_CONDITION_LABELS,
  EPISODE_CONDITIONS,
  EPISODE_STATUS_LABELS,
  EPISODE_STATUSES,
  GRAFT_TYPE_LABELS,
  GRAFT_TYPES,
  INVOLVED_SIDES,
  type ApiError,
  type ConcomitantInjury,
  type CreateEpisodeRequest,
  type Episode,
  type EpisodeCondition,
  type EpisodeStatus,
  type GraftType,
  type InvolvedSide,
} from '@proprio/contracts';

import {
  isoDateValidator,
  notBeforeSiblingValidator,
  notInFutureValidator,
  requiredValidator,
} from '../../../core/forms/validators';
import { errorText } from '../../../core/forms/error-text';
import { focusFirstInvalid } from '../../../core/forms/focus-first-invalid';
import { applyServerErrors } from '../../../core/forms/server-errors';
import { toApiError } from '../../../core/http/api-error';
import { todayIsoDate } from '../../../shared/dates/calendar-date';
import { SIDE_LABELS } from '../../../shared/labels/labels';
import { ErrorBanner } from '../../../shared/ui/error-banner';
import { Notifier } from '../../../shared/ui/notifier';
import { PatientsApi } from '../../patients/data/patients-api';
import { EPISODE_LIMITS } from '../data/episode-limits';
import { EpisodesApi } from '../data/episodes-api';

export const SURGERY_BEFORE_INJURY_MESSAGE = 'The surgery date cannot be before the injury date.';

/** Opens an episode of care for a patient (`/patients/:patientId/episodes/new`) or edits one (`/episodes/:episodeId/edit`). */
@Component({
  selector: 'app-episode-form-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButton,
    MatChipListbox,
    MatChipOption,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatOption,
    MatProgressBar,
    MatRadioButton,
    MatRadioGroup,
    MatSelect,
    ErrorBanner,
  ],
  templateUrl: './episode-form-page.html',
  styleUrl: './episode-form-page.scss',
})
export class EpisodeFormPage {
  private readonly episodesApi = inject(EpisodesApi);
  private readonly patientsApi = inject(PatientsApi);
  private readonly router = inject(Router);
  private readonly notifier = inject(Notifier);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly fb = inject(NonNullableFormBuilder);

  /** Route parameter when opening a new episode. */
  readonly patientId = input<string>();
  /** Route parameter when editing an existing episode. */
  readonly episodeId = input<string>();

  protected readonly isEdit = computed(() => this.episodeId() !== undefined);

  protected readonly form = this.fb.group({
    condition: this.fb.control<EpisodeCondition | null>(null, requiredValidator),
    involvedSide: this.fb.control<InvolvedSide | null>(null, requiredValidator),
    injuryDate: ['', [requiredValidator, isoDateValidator, notInFutureValidator()]],
    // A future surgery date is allowed: pre-operative rehabilitation starts before surgery.
    surgeryDate: ['', [isoDateValidator, notBeforeSiblingValidator('injuryDate', SURGERY_BEFORE_INJURY_MESSAGE)]],
    graftType: this.fb.control<GraftType | null>(null),
    concomitantInjuries: this.fb.control<ConcomitantInjury[]>([]),
    sport: ['', [Validators.maxLength(EPISODE_LIMITS.sportMaxLength)]],
    preInjuryTegner: this.fb.control<number | null>(null, [
      Validators.min(EPISODE_LIMITS.tegnerMin),
      Validators.max(EPISODE_LIMITS.tegnerMax),
    ]),
    status: this.fb.control<EpisodeStatus>('active', requiredValidator),
  });

  protected readonly conditions = EPISODE_CONDITIONS;
  protected readonly conditionLabels = EPISODE_CONDITION_LABELS;
  protected readonly sides = INVOLVED_SIDES;
  protected readonly sideLabels = SIDE_LABELS;
  protected readonly graftTypes = GRAFT_TYPES;
  protected readonly graftTypeLabels = GRAFT_TYPE_LABELS;
  protected readonly injuries = CONCOMITANT_INJURIES;
  protected readonly injuryLabels = CONCOMITANT_INJURY_LABELS;
  protected readonly statuses = EPISODE_STATUSES;
  protected readonly statusLabels = EPISODE_STATUS_LABELS;
  protected readonly tegnerLevels = Array.from(
    { length: EPISODE_LIMITS.tegnerMax - EPISODE_LIMITS.tegnerMin + 1 },
    (_, index) => EPISODE_LIMITS.tegnerMin + index,
  );
  protected readonly limits = EPISODE_LIMITS;
  protected readonly today = todayIsoDate();
  protected readonly errorText = errorText;

  /** The episode being edited; idle when opening a new one. */
  protected readonly episode = rxResource({
    params: () => this.episodeId(),
    stream: ({ params }) => this.episodesApi.get(params),
  });
  /** Whose episode this is, for the heading and the way back. */
  protected readonly patient = rxResource({
    params: () => this.patientId() ?? (this.episode.hasValue() ? this.episode.value().patientId : undefined),
    stream: ({ params }) => this.patientsApi.get(params),
  });
  protected readonly patientName = computed(() => {
    const patient = this.patient.hasValue() ? this.patient.value() : undefined;
    return patient ? `${patient.givenName} ${patient.familyName}` : '';
  });
  protected readonly loadError = computed(() => this.episode.error() ?? this.patient.error());

  protected readonly saving = signal(false);
  protected readonly formError = signal<ApiError | null>(null);
  protected readonly conflict = signal(false);
  private version: number | null = null;

  constructor() {
    // The surgery-date rule depends on the injury date, so re-check it when that changes.
    this.form.controls.injuryDate.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.form.controls.surgeryDate.updateValueAndValidity());

    effect(() => {
      if (this.episode.hasValue()) {
        const episode = this.episode.value();
        untracked(() => this.fill(episode));
      }
    });
  }

  protected showGroupError(name: 'involvedSide' | 'concomitantInjuries'): boolean {
    const control = this.form.controls[name];
    return control.invalid && control.touched;
  }

  protected submit(): void {
    if (this.saving()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.form, this.host.nativeElement);
      return;
    }
    const request = this.toRequest();
    const episodeId = this.episodeId();
    const patientId = this.patientId();
    if (episodeId !== undefined && this.version === null) {
      return; // Still loading the episode.
    }
    if (episodeId === undefined && patientId === undefined) {
      return;
    }
    this.saving.set(true);
    this.formError.set(null);
    const save$ =
      episodeId !== undefined
        ? this.episodesApi.update(episodeId, { ...request, version: this.version ?? 0 })
        : this.episodesApi.create(patientId ?? '', request);
    save$.subscribe({
      next: (saved) => {
        this.form.markAsPristine();
        this.notifier.success(episodeId === undefined ? 'Episode opened.' : 'Episode saved.');
        void this.router.navigate(['/episodes', saved.id]);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.handleFailure(toApiError(error));
      },
    });
  }

  protected reload(): void {
    this.conflict.set(false);
    this.formError.set(null);
    this.episode.reload();
  }

  protected cancelLink(): string[] {
    const episodeId = this.episodeId();
    if (episodeId !== undefined) {
      return ['/episodes', episodeId];
    }
    const patientId = this.patientId();
    return patientId !== undefined ? ['/patients', patientId] : ['/patients'];
  }

  private fill(episode: Episode): void {
    this.version = episode.version;
    this.form.reset({
      condition: episode.condition,
      involvedSide: episode.involvedSide,
      injuryDate: episode.injuryDate,
      surgeryDate: episode.surgeryDate ?? '',
      graftType: episode.graftType,
      concomitantInjuries: [...episode.concomitantInjuries],
      sport: episode.sport ?? '',
      preInjuryTegner: episode.preInjuryTegner,
      status: episode.status,
    });
  }

  private toRequest(): CreateEpisodeRequest {
    const value = this.form.getRawValue();
    return {
      // Both guarded by required before we get here.
      condition: value.condition ?? 'acl_reconstruction',
      involvedSide: value.involvedSide ?? 'left',
      injuryDate: value.injuryDate,
      surgeryDate: value.surgeryDate || null,
      graftType: value.graftType,
      concomitantInjuries: value.concomitantInjuries,
      sport: value.sport.trim() || null,
      preInjuryTegner: value.preInjuryTegner,
      status: value.status,
    };
  }

  private handleFailure(error: ApiError): void {
    if (error.code === 'VERSION_CONFLICT') {
      this.conflict.set(true);
      return;
    }
    const unmatched = applyServerErrors(this.form, error);
    if (!error.details?.length || unmatched.length > 0) {
      this.formError.set(error);
    }
    focusFirstInvalid(this.form, this.host.nativeElement);
  }
}
