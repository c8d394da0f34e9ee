import { test, expect, type Page } from '@playwright/test';
import { nodeOnPage, openMap } from './map-helpers.ts';
import type { NodeSingular } from 'cytoscape';
import AxeBuilder from '@axe-core/playwright';
import { decodeLocalGraphs, type LocalGraphPayload } from '../../src/views/local-graph.ts';

/**
 * The skill map on the home page (bundled content): drawing, opening pages, search, keyboard,
 * deep links, outline, filters, theme and progress hooks. The map exposes `window.k8smapMap.cy`
 * once its first frame is drawn (`#skill-map[data-ready="true"]`).
 */

interface GraphJson {
  root: string;
  concepts: { id: string; title: string; titleZh?: string; titleEn?: string; parent?: string; position?: { x: number; y: number } }[];
}


async function currentNode(page: Page): Promise<string | undefined> {
  return page.locator('#skill-map').getAttribute('data-current').then((v) => v ?? undefined);
}

test('the map draws every concept that has a position, at that position', async ({ page, request }) => {
  const graph = (await (await request.get('graph.json')).json()) as GraphJson;
  const positioned = graph.concepts.filter((c) => c.position);
  expect(positioned.length).toBeGreaterThan(50);
  await openMap(page);
  const drawn = await page.evaluate(() =>
    window.k8smapMap!.cy.nodes().map((n) => ({ id: n.id(), ...n.position(), visible: n.visible() })),
  );
  expect(drawn.map((n) => n.id).sort()).toEqual(positioned.map((c) => c.id).sort());
  const byId = new Map(drawn.map((n) => [n.id, n]));
  for (const c of positioned) {
    const d = byId.get(c.id)!;
    expect([d.x, d.y, d.visible], c.id).toEqual([c.position!.x, c.position!.y, true]);
  }
  // Tree edges for every node but the root.
  const treeEdges = await page.evaluate(() => window.k8smapMap!.cy.edges('[ty = "child"]').length);
  expect(treeEdges).toBe(positioned.length - 1);
});

test('root in the middle, branches on both sides, no two labels overlap (both label languages)', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openMap(page);
  for (const lang of ['zh', 'en']) {
    await page.locator(`button.map-label-lang[value="${lang}"]`).click();
    const result = await page.evaluate(() => {
      const cy = window.k8smapMap!.cy;
      const root = cy.nodes('.root')[0]!;
      const boxes = cy.nodes().map((n) => {
        const bb = n.boundingBox({ includeLabels: true, includeOverlays: false, includeUnderlays: false, includeOutlines: false } as never);
        return { id: n.id(), x1: bb.x1, x2: bb.x2, y1: bb.y1, y2: bb.y2, labelW: n.boundingBox({ includeNodes: false, includeLabels: true, includeOverlays: false, includeUnderlays: false } as never).w, w: n.width() };
      });
      const overlaps: string[] = [];
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!;
          const b = boxes[j]!;
          if (a.x1 < b.x2 - 1 && b.x1 < a.x2 - 1 && a.y1 < b.y2 - 1 && b.y1 < a.y2 - 1) overlaps.push(`${a.id}×${b.id}`);
        }
      }
      const tooWide = boxes.filter((b) => b.labelW > b.w).map((b) => b.id);
      const xs = cy.nodes().not(root).map((n) => (n as NodeSingular).position('x'));
      return { rootPos: root.position(), overlaps, tooWide, left: xs.filter((x) => x < 0).length, right: xs.filter((x) => x > 0).length };
    });
    expect(result.rootPos).toEqual({ x: 0, y: 0 });
    expect(result.overlaps).toEqual([]);
    expect(result.tooWide).toEqual([]);
    expect(result.left).toBeGreaterThan(10);
    expect(result.right).toBeGreaterThan(10);
  }
});

test('clicking a node opens its page', async ({ page }) => {
  await openMap(page, './?focus=pod');
  const p = await nodeOnPage(page, 'pod');
  await page.mouse.click(p.x, p.y);
  await expect(page).toHaveURL(/\/concepts\/pod\/$/);
});

test('?focus=pod opens the map centred on Pod', async ({ page }) => {
  await openMap(page, './?focus=pod');
  const box = (await page.locator('.map-canvas').boundingBox())!;
  const p = await nodeOnPage(page, 'pod');
  expect(Math.abs(p.x - (box.x + box.width / 2))).toBeLessThan(3);
  expect(Math.abs(p.y - (box.y + box.height / 2))).toBeLessThan(3);
  expect(await currentNode(page)).toBe('pod');
  expect(await page.evaluate(() => window.k8smapMap!.cy.zoom())).toBeGreaterThanOrEqual(1);
});

