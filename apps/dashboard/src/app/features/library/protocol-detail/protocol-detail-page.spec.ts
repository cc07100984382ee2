import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import type { Protocol, Role } from '@proprio/contracts';

import { byTestId, queryTestId, text, typeInto } from '../../../../testing/dom';
import { apiError } from '../../../../testing/fixtures';
import { failWith, settleResponse, verifyNoPendingRequests } from '../../../../testing/http';
import { protocol, protocolVersion, versionSummary } from '../../../../testing/library-fixtures';
import { signInAs } from '../../../../testing/session';
import { authInterceptor } from '../../../core/auth/auth.interceptor';
import { apiErrorInterceptor } from '../../../core/http/api-error.interceptor';
import { ProtocolDetailPage } from './protocol-detail-page';

const v1 = versionSummary({ id: 'pv-1', number: 1, inUse: true });
const v2 = versionSummary({ id: 'pv-2', number: 2, inUse: false, createdAt: '2026-03-10T09:00:00.000Z' });

function seeded(): Protocol {
  return protocol({ latestVersion: v2, versions: [v2, v1] });
}

function clinic(overrides: Partial<Protocol> = {}): Protocol {
  return protocol({
    id: 'pr-c',
    source: 'clinic',
    title: 'Riverside post-ACLR',
    latestVersion: v2,
    versions: [v2, v1],
    clonedFromVersionId: 'pv-seed',
    ...overrides,
  });
}

