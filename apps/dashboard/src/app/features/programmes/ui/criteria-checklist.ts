import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { CriteriaEvaluation } from '@proprio/clinical';

import { DATE_FORMAT } from '../../../shared/labels/labels';
import { CRITERION_STATUS_LABELS, targetText, valueText } from '../data/criteria-text';

/**
 * A criteria set evaluated against the latest measures: per criterion the rule, the latest value
 * and its date, and the status in words and colour. Bonus criteria are shown but marked as not gating.
 */
@Component({
  selector: 'app-criteria-checklist',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe],
  template: `
    @if (evaluation().criteria.length === 0) {
      <p class="muted" data-testid="criteria-empty">No exit criteria are defined for this phase.</p>
    } @else {
      <ul class="checklist" [attr.aria-label]="label()" data-testid="criteria-checklist">
        @for (criterion of evaluation().criteria; track $index) {
          <li
            class="criterion"
            [class]="criterion.status"
            [attr.data-testid]="'criterion-' + criterion.measure"
            [attr.data-status]="criterion.status"
          >
            <span class="status" data-testid="criterion-status">{{ statusLabels[criterion.status] }}</span>
            <span class="label">
              {{ criterion.label }}
              @if (criterion.bonus) {
                <span class="badge badge-muted" data-testid="criterion-bonus">Bonus, does not gate</span>
              }
            </span>
            <span class="target" data-testid="criterion-target">Target {{ target(criterion) }}</span>
            <span class="value" data-testid="criterion-value">
              @if (criterion.value === null) {
                No value yet
              } @else {
                Latest {{ value(criterion.value, criterion.unit) }}
                @if (criterion.date) {
                  <span class="muted">on {{ criterion.date | date: dateFormat }}</span>
                }
              }
            </span>
          </li>
        }
      </ul>
    }
  `,
  styles: `
    .checklist {
      margin: 0;
      padding: 0;
      list-style: none;
      display: flex;
      flex-direction: column;
      gap: 6px;
    }
    .criterion {
      display: grid;
      grid-template-columns: 8em minmax(12em, 2fr) minmax(8em, 1fr) minmax(12em, 1.5fr);
      gap: 4px 12px;
      align-items: baseline;
      padding: 8px 12px;
      border-radius: 8px;
      border-left: 6px solid var(--mat-sys-outline);
      background: var(--mat-sys-surface-container-low);
      font: var(--mat-sys-body-medium);
    }
    .criterion.met {
      border-left-color: #2e7d32;
    }
    .criterion.met .status {
      color: #1b5e20;
    }
    .criterion.not_met {
      border-left-color: var(--mat-sys-error);
    }
    .criterion.not_met .status {
      color: var(--mat-sys-error);
    }
    .criterion.not_measured .status {
      color: var(--mat-sys-on-surface-variant);
    }
    .status {
      font: var(--mat-sys-label-large);
    }
    @media (max-width: 700px) {
      .criterion {
        grid-template-columns: 1fr;
      }
    }
  `,
})
export class CriteriaChecklist {
  readonly evaluation = input.required<CriteriaEvaluation>();
  /** The list's accessible name, e.g. "Exit criteria of Phase 1". */
  readonly label = input('Criteria');

  protected readonly statusLabels = CRITERION_STATUS_LABELS;
  protected readonly dateFormat = DATE_FORMAT;
  protected readonly target = targetText;
  protected readonly value = valueText;
}
