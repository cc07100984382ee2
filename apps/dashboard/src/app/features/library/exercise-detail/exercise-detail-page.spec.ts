import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { Role } from '@proprio/contracts';

import { byTestId, queryTestId, text } from '../../../../testing/dom';
import { verifyNoPendingRequests } from '../../../../testing/http';
import { clinicExercise, exercise } from '../../../../testing/library-fixtures';
import { signInAs } from '../../../../testing/session';
import { authInterceptor } from '../../../core/auth/auth.interceptor';
import { apiErrorInterceptor } from '../../../core/http/api-error.interceptor';
import { ExerciseDetailPage } from './exercise-detail-page';

describe('ExerciseDetailPage', () => {
  let fixture: ComponentFixture<ExerciseDetailPage>;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [ExerciseDetailPage],
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([apiErrorInterceptor, authInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => verifyNoPendingRequests(backend));

  async function open(role: Role, body: ReturnType<typeof exercise>): Promise<void> {
    signInAs(role);
    fixture = TestBed.createComponent(ExerciseDetailPage);
    fixture.componentRef.setInput('exerciseId', body.id);
    TestBed.tick();
    backend.expectOne(`/api/v1/exercises/${body.id}`).flush(body);
    await fixture.whenStable();
  }

  it('shows a seeded exercise read-only, with no edit or archive action even for a therapist', async () => {
    await open('therapist', exercise());
    expect(text(byTestId(fixture, 'exercise-name'))).toBe('Quadriceps set / SLR with no lag');
    expect(text(byTestId(fixture, 'exercise-source-badge'))).toBe('Seeded');
    expect(text(byTestId(fixture, 'exercise-dosage'))).toBe('3 × 10 reps, 5 s hold, 7×/week');
    expect(text(byTestId(fixture, 'exercise-dosage-source'))).toBe('Typical (not sourced) [U] (Unverified)');
    expect(text(byTestId(fixture, 'exercise-progression'))).toBe('Load (bodyweight, external)');
    expect(text(byTestId(fixture, 'exercise-progression-notes'))).toBe('add ankle weight');
    expect(queryTestId(fixture, 'exercise-read-only')).not.toBeNull();
    expect(queryTestId(fixture, 'exercise-edit-button')).toBeNull();
    expect(queryTestId(fixture, 'exercise-archive-button')).toBeNull();
  });

  it("lets a therapist edit and archive the clinic's own exercise, sending the version read", async () => {
    await open('therapist', clinicExercise());
    expect(byTestId(fixture, 'exercise-edit-button').getAttribute('href')).toBe('/library/exercises/x-clinic/edit');
    expect(text(byTestId(fixture, 'exercise-equipment'))).toBe('Step');
    expect(queryTestId(fixture, 'exercise-read-only')).toBeNull();

    byTestId(fixture, 'exercise-archive-button').click();
    await fixture.whenStable();
    document.querySelector<HTMLButtonElement>('[data-testid="confirm-accept"]')?.click();
    const request = await vi.waitFor(() => backend.expectOne('/api/v1/exercises/x-clinic/archive'));
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ version: 4 });
    request.flush(clinicExercise({ archivedAt: '2026-05-01T10:00:00.000Z', version: 5 }));
    await fixture.whenStable();

    expect(queryTestId(fixture, 'exercise-archived-badge')).not.toBeNull();
    expect(queryTestId(fixture, 'exercise-edit-button')).toBeNull();
    byTestId(fixture, 'exercise-restore-button').click();
    const restore = backend.expectOne('/api/v1/exercises/x-clinic/restore');
    expect(restore.request.body).toEqual({ version: 5 });
    restore.flush(clinicExercise({ version: 6 }));
    await fixture.whenStable();
    expect(queryTestId(fixture, 'exercise-edit-button')).not.toBeNull();
  });

  it("hides the clinic exercise's actions from an assistant (no library:write)", async () => {
    await open('assistant', clinicExercise());
    expect(text(byTestId(fixture, 'exercise-name'))).toBe('Lateral step-down');
    expect(queryTestId(fixture, 'exercise-edit-button')).toBeNull();
    expect(queryTestId(fixture, 'exercise-archive-button')).toBeNull();
  });
});
