import { fileURLToPath } from 'node:url';

import { expect, test, type Page } from '@playwright/test';

/**
 * The core clinical journey through the real dashboard and API: a therapist signs in, registers a
 * patient, finds them in the list, opens an ACL-reconstruction episode of care and reviews it.
 * Every control is addressed by its `data-testid`, which the dashboard keeps stable for this.
 */

const THERAPIST = { email: 'therapist@proprio.example', password: 'proprio-demo-2026' };

/** A calendar date `days` before today, as YYYY-MM-DD in the local time zone (what the form expects). */
function daysAgo(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() - days);
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

/** Opens a Material select and picks the option with the given test id (options live in an overlay). */
async function choose(page: Page, selectTestId: string, optionTestId: string): Promise<void> {
  await page.getByTestId(selectTestId).click();
  await page.getByTestId(optionTestId).click();
  await expect(page.getByTestId(optionTestId)).toBeHidden();
}

test('a therapist registers a patient and opens an ACL reconstruction episode', async ({ page }, testInfo) => {
  // Unique per run (and per worker), so the journey can run again against the same database.
  const recordNumber = `E2E-${Date.now().toString(36).toUpperCase()}-${testInfo.workerIndex}`;
  const givenName = 'Jordan';
  const familyName = `Journey${Date.now().toString(36)}`;
  const injuryDate = daysAgo(120);
  const surgeryDate = daysAgo(100);

  await test.step('sign in', async () => {
    await page.goto('/sign-in');
    await page.getByTestId('sign-in-email').fill(THERAPIST.email);
    await page.getByTestId('sign-in-password').fill(THERAPIST.password);
    await page.getByTestId('sign-in-submit').click();
    await expect(page).toHaveURL(/\/caseload$/);
    await page.getByTestId('nav-patients').click();
    await expect(page).toHaveURL(/\/patients$/);
  });

  await test.step('see the patient list', async () => {
    await expect(page.getByRole('heading', { level: 1, name: 'Patients' })).toBeVisible();
    await expect(page.getByTestId('patient-table')).toBeVisible();
    await expect(page.getByTestId('patients-loading')).toHaveCount(0);
  });

  await test.step('register a patient', async () => {
    await page.getByTestId('new-patient-button').click();
    await expect(page).toHaveURL(/\/patients\/new$/);
    await page.getByTestId('patient-record-number').fill(recordNumber);
    await page.getByTestId('patient-given-name').fill(givenName);
    await page.getByTestId('patient-family-name').fill(familyName);
    await page.getByTestId('patient-date-of-birth').fill('1994-03-17');
    await choose(page, 'patient-sex', 'patient-sex-option-female');
    await page.getByTestId('patient-email').fill('jordan.journey@example.org');
    await page.getByTestId('patient-submit').click();

    await expect(page).toHaveURL(/\/patients\/[^/]+$/);
    await expect(page.getByTestId('patient-name')).toHaveText(`${givenName} ${familyName}`);
    await expect(page.getByTestId('patient-record-number-value')).toHaveText(recordNumber);
  });

  await test.step('find the patient in the list and open them', async () => {
    await page.getByTestId('nav-patients').click();
    await expect(page).toHaveURL(/\/patients$/);
    await page.getByTestId('patient-search').fill(recordNumber);
    const row = page.locator(`[data-testid="patient-row"][data-record-number="${recordNumber}"]`);
    await expect(row).toHaveCount(1);
    await expect(page.getByTestId('patient-row')).toHaveCount(1);
    await row.getByTestId('patient-link').click();

    await expect(page.getByTestId('patient-name')).toHaveText(`${givenName} ${familyName}`);
    await expect(page.getByTestId('episodes-empty')).toBeVisible();
  });

  await test.step('open an ACL reconstruction episode', async () => {
    await page.getByTestId('open-episode-button').click();
    await expect(page).toHaveURL(/\/patients\/[^/]+\/episodes\/new$/);
    await expect(page.getByTestId('episode-form-patient')).toHaveText(`${givenName} ${familyName}`);

    await choose(page, 'episode-condition', 'episode-condition-option-acl_reconstruction');
    await page.getByTestId('episode-side-left').getByRole('radio').check();
    await page.getByTestId('episode-injury-date').fill(injuryDate);
    await page.getByTestId('episode-surgery-date').fill(surgeryDate);
    await choose(page, 'episode-graft-type', 'episode-graft-option-hamstring_autograft');
    await choose(page, 'episode-tegner', 'episode-tegner-option-7');
    await page.getByTestId('episode-sport').fill('Football');
    await page.getByTestId('episode-injury-medial_meniscus_tear').click();
    await page.getByTestId('episode-submit').click();
  });

  await test.step('see the episode page', async () => {
    await expect(page).toHaveURL(/\/episodes\/[^/]+$/);
    await expect(page.getByTestId('episode-title')).toHaveText('ACL reconstruction, left');
    await expect(page.getByTestId('episode-side-value')).toHaveText('Left');
    await expect(page.getByTestId('episode-graft-value')).toHaveText('Hamstring tendon autograft');
    await expect(page.getByTestId('episode-injuries-value')).toHaveText('Medial meniscus tear');
    await expect(page.getByTestId('episode-tegner-value')).toHaveText('7');
    // 100 days after surgery is 14 completed weeks.
    await expect(page.getByTestId('episode-surgery-date-value')).toContainText('(14 weeks)');
  });

  await test.step('the episode is listed on the patient page', async () => {
    await page.getByTestId('episode-patient-link').click();
    const episodeRow = page.getByTestId('episode-row');
    await expect(episodeRow).toHaveCount(1);
    await expect(episodeRow).toContainText('ACL reconstruction');
    await expect(episodeRow).toContainText('Left');
    await expect(episodeRow.getByTestId('episode-post-op')).toHaveText('14 weeks');
    await episodeRow.getByTestId('episode-link').click();
    await expect(page.getByTestId('episode-title')).toHaveText('ACL reconstruction, left');
  });

  await test.step('keep a screenshot of the episode page', async () => {
    // A fixed place at the repository root, outside Playwright's per-run output folder (which it
    // empties on every run), so the latest journey screenshot is always at the same path.
    const screenshot = fileURLToPath(new URL('../../test-results/screenshots/core-journey.png', import.meta.url));
    await page.screenshot({ path: screenshot, fullPage: true });
    await testInfo.attach('core-journey', { path: screenshot, contentType: 'image/png' });
  });
});
