import { DestroyRef, inject, Injectable, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';

import { toApiError } from '../../../core/http/api-error';
import { exportFailureMessage } from './export-failure';
import { ExportsApi, type ExportKind, type ExportRequest } from './exports-api';
import { FileSaver } from './file-saver';

export interface ExportFailure {
  message: string;
  /** The correlation id support needs to find the failure in the logs ('' when there is none). */
  reference: string;
}

export interface ExportStatus {
  preparing: boolean;
  failure: ExportFailure | null;
}

const IDLE: ExportStatus = { preparing: false, failure: null };

/**
 * The exports of a page: each document's state (preparing, failed with a readable reason) and the
 * download itself. Provided by the page that shows the buttons; a download still running when the
 * page closes is cancelled.
 */
@Injectable()
export class ExportsStore {
  private readonly api = inject(ExportsApi);
  private readonly saver = inject(FileSaver);
  private readonly destroyRef = inject(DestroyRef);

  private readonly statuses = signal<Partial<Record<ExportKind, ExportStatus>>>({});

  status(kind: ExportKind): ExportStatus {
    return this.statuses()[kind] ?? IDLE;
  }

  /** Fetches the document and saves it under the API's file name; a second press meanwhile is ignored. */
  download(request: ExportRequest): void {
    const kind = request.kind;
    if (this.status(kind).preparing) return;
    this.setStatus(kind, { preparing: true, failure: null });
    this.api
      .fetch(request)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (file) => {
          this.saver.save(file);
          this.setStatus(kind, IDLE);
        },
        error: (error: unknown) => {
          const apiError = toApiError(error);
          this.setStatus(kind, {
            preparing: false,
            failure: { message: exportFailureMessage(kind, apiError), reference: apiError.correlationId },
          });
        },
      });
  }

  private setStatus(kind: ExportKind, status: ExportStatus): void {
    this.statuses.update((statuses) => ({ ...statuses, [kind]: status }));
  }
}
