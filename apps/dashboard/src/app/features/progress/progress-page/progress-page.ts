import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import type { Measurement, QuestionnaireResponse } from '@proprio/contracts';
import { BaseChartDirective } from 'ng2-charts';
import { filter, type Observable } from 'rxjs';

import { AuthStore } from '../../../core/auth/auth-store';
import { formatPercent } from '../../../shared/format/decimal';
import { DATE_FORMAT } from '../../../shared/labels/labels';
import { ErrorBanner } from '../../../shared/ui/error-banner';
import { Notifier } from '../../../shared/ui/notifier';
import { ReasonDialog, type ReasonDialogData } from '../../../shared/ui/reason-dialog';
import { TypedCellDef } from '../../../shared/ui/typed-cell-def';
import { episodeTitle } from '../../episodes/data/episode-display';
import { EpisodesApi } from '../../episodes/data/episodes-api';
import {
  AmendMeasurementDialog,
  type AmendMeasurementData,
} from '../../measures/amend-measurement-dialog/amend-measurement-dialog';
import { AssessmentsApi } from '../../measures/data/assessments-api';
import { baselineFor } from '../../measures/data/episode-baselines';
import { SymmetryValue } from '../../measures/ui/symmetry-value';
import { PatientsApi } from '../../patients/data/patients-api';
import {
  AmendQuestionnaireDialog,
  type AmendQuestionnaireData,
} from '../../questionnaires/amend-questionnaire-dialog/amend-questionnaire-dialog';
import { QuestionnairesApi } from '../../questionnaires/data/questionnaires-api';
import { provideProgressCharts } from '../data/chart-setup';
import { buildPromChart } from '../data/prom-chart';
import {
  isCorrectableMeasure,
  measurementRows,
  questionnaireRows,
  RECORD_STATUS_LABELS,
  type MeasurementRow,
  type QuestionnaireRow,
} from '../data/record-rows';
import { buildSymmetryChart, changeText } from '../data/symmetry-chart';

/**
 * An episode's progress (`/episodes/:episodeId/progress`, lazily loaded with Chart.js): LSI and EPIC
 * per test over time against the 90% criterion and the measurement-error band, PROM scores against
 * their PASS values, and every recorded value with its history, correctable by those who record.
 */
@Component({
  selector: 'app-progress-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    RouterLink,
    BaseChartDirective,
    MatButton,
    MatCard,
    MatCardContent,
    MatProgressBar,
    MatTableModule,
    ErrorBanner,
    SymmetryValue,
    TypedCellDef,
  ],
  providers: [provideProgressCharts()],
  templateUrl: './progress-page.html',
  styleUrl: './progress-page.scss',
})
export class ProgressPage {
  private readonly assessmentsApi = inject(AssessmentsApi);
  private readonly questionnairesApi = inject(QuestionnairesApi);
  private readonly episodesApi = inject(EpisodesApi);
  private readonly patientsApi = inject(PatientsApi);
  private readonly auth = inject(AuthStore);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(Notifier);

  readonly episodeId = input.required<string>();

  protected readonly episode = rxResource({
    params: () => this.episodeId(),
    stream: ({ params }) => this.episodesApi.get(params),
  });
  protected readonly patient = rxResource({
    params: () => (this.episode.hasValue() ? this.episode.value().patientId : undefined),
    stream: ({ params }) => this.patientsApi.get(params),
  });
  protected readonly symmetry = rxResource({
    params: () => this.episodeId(),
    stream: ({ params }) => this.assessmentsApi.symmetry(params),
  });
  protected readonly promTrends = rxResource({
    params: () => this.episodeId(),
    stream: ({ params }) => this.questionnairesApi.trends(params),
  });
  protected readonly assessments = rxResource({
    params: () => this.episodeId(),
    stream: ({ params }) => this.assessmentsApi.list(params),
  });
  protected readonly responses = rxResource({
    params: () => this.episodeId(),
    stream: ({ params }) => this.questionnairesApi.list(params),
  });

  protected readonly current = computed(() => (this.episode.hasValue() ? this.episode.value() : undefined));
  protected readonly owner = computed(() => (this.patient.hasValue() ? this.patient.value() : undefined));
  protected readonly title = computed(() => {
    const episode = this.current();
    return episode ? episodeTitle(episode) : '';
  });
  protected readonly canWrite = computed(() => this.auth.can('measure:write'));
  protected readonly canRecord = computed(() => this.canWrite() && this.current()?.archived === false);

