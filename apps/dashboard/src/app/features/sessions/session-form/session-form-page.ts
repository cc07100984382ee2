import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  signal,
  untracked,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import {
  FormArray,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  Validators,
  type AbstractControl,
} from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import type { ApiError, CreateSessionRequest, Programme } from '@proprio/contracts';
import type { Subscription } from 'rxjs';

import { controlSnapshot } from '../../../core/forms/control-snapshot';
import { describeErrors, errorText } from '../../../core/forms/error-text';
import { applyServerErrors } from '../../../core/forms/server-errors';
import { isoDateValidator, notInFutureValidator, requiredValidator } from '../../../core/forms/validators';
import { toApiError } from '../../../core/http/api-error';
import { todayIsoDate } from '../../../shared/dates/calendar-date';
import { parseDecimal } from '../../../shared/format/decimal';
import { EnterAdvances } from '../../../shared/ui/enter-advances';
import { ErrorBanner } from '../../../shared/ui/error-banner';
import { Notifier } from '../../../shared/ui/notifier';
import { episodeTitle } from '../../episodes/data/episode-display';
import { EpisodesApi } from '../../episodes/data/episodes-api';
import { dosageText } from '../../library/data/dosage-text';
import { PatientsApi } from '../../patients/data/patients-api';
import { ProgrammesApi } from '../../programmes/data/programmes-api';
import {
  ACTUAL_KEYS,
  ACTUAL_LABELS,
  ACTUAL_NAMES,
  createSessionExercise,
  RATING_LIMITS,
  ratingValidator,
  SESSION_NOTES_MAX_LENGTH,
  sessionExerciseRequest,
  visitsText,
  type ActualKey,
  type SessionExerciseForm,
} from '../data/session-form';
import { SessionsApi } from '../data/sessions-api';

const SERVER_EXERCISE_FIELD = /^exercises\.(\d+)(\..+)?$/;

/**
 * Logs a treatment session (`/episodes/:episodeId/sessions/new`): the date, pain and RPE, notes, and
 * the programme's exercises done, each ticked with the amounts actually done (pre-filled from the
 * prescription). Shows how many visits have passed since the last progress note.
 */
@Component({
  selector: 'app-session-form-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButton,
    MatCard,
    MatCardContent,
    MatCheckbox,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatProgressBar,
    EnterAdvances,
    ErrorBanner,
  ],
  templateUrl: './session-form-page.html',
  styleUrl: './session-form-page.scss',
})
export class SessionFormPage {
  private readonly sessionsApi = inject(SessionsApi);
  private readonly programmesApi = inject(ProgrammesApi);
  private readonly episodesApi = inject(EpisodesApi);
  private readonly patientsApi = inject(PatientsApi);
  private readonly router = inject(Router);
  private readonly notifier = inject(Notifier);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly episodeId = input.required<string>();

  protected readonly episode = rxResource({
    params: () => this.episodeId(),
    stream: ({ params }) => this.episodesApi.get(params),
  });
  protected readonly patient = rxResource({
    params: () => (this.episode.hasValue() ? this.episode.value().patientId : undefined),
    stream: ({ params }) => this.patientsApi.get(params),
  });
  protected readonly programme = rxResource({
    params: () => this.episodeId(),
    stream: ({ params }) => this.programmesApi.get(params),
  });
  /** Only the count is needed here: one session is enough to read it. */
  protected readonly sessions = rxResource({
    params: () => this.episodeId(),
    stream: ({ params }) => this.sessionsApi.list(params, 1),
  });

  protected readonly form = new FormGroup({
    performedOn: new FormControl(todayIsoDate(), {
      nonNullable: true,
      validators: [requiredValidator, isoDateValidator, notInFutureValidator()],
    }),
    pain: new FormControl('', { nonNullable: true, validators: ratingValidator }),
    rpe: new FormControl('', { nonNullable: true, validators: ratingValidator }),
    notes: new FormControl('', { nonNullable: true, validators: Validators.maxLength(SESSION_NOTES_MAX_LENGTH) }),
    exercises: new FormArray<SessionExerciseForm>([]),
  });
  protected readonly snapshot = controlSnapshot(this.form);
  private readonly doneSubscriptions: Subscription[] = [];

