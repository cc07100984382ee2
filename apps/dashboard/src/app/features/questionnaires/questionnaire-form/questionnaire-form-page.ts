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
  signal,
  untracked,
} from '@angular/core';
import { rxResource, takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { MatOption, MatSelect } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import {
  INSTRUMENT_LABELS,
  INSTRUMENTS,
  isInstrument,
  KOOS_MISSING_ITEM_RULES,
  scoreQuestionnaire,
  type Instrument,
  type KoosMissingItemRule,
} from '@proprio/clinical';
import type { ApiError, CreateQuestionnaireRequest } from '@proprio/contracts';

import { controlSnapshot } from '../../../core/forms/control-snapshot';
import { errorText } from '../../../core/forms/error-text';
import { applyServerErrors } from '../../../core/forms/server-errors';
import { isoDateValidator, notInFutureValidator, requiredValidator } from '../../../core/forms/validators';
import { toApiError } from '../../../core/http/api-error';
import { todayIsoDate } from '../../../shared/dates/calendar-date';
import { EnterAdvances } from '../../../shared/ui/enter-advances';
import { ErrorBanner } from '../../../shared/ui/error-banner';
import { Notifier } from '../../../shared/ui/notifier';
import { episodeTitle } from '../../episodes/data/episode-display';
import { EpisodesApi } from '../../episodes/data/episodes-api';
import { PatientsApi } from '../../patients/data/patients-api';
import { answersFrom, createAnswersForm, itemIdOf, type AnswersForm } from '../data/answers-form';
import { QuestionnairesApi } from '../data/questionnaires-api';
import { instrumentLayout } from '../data/instrument-layout';
import { scoreLines } from '../data/score-lines';
import { ItemGrid } from '../ui/item-grid/item-grid';
import { ScoreSummary } from '../ui/score-summary';

const KOOS_RULES: readonly KoosMissingItemRule[] = ['2012', '1998'];

/**
 * Records a questionnaire (`/episodes/:episodeId/questionnaires/new`): choose the instrument, key in
 * the item answers, and see the scores computed live by the clinical library, including why a scale
 * cannot be scored yet. The API scores the answers again; a client score is never sent.
 */
@Component({
  selector: 'app-questionnaire-form-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButton,
    MatCard,
    MatCardContent,
    MatError,
    MatFormField,
    MatInput,
    MatLabel,
    MatOption,
    MatProgressBar,
    MatRadioButton,
    MatRadioGroup,
    MatSelect,
    EnterAdvances,
    ErrorBanner,
    ItemGrid,
    ScoreSummary,
  ],
  templateUrl: './questionnaire-form-page.html',
  styleUrl: './questionnaire-form-page.scss',
})
export class QuestionnaireFormPage {
  private readonly questionnairesApi = inject(QuestionnairesApi);
  private readonly episodesApi = inject(EpisodesApi);
  private readonly patientsApi = inject(PatientsApi);
  private readonly router = inject(Router);
  private readonly notifier = inject(Notifier);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly episodeId = input.required<string>();
  /** Optional `?instrument=koos` query parameter, to open on one instrument. */
  readonly instrument = input<string>();

  protected readonly episode = rxResource({
    params: () => this.episodeId(),
    stream: ({ params }) => this.episodesApi.get(params),
  });
  protected readonly patient = rxResource({
    params: () => (this.episode.hasValue() ? this.episode.value().patientId : undefined),
    stream: ({ params }) => this.patientsApi.get(params),
  });

  /** One answer sheet per instrument, so switching back and forth never loses answers. */
  private readonly sheets = new Map<Instrument, AnswersForm>();

  protected readonly form = new FormGroup({
    instrument: new FormControl<Instrument | null>(null, { validators: requiredValidator }),
    completedOn: new FormControl(todayIsoDate(), {
      nonNullable: true,
      validators: [requiredValidator, isoDateValidator, notInFutureValidator()],
    }),
    koosRule: new FormControl<KoosMissingItemRule>('2012', { nonNullable: true }),
    // Replaced by the chosen instrument's answer sheet (see `showSheet`).
    answers: new FormGroup<Record<string, FormControl<string>>>({}),
  });
  protected readonly snapshot = controlSnapshot(this.form);

  protected readonly instruments = INSTRUMENTS;
  protected readonly instrumentLabels = INSTRUMENT_LABELS;
  protected readonly koosRules = KOOS_RULES;
  protected readonly koosRuleLabels = KOOS_MISSING_ITEM_RULES;
  protected readonly today = todayIsoDate();
  protected readonly errorText = errorText;

  protected readonly saving = signal(false);
  protected readonly submitted = signal(false);
  protected readonly formError = signal<ApiError | null>(null);
  protected readonly nothingToSave = signal(false);

