/**
 * Self-check cards on the bundled site: the review page schedules cards with FSRS (keyboard:
 * Space shows the answer, 1–4 rate), the schedule survives a reload and an export/import round
 * trip, the number of new cards per day is a kept setting, the map remembers its "cards due"
 * switch, and concept pages show their cards folded. axe: review page (with the setting changed) and a concept page with
 * cards, light and dark.
 */
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';

const KEY = 'k8smap:/:progress';
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function axe(page: Page): Promise<string[]> {
  const r = await new AxeBuilder({ page }).include('#main').withTags(TAGS).analyze();
  return r.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`);
}

interface Stored {
  version: number;
  cards: Record<string, { due: string; reps: number; state: string; introducedAt: string }>;
}

async function stored(page: Page): Promise<Stored> {
  return JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY)) ?? 'null') as Stored;
}

/** Opens the map with one card of Pod due since yesterday in the store. */
async function mapWithPodCardDue(page: Page): Promise<void> {
  const past = new Date(Date.now() - 86_400_000).toISOString();
  const entry = { due: past, stability: 3, difficulty: 5, scheduledDays: 3, learningSteps: 0, reps: 2, lapses: 0, state: 'review', lastReview: past, introducedAt: past, updatedAt: past };
  const cards = (await (await page.request.get('cards.json')).json()) as { cards: { id: string; concept: string }[] };
  const podCard = cards.cards.find((c) => c.concept === 'pod')!;
  await page.goto('');
  await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [KEY, JSON.stringify({ version: 2, states: {}, orphans: {}, cards: { [podCard.id]: entry } })]);
  await page.reload();
}

test('a review session rates three cards by keyboard; the schedule survives a reload and an export/import round trip', async ({ page }) => {
  await page.goto('review/');
  const start = page.locator('#review-start');
  await expect(start).toBeEnabled();
  await expect(page.locator('.review-stats [data-review-count="fresh"]')).toHaveText('10');
  // The branches' new cards are their shares of those ten, not ten each.
  const perBranch = await page.locator('tr[data-branch] [data-review-count="fresh"]').allTextContents();
  expect(perBranch.length).toBeGreaterThan(1);
  expect(perBranch.reduce((n, s) => n + Number(s), 0)).toBe(10);
  await start.click();
  const card = page.locator('#review-card');
  await expect(card).toBeVisible();
  const show = page.locator('#review-show');
  const rated: string[] = [];
  for (const key of ['3', '4', '1']) {
    const id = await card.getAttribute('data-card-id');
    expect(id).toMatch(/^[a-z0-9-]+\/(q-[0-9a-f]{8}|[a-z0-9-]+)$/);
    await expect(page.locator('#review-answer')).toBeHidden();
    await expect(show).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('Space');
    await expect(page.locator('#review-answer')).toBeVisible();
    await expect(page.locator('#review-answer-body')).not.toBeEmpty();
    await expect(page.locator('.grade-good [data-when]')).not.toBeEmpty();
    await page.keyboard.press(key);
    rated.push(id!);
    await expect(page.locator('#review-live')).toContainText('已评为');
  }
  expect(new Set(rated).size).toBe(3);
  const s1 = await stored(page);
  expect(s1.version).toBe(2);
  expect(Object.keys(s1.cards).sort()).toEqual([...rated].sort());
  for (const id of rated) expect(s1.cards[id]!.reps).toBe(1);
  // Good and Easy put the card days ahead (Easy further); Again keeps it in today's session.
  const due = (id: string) => Date.parse(s1.cards[id]!.due);
  expect(due(rated[1]!)).toBeGreaterThan(due(rated[0]!));
  expect(due(rated[2]!)).toBeLessThan(due(rated[0]!));

  // Reload: the same schedule, and today's counts take it into account: 3 of the 10 new cards
  // a day are used, and the cards rated into a learning step (Again, Good) are due again today
  // (counted with the browser's own clock, so the test does not depend on the time of day).
  await page.reload();
  expect((await stored(page)).cards).toEqual(s1.cards);
  const expected = await page.evaluate((cards) => {
    const end = new Date();
    end.setHours(23, 59, 59, 999);
    const day = (d: Date) => `${d.getFullYear()}-${d.getMonth()}-${d.getDate()}`;
    const entries = Object.values(cards) as { due: string; introducedAt: string }[];
    return {
      due: entries.filter((e) => Date.parse(e.due) <= end.getTime()).length,
      fresh: 10 - entries.filter((e) => day(new Date(e.introducedAt)) === day(new Date())).length,
    };
  }, s1.cards);
  expect(expected.due).toBeGreaterThanOrEqual(1);
  await expect(page.locator('.review-stats [data-review-count="fresh"]')).toHaveText(String(expected.fresh));
  await expect(page.locator('.review-stats [data-review-count="due"]')).toHaveText(String(expected.due));

  // Export on the progress page, clear the browser, import the file: the same schedule.
  await page.goto('progress/');
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#progress-export').click()]);
  const file = await download.path();
  const exported = JSON.parse(await readFile(file!, 'utf8')) as { version: number; cards: Stored['cards'] };
  expect(exported.version).toBe(2);
  expect(exported.cards).toEqual(s1.cards);
  await page.evaluate((k) => localStorage.removeItem(k), KEY);
  await page.reload();
  await page.locator('#progress-import').setInputFiles(file!);
  await expect(page.locator('#progress-ok')).toContainText('卡片日程新增 3 张');
  expect((await stored(page)).cards).toEqual(s1.cards);
  await page.goto('review/');
  await expect(page.locator('.review-stats [data-review-count="fresh"]')).toHaveText(String(expected.fresh));
  await expect(page.locator('.review-stats [data-review-count="due"]')).toHaveText(String(expected.due));
});

test('a session can be limited to a branch or to concepts marked learning', async ({ page }) => {
  await page.goto('review/');
  await expect(page.locator('#review-start')).toBeEnabled();
  await page.locator('#review-learning').check();
  await expect(page.locator('#review-start')).toBeDisabled();
  await page.evaluate((k) => localStorage.setItem(k, JSON.stringify({ version: 2, states: { pod: { state: 'learning', updatedAt: new Date().toISOString() } }, orphans: {}, cards: {} })), KEY);
  await page.reload();
  await page.locator('#review-learning').check();
  await expect(page.locator('#review-start')).toHaveText(/（3 张）/);
  await page.locator('#review-start').click();
  await expect(page.locator('#review-concept-link')).toHaveAttribute('href', '/concepts/pod/');
  await page.locator('#review-learning').uncheck();
  const branch = page.locator('#review-branch');
  const options = await branch.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
  expect(options.length).toBeGreaterThan(2);
  const rows = await page.locator('.review-table tbody tr').count();
  expect(rows).toBe(options.length);
  // Each choice names its branch in the UI language only, as the table's rows lead with it.
  const names = async () => branch.locator('option').evaluateAll((os) => os.filter((o) => (o as HTMLOptionElement).value).map((o) => o.textContent));
  const rowNames = async () => page.locator('.review-table tbody th > span:first-child').allTextContents();
  expect(await names()).toEqual(await rowNames());
  expect((await names()).some((n) => /[A-Za-z]{4}/.test(n!) && /\p{Script=Han}/u.test(n!) && n!.includes(' · '))).toBe(false);
  await expect(page.locator('#lang-toggle')).toHaveAttribute('data-ready', 'true');
  await page.locator('#lang-toggle').click();
  await expect(branch.locator('option').first()).toHaveText('All branches');
  expect(await names()).toEqual(await rowNames());
  expect((await names()).every((n) => !/\p{Script=Han}/u.test(n!))).toBe(true);
});

test('new cards per day is a setting: kept across reloads and in the export, and a session shows at most that many new cards', async ({ page }) => {
  await page.goto('review/');
  await expect(page.locator('#review-start')).toBeEnabled();
  const perDay = page.getByLabel('每天新卡片');
  await expect(perDay).toHaveValue('10');
  await expect(perDay).toHaveAccessibleDescription('0–100 张');
  // Keyboard: type a number and leave the box; it is saved and the counts follow.
  await perDay.focus();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('4');
  await page.keyboard.press('Tab');
  await expect(page.locator('#review-live')).toHaveText('已保存：每天最多 4 张新卡片。');
  await expect(page.locator('.review-stats [data-review-count="fresh"]')).toHaveText('4');
  await expect(page.locator('#review-start')).toHaveText(/（4 张）/);
  await expect(page.locator('[data-review-i18n]')).toContainText('4');
  expect((await page.evaluate((k) => JSON.parse(localStorage.getItem(k)!), KEY)).review).toMatchObject({ newCardsPerDay: 4 });

  // Reload: kept. Out of range is brought into range; Enter in the box saves and starts the session.
  await page.reload();
  await expect(perDay).toHaveValue('4');
  await expect(page.locator('.review-stats [data-review-count="fresh"]')).toHaveText('4');
  await perDay.fill('2');
  await perDay.press('Enter');
  await expect(page.locator('#review-card')).toBeVisible();
  await expect(page.locator('#review-remaining')).toHaveText('本轮还剩 2 张');
  const seen = new Set<string>();
  for (let i = 0; i < 2; i++) {
    seen.add((await page.locator('#review-card').getAttribute('data-card-id'))!);
    await expect(page.locator('#review-new-badge')).toBeVisible();
    await page.keyboard.press('Space');
    await expect(page.locator('#review-answer')).toBeVisible();
    await page.keyboard.press('4'); // Easy: days ahead, not back in this session
  }
  await expect(page.locator('#review-done')).toBeVisible();
  expect(seen.size).toBe(2);
  await expect(page.locator('.review-stats [data-review-count="fresh"]')).toHaveText('0');
  await perDay.fill('500');
  await perDay.blur();
  await expect(perDay).toHaveValue('100');

  // In English, and in the export file.
  await expect(page.locator('#lang-toggle')).toHaveAttribute('data-ready', 'true');
  await page.getByRole('button', { name: '切换界面语言' }).click();
  await expect(page.getByLabel('New cards per day')).toHaveValue('100');
  await page.goto('progress/');
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#progress-export').click()]);
  const exported = JSON.parse(await readFile((await download.path())!, 'utf8')) as { review?: { newCardsPerDay: number } };
  expect(exported.review?.newCardsPerDay).toBe(100);
});

test("the table names each branch in the UI language first, also on a phone", async ({ page }) => {
  await page.setViewportSize({ width: 393, height: 727 });
  await page.goto('review/');
  const cards = (await (await page.request.get('cards.json')).json()) as { branches: { id: string; title: string; titleEn?: string }[] };
  const b = cards.branches.find((x) => x.titleEn && x.titleEn !== x.title)!;
  const head = page.locator(`tr[data-branch="${b.id}"] th`);
  await expect(head).toHaveText(new RegExp(`^${b.title}`));
  await expect(page.locator('#lang-toggle')).toHaveAttribute('data-ready', 'true');
  await page.locator('#lang-toggle').click();
  // On a phone only the first name shows: in English, the English one.
  await expect(head).toHaveText(new RegExp(`^${b.titleEn!}`));
  await expect(head.locator('span:visible')).toHaveText([b.titleEn!]);
});

test('a concept page shows its cards folded, the answer opens on request', async ({ page }) => {
  await page.goto('concepts/pod/');
  const cards = page.locator('main details.self-check-card');
  await expect(cards).toHaveCount(3);
  const first = cards.first();
  const answer = first.locator('.self-check-answer');
  await expect(answer).toBeHidden();
  await first.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(answer).toBeVisible();
  await expect(page.locator('main .self-check-review a')).toHaveAttribute('href', '/review/');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`review page and a concept page with cards have no WCAG 2.1 AA violations (${scheme})`, async ({ page }) => {
    // Three full axe runs (two pages, one with the answer open): on a loaded 2-core machine this
    // took 30–60 s alone, over the default 60 s.
    test.setTimeout(180_000);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('review/');
    await expect(page.locator('#review-start')).toBeEnabled();
    // The "new cards per day" setting, changed (its saved message in the live region), is checked too.
    await page.locator('#review-new-per-day').fill('5');
    await page.locator('#review-new-per-day').blur();
    await expect(page.locator('#review-live')).toContainText('5');
    expect(await axe(page)).toEqual([]);
    await page.locator('#review-start').click();
    await page.keyboard.press('Space');
    await expect(page.locator('#review-answer')).toBeVisible();
    expect(await axe(page)).toEqual([]);
    await page.goto('concepts/pod/');
    await page.locator('main details.self-check-card summary').first().click();
    expect(await axe(page)).toEqual([]);
  });
}

test('the map outlines concepts whose cards are due, when switched on in the legend', async ({ page }) => {
  await mapWithPodCardDue(page);
  await expect(page.locator('[data-ready="true"]').first()).toBeAttached({ timeout: 30_000 });
  await page.locator('.map-legend summary').click();
  const box = page.locator('#map-cards-due');
  await expect(box).toBeVisible();
  await box.check();
  const root = page.locator('[data-cards-due]');
  await expect(root).toHaveAttribute('data-cards-due', '1');
  await box.uncheck();
  await expect(root).toHaveAttribute('data-cards-due', 'off');
});

test('the map remembers the "cards due" switch across reloads and visits, like the theme', async ({ page }) => {
  await mapWithPodCardDue(page);
  const root = page.locator('[data-cards-due]');
  await expect(root).toHaveAttribute('data-cards-due', 'off');
  await page.locator('.map-legend summary').click();
  await page.locator('#map-cards-due').focus();
  await page.keyboard.press('Space');
  await expect(root).toHaveAttribute('data-cards-due', '1');
  expect(await page.evaluate(() => localStorage.getItem('k8smap:/:map-cards-due'))).toBe('on');

  // Reload: on, and the outline is drawn (data-cards-due counts the outlined concepts) without touching the switch.
  await page.reload();
  await expect(root).toHaveAttribute('data-cards-due', '1');
  await expect(page.locator('#map-cards-due')).toBeChecked();

  // Another visit (a new page in the same browser profile) after going elsewhere: still on; off is remembered too.
  await page.goto('concepts/pod/');
  await page.goto('');
  await expect(root).toHaveAttribute('data-cards-due', '1');
  await page.locator('.map-legend summary').click();
  await page.locator('#map-cards-due').uncheck();
  await page.reload();
  await expect(root).toHaveAttribute('data-cards-due', 'off');
  await expect(page.locator('#map-cards-due')).not.toBeChecked();
});
