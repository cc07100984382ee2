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
import type { ApiError, User } from '@proprio/contracts';

import { errorText } from '../../../core/forms/error-text';
import { focusFirstInvalid } from '../../../core/forms/focus-first-invalid';
import { applyServerErrors } from '../../../core/forms/server-errors';
import { requiredValidator } from '../../../core/forms/validators';
import { toApiError } from '../../../core/http/api-error';
import { ErrorBanner } from '../../../shared/ui/error-banner';
import { professionalTitleRequest, USER_LIMITS } from '../data/user-limits';
import { UsersApi } from '../data/users-api';

/**
 * Changes how a user is named on the records they sign: display name and professional title.
 * Closes with the saved user.
 */
@Component({
  selector: 'app-edit-user-dialog',
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
  templateUrl: './edit-user-dialog.html',
  styleUrl: './edit-user-dialog.scss',
})
export class EditUserDialog {
  private readonly api = inject(UsersApi);
  private readonly dialogRef = inject<MatDialogRef<EditUserDialog, User>>(MatDialogRef);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly fb = inject(NonNullableFormBuilder);
  private user = inject<User>(MAT_DIALOG_DATA);

  protected readonly form = this.fb.group({
    displayName: ['', [requiredValidator, Validators.maxLength(USER_LIMITS.displayNameMaxLength)]],
    professionalTitle: ['', [Validators.maxLength(USER_LIMITS.professionalTitleMaxLength)]],
  });
  protected readonly email = signal(this.user.email);
  protected readonly limits = USER_LIMITS;
  protected readonly saving = signal(false);
  protected readonly formError = signal<ApiError | null>(null);
  /** Someone else saved this user after the dialog opened; our version is stale. */
  protected readonly conflict = signal(false);
  protected readonly errorText = errorText;

  constructor() {
    this.fill(this.user);
  }

  protected submit(): void {
    if (this.saving() || this.conflict()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.form, this.host.nativeElement);
      return;
    }
    const value = this.form.getRawValue();
    this.saving.set(true);
    this.formError.set(null);
    this.api
      .update(this.user.id, {
        displayName: value.displayName.trim(),
        professionalTitle: professionalTitleRequest(value.professionalTitle),
        version: this.user.version,
      })
      .subscribe({
        next: (saved) => this.dialogRef.close(saved),
        error: (error: unknown) => {
          this.saving.set(false);
          this.handleFailure(toApiError(error));
        },
      });
  }

  /** After a conflict: load the user as saved now, discarding this dialog's edits (the user was warned). */
  protected reload(): void {
    this.saving.set(true);
    this.api.get(this.user.id).subscribe({
      next: (latest) => {
        this.saving.set(false);
        this.conflict.set(false);
        this.fill(latest);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.formError.set(toApiError(error));
      },
    });
  }

  private fill(user: User): void {
    this.user = user;
    this.email.set(user.email);
    this.form.reset({ displayName: user.displayName, professionalTitle: user.professionalTitle ?? '' });
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
