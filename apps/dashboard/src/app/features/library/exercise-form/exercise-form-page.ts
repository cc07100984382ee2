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
import { FormControl, FormGroup, ReactiveFormsModule, Validators, type ValidatorFn } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatProgressBar } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import {
  DOSAGE_LIMITS,
  EQUIPMENT,
  EQUIPMENT_LABELS,
  PROGRESSION_VARIABLE_LABELS,
  PROGRESSION_VARIABLES,
  SKILL_LABELS,
  SKILLS,
  STANDARD_PHASE_LABELS,
  STANDARD_PHASES,
  type Equipment,
  type ProgressionVariable,
  type Skill,
  type StandardPhase,
} from '@proprio/clinical';
import type { ApiError, Exercise, ExerciseRequest } from '@proprio/contracts';

import { controlSnapshot } from '../../../core/forms/control-snapshot';
import { errorText } from '../../../core/forms/error-text';
import { focusFirstInvalid } from '../../../core/forms/focus-first-invalid';
import { applyServerErrors } from '../../../core/forms/server-errors';
import { requiredValidator } from '../../../core/forms/validators';
import { toApiError } from '../../../core/http/api-error';
import { ErrorBanner } from '../../../shared/ui/error-banner';
import { Notifier } from '../../../shared/ui/notifier';
import { createDosageForm, dosageOf, fillDosageForm } from '../data/dosage-form';
import { dosageText } from '../data/dosage-text';
import { EXERCISE_LIMITS } from '../data/exercise-limits';
import { ExercisesApi } from '../data/exercises-api';

/** At least one item chosen from a multiple select. */
const atLeastOne: ValidatorFn = (control) =>
  Array.isArray(control.value) && control.value.length > 0 ? null : { required: true };

/**
 * Adds a clinic exercise (`/library/exercises/new`) or edits one (`/library/exercises/:exerciseId/edit`).
 * Seeded exercises are read-only: the API refuses them, so the page does not offer the form.
 */
@Component({
  selector: 'app-exercise-form-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButton,
    MatCard,
    MatCardContent,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatOption,
    MatProgressBar,
    MatSelect,
    MatSuffix,
    ErrorBanner,
  ],
  templateUrl: './exercise-form-page.html',
  styleUrl: './exercise-form-page.scss',
})
export class ExerciseFormPage {
  private readonly api = inject(ExercisesApi);
  private readonly router = inject(Router);
  private readonly notifier = inject(Notifier);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  /** Route parameter; absent when adding an exercise. */
  readonly exerciseId = input<string>();

  protected readonly isEdit = computed(() => this.exerciseId() !== undefined);
  protected readonly limits = EXERCISE_LIMITS;
  protected readonly dosageLimits = DOSAGE_LIMITS;
  protected readonly skills = SKILLS;
  protected readonly skillLabels = SKILL_LABELS;
  protected readonly equipment = EQUIPMENT;
  protected readonly equipmentLabels = EQUIPMENT_LABELS;
  protected readonly phases = STANDARD_PHASES;
  protected readonly phaseLabels = STANDARD_PHASE_LABELS;
  protected readonly variables = Object.keys(PROGRESSION_VARIABLES) as ProgressionVariable[];
  protected readonly variableLabels = PROGRESSION_VARIABLE_LABELS;
  protected readonly errorText = errorText;

