import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatProgressBar } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { SEXES, type ApiError, type CreatePatientRequest, type Patient, type Sex } from '@proprio/contracts';

import {
  emailValidator,
  isoDateValidator,
  notInFutureValidator,
  requiredValidator,
} from '../../../core/forms/validators';
import { errorText } from '../../../core/forms/error-text';
import { focusFirstInvalid } from '../../../core/forms/focus-first-invalid';
import { applyServerErrors } from '../../../core/forms/server-errors';
import { toApiError } from '../../../core/http/api-error';
import { todayIsoDate } from '../../../shared/dates/calendar-date';
import { SEX_LABELS } from '../../../shared/labels/labels';
import { ErrorBanner } from '../../../shared/ui/error-banner';
import { Notifier } from '../../../shared/ui/notifier';
import { PATIENT_LIMITS } from '../data/patient-limits';
import { PatientsApi } from '../data/patients-api';

/** Registers a new patient (`/patients/new`) or edits one (`/patients/:patientId/edit`). */
@Component({
  selector: 'app-patient-form-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButton,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatOption,
    MatProgressBar,
    MatSelect,
    ErrorBanner,
  ],
  templateUrl: './patient-form-page.html',
  styleUrl: './patient-form-page.scss',
})
export class PatientFormPage {
  private readonly api = inject(PatientsApi);
  private readonly router = inject(Router);
  private readonly notifier = inject(Notifier);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly fb = inject(NonNullableFormBuilder);

  /** Route parameter; absent when registering a new patient. */
  readonly patientId = input<string>();

  protected readonly isEdit = computed(() => this.patientId() !== undefined);
  protected readonly limits = PATIENT_LIMITS;
  protected readonly sexes = SEXES;
  protected readonly sexLabels = SEX_LABELS;
  protected readonly today = todayIsoDate();
  protected readonly errorText = errorText;

  protected readonly form = this.fb.group({
    recordNumber: ['', [requiredValidator, Validators.maxLength(PATIENT_LIMITS.recordNumberMaxLength)]],
    givenName: ['', [requiredValidator, Validators.maxLength(PATIENT_LIMITS.nameMaxLength)]],
    familyName: ['', [requiredValidator, Validators.maxLength(PATIENT_LIMITS.nameMaxLength)]],
    dateOfBirth: ['', [requiredValidator, isoDateValidator, notInFutureValidator()]],
    sex: this.fb.control<Sex | null>(null, requiredValidator),
    email: ['', [emailValidator, Validators.maxLength(PATIENT_LIMITS.emailMaxLength)]],
    phone: ['', [Validators.maxLength(PATIENT_LIMITS.phoneMaxLength)]],
  });

  /** The patient being edited; idle when creating. */
  protected readonly patient = rxResource({
    params: () => this.patientId(),
    stream: ({ params }) => this.api.get(params),
  });

  protected readonly saving = signal(false);
  /** A failure not tied to one field (or tied to a field this form does not have). */
  protected readonly formError = signal<ApiError | null>(null);
  /** Someone else saved this patient after we loaded it; our version is stale. */
  protected readonly conflict = signal(false);
  /** The version we loaded, sent back so the API can detect concurrent edits. */
  private version: number | null = null;

  constructor() {
    effect(() => {
      if (this.patient.hasValue()) {
        const patient = this.patient.value();
        untracked(() => this.fill(patient));
      }
    });
  }

  protected submit(): void {
    if (this.saving()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.form, this.host.nativeElement);
      return;
    }
    const request = this.toRequest();
    const id = this.patientId();
    if (id !== undefined && this.version === null) {
      return; // Still loading the patient: nothing to save against yet.
    }
    this.saving.set(true);
    this.formError.set(null);
    const save$ =
      id === undefined ? this.api.create(request) : this.api.update(id, { ...request, version: this.version ?? 0 });
    save$.subscribe({
      next: (saved) => {
        this.form.markAsPristine();
        this.notifier.success(id === undefined ? 'Patient registered.' : 'Patient saved.');
        void this.router.navigate(['/patients', saved.id]);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.handleFailure(toApiError(error));
      },
    });
  }

  /** After a conflict: load the current record, discarding this form's edits (the user was warned). */
  protected reload(): void {
    this.conflict.set(false);
    this.formError.set(null);
    this.patient.reload();
  }

  protected cancelLink(): string[] {
    const id = this.patientId();
    return id === undefined ? ['/patients'] : ['/patients', id];
  }

  private fill(patient: Patient): void {
    this.version = patient.version;
    this.form.reset({
      recordNumber: patient.recordNumber,
      givenName: patient.givenName,
      familyName: patient.familyName,
      dateOfBirth: patient.dateOfBirth,
      sex: patient.sex,
      email: patient.email ?? '',
      phone: patient.phone ?? '',
    });
  }

  private toRequest(): CreatePatientRequest {
    const value = this.form.getRawValue();
    return {
      recordNumber: value.recordNumber.trim(),
      givenName: value.givenName.trim(),
      familyName: value.familyName.trim(),
      dateOfBirth: value.dateOfBirth,
      // Guarded by required before we get here.
      sex: value.sex ?? 'unknown',
      email: value.email.trim() || null,
      phone: value.phone.trim() || null,
    };
  }

  private handleFailure(error: ApiError): void {
    if (error.code === 'VERSION_CONFLICT') {
      this.conflict.set(true);
      return;
    }
    const unmatched = applyServerErrors(this.form, error);
    if (error.code === 'RECORD_NUMBER_TAKEN' && !error.details?.length) {
      // Older servers may omit details for this one; it can only be about the record number.
      applyServerErrors(this.form, {
        ...error,
        details: [{ field: 'recordNumber', issue: 'This record number is already in use.' }],
      });
    } else if (!error.details?.length || unmatched.length > 0) {
      this.formError.set(error);
    }
    focusFirstInvalid(this.form, this.host.nativeElement);
  }
}
