import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import type { Assessment } from '@proprio/contracts';

import { byTestId, queryTestId, text, typeInto } from '../../../../testing/dom';
import { apiError, assessment, episode, measurement, patient } from '../../../../testing/fixtures';
import { failWith, settleResponse, verifyNoPendingRequests } from '../../../../testing/http';
import { signInAs } from '../../../../testing/session';
import { authInterceptor } from '../../../core/auth/auth.interceptor';
import { apiErrorInterceptor } from '../../../core/http/api-error.interceptor';
import { todayIsoDate } from '../../../shared/dates/calendar-date';
import { AssessmentFormPage } from './assessment-form-page';

describe('AssessmentFormPage', () => {
  let fixture: ComponentFixture<AssessmentFormPage>;
  let backend: HttpTestingController;
  let navigate: ReturnType<typeof vi.spyOn>;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [AssessmentFormPage],
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

  async function open(sessions: Assessment[] = []): Promise<void> {
    fixture = TestBed.createComponent(AssessmentFormPage);
    fixture.componentRef.setInput('episodeId', 'e-1');
    TestBed.tick();
    backend.expectOne('/api/v1/episodes/e-1').flush(episode());
    backend.expectOne('/api/v1/episodes/e-1/assessments').flush(sessions);
    await settleResponse(() => TestBed.tick());
    backend.expectOne('/api/v1/patients/p-1').flush(patient());
    await fixture.whenStable();
  }

  function cell(id: string): HTMLInputElement {
    return byTestId<HTMLInputElement>(fixture, id);
  }

  async function typeTrials(test: string, involved: string[], uninvolved: string[]): Promise<void> {
    involved.forEach((value, column) => typeInto(cell(`hop-${test}-involved-${column}`), value));
    uninvolved.forEach((value, column) => typeInto(cell(`hop-${test}-uninvolved-${column}`), value));
    await fixture.whenStable();
  }

  function submit(): void {
    byTestId<HTMLButtonElement>(fixture, 'assessment-submit').click();
    TestBed.tick();
  }

  it('names the patient and episode, with today as the default date and the battery ready', async () => {
    await open();
    expect(text(byTestId(fixture, 'assessment-episode'))).toBe('Ada Lovelace · ACL reconstruction, left');
    expect(cell('assessment-date').value).toBe(todayIsoDate());
    for (const test of ['hop_single', 'hop_triple', 'hop_crossover', 'hop_timed_6m']) {
      expect(queryTestId(fixture, `hop-row-${test}`)).not.toBeNull();
    }
    expect(queryTestId(fixture, 'hop-row-hop_side')).toBeNull();
    expect(cell('hop-hop_single-involved-0').getAttribute('inputmode')).toBe('decimal');
  });

  it('shows the LSI of REFERENCE §8 vector 1 (single hop, 82.4%) as the trials are typed', async () => {
    await open();
    await typeTrials('hop_single', ['120', '124'], []);
    expect(text(byTestId(fixture, 'hop-lsi-hop_single'))).toBe('—');
    expect(text(byTestId(fixture, 'hop-issues-hop_single'))).toContain('Still needed');

    await typeTrials('hop_single', [], ['150']);
    expect(text(byTestId(fixture, 'hop-lsi-hop_single'))).toContain('81.3%');

    await typeTrials('hop_single', [], ['150', '146']);
    const lsi = text(byTestId(fixture, 'hop-lsi-hop_single'));
    expect(lsi).toContain('82.4%');
    expect(lsi).toContain('< 90%');
    expect(lsi).toContain('criterion not met');
    expect(text(byTestId(fixture, 'hop-lsi-hop_single'))).toContain('122.0 vs 148.0 cm (mean)');
    expect(queryTestId(fixture, 'hop-issues-hop_single')).toBeNull();
  });

  it('inverts the timed hop: REFERENCE §8 vector 3 gives 88.1%, accepting a decimal comma', async () => {
    await open();
    await typeTrials('hop_timed_6m', ['2.4', '2,3'], ['2.1', '2.04']);
    expect(text(byTestId(fixture, 'hop-lsi-hop_timed_6m'))).toContain('88.1%');
    expect(text(byTestId(fixture, 'hop-lsi-hop_timed_6m'))).not.toContain('113');
  });

  it('never clamps: an involved limb ahead of the other shows above 100%', async () => {
    await open();
    await typeTrials('hop_triple', ['480'], ['450']);
    expect(text(byTestId(fixture, 'hop-lsi-hop_triple'))).toContain('106.7%');
    expect(text(byTestId(fixture, 'hop-lsi-hop_triple'))).toContain('≥ 90%');
  });

  it('shows EPIC against the latest baseline session (REFERENCE §8 vector 5)', async () => {
    await open([
      assessment({
        id: 'a-base',
        performedOn: '2026-01-20',
        baseline: true,
        measurements: [
          measurement({ id: 'm-old', status: 'superseded', input: { trials: { involved: [1], uninvolved: [100] } } }),
          measurement({ id: 'm-base', input: { trials: { involved: [180], uninvolved: [190] } } }),
        ],
      }),
    ]);
    expect(text(byTestId(fixture, 'assessment-baseline-note'))).toContain('baseline session of 20 Jan 2026');

    await typeTrials('hop_single', ['150'], ['160']);
    expect(text(byTestId(fixture, 'hop-lsi-hop_single'))).toContain('93.8%');
    const epic = text(byTestId(fixture, 'hop-epic-hop_single'));
    expect(epic).toContain('78.9%');
    expect(epic).toContain('< 90%');

    // No baseline exists for the triple hop, and a baseline session has no EPIC of its own.
    await typeTrials('hop_triple', ['450'], ['480']);
    expect(text(byTestId(fixture, 'hop-epic-hop_triple'))).toContain('no baseline');
    byTestId<HTMLInputElement>(fixture, 'assessment-baseline').querySelector('input')?.click();
    await fixture.whenStable();
    expect(text(byTestId(fixture, 'hop-epic-hop_single'))).toContain('baseline session');
    expect(text(byTestId(fixture, 'hop-epic-hop_single'))).not.toContain('78.9');
  });

  it('sends only the filled-in tests, with every raw trial, and opens the progress page', async () => {
    await open();
    await typeTrials('hop_single', ['120', '124'], ['150', '146']);
    await typeTrials('hop_timed_6m', ['2.4', '2.3'], ['2.1', '2.04']);
    typeInto(cell('assessment-notes'), '  Felt confident  ');
    await fixture.whenStable();
    expect(text(byTestId(fixture, 'assessment-submit'))).toBe('Save session (2 tests)');

    submit();
    const request = backend.expectOne('/api/v1/episodes/e-1/assessments');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({
      performedOn: todayIsoDate(),
      baseline: false,
      notes: 'Felt confident',
      measurements: [
        {
          type: 'hop_single',
          input: { trials: { involved: [120, 124], uninvolved: [150, 146] }, aggregation: 'mean' },
        },
        {
          type: 'hop_timed_6m',
          input: { trials: { involved: [2.4, 2.3], uninvolved: [2.1, 2.04] }, aggregation: 'mean' },
        },
      ],
    });
    request.flush(assessment({ measurements: [measurement(), measurement({ id: 'm-2', type: 'hop_timed_6m' })] }), {
      status: 201,
      statusText: 'Created',
    });
    await fixture.whenStable();
    expect(navigate).toHaveBeenCalledWith(['/episodes', 'e-1', 'progress']);
  });

  it('puts the API field errors on the right input, even when a blank cell was skipped', async () => {
    await open();
    await typeTrials('hop_single', ['120', '124'], ['150', '146']);
    // The first involved timed trial is left blank: the second is sent as trial 0.
    await typeTrials('hop_timed_6m', ['', '2.3'], ['2.1', '2.04']);
    submit();

    const request = backend.expectOne('/api/v1/episodes/e-1/assessments');
    expect(request.request.body.measurements[1].input.trials.involved).toEqual([2.3]);
    failWith(
      request,
      apiError({
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        details: [
          { field: 'measurements.1.input.trials.involved.0', issue: 'must be a positive number of seconds' },
          { field: 'performedOn', issue: 'must not be in the future' },
        ],
      }),
    );
    await fixture.whenStable();

    expect(cell('hop-hop_timed_6m-involved-1').getAttribute('aria-invalid')).toBe('true');
    expect(cell('hop-hop_timed_6m-involved-0').getAttribute('aria-invalid')).toBe('false');
    expect(cell('hop-hop_single-involved-0').getAttribute('aria-invalid')).toBe('false');
    expect(text(byTestId(fixture, 'hop-issues-hop_timed_6m'))).toContain(
      'Involved trial 2: must be a positive number of seconds',
    );
    expect(text(byTestId(fixture, 'assessment-date-error'))).toBe('must not be in the future');
    expect(queryTestId(fixture, 'assessment-form-error')).toBeNull();

    // Editing the cell clears the server's message.
    typeInto(cell('hop-hop_timed_6m-involved-1'), '2.35');
    await fixture.whenStable();
    expect(cell('hop-hop_timed_6m-involved-1').getAttribute('aria-invalid')).toBe('false');
  });

  it("shows the library's issue for an impossible trial and does not send the session", async () => {
    await open();
    await typeTrials('hop_single', ['0', '124'], ['150', '146']);
    expect(cell('hop-hop_single-involved-0').getAttribute('aria-invalid')).toBe('true');
    expect(text(byTestId(fixture, 'hop-issues-hop_single'))).toContain(
      'Involved trial 1: must be a positive number of centimetres',
    );
    submit();
    await fixture.whenStable();
    backend.expectNone((request) => request.method === 'POST');
  });

  it('asks for at least one test instead of sending an empty session', async () => {
    await open();
    submit();
    await fixture.whenStable();
    backend.expectNone((request) => request.method === 'POST');
    expect(text(byTestId(fixture, 'assessment-nothing'))).toBe('Enter at least one test before saving.');
  });

  it('does not submit on Enter: it moves to the next trial, row by row', async () => {
    await open();
    const last = cell('hop-hop_single-uninvolved-1');
    last.focus();
    const event = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    last.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(byTestId(fixture, 'hop-hop_single-aggregation'));
    backend.expectNone((request) => request.method === 'POST');
  });

  it('adds a third trial column and the optional side hop', async () => {
    await open();
    byTestId<HTMLButtonElement>(fixture, 'hop-add-trial').click();
    byTestId<HTMLButtonElement>(fixture, 'hop-add-hop_side').click();
    await fixture.whenStable();
    expect(queryTestId(fixture, 'hop-hop_single-involved-2')).not.toBeNull();
    expect(queryTestId(fixture, 'hop-hop_side-uninvolved-2')).not.toBeNull();
    expect(queryTestId(fixture, 'hop-add-trial')).toBeNull();

    await typeTrials('hop_side', ['30', '32', '31'], ['36', '35', '37']);
    expect(text(byTestId(fixture, 'hop-lsi-hop_side'))).toContain('86.1%');
  });

  it('computes strength symmetry and refuses readings taken differently', async () => {
    await open();
    byTestId<HTMLButtonElement>(fixture, 'strength-add').click();
    await fixture.whenStable();
    const mode = byTestId<HTMLSelectElement>(fixture, 'strength-strength_quadriceps-involved-mode');
    mode.value = 'concentric';
    mode.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    typeInto(cell('strength-strength_quadriceps-involved-value'), '180');
    typeInto(cell('strength-strength_quadriceps-involved-device'), 'Biodex System 4');
    typeInto(cell('strength-strength_quadriceps-involved-velocity'), '60');
    typeInto(cell('strength-strength_quadriceps-uninvolved-value'), '220');
    await fixture.whenStable();
    // REFERENCE §8 vector 6; the uninvolved limb took the involved limb's protocol.
    expect(cell('strength-strength_quadriceps-uninvolved-device').value).toBe('Biodex System 4');
    expect(text(byTestId(fixture, 'strength-lsi-strength_quadriceps'))).toContain('81.8%');

    typeInto(cell('strength-strength_quadriceps-uninvolved-velocity'), '180');
    await fixture.whenStable();
    expect(text(byTestId(fixture, 'strength-issues-strength_quadriceps'))).toContain(
      'Uninvolved velocity: must be the same velocity',
    );
    expect(text(byTestId(fixture, 'strength-lsi-strength_quadriceps'))).toBe('—');
  });

  describe('knee range of motion, effusion and quadriceps lag', () => {
    /** The field a label names, as assistive technology (and Playwright's getByLabel) finds it. */
    function byLabel(label: string): HTMLInputElement | HTMLSelectElement {
      const root = fixture.nativeElement as HTMLElement;
      const labelled = root.querySelector<HTMLInputElement>(`[aria-label="${label}"]`);
      if (labelled) {
        return labelled;
      }
      const element = Array.from(root.querySelectorAll('label')).find((l) => text(l) === label);
      const field = element ? root.querySelector<HTMLInputElement | HTMLSelectElement>(`#${element.htmlFor}`) : null;
      if (!field) {
        throw new Error(`No field labelled "${label}"`);
      }
      return field;
    }

    function select(label: string, value: string): void {
      const field = byLabel(label);
      field.value = value;
      field.dispatchEvent(new Event('change'));
    }

    it('computes the arc and side-to-side differences, and sends the three measures as typed', async () => {
      await open();
      typeInto(byLabel('Involved extension deficit (°)') as HTMLInputElement, '5');
      typeInto(byLabel('Involved flexion (°)') as HTMLInputElement, '120');
      typeInto(byLabel('Uninvolved extension deficit (°)') as HTMLInputElement, '-3');
      typeInto(byLabel('Uninvolved flexion (°)') as HTMLInputElement, '140');
      select('Effusion grade', '1+');
      typeInto(byLabel('Quadriceps lag (°)') as HTMLInputElement, '3');
      await fixture.whenStable();

      expect(text(byTestId(fixture, 'knee-rom-arc-involved'))).toBe('115°');
      expect(text(byTestId(fixture, 'knee-rom-arc-uninvolved'))).toBe('143°');
      expect(text(byTestId(fixture, 'knee-rom-extension-difference'))).toBe('Extension vs other knee: 8°');
      expect(text(byTestId(fixture, 'knee-rom-flexion-deficit'))).toBe('Flexion deficit vs other knee: 20°');
      expect(queryTestId(fixture, 'knee-rom-issues')).toBeNull();
      expect(text(byTestId(fixture, 'assessment-submit'))).toBe('Save session (3 tests)');

      submit();
      const request = backend.expectOne('/api/v1/episodes/e-1/assessments');
      expect(request.request.body.measurements).toEqual([
        {
          type: 'knee_rom',
          input: {
            involved: { extensionDeficitDeg: 5, flexionDeg: 120 },
            uninvolved: { extensionDeficitDeg: -3, flexionDeg: 140 },
          },
        },
        { type: 'effusion', input: { grade: '1+' } },
        { type: 'quadriceps_lag', input: { degrees: 3 } },
      ]);
      request.flush(assessment(), { status: 201, statusText: 'Created' });
      await fixture.whenStable();
    });

    it('sends the involved knee alone when the other was not measured', async () => {
      await open();
      typeInto(byLabel('Involved flexion (°)') as HTMLInputElement, '95');
      await fixture.whenStable();
      submit();
      const request = backend.expectOne('/api/v1/episodes/e-1/assessments');
      expect(request.request.body.measurements).toEqual([
        { type: 'knee_rom', input: { involved: { flexionDeg: 95 } } },
      ]);
      request.flush(assessment(), { status: 201, statusText: 'Created' });
      await fixture.whenStable();
    });

    it("shows the library's issues live and does not send impossible values", async () => {
      await open();
      typeInto(byLabel('Involved flexion (°)') as HTMLInputElement, '200');
      typeInto(byLabel('Quadriceps lag (°)') as HTMLInputElement, '-2');
      await fixture.whenStable();

      expect(byLabel('Involved flexion (°)').getAttribute('aria-invalid')).toBe('true');
      expect(text(byTestId(fixture, 'knee-rom-issues'))).toBe(
        'Involved flexion: must be a flexion angle in degrees from 0 to 180',
      );
      expect(byLabel('Quadriceps lag (°)').getAttribute('aria-invalid')).toBe('true');
      expect(text(byTestId(fixture, 'quadriceps-lag-issues'))).toBe(
        'Quadriceps lag: must be a lag in degrees from 0 to 90',
      );
      submit();
      await fixture.whenStable();
      backend.expectNone((request) => request.method === 'POST');
    });

    it('asks for the involved knee when only the other one was measured', async () => {
      await open();
      typeInto(byLabel('Uninvolved flexion (°)') as HTMLInputElement, '140');
      await fixture.whenStable();
      expect(text(byTestId(fixture, 'knee-rom-issues'))).toBe(
        'Still needed — Involved knee: must give the extension deficit, the flexion, or both',
      );
      submit();
      await fixture.whenStable();
      backend.expectNone((request) => request.method === 'POST');
      expect(byLabel('Involved extension deficit (°)').getAttribute('aria-invalid')).toBe('true');
    });

    it("puts the API's errors on the knee inputs they are about", async () => {
      await open();
      typeInto(byLabel('Involved extension deficit (°)') as HTMLInputElement, '2');
      typeInto(byLabel('Involved flexion (°)') as HTMLInputElement, '130');
      select('Effusion grade', 'trace');
      await fixture.whenStable();
      submit();
      failWith(
        backend.expectOne('/api/v1/episodes/e-1/assessments'),
        apiError({
          statusCode: 400,
          code: 'VALIDATION_FAILED',
          details: [
            {
              field: 'measurements.0.input.involved.flexionDeg',
              issue: 'must not be smaller than the extension deficit',
            },
            { field: 'measurements.1.input.grade', issue: 'is not a stroke-test grade' },
          ],
        }),
      );
      await fixture.whenStable();
      expect(byLabel('Involved flexion (°)').getAttribute('aria-invalid')).toBe('true');
      expect(byLabel('Involved extension deficit (°)').getAttribute('aria-invalid')).toBe('false');
      expect(text(byTestId(fixture, 'knee-rom-issues'))).toBe(
        'Involved flexion: must not be smaller than the extension deficit',
      );
      expect(byLabel('Effusion grade').getAttribute('aria-invalid')).toBe('true');
      expect(text(byTestId(fixture, 'effusion-issues'))).toBe('Effusion grade: is not a stroke-test grade');
      expect(queryTestId(fixture, 'assessment-form-error')).toBeNull();
    });
  });
});