describe('ProtocolDetailPage', () => {
  let fixture: ComponentFixture<ProtocolDetailPage>;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [ProtocolDetailPage],
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([apiErrorInterceptor, authInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => verifyNoPendingRequests(backend));

  async function open(role: Role, body: Protocol): Promise<void> {
    signInAs(role);
    fixture = TestBed.createComponent(ProtocolDetailPage);
    fixture.componentRef.setInput('protocolId', body.id);
    TestBed.tick();
    backend.expectOne(`/api/v1/protocols/${body.id}`).flush(body);
    await settleResponse(() => TestBed.tick());
    backend
      .expectOne('/api/v1/protocol-versions/pv-2')
      .flush(protocolVersion({ id: 'pv-2', number: 2, inUse: false, protocolId: body.id }));
    await fixture.whenStable();
  }

  function host(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function rows(testId: string): string[] {
    return Array.from(host().querySelectorAll(`[data-testid="${testId}-row"]`)).map((row) =>
      Array.from(row.querySelectorAll('th, td'))
        .map((cell) => text(cell))
        .join(' | '),
    );
  }

  it('shows the versions, then each phase in order with its timing, criteria and exercises', async () => {
    await open('therapist', seeded());
    expect(text(byTestId(fixture, 'protocol-title'))).toBe('Post-ACLR criteria-based protocol');
    const versions = host().querySelectorAll('[data-testid="version-row"]');
    expect(versions).toHaveLength(2);
    expect(text(versions[0] ?? null)).toContain('v2');
    expect(text(versions[0] ?? null)).toContain('10 Mar 2026');
    expect(text(versions[0] ?? null)).toContain('Not used yet');
    expect(versions[0]?.getAttribute('aria-current')).toBe('true');
    expect(versions[1]?.querySelector('[data-testid="version-in-use"]')).not.toBeNull();

    expect(text(byTestId(fixture, 'version-heading'))).toBe('Version 2');
    const p1 = byTestId(fixture, 'phase-p1');
    expect(text(p1.querySelector('h3'))).toBe('1. Early post-op');
    expect(text(p1.querySelector('[data-testid="phase-weeks"]'))).toBe('Weeks 0 to 2 (advisory)');
    expect(rows('phase-criteria-p1')).toEqual([
      'Knee extension deficit | ≤ 0° | V | Delaware',
      'Effusion (stroke test) | ≤ trace | S | Sturgill 2009',
      'Quadriceps lag | ≤ 0° | — | —',
    ]);
    expect(text(p1.querySelector('[data-testid="phase-exercises-p1"]'))).toBe(
      'Quadriceps set / SLR with no lag — 3 × 10 reps, 5 s hold, 7×/week · Load: bodyweight',
    );
    expect(text(byTestId(fixture, 'phase-p5').querySelector('[data-testid="phase-rts-gate"]'))).toContain(
      'return-to-sport criteria set',
    );

    expect(rows('rts-criteria-delaware')).toEqual([
      'Single hop LSI | ≥ 90% | V | Grindem 2016',
      'KOS-ADLS | ≥ 90% | V | Grindem 2016',
    ]);
    expect(rows('rts-criteria-melbourne')).toEqual(['Single-leg leg press 1RM Bonus | ≥ 1.5 × BW | S | Melbourne']);
  });

  it('shows an older version when asked', async () => {
    await open('therapist', seeded());
    byTestId(fixture, 'version-show-1').click();
    TestBed.tick();
    backend.expectOne('/api/v1/protocol-versions/pv-1').flush(protocolVersion({ id: 'pv-1', number: 1 }));
    await fixture.whenStable();
    expect(text(byTestId(fixture, 'version-heading'))).toBe('Version 1');
  });

  it('clones the shown version into a clinic protocol and opens the copy', async () => {
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    await open('therapist', seeded());
    expect(queryTestId(fixture, 'criteria-edit')).toBeNull();

    byTestId(fixture, 'protocol-clone-button').click();
    await fixture.whenStable();
    const title = document.querySelector<HTMLInputElement>('[data-testid="clone-title"]');
    expect(title?.value).toBe('Post-ACLR criteria-based protocol (clinic copy)');
    typeInto(title as HTMLInputElement, 'Riverside post-ACLR');
    document.querySelector<HTMLButtonElement>('[data-testid="clone-confirm"]')?.click();

    const request = await vi.waitFor(() => backend.expectOne('/api/v1/protocols/pr-1/clone'));
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ title: 'Riverside post-ACLR', versionId: 'pv-2' });
    request.flush(clinic({ id: 'pr-new' }), { status: 201, statusText: 'Created' });
    await vi.waitFor(() => expect(navigate).toHaveBeenCalledWith(['/library/protocols', 'pr-new']));
  });

  it('offers neither clone nor edit to an assistant (no library:write)', async () => {
    await open('assistant', clinic());
    expect(queryTestId(fixture, 'protocol-clone-button')).toBeNull();
    expect(queryTestId(fixture, 'criteria-edit')).toBeNull();
  });

  it('edits thresholds in place; a version that became used is saved as a new version', async () => {
    await open('therapist', clinic());
    byTestId(fixture, 'criteria-edit').click();
    await fixture.whenStable();

    const singleHop = byTestId<HTMLInputElement>(fixture, 'rts-criteria-delaware-threshold-0');
    expect(singleHop.getAttribute('aria-label')).toBe('Single hop LSI threshold (%)');
    expect(singleHop.value).toBe('90');
    typeInto(singleHop, '95');
    const effusion = byTestId<HTMLSelectElement>(fixture, 'phase-criteria-p1-threshold-1');
    effusion.value = '1+';
    effusion.dispatchEvent(new Event('change'));
    await fixture.whenStable();

    byTestId(fixture, 'criteria-save').click();
    const put = backend.expectOne('/api/v1/protocol-versions/pv-2');
    expect(put.request.method).toBe('PUT');
    expect(put.request.body.version).toBe(1);
    expect(put.request.body.definition.returnToSportSets[0].criteria[0].threshold).toBe(95);
    expect(put.request.body.definition.phases[0].exitCriteria[1].threshold).toBe('1+');
    failWith(put, apiError({ statusCode: 409, code: 'PROTOCOL_VERSION_IN_USE', message: 'In use' }));
    await fixture.whenStable();

    expect(text(byTestId(fixture, 'criteria-in-use'))).toContain('In use');
    byTestId(fixture, 'criteria-in-use-save-new').click();
    const post = backend.expectOne('/api/v1/protocols/pr-c/versions');
    expect(post.request.method).toBe('POST');
    expect(post.request.body).toEqual({ definition: put.request.body.definition });
    const v3 = versionSummary({ id: 'pv-3', number: 3, inUse: false });
    post.flush(protocolVersion({ id: 'pv-3', number: 3, inUse: false, protocolId: 'pr-c' }), {
      status: 201,
      statusText: 'Created',
    });
    await settleResponse(() => TestBed.tick());

    backend.expectOne('/api/v1/protocols/pr-c').flush(clinic({ latestVersion: v3, versions: [v3, v2, v1] }));
    backend.expectOne('/api/v1/protocol-versions/pv-3').flush(protocolVersion({ id: 'pv-3', number: 3 }));
    await fixture.whenStable();
    expect(text(byTestId(fixture, 'version-heading'))).toBe('Version 3');
    expect(queryTestId(fixture, 'rts-criteria-delaware-threshold-0')).toBeNull();
  });

  it("checks thresholds with the clinical library and shows the API's errors under them", async () => {
    await open('therapist', clinic());
    byTestId(fixture, 'criteria-edit').click();
    await fixture.whenStable();

    typeInto(byTestId<HTMLInputElement>(fixture, 'rts-criteria-delaware-threshold-0'), '-5');
    await fixture.whenStable();
    expect(text(byTestId(fixture, 'rts-criteria-delaware-threshold-error-0'))).toBe(
      'Threshold is impossible for Single hop LSI (from 0 to 1000 %).',
    );
    byTestId(fixture, 'criteria-save').click();
    await fixture.whenStable();
    backend.expectNone('/api/v1/protocol-versions/pv-2');

    typeInto(byTestId<HTMLInputElement>(fixture, 'rts-criteria-delaware-threshold-0'), '80');
    await fixture.whenStable();
    byTestId(fixture, 'criteria-save').click();
    failWith(
      backend.expectOne('/api/v1/protocol-versions/pv-2'),
      apiError({
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        details: [{ field: 'definition.returnToSportSets.0.criteria.0.threshold', issue: 'must be at least 90' }],
      }),
    );
    await fixture.whenStable();
    expect(text(byTestId(fixture, 'rts-criteria-delaware-threshold-error-0'))).toBe('must be at least 90');
    expect(byTestId(fixture, 'rts-criteria-delaware-threshold-0').getAttribute('aria-invalid')).toBe('true');
    expect(queryTestId(fixture, 'criteria-save-error')).toBeNull();
  });
});
