import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { Role } from '@proprio/contracts';

import { byTestId, queryTestId, text } from '../../../../testing/dom';
import { apiError, episode, patient } from '../../../../testing/fixtures';
import { failWith, verifyNoPendingRequests } from '../../../../testing/http';
import { signInAs } from '../../../../testing/session';
import { authInterceptor } from '../../../core/auth/auth.interceptor';
import { apiErrorInterceptor } from '../../../core/http/api-error.interceptor';
import { PatientDetailPage } from './patient-detail-page';

describe('PatientDetailPage', () => {
  let fixture: ComponentFixture<PatientDetailPage>;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [PatientDetailPage],
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([apiErrorInterceptor, authInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => verifyNoPendingRequests(backend));

  async function open(role: Role, record = patient(), episodes = [episode()]): Promise<void> {
    signInAs(role);
    fixture = TestBed.createComponent(PatientDetailPage);
    fixture.componentRef.setInput('patientId', 'p-1');
    TestBed.tick();
    backend.expectOne('/api/v1/patients/p-1').flush(record);
    backend.expectOne('/api/v1/patients/p-1/episodes').flush(episodes);
    await fixture.whenStable();
  }

  it('shows demographics and the episodes of care', async () => {
    await open('therapist', patient(), [
      episode({ surgeryDate: null, graftType: null, status: 'on_hold', involvedSide: 'right' }),
    ]);

    expect(text(byTestId(fixture, 'patient-name'))).toBe('Ada Lovelace');
    expect(text(byTestId(fixture, 'patient-demographics'))).toContain('MRN-001');
    expect(text(byTestId(fixture, 'patient-demographics'))).toContain('15 Jun 1990');

    const rows = (fixture.nativeElement as HTMLElement).querySelectorAll('[data-testid="episode-row"]');
    expect(rows).toHaveLength(1);
    const row = text(rows[0] ?? null);
    expect(row).toContain('ACL reconstruction');
    expect(row).toContain('Right');
    expect(row).toContain('On hold');
    expect(text(rows[0]?.querySelector('[data-testid="episode-post-op"]') ?? null)).toBe('—');
    expect(rows[0]?.querySelector('a')?.getAttribute('href')).toBe('/episodes/e-1');
  });

  it('offers edit, archive and "Open episode" to a therapist', async () => {
    await open('therapist');
    expect(queryTestId(fixture, 'edit-patient-button')).not.toBeNull();
    expect(queryTestId(fixture, 'archive-patient-button')).not.toBeNull();
    expect(byTestId(fixture, 'open-episode-button').getAttribute('href')).toBe('/patients/p-1/episodes/new');
  });

  it('hides archiving from an assistant, whom the API would refuse', async () => {
    await open('assistant');
    expect(queryTestId(fixture, 'edit-patient-button')).not.toBeNull();
    expect(queryTestId(fixture, 'archive-patient-button')).toBeNull();
  });

  it('archives after confirmation, sending the version it read', async () => {
    await open('therapist', patient({ version: 4 }));
    byTestId(fixture, 'archive-patient-button').click();
    await fixture.whenStable();

    const accept = document.querySelector<HTMLButtonElement>('[data-testid="confirm-accept"]');
    expect(accept).not.toBeNull();
    accept?.click();

    // The dialog reports its answer once it has closed, a moment later.
    const request = await vi.waitFor(() => backend.expectOne('/api/v1/patients/p-1/archive'));
    expect(request.request.body).toEqual({ version: 4 });
    request.flush(patient({ archived: true, version: 5 }));
    await fixture.whenStable();

    expect(queryTestId(fixture, 'patient-archived-badge')).not.toBeNull();
    expect(queryTestId(fixture, 'restore-patient-button')).not.toBeNull();
    // An archived record is read-only here until restored.
    expect(queryTestId(fixture, 'edit-patient-button')).toBeNull();
    expect(queryTestId(fixture, 'open-episode-button')).toBeNull();
  });

  it('does nothing when the archive confirmation is cancelled', async () => {
    await open('therapist');
    byTestId(fixture, 'archive-patient-button').click();
    await fixture.whenStable();
    document.querySelector<HTMLButtonElement>('[data-testid="confirm-cancel"]')?.click();
    await vi.waitFor(() => expect(document.querySelector('[data-testid="confirm-cancel"]')).toBeNull());
    await fixture.whenStable();

    backend.expectNone('/api/v1/patients/p-1/archive');
    expect(queryTestId(fixture, 'patient-archived-badge')).toBeNull();
  });

  it('reports a patient that does not exist', async () => {
    signInAs('therapist');
    fixture = TestBed.createComponent(PatientDetailPage);
    fixture.componentRef.setInput('patientId', 'missing');
    TestBed.tick();
    failWith(
      backend.expectOne('/api/v1/patients/missing'),
      apiError({ statusCode: 404, code: 'PATIENT_NOT_FOUND', message: 'Patient not found' }),
    );
    failWith(
      backend.expectOne('/api/v1/patients/missing/episodes'),
      apiError({ statusCode: 404, code: 'PATIENT_NOT_FOUND', message: 'Patient not found' }),
    );
    await fixture.whenStable();

    expect(text(byTestId(fixture, 'error-banner'))).toContain('Patient not found');
    expect(queryTestId(fixture, 'patient-demographics')).toBeNull();
  });
});
