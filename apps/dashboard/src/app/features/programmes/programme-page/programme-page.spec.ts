import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { Programme, ProgrammeHistory, Progression, Role } from '@proprio/contracts';

import { byTestId, queryTestId, text, typeInto } from '../../../../testing/dom';
import { apiError, episode, page, patient, user } from '../../../../testing/fixtures';
import { failWith, settleResponse, verifyNoPendingRequests } from '../../../../testing/http';
import { signInAs } from '../../../../testing/session';
import { authInterceptor } from '../../../core/auth/auth.interceptor';
import { apiErrorInterceptor } from '../../../core/http/api-error.interceptor';
import {
  allMetEvaluation,
  bridgeExercise,
  programme,
  programmeHistory,
  progression,
  protocolSummary,
  protocolVersion,
  protocolWithVersions,
  sessionPage,
  stanceExercise,
} from '../testing/programme-fixtures';
import { ProgrammePage } from './programme-page';

interface OpenOptions {
  role?: Role;
  programme?: Programme | null;
  progression?: Progression;
  history?: ProgrammeHistory;
}

describe('ProgrammePage', () => {
  let fixture: ComponentFixture<ProgrammePage>;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [ProgrammePage],
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([apiErrorInterceptor, authInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => verifyNoPendingRequests(backend));

  function expectUrl(url: string, method = 'GET'): TestRequest {
    return backend.expectOne((request) => request.url === url && request.method === method);
  }

  /** Answers the requests that follow a programme's arrival: its gate, its history, and the editor's library. */
  async function flushProgrammeDetails(
    options: { progression?: Progression | false; history?: ProgrammeHistory; editor?: boolean } = {},
  ): Promise<void> {
    await settleResponse(() => TestBed.tick());
    if (options.progression !== false) {
      expectUrl('/api/v1/episodes/e-1/programme/progression').flush(options.progression ?? progression());
    }
    expectUrl('/api/v1/episodes/e-1/programme/history').flush(options.history ?? programmeHistory());
    if (options.editor) {
      expectUrl('/api/v1/exercises').flush(page([stanceExercise(), bridgeExercise()]));
    }
    await fixture.whenStable();
  }

  async function open(options: OpenOptions = {}): Promise<void> {
    const role = options.role ?? 'therapist';
    const current = options.programme === undefined ? programme() : options.programme;
    signInAs(role);
    fixture = TestBed.createComponent(ProgrammePage);
    fixture.componentRef.setInput('episodeId', 'e-1');
    TestBed.tick();
    backend.expectOne('/api/v1/episodes/e-1').flush(episode());
    const programmeRequest = backend.expectOne('/api/v1/episodes/e-1/programme');
    if (current) {
      programmeRequest.flush(current);
    } else {
      failWith(programmeRequest, apiError({ statusCode: 404, code: 'PROGRAMME_NOT_FOUND' }));
    }
    if (role !== 'assistant') {
      expectUrl('/api/v1/users').flush(page([user({ id: 'u-2', displayName: 'Sam Assistant' })]));
    }
    const sessions = expectUrl('/api/v1/episodes/e-1/sessions');
    expect(sessions.request.params.get('limit')).toBe('10');
    sessions.flush(sessionPage());
    await settleResponse(() => TestBed.tick());
    backend.expectOne('/api/v1/patients/p-1').flush(patient());
    if (current) {
      await flushProgrammeDetails({ ...options, editor: role === 'therapist' });
    } else {
      // The assign form's look-ups are left to the test.
      await settleResponse(() => TestBed.tick());
    }
  }

  function dialogElement<T extends HTMLElement = HTMLElement>(testId: string): T {
    const element = document.querySelector<T>(`[data-testid="${testId}"]`);
    if (!element) {
      throw new Error(`No dialog element ${testId}`);
    }
    return element;
  }

  function checklistRows(): HTMLElement[] {
    return Array.from(byTestId(fixture, 'criteria-checklist').querySelectorAll<HTMLElement>('li'));
  }

  describe('without a programme', () => {
    it('assigns the seeded protocol’s latest version with the patient’s equipment, set and start phase', async () => {
      await open({ programme: null });
      // The form asks for the protocols, then the default protocol's versions, then that version's definition.
      expectUrl('/api/v1/protocols').flush(
        page([protocolSummary({ id: 'proto-clinic', source: 'clinic', title: 'Clinic variant' }), protocolSummary()]),
      );
      await settleResponse(() => TestBed.tick());
      expectUrl('/api/v1/protocols/proto-seeded').flush(protocolWithVersions());
      await settleResponse(() => TestBed.tick());
      expectUrl('/api/v1/protocol-versions/pv-2').flush(protocolVersion());
      await fixture.whenStable();

      const protocolSelect = byTestId<HTMLSelectElement>(fixture, 'assign-protocol');
      expect(Array.from(protocolSelect.options).map((option) => option.text.trim())).toEqual([
        'Post-ACL criteria-based rehabilitation (seeded)',
        'Clinic variant',
      ]);
      expect(protocolSelect.value).toBe('proto-seeded');
      expect(byTestId<HTMLSelectElement>(fixture, 'assign-version').value).toBe('pv-2');
      expect(byTestId<HTMLSelectElement>(fixture, 'assign-rts-set').value).toBe('delaware');
      const start = byTestId<HTMLSelectElement>(fixture, 'assign-start-phase');
      expect(start.value).toBe('');
      expect(start.options[0]?.text).toBe('Follow the episode');

      byTestId(fixture, 'equipment-mat').querySelector('input')?.click();
      byTestId(fixture, 'equipment-foam_pad').querySelector('input')?.click();
      const rts = byTestId<HTMLSelectElement>(fixture, 'assign-rts-set');
      rts.value = 'kyritsis';
      rts.dispatchEvent(new Event('change'));
      start.value = 'p1';
      start.dispatchEvent(new Event('change'));
      await fixture.whenStable();

      byTestId<HTMLButtonElement>(fixture, 'assign-submit').click();
      TestBed.tick();
      const request = expectUrl('/api/v1/episodes/e-1/programme', 'POST');
      expect(request.request.body).toEqual({
        protocolVersionId: 'pv-2',
        equipment: ['mat', 'foam_pad'],
        returnToSportSetKey: 'kyritsis',
        startPhaseKey: 'p1',
      });
      request.flush(programme());
      await flushProgrammeDetails({ editor: true });

      expect(queryTestId(fixture, 'assign-form')).toBeNull();
      expect(text(byTestId(fixture, 'programme-protocol'))).toBe('Post-ACL criteria-based rehabilitation · version 2');
    });

    it('leaves the start phase to the API by default, and shows a field error under its field', async () => {
      await open({ programme: null });
      expectUrl('/api/v1/protocols').flush(page([protocolSummary()]));
      await settleResponse(() => TestBed.tick());
      expectUrl('/api/v1/protocols/proto-seeded').flush(protocolWithVersions());
      await settleResponse(() => TestBed.tick());
      expectUrl('/api/v1/protocol-versions/pv-2').flush(protocolVersion());
      await fixture.whenStable();

      byTestId<HTMLButtonElement>(fixture, 'assign-submit').click();
      TestBed.tick();
      const request = expectUrl('/api/v1/episodes/e-1/programme', 'POST');
      expect(request.request.body).toEqual({
        protocolVersionId: 'pv-2',
        equipment: [],
        returnToSportSetKey: 'delaware',
      });
      failWith(
        request,
        apiError({
          statusCode: 400,
          code: 'VALIDATION_FAILED',
          details: [{ field: 'returnToSportSetKey', issue: 'is not a set of this protocol version' }],
        }),
      );
      await fixture.whenStable();
      expect(text(byTestId(fixture, 'assign-form'))).toContain('is not a set of this protocol version');
      expect(queryTestId(fixture, 'assign-error')).toBeNull();
    });

    it('tells a role that may not assign that there is no programme yet', async () => {
      await open({ role: 'assistant', programme: null });
      expect(text(byTestId(fixture, 'no-programme'))).toContain('No programme has been assigned');
      expect(queryTestId(fixture, 'assign-form')).toBeNull();
      expect(queryTestId(fixture, 'log-session-link')).not.toBeNull();
    });
  });

  describe('with a programme', () => {
    it('shows the protocol, the current phase and who is responsible', async () => {
      await open();
      expect(text(byTestId(fixture, 'programme-phase'))).toBe('Phase 1: early post-operative');
      expect(text(byTestId(fixture, 'programme-phase-started'))).toContain('1 Feb 2026');
      expect(text(byTestId(fixture, 'programme-therapist'))).toBe('Test therapist (you)');
      expect(text(byTestId(fixture, 'programme-equipment'))).toBe('Mat, Foam pad');
      expect(text(byTestId(fixture, 'visits-count'))).toBe('3 visits since the last progress note (due at 10).');
    });

    it('draws the phase timeline in order with each phase’s status and advisory timing', async () => {
      await open();
      const items = Array.from(byTestId(fixture, 'phase-timeline').querySelectorAll('li'));
      expect(items.map((item) => item.getAttribute('data-status'))).toEqual([
        'done',
        'current',
        'upcoming',
        'upcoming',
      ]);
      expect(text(items[1]?.querySelector('.name') ?? null)).toBe('Phase 1: early post-operative');
      expect(text(items[1]?.querySelector('.status') ?? null)).toBe('Current');
      expect(text(items[1]?.querySelector('.weeks') ?? null)).toBe('Typically weeks 0–2 after surgery');
      expect(items[1]?.getAttribute('aria-current')).toBe('step');
    });

    it('lists each exit criterion with its target, latest value and date, and status in words', async () => {
      await open();
      const rows = checklistRows();
      expect(rows.map((row) => text(row.querySelector('[data-testid="criterion-status"]')))).toEqual([
        'Not met',
        'Not measured',
        'Met',
        'Not measured',
      ]);
      expect(rows.map((row) => row.getAttribute('data-status'))).toEqual([
        'not_met',
        'not_measured',
        'met',
        'not_measured',
      ]);
      expect(text(rows[0] ?? null)).toContain('Single hop LSI');
      expect(text(rows[0] ?? null)).toContain('Target ≥ 90%');
      expect(text(rows[0] ?? null)).toContain('Latest 82.4% on 1 Mar 2026');
      expect(text(rows[1] ?? null)).toContain('No value yet');
      expect(text(rows[2] ?? null)).toContain('Target ≤ trace');
      expect(text(rows[3] ?? null)).toContain('Bonus, does not gate');
      expect(text(byTestId(fixture, 'blocking-summary'))).toBe(
        'What blocks the next phase: Single hop LSI (not met), Quadriceps strength LSI (not measured).',
      );
    });

    it('requires a written override reason to advance with criteria unmet, and sends it', async () => {
      await open();
      byTestId<HTMLButtonElement>(fixture, 'advance-phase').click();
      await fixture.whenStable();

      expect(text(dialogElement('advance-unmet'))).toContain('Single hop LSI (target ≥ 90%): not met');
      expect(text(dialogElement('advance-unmet'))).toContain('Quadriceps strength LSI (target ≥ 90%): not measured');
      expect(text(dialogElement('advance-unmet'))).not.toContain('leg press');
      const confirm = dialogElement<HTMLButtonElement>('advance-confirm');
      expect(confirm.disabled).toBe(true);

      typeInto(dialogElement<HTMLInputElement>('override-reason'), '  Surgeon cleared the progression  ');
      await fixture.whenStable();
      expect(confirm.disabled).toBe(false);
      confirm.click();

      const request = expectUrl('/api/v1/episodes/e-1/programme/advance', 'POST');
      expect(request.request.body).toEqual({ version: 3, overrideReason: 'Surgeon cleared the progression' });
      request.flush(
        programme({
          currentPhaseKey: 'p2',
          currentPhaseName: 'Phase 2: strength and control',
          phaseStartedOn: '2026-03-08',
          version: 4,
        }),
      );
      await flushProgrammeDetails({ progression: progression({ phases: [] }) });
      expect(document.querySelector('[data-testid="advance-confirm"]')).toBeNull();
      expect(text(byTestId(fixture, 'programme-phase'))).toBe('Phase 2: strength and control');
    });

    it('asks only for confirmation when every criterion is met', async () => {
      await open({ progression: progression({ evaluation: allMetEvaluation() }) });
      expect(text(byTestId(fixture, 'blocking-summary'))).toContain('nothing');
      byTestId<HTMLButtonElement>(fixture, 'advance-phase').click();
      await fixture.whenStable();

      expect(text(dialogElement('advance-all-met'))).toContain('Every required exit criterion');
      expect(document.querySelector('[data-testid="override-reason"]')).toBeNull();
      dialogElement<HTMLButtonElement>('advance-confirm').click();
      const request = expectUrl('/api/v1/episodes/e-1/programme/advance', 'POST');
      expect(request.request.body).toEqual({ version: 3 });
      request.flush(programme({ currentPhaseKey: 'p2', currentPhaseName: 'Phase 2', version: 4 }));
      await flushProgrammeDetails();
    });

    it('explains a refusal for unmet criteria and then asks for a reason', async () => {
      await open({ progression: progression({ evaluation: allMetEvaluation() }) });
      byTestId<HTMLButtonElement>(fixture, 'advance-phase').click();
      await fixture.whenStable();
      dialogElement<HTMLButtonElement>('advance-confirm').click();
      failWith(
        expectUrl('/api/v1/episodes/e-1/programme/advance', 'POST'),
        apiError({ statusCode: 409, code: 'CRITERIA_NOT_MET' }),
      );
      await settleResponse(() => TestBed.tick());
      expectUrl('/api/v1/episodes/e-1/programme/progression').flush(progression());
      await fixture.whenStable();

      expect(text(dialogElement('advance-error'))).toContain('Not every exit criterion is met');
      expect(dialogElement<HTMLButtonElement>('advance-confirm').disabled).toBe(true);
      expect(dialogElement('override-reason')).toBeTruthy();
    });

    it('says clearly when someone else changed the programme, and reloads it', async () => {
      await open();
      byTestId<HTMLButtonElement>(fixture, 'advance-phase').click();
      await fixture.whenStable();
      typeInto(dialogElement<HTMLInputElement>('override-reason'), 'Cleared by the surgeon');
      await fixture.whenStable();
      dialogElement<HTMLButtonElement>('advance-confirm').click();
      failWith(
        expectUrl('/api/v1/episodes/e-1/programme/advance', 'POST'),
        apiError({ statusCode: 409, code: 'VERSION_CONFLICT' }),
      );
      await settleResponse(() => TestBed.tick());
      expectUrl('/api/v1/episodes/e-1/programme').flush(programme({ version: 5, revision: 2 }));
      // Same phase: only the history is asked again.
      await flushProgrammeDetails({ progression: false });
      expect(text(dialogElement('advance-error'))).toContain('Someone else changed this programme');

      // Trying again sends the version now loaded.
      dialogElement<HTMLButtonElement>('advance-confirm').click();
      const retry = expectUrl('/api/v1/episodes/e-1/programme/advance', 'POST');
      expect(retry.request.body).toEqual({ version: 5, overrideReason: 'Cleared by the surgeon' });
      retry.flush(programme({ currentPhaseKey: 'p2', currentPhaseName: 'Phase 2', version: 6 }));
      await flushProgrammeDetails();
    });

    it('shows the history with each change in words and the phase changes with their override', async () => {
      await open();
      const revisions = Array.from(byTestId(fixture, 'history-revisions').querySelectorAll('[data-testid="revision"]'));
      expect(revisions.map((revision) => revision.getAttribute('data-revision'))).toEqual(['2', '1']);
      expect(text(revisions[0] ?? null)).toContain('Revision 2: Edited by Sam Assistant');
      expect(text(revisions[0] ?? null)).toContain('Reason: Good control on firm ground');
      expect(
        Array.from(revisions[0]?.querySelectorAll('[data-testid="revision-changes"] li') ?? []).map((li) => text(li)),
      ).toEqual([
        'Single-leg stance: hold 30 s → 45 s, surface firm → foam',
        'Added Nordic hamstring 3 × 5 reps, 2×/week',
        'Removed Bridge',
      ]);
      expect(text(revisions[1] ?? null)).toContain('Started with 2 exercises');

      const transition = byTestId(fixture, 'transition');
      expect(text(transition.querySelector('[data-testid="transition-phases"]'))).toBe(
        'Pre-operative → Phase 1: early post-operative',
      );
      expect(text(transition)).toContain('by Test therapist (you)');
      expect(text(transition.querySelector('[data-testid="transition-override"]'))).toBe(
        'Override Surgery brought forward; quadriceps lag accepted',
      );
      expect(text(transition.querySelector('summary'))).toBe('Criteria at the time: 1 of 3 required met');
      expect(transition.querySelectorAll('details li')).toHaveLength(4);
    });

    it('hides advancing and editing from an assistant, who can still log a session', async () => {
      await open({ role: 'assistant' });
      expect(queryTestId(fixture, 'advance-phase')).toBeNull();
      expect(queryTestId(fixture, 'programme-editor')).toBeNull();
      const prescription = text(byTestId(fixture, 'prescription-list'));
      expect(prescription).toContain('Single-leg stance');
      expect(prescription).toContain('3 × 30 s hold, 5×/week');
      expect(prescription).toContain('Surface: firm · Vision: eyes open');
      expect(byTestId(fixture, 'log-session-link').getAttribute('href')).toBe('/episodes/e-1/sessions/new');
      expect(byTestId(fixture, 'criteria-checklist')).toBeTruthy();
      // Without user:read, other people are named neutrally.
      expect(text(byTestId(fixture, 'programme-therapist'))).toBe('another clinic user');
    });

    it('shows an administrator the programme without advancing, editing or logging', async () => {
      await open({ role: 'admin' });
      expect(queryTestId(fixture, 'advance-phase')).toBeNull();
      expect(queryTestId(fixture, 'programme-editor')).toBeNull();
      expect(queryTestId(fixture, 'log-session-link')).toBeNull();
    });
  });
});