test('hover shows a tooltip with both names, the kind and the summary', async ({ page }) => {
  await openMap(page, './?focus=pod');
  await page.locator('.map-canvas').press('Escape');
  const p = await nodeOnPage(page, 'pod');
  await page.mouse.move(p.x, p.y);
  const tip = page.locator('.map-tooltip');
  await expect(tip).toBeVisible();
  await expect(tip.locator('.tt-title')).toContainText('容器组');
  await expect(tip.locator('.tt-title')).toContainText('Pod');
  await expect(tip.locator('.tt-kind')).toHaveText('API 对象');
  await expect(tip.locator('.tt-summary')).not.toBeEmpty();
  // Neighbourhood highlighted, the rest faded.
  const faded = await page.evaluate(() => window.k8smapMap!.cy.nodes('.faded').length);
  expect(faded).toBeGreaterThan(20);
  expect(await page.evaluate(() => window.k8smapMap!.cy.getElementById('pod').hasClass('faded'))).toBe(false);
});

test('the map search finds a concept by Chinese name, English name and field path and flies to it', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openMap(page);
  const input = page.getByRole('combobox', { name: '在图谱中查找' });
  const zoomBefore = await page.evaluate(() => window.k8smapMap!.cy.zoom());

  await input.fill('常规作业发布');
  await expect(page.getByRole('option').first()).toContainText('常规作业发布');
  await input.press('Enter');
  await expect.poll(() => currentNode(page)).toBe('deployment');
  await expect(page.locator('.map-canvas')).toBeFocused();
  // The camera flies: Deployment ends up in the middle, zoomed in.
  const box = (await page.locator('.map-canvas').boundingBox())!;
  await expect.poll(async () => {
    const p = await nodeOnPage(page, 'deployment');
    return Math.round(Math.hypot(p.x - (box.x + box.width / 2), p.y - (box.y + box.height / 2)));
  }).toBeLessThan(3);
  expect(await page.evaluate(() => window.k8smapMap!.cy.zoom())).toBeGreaterThan(zoomBefore);

  await input.fill('spec.hostAliases');
  await expect(page.getByRole('option').first()).toContainText('spec.hostAliases');
  await page.getByRole('option').first().click();
  await expect.poll(() => currentNode(page)).toBe('host-aliases');

  await input.fill('deployment');
  await expect(page.getByRole('option').first()).toContainText('Deployment');
  await input.fill('no such concept at all');
  await expect(page.locator('.map-search-none')).toBeVisible();
});

