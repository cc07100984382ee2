import { DatePipe } from '@angular/common';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  ElementRef,
  inject,
  Injector,
  input,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { MEASURE_TYPES, type MeasureType } from '@proprio/clinical';
import type { ApiError, CreateAssessmentRequest } from '@proprio/contracts';
import type { Subscription } from 'rxjs';

import { controlSnapshot } from '../../../core/forms/control-snapshot';
import { errorText } from '../../../core/forms/error-text';
import { applyServerErrors } from '../../../core/forms/server-errors';
import { isoDateValidator, notInFutureValidator, requiredValidator } from '../../../core/forms/validators';
import { toApiError } from '../../../core/http/api-error';
import { isIsoDate, todayIsoDate } from '../../../shared/dates/calendar-date';
import { DATE_FORMAT } from '../../../shared/labels/labels';
import { EnterAdvances } from '../../../shared/ui/enter-advances';
import { ErrorBanner } from '../../../shared/ui/error-banner';
import { Notifier } from '../../../shared/ui/notifier';
import { episodeTitle } from '../../episodes/data/episode-display';
import { EpisodesApi } from '../../episodes/data/episodes-api';
import { PatientsApi } from '../../patients/data/patients-api';
import { AssessmentsApi } from '../data/assessments-api';
import { baselineFor, latestInput, type BaselineReference } from '../data/episode-baselines';
import {
  createHopRow,
  DEFAULT_HOP_BATTERY,
  DEFAULT_TRIAL_COUNT,
  hopDraft,
  type HopRowForm,
  type HopRowValue,
} from '../data/hop-form';
import {
  createEffusion,
  createKneeRom,
  createQuadricepsLag,
  effusionDraft,
  kneeRomDraft,
  quadricepsLagDraft,
  type EffusionValue,
  type KneeRomValue,
  type QuadricepsLagValue,
} from '../data/knee-signs-form';
import { evaluateDraft, type MeasureDraft } from '../data/measure-draft';
import { bodyMassOf, bodyMassValidator, BODY_MASS_LIMITS, SESSION_NOTES_MAX_LENGTH } from '../data/session-validators';
import {
  createStrengthRow,
  mirrorProtocol,
  STRENGTH_TYPES,
  strengthDraft,
  type StrengthRowForm,
  type StrengthRowValue,
} from '../data/strength-form';
import {
  createYBalance,
  mirrorLimbLength,
  yBalanceDraft,
  type YBalanceForm,
  type YBalanceValue,
} from '../data/y-balance-form';
import { HopBatteryGrid } from '../ui/hop-battery-grid/hop-battery-grid';
import { KneeRomTable } from '../ui/knee-rom-table/knee-rom-table';
import { KneeSignFields } from '../ui/knee-sign-fields/knee-sign-fields';
import { StrengthTable } from '../ui/strength-table/strength-table';
import { YBalanceTable } from '../ui/y-balance-table/y-balance-table';

/** A measure that will be sent, and the form group it was typed in (to put the API's errors back). */
interface PlannedMeasure {
  draft: MeasureDraft;
  /** Path of the measure's form group within the page form, e.g. `hops.2`. */
  prefix: string;
}

const SERVER_MEASUREMENT_FIELD = /^measurements\.(\d+)(?:\.(input|type))?(?:\.(.+))?$/;

/**
 * Records a test session (`/episodes/:episodeId/assessments/new`): the knee's range of motion,
 * effusion and quadriceps lag, the hop battery, and optionally strength and the Y-balance, with every LSI and EPIC computed live by the clinical library. Only the
 * tests that were filled in are sent, with their raw trials; the API recomputes everything.
 */
@Component({
  selector: 'app-assessment-form-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
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
    MatSuffix,
    EnterAdvances,
    ErrorBanner,
    HopBatteryGrid,
    KneeRomTable,
    KneeSignFields,
    StrengthTable,
    YBalanceTable,
  ],
  templateUrl: './assessment-form-page.html',
  styleUrl: './assessment-form-page.scss',
})
export class AssessmentFormPage {
  private readonly assessmentsApi = inject(AssessmentsApi);
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
  /** The episode's sessions: the baseline for EPIC, and the last strength protocol. */
  protected readonly assessments = rxResource({
    params: () => this.episodeId(),
    stream: ({ params }) => this.assessmentsApi.list(params),
  });

