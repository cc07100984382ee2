import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { By } from '@angular/platform-browser';
import { provideRouter } from '@angular/router';
import type { Role } from '@proprio/contracts';
import { BaseChartDirective } from 'ng2-charts';

import { byTestId, queryTestId, text, typeInto } from '../../../../testing/dom';
import {
  assessment,
  episode,
  measurement,
  patient,
  promTrend,
  questionnaireResponse,
  symmetryTrend,
} from '../../../../testing/fixtures';
import { settleResponse, verifyNoPendingRequests } from '../../../../testing/http';
import { signInAs } from '../../../../testing/session';
import { authInterceptor } from '../../../core/auth/auth.interceptor';
import { apiErrorInterceptor } from '../../../core/http/api-error.interceptor';
import { ProgressPage } from './progress-page';

const SESSIONS = [
  assessment({
    id: 'a-1',
    performedOn: '2026-03-01',
    measurements: [
      measurement({ id: 'm-1', status: 'superseded' }),
      measurement({
        id: 'm-2',
        supersedesId: 'm-1',
        changeReason: 'Trial 2 was typed in the wrong limb',
        input: { trials: { involved: [150], uninvolved: [160] }, aggregation: 'mean' },
        lsi: 93.75,
        epic: 78.94736842105263,
      }),
      measurement({ id: 'm-3', type: 'knee_rom', input: { extensionDeficitDeg: 2, flexionDeg: 130 }, lsi: null }),
    ],
  }),
  assessment({
    id: 'a-0',
    performedOn: '2026-01-20',
    baseline: true,
    measurements: [
      measurement({
        id: 'm-0',
        input: { trials: { involved: [180], uninvolved: [190] }, aggregation: 'mean' },
        lsi: 94.7,
      }),
      measurement({ id: 'm-v', type: 'hop_triple', status: 'voided', changeReason: 'Wrong patient' }),
    ],
  }),
];

