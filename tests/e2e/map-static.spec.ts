import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/**
 * The static SVG picture of the skill map (MapStatic.astro): painted with the HTML (also without
 * JavaScript), aria-hidden, at the same place as the interactive map that replaces it, and
 * hidden once Cytoscape has drawn.
 */

/** Holds the Cytoscape chunk back so the page stays on the static picture; returns a release. */
async function holdCytoscape(page: Page): Promise<() => void> {
  let release: () => void = () => {};
  const gate = new Promise<void>((r) => (release = r));
  await page.route(/cytoscape\.esm[^/]*\.js$/, async (route) => {
    await gate;
    await route.continue();
  });
  return release;
}

/**
 * The picture a desktop paints, and the one a phone paints: the bundled map opens otherwise on a
 * phone (its branches, stacked under the root: map-model.ts phoneOpening) and on a phone held
 * sideways (the same branches, two-sided and packed), so it has three.
 */
const WIDE = '.map-static:not([data-only="narrow"]):not([data-only="short"])';
const NARROW = '.map-static:not([data-only="wide"]):not([data-only="short"])';
/** The picture of a phone held sideways (a short map: viewport.ts SHORT). */
const SHORT = '.map-static[data-only="short"]';

/** Page centres of a few nodes in the static picture `pic`. */
async function staticCentres(page: Page, ids: string[], pic = WIDE): Promise<Record<string, { x: number; y: number }>> {
  return page.evaluate(([list, sel]) => {
    const out: Record<string, { x: number; y: number }> = {};
    for (const id of list) {
      const g = [...document.querySelectorAll<SVGGElement>(`${sel} .ms-n`)].find((e) => e.dataset.id === id);
      const r = g?.querySelector('rect')?.getBoundingClientRect();
      if (r) out[id] = { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }
    return out;
  }, [ids, pic] as const);
}

/** Page positions of the map nodes' centres as Cytoscape draws them. */
async function mapCentres(page: Page, ids: string[]): Promise<Record<string, { x: number; y: number }>> {
  return page.evaluate((list) => {
    const cy = window.k8smapMap!.cy;
    const r = document.querySelector('.map-canvas')!.getBoundingClientRect();
    return Object.fromEntries(list.map((id) => {
      const p = cy.getElementById(id).renderedPosition();
      return [id, { x: r.left + p.x, y: r.top + p.y }];
    }));
  }, ids);
}

test('the static picture shows every map node before Cytoscape, and Cytoscape takes over at the same place', async ({ page, request }) => {
  const map = (await (await request.get('map.json')).json()) as { root: string; nodes: { id: string; p?: string }[] };
  const release = await holdCytoscape(page);
  await page.goto('./');
  const pic = page.locator(WIDE);
  await expect(pic).toBeVisible();
  await expect(page.locator(NARROW)).toBeHidden();
  await expect(pic).toHaveAttribute('aria-hidden', 'true');
  const ids = await pic.locator('.ms-n').evaluateAll((els) => els.map((e) => (e as SVGGElement).dataset.id));
  expect([...ids].sort()).toEqual(map.nodes.map((n) => n.id).sort());
  expect(await pic.locator('path.ms-e').count()).toBe(map.nodes.filter((n) => n.p !== undefined).length);
  await expect(page.locator('#skill-map')).not.toHaveAttribute('data-ready', 'true');
  const sample = [map.root, ...map.nodes.filter((n) => n.p === map.root).slice(0, 3).map((n) => n.id)];
  const before = await staticCentres(page, sample);

  release();
  await expect(page.locator('#skill-map')).toHaveAttribute('data-ready', 'true');
  await expect(pic).toBeHidden();
  const after = await mapCentres(page, sample);
  for (const id of sample) {
    expect(Math.abs(before[id].x - after[id].x), `${id} x`).toBeLessThan(2);
    expect(Math.abs(before[id].y - after[id].y), `${id} y`).toBeLessThan(2);
  }
});

test('on a phone and with ?focus= the picture starts at the same viewport as the interactive map', async ({ browser }) => {
  for (const [vp, url, id] of [[{ width: 390, height: 844 }, './', undefined], [{ width: 1280, height: 800 }, './?focus=pod', 'pod']] as const) {
    const context = await browser.newContext({ viewport: vp });
    const page = await context.newPage();
    const release = await holdCytoscape(page);
    await page.goto(url);
    const sel = vp.width < 600 ? NARROW : WIDE;
    await expect(page.locator(sel)).toBeVisible();
    await expect(page.locator(sel === NARROW ? WIDE : NARROW)).toBeHidden();
    const root = await page.evaluate((s) => (document.querySelector(`${s} .ms-root`) as SVGGElement).dataset.id!, sel);
    const probe = id ?? root;
    const before = (await staticCentres(page, [probe], sel))[probe];
    release();
    await expect(page.locator('#skill-map')).toHaveAttribute('data-ready', 'true');
    const after = await page.evaluate((nid) => {
      const p = window.k8smapMap!.cy.getElementById(nid).renderedPosition();
      const r = document.querySelector('.map-canvas')!.getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y };
    }, probe);
    expect(Math.abs(before.x - after.x), `${url} x`).toBeLessThan(2);
    expect(Math.abs(before.y - after.y), `${url} y`).toBeLessThan(2);
    await context.close();
  }
});

