import { ChangeDetectionStrategy, Component, ElementRef, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators, type ValidatorFn } from '@angular/forms';
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
import { NOTE_SECTION_MAX_LENGTH, type ApiError, type Note } from '@proprio/contracts';
import type { Observable } from 'rxjs';

import { errorText } from '../../../core/forms/error-text';
import { focusFirstInvalid } from '../../../core/forms/focus-first-invalid';
import { applyServerErrors } from '../../../core/forms/server-errors';
import { toApiError } from '../../../core/http/api-error';
import { ErrorBanner } from '../../../shared/ui/error-banner';

export interface AddendumData {
  /** Adds the (trimmed) addendum; the dialog closes with the note as it now is. */
  action: (body: string) => Observable<Note>;
}

const notBlank: ValidatorFn = (control) => ((control.value as string).trim() === '' ? { required: true } : null);

function addendumFailureMessage(error: ApiError): string | undefined {
  switch (error.code) {
    case 'NOTE_NOT_SIGNED':
      return 'This note is still a draft: addenda are for signed notes. Edit the draft instead.';
    case 'FORBIDDEN':
      return 'Only a therapist can add an addendum.';
    default:
      return undefined;
  }
}

/** Writes an addendum to a signed note: the correction or later information, signed and timestamped. */
@Component({
  selector: 'app-addendum-dialog',
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
    <h2 mat-dialog-title id="addendum-dialog-title">Add an addendum</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate aria-labelledby="addendum-dialog-title">
      <mat-dialog-content class="content">
        <p>
          The signed note stays as it is. The addendum is kept with it, with your signature and the time, and cannot be
          changed afterwards.
        </p>
        @if (failure(); as failed) {
          <app-error-banner [error]="failed" [message]="message(failed)" data-testid="addendum-error" />
        }
        <mat-form-field subscriptSizing="dynamic">
          <mat-label>Addendum</mat-label>
          <textarea
            matInput
            formControlName="body"
            required
            rows="6"
            [maxlength]="maxLength"
            data-testid="addendum-input"
          ></textarea>
          <mat-hint>What is corrected or added, and why.</mat-hint>
          <mat-error data-testid="addendum-input-error">{{ errorText(form.controls.body) }}</mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button matButton type="button" mat-dialog-close data-testid="addendum-cancel">Cancel</button>
        <button matButton="filled" type="submit" [disabled]="saving()" data-testid="addendum-confirm">
          {{ saving() ? 'Signing…' : 'Sign addendum' }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .content {
      display: flex;
      flex-direction: column;
      gap: 12px;
      min-width: min(520px, 80vw);
    }
    p {
      margin: 0;
    }
  `,
})
export class AddendumDialog {
  protected readonly data = inject<AddendumData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<AddendumDialog, Note>>(MatDialogRef);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly form = inject(NonNullableFormBuilder).group({
    body: ['', [notBlank, Validators.maxLength(NOTE_SECTION_MAX_LENGTH)]],
  });
  protected readonly maxLength = NOTE_SECTION_MAX_LENGTH;
  protected readonly saving = signal(false);
  protected readonly failure = signal<ApiError | null>(null);
  protected readonly errorText = errorText;
  protected readonly message = addendumFailureMessage;

  protected submit(): void {
    if (this.saving()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.form, this.host.nativeElement);
      return;
    }
    this.saving.set(true);
    this.failure.set(null);
    this.data.action(this.form.controls.body.value.trim()).subscribe({
      next: (note) => this.dialogRef.close(note),
      error: (error: unknown) => {
        this.saving.set(false);
        const apiError = toApiError(error);
        const unmatched = applyServerErrors(this.form, apiError);
        if (!apiError.details?.length || unmatched.length > 0) this.failure.set(apiError);
      },
    });
  }
}
