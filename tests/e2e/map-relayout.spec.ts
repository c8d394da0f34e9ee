import { test, expect, type Page } from '@playwright/test';
import { openMap } from './map-helpers.ts';
import type { NodeSingular } from 'cytoscape';

/**
 * The map lays the visible tree out again when nodes are folded (src/scripts/map/relayout.ts):
 * by hand (the node folded stays where it was on screen, the rest closes up, the folded node
 * shows how many children it hides) and by the level control (a compact tree, fitted).
 * On the bundled content, which opens whole at the build's positions. With `K8SMAP_BIG_URL`
 * (a site built from a big folder of notes, e.g. every chapter of tests/corpus/miner, served by
 * `astro preview`), also the opening view of a big map.
 */

interface Drawn {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

async function visibleNodes(page: Page): Promise<Drawn[]> {
  await expect.poll(() => page.evaluate(() => window.k8smapMap!.cy.nodes(':animated').length)).toBe(0);
  return page.evaluate(() =>
    window.k8smapMap!.cy
      .nodes(':visible')
      .filter((n) => !n.hasClass('fold-count'))
      .map((n) => ({ id: n.id(), ...(n as NodeSingular).position(), w: (n as NodeSingular).width(), h: (n as NodeSingular).height() })),
  );
}

function overlaps(boxes: Drawn[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (Math.abs(a.x - b.x) < (a.w + b.w) / 2 - 1 && Math.abs(a.y - b.y) < (a.h + b.h) / 2 - 1) out.push(`${a.id}×${b.id}`);
    }
  }
  return out;
}

const height = (boxes: Drawn[]): number => Math.max(...boxes.map((b) => b.y + b.h / 2)) - Math.min(...boxes.map((b) => b.y - b.h / 2));

async function rendered(page: Page, id: string): Promise<{ x: number; y: number }> {
  await expect.poll(() => page.evaluate(() => window.k8smapMap!.cy.animated() || window.k8smapMap!.cy.nodes(':animated').length > 0)).toBe(false);
  return page.evaluate((nid) => {
    const p = window.k8smapMap!.cy.getElementById(nid).renderedPosition();
    return { x: Math.round(p.x), y: Math.round(p.y) };
  }, id);
}

test('folding a branch by hand lays the map out again around it; unfolding restores the build layout', async ({ page, request }) => {
  await openMap(page);
  const data = (await (await request.get('map.json')).json()) as { root: string; nodes: { id: string; p?: string; s: string; x: number; y: number }[] };
  await expect(page.locator('select.map-level')).toHaveValue('all');
  // The first branch on the right, with the most children.
  const right = data.nodes.filter((n) => n.p === data.root && n.s === 'r');
  const kids = (id: string): number => data.nodes.filter((n) => n.p === id).length;
  const branch = [...right].sort((a, b) => kids(b.id) - kids(a.id))[0]!;
  const below = right.filter((n) => n.y > branch.y);
  await page.evaluate((id) => window.k8smapMap!.focusNode(id), branch.id);
  await page.locator('.map-canvas').focus();
  const focused = await rendered(page, branch.id);
  await page.keyboard.press('-');
  // The folded node stays put on screen, and its count shows beside it.
  expect(await rendered(page, branch.id)).toEqual(focused);
  await expect.poll(() => page.evaluate((id) => window.k8smapMap!.cy.getElementById(`fold:${id}`).data('lbl') as string | undefined, branch.id)).toBe(String(kids(branch.id)));
  const shown = await visibleNodes(page);
  expect(overlaps(shown)).toEqual([]);
  // The branches that were below it close up (the halves keep their branches).
  for (const b of below) {
    const now = shown.find((n) => n.id === b.id)!;
    expect(now.y, b.id).toBeLessThan(b.y);
    expect(Math.sign(now.x), b.id).toBe(1);
  }
  await page.keyboard.press('+');
  expect(await rendered(page, branch.id)).toEqual(focused);
  const back = await visibleNodes(page);
  expect(back.length).toBe(data.nodes.length);
  for (const n of data.nodes) {
    const d = back.find((b) => b.id === n.id)!;
    expect([d.x, d.y], n.id).toEqual([n.x, n.y]);
  }
  expect(await page.evaluate(() => window.k8smapMap!.cy.nodes('.fold-count').length)).toBe(0);
});

