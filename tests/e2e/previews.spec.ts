import { test, expect, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/**
 * Hover previews of concept links and backlinks in context, on the bundled site. Which links and
 * concepts are used is read from the built pages and preview-index.json, not hard-coded.
 */
interface PreviewIndexLike {
  concepts: Record<string, { title: string; zh?: string; summary?: string; example?: string }>;
}

const card = (page: Page) => page.locator('#concept-preview');

/** The first concept link in the note body of a concept page, and the id it points to. */
async function firstNoteLink(page: Page, path = 'concepts/pod/'): Promise<{ link: Locator; id: string }> {
  await page.goto(path);
  const link = page.locator('.note-body a[href^="/concepts/"]').first();
  const href = (await link.getAttribute('href'))!;
  const id = decodeURIComponent(/^\/concepts\/([^/]+)\//.exec(href)![1]!);
  return { link, id };
}

async function previewIndex(page: Page): Promise<PreviewIndexLike> {
  const res = await page.request.get('preview-index.json');
  expect(res.ok()).toBe(true);
  return (await res.json()) as PreviewIndexLike;
}

function overlaps(a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

test('hovering a concept link shows its preview after a short delay, beside the link, without moving the page', async ({ page }) => {
  const { link, id } = await firstNoteLink(page);
  const index = await previewIndex(page);
  const expected = index.concepts[id]!;
  await link.scrollIntoViewIfNeeded();
  const before = await link.boundingBox();
  const docHeight = await page.evaluate(() => document.documentElement.scrollHeight);
  await link.hover();
  await expect(card(page)).toBeVisible();
  await expect(card(page).locator('.cp-title')).toHaveText(expected.title);
  if (expected.summary) await expect(card(page).locator('.cp-summary')).toHaveText(expected.summary);
  if (expected.example) await expect(card(page).locator('pre code')).toContainText(expected.example.split('\n')[0]!);
  await expect(card(page).locator('.cp-progress')).toContainText('未开始');
  await expect(card(page)).toHaveAttribute('role', 'tooltip');
  await expect(link).toHaveAttribute('aria-describedby', /\bconcept-preview\b/);
  // Never over the link, and nothing on the page moved.
  const box = (await card(page).boundingBox())!;
  const linkBox = (await link.boundingBox())!;
  expect(overlaps(box, linkBox)).toBe(false);
  expect(linkBox).toEqual(before);
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBe(docHeight);
  // The pointer may move onto the card without closing it; leaving both closes it.
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
  await page.waitForTimeout(400);
  await expect(card(page)).toBeVisible();
  await page.mouse.move(5, 5);
  await expect(card(page)).toBeHidden();
  await expect(link).not.toHaveAttribute('aria-describedby', /concept-preview/);
});

test('keyboard focus opens the preview, Escape closes it and focus stays on the link (no trap)', async ({ page }) => {
  const { link, id } = await firstNoteLink(page);
  const index = await previewIndex(page);
  await link.focus();
  await expect(card(page)).toBeVisible();
  await expect(card(page).locator('.cp-title')).toHaveText(index.concepts[id]!.title);
  await expect(link).toHaveAttribute('aria-describedby', /\bconcept-preview\b/);
  await page.keyboard.press('Escape');
  await expect(card(page)).toBeHidden();
  await expect(link).toBeFocused();
  await expect(link).not.toHaveAttribute('aria-describedby', /concept-preview/);
  // Tab moves on as usual; the next concept link gets its own preview.
  await page.keyboard.press('Tab');
  await expect(link).not.toBeFocused();
  const next = page.locator(':focus');
  const nextHref = await next.getAttribute('href');
  if (nextHref && /^\/concepts\/[^/]+\/$/.test(nextHref)) await expect(card(page)).toBeVisible();
});

test('the preview shows the learning progress stored for the concept and fetches the index once', async ({ page }) => {
  const { id } = await firstNoteLink(page);
  await page.evaluate((cid) => {
    localStorage.setItem('k8smap:/:progress', JSON.stringify({ version: 1, states: { [cid]: { state: 'learning', updatedAt: new Date().toISOString() } }, orphans: {} }));
  }, id);
  let fetches = 0;
  page.on('request', (r) => {
    if (r.url().endsWith('/preview-index.json')) fetches++;
  });
  await page.reload();
  const links = page.locator('.note-body a[href^="/concepts/"]');
  await links.first().hover();
  await expect(card(page).locator('.cp-progress')).toContainText('学习中');
  await links.nth(1).hover();
  await expect(card(page)).toBeVisible();
  await page.keyboard.press('Escape');
  expect(fetches).toBe(1);
});

test('a long press on a touch screen opens the preview instead of following the link; a tap still follows it', async ({ browser }) => {
  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, locale: 'zh-CN' });
  const page = await ctx.newPage();
  const { link } = await firstNoteLink(page);
  await link.scrollIntoViewIfNeeded();
  const b = (await link.boundingBox())!;
  const pt = { x: b.x + Math.min(b.width / 2, 10), y: b.y + b.height / 2 };
  const cdp = await ctx.newCDPSession(page);
  const url = page.url();
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [pt] });
  await page.waitForTimeout(800);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await expect(card(page)).toBeVisible();
  expect(overlaps((await card(page).boundingBox())!, (await link.boundingBox())!)).toBe(false);
  await page.waitForTimeout(300);
  expect(page.url()).toBe(url);
  // Tapping elsewhere closes it; a tap on the link navigates.
  await page.touchscreen.tap(5, 300);
  await expect(card(page)).toBeHidden();
  const href = (await link.getAttribute('href'))!;
  await link.tap();
  await page.waitForURL((u) => u.pathname === href);
  await ctx.close();
});

