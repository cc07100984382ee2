import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import {
  FormArray,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  Validators,
  type AbstractControl,
} from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import {
  isStandardPhase,
  PROGRESSION_VARIABLE_LABELS,
  PROGRESSION_VARIABLES,
  type ProgressionVariable,
} from '@proprio/clinical';
import {
  MAX_PAGE_SIZE,
  type ApiError,
  type Exercise,
  type Programme,
  type UpdateProgrammeRequest,
} from '@proprio/contracts';
import { map } from 'rxjs';

import { controlSnapshot } from '../../../core/forms/control-snapshot';
import { describeErrors, errorText } from '../../../core/forms/error-text';
import { applyServerErrors } from '../../../core/forms/server-errors';
import { toApiError } from '../../../core/http/api-error';
import { EnterAdvances } from '../../../shared/ui/enter-advances';
import { ErrorBanner } from '../../../shared/ui/error-banner';
import { Notifier } from '../../../shared/ui/notifier';
import { ExercisesApi } from '../../library/data/exercises-api';
import { settingText } from '../../library/data/library-labels';
import {
  createItemForm,
  DOSAGE_FIELD_LABELS,
  DOSAGE_FIELD_NAMES,
  DOSAGE_KEYS,
  formPathOfItemField,
  ITEM_NOTES_MAX_LENGTH,
  itemRequest,
  itemSeed,
  relevantVariables,
  REVISION_REASON_MAX_LENGTH,
  type DosageKey,
  type PrescriptionItemForm,
  type PrescriptionItemValue,
} from '../data/prescription-form';
import { ProgrammesApi } from '../data/programmes-api';
import { ExercisePickerDialog, type ExercisePickerData } from '../exercise-picker/exercise-picker-dialog';

interface RowView {
  control: PrescriptionItemForm;
  value: PrescriptionItemValue;
  added: boolean;
  variables: ProgressionVariable[];
  /** Messages of the row's invalid fields, shown under it once touched. */
  problems: string[];
}

/**
 * The prescription, editable in place (programme:write): dosage cells checked against the library's
 * bounds, progression settings per exercise, notes; exercises removed or added from the library.
 * Saving replaces the prescription with the programme's version and keeps the change as a revision.
 */
@Component({
  selector: 'app-programme-editor',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    EnterAdvances,
    ErrorBanner,
  ],
  templateUrl: './programme-editor.html',
  styleUrl: './programme-editor.scss',
})
export class ProgrammeEditor {
  private readonly programmesApi = inject(ProgrammesApi);
  private readonly exercisesApi = inject(ExercisesApi);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(Notifier);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly programme = input.required<Programme>();
  readonly saved = output<Programme>();
  /** Asked after a version conflict: the page loads the programme as it now is. */
  readonly reload = output();

  protected readonly form = new FormGroup({
    items: new FormArray<PrescriptionItemForm>([]),
    reason: new FormControl('', { nonNullable: true, validators: Validators.maxLength(REVISION_REASON_MAX_LENGTH) }),
  });
  private readonly snapshot = controlSnapshot(this.form);
  /** The request the unedited programme would make, to tell whether anything changed. */
  private readonly original = signal('');

  /** Every exercise, to know which progression variables each one uses. */
  private readonly library = rxResource({
    stream: () =>
      this.exercisesApi
        .list({ includeArchived: true, limit: MAX_PAGE_SIZE, offset: 0 })
        .pipe(map((page) => page.items)),
  });
  /** Exercises picked in this edit (they may be beyond the first page of the library). */
  private readonly picked = signal<Exercise[]>([]);
  private readonly exercisesById = computed(() => {
    const all = [...(this.library.hasValue() ? this.library.value() : []), ...this.picked()];
    return new Map(all.map((exercise) => [exercise.id, exercise]));
  });

  protected readonly rows = computed<RowView[]>(() => {
    const items = this.snapshot().items;
    const byId = this.exercisesById();
    return this.form.controls.items.controls.map((control, index) => {
      const value = items[index] ?? control.getRawValue();
      return {
        control,
        value,
        added: value.id === null,
        variables: relevantVariables(byId.get(value.exerciseId)?.progressionVariables, value.progression),
        problems: rowProblems(control),
      };
    });
  });
  protected readonly hasChanges = computed(
    () => this.requestItemsText(this.snapshot().items) !== this.original() || this.form.invalid,
  );

  protected readonly saving = signal(false);
  protected readonly formError = signal<ApiError | null>(null);
  protected readonly dosageKeys = DOSAGE_KEYS;
  protected readonly dosageLabels = DOSAGE_FIELD_LABELS;
  protected readonly dosageNames = DOSAGE_FIELD_NAMES;
  protected readonly variableLabels = PROGRESSION_VARIABLE_LABELS;
  protected readonly settings = PROGRESSION_VARIABLES;
  protected readonly settingText = settingText;
  protected readonly notesMaxLength = ITEM_NOTES_MAX_LENGTH;
  protected readonly reasonMaxLength = REVISION_REASON_MAX_LENGTH;
  protected readonly errorText = errorText;

