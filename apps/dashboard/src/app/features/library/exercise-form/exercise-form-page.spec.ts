import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';

import { byTestId, queryTestId, text, typeInto } from '../../../../testing/dom';
import { apiError } from '../../../../testing/fixtures';
import { failWith, verifyNoPendingRequests } from '../../../../testing/http';
import { clinicExercise, exercise } from '../../../../testing/library-fixtures';
import { chooseOptions } from '../../../../testing/select';
import { signInAs } from '../../../../testing/session';
import { authInterceptor } from '../../../core/auth/auth.interceptor';
import { apiErrorInterceptor } from '../../../core/http/api-error.interceptor';
import { ExerciseFormPage } from './exercise-form-page';

describe('ExerciseFormPage', () => {
  let fixture: ComponentFixture<ExerciseFormPage>;
  let backend: HttpTestingController;
  let navigate: ReturnType<typeof vi.spyOn>;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [ExerciseFormPage],
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([apiErrorInterceptor, authInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    navigate = vi.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    signInAs('therapist');
  });

  afterEach(() => verifyNoPendingRequests(backend));

  function input(id: string): HTMLInputElement {
    return byTestId<HTMLInputElement>(fixture, id);
  }

  async function submit(): Promise<void> {
    byTestId<HTMLButtonElement>(fixture, 'exercise-submit').click();
    TestBed.tick();
    await Promise.resolve();
  }

  async function fillNew(): Promise<void> {
    fixture = TestBed.createComponent(ExerciseFormPage);
    await fixture.whenStable();
    typeInto(input('exercise-name-input'), '  Lateral step-down ');
    chooseOptions(fixture, 'exercise-skills-input', ['Balance', 'Coordination']);
    chooseOptions(fixture, 'exercise-equipment-input', ['Step']);
    chooseOptions(fixture, 'exercise-phases-input', ['Phase 2', 'Phase 3']);
    typeInto(input('dosage-sets'), '3');
    typeInto(input('dosage-reps'), '12');
    typeInto(input('dosage-frequency'), '3');
    await fixture.whenStable();
  }

  it('adds a clinic exercise, previewing the dosage as it will read', async () => {
    await fillNew();
    expect(text(byTestId(fixture, 'dosage-preview'))).toBe('Reads as: 3 × 12 reps, 3×/week');

    await submit();
    const request = backend.expectOne('/api/v1/exercises');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({
      name: 'Lateral step-down',
      description: null,
      skills: ['balance', 'coordination'],
      equipment: ['step'],
      phases: ['p2', 'p3'],
      defaultDosage: { sets: 3, reps: 12, holdSeconds: null, frequencyPerWeek: 3, loadKg: null },
      progressionVariables: [],
      progressionNotes: null,
    });
    request.flush(clinicExercise(), { status: 201, statusText: 'Created' });
    await fixture.whenStable();
    expect(navigate).toHaveBeenCalledWith(['/library/exercises', 'x-clinic']);
  });

  it('asks for reps or a hold time before sending', async () => {
    await fillNew();
    typeInto(input('dosage-reps'), '');
    await submit();
    await fixture.whenStable();
    backend.expectNone('/api/v1/exercises');
    expect(text(byTestId(fixture, 'dosage-reps-error'))).toBe('Enter the reps, a hold time, or both.');

    typeInto(input('dosage-hold'), '30');
    await fixture.whenStable();
    expect(queryTestId(fixture, 'dosage-reps-error')).toBeNull();
    expect(text(byTestId(fixture, 'dosage-preview'))).toBe('Reads as: 3 × 30 s hold, 3×/week');
  });

  it("shows the API's field errors under their fields", async () => {
    await fillNew();
    await submit();
    failWith(
      backend.expectOne('/api/v1/exercises'),
      apiError({
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        details: [
          { field: 'name', issue: 'must be at most 120 characters' },
          { field: 'defaultDosage.frequencyPerWeek', issue: 'must be a whole number from 1 to 14' },
          { field: 'phases.1', issue: 'must each be one of preop, p1, p2, p3, p4, p5' },
        ],
      }),
    );
    await fixture.whenStable();

    expect(text(byTestId(fixture, 'exercise-name-error'))).toBe('must be at most 120 characters');
    expect(text(byTestId(fixture, 'dosage-frequency-error'))).toBe('must be a whole number from 1 to 14');
    expect(text(byTestId(fixture, 'exercise-phases-error'))).toBe('must each be one of preop, p1, p2, p3, p4, p5');
    expect(queryTestId(fixture, 'exercise-form-error')).toBeNull();
    expect(navigate).not.toHaveBeenCalled();
  });

  it('edits a clinic exercise with the version it read', async () => {
    fixture = TestBed.createComponent(ExerciseFormPage);
    fixture.componentRef.setInput('exerciseId', 'x-clinic');
    TestBed.tick();
    backend.expectOne('/api/v1/exercises/x-clinic').flush(clinicExercise());
    await fixture.whenStable();
    expect(input('exercise-name-input').value).toBe('Lateral step-down');
    expect(input('dosage-reps').value).toBe('12');

    typeInto(input('dosage-load'), '2,5');
    await fixture.whenStable();
    await submit();
    const request = backend.expectOne('/api/v1/exercises/x-clinic');
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toMatchObject({
      version: 4,
      skills: ['balance', 'coordination'],
      defaultDosage: { sets: 3, reps: 12, holdSeconds: null, frequencyPerWeek: 3, loadKg: 2.5 },
      progressionVariables: ['surface', 'vision'],
    });
    request.flush(clinicExercise({ version: 5 }));
    await fixture.whenStable();
    expect(navigate).toHaveBeenCalledWith(['/library/exercises', 'x-clinic']);
  });

  it('does not offer a form for a seeded exercise', async () => {
    fixture = TestBed.createComponent(ExerciseFormPage);
    fixture.componentRef.setInput('exerciseId', 'x-1');
    TestBed.tick();
    backend.expectOne('/api/v1/exercises/x-1').flush(exercise());
    await fixture.whenStable();
    expect(queryTestId(fixture, 'exercise-seeded-read-only')).not.toBeNull();
    expect(queryTestId(fixture, 'exercise-submit')).toBeNull();
  });
});
