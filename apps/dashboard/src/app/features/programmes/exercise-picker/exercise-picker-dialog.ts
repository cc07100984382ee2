import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import {
  MAT_DIALOG_DATA,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogRef,
  MatDialogTitle,
} from '@angular/material/dialog';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import {
  EQUIPMENT,
  EQUIPMENT_LABELS,
  SKILL_LABELS,
  SKILLS,
  STANDARD_PHASE_LABELS,
  STANDARD_PHASES,
  type Equipment,
  type Skill,
  type StandardPhase,
} from '@proprio/clinical';
import type { Exercise } from '@proprio/contracts';
import { of, switchMap, timer } from 'rxjs';

import { controlSnapshot } from '../../../core/forms/control-snapshot';
import { ErrorBanner } from '../../../shared/ui/error-banner';
import { dosageText } from '../../library/data/dosage-text';
import { ExercisesApi, type ExerciseQuery } from '../../library/data/exercises-api';
import { equipmentList, phaseList, skillList } from '../../library/data/library-labels';

export interface ExercisePickerData {
  /** The programme's current phase when it is a standard one: the default phase filter. */
  phase: StandardPhase | null;
  /** What the patient has to train with. */
  equipment: readonly Equipment[];
  /** Exercise ids already prescribed, marked in the list. */
  inProgramme: readonly string[];
}

const PAGE_SIZE = 50;
const SEARCH_DEBOUNCE_MS = 250;

/**
 * Chooses an exercise from the library to add to a programme, filtered by neuromuscular skill,
 * equipment and phase (the current phase by default). Closes with the chosen exercise.
 */
@Component({
  selector: 'app-exercise-picker-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatCheckbox,
    MatDialogActions,
    MatDialogClose,
    MatDialogContent,
    MatDialogTitle,
    MatFormField,
    MatInput,
    MatLabel,
    MatProgressBar,
    ErrorBanner,
  ],
  templateUrl: './exercise-picker-dialog.html',
  styleUrl: './exercise-picker-dialog.scss',
})
export class ExercisePickerDialog {
  protected readonly data = inject<ExercisePickerData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<ExercisePickerDialog, Exercise>>(MatDialogRef);
  private readonly exercisesApi = inject(ExercisesApi);

  protected readonly filters = new FormGroup({
    q: new FormControl('', { nonNullable: true }),
    skill: new FormControl<Skill | ''>('', { nonNullable: true }),
    phase: new FormControl<StandardPhase | ''>(this.data.phase ?? '', { nonNullable: true }),
    fitsEquipment: new FormControl(true, { nonNullable: true }),
    equipment: new FormControl<Equipment | ''>('', { nonNullable: true }),
  });
  private readonly snapshot = controlSnapshot(this.filters);

  // Compared by content: focus and touch events must not send the same query again.
  private readonly query = computed<ExerciseQuery>(
    () => {
      const value = this.snapshot();
      return {
        q: value.q,
        skill: value.skill ? [value.skill] : [],
        phase: value.phase ? [value.phase] : [],
        // "Fits the patient" asks for exercises that need nothing they lack; else, those using an item.
        ...(value.fitsEquipment
          ? { equipment: this.data.equipment, availableOnly: true }
          : { equipment: value.equipment ? [value.equipment] : [] }),
        limit: PAGE_SIZE,
        offset: 0,
      };
    },
    { equal: (a, b) => JSON.stringify(a) === JSON.stringify(b) },
  );
  protected readonly exercises = rxResource({
    params: () => this.query(),
    // Typing in the search box waits for a pause; changing a filter asks at once.
    stream: ({ params }) =>
      (params.q?.trim() ? timer(SEARCH_DEBOUNCE_MS) : of(0)).pipe(switchMap(() => this.exercisesApi.list(params))),
  });
  protected readonly results = computed(() => (this.exercises.hasValue() ? this.exercises.value() : null));
  private readonly prescribed = new Set(this.data.inProgramme);

  protected readonly skills = SKILLS;
  protected readonly skillLabels = SKILL_LABELS;
  protected readonly phases = STANDARD_PHASES;
  protected readonly phaseLabels = STANDARD_PHASE_LABELS;
  protected readonly equipmentKeys = EQUIPMENT;
  protected readonly equipmentLabels = EQUIPMENT_LABELS;
  protected readonly patientEquipment = equipmentList(this.data.equipment);
  protected readonly dosageText = dosageText;
  protected readonly skillList = skillList;
  protected readonly equipmentList = equipmentList;
  protected readonly phaseList = phaseList;

  protected isPrescribed(exercise: Exercise): boolean {
    return this.prescribed.has(exercise.id);
  }

  protected choose(exercise: Exercise): void {
    this.dialogRef.close(exercise);
  }
}
