import { HttpClient, HttpParams, type HttpResponse } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { map, type Observable } from 'rxjs';

import { ApiRequestError } from '../../../core/http/api-error';
import { apiUrl } from '../../../core/http/api-url';
import { filenameFromContentDisposition } from './content-disposition';

/** One document to export (contracts/exports.ts). */
export type ExportRequest =
  | { kind: 'note-pdf'; noteId: string }
  | { kind: 'summary-pdf'; episodeId: string }
  | { kind: 'rts-pdf'; episodeId: string; set: string }
  | { kind: 'fhir'; episodeId: string }
  | { kind: 'csv'; episodeId: string };
export type ExportKind = ExportRequest['kind'];

/** How each export is named in messages ("The progress summary could not be prepared"). */
export const EXPORT_LABELS: Readonly<Record<ExportKind, string>> = {
  'note-pdf': 'note PDF',
  'summary-pdf': 'progress summary',
  'rts-pdf': 'return-to-sport report',
  fhir: 'FHIR document',
  csv: 'measures CSV',
};

export interface DownloadedFile {
  blob: Blob;
  filename: string;
}

/**
 * The export endpoints, fetched through HttpClient (so the auth interceptor adds the token and
 * refreshes it) as blobs, with the file name the API gives in Content-Disposition.
 */
@Injectable({ providedIn: 'root' })
export class ExportsApi {
  private readonly http = inject(HttpClient);

  fetch(request: ExportRequest): Observable<DownloadedFile> {
    const { url, params, fallbackName } = endpoint(request);
    return this.http
      .get(url, { params, observe: 'response', responseType: 'blob' })
      .pipe(map((response) => downloadedFile(response, fallbackName)));
  }
}

function endpoint(request: ExportRequest): { url: string; params?: HttpParams; fallbackName: string } {
  switch (request.kind) {
    case 'note-pdf':
      return { url: apiUrl('notes', request.noteId, 'pdf'), fallbackName: 'note.pdf' };
    case 'summary-pdf':
      return { url: apiUrl('episodes', request.episodeId, 'summary.pdf'), fallbackName: 'progress-summary.pdf' };
    case 'rts-pdf':
      return {
        url: apiUrl('episodes', request.episodeId, 'rts-report.pdf'),
        params: new HttpParams().set('set', request.set),
        fallbackName: `rts-report-${request.set}.pdf`,
      };
    case 'fhir':
      return { url: apiUrl('episodes', request.episodeId, 'fhir'), fallbackName: 'episode-fhir.json' };
    case 'csv':
      return { url: apiUrl('episodes', request.episodeId, 'measures.csv'), fallbackName: 'measures.csv' };
  }
}

function downloadedFile(response: HttpResponse<Blob>, fallbackName: string): DownloadedFile {
  if (!response.body || response.body.size === 0) {
    // Saving an empty file would look like a document; say what happened instead.
    throw new ApiRequestError({
      statusCode: response.status,
      code: 'INTERNAL_ERROR',
      message: 'The server sent an empty file. Try again, and contact support if it persists.',
      correlationId: response.headers.get('x-correlation-id') ?? '',
    });
  }
  return {
    blob: response.body,
    filename: filenameFromContentDisposition(response.headers.get('Content-Disposition'), fallbackName),
  };
}
