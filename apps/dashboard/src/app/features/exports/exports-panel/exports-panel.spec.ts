import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import { byTestId, queryTestId, text } from '../../../../testing/dom';
import { apiError } from '../../../../testing/fixtures';
import { protocolVersion } from '../../../../testing/library-fixtures';
import { failWith, settleResponse, verifyNoPendingRequests } from '../../../../testing/http';
import { signInAs } from '../../../../testing/session';
import { authInterceptor } from '../../../core/auth/auth.interceptor';
import { apiErrorInterceptor } from '../../../core/http/api-error.interceptor';
import { programme } from '../../programmes/testing/programme-fixtures';
import { recordSavedFiles, type SavedFiles } from '../testing/saved-files';
import { until } from '../testing/until';
import { ExportsPanel } from './exports-panel';

const PDF = '%PDF-1.7 report';

describe('ExportsPanel', () => {
  let fixture: ComponentFixture<ExportsPanel>;
  let backend: HttpTestingController;
  let saved: SavedFiles;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [ExportsPanel],
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([apiErrorInterceptor, authInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    saved = recordSavedFiles();
    signInAs('therapist');
  });

  afterEach(() => {
    saved.restore();
    verifyNoPendingRequests(backend);
  });

  /** Opens the panel; the programme uses set `melbourne` of a version that has Delaware-Oslo and Melbourne. */
  async function open(options: { withProgramme?: boolean } = {}): Promise<void> {
    fixture = TestBed.createComponent(ExportsPanel);
    fixture.componentRef.setInput('episodeId', 'e-1');
    TestBed.tick();
    const programmeRequest = backend.expectOne('/api/v1/episodes/e-1/programme');
    if (options.withProgramme === false) {
      failWith(programmeRequest, apiError({ statusCode: 404, code: 'PROGRAMME_NOT_FOUND' }));
      await fixture.whenStable();
      return;
    }
    programmeRequest.flush(programme({ protocolVersionId: 'pv-1', returnToSportSetKey: 'melbourne' }));
    await settleResponse(() => TestBed.tick());
    backend.expectOne('/api/v1/protocol-versions/pv-1').flush(protocolVersion());
    await fixture.whenStable();
  }

  function press(testId: string): void {
    byTestId<HTMLButtonElement>(fixture, testId).click();
    TestBed.tick();
  }

  it('offers each export by the name Playwright and screen readers use', async () => {
    await open();
    const host = fixture.nativeElement as HTMLElement;
    const names = Array.from(host.querySelectorAll('button')).map((button) => text(button));
    expect(names).toEqual(['Download progress summary', 'Download RTS report', 'Download FHIR', 'Download CSV']);
  });

  it('offers the criteria sets of the programme’s protocol, starting from the programme’s own', async () => {
    await open();
    const select = byTestId<HTMLSelectElement>(fixture, 'rts-set-select');
    expect(Array.from(select.options).map((option) => [option.value, option.text.trim()])).toEqual([
      ['delaware', 'Delaware-Oslo'],
      ['melbourne', 'Melbourne'],
    ]);
    expect(select.value).toBe('melbourne');

    press('download-rts');
    const first = backend.expectOne((r) => r.url === '/api/v1/episodes/e-1/rts-report.pdf');
    expect(first.request.params.get('set')).toBe('melbourne');
    first.flush(new Blob([PDF]));

    select.value = 'delaware';
    select.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    press('download-rts');
    const second = backend.expectOne((r) => r.url === '/api/v1/episodes/e-1/rts-report.pdf');
    expect(second.request.params.get('set')).toBe('delaware');
    second.flush(new Blob([PDF]), { headers: { 'Content-Disposition': 'attachment; filename="rts-delaware.pdf"' } });
    expect(saved.files.map((file) => file.filename)).toEqual(['rts-report-melbourne.pdf', 'rts-delaware.pdf']);
  });

  it('explains that the RTS report needs a programme, and still offers the other exports', async () => {
    await open({ withProgramme: false });
    expect(text(byTestId(fixture, 'rts-no-programme'))).toContain('Assign a programme first');
    expect(queryTestId(fixture, 'rts-set-select')).toBeNull();
    expect(byTestId<HTMLButtonElement>(fixture, 'download-rts').disabled).toBe(true);
    expect(byTestId<HTMLButtonElement>(fixture, 'download-summary').disabled).toBe(false);
  });

  it('shows progress while a document is prepared, and a readable reason when it fails', async () => {
    await open();
    press('download-fhir');
    await fixture.whenStable();
    const button = byTestId<HTMLButtonElement>(fixture, 'download-fhir');
    expect(button.disabled).toBe(true);
    expect(button.getAttribute('aria-busy')).toBe('true');
    expect(button.querySelector('mat-progress-spinner')).not.toBeNull();
    expect(text(button)).toBe('Download FHIR');

    backend
      .expectOne('/api/v1/episodes/e-1/fhir')
      .flush(new Blob([JSON.stringify(apiError({ statusCode: 409, code: 'NO_SIGNED_NOTE', correlationId: 'c-42' }))]), {
        status: 409,
        statusText: 'Conflict',
      });
    await until(
      () => queryTestId(fixture, 'download-fhir-error') !== null,
      () => TestBed.tick(),
    );
    expect(button.disabled).toBe(false);
    expect(text(byTestId(fixture, 'download-fhir-error'))).toBe(
      'Sign a note first: the FHIR document is built around the episode’s latest signed note. Reference: c-42',
    );
    expect(button.getAttribute('aria-describedby')).toBe('download-fhir-error');
    expect(queryTestId(fixture, 'download-csv-error')).toBeNull();
    expect(saved.files).toEqual([]);
  });

  it('downloads the summary and the CSV under the names the API gives', async () => {
    await open();
    press('download-summary');
    press('download-csv');
    backend.expectOne('/api/v1/episodes/e-1/summary.pdf').flush(new Blob([PDF]), {
      headers: { 'Content-Disposition': 'attachment; filename="progress-summary.pdf"' },
    });
    backend.expectOne('/api/v1/episodes/e-1/measures.csv').flush(new Blob(['assessment_id\n']), {
      headers: { 'Content-Disposition': 'attachment; filename="measures-MRN-001.csv"' },
    });
    expect(saved.files.map((file) => file.filename)).toEqual(['progress-summary.pdf', 'measures-MRN-001.csv']);
  });
});
