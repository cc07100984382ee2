import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';

import { apiError, tokenResponse } from '../../../../testing/fixtures';
import { verifyNoPendingRequests } from '../../../../testing/http';
import { signInAs } from '../../../../testing/session';
import { authInterceptor } from '../../../core/auth/auth.interceptor';
import { apiErrorInterceptor } from '../../../core/http/api-error.interceptor';
import { blobText, recordSavedFiles, type SavedFiles } from '../testing/saved-files';
import { until } from '../testing/until';
import { ExportsStore } from './exports-store';

const PDF_BYTES = '%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF';

/** Answers a download the way the API fails: the JSON error body, which a blob request receives as a Blob. */
function failAsBlob(request: TestRequest, body: ReturnType<typeof apiError>): void {
  request.flush(new Blob([JSON.stringify(body)], { type: 'application/json' }), {
    status: body.statusCode,
    statusText: body.code,
  });
}

describe('ExportsStore', () => {
  let backend: HttpTestingController;
  let store: ExportsStore;
  let saved: SavedFiles;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([apiErrorInterceptor, authInterceptor])),
        provideHttpClientTesting(),
        ExportsStore,
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    store = TestBed.inject(ExportsStore);
    saved = recordSavedFiles();
    signInAs('therapist', 'token-A');
  });

  afterEach(() => {
    saved.restore();
    vi.useRealTimers();
    verifyNoPendingRequests(backend);
  });

  it('fetches the PDF as a blob with the access token and saves it under the API’s file name', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    store.download({ kind: 'summary-pdf', episodeId: 'e-1' });
    expect(store.status('summary-pdf').preparing).toBe(true);

    const request = backend.expectOne('/api/v1/episodes/e-1/summary.pdf');
    expect(request.request.responseType).toBe('blob');
    expect(request.request.headers.get('Authorization')).toBe('Bearer token-A');
    const pdf = new Blob([PDF_BYTES], { type: 'application/pdf' });
    request.flush(pdf, {
      headers: { 'Content-Disposition': 'attachment; filename="progress-summary-MRN-001-2026-03-20.pdf"' },
    });

    expect(store.status('summary-pdf')).toEqual({ preparing: false, failure: null });
    expect(saved.files).toHaveLength(1);
    const [file] = saved.files;
    expect(file?.filename).toBe('progress-summary-MRN-001-2026-03-20.pdf');
    expect(file && (await blobText(file.blob))).toBe(PDF_BYTES);
    expect(file?.attached).toBe(true);
    expect(document.querySelector(`a[href="${file?.href}"]`)).toBeNull();
    // The object URL outlives the click (the browser reads it afterwards), then is released.
    expect(saved.revoked).toEqual([]);
    vi.advanceTimersByTime(40_000);
    expect(saved.revoked).toEqual([file?.href]);
  });

  it('asks for the chosen criteria set and names the file after it when the API gives no name', () => {
    store.download({ kind: 'rts-pdf', episodeId: 'e-1', set: 'kyritsis' });
    const request = backend.expectOne((r) => r.url === '/api/v1/episodes/e-1/rts-report.pdf');
    expect(request.request.params.get('set')).toBe('kyritsis');
    request.flush(new Blob([PDF_BYTES], { type: 'application/pdf' }));
    expect(saved.files.map((file) => file.filename)).toEqual(['rts-report-kyritsis.pdf']);
  });

  it('downloads the note PDF, the FHIR bundle and the CSV from their endpoints', () => {
    store.download({ kind: 'note-pdf', noteId: 'n-1' });
    store.download({ kind: 'fhir', episodeId: 'e-1' });
    store.download({ kind: 'csv', episodeId: 'e-1' });
    backend.expectOne('/api/v1/notes/n-1/pdf').flush(new Blob([PDF_BYTES]));
    backend.expectOne('/api/v1/episodes/e-1/fhir').flush(new Blob(['{"resourceType":"Bundle"}']), {
      headers: { 'Content-Disposition': "attachment; filename*=UTF-8''episode-fhir.json" },
    });
    backend.expectOne('/api/v1/episodes/e-1/measures.csv').flush(new Blob(['assessment_id,assessment_date\n']));
    expect(saved.files.map((file) => file.filename)).toEqual(['note.pdf', 'episode-fhir.json', 'measures.csv']);
  });

  it('turns the API’s NO_SIGNED_NOTE, sent as a blob, into “Sign a note first”, and saves nothing', async () => {
    store.download({ kind: 'fhir', episodeId: 'e-1' });
    failAsBlob(
      backend.expectOne('/api/v1/episodes/e-1/fhir'),
      apiError({
        statusCode: 409,
        code: 'NO_SIGNED_NOTE',
        message: 'The episode has no signed note.',
        correlationId: 'c-9',
      }),
    );
    await until(
      () => !store.status('fhir').preparing,
      () => TestBed.tick(),
    );
    expect(store.status('fhir')).toEqual({
      preparing: false,
      failure: {
        message: 'Sign a note first: the FHIR document is built around the episode’s latest signed note.',
        reference: 'c-9',
      },
    });
    expect(saved.files).toEqual([]);
  });

  it('keeps a failure to its own document and clears it on the next attempt', async () => {
    store.download({ kind: 'rts-pdf', episodeId: 'e-1', set: 'delaware' });
    failAsBlob(
      backend.expectOne((r) => r.url === '/api/v1/episodes/e-1/rts-report.pdf'),
      apiError({ statusCode: 404, code: 'PROGRAMME_NOT_FOUND' }),
    );
    await until(
      () => !store.status('rts-pdf').preparing,
      () => TestBed.tick(),
    );
    expect(store.status('rts-pdf').failure?.message).toMatch(/^Assign a programme first/);
    expect(store.status('csv').failure).toBeNull();

    store.download({ kind: 'rts-pdf', episodeId: 'e-1', set: 'delaware' });
    expect(store.status('rts-pdf')).toEqual({ preparing: true, failure: null });
    backend.expectOne((r) => r.url === '/api/v1/episodes/e-1/rts-report.pdf').flush(new Blob([PDF_BYTES]));
    expect(store.status('rts-pdf').failure).toBeNull();
  });

  it('ignores a second press while the document is being prepared', () => {
    store.download({ kind: 'csv', episodeId: 'e-1' });
    store.download({ kind: 'csv', episodeId: 'e-1' });
    backend.expectOne('/api/v1/episodes/e-1/measures.csv').flush(new Blob(['a,b\n']));
    expect(saved.files).toHaveLength(1);
  });

  it('says so rather than saving an empty file', () => {
    store.download({ kind: 'summary-pdf', episodeId: 'e-1' });
    backend.expectOne('/api/v1/episodes/e-1/summary.pdf').flush(new Blob([]));
    expect(store.status('summary-pdf').failure?.message).toContain('empty file');
    expect(saved.files).toEqual([]);
  });

  it('refreshes an expired token and retries the download, like any other call', () => {
    vi.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    signInAs('therapist', 'expired-token');
    store.download({ kind: 'note-pdf', noteId: 'n-1' });
    failAsBlob(backend.expectOne('/api/v1/notes/n-1/pdf'), apiError({ statusCode: 401, code: 'UNAUTHENTICATED' }));
    backend.expectOne('/api/v1/auth/refresh').flush(tokenResponse('fresh-token'));
    const retry = backend.expectOne('/api/v1/notes/n-1/pdf');
    expect(retry.request.headers.get('Authorization')).toBe('Bearer fresh-token');
    retry.flush(new Blob([PDF_BYTES]), { headers: { 'Content-Disposition': 'attachment; filename="note-n-1.pdf"' } });
    expect(saved.files.map((file) => file.filename)).toEqual(['note-n-1.pdf']);
  });
});
