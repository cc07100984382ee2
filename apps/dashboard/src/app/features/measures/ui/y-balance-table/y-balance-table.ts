import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { AGGREGATIONS, Y_BALANCE_DIRECTIONS, Y_BALANCE_RISK_THRESHOLDS, type YBalanceResult } from '@proprio/clinical';

import { formatOneDecimal, formatPercent } from '../../../../shared/format/decimal';
import { errorPaths, presentIssues } from '../../data/issue-presentation';
import { evaluateDraft } from '../../data/measure-draft';
import {
  AGGREGATION_LABELS,
  LIMB_LABELS,
  LIMBS,
  Y_BALANCE_DIRECTION_LABELS,
  type Limb,
} from '../../data/measure-labels';
import { criterionText, symmetryCriterion } from '../../data/symmetry-criteria';
import { describeYBalancePath, yBalanceDraft, type YBalanceForm, type YBalanceValue } from '../../data/y-balance-form';
import { SymmetryValue } from '../symmetry-value';

/**
 * Y-Balance test: limb length and every reach per direction for both limbs; the composite reach,
 * its LSI and the anterior asymmetry flag come from the library as the reaches are typed.
 */
@Component({
  selector: 'app-y-balance-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, SymmetryValue],
  templateUrl: './y-balance-table.html',
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: 8px;
    }
    .summary {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 8px 24px;
    }
    .flag {
      color: var(--mat-sys-error);
    }
    label {
      display: inline-flex;
      align-items: center;
      gap: 8px;
    }
  `,
})
export class YBalanceTable {
  readonly form = input.required<YBalanceForm>();
  readonly snapshot = input.required<YBalanceValue>();
  readonly submitted = input(false);

  protected readonly limbs = LIMBS;
  protected readonly limbLabels = LIMB_LABELS;
  protected readonly directions = Y_BALANCE_DIRECTIONS;
  protected readonly directionLabels = Y_BALANCE_DIRECTION_LABELS;
  protected readonly aggregations = AGGREGATIONS;
  protected readonly aggregationLabels = AGGREGATION_LABELS;
  protected readonly criterion = symmetryCriterion('y_balance');
  protected readonly asymmetryRule = criterionText(Y_BALANCE_RISK_THRESHOLDS.anteriorAsymmetry);

  protected readonly live = computed(() => evaluateDraft(yBalanceDraft(this.snapshot())));
  protected readonly issues = computed(() =>
    presentIssues(this.live(), this.form(), describeYBalancePath, this.submitted()),
  );
  protected readonly invalid = computed(() => errorPaths(this.issues()));
  protected readonly result = computed(() => {
    const live = this.live();
    return live.status === 'computed' ? (live.outcome.result as YBalanceResult) : null;
  });
  protected readonly lsi = computed(() => {
    const live = this.live();
    return live.status === 'computed' ? live.outcome.lsi : null;
  });
  protected readonly trialColumns = computed(() => {
    const longest = Math.max(
      ...LIMBS.flatMap((limb) => Y_BALANCE_DIRECTIONS.map((direction) => this.snapshot()[limb][direction].length)),
    );
    return Array.from({ length: longest }, (_, i) => i);
  });

  protected composite(limb: Limb): string {
    const result = this.result();
    return result ? formatPercent(result[limb].compositePercent) : '—';
  }

  protected asymmetry(): string {
    const result = this.result();
    return result ? `${formatOneDecimal(result.anteriorAsymmetry.differenceCm)} cm` : '—';
  }

  protected cellLabel(limb: Limb, direction: string, column: number): string {
    return `Y-balance, ${LIMB_LABELS[limb].toLowerCase()} ${direction} reach trial ${column + 1} (cm)`;
  }

  protected cellInvalid(limb: Limb, direction: string, column: number): boolean {
    const invalid = this.invalid();
    return invalid.has(`${limb}.${direction}.${column}`) || invalid.has(`${limb}.${direction}`) || invalid.has(limb);
  }
}