  constructor() {
    // The form shows the programme as saved: rebuilt when another version arrives (save, reload, advance).
    effect(() => {
      const programme = this.programme();
      untracked(() => this.reset(programme));
    });
  }

  protected settingsOf(variable: ProgressionVariable): readonly string[] {
    return this.settings[variable];
  }

  protected dosageControl(row: RowView, key: DosageKey): FormControl<string> {
    return row.control.controls.dosage.controls[key];
  }

  protected invalid(control: AbstractControl): boolean {
    return control.invalid && control.touched;
  }

  protected remove(index: number): void {
    this.form.controls.items.removeAt(index);
    this.form.markAsDirty();
  }

  protected addExercise(): void {
    const programme = this.programme();
    const data: ExercisePickerData = {
      phase: isStandardPhase(programme.currentPhaseKey) ? programme.currentPhaseKey : null,
      equipment: programme.equipment,
      inProgramme: this.snapshot().items.map((item) => item.exerciseId),
    };
    this.dialog
      .open<ExercisePickerDialog, ExercisePickerData, Exercise>(ExercisePickerDialog, {
        data,
        width: 'min(960px, 95vw)',
        autoFocus: 'first-tabbable',
      })
      .afterClosed()
      .subscribe((exercise) => {
        if (!exercise) return;
        this.picked.update((list) => [...list, exercise]);
        this.form.controls.items.push(
          createItemForm({
            id: null,
            exerciseId: exercise.id,
            exerciseName: exercise.name,
            dosage: exercise.defaultDosage,
            progression: {},
            notes: null,
          }),
        );
        this.form.markAsDirty();
        const index = this.form.controls.items.length - 1;
        afterNextRender(
          () => this.host.nativeElement.querySelector<HTMLElement>(`[data-testid="item-${index}-sets"]`)?.focus(),
          { injector: this.injector },
        );
      });
  }

  protected save(): void {
    if (this.saving()) return;
    this.formError.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.focusFirstProblem();
      return;
    }
    const value = this.form.getRawValue();
    const request: UpdateProgrammeRequest = {
      version: this.programme().version,
      items: value.items.map(itemRequest),
      reason: value.reason.trim() || null,
    };
    this.saving.set(true);
    this.programmesApi.update(this.programme().episodeId, request).subscribe({
      next: (programme) => {
        this.saving.set(false);
        this.notifier.success(`Programme saved (revision ${programme.revision}).`);
        this.saved.emit(programme);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.handleFailure(toApiError(error));
      },
    });
  }

  protected discard(): void {
    this.formError.set(null);
    this.reset(this.programme());
  }

  protected failureMessage(error: ApiError): string | undefined {
    return error.code === 'VERSION_CONFLICT'
      ? 'Someone else changed this programme since you opened it. It has been reloaded as it now is; make your changes again.'
      : undefined;
  }

  private handleFailure(error: ApiError): void {
    if (error.code === 'VERSION_CONFLICT') {
      this.formError.set(error);
      this.reload.emit();
      return;
    }
    const details = (error.details ?? []).map((detail) => ({ ...detail, field: formPathOfItemField(detail.field) }));
    const unmatched = applyServerErrors(this.form, { ...error, details });
    if (!error.details?.length || unmatched.length > 0) {
      this.formError.set(error);
    }
    this.focusFirstProblem();
  }

  private reset(programme: Programme): void {
    const items = this.form.controls.items;
    items.clear({ emitEvent: false });
    for (const item of programme.items) items.push(createItemForm(itemSeed(item)), { emitEvent: false });
    this.form.controls.reason.reset('', { emitEvent: false });
    this.form.markAsPristine();
    this.form.markAsUntouched();
    this.form.updateValueAndValidity();
    this.picked.set([]);
    this.original.set(this.requestItemsText(items.getRawValue()));
  }

  private requestItemsText(items: readonly PrescriptionItemValue[]): string {
    return JSON.stringify(items.map(itemRequest));
  }

  private focusFirstProblem(): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), {
      injector: this.injector,
    });
  }
}

/** "Reps: Enter a whole number from 1 to 100." for each touched, invalid field of a row. */
function rowProblems(row: PrescriptionItemForm): string[] {
  const problems: string[] = [];
  if (row.errors) problems.push(describeErrors(row.errors));
  for (const key of DOSAGE_KEYS) {
    const control = row.controls.dosage.controls[key];
    if (control.invalid && control.touched && control.errors) {
      problems.push(`${DOSAGE_FIELD_NAMES[key]}: ${describeErrors(control.errors)}`);
    }
  }
  for (const [variable, control] of Object.entries(row.controls.progression.controls)) {
    if (control.errors) {
      problems.push(
        `${PROGRESSION_VARIABLE_LABELS[variable as ProgressionVariable]}: ${describeErrors(control.errors)}`,
      );
    }
  }
  if (row.controls.notes.invalid && row.controls.notes.touched && row.controls.notes.errors) {
    problems.push(`Notes: ${describeErrors(row.controls.notes.errors)}`);
  }
  return problems;
}