  protected readonly form = new FormGroup({
    name: new FormControl('', {
      nonNullable: true,
      validators: [requiredValidator, Validators.maxLength(EXERCISE_LIMITS.nameMaxLength)],
    }),
    description: new FormControl('', {
      nonNullable: true,
      validators: Validators.maxLength(EXERCISE_LIMITS.descriptionMaxLength),
    }),
    skills: new FormControl<Skill[]>([], { nonNullable: true, validators: atLeastOne }),
    equipment: new FormControl<Equipment[]>([], { nonNullable: true }),
    phases: new FormControl<StandardPhase[]>([], { nonNullable: true, validators: atLeastOne }),
    defaultDosage: createDosageForm(),
    progressionVariables: new FormControl<ProgressionVariable[]>([], { nonNullable: true }),
    progressionNotes: new FormControl('', {
      nonNullable: true,
      validators: Validators.maxLength(EXERCISE_LIMITS.progressionNotesMaxLength),
    }),
  });
  protected readonly dosage = this.form.controls.defaultDosage.controls;
  private readonly dosageSnapshot = controlSnapshot(this.form.controls.defaultDosage);
  /** The dosage as it will read on the library and on programmes, while it is typed. */
  protected readonly dosagePreview = computed(() => {
    const value = this.dosageSnapshot();
    return this.form.controls.defaultDosage.valid ? dosageText(dosageOf(value)) : '';
  });

  /** The exercise being edited; idle when adding one. */
  protected readonly exercise = rxResource({
    params: () => this.exerciseId(),
    stream: ({ params }) => this.api.get(params),
  });
  protected readonly seeded = computed(() => this.exercise.hasValue() && this.exercise.value().source === 'seeded');

  protected readonly saving = signal(false);
  protected readonly formError = signal<ApiError | null>(null);
  protected readonly conflict = signal(false);
  private version: number | null = null;

  constructor() {
    effect(() => {
      if (this.exercise.hasValue()) {
        const exercise = this.exercise.value();
        untracked(() => this.fill(exercise));
      }
    });
  }

  protected submit(): void {
    if (this.saving()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.focusFirstProblem();
      return;
    }
    const id = this.exerciseId();
    if (id !== undefined && this.version === null) {
      return; // Still loading the exercise: nothing to save against yet.
    }
    const request = this.toRequest();
    this.saving.set(true);
    this.formError.set(null);
    const save$ =
      id === undefined ? this.api.create(request) : this.api.update(id, { ...request, version: this.version ?? 0 });
    save$.subscribe({
      next: (saved) => {
        this.form.markAsPristine();
        this.notifier.success(id === undefined ? 'Exercise added to the library.' : 'Exercise saved.');
        void this.router.navigate(['/library/exercises', saved.id]);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.handleFailure(toApiError(error));
      },
    });
  }

  protected reload(): void {
    this.conflict.set(false);
    this.formError.set(null);
    this.exercise.reload();
  }

  protected cancelLink(): string[] {
    const id = this.exerciseId();
    return id === undefined ? ['/library/exercises'] : ['/library/exercises', id];
  }

  private fill(exercise: Exercise): void {
    this.version = exercise.version;
    this.form.reset({
      name: exercise.name,
      description: exercise.description ?? '',
      skills: [...exercise.skills],
      equipment: [...exercise.equipment],
      phases: [...exercise.phases],
      progressionVariables: [...exercise.progressionVariables],
      progressionNotes: exercise.progressionNotes ?? '',
    });
    fillDosageForm(this.form.controls.defaultDosage, exercise.defaultDosage);
  }

  private toRequest(): ExerciseRequest {
    const value = this.form.getRawValue();
    return {
      name: value.name.trim(),
      description: value.description.trim() || null,
      skills: value.skills,
      equipment: value.equipment,
      phases: value.phases,
      defaultDosage: dosageOf(value.defaultDosage),
      progressionVariables: value.progressionVariables,
      progressionNotes: value.progressionNotes.trim() || null,
    };
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
    this.focusFirstProblem();
  }

  /** Focus the first invalid field; the dosage is a nested group, so look inside it when it comes first. */
  private focusFirstProblem(): void {
    const controls = this.form.controls;
    const first = (Object.keys(controls) as (keyof typeof controls)[]).find((key) => controls[key].invalid);
    focusFirstInvalid(first === 'defaultDosage' ? controls.defaultDosage : this.form, this.host.nativeElement);
  }
}
