import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReactiveFormsModule, type FormArray, type FormControl } from '@angular/forms';
import type { ProtocolCriterion } from '@proprio/clinical';

import { errorText } from '../../../../core/forms/error-text';
import { thresholdInput } from '../../data/criteria-form';
import { comparatorSymbol, criterionLabel, ruleText } from '../../data/criterion-text';
import { EVIDENCE_LABELS } from '../../data/dosage-text';

/**
 * A list of criteria (a phase's exit criteria or a return-to-sport set) as readable rows: what is
 * measured, the rule, its evidence and source, and whether it is a bonus criterion (reported, never
 * gating). Given `thresholds`, each threshold becomes an input (the clinic editing its own version).
 */
@Component({
  selector: 'app-criteria-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule],
  templateUrl: './criteria-table.html',
  styles: `
    :host {
      display: block;
    }
    .bonus {
      margin-left: 6px;
    }
    .rule {
      white-space: nowrap;
    }
    .rule-edit {
      display: inline-flex;
      align-items: center;
      gap: 6px;
    }
    .field-error {
      display: block;
      margin-top: 2px;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-error);
    }
  `,
})
export class CriteriaTable {
  readonly criteria = input.required<readonly ProtocolCriterion[]>();
  /** Accessible name of the table, e.g. "Exit criteria of Phase 2". */
  readonly label = input.required<string>();
  readonly testId = input('criteria');
  /** One control per criterion, when the thresholds are being edited. */
  readonly thresholds = input<FormArray<FormControl<string>> | null>(null);
  /**
   * The editor's latest state (a `controlSnapshot` value): a new value re-renders this OnPush table
   * when the parent changes the controls, e.g. puts the API's errors on them.
   */
  readonly formState = input<unknown>(null);

  protected readonly evidenceLabels = EVIDENCE_LABELS;
  protected readonly criterionLabel = criterionLabel;
  protected readonly comparatorSymbol = comparatorSymbol;
  protected readonly ruleText = ruleText;
  protected readonly thresholdInput = thresholdInput;
  protected readonly errorText = errorText;

  protected showError(control: FormControl<string>): boolean {
    return control.invalid && (control.touched || control.dirty);
  }
}
