import { fileURLToPath } from 'node:url';

import { expect, test, type Locator, type Page } from '@playwright/test';

/**
 * The measures journey through the real dashboard and API: a therapist opens a demo patient's ACL
 * episode, records a pre-operative baseline and a follow-up hop battery (LSI and EPIC appear as the
 * trials are typed) with strength and the Y-balance, records a KOOS (scores appear as the items are typed), corrects a value, and
 * reviews the progress charts. Controls are addressed by their `data-testid`, as in core-journey.
 */

const THERAPIST = { email: 'therapist@proprio.example', password: 'proprio-demo-2026' };
/**
 * Demo patient with a left ACL reconstruction 390 days ago and no recorded measures yet
 * (apps/api/src/modules/demo/demo-data.ts), so the counts below are this journey's own.
 */
const DEMO_PATIENT = { recordNumber: 'DEMO-0005', name: 'Aiko Tanaka' };

/** A calendar date `days` before today, as YYYY-MM-DD in the local time zone (what the form expects). */
function daysAgo(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() - days);
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

/** A fixed place at the repository root, outside Playwright's per-run output folder (emptied every run). */
function screenshotPath(name: string): string {
  return fileURLToPath(new URL(`../../test-results/screenshots/${name}.png`, import.meta.url));
}

/** Opens a Material select and picks the option with the given test id (options live in an overlay). */
async function choose(page: Page, selectTestId: string, optionTestId: string): Promise<void> {
  await page.getByTestId(selectTestId).click();
  await page.getByTestId(optionTestId).click();
  await expect(page.getByTestId(optionTestId)).toBeHidden();
}

type Battery = Record<'hop_single' | 'hop_triple' | 'hop_crossover' | 'hop_timed_6m', [string[], string[]]>;

/**
 * Keys a whole battery in with the keyboard only, starting in the first cell: Tab moves through a
 * row's involved then uninvolved trials, then past the row's aggregation list to the next row.
 */
