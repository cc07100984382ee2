import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import { byTestId, queryTestId, text } from '../../../../testing/dom';
import { episode, patient } from '../../../../testing/fixtures';
import { settleResponse, verifyNoPendingRequests } from '../../../../testing/http';
import { protocolVersion } from '../../../../testing/library-fixtures';
import { signInAs } from '../../../../testing/session';
import { notePage, progressStatus, signedNote } from '../../notes/testing/note-fixtures';
import { programme } from '../../programmes/testing/programme-fixtures';
import { EpisodeDetailPage } from './episode-detail-page';

/**
 * Answers what the page asks once the episode is in: the patient, the latest note (for the count and
 * the progress-report status) and, for the exports, the programme and its protocol version.
 */
async function flushEpisodeDetails(backend: HttpTestingController, notes = notePage([signedNote()])): Promise<void> {
  backend.expectOne('/api/v1/patients/p-1').flush(patient());
  const latest = backend.expectOne((request) => request.url === '/api/v1/episodes/e-1/notes');
  expect(latest.request.params.get('limit')).toBe('1');
  latest.flush(notes);
  backend.expectOne('/api/v1/episodes/e-1/programme').flush(programme({ protocolVersionId: 'pv-1' }));
  await settleResponse(() => TestBed.tick());
  backend.expectOne('/api/v1/protocol-versions/pv-1').flush(protocolVersion());
}

describe('EpisodeDetailPage', () => {
  let fixture: ComponentFixture<EpisodeDetailPage>;
  let backend: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [EpisodeDetailPage],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    backend = TestBed.inject(HttpTestingController);
    signInAs('assistant');
    fixture = TestBed.createComponent(EpisodeDetailPage);
    fixture.componentRef.setInput('episodeId', 'e-1');
    TestBed.tick();
    backend
      .expectOne('/api/v1/episodes/e-1')
      .flush(episode({ concomitantInjuries: ['medial_meniscus_tear', 'bone_bruise'] }));
    await settleResponse(() => TestBed.tick());
    await flushEpisodeDetails(
      backend,
      notePage([signedNote()], {
        total: 3,
        progress: progressStatus({ visitsSinceLastProgressNote: 10, due: true }),
      }),
    );
    await fixture.whenStable();
  });

  afterEach(() => verifyNoPendingRequests(backend));

  it('shows what was recorded, with labels rather than codes', () => {
    expect(text(byTestId(fixture, 'episode-title'))).toBe('ACL reconstruction, left');
    expect(text(byTestId(fixture, 'episode-graft-value'))).toBe('Hamstring tendon autograft');
    expect(text(byTestId(fixture, 'episode-injuries-value'))).toBe('Medial meniscus tear, Bone bruise');
    expect(text(byTestId(fixture, 'episode-injury-date-value'))).toBe('10 Jan 2026');
    expect(text(byTestId(fixture, 'episode-surgery-date-value'))).toMatch(/^1 Feb 2026 \(\d+ weeks?\)$/);
    expect(text(byTestId(fixture, 'episode-tegner-value'))).toBe('7');
  });

  it('links back to the patient and offers editing to those who may', () => {
    expect(byTestId(fixture, 'episode-patient-link').getAttribute('href')).toBe('/patients/p-1');
    expect(text(byTestId(fixture, 'episode-patient-link'))).toBe('Ada Lovelace');
    expect(byTestId(fixture, 'edit-episode-button').getAttribute('href')).toBe('/episodes/e-1/edit');
    expect(queryTestId(fixture, 'error-banner')).toBeNull();
  });

  it('links to the progress page and, for those who record measures, to the entry forms', () => {
    expect(byTestId(fixture, 'episode-progress-link').getAttribute('href')).toBe('/episodes/e-1/progress');
    expect(byTestId(fixture, 'record-assessment-button').getAttribute('href')).toBe('/episodes/e-1/assessments/new');
    expect(byTestId(fixture, 'record-questionnaire-button').getAttribute('href')).toBe(
      '/episodes/e-1/questionnaires/new',
    );
  });

  it('links to the programme and, for those who log visits, to a new session', () => {
    expect(byTestId(fixture, 'episode-programme-link').getAttribute('href')).toBe('/episodes/e-1/programme');
    expect(byTestId(fixture, 'log-session-button').getAttribute('href')).toBe('/episodes/e-1/sessions/new');
  });

  it('links to the notes, says how many there are and when a progress report is due', () => {
    expect(byTestId(fixture, 'episode-notes-link').getAttribute('href')).toBe('/episodes/e-1/notes');
    expect(byTestId(fixture, 'episode-new-note-button').getAttribute('href')).toBe('/episodes/e-1/notes/new');
    expect(text(byTestId(fixture, 'episode-notes-summary'))).toContain('3 notes so far.');
    expect(text(byTestId(fixture, 'progress-due-banner'))).toContain(
      'Progress report due: 10 visits since the last progress report',
    );
    expect(byTestId(fixture, 'write-progress-report').getAttribute('href')).toBe(
      '/episodes/e-1/notes/new?type=progress',
    );
  });

  it('offers the episode’s exports, with the RTS criteria sets of the programme’s protocol', () => {
    const panel = byTestId(fixture, 'exports-panel');
    expect(Array.from(panel.querySelectorAll('button')).map((button) => text(button))).toEqual([
      'Download progress summary',
      'Download RTS report',
      'Download FHIR',
      'Download CSV',
    ]);
    expect(byTestId<HTMLSelectElement>(fixture, 'rts-set-select').value).toBe('delaware');
  });
});

describe('EpisodeDetailPage for a role that does not record measures', () => {
  let backend: HttpTestingController;

  afterEach(() => verifyNoPendingRequests(backend));

  it('shows progress but no recording actions to an administrator', async () => {
    TestBed.configureTestingModule({
      imports: [EpisodeDetailPage],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    backend = TestBed.inject(HttpTestingController);
    signInAs('admin');
    const fixture = TestBed.createComponent(EpisodeDetailPage);
    fixture.componentRef.setInput('episodeId', 'e-1');
    TestBed.tick();
    backend.expectOne('/api/v1/episodes/e-1').flush(episode());
    await settleResponse(() => TestBed.tick());
    await flushEpisodeDetails(backend);
    await fixture.whenStable();

    expect(queryTestId(fixture, 'episode-progress-link')).not.toBeNull();
    expect(queryTestId(fixture, 'record-assessment-button')).toBeNull();
    expect(queryTestId(fixture, 'record-questionnaire-button')).toBeNull();
    expect(queryTestId(fixture, 'episode-programme-link')).not.toBeNull();
    expect(queryTestId(fixture, 'log-session-button')).toBeNull();
    expect(queryTestId(fixture, 'episode-notes-link')).not.toBeNull();
    expect(queryTestId(fixture, 'episode-new-note-button')).toBeNull();
    expect(text(byTestId(fixture, 'progress-status'))).toBe(
      '4 visits since the last progress report (due every 10 visits).',
    );
    expect(queryTestId(fixture, 'exports-panel')).not.toBeNull();
  });
});
