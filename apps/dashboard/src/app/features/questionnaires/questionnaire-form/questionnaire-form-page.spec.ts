import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MatRadioButtonHarness } from '@angular/material/radio/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { provideRouter, Router } from '@angular/router';

import { byTestId, queryTestId, text, typeInto } from '../../../../testing/dom';
import { apiError, episode, patient, questionnaireResponse } from '../../../../testing/fixtures';
import { failWith, settleResponse, verifyNoPendingRequests } from '../../../../testing/http';
import { signInAs } from '../../../../testing/session';
import { authInterceptor } from '../../../core/auth/auth.interceptor';
import { apiErrorInterceptor } from '../../../core/http/api-error.interceptor';
import { todayIsoDate } from '../../../shared/dates/calendar-date';
import { QuestionnaireFormPage } from './questionnaire-form-page';

/** REFERENCE §8 vector 9: KOOS pain items P1–P9. */
const VECTOR_9 = ['0', '1', '1', '2', '0', '1', '0', '0', '1'];

describe('QuestionnaireFormPage', () => {
  let fixture: ComponentFixture<QuestionnaireFormPage>;
  let backend: HttpTestingController;
  let navigate: ReturnType<typeof vi.spyOn>;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [QuestionnaireFormPage],
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([apiErrorInterceptor, authInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    navigate = vi.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    signInAs('assistant');
  });

  afterEach(() => verifyNoPendingRequests(backend));

  async function open(instrument?: string): Promise<void> {
    fixture = TestBed.createComponent(QuestionnaireFormPage);
    fixture.componentRef.setInput('episodeId', 'e-1');
    if (instrument) {
      fixture.componentRef.setInput('instrument', instrument);
    }
    TestBed.tick();
    backend.expectOne('/api/v1/episodes/e-1').flush(episode());
    await settleResponse(() => TestBed.tick());
    backend.expectOne('/api/v1/patients/p-1').flush(patient());
    await fixture.whenStable();
  }

  function item(id: string): HTMLInputElement {
    return byTestId<HTMLInputElement>(fixture, `item-${id}`);
  }

  async function answer(values: Record<string, string>): Promise<void> {
    for (const [id, value] of Object.entries(values)) {
      typeInto(item(id), value);
    }
    await fixture.whenStable();
  }

  async function answerPain(): Promise<void> {
    await answer(Object.fromEntries(VECTOR_9.map((value, index) => [`P${index + 1}`, value])));
  }

  function submit(): void {
    byTestId<HTMLButtonElement>(fixture, 'questionnaire-submit').click();
    TestBed.tick();
  }

  it('offers every instrument and lays out the chosen one with neutral item ids', async () => {
    await open();
    expect(queryTestId(fixture, 'item-P1')).toBeNull();
    const loader = TestbedHarnessEnvironment.loader(fixture);
    const select = await loader.getHarness(
      MatSelectHarness.with({ selector: '[data-testid="questionnaire-instrument"]' }),
    );
    await select.open();
    const options = await select.getOptions();
    const labels = await Promise.all(options.map((option) => option.getText()));
    for (const label of ['KOOS', 'IKDC Subjective Knee Form', 'ACL-RSI', 'LEFS', 'Lysholm knee score', 'KOOS-12']) {
      expect(labels).toContain(label);
    }
    await select.clickOptions({ text: 'KOOS' });
    await fixture.whenStable();
    expect(queryTestId(fixture, 'item-P1')).not.toBeNull();
    expect(queryTestId(fixture, 'item-Q4')).not.toBeNull();
    expect(item('P1').getAttribute('aria-label')).toBe('KOOS item P1, 0 to 4');
  });

  it('shows KOOS pain 83.3 for REFERENCE §8 vector 9 as the items are typed', async () => {
    await open('koos');
    expect(text(byTestId(fixture, 'score-pain'))).toContain('insufficient items: 0 of 9 answered');
    await answerPain();
    expect(text(byTestId(fixture, 'score-pain'))).toContain('83.3');
    expect(text(byTestId(fixture, 'score-pain'))).toContain('PASS 85.4 not reached');
    expect(text(byTestId(fixture, 'section-score-pain'))).toBe('83.3');
  });

  it('says "insufficient items" for a scale with too few answers, by the chosen KOOS rule', async () => {
    await open('koos');
    await answer({ S1: '1', S2: '2', S3: '1' });
    expect(text(byTestId(fixture, 'score-symptoms'))).toContain(
      'insufficient items: 3 of 7 answered, at least 4 needed',
    );

    // REFERENCE §8 vector 10: 4 of 7 answered is 75 under the 2012 rule, insufficient under 1998.
    await answer({ S4: '0' });
    expect(text(byTestId(fixture, 'score-symptoms'))).toContain('75.0');
    const loader = TestbedHarnessEnvironment.loader(fixture);
    await (await loader.getHarness(MatRadioButtonHarness.with({ selector: '[data-testid="koos-rule-1998"]' }))).check();
    await fixture.whenStable();
    expect(text(byTestId(fixture, 'score-symptoms'))).toContain('at least 5 needed');
  });

  it("marks an answer outside the item's range with the library's rule and does not send", async () => {
    await open('koos');
    await answer({ P1: '7' });
    expect(item('P1').getAttribute('aria-invalid')).toBe('true');
    expect(text(byTestId(fixture, 'item-issue-P1'))).toBe('must be an integer from 0 to 4');
    expect(queryTestId(fixture, 'questionnaire-scores')).toBeNull();
    submit();
    await fixture.whenStable();
    backend.expectNone((request) => request.method === 'POST');
  });

  it('sends only the answered items as numbers, with the KOOS rule, then opens the progress page', async () => {
    await open('koos');
    await answerPain();
    submit();
    const request = backend.expectOne('/api/v1/episodes/e-1/questionnaires');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({
      instrument: 'koos',
      completedOn: todayIsoDate(),
      answers: { P1: 0, P2: 1, P3: 1, P4: 2, P5: 0, P6: 1, P7: 0, P8: 0, P9: 1 },
      options: { koosMissingItemRule: '2012' },
    });
    request.flush(questionnaireResponse(), { status: 201, statusText: 'Created' });
    await fixture.whenStable();
    expect(navigate).toHaveBeenCalledWith(['/episodes', 'e-1', 'progress']);
  });

  it("puts the API's item errors under the item", async () => {
    await open('koos');
    await answerPain();
    submit();
    failWith(
      backend.expectOne('/api/v1/episodes/e-1/questionnaires'),
      apiError({
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        details: [{ field: 'answers.items.P3', issue: 'must be an integer from 0 to 4' }],
      }),
    );
    await fixture.whenStable();
    expect(item('P3').getAttribute('aria-invalid')).toBe('true');
    expect(text(byTestId(fixture, 'item-issue-P3'))).toBe('must be an integer from 0 to 4');
    expect(item('P2').getAttribute('aria-invalid')).toBe('false');
    expect(queryTestId(fixture, 'questionnaire-form-error')).toBeNull();
  });

  it('takes the IKDC conventions from the library: yes/no for item 6, item 10a not scored', async () => {
    await open('ikdc');
    expect(text(byTestId(fixture, 'score-total'))).toContain('insufficient items: 0 of 18 answered, at least 16');
    const locking = byTestId<HTMLSelectElement>(fixture, 'item-6');
    expect(Array.from(locking.options).map((option) => option.value)).toEqual(['', 'yes', 'no']);
    expect(item('2').getAttribute('aria-label')).toBe('IKDC Subjective Knee Form item Item 2, 0 to 10');

    // REFERENCE §8 vector 12.
    await answer({
      '1': '3',
      '2': '2',
      '3': '3',
      '4': '3',
      '5': '3',
      '7': '3',
      '8': '2',
      '9a': '4',
      '9b': '4',
      '9c': '3',
      '9d': '3',
      '9e': '4',
      '9f': '4',
      '9g': '3',
      '9h': '3',
      '9i': '3',
      '10a': '9',
      '10b': '8',
    });
    // 17 of the 18 scored items (16 needed): 68 / 86, with the maxima of the answered items only.
    expect(text(byTestId(fixture, 'score-total'))).toContain('79.1');
    locking.value = 'no';
    locking.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    expect(text(byTestId(fixture, 'score-total'))).toContain('79.3');
    expect(text(byTestId(fixture, 'score-total'))).toContain('Item 10a (not scored): 9');
  });

  it('keeps each instrument’s answers when switching back and forth', async () => {
    await open('koos');
    await answer({ P1: '2' });
    fixture.componentRef.setInput('instrument', 'lefs');
    await fixture.whenStable();
    expect(queryTestId(fixture, 'item-L1')).not.toBeNull();
    fixture.componentRef.setInput('instrument', 'koos');
    await fixture.whenStable();
    expect(item('P1').value).toBe('2');
  });
});
