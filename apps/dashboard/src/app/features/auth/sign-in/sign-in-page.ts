import { ChangeDetectionStrategy, Component, computed, inject, input, signal, viewChild } from '@angular/core';
import { FormGroupDirective, NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { Router } from '@angular/router';
import type { ApiError } from '@proprio/contracts';

import { safeReturnUrl, SessionService } from '../../../core/auth/session';
import { emailValidator, requiredValidator } from '../../../core/forms/validators';
import { errorText } from '../../../core/forms/error-text';
import { toApiError } from '../../../core/http/api-error';

@Component({
  selector: 'app-sign-in-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButton, MatCard, MatCardContent, MatError, MatFormField, MatInput, MatLabel],
  templateUrl: './sign-in-page.html',
  styleUrl: './sign-in-page.scss',
})
export class SignInPage {
  private readonly session = inject(SessionService);
  private readonly router = inject(Router);

  /** Query parameters, bound by the router: where to go afterwards, and why we are here. */
  readonly returnUrl = input<string>();
  readonly reason = input<string>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [requiredValidator, emailValidator]],
    password: ['', [requiredValidator]],
  });
  protected readonly pending = signal(false);
  protected readonly failure = signal<ApiError | null>(null);
  protected readonly sessionExpired = computed(() => this.reason() === 'expired');
  protected readonly failureMessage = computed(() => {
    const failure = this.failure();
    return failure ? describeSignInFailure(failure) : null;
  });
  protected readonly errorText = errorText;
  private readonly formDirective = viewChild.required(FormGroupDirective);

  protected submit(): void {
    if (this.pending()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.pending.set(true);
    this.failure.set(null);
    const { email, password } = this.form.getRawValue();
    this.session.signIn(email.trim(), password).subscribe({
      next: () => {
        // The password is not kept in memory a moment longer than needed.
        this.form.controls.password.reset();
        void this.router.navigateByUrl(safeReturnUrl(this.returnUrl()));
      },
      error: (error: unknown) => {
        this.pending.set(false);
        this.failure.set(toApiError(error));
        // Clear the password for the next attempt without flagging the now-empty field as an
        // error: resetForm() also forgets that the form was submitted.
        this.formDirective().resetForm({ email, password: '' });
      },
    });
  }
}

function describeSignInFailure(error: ApiError): string {
  switch (error.code) {
    case 'INVALID_CREDENTIALS':
    case 'UNAUTHENTICATED':
      return 'Email or password is incorrect.';
    case 'TOO_MANY_REQUESTS':
      return 'Too many sign-in attempts. Wait a minute, then try again.';
    case 'VALIDATION_FAILED':
      return 'Enter a valid email address and your password.';
    default:
      return error.message;
  }
}