test('before Cytoscape arrives, a click on a node in the picture opens its page', async ({ page }) => {
  const release = await holdCytoscape(page);
  await page.goto('./?focus=pod');
  const node = page.locator(`${WIDE} a.ms-a`).filter({ has: page.locator('g.ms-n[data-id="pod"]') });
  await expect(node).toHaveAttribute('tabindex', '-1');
  await expect(node.locator('title')).toHaveText(/容器组 · Pod/);
  await expect(page.locator('#skill-map')).not.toHaveAttribute('data-drawn', 'true');
  const box = (await node.locator('rect').boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page).toHaveURL(/\/concepts\/pod\/$/);
  release();
});

test('without JavaScript the picture is there', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('./');
  await expect(page.locator(WIDE)).toBeVisible();
  await expect(page.locator(NARROW)).toBeHidden();
  expect(await page.locator(`${WIDE} .ms-n`).count()).toBeGreaterThan(10);
  // Its nodes are links to their pages.
  await page.locator(`${WIDE} a.ms-a`).filter({ has: page.locator('g.ms-root') }).click();
  await expect(page).toHaveURL(/\/concepts\/[^/]+\/$/);
  await context.close();
});

test('without JavaScript on a phone: the phone\'s picture, and no control that would say otherwise or do nothing (the level control, the overview button)', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 393, height: 727 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto('./');
  await expect(page.locator(NARROW)).toBeVisible();
  await expect(page.locator(WIDE)).toBeHidden();
  // The build selects the laptop's level (全部); the phone's picture shows level 1: without JavaScript the control is not shown.
  await expect(page.locator('select.map-level')).toBeHidden();
  await expect(page.locator('.map-overview')).toBeHidden();
  await expect(page.locator('.map-noscript')).toBeVisible();
  await context.close();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the page showing the static picture has no WCAG 2.1 AA violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await holdCytoscape(page);
    await page.goto('./');
    await expect(page.locator(WIDE)).toBeVisible();
    const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(r.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
  });
}

