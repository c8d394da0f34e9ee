/**
 * The map on a phone: the bundled map, two-sided and unfolded, cannot be drawn at a legible size
 * in 390 px, so a phone opens on the root and its branches (folded, each with its count) laid out
 * on one side: the root whole at the left edge with a margin, every branch beside it on screen,
 * labels 10 px or more, with a labelled overview button; the map fits the screen below the header
 * in both languages (the English nav takes two lines).
 */
import { expect, test } from '@playwright/test';

for (const lang of ['zh-CN', 'en'] as const) {
  test(`phone (${lang}): the root whole and all its branches first, the overview one labelled tap away, zoom buttons and docked card on screen`, async ({ browser, baseURL }) => {
    const ctx = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'zh-CN' });
    if (lang === 'en') await ctx.addInitScript(() => localStorage.setItem('k8smap:/:ui-lang', 'en'));
    const page = await ctx.newPage();
    await page.goto('./');
    await expect(page.locator('#skill-map')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    // The whole map stage, with its zoom buttons, is inside the window.
    await expect.poll(() => page.locator('.map-stage').evaluate((s) => Math.round(s.getBoundingClientRect().bottom))).toBeLessThanOrEqual(844);
    for (const b of await page.locator('.map-zoom .btn').all()) {
      const box = (await b.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(844);
    }
    // The root's box whole on screen, with a margin, clear of the overview button; a branch of it beside it.
    const start = await page.evaluate(() => {
      const cy = window.k8smapMap!.cy;
      const root = cy.nodes().filter((n) => !n.incomers('edge').length && !n.hasClass('fold-count'))[0]!;
      const b = root.renderedBoundingBox({ includeLabels: true });
      const kids = root.outgoers('node').nodes().filter((n) => n.visible() && n.renderedPosition().x > b.x2);
      const inView = kids.filter((n) => {
        const k = n.renderedBoundingBox({});
        return k.x2 <= cy.width() && k.y1 >= 0 && k.y2 <= cy.height();
      });
      return { x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2, w: cy.width(), h: cy.height(), branches: inView.length, all: root.outgoers('node').nodes().length, zoom: cy.zoom() };
    });
    expect(start.x1).toBeGreaterThanOrEqual(10); // viewport.ts NARROW_PAD (12), less the border
    expect(start.x2).toBeLessThanOrEqual(start.w - 10);
    expect(start.y1).toBeGreaterThanOrEqual(40);
    expect(start.y2).toBeLessThanOrEqual(start.h - 12);
    // every branch, whole, on screen; labels (18 px) at 10 px or more
    expect(start.branches).toBe(start.all);
    expect(18 * start.zoom).toBeGreaterThanOrEqual(10);
    await expect(page.locator('select.map-level')).toHaveValue('1');
    const overview = page.locator('.map-overview');
    await expect(overview).toBeVisible();
    await expect(overview).toHaveText(lang === 'en' ? 'Whole map' : '全图概览');
    const zoom = () => page.evaluate(() => window.k8smapMap!.cy.zoom());
    const before = await zoom();
    await overview.tap();
    await expect.poll(zoom).toBeLessThan(before);
    // The overview shows the whole map (every node inside the canvas).
    await expect.poll(() => page.evaluate(() => {
      const cy = window.k8smapMap!.cy;
      const bb = cy.elements(':visible').renderedBoundingBox({});
      return bb.x1 >= -1 && bb.x2 <= cy.width() + 1 && bb.y1 >= -1 && bb.y2 <= cy.height() + 1;
    })).toBe(true);
    await ctx.close();
  });
}

test('phone: a folded branch unfolds from its card (no right click, no keyboard on a touch screen), and folds back', async ({ browser, baseURL }) => {
  const ctx = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'zh-CN' });
  const page = await ctx.newPage();
  await page.goto('./');
  await expect(page.locator('#skill-map')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  const branch = await page.evaluate(() => {
    const cy = window.k8smapMap!.cy;
    const n = cy.nodes('.collapsed').filter((x) => x.visible())[0]!;
    const b = n.renderedBoundingBox({});
    const r = document.querySelector('.map-canvas')!.getBoundingClientRect();
    return { id: n.id(), x: r.left + (b.x1 + b.x2) / 2, y: r.top + (b.y1 + b.y2) / 2, kids: n.outgoers('edge[ty = "child"]').targets().length };
  });
  await page.touchscreen.tap(branch.x, branch.y);
  const fold = page.locator('.map-card .tt-fold');
  await expect(fold).toHaveText(`展开 ${branch.kids} 个子节点`);
  await expect(fold).toHaveAttribute('aria-expanded', 'false');
  await fold.tap();
  await expect(fold).toHaveText('收起子节点');
  await expect(fold).toHaveAttribute('aria-expanded', 'true');
  const shown = () => page.evaluate((id) => window.k8smapMap!.cy.getElementById(id).outgoers('edge[ty = "child"]').targets().filter((n) => n.visible()).length, branch.id);
  await expect.poll(shown).toBe(branch.kids);
  await fold.tap();
  await expect(fold).toHaveText(`展开 ${branch.kids} 个子节点`);
  await expect.poll(shown).toBe(0);
  await ctx.close();
});

