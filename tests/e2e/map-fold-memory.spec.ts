/**
 * The reader's folds outlive a reload and a return with Back (src/scripts/map/fold-memory.ts:
 * sessionStorage, per site): a node folded by hand stays folded, a level picked stays picked;
 * a deep link (`?focus=`) still unfolds the way to its node; the reset gives the opening back
 * and forgets them. On the bundled content (it opens whole: level 全部).
 */
import { expect, test, type Page } from '@playwright/test';
import { openMap } from './map-helpers.ts';

interface MapJson {
  root: string;
  nodes: { id: string; p?: string; s: string }[];
}

const hidden = (page: Page, id: string): Promise<boolean> => page.evaluate((nid) => window.k8smapMap!.cy.getElementById(nid).hasClass('hidden'), id);
const folded = (page: Page, id: string): Promise<boolean> => page.evaluate((nid) => window.k8smapMap!.cy.getElementById(nid).hasClass('collapsed'), id);

async function foldByHand(page: Page, id: string): Promise<void> {
  await page.evaluate((nid) => window.k8smapMap!.focusNode(nid), id);
  await page.locator('.map-canvas').focus();
  await expect(page.locator('#skill-map')).toHaveAttribute('data-current', id);
  await page.keyboard.press('-');
  await expect.poll(() => folded(page, id)).toBe(true);
}

test('folds made by hand come back after a reload and after Back; a deep link still reaches a folded node; reset forgets them', async ({ page, request }) => {
  const map = (await (await request.get('map.json')).json()) as MapJson;
  const kids = (id: string) => map.nodes.filter((n) => n.p === id);
  // A branch with children that have children of their own.
  const branch = map.nodes.find((n) => n.p === map.root && kids(n.id).some((k) => kids(k.id).length > 0))!;
  const child = kids(branch.id).find((k) => kids(k.id).length > 0)!;
  const grandchild = kids(child.id)[0]!;

  await openMap(page);
  await expect(page.locator('select.map-level')).toHaveValue('all');
  await foldByHand(page, branch.id);
  expect(await hidden(page, child.id)).toBe(true);

  // Reload: still folded, its count beside it.
  await page.reload();
  await openMap(page, page.url());
  await expect.poll(() => folded(page, branch.id)).toBe(true);
  expect(await hidden(page, child.id)).toBe(true);
  await expect.poll(() => page.evaluate((id) => window.k8smapMap!.cy.getElementById(`fold:${id}`).nonempty(), branch.id)).toBe(true);

  // A level picked (its folds replace the hand's), a branch folded by hand on it, then away to a
  // concept page and Back: the level and the hand fold are kept.
  await page.locator('select.map-level').selectOption('2');
  await expect.poll(() => hidden(page, grandchild.id)).toBe(true);
  expect(await hidden(page, child.id)).toBe(false);
  await foldByHand(page, branch.id);
  await page.goto(`concepts/${encodeURIComponent(branch.id)}/`);
  await page.goBack();
  await openMap(page, page.url());
  await expect(page.locator('select.map-level')).toHaveValue('2');
  await expect.poll(() => folded(page, branch.id)).toBe(true);
  expect(await hidden(page, child.id)).toBe(true);

  // A new visit to the map (a link, not Back) keeps them too.
  await page.goto('./');
  await openMap(page, page.url());
  await expect(page.locator('select.map-level')).toHaveValue('2');
  expect(await hidden(page, child.id)).toBe(true);

  // A deep link to a node under the folded branch: it shows, focused.
  await page.goto(`./?focus=${encodeURIComponent(grandchild.id)}`);
  await openMap(page, page.url());
  expect(await hidden(page, grandchild.id)).toBe(false);
  await expect(page.locator('#skill-map')).toHaveAttribute('data-current', grandchild.id);

  // Reset: the opening (level 全部, nothing folded), and nothing kept for the next visit.
  await page.locator('.map-reset').click();
  await expect(page.locator('select.map-level')).toHaveValue('all');
  await expect.poll(() => folded(page, branch.id)).toBe(false);
  expect(await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.endsWith(':map-folds')))).toEqual([]);
  await page.reload();
  await openMap(page, page.url());
  await expect(page.locator('select.map-level')).toHaveValue('all');
  expect(await folded(page, branch.id)).toBe(false);
  expect(await hidden(page, grandchild.id)).toBe(false);
});