describe('ProgressPage', () => {
  let fixture: ComponentFixture<ProgressPage>;
  let backend: HttpTestingController;

  beforeEach(() => {
    // jsdom has no canvas: Chart.js is left without a context, while the chart inputs are still built.
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    TestBed.configureTestingModule({
      imports: [ProgressPage],
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([apiErrorInterceptor, authInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    vi.restoreAllMocks();
    verifyNoPendingRequests(backend);
  });

  async function open(role: Role = 'therapist'): Promise<void> {
    signInAs(role);
    fixture = TestBed.createComponent(ProgressPage);
    fixture.componentRef.setInput('episodeId', 'e-1');
    TestBed.tick();
    backend.expectOne('/api/v1/episodes/e-1').flush(episode());
    backend.expectOne('/api/v1/episodes/e-1/symmetry').flush([symmetryTrend()]);
    backend.expectOne('/api/v1/episodes/e-1/prom-trends').flush([promTrend()]);
    backend.expectOne('/api/v1/episodes/e-1/assessments').flush(SESSIONS);
    backend.expectOne('/api/v1/episodes/e-1/questionnaires').flush([questionnaireResponse()]);
    await settleResponse(() => TestBed.tick());
    backend.expectOne('/api/v1/patients/p-1').flush(patient());
    await fixture.whenStable();
  }

  function charts(): BaseChartDirective[] {
    const directives: BaseChartDirective[] = fixture.debugElement
      .queryAll(By.directive(BaseChartDirective))
      .map((element) => element.injector.get(BaseChartDirective));
    return directives;
  }

  function dialogElement(testId: string): HTMLElement {
    const element = document.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
    if (!element) {
      throw new Error(`No dialog element ${testId}`);
    }
    return element;
  }

  it('builds a line chart per test with LSI, EPIC, the 90% line and the error band', async () => {
    await open();
    const [symmetry, prom] = charts();
    expect(charts()).toHaveLength(2);
    expect(symmetry?.type).toBe('line');
    const datasets = symmetry?.data?.datasets ?? [];
    expect(datasets.map((dataset) => dataset.label)).toEqual([
      'Previous LSI ± MDC90 (13.0 pts)',
      'LSI',
      'EPIC',
      'Criterion ≥ 90%',
    ]);
    const criterion = datasets[3]?.data as { x: number; y: number }[];
    expect(criterion.map((point) => point.y)).toEqual([90, 90]);
    expect(symmetry?.plugins.map((plugin) => plugin.id)).toEqual(['measurementErrorBand']);
    expect(prom?.data?.datasets.map((dataset) => dataset.label)).toContain('Pain PASS 85.4');

    expect(text(byTestId(fixture, 'symmetry-chart-hop_single'))).toContain('Single hop for distance');
    const summary = text(byTestId(fixture, 'symmetry-summary-hop_single'));
    expect(summary).toContain('Latest LSI 82.4%');
    expect(summary).toContain('EPIC 78.9%');
    expect(summary).toContain('−12.6 pts since the previous session: within measurement error (MDC90 13.0)');
    expect(text(byTestId(fixture, 'prom-summary-koos'))).toContain('Pain 83.3 PASS 85.4 not reached');
    const canvas = byTestId(fixture, 'symmetry-chart-hop_single').querySelector('canvas');
    expect(canvas?.getAttribute('aria-label')).toContain('latest LSI 82.4%');
  });

  it('lists every value, superseded and voided ones marked with their reasons', async () => {
    await open();
    const rows = Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('[data-testid="value-row"]'));
    expect(rows.map((row) => row.getAttribute('data-status'))).toEqual([
      'superseded',
      'current',
      'current',
      'current',
      'voided',
    ]);
    expect(text(rows[0] ?? null)).toContain('Corrected: Trial 2 was typed in the wrong limb');
    expect(text(rows[1] ?? null)).toContain('Correction: Trial 2 was typed in the wrong limb');
    expect(text(rows[4] ?? null)).toContain('Voided: Wrong patient');
    expect(text(rows[3] ?? null)).toContain('Baseline');
    // Only current values can be corrected; measures without an editor here can only be voided.
    expect(rows[0]?.querySelector('[data-testid="value-void"]')).toBeNull();
    expect(rows[1]?.querySelector('[data-testid="value-correct"]')).not.toBeNull();
    expect(rows[2]?.querySelector('[data-testid="value-correct"]')).toBeNull();
    expect(rows[2]?.querySelector('[data-testid="value-void"]')).not.toBeNull();
  });

  it('hides recording and correcting from a role without measure:write', async () => {
    await open('admin');
    expect(queryTestId(fixture, 'progress-record-assessment')).toBeNull();
    expect(queryTestId(fixture, 'value-correct')).toBeNull();
    expect(queryTestId(fixture, 'value-void')).toBeNull();
    expect(queryTestId(fixture, 'response-void')).toBeNull();
  });

  it('voids a value with the reason given, then reloads the trend', async () => {
    await open();
    const row = (fixture.nativeElement as HTMLElement).querySelectorAll<HTMLElement>('[data-testid="value-row"]')[2];
    row?.querySelector<HTMLButtonElement>('[data-testid="value-void"]')?.click();
    await fixture.whenStable();

    typeInto(dialogElement('reason-input') as HTMLInputElement, '  Entered for the wrong knee  ');
    dialogElement('reason-confirm').click();
    const request = backend.expectOne('/api/v1/measurements/m-3/void');
    expect(request.request.body).toEqual({ reason: 'Entered for the wrong knee' });
    request.flush(measurement({ id: 'm-3', status: 'voided' }));
    // The reloads are pending resources: let them send their requests rather than wait for them.
    await settleResponse(() => TestBed.tick());

    backend.expectOne('/api/v1/episodes/e-1/symmetry').flush([symmetryTrend()]);
    backend.expectOne('/api/v1/episodes/e-1/assessments').flush(SESSIONS);
    await fixture.whenStable();
  });

  it('corrects a hop value in a dialog with the live LSI, sending the new raw trials and the reason', async () => {
    await open();
    const row = (fixture.nativeElement as HTMLElement).querySelectorAll<HTMLElement>('[data-testid="value-row"]')[1];
    row?.querySelector<HTMLButtonElement>('[data-testid="value-correct"]')?.click();
    await fixture.whenStable();

    expect((dialogElement('hop-hop_single-involved-0') as HTMLInputElement).value).toBe('150');
    expect(text(dialogElement('hop-lsi-hop_single'))).toContain('93.8%');
    // EPIC against the baseline session of 20 Jan (uninvolved 190): REFERENCE §8 vector 5.
    expect(text(dialogElement('hop-epic-hop_single'))).toContain('78.9%');

    typeInto(dialogElement('hop-hop_single-involved-1') as HTMLInputElement, '154');
    await fixture.whenStable();
    expect(text(dialogElement('hop-lsi-hop_single'))).toContain('95.0%');

    dialogElement('amend-submit').click();
    await fixture.whenStable();
    backend.expectNone('/api/v1/measurements/m-2/amend');
    expect(text(dialogElement('amend-reason-error'))).toBe('This field is required.');

    typeInto(dialogElement('amend-reason') as HTMLInputElement, 'Second trial was missed');
    dialogElement('amend-submit').click();
    const request = backend.expectOne('/api/v1/measurements/m-2/amend');
    expect(request.request.body).toEqual({
      reason: 'Second trial was missed',
      input: { trials: { involved: [150, 154], uninvolved: [160] }, aggregation: 'mean' },
    });
    request.flush(measurement({ id: 'm-4', supersedesId: 'm-2' }));
    await settleResponse(() => TestBed.tick());
    backend.expectOne('/api/v1/episodes/e-1/symmetry').flush([symmetryTrend()]);
    backend.expectOne('/api/v1/episodes/e-1/assessments').flush(SESSIONS);
    await fixture.whenStable();
  });
});
