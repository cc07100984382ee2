import { ChangeDetectionStrategy, Component, ElementRef, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import {
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogRef,
  MatDialogTitle,
} from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  ROLES,
  type ApiError,
  type Role,
  type User,
} from '@proprio/contracts';

import { emailValidator, requiredValidator } from '../../../core/forms/validators';
import { errorText } from '../../../core/forms/error-text';
import { focusFirstInvalid } from '../../../core/forms/focus-first-invalid';
import { applyServerErrors } from '../../../core/forms/server-errors';
import { toApiError } from '../../../core/http/api-error';
import { ROLE_LABELS } from '../../../shared/labels/labels';
import { ErrorBanner } from '../../../shared/ui/error-banner';
import { professionalTitleRequest, USER_LIMITS } from '../data/user-limits';
import { UsersApi } from '../data/users-api';

/** Creates a clinic user with an initial password they are expected to change. Closes with the new user. */
@Component({
  selector: 'app-create-user-dialog',
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
    MatOption,
    MatSelect,
    ErrorBanner,
  ],
  templateUrl: './create-user-dialog.html',
  styleUrl: './create-user-dialog.scss',
})
export class CreateUserDialog {
  private readonly api = inject(UsersApi);
  private readonly dialogRef = inject<MatDialogRef<CreateUserDialog, User>>(MatDialogRef);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly form = this.fb.group({
    email: ['', [requiredValidator, emailValidator, Validators.maxLength(USER_LIMITS.emailMaxLength)]],
    displayName: ['', [requiredValidator, Validators.maxLength(USER_LIMITS.displayNameMaxLength)]],
    role: this.fb.control<Role | null>(null, requiredValidator),
    professionalTitle: ['', [Validators.maxLength(USER_LIMITS.professionalTitleMaxLength)]],
    password: [
      '',
      [requiredValidator, Validators.minLength(PASSWORD_MIN_LENGTH), Validators.maxLength(PASSWORD_MAX_LENGTH)],
    ],
  });
  protected readonly limits = USER_LIMITS;
  protected readonly roles = ROLES;
  protected readonly roleLabels = ROLE_LABELS;
  protected readonly passwordMinLength = PASSWORD_MIN_LENGTH;
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
    const value = this.form.getRawValue();
    this.saving.set(true);
    this.formError.set(null);
    this.api
      .create({
        email: value.email.trim(),
        displayName: value.displayName.trim(),
        role: value.role ?? 'assistant',
        professionalTitle: professionalTitleRequest(value.professionalTitle),
        password: value.password,
      })
      .subscribe({
        next: (user) => this.dialogRef.close(user),
        error: (error: unknown) => {
          this.saving.set(false);
          const apiError = toApiError(error);
          const unmatched = applyServerErrors(this.form, apiError);
          if (apiError.code === 'EMAIL_TAKEN' && !apiError.details?.length) {
            applyServerErrors(this.form, {
              ...apiError,
              details: [{ field: 'email', issue: 'A user with this email already exists.' }],
            });
          } else if (!apiError.details?.length || unmatched.length > 0) {
            this.formError.set(apiError);
          }
          focusFirstInvalid(this.form, this.host.nativeElement);
        },
      });
  }
}
