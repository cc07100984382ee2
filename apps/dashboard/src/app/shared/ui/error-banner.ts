import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

import { toApiError } from '../../core/http/api-error';

/** Shows a failed request's message, with the correlation id support needs to find it in the logs. */
@Component({
  selector: 'app-error-banner',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="banner" role="alert" data-testid="error-banner">
      <p class="message">{{ details().message }}</p>
      @if (details().correlationId) {
        <p class="reference">Reference: {{ details().correlationId }}</p>
      }
      <ng-content />
    </div>
  `,
  styles: `
    .banner {
      padding: 12px 16px;
      border-radius: 8px;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .message {
      margin: 0;
    }
    .reference {
      margin: 4px 0 0;
      font: var(--mat-sys-body-small);
    }
  `,
})
export class ErrorBanner {
  /** Anything caught from a request; it is normalised to the API error shape for display. */
  readonly error = input.required<unknown>();
  /** Overrides the server's message when the page knows a clearer one. */
  readonly message = input<string>();

  protected readonly details = computed(() => {
    const apiError = toApiError(this.error());
    return { message: this.message() ?? apiError.message, correlationId: apiError.correlationId };
  });
}