test('keyboard: focus the map, move with the arrow keys, Enter opens the page', async ({ page, request }) => {
  const graph = (await (await request.get('graph.json')).json()) as GraphJson;
  await openMap(page);
  const data = (await (await request.get('map.json')).json()) as { root: string; nodes: { id: string; p?: string; s: string; y: number; d: number }[] };
  const root = data.root;
  const kids = (id: string, side?: string): string[] =>
    data.nodes.filter((n) => n.p === id && (!side || n.s === side)).sort((a, b) => a.y - b.y).map((n) => n.id);

  // Reach the map with Tab from the search box (it is in the tab order).
  await page.getByRole('combobox', { name: '在图谱中查找' }).focus();
  let reached = false;
  for (let i = 0; i < 15 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement?.classList.contains('map-canvas') ?? false);
  }
  expect(reached).toBe(true);
  expect(await currentNode(page)).toBe(root);
  const live = page.locator('.map-live');
  const rootConcept = graph.concepts.find((c) => c.id === root)!;
  await expect(live).toContainText(rootConcept.titleZh ?? rootConcept.title);
  // Focus ring on the current node.
  expect(await page.evaluate((r) => window.k8smapMap!.cy.getElementById(r).hasClass('focused'), root)).toBe(true);

  const firstRight = kids(root, 'r')[0]!;
  await page.keyboard.press('ArrowRight');
  expect(await currentNode(page)).toBe(firstRight);
  const c0 = kids(firstRight)[0]!;
  await page.keyboard.press('ArrowRight');
  expect(await currentNode(page)).toBe(c0);
  await page.keyboard.press('ArrowDown');
  expect(await currentNode(page)).toBe(kids(firstRight)[1]);
  await page.keyboard.press('ArrowUp');
  expect(await currentNode(page)).toBe(c0);
  await page.keyboard.press('ArrowLeft');
  expect(await currentNode(page)).toBe(firstRight);
  await page.keyboard.press('ArrowLeft');
  expect(await currentNode(page)).toBe(root);
  // The left half mirrors: ← goes outwards, → back towards the root.
  const firstLeft = kids(root, 'l')[0]!;
  await page.keyboard.press('ArrowLeft');
  expect(await currentNode(page)).toBe(firstLeft);
  await page.keyboard.press('ArrowRight');
  expect(await currentNode(page)).toBe(root);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/concepts/${firstRight}/$`));
});

test('keyboard collapse and expand, level and branch filters hide and show nodes', async ({ page, request }) => {
  await openMap(page);
  const data = (await (await request.get('map.json')).json()) as { root: string; nodes: { id: string; p?: string; b: string; d: number }[] };
  const hiddenCount = (): Promise<number> => page.evaluate(() => window.k8smapMap!.cy.nodes('.hidden').length);
  await page.locator('.map-canvas').focus();
  await page.keyboard.press('ArrowRight');
  const branch = (await currentNode(page))!;
  const inBranch = data.nodes.filter((n) => n.b === branch && n.id !== branch).length;
  await page.keyboard.press('-');
  expect(await hiddenCount()).toBe(inBranch);
  await expect(page.locator('.map-live')).toContainText('已折叠');
  await page.keyboard.press('+');
  expect(await hiddenCount()).toBe(0);

  await page.locator('select.map-level').selectOption('1');
  expect(await hiddenCount()).toBe(data.nodes.filter((n) => n.d > 1).length);
  await page.locator('select.map-level').selectOption('all');
  expect(await hiddenCount()).toBe(0);

  await page.getByText('筛选').click();
  await page.locator('select.map-branch').selectOption(branch);
  expect(await hiddenCount()).toBe(data.nodes.filter((n) => n.b !== branch && n.p !== undefined).length);
  await page.getByRole('button', { name: '重置视图' }).click();
  expect(await hiddenCount()).toBe(0);
});

test('the outline lists the same tree as links, and works without JavaScript', async ({ browser, request }) => {
  const graph = (await (await request.get('graph.json')).json()) as GraphJson;
  const positioned = graph.concepts.filter((c) => c.position);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('./');
  const outline = page.locator('#map-outline');
  await expect(outline.getByRole('heading', { name: '大纲' })).toBeVisible();
  const ids = await outline.locator('li[data-id]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.id));
  expect([...ids].sort()).toEqual(positioned.map((c) => c.id).sort());
  // Nesting follows the map tree.
  const nested = await outline.locator('li[data-id="pod"]').evaluate((li) => (li.parentElement!.closest('li') as HTMLElement | null)?.dataset.id);
  expect(nested).toBe(positioned.find((c) => c.id === 'pod')!.parent);
  await expect(page.locator('.map-noscript')).toBeVisible();
  await outline.getByRole('link', { name: '容器组', exact: true }).click();
  await expect(page).toHaveURL(/\/concepts\/pod\/$/);
  await context.close();
});

test('map colours follow the theme toggle', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await openMap(page);
  const textColour = (): Promise<string> => page.evaluate(() => window.k8smapMap!.cy.getElementById('pod').style('color') as string);
  const light = await textColour();
  await page.getByRole('button', { name: '切换深色/浅色主题' }).click();
  await expect.poll(textColour).not.toBe(light);
});

test('progress states colour nodes through the k8smap:progress event', async ({ page }) => {
  await openMap(page);
  await page.evaluate(() =>
    document.dispatchEvent(new CustomEvent('k8smap:progress', { detail: { states: { pod: 'learned', deployment: 'learning', service: 'skipped', nope: 'learned' } } })),
  );
  const classes = await page.evaluate(() => {
    const cy = window.k8smapMap!.cy;
    return ['pod', 'deployment', 'service'].map((id) => cy.getElementById(id).classes().filter((c) => c.startsWith('progress-')));
  });
  expect(classes).toEqual([['progress-learned'], ['progress-learning'], ['progress-skipped']]);
  await page.evaluate(() => document.dispatchEvent(new CustomEvent('k8smap:progress', { detail: { states: {} } })));
  expect(await page.evaluate(() => window.k8smapMap!.cy.nodes('.progress-learned').length)).toBe(0);
});

test('Cytoscape loads only on pages that draw a graph', async ({ page }) => {
  const cytoscapeRequests: string[] = [];
  page.on('request', (r) => {
    // The library's own chunk (not the small loader module that imports it on demand).
    if (/\/cytoscape[^/]*\.js$/.test(new URL(r.url()).pathname)) cytoscapeRequests.push(r.url());
  });
  await page.goto('progress/');
  await page.waitForLoadState('networkidle');
  expect(cytoscapeRequests).toEqual([]);
  await openMap(page);
  expect(cytoscapeRequests.length).toBe(1);
});

test('the local graph on a concept page draws the neighbourhood and opens neighbours', async ({ page }) => {
  await page.goto('concepts/pod/');
  const lg = page.locator('.local-graph');
  await lg.scrollIntoViewIfNeeded();
  await expect(lg).toHaveAttribute('data-ready', 'true');
  // Per depth, the graph in steps of more nodes: the page draws the biggest readable one (data-shown).
  // The page stores each node once and the steps by number (decodeLocalGraphs reads them back).
  const steps = decodeLocalGraphs(JSON.parse((await lg.locator('script.local-graph-data').textContent())!) as LocalGraphPayload);
  const shown = Number(await lg.getAttribute('data-shown'));
  const g1 = steps[0]!.find((g) => g.nodes.length === shown)!;
  expect(g1.nodes[0]!.id).toBe('pod');
  expect(g1.nodes.length).toBeGreaterThan(3);
  const target = g1.nodes[1]!.id;
  const pos = await page.evaluate((tid) => {
    const canvas = document.querySelector('.lg-canvas')!;
    const cy = (canvas as unknown as { _cyreg?: { cy: import('cytoscape').Core } })._cyreg?.cy;
    const p = cy!.getElementById(tid).renderedPosition();
    const r = canvas.getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y, n: cy!.nodes().length };
  }, target);
  expect(pos.n).toBe(g1.nodes.length);
  await page.mouse.click(pos.x, pos.y);
  await expect(page).toHaveURL(new RegExp(`/concepts/${target}/$`));
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the map with its tooltip, search results, filter and legend open has no WCAG 2.1 AA violations (${scheme})`, async ({ page }) => {
    // Three axe runs over the whole map page take 40–60 s on a loaded 2-core machine.
    test.setTimeout(180_000);
    await page.emulateMedia({ colorScheme: scheme });
    await openMap(page, './?focus=pod');
    await page.getByRole('combobox', { name: '在图谱中查找' }).fill('容器');
    await expect(page.getByRole('option').first()).toBeVisible();
    const axe = () => new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const problems = (r: Awaited<ReturnType<typeof axe>>): string[] => r.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
    expect(problems(await axe())).toEqual([]);
    for (const name of ['筛选', '图例']) {
      await page.locator('details.map-panel > summary', { hasText: name }).click();
      expect(problems(await axe()), name).toEqual([]);
    }
  });
}

