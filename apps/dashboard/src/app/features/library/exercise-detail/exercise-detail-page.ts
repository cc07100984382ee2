import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatChip, MatChipSet } from '@angular/material/chips';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { PROGRESSION_VARIABLE_LABELS, PROGRESSION_VARIABLES, SKILL_LABELS } from '@proprio/clinical';
import type { Exercise } from '@proprio/contracts';
import { filter, switchMap } from 'rxjs';

import { AuthStore } from '../../../core/auth/auth-store';
import { confirmAction } from '../../../shared/ui/confirm-dialog';
import { ErrorBanner } from '../../../shared/ui/error-banner';
import { Notifier } from '../../../shared/ui/notifier';
import { dosageText, EVIDENCE_LABELS, sourceText } from '../data/dosage-text';
import { ExercisesApi } from '../data/exercises-api';
import { equipmentList, phaseList, settingText, SOURCE_LABELS } from '../data/library-labels';

/**
 * One exercise (`/library/exercises/:exerciseId`). A seeded exercise is read-only for every clinic;
 * the clinic's own can be edited, archived and restored by users who maintain the library.
 */
@Component({
  selector: 'app-exercise-detail-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatButton, MatCard, MatCardContent, MatChip, MatChipSet, MatProgressBar, ErrorBanner],
  templateUrl: './exercise-detail-page.html',
  styleUrl: './exercise-detail-page.scss',
})
export class ExerciseDetailPage {
  private readonly api = inject(ExercisesApi);
  private readonly auth = inject(AuthStore);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(Notifier);

  readonly exerciseId = input.required<string>();

  protected readonly exercise = rxResource({
    params: () => this.exerciseId(),
    stream: ({ params }) => this.api.get(params),
  });
  protected readonly current = computed(() => (this.exercise.hasValue() ? this.exercise.value() : undefined));
  /** Only the clinic's own exercises, and only for users who may maintain the library (as the API rules). */
  protected readonly canManage = computed(() => this.current()?.source === 'clinic' && this.auth.can('library:write'));
  protected readonly actionPending = signal(false);
  protected readonly actionError = signal<unknown>(null);

  protected readonly skillLabels = SKILL_LABELS;
  protected readonly sourceLabels = SOURCE_LABELS;
  protected readonly evidenceLabels = EVIDENCE_LABELS;
  protected readonly variableLabels = PROGRESSION_VARIABLE_LABELS;
  protected readonly dosageText = dosageText;
  protected readonly sourceText = sourceText;
  protected readonly equipmentList = equipmentList;
  protected readonly phaseList = phaseList;

  /** "firm, foam, disc, trampoline": the settings a progression variable can take. */
  protected settingsOf(variable: keyof typeof PROGRESSION_VARIABLES): string {
    return PROGRESSION_VARIABLES[variable].map(settingText).join(', ');
  }

  protected archive(exercise: Exercise): void {
    confirmAction(this.dialog, {
      title: 'Archive this exercise?',
      message: `“${exercise.name}” will no longer be offered when prescribing. Programmes that already use it keep it, and it can be restored.`,
      confirmLabel: 'Archive',
    })
      .pipe(
        filter(Boolean),
        switchMap(() => {
          this.startAction();
          return this.api.archive(exercise.id, exercise.version);
        }),
      )
      .subscribe({
        next: (updated) => this.finishAction(updated, 'Exercise archived.'),
        error: (error: unknown) => this.failAction(error),
      });
  }

  protected restore(exercise: Exercise): void {
    this.startAction();
    this.api.restore(exercise.id, exercise.version).subscribe({
      next: (updated) => this.finishAction(updated, 'Exercise restored.'),
      error: (error: unknown) => this.failAction(error),
    });
  }

  protected reload(): void {
    this.actionError.set(null);
    this.exercise.reload();
  }

  private startAction(): void {
    this.actionPending.set(true);
    this.actionError.set(null);
  }

  private finishAction(updated: Exercise, message: string): void {
    this.actionPending.set(false);
    this.exercise.set(updated);
    this.notifier.success(message);
  }

  private failAction(error: unknown): void {
    this.actionPending.set(false);
    this.actionError.set(error);
  }
}
