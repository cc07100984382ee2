import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { PhaseSummary } from '@proprio/contracts';

import { PHASE_STATUS_LABELS, typicalWeeksText } from '../data/criteria-text';

/** Every phase of the protocol in order, each done, current or upcoming, with its advisory timing. */
@Component({
  selector: 'app-phase-timeline',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ol class="timeline" aria-label="Phase timeline" data-testid="phase-timeline">
      @for (phase of phases(); track phase.key) {
        <li
          class="phase"
          [class]="phase.status"
          [attr.aria-current]="phase.status === 'current' ? 'step' : null"
          [attr.data-testid]="'phase-' + phase.key"
          [attr.data-status]="phase.status"
        >
          <span class="marker" aria-hidden="true">{{ phase.status === 'done' ? '✓' : $index + 1 }}</span>
          <span class="name">{{ phase.name }}</span>
          <span class="status">{{ statusLabels[phase.status] }}</span>
          <span class="weeks muted">{{ weeksText(phase.typicalWeeks) }}</span>
        </li>
      }
    </ol>
    <p class="muted note">Timing is advisory: the exit criteria decide when a phase ends.</p>
  `,
  styles: `
    .timeline {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(150px, 1fr));
      gap: 8px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .phase {
      display: flex;
      flex-direction: column;
      gap: 2px;
      padding: 8px 12px;
      border-radius: 8px;
      border: 1px solid var(--mat-sys-outline-variant);
      font: var(--mat-sys-body-medium);
    }
    .phase.current {
      border: 2px solid var(--mat-sys-primary);
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .phase.done {
      background: var(--mat-sys-surface-container);
    }
    .marker {
      font: var(--mat-sys-label-large);
    }
    .name {
      font: var(--mat-sys-title-small);
    }
    .status {
      font: var(--mat-sys-label-medium);
    }
    .weeks {
      font: var(--mat-sys-body-small);
    }
    .phase.current .weeks {
      color: inherit;
    }
    .note {
      margin: 8px 0 0;
      font: var(--mat-sys-body-small);
    }
  `,
})
export class PhaseTimeline {
  readonly phases = input.required<readonly PhaseSummary[]>();

  protected readonly statusLabels = PHASE_STATUS_LABELS;
  protected readonly weeksText = typicalWeeksText;
}