  protected readonly current = computed(() => (this.episode.hasValue() ? this.episode.value() : undefined));
  protected readonly heading = computed(() => {
    const episode = this.current();
    const patient = this.patient.hasValue() ? this.patient.value() : undefined;
    const parts = [patient ? `${patient.givenName} ${patient.familyName}` : '', episode ? episodeTitle(episode) : ''];
    return parts.filter(Boolean).join(' · ');
  });
  protected readonly archived = computed(() => this.current()?.archived === true);

  protected readonly layout = computed(() => {
    const instrument = this.snapshot().instrument;
    return instrument === null ? null : instrumentLayout(instrument);
  });
  protected readonly answers = computed(() => {
    const layout = this.layout();
    return layout === null ? {} : answersFrom(layout, this.snapshot().answers);
  });
  protected readonly options = computed(() =>
    this.snapshot().instrument === 'koos' ? { koosMissingItemRule: this.snapshot().koosRule } : undefined,
  );
  /** The library's live verdict on the answers typed so far. */
  protected readonly outcome = computed(() => {
    const instrument = this.snapshot().instrument;
    return instrument === null ? null : scoreQuestionnaire(instrument, this.answers(), this.options());
  });
  protected readonly lines = computed(() => {
    const outcome = this.outcome();
    return outcome?.ok ? scoreLines(outcome.value) : [];
  });
  protected readonly answeredCount = computed(() => Object.keys(this.answers()).length);
  /** Problems by item id: the library's live issues, then the API's refusals. */
  protected readonly itemIssues = computed<Record<string, string>>(() => {
    this.snapshot(); // Server errors live on the controls: re-read them on every form event.
    const layout = this.layout();
    const outcome = this.outcome();
    const issues: Record<string, string> = {};
    if (layout === null) {
      return issues;
    }
    if (outcome && !outcome.ok) {
      for (const issue of outcome.issues) {
        const id = itemIdOf(issue.field, layout);
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
  /** Library issues that are not about one item (rare: options). */
  protected readonly otherIssues = computed(() => {
    const layout = this.layout();
    const outcome = this.outcome();
    if (layout === null || !outcome || outcome.ok) {
      return [];
    }
    return outcome.issues.filter((issue) => itemIdOf(issue.field, layout) === null);
  });

  constructor() {
    this.form.controls.instrument.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe((instrument) => this.showSheet(instrument));
    effect(() => {
      const requested = this.instrument();
      if (isInstrument(requested)) {
        untracked(() => this.form.controls.instrument.setValue(requested));
      }
    });
  }

  protected submit(): void {
    if (this.saving() || this.archived()) {
      return;
    }
    this.submitted.set(true);
    this.formError.set(null);
    const instrument = this.form.controls.instrument.value;
    const outcome = this.outcome();
    this.nothingToSave.set(instrument !== null && this.answeredCount() === 0);
    if (this.form.invalid || instrument === null || !outcome?.ok || this.answeredCount() === 0) {
      this.form.markAllAsTouched();
      this.focusFirstProblem();
      return;
    }
    const options = this.options();
    const request: CreateQuestionnaireRequest = {
      instrument,
      completedOn: this.form.controls.completedOn.value,
      answers: this.answers(),
      ...(options ? { options } : {}),
    };
    this.saving.set(true);
    this.questionnairesApi.create(this.episodeId(), request).subscribe({
      next: () => {
        this.notifier.success(`${INSTRUMENT_LABELS[instrument]} saved.`);
        void this.router.navigate(['/episodes', this.episodeId(), 'progress']);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.handleFailure(toApiError(error));
      },
    });
  }

  private showSheet(instrument: Instrument | null): void {
    if (instrument === null) {
      return;
    }
    let sheet = this.sheets.get(instrument);
    if (!sheet) {
      sheet = createAnswersForm(instrumentLayout(instrument));
      this.sheets.set(instrument, sheet);
    }
    this.form.setControl('answers', sheet);
  }

  /** `answers.items.P3` (or `answers.P3`) goes under item P3; the KOOS rule option under its radio group. */
  private handleFailure(error: ApiError): void {
    const layout = this.layout();
    const details = (error.details ?? []).map((detail) => {
      const id = layout === null ? null : itemIdOf(detail.field, layout);
      const field = id !== null ? `answers.${id}` : detail.field.startsWith('options.') ? 'koosRule' : detail.field;
      return { field, issue: detail.issue };
    });
    const unmatched = applyServerErrors(this.form, { ...error, details });
    if (!error.details?.length || unmatched.length > 0) {
      this.formError.set(error);
    }
    this.focusFirstProblem();
  }

  private focusFirstProblem(): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), {
      injector: this.injector,
    });
  }
}
