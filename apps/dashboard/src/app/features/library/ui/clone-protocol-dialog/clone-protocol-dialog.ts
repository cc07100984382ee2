import { ChangeDetectionStrategy, Component, ElementRef, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
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
import type { ApiError, Protocol } from '@proprio/contracts';

import { errorText } from '../../../../core/forms/error-text';
import { focusFirstInvalid } from '../../../../core/forms/focus-first-invalid';
import { applyServerErrors } from '../../../../core/forms/server-errors';
import { requiredValidator } from '../../../../core/forms/validators';
import { toApiError } from '../../../../core/http/api-error';
import { ErrorBanner } from '../../../../shared/ui/error-banner';
import { ProtocolsApi } from '../../data/protocols-api';

export interface CloneProtocolData {
  protocolId: string;
  title: string;
  versionId: string;
  versionNumber: number;
}

/** Protocol titles: the API's column size. */
export const PROTOCOL_TITLE_MAX_LENGTH = 120;

/**
 * Copies a protocol version into a new clinic protocol, which the clinic can then adapt. Runs the
 * request itself so a refusal shows next to the title; closes with the new protocol.
 */
@Component({
  selector: 'app-clone-protocol-dialog',
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
    <h2 mat-dialog-title id="clone-protocol-title">Clone protocol</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate aria-labelledby="clone-protocol-title">
      <mat-dialog-content class="content">
        <p>
          Version {{ data.versionNumber }} of “{{ data.title }}” is copied into a new protocol of your clinic, which you
          can then adapt. The original is not changed.
        </p>
        @if (formError(); as failure) {
          <app-error-banner [error]="failure" data-testid="clone-error" />
        }
        <mat-form-field subscriptSizing="dynamic">
          <mat-label>Title of the copy</mat-label>
          <input
            matInput
            formControlName="title"
            required
            autocomplete="off"
            [maxlength]="titleMaxLength"
            data-testid="clone-title"
          />
          <mat-hint>Name it after your clinic's adaptation</mat-hint>
          <mat-error data-testid="clone-title-error">{{ errorText(form.controls.title) }}</mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button matButton type="button" mat-dialog-close data-testid="clone-cancel">Cancel</button>
        <button matButton="filled" type="submit" [disabled]="saving()" data-testid="clone-confirm">
          {{ saving() ? 'Cloning…' : 'Clone' }}
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
export class CloneProtocolDialog {
  protected readonly data = inject<CloneProtocolData>(MAT_DIALOG_DATA);
  private readonly api = inject(ProtocolsApi);
  private readonly dialogRef = inject<MatDialogRef<CloneProtocolDialog, Protocol>>(MatDialogRef);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly titleMaxLength = PROTOCOL_TITLE_MAX_LENGTH;
  protected readonly form = inject(NonNullableFormBuilder).group({
    title: [
      `${this.data.title} (clinic copy)`.slice(0, PROTOCOL_TITLE_MAX_LENGTH),
      [requiredValidator, Validators.maxLength(PROTOCOL_TITLE_MAX_LENGTH)],
    ],
  });
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
    this.api
      .clone(this.data.protocolId, { title: this.form.controls.title.value.trim(), versionId: this.data.versionId })
      .subscribe({
        next: (created) => this.dialogRef.close(created),
        error: (error: unknown) => {
          this.saving.set(false);
          const apiError = toApiError(error);
          const unmatched = applyServerErrors(this.form, apiError);
          if (!apiError.details?.length || unmatched.length > 0) {
            this.formError.set(apiError);
          }
          focusFirstInvalid(this.form, this.host.nativeElement);
        },
      });
  }
}
