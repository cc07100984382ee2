import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { PhaseSummary, ProgrammeHistory as History, ProgrammeRevision } from '@proprio/contracts';

import { CriteriaChecklist } from '../ui/criteria-checklist';
import { changeText, exerciseNames } from '../data/prescription-diff';

const REVISION_KIND_LABELS: Readonly<Record<ProgrammeRevision['kind'], string>> = {
  assigned: 'Assigned',
  edited: 'Edited',
  phase_advanced: 'Phase advanced',
};

const TIMESTAMP_FORMAT = 'd MMM y, HH:mm';

/**
 * The programme's history, newest first: each revision of the prescription (who, when, why) with its
 * changes in words, and each phase change with its criteria as they were, and any override reason.
 */
@Component({
  selector: 'app-programme-history',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, CriteriaChecklist],
  template: `
    <section class="block" aria-labelledby="transitions-heading">
      <h3 id="transitions-heading">Phase changes</h3>
      <ol class="entries" data-testid="history-transitions">
        @for (transition of transitions(); track transition.id) {
          <li class="entry" data-testid="transition">
            <p class="title">
              <strong data-testid="transition-phases"
                >{{ phaseName(transition.fromPhaseKey) }} → {{ phaseName(transition.toPhaseKey) }}</strong
              >
              <span class="muted">
                by {{ userName()(transition.transitionedBy) }} on
                {{ transition.transitionedAt | date: timestampFormat }}</span
              >
            </p>
            @if (transition.overrideReason) {
              <p class="override" data-testid="transition-override">
                <span class="badge">Override</span> {{ transition.overrideReason }}
              </p>
            }
            <details>
              <summary data-testid="transition-criteria-summary">
                Criteria at the time: {{ transition.criteria.met }} of
                {{ transition.criteria.met + transition.criteria.notMet + transition.criteria.notMeasured }} required
                met
              </summary>
              <app-criteria-checklist
                [evaluation]="transition.criteria"
                [label]="'Criteria when leaving ' + phaseName(transition.fromPhaseKey)"
              />
            </details>
          </li>
        } @empty {
          <li class="muted">No phase change yet.</li>
        }
      </ol>
    </section>

    <section class="block" aria-labelledby="revisions-heading">
      <h3 id="revisions-heading">Revisions of the prescription</h3>
      <ol class="entries" data-testid="history-revisions">
        @for (revision of revisions(); track revision.number) {
          <li class="entry" data-testid="revision" [attr.data-revision]="revision.number">
            <p class="title">
              <strong>Revision {{ revision.number }}: {{ kindLabels[revision.kind] }}</strong>
              <span class="muted">
                by {{ userName()(revision.changedBy) }} on {{ revision.changedAt | date: timestampFormat }}</span
              >
            </p>
            @if (revision.reason) {
              <p class="reason" data-testid="revision-reason">Reason: {{ revision.reason }}</p>
            }
            @if (revision.changes.length) {
              <ul class="changes" data-testid="revision-changes">
                @for (change of revision.changes; track $index) {
                  <li>{{ describe(change) }}</li>
                }
              </ul>
            } @else if (revision.kind === 'assigned') {
              <p class="muted changes-none">
                Started with {{ revision.items.length }} {{ revision.items.length === 1 ? 'exercise' : 'exercises' }}.
              </p>
            } @else {
              <p class="muted changes-none">No change to the exercises.</p>
            }
          </li>
        } @empty {
          <li class="muted">No revision yet.</li>
        }
      </ol>
    </section>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: 16px;
    }
    h3 {
      font: var(--mat-sys-title-medium);
      margin: 0 0 8px;
    }
    .entries {
      margin: 0;
      padding: 0;
      list-style: none;
      display: flex;
      flex-direction: column;
      gap: 8px;
    }
    .entry {
      padding: 8px 12px;
      border-left: 3px solid var(--mat-sys-outline-variant);
      font: var(--mat-sys-body-medium);
    }
    .title {
      margin: 0;
      display: flex;
      flex-wrap: wrap;
      gap: 4px 12px;
    }
    .reason,
    .override,
    .changes-none {
      margin: 4px 0 0;
    }
    .changes {
      margin: 4px 0 0;
      padding-left: 20px;
    }
    details {
      margin-top: 4px;
    }
    summary {
      cursor: pointer;
      color: var(--mat-sys-primary);
    }
  `,
})
export class ProgrammeHistory {
  readonly history = input.required<History>();
  /** The protocol's phases, to name the keys of phase changes. */
  readonly phases = input<readonly PhaseSummary[]>([]);
  /** Names a user id (who changed what). */
  readonly userName = input<(id: string) => string>((id) => id);

  protected readonly revisions = computed(() => [...this.history().revisions].sort((a, b) => b.number - a.number));
  protected readonly transitions = computed(() =>
    [...this.history().transitions].sort((a, b) => b.transitionedAt.localeCompare(a.transitionedAt)),
  );
  private readonly names = computed(() => exerciseNames(this.history().revisions));
  private readonly phaseNames = computed(() => new Map(this.phases().map((phase) => [phase.key, phase.name])));

  protected readonly kindLabels = REVISION_KIND_LABELS;
  protected readonly timestampFormat = TIMESTAMP_FORMAT;

  protected phaseName(key: string): string {
    return this.phaseNames().get(key) ?? key;
  }

  protected describe(change: ProgrammeRevision['changes'][number]): string {
    return changeText(change, this.names());
  }
}
