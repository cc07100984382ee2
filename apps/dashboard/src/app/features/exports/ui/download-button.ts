import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatProgressSpinner } from '@angular/material/progress-spinner';

import type { ExportStatus } from '../data/exports-store';

/**
 * A download button with its state: a spinner (and `aria-busy`) while the document is prepared, and
 * the reason underneath when it failed. Its accessible name stays the label throughout.
 */
@Component({
  selector: 'app-download-button',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, MatProgressSpinner],
  template: `
    <button
      [matButton]="appearance()"
      type="button"
      [disabled]="disabled() || status().preparing"
      [attr.aria-busy]="status().preparing"
      [attr.aria-describedby]="status().failure ? testId() + '-error' : null"
      [attr.data-testid]="testId()"
      (click)="pressed.emit()"
    >
      @if (status().preparing) {
        <mat-progress-spinner class="spinner" mode="indeterminate" diameter="16" aria-hidden="true" />
      }
      {{ label() }}
    </button>
    <span class="visually-hidden" aria-live="polite">{{
      status().preparing ? 'Preparing the ' + what() + '…' : ''
    }}</span>
    @if (status().failure; as failure) {
      <p class="failure" role="alert" [id]="testId() + '-error'" [attr.data-testid]="testId() + '-error'">
        {{ failure.message }}
        @if (failure.reference) {
          <span class="reference">Reference: {{ failure.reference }}</span>
        }
      </p>
    }
  `,
  styles: `
    :host {
      display: inline-flex;
      flex-direction: column;
      align-items: flex-start;
      gap: 4px;
    }
    .spinner {
      display: inline-block;
      margin-right: 8px;
      vertical-align: middle;
    }
    .failure {
      margin: 0;
      max-width: 40ch;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-error);
    }
    .reference {
      display: block;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class DownloadButton {
  /** The button's text and accessible name, e.g. "Download note PDF". */
  readonly label = input.required<string>();
  /** What is being prepared, for screen readers: "note PDF". */
  readonly what = input.required<string>();
  readonly status = input.required<ExportStatus>();
  readonly testId = input.required<string>();
  readonly disabled = input(false);
  readonly appearance = input<'outlined' | 'filled' | 'text'>('outlined');
  readonly pressed = output();
}
