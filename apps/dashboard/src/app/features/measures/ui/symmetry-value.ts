import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { Comparator, SourcedThreshold } from '@proprio/clinical';

import { formatPercent } from '../../../shared/format/decimal';
import { criterionText, judgeCriterion } from '../data/symmetry-criteria';

const OPPOSITE: Readonly<Record<Comparator, Comparator>> = { '>=': '<', '>': '<=', '<': '>=', '<=': '>' };

/**
 * An LSI or EPIC percentage, unclamped, with a pass/fail-style marker against its criterion
 * ("✓ ≥ 90%" / "✗ < 90%"). The verdict is the library's `meetsThreshold`; colour is never the only cue.
 */
@Component({
  selector: 'app-symmetry-value',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (value() === null || value() === undefined) {
      <span class="empty" [title]="emptyReason()">—</span>
      @if (emptyReason()) {
        <span class="reason">{{ emptyReason() }}</span>
      }
    } @else {
      <span class="value" [attr.title]="criterion().label">{{ text() }}</span>
      @if (verdict() === 'met') {
        <span class="marker met"
          ><span aria-hidden="true">✓</span> {{ metText() }}<span class="visually-hidden">, criterion met</span></span
        >
      } @else if (verdict() === 'not-met') {
        <span class="marker not-met"
          ><span aria-hidden="true">✗</span> {{ notMetText()
          }}<span class="visually-hidden">, criterion not met</span></span
        >
      }
    }
  `,
  styles: `
    :host {
      display: inline-flex;
      align-items: baseline;
      flex-wrap: wrap;
      gap: 4px 6px;
    }
    .value {
      font: var(--mat-sys-title-small);
      font-variant-numeric: tabular-nums;
    }
    .marker {
      padding: 0 6px;
      border-radius: 10px;
      font: var(--mat-sys-label-small);
      white-space: nowrap;
    }
    .met {
      background: #d8f0dc;
      color: #0f5132;
    }
    .not-met {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .empty,
    .reason {
      color: var(--mat-sys-on-surface-variant);
    }
    .reason {
      font: var(--mat-sys-label-small);
    }
  `,
})
export class SymmetryValue {
  readonly value = input<number | null | undefined>(null);
  readonly criterion = input.required<SourcedThreshold>();
  /** Shown next to the dash when there is no value ("no baseline"). */
  readonly emptyReason = input<string>('');

  protected readonly text = computed(() => formatPercent(this.value()));
  protected readonly verdict = computed(() => judgeCriterion(this.value(), this.criterion()));
  protected readonly metText = computed(() => criterionText(this.criterion()));
  protected readonly notMetText = computed(() => {
    const rule = this.criterion();
    return criterionText({ ...rule, comparator: OPPOSITE[rule.comparator] });
  });
}
