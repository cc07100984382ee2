import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import type { SessionExercise } from '@proprio/contracts';

import { DATE_FORMAT } from '../../../shared/labels/labels';
import { ErrorBanner } from '../../../shared/ui/error-banner';
import { SessionsApi } from '../data/sessions-api';
import { visitsText } from '../data/session-form';

const RECENT_SESSIONS = 10;

/** The latest treatment sessions of an episode and the visits since the last progress note. */
@Component({
  selector: 'app-session-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, RouterLink, MatButton, MatProgressBar, ErrorBanner],
  template: `
    <div class="header">
      @if (page(); as p) {
        <p class="visits" [class.due]="p.progressNoteDue" data-testid="visits-count">{{ visitsText(p) }}</p>
      }
      @if (canLog()) {
        <a
          matButton="filled"
          [routerLink]="['/episodes', episodeId(), 'sessions', 'new']"
          data-testid="log-session-link"
          >Log session</a
        >
      }
    </div>
    @if (sessions.isLoading()) {
      <mat-progress-bar mode="indeterminate" aria-label="Loading sessions" />
    }
    @if (sessions.error(); as failure) {
      <app-error-banner [error]="failure">
        <button matButton type="button" (click)="sessions.reload()">Try again</button>
      </app-error-banner>
    } @else if (page(); as p) {
      @if (p.items.length) {
        <div class="grid-scroll">
          <table class="entry-grid" aria-label="Recent sessions" data-testid="session-table">
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Pain</th>
                <th scope="col">RPE</th>
                <th scope="col">Exercises done</th>
                <th scope="col">Notes</th>
              </tr>
            </thead>
            <tbody>
              @for (session of p.items; track session.id) {
                <tr data-testid="session-row">
                  <th scope="row">{{ session.performedOn | date: dateFormat }}</th>
                  <td>{{ session.pain ?? '—' }}</td>
                  <td>{{ session.rpe ?? '—' }}</td>
                  <td>{{ exerciseNames(session.exercises) }}</td>
                  <td>{{ session.notes ?? '' }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
        @if (p.total > p.items.length) {
          <p class="muted more">The latest {{ p.items.length }} of {{ p.total }} sessions.</p>
        }
      } @else {
        <p class="muted" data-testid="sessions-empty">No session logged yet.</p>
      }
    }
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: 12px;
    }
    .header {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 12px;
    }
    .visits {
      margin: 0;
    }
    .visits.due {
      color: var(--mat-sys-error);
      font-weight: 600;
    }
    .more {
      margin: 0;
    }
  `,
})
export class SessionList {
  private readonly sessionsApi = inject(SessionsApi);

  readonly episodeId = input.required<string>();
  /** Whether to offer logging a session (session:write, episode not archived). */
  readonly canLog = input(false);

  protected readonly sessions = rxResource({
    params: () => this.episodeId(),
    stream: ({ params }) => this.sessionsApi.list(params, RECENT_SESSIONS),
  });
  protected readonly page = computed(() => (this.sessions.hasValue() ? this.sessions.value() : undefined));

  protected readonly dateFormat = DATE_FORMAT;
  protected readonly visitsText = visitsText;

  protected exerciseNames(exercises: readonly SessionExercise[]): string {
    return exercises.length === 0 ? '—' : exercises.map((exercise) => exercise.exerciseName).join(', ');
  }
}
