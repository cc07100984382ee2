import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import { byTestId, queryTestId, text, typeInto } from '../../../../testing/dom';
import { page } from '../../../../testing/fixtures';
import { verifyNoPendingRequests } from '../../../../testing/http';
import { clinicExercise, exercise } from '../../../../testing/library-fixtures';
import { chooseOptions } from '../../../../testing/select';
import { signInAs } from '../../../../testing/session';
import { authInterceptor } from '../../../core/auth/auth.interceptor';
import { apiErrorInterceptor } from '../../../core/http/api-error.interceptor';
import { EXERCISE_SEARCH_DEBOUNCE_MS, ExerciseListPage } from './exercise-list-page';

describe('ExerciseListPage', () => {
  let fixture: ComponentFixture<ExerciseListPage>;
  let backend: HttpTestingController;

  function expectList(): TestRequest {
    return backend.expectOne((request) => request.url === '/api/v1/exercises' && request.method === 'GET');
  }

  /** Every query parameter with all its values (skill, equipment and phase repeat). */
  function params(request: TestRequest): Record<string, string[]> {
    const p = request.request.params;
    return Object.fromEntries(p.keys().map((key) => [key, p.getAll(key) ?? []]));
  }

  /** Answers the requests still open (choosing options one by one cancels the earlier ones). */
  function answer(requests: TestRequest[]): void {
    requests.filter((r) => !r.cancelled).forEach((r) => r.flush(page([], 0)));
  }

  function host(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function open(role: 'therapist' | 'assistant' = 'therapist'): void {
    signInAs(role);
    fixture = TestBed.createComponent(ExerciseListPage);
    TestBed.tick();
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [ExerciseListPage],
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([apiErrorInterceptor, authInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    vi.useRealTimers();
    verifyNoPendingRequests(backend);
  });

  it('lists seeded and clinic exercises with skills, equipment, phases, dosage and its source', async () => {
    open();
    const request = expectList();
    expect(params(request)).toEqual({ limit: ['20'], offset: ['0'] });
    request.flush(page([exercise(), clinicExercise()], 2));
    await fixture.whenStable();

    const rows = host().querySelectorAll('[data-testid="exercise-row"]');
    expect(rows).toHaveLength(2);
    const [seeded, own] = Array.from(rows);
    expect(text(seeded?.querySelector('[data-testid="exercise-link"]') ?? null)).toBe(
      'Quadriceps set / SLR with no lag',
    );
    expect(text(seeded ?? null)).toContain('#1');
    expect(text(seeded?.querySelector('[data-testid="exercise-skill-chip"]') ?? null)).toBe('Coordination');
    expect(text(seeded ?? null)).toContain('Mat');
    expect(text(seeded ?? null)).toContain('Phase 1');
    expect(text(seeded?.querySelector('[data-testid="exercise-dosage"]') ?? null)).toBe(
      '3 × 10 reps, 5 s hold, 7×/week',
    );
    expect(text(seeded?.querySelector('[data-testid="exercise-dosage-source"]') ?? null)).toBe(
      'Typical (not sourced) [U]',
    );
    expect(seeded?.querySelector('[data-testid="exercise-source-seeded"]')).not.toBeNull();

    expect(own?.querySelectorAll('[data-testid="exercise-skill-chip"]')).toHaveLength(2);
    expect(text(own ?? null)).toContain('Phase 2, Phase 3');
    expect(text(own?.querySelector('[data-testid="exercise-dosage"]') ?? null)).toBe('3 × 12 reps, 3×/week');
    expect(own?.querySelector('[data-testid="exercise-source-clinic"]')).not.toBeNull();
  });

  it('filters by skill, equipment, phase and source, sending each choice as its own parameter', async () => {
    open();
    expectList().flush(page([exercise()], 1));
    await fixture.whenStable();

    chooseOptions(fixture, 'exercise-skill', ['Balance', 'Power / plyometric']);
    let request = backend.match((r) => r.url === '/api/v1/exercises');
    // One request per option clicked; the last one carries both.
    expect(params(request.at(-1) as TestRequest)).toMatchObject({ skill: ['balance', 'power'], offset: ['0'] });
    answer(request);
    await fixture.whenStable();

    chooseOptions(fixture, 'exercise-equipment', ['Foam pad']);
    request = backend.match((r) => r.url === '/api/v1/exercises');
    expect(params(request.at(-1) as TestRequest)).toMatchObject({
      skill: ['balance', 'power'],
      equipment: ['foam_pad'],
    });
    answer(request);
    await fixture.whenStable();

    byTestId(fixture, 'exercise-available-only').querySelector('button')?.click();
    TestBed.tick();
    expect(params(expectList())).toMatchObject({ equipment: ['foam_pad'], availableOnly: ['true'] });

    chooseOptions(fixture, 'exercise-phase', ['Phase 3']);
    request = backend.match((r) => r.url === '/api/v1/exercises');
    expect(params(request.at(-1) as TestRequest)).toMatchObject({ phase: ['p3'] });
    answer(request);
    await fixture.whenStable();

    chooseOptions(fixture, 'exercise-source', ['Clinic']);
    request = backend.match((r) => r.url === '/api/v1/exercises');
    expect(params(request.at(-1) as TestRequest)).toEqual({
      skill: ['balance', 'power'],
      equipment: ['foam_pad'],
      availableOnly: ['true'],
      phase: ['p3'],
      source: ['clinic'],
      limit: ['20'],
      offset: ['0'],
    });
    answer(request);
    await fixture.whenStable();
    expect(text(byTestId(fixture, 'exercises-empty'))).toBe('No exercise matches these filters.');

    byTestId(fixture, 'exercise-clear-filters').click();
    TestBed.tick();
    expect(params(expectList())).toEqual({ limit: ['20'], offset: ['0'] });
  });

  it('searches by name after a pause in typing, and pages with limit and offset', async () => {
    open();
    expectList().flush(page([exercise()], 45));
    await fixture.whenStable();

    vi.useFakeTimers();
    typeInto(byTestId<HTMLInputElement>(fixture, 'exercise-search'), ' hop ');
    vi.advanceTimersByTime(EXERCISE_SEARCH_DEBOUNCE_MS);
    TestBed.tick();
    vi.useRealTimers();
    const search = expectList();
    expect(params(search)).toEqual({ q: ['hop'], limit: ['20'], offset: ['0'] });
    search.flush(page([exercise()], 45));
    await fixture.whenStable();

    host().querySelector<HTMLButtonElement>('.mat-mdc-paginator-navigation-next')?.click();
    TestBed.tick();
    expect(params(expectList())).toEqual({ q: ['hop'], limit: ['20'], offset: ['20'] });
  });

  it('offers "New exercise" only to users who may maintain the library', async () => {
    open('therapist');
    expectList().flush(page([], 0));
    await fixture.whenStable();
    expect(queryTestId(fixture, 'new-exercise-button')?.getAttribute('href')).toBe('/library/exercises/new');
  });

  it('hides "New exercise" from assistants (the API would refuse them)', async () => {
    open('assistant');
    expectList().flush(page([exercise()], 1));
    await fixture.whenStable();
    expect(queryTestId(fixture, 'new-exercise-button')).toBeNull();
    expect(host().querySelectorAll('[data-testid="exercise-row"]')).toHaveLength(1);
  });
});