test('a level folds and lays out the visible tree compactly; 全部 brings the build layout back', async ({ page, request }) => {
  await openMap(page);
  const data = (await (await request.get('map.json')).json()) as { nodes: { id: string; d: number; x: number; y: number; h: number; w: number }[] };
  const level1Sliver = height(data.nodes.filter((n) => n.d <= 1).map((n) => ({ ...n })));
  await page.locator('select.map-level').selectOption('1');
  const shown = await visibleNodes(page);
  expect(shown.length).toBe(data.nodes.filter((n) => n.d <= 1).length);
  expect(overlaps(shown)).toEqual([]);
  expect(height(shown)).toBeLessThan(level1Sliver * 0.7);
  // Fitted: every visible node on screen, at a readable size.
  const onScreen = await page.evaluate(() => {
    const cy = window.k8smapMap!.cy;
    return cy.nodes(':visible').every((n) => {
      const b = n.renderedBoundingBox({});
      return b.x1 >= 0 && b.y1 >= 0 && b.x2 <= cy.width() && b.y2 <= cy.height();
    });
  });
  expect(onScreen).toBe(true);
  await page.locator('select.map-level').selectOption('all');
  const all = await visibleNodes(page);
  for (const n of data.nodes) {
    const d = all.find((b) => b.id === n.id)!;
    expect([d.x, d.y], n.id).toEqual([n.x, n.y]);
  }
});

const BIG = process.env.K8SMAP_BIG_URL;

/** Opens a big map: every element in takes longer (3,000 nodes on a loaded 2-core machine). */
async function openBig(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.locator('#skill-map')).toHaveAttribute('data-ready', 'true', { timeout: 120_000 });
}

test.describe('a big map (K8SMAP_BIG_URL)', () => {
  test.skip(!BIG, 'set K8SMAP_BIG_URL to a site built from a big folder of notes');
  test.describe.configure({ mode: 'serial', timeout: 240_000 });

  test('opens at a readable level, laid out compactly and fitted, its fans folded', async ({ page, request }) => {
    const data = (await (await request.get(new URL('map.json', BIG).href)).json()) as { root: string; nodes: { id: string; p?: string; d: number }[] };
    expect(data.nodes.length).toBeGreaterThan(200);
    await openBig(page, BIG!);
    const level = await page.locator('select.map-level').inputValue();
    expect(level).not.toBe('all');
    const shown = await visibleNodes(page);
    expect(shown.length).toBeLessThanOrEqual(200);
    expect(shown.length).toBeGreaterThan(1);
    expect(overlaps(shown)).toEqual([]);
    // Every branch of the root is on screen.
    const branches = data.nodes.filter((n) => n.p === data.root).map((n) => n.id);
    const off = await page.evaluate((ids) => {
      const cy = window.k8smapMap!.cy;
      return ids.filter((id) => {
        const b = cy.getElementById(id).renderedBoundingBox({});
        return !(b.x1 >= 0 && b.y1 >= 0 && b.x2 <= cy.width() && b.y2 <= cy.height());
      });
    }, branches);
    expect(off).toEqual([]);
    // The folded nodes show their counts.
    expect(await page.evaluate(() => window.k8smapMap!.cy.nodes('.fold-count').length)).toBeGreaterThan(0);
  });

  test('a deep link reveals its node in the folded map', async ({ page, request }) => {
    const data = (await (await request.get(new URL('map.json', BIG).href)).json()) as { nodes: { id: string; d: number }[] };
    const deep = data.nodes.find((n) => n.d >= 3)!;
    await openBig(page, new URL(`?focus=${encodeURIComponent(deep.id)}`, BIG).href);
    await expect(page.locator('#skill-map')).toHaveAttribute('data-current', deep.id);
    const visible = await page.evaluate((id) => window.k8smapMap!.cy.getElementById(id).visible(), deep.id);
    expect(visible).toBe(true);
    expect(overlaps(await visibleNodes(page))).toEqual([]);
  });
});
