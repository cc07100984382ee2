import { fileURLToPath } from 'node:url';

import { expect, test, type Page } from '@playwright/test';

/**
 * The programme journey through the real dashboard and API (issue 4): a therapist assigns the seeded
 * post-ACL protocol to a demo patient, personalises the prescription, logs a visit, records the knee
 * signs that meet phase 1's exit criteria, sees the checklist turn green and advances; then advances
 * phase 2 with unmet criteria by writing an override reason, which the history keeps.
 */

const THERAPIST = { email: 'therapist@proprio.example', password: 'proprio-demo-2026' };
/** Demo patient with a past surgery and no programme (DEMO_UNASSIGNED_RECORD_NUMBER in demo-data.ts). */
const DEMO_PATIENT = { recordNumber: 'DEMO-0002', name: 'Jonah Okafor' };
const OVERRIDE_REASON = 'Surgeon cleared progression; single-leg squat reassessed at next visit.';

function screenshotPath(name: string): string {
  return fileURLToPath(new URL(`../../test-results/screenshots/${name}.png`, import.meta.url));
}

async function openProgramme(page: Page, episodeUrl: string): Promise<void> {
  await page.goto(`${episodeUrl}/programme`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

test('a therapist assigns the protocol, personalises it, logs a visit, meets phase 1 and advances', async ({
  page,
}) => {
  test.setTimeout(120_000);
  let episodeUrl = '';

  await test.step('sign in, land on the caseload, open the demo patient’s episode', async () => {
    await page.goto('/sign-in');
    await page.getByTestId('sign-in-email').fill(THERAPIST.email);
    await page.getByTestId('sign-in-password').fill(THERAPIST.password);
    await page.getByTestId('sign-in-submit').click();
    await expect(page).toHaveURL(/\/caseload$/);
    await expect(page.getByTestId('caseload-table')).toBeVisible();
    await expect(page.getByTestId('caseload-row')).not.toHaveCount(0);
    await page.screenshot({ path: screenshotPath('programme-01-caseload'), fullPage: true });

    await page.getByTestId('nav-patients').click();
    await page.getByTestId('patient-search').fill(DEMO_PATIENT.recordNumber);
    const row = page.locator(`[data-testid="patient-row"][data-record-number="${DEMO_PATIENT.recordNumber}"]`);
    await expect(row).toHaveCount(1);
    await row.getByTestId('patient-link').click();
    await expect(page.getByTestId('patient-name')).toHaveText(DEMO_PATIENT.name);
    await page.getByTestId('episode-row').first().getByTestId('episode-link').click();
    await expect(page).toHaveURL(/\/episodes\/[0-9a-f-]{36}$/);
    episodeUrl = new URL(page.url()).pathname;
  });

  await test.step('assign the seeded protocol: the programme starts in phase 1 after surgery', async () => {
    await page.getByTestId('episode-programme-link').click();
    await expect(page.getByTestId('assign-form')).toBeVisible();
    await expect(page.getByTestId('assign-protocol')).toContainText('Post-ACL reconstruction');
    await page.getByTestId('equipment-mat').getByRole('checkbox').check();
    await page.getByTestId('equipment-chair').getByRole('checkbox').check();
    await page.getByTestId('assign-submit').click();
    await expect(page.getByTestId('programme-phase')).toHaveText('Recovery from surgery');
    await expect(page.getByTestId('criteria-checklist').getByTestId('criterion-status').first()).toHaveText(
      'Not measured',
    );
    await expect(page.getByTestId('blocking-summary')).toContainText('What blocks the next phase');
  });

  await test.step('personalise: change a dosage, add an exercise, save with a reason', async () => {
    const editor = page.getByTestId('programme-editor');
    await expect(editor.getByTestId('item-0')).toBeVisible();
    const items = await editor.locator('tbody[data-testid^="item-"]').count();
    await editor.getByTestId('item-0-sets').fill('4');
    await editor.getByTestId('add-exercise').click();
    const picker = page.getByRole('dialog');
    await expect(picker.getByTestId('picker-results')).toBeVisible();
    // Phase 1's own exercises are all prescribed already: look one phase ahead for a balance drill.
    await picker.getByTestId('picker-phase').selectOption('p2');
    await picker.getByTestId('picker-search').fill('head turns');
    const drill = picker.locator('[data-testid^="picker-exercise-"]', { hasText: 'head turns' });
    await expect(drill).toHaveCount(1);
    await drill.locator('[data-testid^="picker-add-"]').click();
    await expect(picker).toBeHidden();
    await expect(editor.locator('tbody[data-testid^="item-"]')).toHaveCount(items + 1);
    await editor.getByTestId('editor-reason').fill('Four sets tolerated; added a balance drill.');
    await editor.getByTestId('editor-save').click();
    await expect(page.getByTestId('history-revisions').getByTestId('revision')).toHaveCount(2);
    const latest = page.locator('[data-testid="revision"][data-revision="2"]');
    await expect(latest.getByTestId('revision-reason')).toContainText('Four sets tolerated');
    await expect(latest.getByTestId('revision-changes')).toContainText('Added Single-leg stance with head turns');
    await expect(latest.getByTestId('revision-changes')).toContainText('3 → 4');
    await page.screenshot({ path: screenshotPath('programme-02-personalised'), fullPage: true });
  });

  await test.step('log a treatment visit with the exercises done', async () => {
    await page.goto(`${episodeUrl}/sessions/new`);
    await expect(page.getByTestId('session-exercises')).toBeVisible();
    await page.getByTestId('session-pain').fill('2');
    await page.getByTestId('session-rpe').fill('5');
    await page.getByTestId('session-notes').fill('Quads activation good; no swelling after.');
    await page.getByTestId('session-submit').click();
    await expect(page).toHaveURL(/\/programme$/);
    await expect(page.getByTestId('visits-count')).toContainText('1 visit');
    await expect(page.getByTestId('session-row')).toHaveCount(1);
  });

  await test.step('record the knee signs that meet the phase 1 exit criteria', async () => {
    await page.goto(`${episodeUrl}/assessments/new`);
    await page.getByTestId('knee-rom-involved-extension').fill('0');
    await page.getByTestId('knee-rom-involved-flexion').fill('130');
    await page.getByTestId('knee-rom-uninvolved-extension').fill('0');
    await page.getByTestId('knee-rom-uninvolved-flexion').fill('140');
    await page.getByTestId('effusion-grade').selectOption('trace');
    await page.getByTestId('quadriceps-lag').fill('0');
    await page.getByTestId('assessment-submit').click();
    await expect(page).toHaveURL(/\/progress$/);
  });

  await test.step('the checklist turns green and the therapist advances', async () => {
    await openProgramme(page, episodeUrl);
    const statuses = page.getByTestId('criteria-checklist').getByTestId('criterion-status');
    await expect(statuses).toHaveCount(4);
    await expect(statuses).toHaveText(['Met', 'Met', 'Met', 'Met']);
    await page.screenshot({ path: screenshotPath('programme-03-criteria-met'), fullPage: true });
    await page.getByTestId('advance-phase').click();
    await expect(page.getByTestId('advance-all-met')).toBeVisible();
    await page.getByTestId('advance-confirm').click();
    await expect(page.getByTestId('programme-phase')).toHaveText('Strength & neuromuscular control');
    await expect(page.getByTestId('history-transitions').getByTestId('transition')).toHaveCount(1);
  });

  await test.step('phase 2 is not met: advancing needs a written override reason, which is kept', async () => {
    await expect(page.getByTestId('criteria-checklist').getByText('Not measured').first()).toBeVisible();
    await page.getByTestId('advance-phase').click();
    await expect(page.getByTestId('advance-unmet')).toBeVisible();
    await expect(page.getByTestId('advance-confirm')).toBeDisabled();
    await page.getByTestId('override-reason').fill(OVERRIDE_REASON);
    await expect(page.getByTestId('advance-confirm')).toBeEnabled();
    await page.getByTestId('advance-confirm').click();
    await expect(page.getByTestId('programme-phase')).toHaveText('Running, agility & landings');
    const transitions = page.getByTestId('history-transitions').getByTestId('transition');
    await expect(transitions).toHaveCount(2);
    await expect(page.getByTestId('transition-override')).toContainText(OVERRIDE_REASON);
    await page.screenshot({ path: screenshotPath('programme-04-override-recorded'), fullPage: true });
  });
});