test('a concept page lists the notes that link to it, each with the sentence around the link highlighted', async ({ page }) => {
  await page.goto('concepts/pod/');
  const section = page.getByRole('region', { name: /被以下笔记引用/ });
  await expect(section).toBeVisible();
  await expect(section).toHaveClass(/backlinks/);
  const first = section.locator('.backlink-note').first();
  const place = first.locator('.backlink-place').first();
  const mark = place.locator('mark');
  await expect(mark).toHaveCount(1);
  const marked = (await mark.textContent())!.trim();
  const context = (await place.locator('.backlink-context').textContent())!.replace(/\s+/g, ' ').trim();
  expect(marked.length).toBeGreaterThan(0);
  expect(context.length).toBeGreaterThan(marked.length);
  // The linking note really says so: its page has a link to Pod with that text, in that sentence.
  const href = (await first.locator('a.backlink-title').getAttribute('href'))!;
  await page.goto(href);
  const links = page.locator('.note-body a[href="/concepts/pod/"]');
  const texts = (await links.allTextContents()).map((t) => t.trim());
  expect(texts).toContain(marked);
  const body = (await page.locator('.note-body').textContent())!.replace(/\s+/g, ' ');
  expect(body).toContain(context.replace(/^…|…$/g, '').slice(0, 30));
});

for (const scheme of ['light', 'dark'] as const) {
  test(`a concept page with a preview open has no WCAG 2.1 AA violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const { link } = await firstNoteLink(page);
    await link.focus();
    await expect(card(page).locator('.cp-title')).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
  });
}

test('search results preview their concept; Escape closes the preview first, then the dialog', async ({ page }) => {
  await page.goto('concepts/');
  await expect(page.locator('#search-dialog')).toHaveAttribute('data-ready', 'true');
  await page.keyboard.press('Control+k');
  const box = page.locator('#search-dialog').getByRole('combobox');
  await expect(box).toBeFocused();
  await box.fill('Pod');
  const option = page.locator('#search-listbox').getByRole('option').first();
  await expect(option).toBeVisible();
  const index = await previewIndex(page);
  const id = decodeURIComponent(/\/concepts\/([^/]+)\//.exec((await option.getAttribute('data-href'))!)![1]!);
  await option.hover();
  await expect(card(page)).toBeVisible();
  await expect(card(page).locator('.cp-title')).toHaveText(index.concepts[id]!.title);
  await page.keyboard.press('Escape');
  await expect(card(page)).toBeHidden();
  await expect(page.locator('#search-dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('#search-dialog')).toBeHidden();
});
