/**
 * The map on a phone: the bundled map, two-sided and unfolded, cannot be drawn at a legible size
 * in 390 px, so a phone opens on the root and its branches (folded, each with its count) laid out
 * stacked (the root on top, the branches in two columns under it: map-layout.ts STACK), every
 * branch whole in the map below the header and the toolbar, starting just below the overview
 * button (not centred in a tall phone's height), clear of the overview and the zoom buttons, labels and counts 10 px or more, on phones from 360 × 640 to 412 × 915; held sideways
 * (a short map) two-sided and packed, fitted likewise; the map fits the screen below the header in
 * both languages (the header's title and tools one row, the navigation one more, also in English). Unfolding a branch moves the view to it and its children.
 */
import { expect, test, type Page } from '@playwright/test';
import type { EdgeSingular, NodeSingular } from 'cytoscape';

type Rect = { x1: number; y1: number; x2: number; y2: number };
const overlaps = (a: Rect, b: Rect): boolean => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** The boxes (page px) of the visible nodes `ids` (all visible ones when not given), their rendered font size, and the map area that shows on screen. */
async function drawn(page: Page, ids?: string[]) {
  await expect.poll(() => page.evaluate(() => window.k8smapMap!.cy.animated())).toBe(false);
  return page.evaluate((want) => {
    const cy = window.k8smapMap!.cy;
    const c = document.querySelector('.map-canvas')!.getBoundingClientRect();
    const box = (e: Element | null) => {
      const r = e?.getBoundingClientRect();
      return r && r.width > 0 ? { x1: r.left, y1: r.top, x2: r.right, y2: r.bottom } : null;
    };
    const nodes = cy.nodes().filter((n) => n.visible() && (!want || want.includes(n.id()) || want.includes(String(n.data('of'))))).map((n) => {
      const b = n.renderedBoundingBox({ includeLabels: false });
      return { id: n.id(), count: n.hasClass('fold-count'), fontPx: Number(n.data('fs')) * cy.zoom(), box: { x1: c.left + b.x1, y1: c.top + b.y1, x2: c.left + b.x2, y2: c.top + b.y2 } };
    });
    const root = cy.nodes().filter((n) => !n.incomers('edge').length && !n.hasClass('fold-count'))[0]!;
    return {
      nodes,
      root: root.id(),
      branches: root.outgoers('node').nodes().map((n) => n.id()),
      area: { x1: Math.max(0, c.left), y1: Math.max(0, c.top), x2: Math.min(window.innerWidth, c.right), y2: Math.min(window.innerHeight, c.bottom) },
      zoomButtons: box(document.querySelector('.map-zoom')),
      overview: box(document.querySelector('.map-overview')),
      // the learned count: over the map's top right on a phone (else in the toolbar, off the map)
      progress: box(document.querySelector('.map-progress')),
      card: document.querySelector('.map-card:not([hidden])') ? box(document.querySelector('.map-card')) : null,
    };
  }, ids);
}

/** Every box whole in the map area on screen, none under the controls (or `also`), every label and count 10 px or more. */
function allReadableInView(d: Awaited<ReturnType<typeof drawn>>, also: (Rect | null)[] = []): void {
  for (const n of d.nodes) {
    expect(n.box.x1, `${n.id} left`).toBeGreaterThanOrEqual(d.area.x1 - 1);
    expect(n.box.x2, `${n.id} right`).toBeLessThanOrEqual(d.area.x2 + 1);
    expect(n.box.y1, `${n.id} top`).toBeGreaterThanOrEqual(d.area.y1 - 1);
    expect(n.box.y2, `${n.id} bottom`).toBeLessThanOrEqual(d.area.y2 + 1);
    for (const c of [d.zoomButtons, d.overview, d.progress, ...also]) if (c) expect(overlaps(n.box, c), `${n.id} under a control`).toBe(false);
    expect(n.fontPx, `${n.id} font`).toBeGreaterThanOrEqual(9.99);
  }
}

const PHONES = [
  { width: 360, height: 640 }, // a small Android phone
  { width: 375, height: 667 }, // iPhone SE
  { width: 393, height: 727 }, // Pixel 5
  { width: 390, height: 844 },
  { width: 393, height: 851 }, // Pixel 5a / many Androids: tall, the map ~620 px high
  { width: 412, height: 915 },
  { width: 360, height: 640, lang: 'en' }, // English: longer toolbar labels, the nav on two lines
  { width: 393, height: 727, lang: 'en' }, // the English labels come after the first view (longer toolbar buttons): the start is computed again
];

