/** Shared steps of the skill-map browser tests (the map exposes `window.k8smapMap.cy`). */
import { expect, type Page } from '@playwright/test';

/** Opens the map page and waits until Cytoscape has drawn (and, if asked, the branch shares are in). */
export async function openMap(page: Page, url = './', opts: { shares?: boolean } = {}): Promise<void> {
  await page.goto(url);
  // Every element in can take a while on a loaded 2-core machine (the map itself is not waited on elsewhere).
  await expect(page.locator('#skill-map')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  if (opts.shares) await expect(page.locator('#skill-map')).toHaveAttribute('data-shares', 'ready');
}

/**
 * Rendered position of a node relative to the page (canvas offset + Cytoscape's rendered position),
 * read once the viewport has stopped moving: focusing a node flies there (350 ms), and a position
 * read mid-flight puts the pointer beside the node (map-english.spec.ts failed so in CI).
 */
export async function nodeOnPage(page: Page, id: string): Promise<{ x: number; y: number }> {
  await expect.poll(() => page.evaluate(() => window.k8smapMap!.cy.animated())).toBe(false);
  return page.evaluate((nid) => {
    const cy = window.k8smapMap!.cy;
    const p = cy.getElementById(nid).renderedPosition();
    const r = document.querySelector('.map-canvas')!.getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y };
  }, id);
}