async function typeBattery(page: Page, battery: Battery): Promise<number> {
  const started = Date.now();
  await page.getByTestId('hop-hop_single-involved-0').focus();
  for (const [involved, uninvolved] of Object.values(battery)) {
    for (const value of [...involved, ...uninvolved]) {
      await page.keyboard.type(value);
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Tab'); // past the aggregation list
  }
  return Date.now() - started;
}

/** The parts of a canvas the check uses (the e2e tsconfig has no DOM library). */
interface PaintedCanvas {
  width: number;
  height: number;
  getContext(
    kind: '2d',
  ): { getImageData(x: number, y: number, w: number, h: number): { data: ArrayLike<number> } } | null;
}

/** Fails unless Chart.js really drew on the canvas (counts non-transparent pixels). */
async function expectChartDrawn(canvas: Locator): Promise<void> {
  await expect(canvas).toBeVisible();
  const painted = await canvas.evaluate((element: PaintedCanvas) => {
    const context = element.getContext('2d');
    if (!context || element.width === 0 || element.height === 0) return 0;
    const pixels = context.getImageData(0, 0, element.width, element.height).data;
    let count = 0;
    for (let i = 3; i < pixels.length; i += 4) if ((pixels[i] ?? 0) > 0) count++;
    return count;
  });
  expect(painted).toBeGreaterThan(1000);
}

test('a therapist records a baseline, a follow-up battery and a KOOS, then reviews progress', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const baselineDate = daysAgo(395); // five days before surgery

  await test.step('sign in and open the demo patient’s episode', async () => {
    await page.goto('/sign-in');
    await page.getByTestId('sign-in-email').fill(THERAPIST.email);
    await page.getByTestId('sign-in-password').fill(THERAPIST.password);
    await page.getByTestId('sign-in-submit').click();
    await expect(page).toHaveURL(/\/caseload$/);
    await page.getByTestId('nav-patients').click();
    await expect(page).toHaveURL(/\/patients$/);

    await page.getByTestId('patient-search').fill(DEMO_PATIENT.recordNumber);
    const row = page.locator(`[data-testid="patient-row"][data-record-number="${DEMO_PATIENT.recordNumber}"]`);
    await expect(row).toHaveCount(1);
    await row.getByTestId('patient-link').click();
    await expect(page.getByTestId('patient-name')).toHaveText(DEMO_PATIENT.name);
    await page.getByTestId('episode-row').first().getByTestId('episode-link').click();
    await expect(page.getByTestId('episode-title')).toHaveText('ACL reconstruction, left');
  });

  await test.step('record the pre-operative baseline session', async () => {
    await page.getByTestId('record-assessment-button').click();
    await expect(page).toHaveURL(/\/episodes\/[^/]+\/assessments\/new$/);
    await expect(page.getByTestId('assessment-episode')).toHaveText(`${DEMO_PATIENT.name} · ACL reconstruction, left`);
    await page.getByTestId('assessment-date').fill(baselineDate);
    await page.getByTestId('assessment-baseline').getByRole('checkbox').check();
    await expect(page.getByTestId('assessment-baseline-note')).toContainText('This session is a baseline');

    await typeBattery(page, {
      hop_single: [
        ['150', '154'],
        ['160', '162'],
      ],
      hop_triple: [
        ['450', '460'],
        ['480', '490'],
      ],
      hop_crossover: [
        ['400', '410'],
        ['440', '445'],
      ],
      hop_timed_6m: [
        ['2.6', '2.5'],
        ['2.2', '2.1'],
      ],
    });
    // 152 / 161 cm; a timed test is inverted: 2.15 / 2.55 s.
    await expect(page.getByTestId('hop-lsi-hop_single')).toContainText('94.4%');
    await expect(page.getByTestId('hop-lsi-hop_timed_6m')).toContainText('84.3%');
    await expect(page.getByTestId('hop-lsi-hop_timed_6m')).toContainText('< 90%');
    await expect(page.getByTestId('hop-epic-hop_single')).toContainText('baseline session');

    await expect(page.getByTestId('assessment-submit')).toHaveText('Save session (4 tests)');
    await page.getByTestId('assessment-submit').click();
    await expect(page).toHaveURL(/\/episodes\/[^/]+\/progress$/);
    await expect(page.getByTestId('value-row')).toHaveCount(4);
  });

  await test.step('record a follow-up battery and see LSI and EPIC as the trials are typed', async () => {
    await page.getByTestId('progress-record-assessment').click();
    await expect(page).toHaveURL(/\/assessments\/new$/);
    await expect(page.getByTestId('assessment-baseline-note')).toContainText('baseline session of');

    const elapsed = await typeBattery(page, {
      hop_single: [
        ['140', '146'],
        ['150', '152'],
      ],
      hop_triple: [
        ['420', '430'],
        ['455', '465'],
      ],
      hop_crossover: [
        ['380', '390'],
        ['420', '430'],
      ],
      hop_timed_6m: [
        ['2.5', '2.45'],
        ['2.25', '2.3'],
      ],
    });
    expect(elapsed).toBeLessThan(60_000);

    // Single hop: LSI 143 / 151 = 94.7% (meets 90%), EPIC 143 / 161 (pre-operative) = 88.8% (below).
    await expect(page.getByTestId('hop-lsi-hop_single')).toContainText('94.7%');
    await expect(page.getByTestId('hop-lsi-hop_single')).toContainText('≥ 90%');
    await expect(page.getByTestId('hop-epic-hop_single')).toContainText('88.8%');
    await expect(page.getByTestId('hop-epic-hop_single')).toContainText('< 90%');
    // Timed hop: LSI 2.275 / 2.475 = 91.9%, EPIC 2.15 / 2.475 = 86.9%.
    await expect(page.getByTestId('hop-lsi-hop_timed_6m')).toContainText('91.9%');
    await expect(page.getByTestId('hop-epic-hop_timed_6m')).toContainText('86.9%');

    // Enter never submits by accident.
    await page.getByTestId('hop-hop_timed_6m-uninvolved-1').press('Enter');
    await expect(page).toHaveURL(/\/assessments\/new$/);

    // Quadriceps with a hand-held dynamometer (REFERENCE §8 vector 6: 180 / 220 → 81.8%); the
    // uninvolved limb takes the involved limb's protocol.
    await page.getByTestId('strength-add').click();
    await page.getByTestId('strength-strength_quadriceps-involved-value').fill('180');
    await page.getByTestId('strength-strength_quadriceps-involved-unit').selectOption('N');
    await page.getByTestId('strength-strength_quadriceps-involved-device').fill('Hand-held dynamometer');
    await page.getByTestId('strength-strength_quadriceps-uninvolved-value').fill('220');
    await expect(page.getByTestId('strength-strength_quadriceps-uninvolved-device')).toHaveValue(
      'Hand-held dynamometer',
    );
    await expect(page.getByTestId('strength-lsi-strength_quadriceps')).toContainText('81.8%');
    await expect(page.getByTestId('strength-epic-strength_quadriceps')).toContainText('no baseline');

    // Y-balance (REFERENCE §8 vector 8): composites 96.3% and 98.1%, anterior difference 5 cm flagged.
    await page.getByTestId('y-balance-add').click();
    const reaches = { 'limb-length': '90', 'anterior-0': '65', 'posteromedial-0': '100', 'posterolateral-0': '95' };
    for (const [cell, value] of Object.entries(reaches)) {
      await page.getByTestId(`y-balance-involved-${cell}`).fill(value);
    }
    for (const [cell, value] of Object.entries({ ...reaches, 'anterior-0': '70' })) {
      await page.getByTestId(`y-balance-uninvolved-${cell}`).fill(value);
    }
    await expect(page.getByTestId('y-balance-composite-involved')).toHaveText('96.3%');
    await expect(page.getByTestId('y-balance-lsi')).toContainText('98.1%');
    await expect(page.getByTestId('y-balance-asymmetry')).toContainText('5.0 cm (risk flag: > 4 cm)');
    await expect(page.getByTestId('assessment-submit')).toHaveText('Save session (6 tests)');
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: screenshotPath('measures-journey-session'), fullPage: true });

    await page.getByTestId('assessment-submit').click();
    await expect(page).toHaveURL(/\/progress$/);
    await expect(page.getByTestId('value-row')).toHaveCount(10);
  });

  await test.step('record a KOOS and see the scores as the items are typed', async () => {
    await page.getByTestId('progress-record-questionnaire').click();
    await expect(page).toHaveURL(/\/questionnaires\/new$/);
    await choose(page, 'questionnaire-instrument', 'questionnaire-instrument-option-koos');

    // REFERENCE §8 vector 9 for pain, then the other subscales.
    const answers: Record<string, string[]> = {
      P: ['0', '1', '1', '2', '0', '1', '0', '0', '1'],
      S: ['1', '1', '0', '1', '2', '1', '1'],
      A: ['0', '0', '1', '0', '0', '1', '0', '0', '0', '1', '0', '0', '0', '0', '1', '0', '0'],
      SP: ['2', '2', '1', '2', '1'],
      Q: ['2', '2', '1', '2'],
    };
    await page.getByTestId('item-P1').focus();
    for (const values of Object.values(answers)) {
      for (const value of values) {
        await page.keyboard.type(value);
        await page.keyboard.press('Tab');
      }
    }
    await expect(page.getByTestId('score-pain')).toContainText('83.3');
    await expect(page.getByTestId('score-pain')).toContainText('PASS 85.4 not reached');
    await expect(page.getByTestId('section-score-pain')).toHaveText('83.3');
    await expect(page.getByTestId('questionnaire-answered')).toHaveText('42 answered');
    await page.screenshot({ path: screenshotPath('measures-journey-koos') });

    await page.getByTestId('questionnaire-submit').click();
    await expect(page).toHaveURL(/\/progress$/);
    await expect(page.getByTestId('response-row')).toHaveCount(1);
  });

  await test.step('correct a value: the original stays on record as superseded', async () => {
    const current = page.locator('[data-testid="value-row"][data-type="hop_crossover"][data-status="current"]');
    await expect(current).toHaveCount(2);
    await current.first().getByTestId('value-correct').click();
    const dialog = page.getByRole('dialog');
    // The dialog puts focus in its first cell once open; wait for that before typing elsewhere.
    await expect(dialog.getByTestId('hop-hop_crossover-involved-0')).toBeFocused();
    await expect(dialog.getByTestId('hop-hop_crossover-involved-1')).toHaveValue('390');
    await dialog.getByTestId('hop-hop_crossover-involved-1').fill('396');
    await expect(dialog.getByTestId('hop-lsi-hop_crossover')).toContainText('91.3%');
    await dialog.getByTestId('amend-reason').fill('Second trial was misread from the tape');
    await dialog.getByTestId('amend-submit').click();
    await expect(dialog).toBeHidden();

    const superseded = page.locator('[data-testid="value-row"][data-status="superseded"]');
    await expect(superseded).toHaveCount(1);
    await expect(superseded).toContainText('Corrected: Second trial was misread from the tape');
    await expect(page.getByTestId('value-row')).toHaveCount(11);
  });

  await test.step('see the progress charts', async () => {
    await expect(page.getByRole('heading', { level: 1, name: 'Progress' })).toBeVisible();
    for (const test of ['hop_single', 'hop_triple', 'hop_crossover', 'hop_timed_6m']) {
      await expectChartDrawn(page.getByTestId(`symmetry-chart-${test}`).locator('canvas'));
    }
    await expectChartDrawn(page.getByTestId('symmetry-chart-strength_quadriceps').locator('canvas'));
    await expectChartDrawn(page.getByTestId('symmetry-chart-y_balance').locator('canvas'));
    await expectChartDrawn(page.getByTestId('prom-chart-koos').locator('canvas'));
    await expect(page.locator('canvas')).toHaveCount(7);

    await expect(page.getByTestId('symmetry-chart-hop_single')).toContainText('Single hop for distance');
    await expect(page.getByTestId('symmetry-summary-hop_single')).toContainText('Latest LSI 94.7%');
    await expect(page.getByTestId('symmetry-summary-hop_single')).toContainText('EPIC 88.8%');
    await expect(page.getByTestId('symmetry-legend')).toContainText('90% criterion');
    await expect(page.getByTestId('symmetry-chart-hop_single').locator('canvas')).toHaveAttribute(
      'aria-label',
      /Single hop for distance: 2 sessions, latest LSI 94\.7%.*latest EPIC 88\.8%/,
    );
    await expect(page.getByTestId('prom-summary-koos')).toContainText('Pain 83.3');
  });

  await test.step('keep a screenshot of the progress page', async () => {
    const snackBar = page.locator('mat-snack-bar-container');
    if (await snackBar.count()) {
      await snackBar.getByRole('button', { name: 'Dismiss' }).click();
      await expect(snackBar).toHaveCount(0);
    }
    // From the top, so the sticky toolbar is drawn where it belongs in the full-page image.
    await page.evaluate('window.scrollTo(0, 0)');
    const screenshot = screenshotPath('measures-journey');
    await page.screenshot({ path: screenshot, fullPage: true });
    await testInfo.attach('measures-journey', { path: screenshot, contentType: 'image/png' });
  });
});
