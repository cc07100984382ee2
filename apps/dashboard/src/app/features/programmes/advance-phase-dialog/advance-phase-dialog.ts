import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
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
import type { CriterionEvaluation } from '@proprio/clinical';
import type { ApiError, Programme, Progression } from '@proprio/contracts';
import type { Observable } from 'rxjs';

import { controlSnapshot } from '../../../core/forms/control-snapshot';
import { errorText } from '../../../core/forms/error-text';
import { REASON_LIMITS, reasonValidators } from '../../../core/forms/reason';
import { applyServerErrors } from '../../../core/forms/server-errors';
import { toApiError } from '../../../core/http/api-error';
import { ErrorBanner } from '../../../shared/ui/error-banner';
import { blockingCriteria, CRITERION_STATUS_LABELS, targetText } from '../data/criteria-text';

export interface AdvancePhaseData {
  progression: Progression;
  /** Sends the advance (with the override reason when one was needed); the dialog closes on success. */
  action: (overrideReason: string | null) => Observable<Programme>;
}

/** Clearer words than the API's for the refusals a therapist can meet here. */
function advanceFailureMessage(error: ApiError): string | undefined {
  switch (error.code) {
    case 'CRITERIA_NOT_MET':
      return 'Not every exit criterion is met (the measures may have changed). Give an override reason to advance anyway.';
    case 'VERSION_CONFLICT':
      return 'Someone else changed this programme while you were looking at it. The page has been reloaded: check the criteria and try again.';
    case 'LAST_PHASE':
      return 'The programme is already in the last phase: there is no next phase to advance to.';
    default:
      return undefined;
  }
}

/**
 * Confirms a phase advance. When every required criterion is met it is a plain confirmation; when
 * not, it lists what is unmet and requires a written override reason, kept with the transition.
 */
@Component({
  selector: 'app-advance-phase-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
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
    ErrorBanner,
  ],
  template: `
    <h2 mat-dialog-title id="advance-dialog-title">Advance to {{ nextName }}?</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate aria-labelledby="advance-dialog-title">
      <mat-dialog-content class="content">
        @if (needsOverride()) {
          <p data-testid="advance-unmet-intro">
            Not every exit criterion of {{ data.progression.currentPhase.name }} is met. Advancing now is an override:
            say why; the reason is kept with the phase change.
          </p>
          @if (unmet.length) {
            <ul class="unmet" aria-label="Unmet criteria" data-testid="advance-unmet">
              @for (criterion of unmet; track $index) {
                <li>
                  {{ criterion.label }} (target {{ target(criterion) }}):
                  {{ statusLabels[criterion.status].toLowerCase() }}
                </li>
              }
            </ul>
          }
        } @else {
          <p data-testid="advance-all-met">
            Every required exit criterion of {{ data.progression.currentPhase.name }} is met. The programme moves to
            {{ nextName }} from today.
          </p>
        }
        @if (failure(); as failed) {
          <app-error-banner [error]="failed" [message]="failureMessage(failed)" data-testid="advance-error" />
        }
        @if (needsOverride()) {
          <mat-form-field subscriptSizing="dynamic">
            <mat-label>Override reason</mat-label>
            <textarea
              matInput
              formControlName="overrideReason"
              required
              rows="3"
              [maxlength]="limits.maxLength"
              data-testid="override-reason"
            ></textarea>
            <mat-hint
              >Required to advance without every criterion met ({{ limits.minLength }}–{{
                limits.maxLength
              }}
              characters).</mat-hint
            >
            <mat-error data-testid="override-reason-error">{{ errorText(form.controls.overrideReason) }}</mat-error>
          </mat-form-field>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button matButton type="button" mat-dialog-close data-testid="advance-cancel">Cancel</button>
        <button matButton="filled" type="submit" [disabled]="!canSubmit()" data-testid="advance-confirm">
          {{ saving() ? 'Advancing…' : 'Confirm advance' }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .content {
      display: flex;
      flex-direction: column;
      gap: 12px;
      min-width: min(480px, 80vw);
    }
    .unmet {
      margin: 0;
      padding-left: 20px;
    }
  `,
})
export class AdvancePhaseDialog {
  protected readonly data = inject<AdvancePhaseData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<AdvancePhaseDialog, Programme>>(MatDialogRef);

  protected readonly form = inject(NonNullableFormBuilder).group({ overrideReason: ['', reasonValidators] });
  private readonly snapshot = controlSnapshot(this.form);
  protected readonly limits = REASON_LIMITS;
  protected readonly statusLabels = CRITERION_STATUS_LABELS;
  protected readonly target = targetText;
  protected readonly errorText = errorText;

  protected readonly nextName = this.data.progression.nextPhase?.name ?? 'the next phase';
  protected readonly unmet: CriterionEvaluation[] = blockingCriteria(this.data.progression.evaluation);
  /** The API may know better (new measures, or fewer): a CRITERIA_NOT_MET refusal asks for a reason. */
  private readonly refusedForCriteria = signal(false);
  protected readonly needsOverride = computed(
    () => !this.data.progression.evaluation.allMet || this.refusedForCriteria(),
  );
  protected readonly saving = signal(false);
  protected readonly failure = signal<ApiError | null>(null);
  protected readonly canSubmit = computed(() => {
    this.snapshot();
    return !this.saving() && (!this.needsOverride() || this.form.valid);
  });

  protected failureMessage(error: ApiError): string | undefined {
    return advanceFailureMessage(error);
  }

  protected submit(): void {
    if (!this.canSubmit()) {
      return;
    }
    const reason = this.needsOverride() ? this.form.controls.overrideReason.value.trim() : null;
    this.saving.set(true);
    this.failure.set(null);
    this.data.action(reason).subscribe({
      next: (programme) => this.dialogRef.close(programme),
      error: (error: unknown) => {
        this.saving.set(false);
        const apiError = toApiError(error);
        if (apiError.code === 'CRITERIA_NOT_MET') {
          this.refusedForCriteria.set(true);
        }
        const unmatched = applyServerErrors(this.form, apiError);
        if (!apiError.details?.length || unmatched.length > 0) {
          this.failure.set(apiError);
        }
      },
    });
  }
}
