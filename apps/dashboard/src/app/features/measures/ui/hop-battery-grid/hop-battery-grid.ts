import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { ReactiveFormsModule, type FormArray } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { AGGREGATIONS, MEASURE_LABELS, type HopMeasureType, type HopResult, type MeasureType } from '@proprio/clinical';

import { formatOneDecimal } from '../../../../shared/format/decimal';
import type { BaselineReference } from '../../data/episode-baselines';
import {
  createHopRow,
  describeHopPath,
  growTrials,
  hopDraft,
  MAX_TRIAL_COUNT,
  OPTIONAL_HOP_TESTS,
  type HopRowForm,
  type HopRowValue,
} from '../../data/hop-form';
import { errorPaths, presentIssues, type ShownIssue } from '../../data/issue-presentation';
import { evaluateDraft, type LiveMeasure } from '../../data/measure-draft';
import { AGGREGATION_LABELS, hopUnitLabel, LIMB_LABELS, type Limb } from '../../data/measure-labels';
import { symmetryCriterion } from '../../data/symmetry-criteria';
import { SymmetryValue } from '../symmetry-value';

interface HopRowView {
  control: HopRowForm;
  type: HopMeasureType;
  label: string;
  unit: string;
  live: LiveMeasure;
  lsi: number | null;
  epic: number | null;
  limbValues: string;
  issues: ShownIssue[];
  notes: string[];
  invalid: ReadonlySet<string>;
  epicReason: string;
  optional: boolean;
}

/**
 * The hop battery: one row per test, the involved and uninvolved trials side by side, and each row's
 * LSI and EPIC computed live by the clinical library as the trials are typed. Tab moves through a
 * row's trials, then to the next row.
 */
@Component({
  selector: 'app-hop-battery-grid',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButton, SymmetryValue],
  templateUrl: './hop-battery-grid.html',
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: 8px;
    }
    .limb-values {
      font: var(--mat-sys-label-small);
      white-space: nowrap;
    }
  `,
})
export class HopBatteryGrid {
  /** The rows; this grid adds and removes tests and trial columns itself. */
  readonly rows = input.required<FormArray<HopRowForm>>();
  /** The rows' raw values, refreshed on every change (see `controlSnapshot`). */
  readonly snapshot = input.required<HopRowValue[]>();
  /** The applicable baseline per measure, for EPIC. */
  readonly baselines = input<Partial<Record<MeasureType, BaselineReference | null>>>({});
  /** This session is itself a baseline: EPIC does not apply. */
  readonly baselineSession = input(false);
  /** After a refused save, "not typed yet" shows as an error. */
  readonly submitted = input(false);
  /** "left"/"right", to name the limbs in the header. */
  readonly involvedSide = input<string | null>(null);
  /** False in a correction dialog: the set of tests is fixed there. */
  readonly editableBattery = input(true);

  protected readonly aggregations = AGGREGATIONS;
  protected readonly aggregationLabels = AGGREGATION_LABELS;
  protected readonly maxTrials = MAX_TRIAL_COUNT;

  protected readonly trialCount = computed(() =>
    Math.max(1, ...this.snapshot().map((row) => Math.max(row.involved.length, row.uninvolved.length))),
  );
  protected readonly trialColumns = computed(() => Array.from({ length: this.trialCount() }, (_, i) => i));

  protected readonly view = computed<HopRowView[]>(() => {
    const controls = this.rows().controls;
    return this.snapshot().flatMap((value, index) => {
      const control = controls[index];
      if (!control) {
        return [];
      }
      const baseline = this.baselineSession() ? null : (this.baselines()[value.type] ?? null);
      const live = evaluateDraft(hopDraft(value), { baselineInput: baseline?.input });
      const issues = presentIssues(live, control, describeHopPath, this.submitted());
      const result = live.status === 'computed' ? (live.outcome.result as HopResult) : null;
      return [
        {
          control,
          type: value.type,
          label: MEASURE_LABELS[value.type],
          unit: hopUnitLabel(value.type),
          live,
          lsi: live.status === 'computed' ? live.outcome.lsi : null,
          epic: live.status === 'computed' ? live.outcome.epic : null,
          limbValues: result ? this.limbValues(result, value.type) : '',
          issues,
          notes: live.status === 'computed' ? live.notes : [],
          invalid: errorPaths(issues),
          epicReason: this.baselineSession() ? 'baseline session' : baseline ? '' : 'no baseline',
          optional: OPTIONAL_HOP_TESTS.includes(value.type),
        },
      ];
    });
  });

  protected readonly addableTests = computed(() =>
    OPTIONAL_HOP_TESTS.filter((type) => !this.snapshot().some((row) => row.type === type)),
  );

  protected readonly limbHeader = computed(() => {
    const side = this.involvedSide();
    const other = side === 'left' ? 'right' : side === 'right' ? 'left' : null;
    return {
      involved: side ? `${LIMB_LABELS.involved} (${side})` : LIMB_LABELS.involved,
      uninvolved: other ? `${LIMB_LABELS.uninvolved} (${other})` : LIMB_LABELS.uninvolved,
    };
  });

  protected readonly testLabels = MEASURE_LABELS;
  protected readonly criterionFor = symmetryCriterion;
  protected readonly limbs: readonly Limb[] = ['involved', 'uninvolved'];

  /** "122.0 vs 148.0 cm (mean)"; times to the millisecond, where one decimal would hide the difference. */
  private limbValues(result: HopResult, type: HopMeasureType): string {
    const format = (value: number) => (result.unit === 's' ? value.toFixed(3) : formatOneDecimal(value));
    const aggregation = AGGREGATION_LABELS[result.aggregation].toLowerCase();
    return `${format(result.involved.value)} vs ${format(result.uninvolved.value)} ${hopUnitLabel(type)} (${aggregation})`;
  }

  protected cellLabel(row: HopRowView, limb: Limb, column: number): string {
    return `${row.label}, ${LIMB_LABELS[limb].toLowerCase()} trial ${column + 1} (${row.unit})`;
  }

  protected cellInvalid(row: HopRowView, limb: Limb, column: number): boolean {
    return row.invalid.has(`${limb}.${column}`) || row.invalid.has(limb);
  }

  protected addTrial(): void {
    const count = Math.min(this.currentTrialCount() + 1, MAX_TRIAL_COUNT);
    for (const row of this.rows().controls) {
      growTrials(row, count);
    }
  }

  protected addTest(type: HopMeasureType): void {
    this.rows().push(createHopRow(type, this.currentTrialCount()));
  }

  /** From the controls themselves: the snapshot input only catches up at the next render. */
  private currentTrialCount(): number {
    return Math.max(
      1,
      ...this.rows().controls.map((row) => Math.max(row.controls.involved.length, row.controls.uninvolved.length)),
    );
  }

  protected removeTest(index: number): void {
    this.rows().removeAt(index);
  }
}