  protected readonly current = computed(() => (this.episode.hasValue() ? this.episode.value() : undefined));
  protected readonly heading = computed(() => {
    const episode = this.current();
    const patient = this.patient.hasValue() ? this.patient.value() : undefined;
    return [patient ? `${patient.givenName} ${patient.familyName}` : '', episode ? episodeTitle(episode) : '']
      .filter(Boolean)
      .join(' · ');
  });
  protected readonly currentProgramme = computed(() =>
    this.programme.hasValue() ? this.programme.value() : undefined,
  );
  protected readonly loadError = computed(() => this.episode.error() ?? this.programme.error());
  protected readonly archived = computed(() => this.current()?.archived === true);
  protected readonly visits = computed(() => (this.sessions.hasValue() ? visitsText(this.sessions.value()) : ''));
  protected readonly doneCount = computed(() => this.snapshot().exercises.filter((exercise) => exercise.done).length);

  protected readonly saving = signal(false);
  protected readonly formError = signal<ApiError | null>(null);
  protected readonly today = todayIsoDate();
  protected readonly ratingLimits = RATING_LIMITS;
  protected readonly notesMaxLength = SESSION_NOTES_MAX_LENGTH;
  protected readonly actualKeys = ACTUAL_KEYS;
  protected readonly actualLabels = ACTUAL_LABELS;
  protected readonly actualNames = ACTUAL_NAMES;
  protected readonly dosageText = dosageText;
  protected readonly errorText = errorText;
  protected readonly describeErrors = describeErrors;

  constructor() {
    effect(() => {
      const programme = this.currentProgramme();
      untracked(() => this.fillExercises(programme ?? null));
    });
    inject(DestroyRef).onDestroy(() => this.clearSubscriptions());
  }

  protected exerciseControl(index: number): SessionExerciseForm {
    return this.form.controls.exercises.at(index);
  }

  protected actualControl(row: SessionExerciseForm, key: ActualKey): FormControl<string> {
    return row.controls[key];
  }

  protected prescribed(index: number): string {
    const item = this.currentProgramme()?.items[index];
    return item ? dosageText(item.dosage) : '';
  }

  protected invalid(control: AbstractControl): boolean {
    return control.invalid && control.touched;
  }

  protected submit(): void {
    if (this.saving() || this.archived()) return;
    this.formError.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.focusFirstProblem();
      return;
    }
    const value = this.form.getRawValue();
    /** Form row of each exercise sent, to put the API's `exercises.N…` issues back on it. */
    const sentRows: number[] = [];
    const exercises = value.exercises.flatMap((exercise, index) => {
      if (!exercise.done) return [];
      sentRows.push(index);
      return [sessionExerciseRequest(exercise)];
    });
    const request: CreateSessionRequest = {
      performedOn: value.performedOn,
      pain: parseDecimal(value.pain),
      rpe: parseDecimal(value.rpe),
      notes: value.notes.trim() || null,
      exercises,
    };
    this.saving.set(true);
    this.sessionsApi.create(this.episodeId(), request).subscribe({
      next: (session) => {
        const count = session.exercises.length;
        this.notifier.success(`Session logged (${count} ${count === 1 ? 'exercise' : 'exercises'}).`);
        void this.router.navigate(['/episodes', this.episodeId(), 'programme']);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        const apiError = toApiError(error);
        const details = (apiError.details ?? []).map((detail) => {
          const match = SERVER_EXERCISE_FIELD.exec(detail.field);
          const row = match ? sentRows[Number(match[1])] : undefined;
          return row === undefined ? detail : { ...detail, field: `exercises.${row}${match?.[2] ?? ''}` };
        });
        const unmatched = applyServerErrors(this.form, { ...apiError, details });
        if (!apiError.details?.length || unmatched.length > 0) this.formError.set(apiError);
        this.focusFirstProblem();
      },
    });
  }

  /** One row per programme item, ticked as done; unticking disables (and so stops checking) its amounts. */
  private fillExercises(programme: Programme | null): void {
    this.clearSubscriptions();
    const rows = this.form.controls.exercises;
    rows.clear();
    for (const item of programme?.items ?? []) {
      const row = createSessionExercise(item);
      this.doneSubscriptions.push(
        row.controls.done.valueChanges.subscribe((done) => {
          for (const key of ACTUAL_KEYS) {
            if (done) row.controls[key].enable();
            else row.controls[key].disable();
          }
        }),
      );
      rows.push(row);
    }
  }

  private clearSubscriptions(): void {
    this.doneSubscriptions.forEach((subscription) => subscription.unsubscribe());
    this.doneSubscriptions.length = 0;
  }

  private focusFirstProblem(): void {
    afterNextRender(
      () =>
        this.host.nativeElement
          .querySelector<HTMLElement>(
            '[aria-invalid="true"], .mat-form-field-invalid input, .mat-form-field-invalid textarea',
          )
          ?.focus(),
      { injector: this.injector },
    );
  }
}
