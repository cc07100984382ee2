import { ChangeDetectionStrategy, Component, ElementRef, inject, signal } from '@angular/core';
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
import type { ApiError } from '@proprio/contracts';
import type { Observable } from 'rxjs';

import { errorText } from '../../core/forms/error-text';
import { focusFirstInvalid } from '../../core/forms/focus-first-invalid';
import { REASON_LIMITS, reasonValidators } from '../../core/forms/reason';
import { applyServerErrors } from '../../core/forms/server-errors';
import { toApiError } from '../../core/http/api-error';
import { ErrorBanner } from './error-banner';

export interface ReasonDialogData<T> {
  title: string;
  message: string;
  confirmLabel: string;
  /** Runs the request with the trimmed reason; the dialog closes with its result once it succeeds. */
  action: (reason: string) => Observable<T>;
}

/**
 * Asks why a recorded clinical value is withdrawn (or otherwise changed) and runs the request, so a
 * refusal from the API is shown here, next to the reason, rather than after the dialog has gone.
 */
@Component({
  selector: 'app-reason-dialog',
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
    MatLabel,
    MatInput,
    ErrorBanner,
  ],
  template: `
    <h2 mat-dialog-title id="reason-dialog-title">{{ data.title }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate aria-labelledby="reason-dialog-title">
      <mat-dialog-content class="content">
        <p>{{ data.message }}</p>
        @if (formError(); as failure) {
          <app-error-banner [error]="failure" data-testid="reason-dialog-error" />
        }
        <mat-form-field subscriptSizing="dynamic">
          <mat-label>Reason</mat-label>
          <textarea
            matInput
            formControlName="reason"
            required
            rows="3"
            [maxlength]="limits.maxLength"
            data-testid="reason-input"
          ></textarea>
          <mat-hint>Kept with the record for good ({{ limits.minLength }}–{{ limits.maxLength }} characters).</mat-hint>
          <mat-error data-testid="reason-error">{{ errorText(form.controls.reason) }}</mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button matButton type="button" mat-dialog-close data-testid="reason-cancel">Cancel</button>
        <button matButton="filled" type="submit" [disabled]="saving()" data-testid="reason-confirm">
          {{ saving() ? 'Saving…' : data.confirmLabel }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .content {
      display: flex;
      flex-direction: column;
      gap: 12px;
      min-width: min(440px, 80vw);
    }
  `,
})
export class ReasonDialog<T> {
  protected readonly data = inject<ReasonDialogData<T>>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<ReasonDialog<T>, T>>(MatDialogRef);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly form = inject(NonNullableFormBuilder).group({ reason: ['', reasonValidators] });
  protected readonly limits = REASON_LIMITS;
  protected readonly saving = signal(false);
  protected readonly formError = signal<ApiError | null>(null);
  protected readonly errorText = errorText;

  protected submit(): void {
    if (this.saving()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.form, this.host.nativeElement);
      return;
    }
    this.saving.set(true);
    this.formError.set(null);
    this.data.action(this.form.controls.reason.value.trim()).subscribe({
      next: (result) => this.dialogRef.close(result),
      error: (error: unknown) => {
        this.saving.set(false);
        const apiError = toApiError(error);
        const unmatched = applyServerErrors(this.form, apiError);
        if (!apiError.details?.length || unmatched.length > 0) {
          this.formError.set(apiError);
        }
      },
    });
  }
}
