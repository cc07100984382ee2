import { DatePipe } from '@angular/common';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  signal,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
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
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import {
  INSTRUMENT_LABELS,
  KOOS_MISSING_ITEM_RULES,
  scoreQuestionnaire,
  type KoosMissingItemRule,
} from '@proprio/clinical';
import type { ApiError, QuestionnaireResponse } from '@proprio/contracts';

import { controlSnapshot } from '../../../core/forms/control-snapshot';
import { errorText } from '../../../core/forms/error-text';
import { REASON_LIMITS, reasonValidators } from '../../../core/forms/reason';
import { applyServerErrors } from '../../../core/forms/server-errors';
import { toApiError } from '../../../core/http/api-error';
import { DATE_FORMAT } from '../../../shared/labels/labels';
import { EnterAdvances } from '../../../shared/ui/enter-advances';
import { ErrorBanner } from '../../../shared/ui/error-banner';
import { answersFrom, createAnswersForm, itemIdOf } from '../data/answers-form';
import { instrumentLayout } from '../data/instrument-layout';
import { QuestionnairesApi } from '../data/questionnaires-api';
import { scoreLines } from '../data/score-lines';
import { ItemGrid } from '../ui/item-grid/item-grid';
import { ScoreSummary } from '../ui/score-summary';

export interface AmendQuestionnaireData {
  response: QuestionnaireResponse;
}

const KOOS_RULES: readonly KoosMissingItemRule[] = ['2012', '1998'];

/** Corrects a questionnaire's answers, with live scores and the reason; the old response is kept. */
@Component({
  selector: 'app-amend-questionnaire-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
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
    MatRadioButton,
    MatRadioGroup,
    EnterAdvances,
    ErrorBanner,
    ItemGrid,
    ScoreSummary,
  ],
  templateUrl: './amend-questionnaire-dialog.html',
  styles: `
    .content {
      display: flex;
      flex-direction: column;
      gap: 12px;
    }
    .context {
      margin: 0;
    }
    .reason {
      width: 100%;
    }
    .error {
      margin: 0;
      color: var(--mat-sys-error);
    }
  `,
})
export class AmendQuestionnaireDialog {
  protected readonly data = inject<AmendQuestionnaireData>(MAT_DIALOG_DATA);
  private readonly api = inject(QuestionnairesApi);
  private readonly dialogRef = inject<MatDialogRef<AmendQuestionnaireDialog, QuestionnaireResponse>>(MatDialogRef);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly layout = instrumentLayout(this.data.response.instrument);
  protected readonly isKoos = this.data.response.instrument === 'koos';
  protected readonly form = new FormGroup({
    reason: new FormControl('', { nonNullable: true, validators: reasonValidators }),
    koosRule: new FormControl<KoosMissingItemRule>(this.data.response.options.koosMissingItemRule ?? '2012', {
      nonNullable: true,
    }),
    answers: createAnswersForm(this.layout, this.data.response.answers),
  });
  protected readonly snapshot = controlSnapshot(this.form);
  protected readonly title = `Correct ${INSTRUMENT_LABELS[this.data.response.instrument]}`;
  protected readonly koosRules = KOOS_RULES;
  protected readonly koosRuleLabels = KOOS_MISSING_ITEM_RULES;
  protected readonly dateFormat = DATE_FORMAT;
  protected readonly reasonLimits = REASON_LIMITS;
  protected readonly errorText = errorText;
  protected readonly saving = signal(false);
  protected readonly formError = signal<ApiError | null>(null);

  private readonly answers = computed(() => answersFrom(this.layout, this.snapshot().answers));
  private readonly options = computed(() =>
    this.isKoos ? { koosMissingItemRule: this.snapshot().koosRule } : undefined,
  );
  protected readonly outcome = computed(() =>
    scoreQuestionnaire(this.data.response.instrument, this.answers(), this.options()),
  );
  protected readonly lines = computed(() => {
    const outcome = this.outcome();
    return outcome.ok ? scoreLines(outcome.value) : [];
  });
  protected readonly itemIssues = computed<Record<string, string>>(() => {
    this.snapshot();
    const issues: Record<string, string> = {};
    const outcome = this.outcome();
    if (!outcome.ok) {
      for (const issue of outcome.issues) {
        const id = itemIdOf(issue.field, this.layout);
        if (id !== null) {
          issues[id] = issue.issue;
        }
      }
    }
    for (const [id, control] of Object.entries(this.form.controls.answers.controls)) {
      const server: unknown = control.errors?.['server'];
      if (typeof server === 'string') {
        issues[id] = server;
      }
    }
    return issues;
  });

  protected submit(): void {
    if (this.saving()) {
      return;
    }
    this.formError.set(null);
    if (this.form.invalid || !this.outcome().ok) {
      this.form.markAllAsTouched();
      this.focusFirstProblem();
      return;
    }
    const options = this.options();
    this.saving.set(true);
    this.api
      .amend(this.data.response.id, {
        reason: this.form.controls.reason.value.trim(),
        answers: this.answers(),
        ...(options ? { options } : {}),
      })
      .subscribe({
        next: (amended) => this.dialogRef.close(amended),
        error: (error: unknown) => {
          this.saving.set(false);
          const apiError = toApiError(error);
          const details = (apiError.details ?? []).map((detail) => {
            const id = itemIdOf(detail.field, this.layout);
            return { field: id === null ? detail.field : `answers.${id}`, issue: detail.issue };
          });
          const unmatched = applyServerErrors(this.form, { ...apiError, details });
          if (!apiError.details?.length || unmatched.length > 0) {
            this.formError.set(apiError);
          }
          this.focusFirstProblem();
        },
      });
  }

  private focusFirstProblem(): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), {
      injector: this.injector,
    });
  }
}
