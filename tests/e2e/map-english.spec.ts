/**
 * English mode on the map: the node card (opened with the keyboard and with the mouse) names the
 * node in English first, its labels and buttons are English, the page it opens has English
 * breadcrumbs, and switching back gives Chinese again. (The map title, the concept page's search
 * tooltip and placeholder, and the map search's placeholder are covered in learner.spec.ts and
 * map.spec.ts.)
 */
import { expect, test } from '@playwright/test';
import { nodeOnPage, openMap } from './map-helpers.ts';

interface MapJson {
  root: string;
  nodes: { id: string; zh: string; en: string; k: string; st?: string; n: 0 | 1 }[];
}

/** A label as drawn on one line (map.json pre-wraps labels with `\n`). */
const oneLine = (s: string): string => s.replace(/\s*\n\s*/g, ' ').trim();

test('English mode: the node card title, labels and buttons are English (keyboard and mouse); the opened page has English breadcrumbs; back to Chinese', async ({ page, request }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const data = (await (await request.get('map.json')).json()) as MapJson;
  const byId = new Map(data.nodes.map((n) => [n.id, n]));
  const pod = byId.get('pod')!;
  expect(oneLine(pod.en)).not.toBe(oneLine(pod.zh));

  await openMap(page, './?focus=pod');
  const card = page.locator('.map-card');
  await expect(card).toBeVisible();
  await expect(card.locator('.tt-title strong')).toHaveText(oneLine(pod.zh));
  await expect(page.locator('#lang-toggle')).toHaveAttribute('data-ready', 'true');
  await page.getByRole('button', { name: '切换界面语言' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // The map's own title and root label follow the interface language.
  await expect(page.locator('#map-title')).toHaveText('Kubernetes Skill Map');
  await expect.poll(() => page.evaluate((root) => window.k8smapMap!.cy.getElementById(root).data('lbl'), data.root)).toBe('Kubernetes Skill Map');

  // Keyboard: leave the card, move along the siblings and back to Pod; the card is English.
  const canvas = page.locator('.map-canvas');
  await canvas.press('Escape');
  await expect(card).toBeHidden();
  await canvas.press('ArrowDown');
  await expect(card).toBeVisible();
  const next = byId.get((await page.locator('#skill-map').getAttribute('data-current'))!)!;
  expect(next.id).not.toBe('pod');
  await expect(card.locator('.tt-title strong')).toHaveText(oneLine(next.en));
  await canvas.press('ArrowUp');
  await expect(page.locator('#skill-map')).toHaveAttribute('data-current', 'pod');
  await expect(card.locator('.tt-title strong')).toHaveText(oneLine(pod.en));
  await expect(card.locator('.tt-title .tt-en')).toHaveText(oneLine(pod.zh));
  await expect(card.locator('.tt-kind')).toHaveText('API object');
  await expect(card.getByRole('button', { name: 'Learned' })).toBeVisible();
  await expect(card.getByRole('link', { name: 'Open page' })).toHaveAttribute('href', /\/concepts\/pod\/$/);
  await expect(card.getByRole('button', { name: 'Close' })).toBeVisible();
  // Nothing in the card is left in Chinese except the second name.
  const cardText = await card.evaluate((c) => {
    const clone = c.cloneNode(true) as HTMLElement;
    clone.querySelector('.tt-en')?.remove();
    clone.querySelector('.tt-summary')?.remove(); // the summary is note text, in the notes' language
    return clone.textContent ?? '';
  });
  expect(cardText).not.toMatch(/\p{Script=Han}/u);

  // A historical stub: status and stub mark in English.
  const hist = data.nodes.find((n) => n.st === 'historical' && n.n === 0 && oneLine(n.en) !== oneLine(n.zh))!;
  expect(await page.evaluate((id) => window.k8smapMap!.focusNode(id), hist.id)).toBe(true);
  await expect(card).toHaveAttribute('data-id', hist.id);
  await expect(card.locator('.tt-title strong')).toHaveText(oneLine(hist.en));
  await expect(card.locator('.tt-status')).toHaveText('Historical');
  await expect(card.locator('.tt-stub')).toHaveText('No note yet');

  // Mouse: hover Pod, the card is English; a click opens its page with English breadcrumbs.
  await canvas.press('Escape');
  expect(await page.evaluate(() => window.k8smapMap!.focusNode('pod'))).toBe(true);
  await canvas.press('Escape');
  await expect(card).toBeHidden();
  const p = await nodeOnPage(page, 'pod');
  await page.mouse.move(p.x, p.y);
  await expect(card).toBeVisible();
  await expect(card.locator('.tt-title strong')).toHaveText(oneLine(pod.en));
  await page.mouse.click(p.x, p.y);
  await expect(page).toHaveURL(/\/concepts\/pod\/$/);
  const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(crumbs.locator('li').first()).toHaveText('Kubernetes Skill Map');
  await expect(crumbs.locator('[aria-current="page"]')).toHaveText('Pod');

  // Back on the map, switch to Chinese: the card and the root label are Chinese again.
  await openMap(page, './?focus=pod');
  await expect(card).toBeVisible();
  await expect(card.locator('.tt-title strong')).toHaveText(oneLine(pod.en));
  await page.getByRole('button', { name: 'Switch interface language' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('#map-title')).toHaveText('Kubernetes 技能图谱');
  await expect.poll(() => page.evaluate((root) => window.k8smapMap!.cy.getElementById(root).data('lbl'), data.root)).toBe('Kubernetes 技能图谱');
  await canvas.press('Escape');
  await canvas.press('ArrowDown');
  await canvas.press('ArrowUp');
  await expect(page.locator('#skill-map')).toHaveAttribute('data-current', 'pod');
  await expect(card.locator('.tt-title strong')).toHaveText(oneLine(pod.zh));
  await expect(card.locator('.tt-kind')).toHaveText('API 对象');
  await expect(card.getByRole('link', { name: '打开页面' })).toBeVisible();
});

/** Desktop, laptop, phones upright and held sideways: the map search's whole placeholder shows in the field in both languages. */
const WINDOWS = [
  { width: 1280, height: 800 },
  { width: 1024, height: 768 },
  { width: 844, height: 390, phone: true },
  { width: 915, height: 412, phone: true },
  { width: 393, height: 727, phone: true },
  { width: 360, height: 640, phone: true },
];
for (const lang of ['zh-CN', 'en'] as const) {
  test(`the map search's placeholder is not cut (${lang}) on a desktop, a phone and a phone held sideways`, async ({ browser, baseURL }) => {
    for (const { phone, ...vp } of WINDOWS) {
      const ctx = await browser.newContext({ baseURL, viewport: vp, isMobile: !!phone, hasTouch: !!phone, locale: 'zh-CN' });
      if (lang === 'en') await ctx.addInitScript(() => localStorage.setItem('k8smap:/:ui-lang', 'en'));
      const page = await ctx.newPage();
      await openMap(page);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      const fit = await page.locator('#map-search-input').evaluate((i: HTMLInputElement) => {
        const cs = getComputedStyle(i);
        const c = document.createElement('canvas').getContext('2d')!;
        c.font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
        return { text: i.placeholder, need: c.measureText(i.placeholder).width, room: i.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight) };
      });
      expect(fit.text.length, `${vp.width}×${vp.height}`).toBeGreaterThan(5);
      expect(fit.need, `${vp.width}×${vp.height}: "${fit.text}"`).toBeLessThanOrEqual(fit.room);
      await ctx.close();
    }
  });
}