for (const { lang, ...vp } of PHONES as { width: number; height: number; lang?: string }[]) {
  test(`phone ${vp.width}×${vp.height}${lang ? ` (${lang})` : ''}: the root and every branch whole in the map on screen, none under the overview or zoom buttons, labels and counts at 10 px or more`, async ({ browser, baseURL }) => {
    const ctx = await browser.newContext({ baseURL, viewport: vp, isMobile: true, hasTouch: true, locale: 'zh-CN' });
    if (lang === 'en') await ctx.addInitScript(() => localStorage.setItem('k8smap:/:ui-lang', 'en'));
    const page = await ctx.newPage();
    await page.goto('./');
    await expect(page.locator('#skill-map')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
    // the toolbar's controls in one row (a second one takes the map's height)
    const tops = await page.locator('.map-controls > *').evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);
    // the header's title and tools in one row, the navigation in one more (360 px, English too)
    const header = await page.locator('.site-header').evaluate((h) => {
      const rows = (sel: string) => new Set([...h.querySelectorAll(sel)].map((e) => Math.round(e.getBoundingClientRect().top))).size;
      const top = (sel: string) => Math.round(h.querySelector(sel)!.getBoundingClientRect().top);
      return { navRows: rows('.site-nav > a'), titleTop: top('.site-title'), toolsTop: top('.header-tools') };
    });
    expect(header.navRows).toBe(1);
    expect(Math.abs(header.titleTop - header.toolsTop)).toBeLessThan(20);
    const d = await drawn(page);
    // the learned count takes no row of its own: it floats over the map level with the overview button
    expect(d.progress && d.overview).toBeTruthy();
    expect(Math.abs(d.progress!.y1 - d.overview!.y1)).toBeLessThanOrEqual(1);
    expect(overlaps(d.progress!, d.overview!)).toBe(false);
    expect(d.branches.length).toBeGreaterThan(1);
    // the root, every branch and every count beside them, and nothing else
    expect(d.nodes.filter((n) => !n.count).map((n) => n.id).sort()).toEqual([d.root, ...d.branches].sort());
    expect(d.nodes.filter((n) => n.count).length).toBeGreaterThan(0);
    allReadableInView(d);
    // the tree starts at the top of the free map, just below the overview button (on a tall phone
    // the space left is under it, where an unfolded branch shows), not centred in the height
    const top = Math.min(...d.nodes.map((n) => n.box.y1));
    expect(top - d.overview!.y2, 'gap above the tree').toBeGreaterThanOrEqual(0);
    expect(top - d.overview!.y2, 'gap above the tree').toBeLessThan(16);
    await expect(page.locator('select.map-level')).toHaveValue('1');
    await ctx.close();
  });
}

for (const vp of [{ width: 844, height: 390 }, { width: 915, height: 412 }]) {
  test(`phone held sideways ${vp.width}×${vp.height}: the map fits the window, the root and every branch (two-sided) whole in it, none under the zoom buttons, labels and counts at 10 px or more`, async ({ browser, baseURL }) => {
    const ctx = await browser.newContext({ baseURL, viewport: vp, isMobile: true, hasTouch: true, locale: 'zh-CN' });
    const page = await ctx.newPage();
    await page.goto('./');
    await expect(page.locator('#skill-map')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
    await expect.poll(() => page.locator('.map-stage').evaluate((s) => Math.round(s.getBoundingClientRect().bottom))).toBeLessThanOrEqual(vp.height);
    // the map toolbar in one row (search, controls and the learned count): the map keeps ~290 px of 390
    const mids = await page.locator('.map-toolbar > :is(.map-search, .map-controls, .map-progress)').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top + e.getBoundingClientRect().height / 2));
    expect(mids.length).toBe(3);
    expect(Math.max(...mids) - Math.min(...mids)).toBeLessThan(8);
    const d = await drawn(page);
    expect(d.nodes.filter((n) => !n.count).map((n) => n.id).sort()).toEqual([d.root, ...d.branches].sort());
    allReadableInView(d);
    await expect(page.locator('select.map-level')).toHaveValue('1');
    // the picture drawn before the map is this one (the map takes over where it is)
    await ctx.close();
  });
}