  protected readonly form = new FormGroup({
    performedOn: new FormControl(todayIsoDate(), {
      nonNullable: true,
      validators: [requiredValidator, isoDateValidator, notInFutureValidator()],
    }),
    baseline: new FormControl(false, { nonNullable: true }),
    bodyMassKg: new FormControl('', { nonNullable: true, validators: bodyMassValidator }),
    notes: new FormControl('', { nonNullable: true, validators: Validators.maxLength(SESSION_NOTES_MAX_LENGTH) }),
    kneeRom: createKneeRom(),
    effusion: createEffusion(),
    quadricepsLag: createQuadricepsLag(),
    hops: new FormArray<HopRowForm>(DEFAULT_HOP_BATTERY.map((type) => createHopRow(type, DEFAULT_TRIAL_COUNT))),
    strength: new FormArray<StrengthRowForm>([]),
    yBalance: new FormArray<YBalanceForm>([]),
  });
  protected readonly snapshot = controlSnapshot(this.form);

  protected readonly saving = signal(false);
  protected readonly submitted = signal(false);
  protected readonly formError = signal<ApiError | null>(null);
  protected readonly nothingToSave = signal(false);
  private readonly sectionSubscriptions: Subscription[] = [];

  protected readonly today = todayIsoDate();
  protected readonly dateFormat = DATE_FORMAT;
  protected readonly bodyMassLimits = BODY_MASS_LIMITS;
  protected readonly notesMaxLength = SESSION_NOTES_MAX_LENGTH;
  protected readonly errorText = errorText;

  protected readonly current = computed(() => (this.episode.hasValue() ? this.episode.value() : undefined));
  protected readonly heading = computed(() => {
    const episode = this.current();
    const patient = this.patient.hasValue() ? this.patient.value() : undefined;
    const parts = [patient ? `${patient.givenName} ${patient.familyName}` : '', episode ? episodeTitle(episode) : ''];
    return parts.filter(Boolean).join(' · ');
  });
  protected readonly loadError = computed(() => this.episode.error() ?? this.assessments.error());
  protected readonly archived = computed(() => this.current()?.archived === true);

  private readonly sessionDate = computed(() => {
    const date = this.snapshot().performedOn;
    return isIsoDate(date) ? date : null;
  });
  protected readonly isBaselineSession = computed(() => this.snapshot().baseline);
  protected readonly bodyMass = computed(() => bodyMassOf(this.snapshot().bodyMassKg));

  /** The applicable baseline of every measure, chosen as the API chooses it. */
  protected readonly baselines = computed<Partial<Record<MeasureType, BaselineReference | null>>>(() => {
    const sessions = this.assessments.hasValue() ? this.assessments.value() : [];
    const date = this.sessionDate();
    return Object.fromEntries(MEASURE_TYPES.map((type) => [type, baselineFor(sessions, type, date)]));
  });
  /** The most recent baseline session on or before this session's date, for the explanation. */
  protected readonly latestBaselineDate = computed(() => {
    const sessions = this.assessments.hasValue() ? this.assessments.value() : [];
    const date = this.sessionDate();
    const dates = sessions
      .filter((s) => s.baseline && (date === null || s.performedOn <= date))
      .map((s) => s.performedOn)
      .sort();
    return dates.at(-1) ?? null;
  });
  /** A baseline is a pre-operative reference: say so when its date is after surgery. */
  protected readonly baselineAfterSurgery = computed(() => {
    const surgery = this.current()?.surgeryDate;
    const date = this.sessionDate();
    return this.isBaselineSession() && surgery !== null && surgery !== undefined && date !== null && date > surgery;
  });

  /** The measures that will be sent: only the filled-in ones. */
  protected readonly plan = computed(() => this.planFrom(this.snapshot()));

  constructor() {
    inject(DestroyRef).onDestroy(() => this.clearSectionSubscriptions());
  }

  protected addStrength(): void {
    const sessions = this.assessments.hasValue() ? this.assessments.value() : [];
    for (const type of STRENGTH_TYPES) {
      const row = createStrengthRow(type, { protocolFrom: latestInput(sessions, type) });
      this.sectionSubscriptions.push(mirrorProtocol(row));
      this.form.controls.strength.push(row);
    }
  }

