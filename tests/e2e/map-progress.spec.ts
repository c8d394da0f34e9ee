import { test, expect, type Page } from '@playwright/test';
import { nodeOnPage, openMap } from './map-helpers.ts';
import AxeBuilder from '@axe-core/playwright';

/**
 * Learning progress on the skill map: the node card (mouse, keyboard, touch) sets a concept's
 * state; the node's colour, its branch's share on the map ("learned / total", the same numbers
 * as the home page's progress summary) and the toolbar's overall count follow, and survive a
 * reload.
 */

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface MapJson {
  root: string;
  nodes: { id: string; p?: string; b: string }[];
}


const progressClasses = (page: Page, id: string): Promise<string[]> =>
  page.evaluate((nid) => window.k8smapMap!.cy.getElementById(nid).classes().filter((c) => c.startsWith('progress-')), id);

/** The share drawn next to a branch on the map ("7 / 12"). */
const mapShare = (page: Page, branch: string): Promise<string | undefined> =>
  page.evaluate((b) => window.k8smapMap!.cy.getElementById(`t:${b}`).data('share') as string | undefined, branch);

/** The same branch's numbers in the home page's progress summary (filled by ui-summary.ts). */
async function summaryShare(page: Page, branch: string): Promise<string> {
  const item = page.locator(`.home-progress [data-progress-summary] [data-branch="${branch}"]`);
  await expect(page.locator('.home-progress [data-progress-summary]')).toHaveAttribute('data-ready', '');
  return `${await item.locator('[data-count="learned"]').textContent()} / ${await item.locator('[data-count="total"]').textContent()}`;
}

async function branchOf(page: Page, id: string): Promise<string> {
  const data = (await (await page.request.get('map.json')).json()) as MapJson;
  const n = data.nodes.find((x) => x.id === id)!;
  expect(n.p, `${id} is not the root`).toBeDefined();
  expect(n.b).not.toBe(id);
  return n.b;
}

const learnedOf = (share: string | undefined): number => Number((share ?? 'x').split(' / ')[0]);

test('mouse: hover a node, set its state in the card; colour, branch share and overall count follow and persist', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const branch = await branchOf(page, 'pod');
  await openMap(page, './?focus=pod', { shares: true });
  await page.locator('.map-canvas').press('Escape');
  const card = page.locator('.map-card');
  await expect(card).toBeHidden();

  const before = await mapShare(page, branch);
  expect(before).toBe(await summaryShare(page, branch));
  const overall = page.locator('.map-progress [data-count="learned"]');
  const overallBefore = Number(await overall.textContent());

  const p = await nodeOnPage(page, 'pod');
  await page.mouse.move(p.x, p.y);
  await expect(card).toBeVisible();
  await expect(card).not.toHaveAttribute('aria-hidden', 'true');
  await expect(card.locator('.tt-title')).toContainText('容器组');
  await expect(card.locator('.tt-kind')).toHaveText('API 对象');
  await expect(card.locator('.tt-summary')).not.toBeEmpty();
  await expect(card.getByRole('link', { name: '打开页面' })).toHaveAttribute('href', /\/concepts\/pod\/$/);
  // The pointer moves from the node into the card (it stays) and clicks a state.
  await card.getByRole('button', { name: '已掌握' }).click();
  await expect(card.getByRole('button', { name: '已掌握' })).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => progressClasses(page, 'pod')).toEqual(['progress-learned']);
  await expect.poll(() => mapShare(page, branch)).toBe(`${learnedOf(before) + 1} / ${before!.split(' / ')[1]}`);
  expect(await mapShare(page, branch)).toBe(await summaryShare(page, branch));
  await expect(overall).toHaveText(String(overallBefore + 1));
  await expect(page.locator('.map-live')).toContainText('已掌握');

  // Leaving the card closes it.
  await page.mouse.move(5, 200);
  await expect(card).toBeHidden();

  await page.reload();
  await expect(page.locator('#skill-map')).toHaveAttribute('data-shares', 'ready');
  await expect.poll(() => progressClasses(page, 'pod')).toEqual(['progress-learned']);
  expect(await mapShare(page, branch)).toBe(`${learnedOf(before) + 1} / ${before!.split(' / ')[1]}`);
  await expect(overall).toHaveText(String(overallBefore + 1));

  // A click on a node (mouse) still opens its page.
  const q = await nodeOnPage(page, 'pod');
  await page.mouse.click(q.x, q.y);
  await expect(page).toHaveURL(/\/concepts\/pod\/$/);
});

