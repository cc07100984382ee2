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
  signal,
} from '@angular/core';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogRef,
  MatDialogTitle,
} from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { isHopMeasureType, MEASURE_LABELS } from '@proprio/clinical';
import type { ApiError, Measurement } from '@proprio/contracts';
import type { Subscription } from 'rxjs';

import { controlSnapshot } from '../../../core/forms/control-snapshot';
import { errorText } from '../../../core/forms/error-text';
import { REASON_LIMITS, reasonValidators } from '../../../core/forms/reason';
import { applyServerErrors } from '../../../core/forms/server-errors';
import { toApiError } from '../../../core/http/api-error';
import { formatPercent } from '../../../shared/format/decimal';
import { DATE_FORMAT } from '../../../shared/labels/labels';
import { EnterAdvances } from '../../../shared/ui/enter-advances';
import { ErrorBanner } from '../../../shared/ui/error-banner';
import { AssessmentsApi } from '../data/assessments-api';
import type { BaselineReference } from '../data/episode-baselines';
import { createHopRow, DEFAULT_TRIAL_COUNT, hopDraft, type HopRowForm } from '../data/hop-form';
import { evaluateDraft, type MeasureDraft } from '../data/measure-draft';
import { createStrengthRow, mirrorProtocol, strengthDraft, type StrengthRowForm } from '../data/strength-form';
import { createYBalance, mirrorLimbLength, yBalanceDraft, type YBalanceForm } from '../data/y-balance-form';
import { HopBatteryGrid } from '../ui/hop-battery-grid/hop-battery-grid';
import { StrengthTable } from '../ui/strength-table/strength-table';
import { YBalanceTable } from '../ui/y-balance-table/y-balance-table';

export interface AmendMeasurementData {
  measurement: Measurement;
  performedOn: string;
  /** The baseline EPIC is computed against; null for a baseline session or without one. */
  baseline: BaselineReference | null;
  baselineSession: boolean;
  bodyMassKg: number | null;
  involvedSide: string | null;
}

/**
 * Corrects a recorded value: the same editor as the test session, filled with what was recorded,
 * with the reason the API keeps for good. The old value stays on record, marked superseded.
 */
@Component({
  selector: 'app-amend-measurement-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    ReactiveFormsModule,
    MatButton,
    MatDialogActions,
    MatDialogClose,
    MatDialogContent,
    MatDialogTitle,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    EnterAdvances,
    ErrorBanner,
    HopBatteryGrid,
    StrengthTable,
    YBalanceTable,
  ],
  templateUrl: './amend-measurement-dialog.html',
  styles: `
    .content {
      display: flex;
      flex-direction: column;
      gap: 12px;
    }
    .context {
      margin: 0;
    }
    .reason {
      width: 100%;
    }
  `,
})
export class AmendMeasurementDialog {
  protected readonly data = inject<AmendMeasurementData>(MAT_DIALOG_DATA);
  private readonly api = inject(AssessmentsApi);
  private readonly dialogRef = inject<MatDialogRef<AmendMeasurementDialog, Measurement>>(MatDialogRef);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly subscriptions: Subscription[] = [];

  protected readonly form = new FormGroup({
    reason: new FormControl('', { nonNullable: true, validators: reasonValidators }),
    hops: new FormArray<HopRowForm>([]),
    strength: new FormArray<StrengthRowForm>([]),
    yBalance: new FormArray<YBalanceForm>([]),
  });
  protected readonly snapshot = controlSnapshot(this.form);
  protected readonly title = `Correct ${MEASURE_LABELS[this.data.measurement.type].toLowerCase()}`;
  protected readonly recordedLsi = formatPercent(this.data.measurement.lsi);
  protected readonly baselines = computed(() => ({ [this.data.measurement.type]: this.data.baseline }));
  protected readonly dateFormat = DATE_FORMAT;
  protected readonly reasonLimits = REASON_LIMITS;
  protected readonly errorText = errorText;

  protected readonly saving = signal(false);
  protected readonly submitted = signal(false);
  protected readonly formError = signal<ApiError | null>(null);
  protected readonly nothingEntered = signal(false);

  /** The corrected measure and the path of its editor within this dialog's form. */
  private readonly planned = computed<{ draft: MeasureDraft; prefix: string } | null>(() => {
    const value = this.snapshot();
    const [hop] = value.hops;
    const [strength] = value.strength;
    const [yBalance] = value.yBalance;
    const draft = hop ? hopDraft(hop) : strength ? strengthDraft(strength) : yBalance ? yBalanceDraft(yBalance) : null;
    const prefix = hop ? 'hops.0' : strength ? 'strength.0' : 'yBalance.0';
    return draft === null ? null : { draft, prefix };
  });

  constructor() {
    const { type, input } = this.data.measurement;
    if (isHopMeasureType(type)) {
      this.form.controls.hops.push(createHopRow(type, DEFAULT_TRIAL_COUNT, input));
    } else if (type === 'strength_quadriceps' || type === 'strength_hamstrings') {
      const row = createStrengthRow(type, { input });
      this.subscriptions.push(mirrorProtocol(row));
      this.form.controls.strength.push(row);
    } else if (type === 'y_balance') {
      const yBalance = createYBalance(input);
      this.subscriptions.push(mirrorLimbLength(yBalance));
      this.form.controls.yBalance.push(yBalance);
    }
    inject(DestroyRef).onDestroy(() => this.subscriptions.forEach((s) => s.unsubscribe()));
  }

  protected submit(): void {
    if (this.saving()) {
      return;
    }
    this.submitted.set(true);
    this.formError.set(null);
    const planned = this.planned();
    this.nothingEntered.set(planned === null);
    const refused =
      planned !== null && evaluateDraft(planned.draft, { bodyMassKg: this.data.bodyMassKg }).status === 'invalid';
    if (this.form.invalid || planned === null || refused) {
      this.form.markAllAsTouched();
      this.focusFirstProblem();
      return;
    }
    this.saving.set(true);
    this.api
      .amend(this.data.measurement.id, { reason: this.form.controls.reason.value.trim(), input: planned.draft.input })
      .subscribe({
        next: (amended) => this.dialogRef.close(amended),
        error: (error: unknown) => {
          this.saving.set(false);
          const apiError = toApiError(error);
          const details = (apiError.details ?? []).map((detail) => {
            const inputField = /^input\.(.+)$/.exec(detail.field)?.[1];
            const path = inputField === undefined ? null : planned.draft.controlPath(inputField);
            const field =
              inputField === undefined ? detail.field : path === null ? planned.prefix : `${planned.prefix}.${path}`;
            return { field, issue: detail.issue };
          });
          const unmatched = applyServerErrors(this.form, { ...apiError, details });
          if (!apiError.details?.length || unmatched.length > 0) {
            this.formError.set(apiError);
          }
          this.focusFirstProblem();
        },
      });
  }

  private focusFirstProblem(): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), {
      injector: this.injector,
    });
  }
}
