import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { ProgressNoteStatus } from '@proprio/contracts';

import { DATE_FORMAT } from '../../../shared/labels/labels';
import { progressRuleText, visitsSinceReportText } from '../data/note-text';

/**
 * Where the episode stands against the clinic's progress-report rule: a banner when a report is
 * due (with the way to write it, for those who may), else a quiet line with the count.
 */
@Component({
  selector: 'app-progress-banner',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, RouterLink, MatButton],
  template: `
    @let p = progress();
    @if (p.due) {
      <div class="due" data-testid="progress-due-banner">
        <p>
          <strong>Progress report due:</strong> {{ visitsText(p) }} ({{ ruleText(p) }}).
          @if (p.reportingPeriodStart) {
            The reporting period started on {{ p.reportingPeriodStart | date: dateFormat }}.
          }
        </p>
        @if (canWrite()) {
          <a
            matButton="filled"
            [routerLink]="['/episodes', episodeId(), 'notes', 'new']"
            [queryParams]="{ type: 'progress' }"
            data-testid="write-progress-report"
            >Write progress report</a
          >
        }
      </div>
    } @else {
      <p class="muted quiet" data-testid="progress-status">{{ visitsText(p) }} ({{ ruleText(p) }}).</p>
    }
  `,
  styles: `
    .due {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 12px;
      padding: 12px 16px;
      border-radius: 8px;
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    p {
      margin: 0;
    }
  `,
})
export class ProgressBanner {
  readonly progress = input.required<ProgressNoteStatus>();
  readonly episodeId = input.required<string>();
  /** Whether to offer writing the report (note:write on an open episode). */
  readonly canWrite = input(false);

  protected readonly visitsText = visitsSinceReportText;
  protected readonly ruleText = progressRuleText;
  protected readonly dateFormat = DATE_FORMAT;
}
