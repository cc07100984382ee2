import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MatChipOptionHarness } from '@angular/material/chips/testing';
import { MatRadioButtonHarness } from '@angular/material/radio/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { provideRouter, Router } from '@angular/router';

import { byTestId, queryTestId, text, typeInto } from '../../../../testing/dom';
import { apiError, episode, patient } from '../../../../testing/fixtures';
import { failWith, settleResponse, verifyNoPendingRequests } from '../../../../testing/http';
import { signInAs } from '../../../../testing/session';
import { authInterceptor } from '../../../core/auth/auth.interceptor';
import { apiErrorInterceptor } from '../../../core/http/api-error.interceptor';
import { EpisodeFormPage, SURGERY_BEFORE_INJURY_MESSAGE } from './episode-form-page';

describe('EpisodeFormPage', () => {
  let fixture: ComponentFixture<EpisodeFormPage>;
  let backend: HttpTestingController;
  let navigate: ReturnType<typeof vi.spyOn>;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [EpisodeFormPage],
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

  async function choose(testId: string, label: string): Promise<void> {
    const loader = TestbedHarnessEnvironment.loader(fixture);
    const select = await loader.getHarness(MatSelectHarness.with({ selector: `[data-testid="${testId}"]` }));
    await select.open();
    await select.clickOptions({ text: label });
  }

  function submit(): void {
    byTestId<HTMLButtonElement>(fixture, 'episode-submit').click();
    TestBed.tick();
  }

  describe('opening an episode for a patient', () => {
    beforeEach(async () => {
      fixture = TestBed.createComponent(EpisodeFormPage);
      fixture.componentRef.setInput('patientId', 'p-1');
      TestBed.tick();
      backend.expectOne('/api/v1/patients/p-1').flush(patient());
      await fixture.whenStable();
    });

    async function fillRequiredFields(): Promise<void> {
      await choose('episode-condition', 'ACL reconstruction');
      const loader = TestbedHarnessEnvironment.loader(fixture);
      await (await loader.getHarness(MatRadioButtonHarness.with({ label: 'Left' }))).check();
      typeInto(input('episode-injury-date'), '2026-01-10');
    }

    it('names the patient it is for', () => {
      expect(text(byTestId(fixture, 'episode-form-patient'))).toBe('Ada Lovelace');
    });

    it('refuses a surgery date before the injury date, without calling the API', async () => {
      await fillRequiredFields();
      typeInto(input('episode-surgery-date'), '2026-01-05');
      submit();
      await fixture.whenStable();

      backend.expectNone((request) => request.method === 'POST');
      expect(text(byTestId(fixture, 'episode-surgery-date-error'))).toBe(SURGERY_BEFORE_INJURY_MESSAGE);
      expect(input('episode-surgery-date').getAttribute('aria-invalid')).toBe('true');
      expect(document.activeElement).toBe(input('episode-surgery-date'));
    });

    it('re-checks the surgery date when the injury date moves', async () => {
      await fillRequiredFields();
      typeInto(input('episode-surgery-date'), '2026-01-20');
      typeInto(input('episode-injury-date'), '2026-01-25');
      submit();
      await fixture.whenStable();
      backend.expectNone((request) => request.method === 'POST');
      expect(text(byTestId(fixture, 'episode-surgery-date-error'))).toBe(SURGERY_BEFORE_INJURY_MESSAGE);

      typeInto(input('episode-injury-date'), '2026-01-15');
      submit();
      expect(backend.expectOne('/api/v1/patients/p-1/episodes').request.body).toMatchObject({
        injuryDate: '2026-01-15',
        surgeryDate: '2026-01-20',
      });
    });

    it('opens the episode with every field the API expects', async () => {
      await fillRequiredFields();
      typeInto(input('episode-surgery-date'), '2026-02-01');
      await choose('episode-graft-type', 'Hamstring tendon autograft');
      await choose('episode-tegner', '7');
      typeInto(input('episode-sport'), ' Football ');
      const loader = TestbedHarnessEnvironment.loader(fixture);
      await (await loader.getHarness(MatChipOptionHarness.with({ text: 'Medial meniscus tear' }))).select();
      submit();

      const request = backend.expectOne('/api/v1/patients/p-1/episodes');
      expect(request.request.method).toBe('POST');
      expect(request.request.body).toEqual({
        condition: 'acl_reconstruction',
        involvedSide: 'left',
        injuryDate: '2026-01-10',
        surgeryDate: '2026-02-01',
        graftType: 'hamstring_autograft',
        concomitantInjuries: ['medial_meniscus_tear'],
        sport: 'Football',
        preInjuryTegner: 7,
        status: 'active',
      });
      request.flush(episode({ id: 'e-new' }), { status: 201, statusText: 'Created' });
      await fixture.whenStable();
      expect(navigate).toHaveBeenCalledWith(['/episodes', 'e-new']);
    });

    it('sends no surgery date or graft for a non-operated knee', async () => {
      await fillRequiredFields();
      submit();
      expect(backend.expectOne('/api/v1/patients/p-1/episodes').request.body).toMatchObject({
        surgeryDate: null,
        graftType: null,
        concomitantInjuries: [],
        sport: null,
        preInjuryTegner: null,
      });
    });

    it("shows the API's field errors under their fields", async () => {
      await fillRequiredFields();
      submit();
      failWith(
        backend.expectOne('/api/v1/patients/p-1/episodes'),
        apiError({
          statusCode: 400,
          code: 'VALIDATION_FAILED',
          details: [
            { field: 'preInjuryTegner', issue: 'preInjuryTegner must be an integer from 0 to 10' },
            { field: 'concomitantInjuries.0', issue: 'unknown injury' },
          ],
        }),
      );
      await fixture.whenStable();

      expect(text(byTestId(fixture, 'episode-tegner-error'))).toBe('preInjuryTegner must be an integer from 0 to 10');
      expect(text(byTestId(fixture, 'episode-concomitant-injuries-error'))).toBe('unknown injury');
      expect(queryTestId(fixture, 'episode-form-error')).toBeNull();
    });

    it('requires condition, side and injury date', async () => {
      submit();
      await fixture.whenStable();
      backend.expectNone((request) => request.method === 'POST');
      expect(text(byTestId(fixture, 'episode-condition-error'))).toBe('This field is required.');
      expect(text(byTestId(fixture, 'episode-involved-side-error'))).toBe('This field is required.');
      expect(text(byTestId(fixture, 'episode-injury-date-error'))).toBe('This field is required.');
    });
  });

  describe('editing an episode', () => {
    beforeEach(async () => {
      fixture = TestBed.createComponent(EpisodeFormPage);
      fixture.componentRef.setInput('episodeId', 'e-1');
      TestBed.tick();
      backend.expectOne('/api/v1/episodes/e-1').flush(episode({ version: 6, concomitantInjuries: ['bone_bruise'] }));
      await settleResponse(() => TestBed.tick());
      backend.expectOne('/api/v1/patients/p-1').flush(patient());
      await fixture.whenStable();
    });

    it('starts from the stored episode and sends back the version it read', async () => {
      expect(input('episode-injury-date').value).toBe('2026-01-10');
      expect(input('episode-surgery-date').value).toBe('2026-02-01');

      typeInto(input('episode-sport'), 'Skiing');
      submit();

      const request = backend.expectOne('/api/v1/episodes/e-1');
      expect(request.request.method).toBe('PATCH');
      expect(request.request.body).toMatchObject({
        sport: 'Skiing',
        concomitantInjuries: ['bone_bruise'],
        version: 6,
      });
      request.flush(episode({ sport: 'Skiing', version: 7 }));
      await fixture.whenStable();
      expect(navigate).toHaveBeenCalledWith(['/episodes', 'e-1']);
    });
  });
});