test('a deep link draws the part in view first, then every other node and line arrives', async ({ page, request }) => {
  const map = (await (await request.get('map.json')).json()) as { root: string; nodes: { id: string; p?: string; x: number; y: number }[]; edges: unknown[] };
  // The node farthest from the root: at zoom 1.1 around it, most of the map is out of view.
  const far = map.nodes.reduce((a, b) => (Math.hypot(b.x, b.y) > Math.hypot(a.x, a.y) ? b : a));
  await page.setViewportSize({ width: 1000, height: 700 });
  // Count Cytoscape's nodes the moment its first frame is marked drawn (before the rest is added).
  await page.addInitScript(() => {
    new MutationObserver((_, obs) => {
      const root = document.getElementById('skill-map');
      if (root?.dataset.drawn !== 'true') return;
      const cy = window.k8smapMap!.cy;
      (window as unknown as { firstFrame: unknown }).firstFrame = { nodes: cy.nodes().map((n) => n.id()), crossEdges: cy.edges('.cross').length };
      obs.disconnect();
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-drawn'] });
  });
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(`./?focus=${encodeURIComponent(far.id)}`);
  await expect(page.locator('#skill-map')).toHaveAttribute('data-ready', 'true');
  // Cytoscape warns about elements added twice: none are.
  expect(problems).toEqual([]);
  const first = await page.evaluate(() => (window as unknown as { firstFrame: { nodes: string[]; crossEdges: number } }).firstFrame);
  expect(first.nodes).toContain(far.id);
  expect(first.nodes).toContain(map.root);
  expect(first.nodes.length).toBeLessThan(map.nodes.length);
  expect(first.crossEdges).toBe(0);
  // All in: every node, every tree line, every cross edge; the picture has made way.
  const all = await page.evaluate(() => {
    const cy = window.k8smapMap!.cy;
    return { nodes: cy.nodes().length, tree: cy.edges('[ty = "child"]').length, cross: cy.edges('.cross').length };
  });
  expect(all).toEqual({ nodes: map.nodes.length, tree: map.nodes.filter((n) => n.p !== undefined).length, cross: map.edges.length });
  await expect(page.locator(WIDE)).toBeHidden();
  await expect(page.locator('#skill-map')).toHaveAttribute('data-current', far.id);
});

test('a node searched for before it is in Cytoscape is focused once it arrives', async ({ page, request }) => {
  const map = (await (await request.get('map.json')).json()) as { nodes: { id: string; x: number; y: number }[] };
  const far = map.nodes.reduce((a, b) => (Math.hypot(b.x, b.y) > Math.hypot(a.x, a.y) ? b : a));
  await page.setViewportSize({ width: 1000, height: 700 });
  // Hold the tasks that add the rest of the elements (zero-delay timeouts after the first frame).
  await page.addInitScript(() => {
    const w = window as unknown as { held: (() => void)[]; open: boolean; release: () => void };
    const real = window.setTimeout.bind(window);
    w.held = [];
    w.open = false;
    w.release = () => {
      w.open = true;
      w.held.splice(0).forEach((f) => real(f, 0));
    };
    window.setTimeout = ((f: () => void, t?: number, ...a: unknown[]) =>
      !w.open && document.getElementById('skill-map')?.dataset.drawn === 'true' && !t ? (w.held.push(f), 0) : real(f, t, ...a)) as typeof window.setTimeout;
  });
  await page.goto(`./?focus=${encodeURIComponent(far.id)}`);
  await expect(page.locator('#skill-map')).toHaveAttribute('data-drawn', 'true');
  // The node farthest from `far` on the other side of the map is not in the first frame.
  const other = map.nodes.reduce((a, b) => (Math.hypot(b.x - far.x, b.y - far.y) > Math.hypot(a.x - far.x, a.y - far.y) ? b : a));
  const before = await page.evaluate((id) => ({ present: window.k8smapMap!.cy.getElementById(id).nonempty(), accepted: window.k8smapMap!.focusNode(id) }), other.id);
  expect(before).toEqual({ present: false, accepted: true });
  await page.evaluate(() => (window as unknown as { release: () => void }).release());
  await expect(page.locator('#skill-map')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('#skill-map')).toHaveAttribute('data-current', other.id);
  expect(await page.evaluate((id) => window.k8smapMap!.cy.getElementById(id).hasClass('focused'), other.id)).toBe(true);
});

test('the label language chosen on the map is remembered: picture and map start in it after a reload', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('#skill-map')).toHaveAttribute('data-ready', 'true');
  await page.locator('button.map-label-lang[value="en"]').click();
  await page.reload();
  await expect(page.locator(WIDE)).toHaveAttribute('data-labels', 'en');
  await expect(page.locator('#skill-map')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('button.map-label-lang[value="en"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('button.map-label-lang[value="zh"]')).toHaveAttribute('aria-pressed', 'false');
  const labels = await page.evaluate(() => window.k8smapMap!.cy.nodes().map((n) => [n.data('lbl'), n.data('en')] as [string, string]));
  expect(labels.length).toBeGreaterThan(100);
  expect(labels.filter(([lbl, en]) => lbl !== en)).toEqual([]);
});

for (const vp of [{ width: 390, height: 844 }, { width: 360, height: 640 }, { width: 393, height: 727 }, { width: 844, height: 390 }]) test(`on a phone (${vp.width}×${vp.height}) the picture is the phone's opening: the root and every branch, each with its count, where the map draws them`, async ({ browser, request }) => {
  const map = (await (await request.get('map.json')).json()) as { root: string; nodes: { id: string; p?: string }[] };
  const branches = map.nodes.filter((n) => n.p === map.root).map((n) => n.id);
  const context = await browser.newContext({ viewport: vp, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const release = await holdCytoscape(page);
  await page.goto('./');
  const pic = page.locator(vp.width >= 600 ? SHORT : NARROW);
  await expect(pic).toBeVisible();
  await expect(page.locator(WIDE)).toBeHidden();
  await expect(page.locator(vp.width >= 600 ? NARROW : SHORT)).toBeHidden();
  // the level control says what the picture shows (the phone's level), before the map takes over
  await expect(page.locator('select.map-level')).toHaveValue('1');
  const ids = await pic.locator('.ms-n').evaluateAll((els) => els.map((e) => (e as SVGGElement).dataset.id));
  expect([...ids].sort()).toEqual([map.root, ...branches].sort());
  expect(await pic.locator('.ms-fold').count()).toBeGreaterThan(0);
  // every node on screen, inside the map
  const stage = (await page.locator('.map-stage').boundingBox())!;
  const before = await staticCentres(page, [map.root, ...branches], vp.width >= 600 ? SHORT : NARROW);
  for (const id of [map.root, ...branches]) {
    expect(before[id]!.x, id).toBeGreaterThan(stage.x);
    expect(before[id]!.x, id).toBeLessThan(stage.x + stage.width);
    expect(before[id]!.y, id).toBeGreaterThan(stage.y);
    expect(before[id]!.y, id).toBeLessThan(stage.y + stage.height);
  }
  release();
  await expect(page.locator('#skill-map')).toHaveAttribute('data-ready', 'true');
  await expect(pic).toBeHidden();
  const after = await mapCentres(page, [map.root, ...branches]);
  for (const id of [map.root, ...branches]) {
    expect(Math.abs(before[id]!.x - after[id]!.x), `${id} x`).toBeLessThan(2);
    expect(Math.abs(before[id]!.y - after[id]!.y), `${id} y`).toBeLessThan(2);
  }
  await context.close();
});

test('with the reader\'s folds kept for the session, the picture (the opening\'s folds) is not painted before the map opens on them', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('#skill-map')).toHaveAttribute('data-ready', 'true');
  await page.locator('select.map-level').selectOption('1');
  await expect.poll(() => page.evaluate(() => sessionStorage.getItem('k8smap:/:map-folds'))).not.toBeNull();
  const release = await holdCytoscape(page);
  await page.reload();
  await expect(page.locator(WIDE)).toHaveAttribute('data-off', 'true');
  await expect(page.locator(WIDE)).toBeHidden();
  await expect(page.locator(NARROW)).toBeHidden();
  release();
  await expect(page.locator('#skill-map')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('select.map-level')).toHaveValue('1');
  // the reset forgets them: the picture is painted again on the next load
  await page.locator('.map-reset').click();
  await expect.poll(() => page.evaluate(() => sessionStorage.getItem('k8smap:/:map-folds'))).toBeNull();
  const again = await holdCytoscape(page);
  await page.reload();
  await expect(page.locator(WIDE)).toBeVisible();
  again();
});
