/**
 * The self-checks and the risk rules on the real site, at phone width: the PHQ-9 scores known
 * answers to the published band, an answer above "not at all" to its ninth question puts crisis
 * help first, nothing is sent or stored, and axe finds nothing in the states a reader reaches.
 * Also the symptom explorer with the real content: a risk tick puts urgent help first, and one
 * tick never lists a condition its editors marked as needing more.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';

test.use({ viewport: { width: 375, height: 800 } });

/** Ticks answer `points` (0 to 3) for each PHQ-9 question in turn. */
async function answerPhq9(page: Page, points: number[]) {
  for (const [i, p] of points.entries()) await page.locator(`input[name="q${i + 1}"][value="${p}"]`).check();
}

/** Whether `first` sits above `then` on the page (measured together: the page may be scrolling). */
async function above(first: Locator, then: Locator): Promise<boolean> {
  const other = await then.elementHandle();
  return first.evaluate((a, b) => a.getBoundingClientRect().bottom <= b!.getBoundingClientRect().top, other);
}

test.describe('the mood check (PHQ-9)', () => {
  // A reader in the UK: the crisis help shows his country's lines (src/scripts/country-guess.js).
  test.use({ locale: 'en-GB', timezoneId: 'Europe/London' });
  test.beforeEach(async ({ page }) => page.goto('/self-check/mood/'));

  for (const [answers, total, band] of [
    [[0, 0, 0, 0, 0, 0, 0, 0, 0], 0, '0 to 4: few or no signs of depression.'],
    [[1, 1, 1, 1, 1, 0, 0, 0, 0], 5, '5 to 9: mild.'],
    [[2, 2, 2, 1, 1, 1, 1, 2, 0], 12, '10 to 14: moderate.'],
    [[3, 3, 3, 2, 2, 1, 1, 2, 0], 17, '15 to 19: moderately severe.'],
    [[3, 3, 3, 3, 3, 3, 3, 3, 0], 24, '20 to 27: severe.'],
  ] as const) {
    test(`scores ${answers.join(', ')} as ${total}: ${band}`, async ({ page }) => {
      await answerPhq9(page, [...answers]);
      await page.getByRole('button', { name: 'See my score' }).click();
      const result = page.locator('#result');
      await expect(result.getByRole('heading', { level: 2, name: `Your score: ${total} out of 27` })).toBeVisible();
      await expect(result).toContainText(band);
      await expect(result.locator('#crisis-first')).toBeHidden();
      await expect(result).toBeFocused();
    });
  }

  test('an answer above "not at all" to question 9 shows crisis help at once, and first in the result', async ({ page }) => {
    const crisisNow = page.locator('#crisis-now');
    await expect(crisisNow).toBeHidden();
    await page.locator('input[name="q9"][value="1"]').check();
    // At once, under the question, before any score exists.
    await expect(crisisNow).toBeVisible();
    await expect(crisisNow.getByRole('heading', { name: 'Please talk to someone tonight' })).toBeVisible();
    await expect(crisisNow.getByRole('link', { name: 'Call 116 123' }).first()).toHaveAttribute('href', 'tel:116123');
    await expect(page.locator('#result')).toBeHidden();
    await page.locator('input[name="q9"][value="0"]').check();
    await expect(crisisNow).toBeHidden();

    await answerPhq9(page, [0, 0, 0, 0, 0, 0, 0, 0, 2]);
    await expect(crisisNow).toBeVisible();
    await page.getByRole('button', { name: 'See my score' }).click();
    const result = page.locator('#result');
    const crisisFirst = result.locator('#crisis-first');
    // A score of 2 is the lowest band, and still the crisis help comes first.
    await expect(crisisFirst).toBeVisible();
    await expect(result).toContainText('0 to 4: few or no signs of depression.');
    expect(await above(crisisFirst, result.getByRole('heading', { name: /^Your score/ }))).toBe(true);
    expect(await result.evaluate((r) => r.firstElementChild?.querySelector('#crisis-first') !== null)).toBe(true);
  });

  test('asks for the questions left unanswered, and gives no score until they are', async ({ page }) => {
    await answerPhq9(page, [1, 1, 1]);
    await page.getByRole('button', { name: 'See my score' }).click();
    await expect(page.getByRole('alert')).toHaveText('Please answer questions 4, 5, 6, 7, 8 and 9 first.');
    await expect(page.locator('input[name="q4"]').first()).toBeFocused();
    await expect(page.locator('#result')).toBeHidden();
  });

  test('can be answered with the keyboard alone', async ({ page }) => {
    await page.locator('input[name="q1"]').first().focus();
    for (let q = 1; q <= 9; q++) {
      await page.keyboard.press('ArrowDown'); // from "Not at all" to "Several days"
      if (q < 9) await page.keyboard.press('Tab');
    }
    await page.getByRole('button', { name: 'See my score' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#result')).toContainText('Your score: 9 out of 27');
  });

  test('sends nothing and stores nothing: no request after the page has loaded, no cookie, no storage', async ({ page, context, baseURL }) => {
    await page.waitForLoadState('networkidle');
    const requests: string[] = [];
    context.on('request', (r) => requests.push(r.url()));
    await answerPhq9(page, [2, 2, 2, 2, 2, 2, 2, 2, 1]);
    await page.getByRole('button', { name: 'See my score' }).click();
    await expect(page.locator('#result')).toBeVisible();
    expect(requests).toEqual([]);
    expect(new URL(page.url()).search).toBe('');
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
    expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
  });

  test('axe finds nothing with crisis help and a result showing, in light and dark', async ({ page }) => {
    test.setTimeout(90_000);
    await answerPhq9(page, [3, 3, 3, 3, 3, 3, 3, 3, 3]);
    await page.getByRole('button', { name: 'See my score' }).click();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice']).setLegacyMode().analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  });

  test('each answer is a target at least 44px tall', async ({ page }) => {
    const heights = await page.locator('label.answer').evaluateAll((labels) => labels.map((l) => l.getBoundingClientRect().height));
    expect(heights.length).toBe(40);
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(44);
  });

  test('prints the answers, the score and the crisis lines, without the page around them', async ({ page }) => {
    await answerPhq9(page, [1, 1, 1, 1, 1, 1, 1, 1, 0]);
    await page.getByRole('button', { name: 'See my score' }).click();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByText('My answers to the PHQ-9 (Patient Health Questionnaire), to talk about with my GP')).toBeVisible();
    await expect(page.locator('#result')).toContainText('Your score: 8 out of 27');
    await expect(page.locator('.handout-footer')).toBeVisible();
    await expect(page.getByRole('button', { name: 'See my score' })).toBeHidden();
    await expect(page.locator('.site-header')).toBeHidden();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the mood check is a form to fill in, add up by hand and print; question 9 still shows crisis help', async ({ page }) => {
    await page.goto('/self-check/mood/');
    await expect(page.getByText('JavaScript is off in your browser')).toBeVisible();
    await expect(page.getByRole('button', { name: 'See my score' })).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Adding it up yourself' })).toBeVisible();
    await expect(page.locator('.scoring')).toContainText('"Not at all" is 0, "Several days" 1, "More than half the days" 2 and "Nearly every day" 3');
    await expect(page.locator('.scoring li')).toHaveText([/^0 to 4/, /^5 to 9/, /^10 to 14/, /^15 to 19/, /^20 to 27/]);
    await page.locator('input[name="q9"][value="3"]').check();
    await expect(page.locator('#crisis-now')).toBeVisible();
  });
});

test.describe('the check after something frightening (PC-PTSD-5)', () => {
  test.beforeEach(async ({ page }) => page.goto('/self-check/trauma/'));
  const event = (page: Page) => page.getByRole('group', { name: 'Have you ever experienced this kind of event?' });

  test('with no such event, stops at 0 and hides the five questions', async ({ page }) => {
    await event(page).getByLabel('No').check();
    await expect(page.getByRole('group', { name: /Had nightmares/ })).toBeHidden();
    await page.getByRole('button', { name: 'See my score' }).click();
    await expect(page.locator('#result')).toContainText('Your score: 0 out of 5');
    await expect(page.locator('#result')).toContainText('No such event: 0.');
  });

  for (const [answers, total, outcome] of [
    [['yes', 'yes', 'no', 'no', 'no'], 2, '0 to 2 "Yes" answers.'],
    [['yes', 'no', 'yes', 'yes', 'no'], 3, '3 to 5 "Yes" answers.'],
  ] as const) {
    test(`counts ${total} yes answers: ${outcome}`, async ({ page }) => {
      await event(page).getByLabel('Yes').check();
      for (const [i, a] of answers.entries()) await page.locator(`input[name="q${i + 1}"][value="${a}"]`).check();
      await page.getByRole('button', { name: 'See my score' }).click();
      await expect(page.locator('#result')).toContainText(`Your score: ${total} out of 5`);
      await expect(page.locator('#result')).toContainText(outcome);
    });
  }

  test('asks the question about the event first', async ({ page }) => {
    await page.getByRole('button', { name: 'See my score' }).click();
    await expect(page.getByRole('alert')).toHaveText('Please answer the question about the event first.');
  });
});

test.describe('risk on the real site', () => {
  test('a risk symptom\'s page starts with urgent help, before what it is about', async ({ page }) => {
    for (const path of ['/symptoms/suicidal-thoughts/', '/symptoms/self-harm/', '/symptoms/sensation-seeking/']) {
      await page.goto(path);
      const card = page.locator('#urgent-help');
      await expect(card, path).toBeVisible();
      expect(await above(card, page.locator('.lead')), path).toBe(true);
    }
    await page.goto('/symptoms/emotional-numbness/');
    await expect(page.locator('#urgent-help')).toHaveCount(0);
  });

  test('the explorer: ticking "taking risks or hurting yourself" puts urgent help first, and no rare condition', async ({ page }) => {
    await page.goto('/sound-familiar/');
    await page.getByLabel('Taking risks or hurting yourself to feel something', { exact: true }).check();
    const card = page.locator('#urgent-help');
    await expect(card).toBeVisible();
    const conditions = page.locator('[data-group="conditions"] .matches a');
    await expect(conditions.first()).toBeVisible();
    expect(await above(card, page.locator('#explorer-results'))).toBe(true);
    await expect(page.getByRole('status')).toContainText('What you ticked can mean you need help now.');
    await expect(page.getByRole('link', { name: 'See who to call or text tonight' })).toHaveAttribute('href', '#urgent-help');
  });

  test('the explorer: one tick never lists a condition its editors marked as needing more', async ({ page }) => {
    await page.goto('/sound-familiar/');
    await page.getByLabel('Feeling numb', { exact: true }).check();
    const conditions = page.locator('[data-group="conditions"] .matches a');
    await expect(conditions.first()).toBeVisible();
    const listed = await conditions.allTextContents();
    for (const serious of ['Schizophrenia', 'Degenerative brain disease', 'Brain injury']) expect(listed).not.toContain(serious);
    // Common conditions come first.
    expect(listed.slice(0, 2)).not.toContain('Grief that gets stuck');
    await expect(page.locator('#urgent-help')).toBeHidden();
    // Both of schizophrenia's signs: now it is listed.
    await page.getByLabel('A flat face and voice', { exact: true }).check();
    await expect(conditions).toContainText(['Schizophrenia']);
  });
});
