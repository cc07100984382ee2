import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { ReactiveFormsModule, type FormArray } from '@angular/forms';
import {
  CONTRACTION_MODES,
  MEASURE_LABELS,
  STRENGTH_UNITS,
  type MeasureType,
  type StrengthSymmetryResult,
} from '@proprio/clinical';

import { formatOneDecimal } from '../../../../shared/format/decimal';
import type { BaselineReference } from '../../data/episode-baselines';
import { errorPaths, presentIssues, type ShownIssue } from '../../data/issue-presentation';
import { evaluateDraft, type LiveMeasure } from '../../data/measure-draft';
import {
  CONTRACTION_MODE_LABELS,
  LIMB_LABELS,
  LIMBS,
  STRENGTH_UNIT_LABELS,
  type Limb,
} from '../../data/measure-labels';
import {
  describeStrengthPath,
  strengthDraft,
  type StrengthRowForm,
  type StrengthRowValue,
  type StrengthType,
} from '../../data/strength-form';
import { symmetryCriterion } from '../../data/symmetry-criteria';
import { SymmetryValue } from '../symmetry-value';

interface StrengthRowView {
  control: StrengthRowForm;
  value: StrengthRowValue;
  type: StrengthType;
  label: string;
  live: LiveMeasure;
  lsi: number | null;
  epic: number | null;
  details: string;
  issues: ShownIssue[];
  notes: string[];
  invalid: ReadonlySet<string>;
  epicReason: string;
}

/**
 * Quadriceps and hamstring strength: per limb the peak torque or force and how it was measured
 * (unit, device, mode, velocity, knee angle), with the LSI and EPIC computed live by the library,
 * which refuses readings taken differently.
 */
@Component({
  selector: 'app-strength-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, SymmetryValue],
  templateUrl: './strength-table.html',
  styles: `
    .muscle-row th {
      padding-top: 12px;
    }
    .muscle-header {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 4px 20px;
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface);
    }
    .muscle {
      font: var(--mat-sys-title-small);
    }
    .details {
      font: var(--mat-sys-label-small);
    }
    .no-velocity {
      display: inline-block;
      width: 5.5em;
      text-align: center;
    }
  `,
})
export class StrengthTable {
  readonly rows = input.required<FormArray<StrengthRowForm>>();
  readonly snapshot = input.required<StrengthRowValue[]>();
  readonly baselines = input<Partial<Record<MeasureType, BaselineReference | null>>>({});
  readonly baselineSession = input(false);
  readonly bodyMassKg = input<number | null>(null);
  readonly submitted = input(false);

  protected readonly limbs = LIMBS;
  protected readonly limbLabels = LIMB_LABELS;
  protected readonly units = STRENGTH_UNITS;
  protected readonly unitLabels = STRENGTH_UNIT_LABELS;
  protected readonly modes = CONTRACTION_MODES;
  protected readonly modeLabels = CONTRACTION_MODE_LABELS;
  protected readonly criterionFor = symmetryCriterion;

  protected readonly view = computed<StrengthRowView[]>(() => {
    const controls = this.rows().controls;
    return this.snapshot().flatMap((value, index) => {
      const control = controls[index];
      if (!control) {
        return [];
      }
      const baseline = this.baselineSession() ? null : (this.baselines()[value.type] ?? null);
      const live = evaluateDraft(strengthDraft(value), {
        baselineInput: baseline?.input,
        bodyMassKg: this.bodyMassKg(),
      });
      const issues = presentIssues(live, control, describeStrengthPath, this.submitted());
      const computedResult = live.status === 'computed' ? (live.outcome.result as StrengthSymmetryResult) : null;
      return [
        {
          control,
          value,
          type: value.type,
          label: MEASURE_LABELS[value.type],
          live,
          lsi: live.status === 'computed' ? live.outcome.lsi : null,
          epic: live.status === 'computed' ? live.outcome.epic : null,
          details: computedResult ? this.details(computedResult) : '',
          issues,
          notes: live.status === 'computed' ? live.notes : [],
          invalid: errorPaths(issues),
          epicReason: this.baselineSession() ? 'baseline session' : baseline ? '' : 'no baseline',
        },
      ];
    });
  });

  protected fieldId(row: StrengthRowView, limb: Limb, field: string): string {
    return `strength-${row.type}-${limb}-${field}`;
  }

  protected fieldLabel(row: StrengthRowView, limb: Limb, field: string): string {
    return `${row.label}, ${LIMB_LABELS[limb].toLowerCase()} ${field}`;
  }

  private details(result: StrengthSymmetryResult): string {
    const unit = STRENGTH_UNIT_LABELS[result.protocol.unit];
    const values = `${formatOneDecimal(result.involved)} vs ${formatOneDecimal(result.uninvolved)} ${unit}`;
    return result.involvedNormalised === null
      ? values
      : `${values}; involved ${result.involvedNormalised.toFixed(2)} N·m/kg`;
  }
}