test('a mouse click on the background selects nothing; the UI language switch reaches the map controls', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openMap(page);
  const box = (await page.locator('.map-canvas').boundingBox())!;
  // A point of the canvas 20 px away from every node (the map opens at a reading zoom, not fitted),
  // clear of the caption and the zoom buttons.
  const empty = await page.evaluate(() => {
    const cy = window.k8smapMap!.cy;
    const boxes = cy.nodes().map((n) => n.renderedBoundingBox({}));
    for (let y = 40; y < cy.height() - 60; y += 20)
      for (let x = 40; x < cy.width() - 80; x += 20)
        if (boxes.every((b) => x < b.x1 - 20 || x > b.x2 + 20 || y < b.y1 - 20 || y > b.y2 + 20)) return { x, y };
    return undefined;
  });
  expect(empty).toBeTruthy();
  await page.mouse.click(box.x + empty!.x, box.y + empty!.y);
  expect(await currentNode(page)).toBeUndefined();
  await expect(page.locator('.map-tooltip')).toBeHidden();

  await expect(page.locator('#lang-toggle')).toHaveAttribute('data-ready', 'true');
  await page.getByRole('button', { name: '切换界面语言' }).click();
  await expect(page.getByRole('combobox', { name: 'Find on the map' })).toHaveAttribute('placeholder', 'Find: name, alias or field path');
  await expect(page.getByRole('button', { name: 'Fit to screen' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Outline' })).toBeAttached();
  // Map labels follow the interface language until the map's own switch is used.
  await expect.poll(() => page.evaluate(() => window.k8smapMap!.cy.getElementById('pod').data('lbl'))).toBe('Pod');
  await page.locator('button.map-label-lang[value="zh"]').click();
  expect(await page.evaluate(() => window.k8smapMap!.cy.getElementById('pod').data('lbl'))).toBe('容器组');
});

test('learning progress set on a concept page colours that node on the map', async ({ page }) => {
  await page.goto('concepts/pod/');
  const control = page.locator('[data-progress-control]').first();
  await expect(control).toBeVisible();
  await control.locator('input[type=radio][value="learned"]').check({ force: true });
  await openMap(page);
  await expect.poll(() => page.evaluate(() => window.k8smapMap!.cy.getElementById('pod').hasClass('progress-learned'))).toBe(true);
  expect(await page.evaluate(() => window.k8smapMap!.cy.nodes('.progress-learned').length)).toBe(1);
});
