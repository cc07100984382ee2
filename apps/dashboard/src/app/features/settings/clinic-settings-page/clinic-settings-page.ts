import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { rxResource, takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatSlideToggle } from '@angular/material/slide-toggle';
import {
  CLINIC_NAME_MAX_LENGTH,
  PROGRESS_NOTE_DAY_LIMIT_RANGE,
  PROGRESS_NOTE_VISIT_INTERVAL_RANGE,
  type ApiError,
  type Clinic,
} from '@proprio/contracts';

import { SessionService } from '../../../core/auth/session';
import { controlSnapshot } from '../../../core/forms/control-snapshot';
import { errorText } from '../../../core/forms/error-text';
import { focusFirstInvalid } from '../../../core/forms/focus-first-invalid';
import { applyServerErrors } from '../../../core/forms/server-errors';
import { toApiError } from '../../../core/http/api-error';
import { ErrorBanner } from '../../../shared/ui/error-banner';
import { Notifier } from '../../../shared/ui/notifier';
import { ClinicApi } from '../data/clinic-api';
import {
  clinicSettingsRequest,
  createClinicSettingsForm,
  fillClinicSettings,
  progressRuleSummary,
  setDayLimitEnabled,
} from '../data/clinic-settings-form';

/** Clinic administrators name their clinic and set when a progress report falls due (`/admin/clinic`). */
@Component({
  selector: 'app-clinic-settings-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatProgressBar,
    MatSlideToggle,
    MatSuffix,
    ErrorBanner,
  ],
  templateUrl: './clinic-settings-page.html',
  styleUrl: './clinic-settings-page.scss',
})
export class ClinicSettingsPage {
  private readonly api = inject(ClinicApi);
  private readonly session = inject(SessionService);
  private readonly notifier = inject(Notifier);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly clinic = rxResource({ stream: () => this.api.get() });
  protected readonly form = createClinicSettingsForm();
  private readonly snapshot = controlSnapshot(this.form);
  protected readonly summary = computed(() => {
    this.snapshot();
    return progressRuleSummary(this.form);
  });

  protected readonly nameMaxLength = CLINIC_NAME_MAX_LENGTH;
  protected readonly visitRange = PROGRESS_NOTE_VISIT_INTERVAL_RANGE;
  protected readonly dayRange = PROGRESS_NOTE_DAY_LIMIT_RANGE;
  protected readonly errorText = errorText;

  protected readonly saving = signal(false);
  /** A failure not tied to one field (or tied to a field this form does not have). */
  protected readonly formError = signal<ApiError | null>(null);
  /** Someone else saved the settings after we loaded them; our version is stale. */
  protected readonly conflict = signal(false);
  /** The settings as last loaded or saved: the version sent back, and the name the toolbar shows. */
  private loaded: Clinic | null = null;

  constructor() {
    effect(() => {
      if (this.clinic.hasValue()) {
        const clinic = this.clinic.value();
        untracked(() => this.show(clinic));
      }
    });
    this.form.controls.dayLimitEnabled.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe((enabled) => setDayLimitEnabled(this.form, enabled));
  }

  protected submit(): void {
    const loaded = this.loaded;
    if (this.saving() || this.conflict() || loaded === null) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.form, this.host.nativeElement);
      return;
    }
    this.saving.set(true);
    this.formError.set(null);
    this.api.update(clinicSettingsRequest(this.form, loaded.version)).subscribe({
      next: (saved) => {
        this.saving.set(false);
        this.show(saved);
        this.notifier.success('Clinic settings saved.');
        if (saved.name !== loaded.name) {
          this.refreshClinicName();
        }
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.handleFailure(toApiError(error));
      },
    });
  }

  /** After a conflict: load the settings as saved now, discarding this form's edits (the user was warned). */
  protected reload(): void {
    this.conflict.set(false);
    this.formError.set(null);
    this.clinic.reload();
  }

  private show(clinic: Clinic): void {
    this.loaded = clinic;
    fillClinicSettings(this.form, clinic);
  }

  /**
   * The toolbar shows the clinic name of the signed-in session; renewing the session brings the new
   * one. If that fails the old name stays until the next sign-in, which is harmless, so it is ignored.
   */
  private refreshClinicName(): void {
    this.session.refresh().subscribe({ error: () => undefined });
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
