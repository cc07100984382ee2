import { ChangeDetectionStrategy, Component, input } from '@angular/core';

import type { ScoreLine } from '../data/score-lines';

/** The live scores of a questionnaire: each value, or the library's reason it cannot be scored yet. */
@Component({
  selector: 'app-score-summary',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <dl class="scores">
      @for (line of lines(); track line.key) {
        <div class="score" [attr.data-testid]="'score-' + line.key">
          <dt>{{ line.label }}</dt>
          <dd>
            @if (line.score === null) {
              <span class="reason">{{ line.reason }}</span>
            } @else {
              <span class="value">{{ line.text }}</span>
              @if (line.reference; as reference) {
                <span class="reference" [class.met]="line.meetsReference" [title]="reference.source">
                  <span aria-hidden="true">{{ line.meetsReference ? '✓' : '✗' }}</span>
                  {{ reference.label }} {{ line.meetsReference ? 'reached' : 'not reached' }}
                </span>
              }
            }
            @if (line.detail) {
              <span class="detail">{{ line.detail }}</span>
            }
          </dd>
        </div>
      }
    </dl>
  `,
  styles: `
    .scores {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(200px, 1fr));
      gap: 8px 16px;
      margin: 0;
    }
    .score {
      display: flex;
      flex-direction: column;
      gap: 2px;
    }
    dt {
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    dd {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 4px 8px;
      margin: 0;
    }
    .value {
      font: var(--mat-sys-title-large);
      font-variant-numeric: tabular-nums;
    }
    .reason,
    .detail {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .reference {
      padding: 0 6px;
      border-radius: 10px;
      font: var(--mat-sys-label-small);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .reference.met {
      background: #d8f0dc;
      color: #0f5132;
    }
  `,
})
export class ScoreSummary {
  readonly lines = input.required<readonly ScoreLine[]>();
}