test('keyboard: keys 1–4 set the focused node\'s state, announced; Tab reaches the card, Escape returns to the map', async ({ page, request }) => {
  const data = (await (await request.get('map.json')).json()) as MapJson;
  await openMap(page, './', { shares: true });
  const canvas = page.locator('.map-canvas');
  // Reach the map with Tab from the search box.
  await page.getByRole('combobox', { name: '在图谱中查找' }).focus();
  for (let i = 0; i < 15 && !(await canvas.evaluate((c) => c === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(canvas).toBeFocused();
  // Root → first branch on the right → its first child: a counted concept.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  const id = (await page.locator('#skill-map').getAttribute('data-current'))!;
  const node = data.nodes.find((n) => n.id === id)!;
  expect(node.p).not.toBe(data.root);
  const branch = node.b;
  const before = (await mapShare(page, branch))!;
  const live = page.locator('.map-live');

  await page.keyboard.press('2');
  await expect.poll(() => progressClasses(page, id)).toEqual(['progress-learning']);
  await expect(live).toContainText('学习中');
  expect(await mapShare(page, branch)).toBe(before);
  await page.keyboard.press('3');
  await expect.poll(() => progressClasses(page, id)).toEqual(['progress-learned']);
  await expect(live).toContainText('已掌握');
  await expect.poll(() => mapShare(page, branch)).toBe(`${learnedOf(before) + 1} / ${before.split(' / ')[1]}`);
  expect(await mapShare(page, branch)).toBe(await summaryShare(page, branch));
  await page.keyboard.press('4');
  await expect.poll(() => progressClasses(page, id)).toEqual(['progress-skipped']);
  await expect(live).toContainText('跳过');
  expect(await mapShare(page, branch)).toBe(before);
  await page.keyboard.press('1');
  await expect.poll(() => progressClasses(page, id)).toEqual([]);
  await expect(live).toContainText('未开始');
  await page.keyboard.press('3');
  await expect.poll(() => progressClasses(page, id)).toEqual(['progress-learned']);

  // Tab moves into the card (the picker first), which shows the current state.
  const card = page.locator('.map-card');
  await expect(card).toBeVisible();
  await page.keyboard.press('Tab');
  const focusedInCard = await card.evaluate((c) => c.contains(document.activeElement));
  expect(focusedInCard).toBe(true);
  await expect(card.getByRole('button', { name: '已掌握' })).toHaveAttribute('aria-pressed', 'true');
  // Set a state from the card with the keyboard.
  await card.getByRole('button', { name: '学习中' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => progressClasses(page, id)).toEqual(['progress-learning']);
  await expect(card).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
  await expect(canvas).toBeFocused();
  expect(await page.locator('#skill-map').getAttribute('data-current')).toBe(id);
  // Arrow keys bring the card back.
  await page.keyboard.press('ArrowDown');
  await expect(card).toBeVisible();

  await page.reload();
  await expect(page.locator('#skill-map')).toHaveAttribute('data-shares', 'ready');
  await expect.poll(() => progressClasses(page, id)).toEqual(['progress-learning']);
});

test('touch: a tap shows the card (open page; the state behind its details), a second tap opens the page', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, locale: 'zh-CN' });
  const page = await context.newPage();
  await openMap(page, './?focus=pod', { shares: true });
  const card = page.locator('.map-card');
  let p: { x: number; y: number };
  // The close button closes the pinned card; so does a tap on the background.
  await expect(card).toBeVisible();
  await card.getByRole('button', { name: '关闭' }).tap();
  await expect(card).toBeHidden();
  p = await nodeOnPage(page, 'pod');
  await page.touchscreen.tap(p.x, p.y);
  await expect(card).toBeVisible();
  const empty = await page.evaluate(() => {
    const cy = window.k8smapMap!.cy;
    const r = document.querySelector('.map-canvas')!.getBoundingClientRect();
    const boxes = cy.nodes(':visible').map((n) => n.renderedBoundingBox({}));
    for (let y = 20; y < r.height / 2; y += 15) {
      for (let x = 20; x < r.width - 20; x += 15) {
        // clear of every node and of what sits over the map (the overview button, the zoom buttons)
        if (boxes.some((b) => x > b.x1 - 10 && x < b.x2 + 10 && y > b.y1 - 10 && y < b.y2 + 10)) continue;
        if (document.elementFromPoint(r.left + x, r.top + y)?.closest('.map-canvas')) return { x: r.left + x, y: r.top + y };
      }
    }
    return undefined;
  });
  expect(empty).toBeDefined();
  await page.touchscreen.tap(empty!.x, empty!.y);
  await expect(card).toBeHidden();
  p = await nodeOnPage(page, 'pod');
  await page.touchscreen.tap(p.x, p.y);
  await expect(card).toBeVisible();
  await expect(page).not.toHaveURL(/concepts/);
  // Docked along the bottom of the map, inside the viewport.
  const cb = (await card.boundingBox())!;
  expect(cb.x).toBeGreaterThanOrEqual(0);
  expect(cb.x + cb.width).toBeLessThanOrEqual(390);
  expect(cb.y + cb.height).toBeLessThanOrEqual(844);
  // Docked, the card is compact: the state picker is behind its details button.
  await expect(card.getByRole('button', { name: '学习中' })).toBeHidden();
  await card.getByRole('button', { name: '显示详情' }).tap();
  await card.getByRole('button', { name: '学习中' }).tap();
  await expect.poll(() => progressClasses(page, 'pod')).toEqual(['progress-learning']);
  await expect(card).toBeVisible();
  p = await nodeOnPage(page, 'pod');
  await page.touchscreen.tap(p.x, p.y);
  await expect(page).toHaveURL(/\/concepts\/pod\/$/);
  await context.close();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the map with the node card open (focus in it) has no WCAG 2.1 AA violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openMap(page, './?focus=pod', { shares: true });
    await page.evaluate(() => document.dispatchEvent(new CustomEvent('k8smap:progress-set', { detail: { id: 'pod', state: 'learned' } })));
    const card = page.locator('.map-card');
    await expect(card).toBeVisible();
    await card.getByRole('button', { name: '已掌握' }).focus();
    const r = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(r.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
  });
}