  protected readonly symmetryCharts = computed(() =>
    (this.symmetry.hasValue() ? this.symmetry.value() : []).map(buildSymmetryChart),
  );
  protected readonly promCharts = computed(() =>
    (this.promTrends.hasValue() ? this.promTrends.value() : []).map(buildPromChart),
  );
  private readonly sessions = computed(() => (this.assessments.hasValue() ? this.assessments.value() : []));
  protected readonly valueRows = computed(() => measurementRows(this.sessions()));
  protected readonly responseRows = computed(() =>
    questionnaireRows(this.responses.hasValue() ? this.responses.value() : []),
  );

  protected readonly valueColumns = ['date', 'test', 'values', 'lsi', 'epic', 'status', 'actions'] as const;
  protected readonly responseColumns = ['date', 'instrument', 'scores', 'status', 'actions'] as const;
  protected readonly statusLabels = RECORD_STATUS_LABELS;
  protected readonly dateFormat = DATE_FORMAT;
  protected readonly formatPercent = formatPercent;
  protected readonly changeText = changeText;
  protected readonly isCorrectable = isCorrectableMeasure;

  protected reloadAll(): void {
    this.episode.reload();
    this.symmetry.reload();
    this.promTrends.reload();
    this.assessments.reload();
    this.responses.reload();
  }

  protected correctMeasurement(row: MeasurementRow): void {
    const { measurement, session } = row;
    const data: AmendMeasurementData = {
      measurement,
      performedOn: session.performedOn,
      baseline: session.baseline ? null : baselineFor(this.sessions(), measurement.type, session.performedOn),
      baselineSession: session.baseline,
      bodyMassKg: session.bodyMassKg,
      involvedSide: this.current()?.involvedSide ?? null,
    };
    this.afterSaved(
      this.dialog
        .open<AmendMeasurementDialog, AmendMeasurementData, Measurement>(AmendMeasurementDialog, {
          data,
          width: '1100px',
          maxWidth: '96vw',
          autoFocus: 'first-tabbable',
        })
        .afterClosed(),
      'Value corrected; the previous value is kept as superseded.',
      () => this.reloadMeasures(),
    );
  }

  protected voidMeasurement(row: MeasurementRow): void {
    this.afterSaved(
      this.dialog
        .open<ReasonDialog<Measurement>, ReasonDialogData<Measurement>, Measurement>(ReasonDialog, {
          data: {
            title: `Void this ${row.label.toLowerCase()} value?`,
            message:
              'Void a value only if it was entered in error. It stays on record, marked voided with your reason, and no longer counts in the trends.',
            confirmLabel: 'Void value',
            action: (reason) => this.assessmentsApi.void(row.measurement.id, { reason }),
          },
          autoFocus: 'first-tabbable',
        })
        .afterClosed(),
      'Value voided.',
      () => this.reloadMeasures(),
    );
  }

  protected correctResponse(row: QuestionnaireRow): void {
    this.afterSaved(
      this.dialog
        .open<AmendQuestionnaireDialog, AmendQuestionnaireData, QuestionnaireResponse>(AmendQuestionnaireDialog, {
          data: { response: row.response },
          width: '960px',
          maxWidth: '96vw',
          autoFocus: 'first-tabbable',
        })
        .afterClosed(),
      'Questionnaire corrected; the previous answers are kept as superseded.',
      () => this.reloadQuestionnaires(),
    );
  }

  protected voidResponse(row: QuestionnaireRow): void {
    this.afterSaved(
      this.dialog
        .open<ReasonDialog<QuestionnaireResponse>, ReasonDialogData<QuestionnaireResponse>, QuestionnaireResponse>(
          ReasonDialog,
          {
            data: {
              title: `Void this ${row.label} response?`,
              message:
                'Void a response only if it was entered in error. It stays on record, marked voided with your reason, and no longer counts in the trends.',
              confirmLabel: 'Void response',
              action: (reason) => this.questionnairesApi.void(row.response.id, { reason }),
            },
            autoFocus: 'first-tabbable',
          },
        )
        .afterClosed(),
      'Questionnaire response voided.',
      () => this.reloadQuestionnaires(),
    );
  }

  private afterSaved<T>(closed: Observable<T | undefined>, message: string, reload: () => void): void {
    closed.pipe(filter((result): result is T => result !== undefined)).subscribe(() => {
      this.notifier.success(message);
      reload();
    });
  }

  private reloadMeasures(): void {
    this.symmetry.reload();
    this.assessments.reload();
  }

  private reloadQuestionnaires(): void {
    this.promTrends.reload();
    this.responses.reload();
  }
}
