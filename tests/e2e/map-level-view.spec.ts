/**
 * After a level is picked (展开层级) or the map is reset, the view is readable: the visible map
 * fitted only when its labels stay readable, else its width at a readable zoom around the
 * root's row (viewport.ts `levelView`), never a tall column of labels a few pixels high.
 */
import { expect, test, type Page } from '@playwright/test';
import { openMap } from './map-helpers.ts';

/** The map's visible nodes whose boxes are inside the canvas, with their drawn font size (px). */
async function inView(page: Page): Promise<{ id: string; fontPx: number }[]> {
  return page.evaluate(() => {
    const cy = window.k8smapMap!.cy;
    return cy
      .nodes()
      .filter((n) => n.visible() && !n.hasClass('fold-count'))
      .filter((n) => {
        const b = n.renderedBoundingBox({ includeLabels: false });
        return b.x2 > 0 && b.x1 < cy.width() && b.y2 > 0 && b.y1 < cy.height();
      })
      .map((n) => ({ id: n.id(), fontPx: parseFloat(String(n.style('font-size'))) * cy.zoom() }));
  });
}

async function settled(page: Page): Promise<void> {
  await expect.poll(() => page.evaluate(() => window.k8smapMap!.cy.animated() || window.k8smapMap!.cy.nodes().some((n) => (n as unknown as { animated(): boolean }).animated()))).toBe(false);
  await page.waitForTimeout(100);
}

test('a level picked by the reader, and the reset, give a readable view with the root in it', async ({ page, request }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openMap(page);
  const map = (await (await request.get('map.json')).json()) as { root: string };
  const level = page.locator('select.map-level');
  for (const value of ['2', 'all', '3']) {
    await level.selectOption(value);
    await settled(page);
    const nodes = await inView(page);
    expect(nodes.map((n) => n.id), value).toContain(map.root);
    expect(nodes.length, value).toBeGreaterThan(5);
    for (const n of nodes) expect(n.fontPx, `${value}: ${n.id}`).toBeGreaterThanOrEqual(10.99);
  }
  await page.locator('.map-reset').click();
  await settled(page);
  const nodes = await inView(page);
  expect(nodes.map((n) => n.id)).toContain(map.root);
  for (const n of nodes) expect(n.fontPx, `reset: ${n.id}`).toBeGreaterThanOrEqual(10.99);
});