  protected removeStrength(): void {
    this.form.controls.strength.clear();
  }

  protected addYBalance(): void {
    const yBalance = createYBalance();
    this.sectionSubscriptions.push(mirrorLimbLength(yBalance));
    this.form.controls.yBalance.push(yBalance);
  }

  protected removeYBalance(): void {
    this.form.controls.yBalance.clear();
  }

  protected submit(): void {
    if (this.saving() || this.archived()) {
      return;
    }
    this.submitted.set(true);
    this.formError.set(null);
    const plan = this.plan();
    this.nothingToSave.set(plan.length === 0);
    const bodyMassKg = this.bodyMass();
    const libraryRefuses = plan.some(({ draft }) => evaluateDraft(draft, { bodyMassKg }).status === 'invalid');
    if (this.form.invalid || plan.length === 0 || libraryRefuses) {
      this.form.markAllAsTouched();
      this.focusFirstProblem();
      return;
    }
    const value = this.form.getRawValue();
    const request: CreateAssessmentRequest = {
      performedOn: value.performedOn,
      baseline: value.baseline,
      ...(bodyMassKg === null ? {} : { bodyMassKg }),
      notes: value.notes.trim() || null,
      measurements: plan.map(({ draft }) => ({ type: draft.type, input: draft.input })),
    };
    this.saving.set(true);
    this.assessmentsApi.create(this.episodeId(), request).subscribe({
      next: (saved) => {
        const count = saved.measurements.length;
        this.notifier.success(`Test session saved (${count} ${count === 1 ? 'test' : 'tests'}).`);
        void this.router.navigate(['/episodes', this.episodeId(), 'progress']);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.handleFailure(toApiError(error), plan);
      },
    });
  }

  private planFrom(value: {
    kneeRom: KneeRomValue;
    effusion: EffusionValue;
    quadricepsLag: QuadricepsLagValue;
    hops: HopRowValue[];
    strength: StrengthRowValue[];
    yBalance: YBalanceValue[];
  }): PlannedMeasure[] {
    const sections = [
      { draft: kneeRomDraft(value.kneeRom), prefix: 'kneeRom' },
      { draft: effusionDraft(value.effusion), prefix: 'effusion' },
      { draft: quadricepsLagDraft(value.quadricepsLag), prefix: 'quadricepsLag' },
      ...value.hops.map((row, index) => ({ draft: hopDraft(row), prefix: `hops.${index}` })),
      ...value.strength.map((row, index) => ({ draft: strengthDraft(row), prefix: `strength.${index}` })),
      ...value.yBalance.map((yBalance, index) => ({ draft: yBalanceDraft(yBalance), prefix: `yBalance.${index}` })),
    ];
    return sections.filter((planned): planned is PlannedMeasure => planned.draft !== null);
  }

  /** Puts each of the API's `details[]` on the input it is about (`measurements.0.input.trials.involved.1`). */
  private handleFailure(error: ApiError, plan: readonly PlannedMeasure[]): void {
    const details = (error.details ?? []).map((detail) => ({
      field: this.formPathOf(detail.field, plan),
      issue: detail.issue,
    }));
    const unmatched = applyServerErrors(this.form, { ...error, details });
    if (!error.details?.length || unmatched.length > 0) {
      this.formError.set(error);
    }
    this.focusFirstProblem();
  }

  private formPathOf(field: string, plan: readonly PlannedMeasure[]): string {
    const match = SERVER_MEASUREMENT_FIELD.exec(field);
    if (!match) {
      return field;
    }
    const planned = plan[Number(match[1])];
    if (!planned) {
      return field;
    }
    const inputField = match[2] === 'input' ? match[3] : undefined;
    const path = inputField === undefined ? null : planned.draft.controlPath(inputField);
    return path === null ? planned.prefix : `${planned.prefix}.${path}`;
  }

  /** After the view shows the errors, takes keyboard focus to the first one. */
  private focusFirstProblem(): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), {
      injector: this.injector,
    });
  }

  private clearSectionSubscriptions(): void {
    this.sectionSubscriptions.forEach((subscription) => subscription.unsubscribe());
    this.sectionSubscriptions.length = 0;
  }
}