for (const lang of ['zh-CN', 'en'] as const) {
  test(`phone (${lang}): the map fits the window, the overview one labelled tap away, zoom buttons on screen`, async ({ browser, baseURL }) => {
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
    allReadableInView(await drawn(page));
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

/** The first visible folded branch: its id, the page point at its centre, and how many children it has. */
const firstFoldedBranch = (page: Page) =>
  page.evaluate(() => {
    const cy = window.k8smapMap!.cy;
    const n = cy.nodes('.collapsed').filter((x) => x.visible())[0]!;
    const b = n.renderedBoundingBox({});
    const r = document.querySelector('.map-canvas')!.getBoundingClientRect();
    return { id: n.id(), x: r.left + (b.x1 + b.x2) / 2, y: r.top + (b.y1 + b.y2) / 2, kids: n.outgoers('edge[ty = "child"]').targets().length };
  });

test('phone: a folded branch unfolds from its card (no right click, no keyboard on a touch screen), and folds back', async ({ browser, baseURL }) => {
  const ctx = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'zh-CN' });
  const page = await ctx.newPage();
  await page.goto('./');
  await expect(page.locator('#skill-map')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  const branch = await firstFoldedBranch(page);
  await page.touchscreen.tap(branch.x, branch.y);
  const fold = page.locator('.map-card .tt-fold');
  await expect(fold).toHaveText(`展开 ${branch.kids} 个子节点`);
  await expect(fold).toHaveAttribute('aria-expanded', 'false');
  await fold.tap();
  await expect(fold).toHaveText('收起子节点');
  await expect(fold).toHaveAttribute('aria-expanded', 'true');
  const shown = () => page.evaluate((id) => window.k8smapMap!.cy.getElementById(id).outgoers('edge[ty = "child"]').targets().filter((n) => n.visible()).length, branch.id);
  await expect.poll(shown).toBe(branch.kids);
  // The view moved to the branch and its children: all whole on screen, readable, none under the controls or the card.
  const kids = await page.evaluate((id) => window.k8smapMap!.cy.getElementById(id).outgoers('edge[ty = "child"]').targets().map((n) => n.id()), branch.id);
  await page.waitForTimeout(400);
  const d = await drawn(page, [branch.id, ...kids]);
  expect(d.nodes.filter((n) => !n.count).length).toBe(branch.kids + 1);
  allReadableInView(d, [d.card]);
  await fold.tap();
  await expect(fold).toHaveText(`展开 ${branch.kids} 个子节点`);
  await expect.poll(shown).toBe(0);
  await ctx.close();
});


test('phone held sideways: the card docks along the bottom, compact (the map is short), its fold button reachable; unfolding keeps the branch in view above it', async ({ browser, baseURL }) => {
  const ctx = await browser.newContext({ baseURL, viewport: { width: 844, height: 390 }, isMobile: true, hasTouch: true, locale: 'zh-CN' });
  const page = await ctx.newPage();
  await page.goto('./');
  await expect(page.locator('#skill-map')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  const branch = await firstFoldedBranch(page);
  await page.touchscreen.tap(branch.x, branch.y);
  await expect(page.locator('.map-card')).toHaveClass(/docked/);
  const fold = page.locator('.map-card .tt-fold');
  // inside the window once the card is scrolled to it (the card stays inside the map)
  await fold.scrollIntoViewIfNeeded();
  await expect(fold).toBeInViewport({ ratio: 0.9 });
  const card = (await page.locator('.map-card').boundingBox())!;
  const stage = (await page.locator('.map-stage').boundingBox())!;
  expect(card.y + card.height).toBeLessThanOrEqual(stage.y + stage.height + 1);
  await fold.tap();
  await expect(fold).toHaveText('收起子节点');
  await page.waitForTimeout(400);
  const d = await drawn(page, [branch.id]);
  allReadableInView({ ...d, nodes: d.nodes.filter((n) => n.id === branch.id) }, [d.card]);
  await ctx.close();
});

const cardState = (page: Page) =>
  page.evaluate(() => {
    const card = document.querySelector<HTMLElement>('.map-card')!;
    const stage = document.querySelector('.map-stage')!.getBoundingClientRect();
    const shows = (sel: string) => { const e = card.querySelector<HTMLElement>(sel); return !!e && e.getClientRects().length > 0; };
    return { height: card.getBoundingClientRect().height, stage: stage.height, kind: shows('.tt-kind'), picker: shows('.progress-picker'), open: shows('.tt-open'), fold: shows('.tt-fold') };
  });

/** The folded branch with the most children (the biggest one to unfold). */
const biggestFoldedBranch = (page: Page) =>
  page.evaluate(() => {
    const cy = window.k8smapMap!.cy;
    const kidsOf = (x: NodeSingular) => x.outgoers('edge[ty = "child"]').targets().length;
    const n = (cy.nodes('.collapsed').filter((x) => x.visible()).toArray() as NodeSingular[]).reduce((a, b) => (kidsOf(b) > kidsOf(a) ? b : a));
    const b = n.renderedBoundingBox({});
    const r = document.querySelector('.map-canvas')!.getBoundingClientRect();
    return { id: n.id(), x: r.left + (b.x1 + b.x2) / 2, y: r.top + (b.y1 + b.y2) / 2, kids: n.outgoers('edge[ty = "child"]').targets().length };
  });

for (const { lang, ...vp } of [{ width: 360, height: 640 }, { width: 360, height: 640, lang: 'en' }, { width: 393, height: 727 }, { width: 844, height: 390 }] as { width: number; height: number; lang?: string }[]) {
  test(`phone ${vp.width}×${vp.height}${lang ? ` (${lang})` : ''}: the docked card opens compact (name, one line, open and fold), its details a tap away; after unfolding the biggest branch it is compact again and the branch above it, the root clear of the controls`, async ({ browser, baseURL }) => {
    const ctx = await browser.newContext({ baseURL, viewport: vp, isMobile: true, hasTouch: true, locale: 'zh-CN' });
    if (lang === 'en') await ctx.addInitScript(() => localStorage.setItem('k8smap:/:ui-lang', 'en'));
    const page = await ctx.newPage();
    await page.goto('./');
    await expect(page.locator('#skill-map')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
    const branch = await biggestFoldedBranch(page);
    await page.touchscreen.tap(branch.x, branch.y);
    const card = page.locator('.map-card');
    await expect(card).toHaveClass(/docked/);
    await expect(card).not.toHaveClass(/expanded/);
    let c = await cardState(page);
    expect(c).toMatchObject({ kind: false, picker: false, open: true, fold: true });
    // compact: a third of the map at most (it was 60 % before, and scrolled)
    expect(c.height / c.stage).toBeLessThanOrEqual(0.34);
    // the open and fold buttons on one row
    const tops = await card.locator('.tt-actions > :visible').evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);
    const more = card.locator('.tt-more');
    await expect(more).toHaveAttribute('aria-expanded', 'false');
    await more.tap();
    await expect(card).toHaveClass(/expanded/);
    await expect(more).toHaveAttribute('aria-expanded', 'true');
    c = await cardState(page);
    expect(c).toMatchObject({ kind: true, picker: true });
    await more.tap();
    await expect(card).not.toHaveClass(/expanded/);
    // details shown, then unfolded from the card: the card is compact again, the branch above it
    await more.tap();
    await card.locator('.tt-fold').tap();
    await expect(card).not.toHaveClass(/expanded/);
    await page.waitForTimeout(400);
    const kids = await page.evaluate((id) => window.k8smapMap!.cy.getElementById(id).outgoers('edge[ty = "child"]').targets().map((n) => n.id()), branch.id);
    const d = await drawn(page, [branch.id, ...kids]);
    allReadableInView({ ...d, nodes: d.nodes.filter((n) => n.id === branch.id) }, [d.card]);
    // the whole branch (11 children) shows clear of the compact card at 10 px or more: above it on a phone
    // (360 × 640 too, in both languages), beside it held sideways (the card at the right)
    expect(kids.length).toBe(11);
    allReadableInView(d, [d.card]);
    const root = (await drawn(page, [d.root])).nodes[0];
    if (root) for (const ctl of [d.overview, d.progress, d.zoomButtons]) if (ctl) expect(overlaps(root.box, ctl), 'root under a control').toBe(false);
    await ctx.close();
  });
}

for (const vp of [{ width: 360, height: 640 }, { width: 393, height: 727 }]) {
  test(`phone ${vp.width}×${vp.height}: a tap on any branch keeps it above the docked card and the root clear of the overview and zoom buttons`, async ({ browser, baseURL }) => {
    const ctx = await browser.newContext({ baseURL, viewport: vp, isMobile: true, hasTouch: true, locale: 'zh-CN' });
    let page = await ctx.newPage();
    await page.goto('./');
    await expect(page.locator('#skill-map')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
    const { branches } = await drawn(page);
    await page.close();
    for (const id of branches) {
      page = await ctx.newPage(); // a new tab: no view kept from the last tap
      await page.goto('./');
      await expect(page.locator('#skill-map')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
      const at = (await drawn(page, [id])).nodes.find((n) => n.id === id)!.box;
      await page.touchscreen.tap((at.x1 + at.x2) / 2, (at.y1 + at.y2) / 2);
      await expect(page.locator('.map-card')).toHaveAttribute('data-id', id);
      const d = await drawn(page, [id]);
      const root = (await drawn(page, [d.root])).nodes[0]!;
      const node = d.nodes.find((n) => n.id === id)!;
      expect(overlaps(node.box, d.card!), `${id} under the card`).toBe(false);
      for (const ctl of [d.overview, d.zoomButtons]) expect(overlaps(root.box, ctl!), `the root under a control after a tap on ${id}`).toBe(false);
      await page.close();
    }
    await ctx.close();
  });
}

test('phone: branch shares of three digits (a big folder of notes), all learned: the shares of the two columns at least 4 px apart', async ({ browser, baseURL }) => {
  const ctx = await browser.newContext({ baseURL, viewport: { width: 412, height: 915 }, isMobile: true, hasTouch: true, locale: 'zh-CN' });
  const page = await ctx.newPage();
  // Every branch counts 100–199 concepts: extra concepts added to progress-data.json and, folded under a
  // concept of their branch, to map.json (the map's shares count the concepts it draws), shareMax to match.
  type PD = { branches: { id: string }[]; concepts: { id: string; branch: string }[] };
  type MD = { root: string; shareMax?: number; nodes: { id: string; b: string; p?: string; d: number }[] };
  const pd = (await (await page.request.get('progress-data.json')).json()) as PD;
  const extra = new Map(pd.branches.map((b, i) => [b.id, Array.from({ length: 100 + ((i * 37) % 100) }, (_, k) => `extra-${b.id}-${k}`)]));
  let ids: string[] = [];
  let max = 0;
  await page.route('**/progress-data.json', async (route) => {
    const data = (await (await route.fetch()).json()) as PD;
    for (const b of data.branches) {
      const like = data.concepts.find((c) => c.branch === b.id && c.id !== b.id)!;
      for (const id of extra.get(b.id)!) data.concepts.push({ ...like, id });
      max = Math.max(max, data.concepts.filter((c) => c.branch === b.id).length);
    }
    ids = data.concepts.map((c) => c.id);
    await route.fulfill({ json: data });
  });
  await page.route('**/map.json', async (route) => {
    const m = (await (await route.fetch()).json()) as MD;
    for (const [branch, more] of extra) {
      const under = m.nodes.find((n) => n.b === branch && n.p !== undefined && n.p !== m.root) ?? m.nodes.find((n) => n.id === branch);
      if (!under) continue;
      for (const id of more) m.nodes.push({ ...under, id, p: under.id, d: under.d + 1 });
    }
    m.shareMax = 999;
    await route.fulfill({ json: m });
  });
  const states = Object.fromEntries([...pd.concepts.map((c) => c.id), ...[...extra.values()].flat()].map((id) => [id, { state: 'learned', updatedAt: '2026-01-01T00:00:00.000Z' }]));
  await ctx.addInitScript((v) => localStorage.setItem('k8smap:/:progress', v), JSON.stringify({ version: 2, states, orphans: {}, cards: {} }));
  await page.goto('./');
  await expect(page.locator('#skill-map')).toHaveAttribute('data-shares', 'ready', { timeout: 30_000 });
  await expect.poll(() => page.evaluate(() => window.k8smapMap!.cy.animated())).toBe(false);
  const labels = await page.evaluate(() => {
    const cy = window.k8smapMap!.cy;
    return (cy.edges('[share]').filter((e) => e.visible()).toArray() as EdgeSingular[]).map((e) => {
      const b = e.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeMainLabels: false, includeSourceLabels: false, includeTargetLabels: true, includeOverlays: false } as never);
      return { share: String(e.data('share')), side: e.target().position().x < e.source().position().x ? 'l' : 'r', x1: b.x1, x2: b.x2, y1: b.y1, y2: b.y2 };
    });
  });
  expect(ids.length).toBeGreaterThan(0);
  expect(labels.length).toBeGreaterThan(1);
  for (const l of labels) expect(l.share).toMatch(/^\d{3}\/\d{3}$/);
  for (const a of labels) for (const b of labels) {
    if (a === b || a.side === b.side) continue;
    const gap = Math.max(b.x1 - a.x2, a.x1 - b.x2, b.y1 - a.y2, a.y1 - b.y2);
    expect(gap, `${a.share} – ${b.share}`).toBeGreaterThanOrEqual(4);
  }
  expect(max).toBeGreaterThanOrEqual(100);
  await ctx.close();
});

test('phone 393×851: unfolding a branch and selecting its children one by one (stacked siblings, their cross edges shown) logs no warning or error', async ({ browser, baseURL }) => {
  const ctx = await browser.newContext({ baseURL, viewport: { width: 393, height: 851 }, isMobile: true, hasTouch: true, locale: 'zh-CN' });
  const page = await ctx.newPage();
  // Cytoscape warns "Edge `x:…` has invalid endpoints" when a cross edge's control point falls
  // inside a box: the bow of an edge between siblings folded on one point was never set again
  // once they were unfolded and stacked a few units apart (relayout.ts `syncCrossBows`).
  const logged: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning' || m.type() === 'error') logged.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => logged.push(`pageerror: ${e.message}`));
  await page.goto('./');
  await expect(page.locator('#skill-map')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  // The first branch whose children have a cross edge between two of them.
  const branch = await page.evaluate(() => {
    const cy = window.k8smapMap!.cy;
    const root = cy.nodes().filter((n) => !n.incomers('edge').length && !n.hasClass('fold-count'))[0]!;
    const kidsOf = (n: NodeSingular) => n.outgoers('edge[ty = "child"]').targets();
    const b = root.outgoers('edge[ty = "child"]').targets().filter((n) => {
      const kids = new Set(kidsOf(n).map((k) => k.id()));
      return (cy.edges('.cross').toArray() as EdgeSingular[]).some((e) => kids.has(e.source().id()) && kids.has(e.target().id()));
    })[0]!;
    return { id: b.id(), kids: kidsOf(b).map((k) => k.id()) };
  });
  expect(branch.kids.length).toBeGreaterThan(1);
  const centre = async (id: string) => (await drawn(page, [id])).nodes.find((n) => n.id === id)?.box;
  const at = (await centre(branch.id))!;
  await page.touchscreen.tap((at.x1 + at.x2) / 2, (at.y1 + at.y2) / 2);
  await page.locator('.map-card .tt-fold').tap();
  await expect.poll(() => page.evaluate((ids) => ids.every((id) => window.k8smapMap!.cy.getElementById(id).visible()), branch.kids)).toBe(true);
  let tapped = 0;
  for (const id of branch.kids) {
    const d = await drawn(page, [id]);
    const box = d.nodes.find((n) => n.id === id)?.box;
    if (!box) continue;
    const x = (box.x1 + box.x2) / 2;
    const y = (box.y1 + box.y2) / 2;
    // Only what a finger can reach: on screen, not under the card or a control.
    if (x < d.area.x1 || x > d.area.x2 || y < d.area.y1 || y > d.area.y2) continue;
    const p = { x1: x, y1: y, x2: x + 1, y2: y + 1 };
    if ([d.card, d.zoomButtons, d.overview, d.progress].some((c) => c && overlaps(p, c))) continue;
    await page.touchscreen.tap(x, y);
    await expect(page.locator('.map-card')).toHaveAttribute('data-id', id);
    tapped++;
  }
  expect(tapped).toBeGreaterThan(1);
  // A frame for the highlighted edges to be drawn (the warning comes when they are).
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  expect(logged).toEqual([]);
  await ctx.close();
});
