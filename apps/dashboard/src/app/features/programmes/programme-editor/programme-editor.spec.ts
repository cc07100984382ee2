import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import type { Programme } from '@proprio/contracts';

import { byTestId, queryTestId, text, typeInto } from '../../../../testing/dom';
import { apiError, page } from '../../../../testing/fixtures';
import { failWith, settleResponse, verifyNoPendingRequests } from '../../../../testing/http';
import { signInAs } from '../../../../testing/session';
import { authInterceptor } from '../../../core/auth/auth.interceptor';
import { apiErrorInterceptor } from '../../../core/http/api-error.interceptor';
import { bridgeExercise, exercise, programme, stanceExercise } from '../testing/programme-fixtures';
import { ProgrammeEditor } from './programme-editor';

describe('ProgrammeEditor', () => {
  let fixture: ComponentFixture<ProgrammeEditor>;
  let backend: HttpTestingController;
  let saved: Programme[];
  let reloads: number;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [ProgrammeEditor],
      providers: [
        provideHttpClient(withInterceptors([apiErrorInterceptor, authInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    signInAs('therapist');
    fixture = TestBed.createComponent(ProgrammeEditor);
    fixture.componentRef.setInput('programme', programme());
    saved = [];
    reloads = 0;
    fixture.componentInstance.saved.subscribe((value) => saved.push(value));
    fixture.componentInstance.reload.subscribe(() => (reloads += 1));
    TestBed.tick();
    const library = backend.expectOne((request) => request.url === '/api/v1/exercises');
    expect(library.request.params.get('includeArchived')).toBe('true');
    library.flush(page([stanceExercise(), bridgeExercise()]));
    await fixture.whenStable();
  });

  afterEach(() => verifyNoPendingRequests(backend));

  function cell(id: string): HTMLInputElement {
    return byTestId<HTMLInputElement>(fixture, id);
  }

  function choose(id: string, value: string): void {
    const select = byTestId<HTMLSelectElement>(fixture, id);
    select.value = value;
    select.dispatchEvent(new Event('change'));
  }

  function dialogElement(testId: string): HTMLElement {
    const element = document.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
    if (!element) {
      throw new Error(`No dialog element ${testId}`);
    }
    return element;
  }

  function save(): TestRequest {
    byTestId<HTMLButtonElement>(fixture, 'editor-save').click();
    TestBed.tick();
    return backend.expectOne((request) => request.url === '/api/v1/episodes/e-1/programme' && request.method === 'PUT');
  }

  it('lists the prescription with its dosage, and the progression settings each exercise uses', () => {
    expect(text(byTestId(fixture, 'item-0').querySelector('[data-testid="item-name"]'))).toBe('Single-leg stance');
    expect(cell('item-0-sets').value).toBe('3');
    expect(cell('item-0-holdSeconds').value).toBe('30');
    expect(cell('item-0-reps').value).toBe('');
    expect(cell('item-0-sets').getAttribute('aria-label')).toBe('Sets for Single-leg stance');
    expect(byTestId<HTMLSelectElement>(fixture, 'item-0-progression-surface').value).toBe('firm');
    expect(queryTestId(fixture, 'item-0-progression-perturbation')).not.toBeNull();
    expect(queryTestId(fixture, 'item-0-progression-base')).toBeNull();
    expect(queryTestId(fixture, 'item-1-progression-base')).not.toBeNull();
    expect(byTestId<HTMLButtonElement>(fixture, 'editor-save').disabled).toBe(true);
  });

  it('checks each dosage cell against the library’s bounds and sends nothing while one is wrong', async () => {
    typeInto(cell('item-0-sets'), '11');
    typeInto(cell('item-1-reps'), '');
    typeInto(cell('item-1-loadKg'), '2.25');
    await fixture.whenStable();

    expect(cell('item-0-sets').getAttribute('aria-invalid')).toBe('true');
    expect(text(byTestId(fixture, 'item-0-problems'))).toBe('Sets: Enter a whole number from 1 to 10.');
    const problems = text(byTestId(fixture, 'item-1-problems'));
    expect(problems).toContain('Reps: Enter the reps, a hold time, or both.');
    expect(problems).toContain('Load kg: Enter kg from 0 to 300 with at most one decimal');

    byTestId<HTMLButtonElement>(fixture, 'editor-save').click();
    TestBed.tick();
    backend.expectNone((request) => request.method === 'PUT');
  });

  it('saves the edited prescription: ids kept for existing items, none for an added exercise', async () => {
    typeInto(cell('item-1-reps'), '12');
    typeInto(cell('item-1-loadKg'), '2,5');
    choose('item-0-progression-surface', 'foam');
    typeInto(cell('item-0-notes'), 'Eyes on a fixed point');

    byTestId<HTMLButtonElement>(fixture, 'add-exercise').click();
    await settleResponse(() => TestBed.tick());
    const search = backend.expectOne((request) => request.url === '/api/v1/exercises');
    expect(search.request.params.getAll('phase')).toEqual(['p1']);
    expect(search.request.params.getAll('equipment')).toEqual(['mat', 'foam_pad']);
    expect(search.request.params.get('availableOnly')).toBe('true');
    search.flush(page([exercise(), stanceExercise()]));
    await fixture.whenStable();
    expect(text(dialogElement('picker-exercise-ex-stance'))).toContain('In the programme');
    dialogElement('picker-add-ex-nordic').click();
    await fixture.whenStable();

    expect(text(byTestId(fixture, 'item-2').querySelector('[data-testid="item-name"]'))).toBe('Nordic hamstring');
    expect(cell('item-2-reps').value).toBe('5');
    expect(queryTestId(fixture, 'item-2-progression-speed')).not.toBeNull();
    typeInto(byTestId<HTMLInputElement>(fixture, 'editor-reason'), '  Ready for more load  ');
    await fixture.whenStable();

    const request = save();
    expect(request.request.body).toEqual({
      version: 3,
      reason: 'Ready for more load',
      items: [
        {
          id: 'item-1',
          exerciseId: 'ex-stance',
          dosage: { sets: 3, reps: null, holdSeconds: 30, frequencyPerWeek: 5, loadKg: null },
          progression: { surface: 'foam', vision: 'eyes_open' },
          notes: 'Eyes on a fixed point',
        },
        {
          id: 'item-2',
          exerciseId: 'ex-bridge',
          dosage: { sets: 3, reps: 12, holdSeconds: null, frequencyPerWeek: 3, loadKg: 2.5 },
          progression: {},
          notes: null,
        },
        {
          exerciseId: 'ex-nordic',
          dosage: { sets: 3, reps: 5, holdSeconds: null, frequencyPerWeek: 2, loadKg: null },
          progression: {},
          notes: null,
        },
      ],
    });
    const updated = programme({ version: 4, revision: 2 });
    request.flush(updated);
    await fixture.whenStable();
    expect(saved).toEqual([updated]);
  });

  it('removes an exercise from the prescription', async () => {
    byTestId<HTMLButtonElement>(fixture, 'item-0-remove').click();
    await fixture.whenStable();
    expect(text(byTestId(fixture, 'item-0').querySelector('[data-testid="item-name"]'))).toBe('Bridge');
    const request = save();
    expect((request.request.body as { items: { id?: string }[] }).items.map((item) => item.id)).toEqual(['item-2']);
    request.flush(programme({ version: 4 }));
    await fixture.whenStable();
  });

  it('shows the API’s field errors against the row and cell they are about', async () => {
    typeInto(cell('item-1-reps'), '12');
    await fixture.whenStable();
    failWith(
      save(),
      apiError({
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        details: [
          { field: 'items.1.dosage.reps', issue: 'must be a whole number from 1 to 100' },
          { field: 'items.0.progression.surface', issue: 'is not a setting of this exercise' },
        ],
      }),
    );
    await fixture.whenStable();

    expect(cell('item-1-reps').getAttribute('aria-invalid')).toBe('true');
    expect(text(byTestId(fixture, 'item-1-problems'))).toBe('Reps: must be a whole number from 1 to 100');
    expect(text(byTestId(fixture, 'item-0-problems'))).toBe('Surface: is not a setting of this exercise');
    expect(byTestId(fixture, 'item-0-progression-surface').getAttribute('aria-invalid')).toBe('true');
    expect(queryTestId(fixture, 'editor-error')).toBeNull();
  });

  it('explains a version conflict and asks the page to reload the programme', async () => {
    typeInto(cell('item-1-reps'), '12');
    await fixture.whenStable();
    failWith(save(), apiError({ statusCode: 409, code: 'VERSION_CONFLICT' }));
    await fixture.whenStable();

    expect(text(byTestId(fixture, 'editor-error'))).toContain('Someone else changed this programme');
    expect(reloads).toBe(1);
    // The reloaded programme replaces the edits.
    fixture.componentRef.setInput('programme', programme({ version: 5 }));
    await fixture.whenStable();
    expect(cell('item-1-reps').value).toBe('10');
  });
});
