import { test, expect, type Page } from '@playwright/test';

/**
 * Concept pages of the bundled notes: sections, YAML examples (key links, tooltips, copy),
 * the Pod phase state diagram, stub pages and the concepts index. Expectations are read from
 * the built graph.json (what the page must show), not hard-coded counts.
 */

interface Key { path: string; line: number; column: number; conceptId?: string; type?: string; description?: string }
interface Example { id: string; code: string; source: { file: string; line: number }; conceptIds: string[]; keys: Key[] }
interface Concept {
  id: string; title: string; titleZh?: string; titleEn?: string; kind: string; hasNote: boolean; parent?: string; fieldPath?: string;
  ancestors: string[]; prerequisites: string[]; related: string[]; examples: string[]; headings: { depth: number; id: string; text: string }[];
  source: { file: string; line: number };
}
interface Graph { root: string; concepts: Concept[]; edges: { from: string; to: string; type: string; label?: string }[]; examples: Example[] }

let graphCache: Graph | undefined;
async function graph(page: Page): Promise<Graph> {
  if (!graphCache) {
    const res = await page.request.get('graph.json');
    expect(res.ok()).toBe(true);
    graphCache = (await res.json()) as Graph;
  }
  return graphCache;
}
const byId = (g: Graph, id: string) => {
  const c = g.concepts.find((x) => x.id === id);
  expect(c, `concept ${id} in graph.json`).toBeTruthy();
  return c!;
};

test('a concept page shows names, kind, breadcrumb, contents, note, neighbours, learning order, edit link and date', async ({ page }) => {
  const g = await graph(page);
  const pod = byId(g, 'pod');
  await page.goto('concepts/pod/');
  const main = page.getByRole('main');

  const h1 = main.getByRole('heading', { level: 1 });
  await expect(h1).toContainText('Pod');
  await expect(h1).toContainText('容器组');
  await expect(main.locator('.concept-header .kind-badge')).toHaveText('API 对象');

  const crumbs = main.getByRole('navigation', { name: '所在位置' });
  for (const a of pod.ancestors) {
    const c = byId(g, a);
    await expect(crumbs.getByRole('link', { name: c.titleZh ?? c.title, exact: true })).toHaveAttribute('href', `/concepts/${a}/`);
  }
  await expect(crumbs.locator('[aria-current="page"]')).toHaveText('容器组');

  // Table of contents: every entry points at a heading that exists on the page.
  const toc = main.getByRole('navigation', { name: '本页目录' });
  const h2s = pod.headings.filter((h) => h.depth === 2);
  expect(h2s.length).toBeGreaterThanOrEqual(3);
  for (const h of h2s) {
    await expect(toc.getByRole('link', { name: h.text })).toBeVisible();
    await expect(page.locator(`[id="${h.id}"]`)).toHaveText(h.text);
  }

  await expect(main.locator('.note-body')).toContainText('最小的调度单位');

  const section = (name: string) => main.getByRole('region', { name });
  // Neighbours lead with their Chinese name, as the heading, the index and the map do.
  for (const id of pod.prerequisites) await expect(section('先修概念').getByRole('link', { name: new RegExp(`^${byId(g, id).titleZh ?? byId(g, id).title}`) })).toHaveAttribute('href', `/concepts/${id}/`);
  for (const id of pod.related) await expect(section('相关概念').locator(`a[href="/concepts/${id}/"]`)).toHaveCount(1);
  const children = g.concepts.filter((c) => c.parent === 'pod');
  await expect(section('下级概念').locator('li')).toHaveCount(children.length);
  const backlinkSources = new Set(g.edges.filter((e) => e.to === 'pod' && e.from !== 'pod' && ['mentions', 'prerequisite', 'related'].includes(e.type)).map((e) => e.from));
  expect(backlinkSources.size).toBeGreaterThan(0);
  await expect(section('链接到这里的概念').locator('li')).toHaveCount(backlinkSources.size);

  // Previous / next in learning order (graph.concepts is sorted by order).
  const i = g.concepts.findIndex((c) => c.id === 'pod');
  const order = main.getByRole('navigation', { name: '学习顺序' });
  await expect(order.locator('a[rel="prev"]')).toHaveAttribute('href', `/concepts/${g.concepts[i - 1]!.id}/`);
  await expect(order.locator('a[rel="next"]')).toHaveAttribute('href', `/concepts/${g.concepts[i + 1]!.id}/`);

  // The default configuration has no repository (repoUrl ''): no edit link, no link to any repository.
  await expect(main.getByRole('link', { name: '在 GitHub 上编辑此页' })).toHaveCount(0);
  await expect(main.locator('a[href*="github.com"]')).toHaveCount(0);
  await expect(main.locator('.updated time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/);

  // Every example of the concept is on the page, highlighted, with a copy button and its source.
  await expect(main.locator('figure.yaml-example')).toHaveCount(pod.examples.length);
  const first = main.locator('figure.yaml-example').first();
  await expect(first.locator('pre.shiki')).toBeVisible();
  await expect(first.getByRole('button', { name: '复制这段 YAML' })).toBeVisible();
  await expect(first.locator('.yaml-source code')).toHaveText(/^.+\.md:\d+$/);
  await expect(first.locator('.yaml-source a')).toHaveCount(0);
});

test('a field page explains the field and gathers the examples from other notes that use it', async ({ page }) => {
  const g = await graph(page);
  const field = byId(g, 'host-aliases');
  const elsewhere = g.examples.filter((e) => e.conceptIds.includes(field.id) && e.source.file !== field.source.file);
  expect(elsewhere.length).toBeGreaterThan(0);
  await page.goto('concepts/host-aliases/');
  const main = page.getByRole('main');
  await expect(main.locator('.concept-header .kind-badge')).toHaveText('字段');
  await expect(main.locator('.field-path')).toHaveText('spec.hostAliases');

  const info = main.getByRole('region', { name: /字段说明/ });
  await expect(info).toContainText('spec.hostAliases');
  await expect(info).toContainText('[]HostAlias');
  await expect(info.getByRole('link', { name: 'Kubernetes API 参考' })).toHaveAttribute('href', /^https:\/\/kubernetes\.io\//);

  // Each example from another note is shown once: in place inside its excerpt, or in the
  // "examples that use this field" section, with where it came from.
  const own = g.examples.filter((e) => e.source.file === field.source.file && e.conceptIds.includes(field.id));
  await expect(main.locator('figure.yaml-example')).toHaveCount(own.length + elsewhere.length);
  for (const ex of elsewhere) await expect(main.locator('.yaml-source', { hasText: `${ex.source.file}:${ex.source.line}` })).toHaveCount(1);
  const used = main.getByRole('region', { name: /用到这个字段的示例/ });
  await expect(used.locator('figure.yaml-example').first()).toBeVisible();
  // The page's own field is marked wherever an example uses it.
  await expect(used.locator('a.yaml-key--current').first()).toHaveText('hostAliases');
  await expect(main.locator('.excerpts a.yaml-key--current').first()).toHaveText('hostAliases');
});

test('examples of notes that merely use a concept are focused excerpts linking to the full example', async ({ page, request }) => {
  // Container fields are set in most bundled examples: a few excerpts, then a list of links.
  const g = await graph(page);
  const using = g.examples.filter((e) => e.keys.some((k) => k.conceptId === 'container-fields') && e.source.file !== byId(g, 'container-fields').source.file);
  expect(using.length).toBeGreaterThan(10);
  await page.goto('concepts/container-fields/');
  const main = page.getByRole('main');
  const excerpts = main.locator('figure.yaml-excerpt');
  await expect(excerpts.first()).toBeVisible();
  const n = await excerpts.count();
  expect(n).toBeGreaterThanOrEqual(3);
  expect(n).toBeLessThanOrEqual(5);
  const first = excerpts.first();
  // The page's concept is marked; elided lines are announced with how many; no copy button, no findings links.
  await expect(first.locator('a.yaml-key--current').first()).toHaveText('containers');
  await expect(first.locator('.yaml-elided').first()).toHaveText(/^省略 \d+ 行$/);
  await expect(first.locator('button.yaml-copy, a.finding-marker')).toHaveCount(0);
  // Its line numbers are those of the full example: a marker sets the line counter to the last hidden line.
  const marker = first.locator('.yaml-elided').first();
  const hidden = Number((await marker.textContent())!.match(/\d+/)![0]);
  if (await marker.evaluate((el) => el.previousElementSibling === null)) await expect(marker).toHaveAttribute('style', `counter-set: yaml-line ${hidden}`);

  // The count names the examples left to links, and every link (excerpts and list) leads to a page with that anchor.
  const list = main.locator('.example-links');
  const count = Number((await list.getByRole('heading').textContent())!.match(/\d+/)![0]);
  const hrefs = [
    ...(await main.locator('a.yaml-full-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))),
    ...(await list.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))),
  ];
  expect(hrefs.length).toBe(n + count);
  const pages = new Map<string, string>();
  for (const href of hrefs) {
    const [path, anchor] = href.split('#');
    expect(anchor, href).toMatch(/^yx-/);
    if (!pages.has(path!)) {
      const res = await request.get(path!);
      expect(res.status(), path).toBe(200);
      pages.set(path!, await res.text());
    }
    expect(pages.get(path!)!.includes(`id="${anchor}"`), href).toBe(true);
  }

  // Following "full example" shows the whole example on its page, scrolled to it.
  const link = first.locator('a.yaml-full-link');
  const target = (await link.getAttribute('href'))!;
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${target.split('#')[1]}$`));
  const full = page.locator(`figure#${target.split('#')[1]}`);
  await expect(full).toBeInViewport();
  await expect(full.getByRole('button', { name: '复制这段 YAML' })).toBeVisible();

  // In English.
  await page.goto('concepts/container-fields/');
  await expect(page.locator('#lang-toggle')).toHaveAttribute('data-ready', 'true');
  await page.getByRole('button', { name: '切换界面语言' }).click();
  await expect(main.locator('a.yaml-full-link').first()).toContainText('Full example');
  await expect(main.locator('.yaml-elided').first()).toHaveText(/^\d+ lines hidden$/);
  await expect(list.getByRole('heading')).toHaveText(`More examples: ${count}`);
});

test('clicking a YAML key opens the concept page of that field', async ({ page }) => {
  await page.goto('concepts/pod/');
  const key = page.locator('figure.yaml-example a.yaml-key', { hasText: /^hostAliases$/ }).first();
  await expect(key).toHaveAttribute('href', '/concepts/host-aliases/');
  await key.click();
  await expect(page).toHaveURL(/\/concepts\/host-aliases\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('hostAliases');
});

test('keys without a concept page link to the Kubernetes API reference', async ({ page }) => {
  await page.goto('concepts/pod/');
  const apiVersion = page.locator('figure.yaml-example a.yaml-key[data-field="apiVersion"]').first();
  await expect(apiVersion).toHaveAttribute('href', /^https:\/\/kubernetes\.io\/docs\/reference\//);
});

test("a custom resource's keys link to its project's reference, and the tooltip says so", async ({ page }) => {
  await page.goto('concepts/istio/');
  const http = page.locator('figure.yaml-example a.yaml-key[data-field="spec.http"]').first();
  await expect(http).toHaveAttribute('href', /^https:\/\/istio\.io\//);
  await http.scrollIntoViewIfNeeded();
  await http.hover();
  const tip = page.getByRole('tooltip');
  await expect(tip).toBeVisible();
  await expect(tip).toContainText('所属项目的 API 参考');
  await expect(tip).not.toContainText('Kubernetes API');
});

test('hovering or focusing a key shows a kubectl-explain tooltip; Escape closes it', async ({ page }) => {
  const g = await graph(page);
  const key = g.examples.flatMap((e) => e.keys).find((k) => k.path === 'spec.hostAliases' && k.description)!;
  expect(key).toBeTruthy();
  await page.goto('concepts/pod/');
  const link = page.locator('figure.yaml-example a.yaml-key', { hasText: /^hostAliases$/ }).first();
  await link.scrollIntoViewIfNeeded();
  await link.hover();
  const tip = page.getByRole('tooltip');
  await expect(tip).toBeVisible();
  // Labels follow the UI language (issue 16): 字段/类型/说明 in Chinese mode.
  await expect(tip.locator('dt').first()).toHaveText('字段');
  await expect(tip).not.toContainText('FIELD');
  await expect(tip).toContainText('spec.hostAliases');
  await expect(tip).toContainText(key.type!);
  await expect(tip).toContainText(key.description!.slice(0, 40));
  await expect(tip).toContainText('点击打开概念页');
  await expect(link).toHaveAttribute('aria-describedby', 'yaml-key-tip');

  await page.mouse.move(0, 0);
  await expect(tip).toBeHidden();
  await expect(link).not.toHaveAttribute('aria-describedby', 'yaml-key-tip');

  // Keyboard: focus shows it, Escape closes it and keeps focus on the key.
  const other = page.locator('figure.yaml-example a.yaml-key[data-field="apiVersion"]').first();
  await other.focus();
  await expect(tip).toBeVisible();
  await expect(tip).toContainText('apiVersion');
  await expect(tip).toContainText('Kubernetes API 参考');
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
  await expect(other).toBeFocused();
});

test('key descriptions come once per site from key-descriptions.json: fetched on the first tooltip, a failed fetch says so, the next tooltip tries again', async ({ page }) => {
  const g = await graph(page);
  const host = g.examples.flatMap((e) => e.keys).find((k) => k.path === 'spec.hostAliases' && k.description)!;
  const api = g.examples.flatMap((e) => e.keys).find((k) => k.path === 'apiVersion' && k.description)!;
  let requests = 0;
  let fail = true;
  await page.route('**/key-descriptions.json', async (route) => {
    requests++;
    if (fail) await route.abort('internetdisconnected');
    else await route.continue();
  });
  await page.goto('concepts/pod/');
  const link = page.locator('figure.yaml-example a.yaml-key', { hasText: /^hostAliases$/ }).first();
  // The page carries the id, not the text.
  await expect(link).toHaveAttribute('data-desc-id', /^[0-9a-z]+$/);
  await expect(link).not.toHaveAttribute('data-desc');
  expect(await page.content()).not.toContain(host.description!.slice(0, 60));
  expect(requests).toBe(0); // nothing fetched before a tooltip opens
  await link.focus();
  const tip = page.getByRole('tooltip');
  await expect(tip).toContainText('字段说明未能加载');
  await expect(tip).toContainText('spec.hostAliases'); // field and type still shown
  await expect(tip).toContainText(host.type!);
  expect(requests).toBe(1);

  fail = false;
  const other = page.locator('figure.yaml-example a.yaml-key[data-field="apiVersion"]').first();
  await other.focus();
  await expect(tip).toContainText(api.description!.slice(0, 40));
  await link.focus();
  await expect(tip).toContainText(host.description!.slice(0, 40));
  await expect(link).toHaveAttribute('aria-describedby', 'yaml-key-tip');
  expect(requests).toBe(2); // fetched again once after the failure, then kept
});

test('a key-descriptions.json from another deployment (a cached copy without the key\'s id) is fetched again past the cache', async ({ page }) => {
  const g = await graph(page);
  const host = g.examples.flatMap((e) => e.keys).find((k) => k.path === 'spec.hostAliases' && k.description)!;
  let requests = 0;
  await page.route('**/key-descriptions.json', async (route) => {
    requests++;
    // First answer: an older file that lacks every id of this page; then the real one.
    if (requests === 1) await route.fulfill({ json: { version: 2, descriptions: { '00000000': 'stale' } } });
    else await route.continue();
  });
  await page.goto('concepts/pod/');
  const link = page.locator('figure.yaml-example a.yaml-key', { hasText: /^hostAliases$/ }).first();
  await link.focus();
  const tip = page.getByRole('tooltip');
  await expect(tip).toContainText(host.description!.slice(0, 40));
  await expect(tip).not.toContainText('stale');
  expect(requests).toBe(2); // the second with fetch(…, { cache: 'reload' }), not observable here
});

test('the copy button copies the example exactly as written', async ({ page, context }) => {
  const g = await graph(page);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('concepts/host-aliases/');
  const fig = page.locator('figure.yaml-example').first();
  const id = await fig.getAttribute('id');
  const ex = g.examples.find((e) => `yx-${e.id.replace(/[^A-Za-z0-9_-]/g, '-')}` === id)!;
  expect(ex).toBeTruthy();
  await fig.getByRole('button', { name: '复制这段 YAML' }).click();
  await expect(fig.getByRole('status')).toHaveText('已复制');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(ex.code);
});

async function canvasHasInk(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((el) =>
    [...el.querySelectorAll('canvas')].some((c) => {
      const ctx = c.getContext('2d');
      if (!ctx || c.width === 0 || c.height === 0) return false;
      const data = ctx.getImageData(0, 0, c.width, c.height).data;
      for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) return true;
      return false;
    }),
  );
}

test('the Pod phase page draws the phase state diagram with a text version', async ({ page }) => {
  const g = await graph(page);
  const states = g.concepts.filter((c) => c.kind === 'state' && c.parent === 'pod-phase');
  const transitions = g.edges.filter((e) => e.type === 'transition');
  expect(states.length).toBe(5);
  await page.goto('concepts/pod-phase/');
  const diagram = page.getByRole('region', { name: '状态图' });
  const canvas = diagram.getByRole('img', { name: /状态图/ });
  await expect(canvas).toHaveAttribute('data-ready', 'true');
  expect(await canvasHasInk(page, '.state-canvas')).toBe(true);
  await expect(canvas).toHaveAttribute('data-highlighted', '');

  const text = diagram.locator('.state-text');
  await expect(text.locator('li')).toHaveCount(transitions.length);
  for (const s of states) await expect(text.locator(`a[href="/concepts/${s.id}/"]`).first()).toBeVisible();
  for (const t of transitions) if (t.label) await expect(text).toContainText(t.label);
});

test("a phase's page highlights that phase in the diagram and the text version", async ({ page }) => {
  await page.goto('concepts/pod-phase-running/');
  const canvas = page.locator('.state-canvas');
  await expect(canvas).toHaveAttribute('data-ready', 'true');
  await expect(canvas).toHaveAttribute('data-highlighted', 'pod-phase-running');
  expect(await canvasHasInk(page, '.state-canvas')).toBe(true);
  const current = page.locator('.state-text a[aria-current="page"]');
  expect(await current.count()).toBeGreaterThan(0);
  for (const a of await current.all()) await expect(a).toContainText('Running');
});

test('the diagram uses the tall layout on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('concepts/pod-phase/');
  await expect(page.locator('.state-canvas')).toHaveAttribute('data-layout', 'tall');
  expect(await canvasHasInk(page, '.state-canvas')).toBe(true);
});

test('the state diagram names each state in the UI language first, on the canvas and in the text version, after the switch too', async ({ page }) => {
  const g = await graph(page);
  const states = g.concepts.filter((c) => c.kind === 'state' && c.parent === 'pod-phase' && c.titleZh && c.titleZh !== c.title);
  expect(states.length).toBeGreaterThan(1);
  const current = states[0]!;
  await page.goto(`concepts/${current.id}/`);
  const canvas = page.locator('.state-canvas');
  await expect(canvas).toHaveAttribute('data-ready', 'true');
  /** The label of each state's box on the canvas, by id. */
  const boxLabels = () =>
    canvas.evaluate((el) => {
      const cy = (el as HTMLElement & { cy?: import('cytoscape').Core }).cy!;
      return Object.fromEntries(cy.nodes().not('.badge').map((n) => [n.id(), String(n.data('label'))]));
    });
  const link = (id: string) => page.locator(`.state-text a[href="/concepts/${id}/"]`).first();
  const expectLabels = async (lang: 'zh' | 'en') => {
    const zhFirst = lang === 'zh';
    await expect.poll(boxLabels).toEqual(Object.fromEntries(states.map((s) => [s.id, zhFirst ? `${s.titleZh}\n${s.title}` : `${s.title}\n${s.titleZh}`])));
    for (const s of states) await expect(link(s.id)).toHaveText(zhFirst ? `${s.titleZh}（${s.title}）` : `${s.title}（${s.titleZh}）`);
  };
  await expectLabels('zh');
  await expect(link(states[1]!.id).locator('[data-other-name]')).toHaveAttribute('lang', 'en');
  await expect(page.locator('#lang-toggle')).toHaveAttribute('data-ready', 'true');
  await page.locator('#lang-toggle').click();
  await expectLabels('en');
  await expect(link(states[1]!.id).locator('[data-other-name]')).toHaveAttribute('lang', 'zh-CN');
  expect(await canvasHasInk(page, '.state-canvas')).toBe(true);
  await page.locator('#lang-toggle').click();
  await expectLabels('zh');
  // A reader who chose English sees the English-first boxes from the first draw.
  await page.locator('#lang-toggle').click();
  await expectLabels('en');
  await page.reload();
  await expect(canvas).toHaveAttribute('data-ready', 'true');
  await expectLabels('en');
  await expect(page).toHaveTitle(`${current.title} (${current.titleZh}) · Kubernetes Skill Map`);
  // Back to Chinese: the title the page was served with.
  await page.locator('#lang-toggle').click();
  await expect(page).toHaveTitle(`${current.titleZh}（${current.title}） · Kubernetes 技能图谱`);
});

test('a map-only concept gets a stub page that says where its note would go', async ({ page }) => {
  const g = await graph(page);
  const stub = g.concepts.find((c) => !c.hasNote && c.parent && c.kind !== 'topic')!;
  expect(stub).toBeTruthy();
  await page.goto(`concepts/${stub.id}/`);
  const notice = page.getByRole('region', { name: '关于这个概念' });
  await expect(notice).toBeVisible();
  // The author's part is behind a small disclosure (issue 16: stubs are written for readers).
  await expect(notice.locator('.stub-path')).toBeHidden();
  await notice.getByText('为作者 / For authors').click();
  await expect(notice.locator('.stub-path code')).toHaveText(`content/concepts/${stub.id}.md`);
  await expect(notice.locator('.stub-snippet pre')).toContainText(`id: ${stub.id}`);
  await expect(notice.locator('.stub-snippet pre')).toContainText(`parent: ${stub.parent}`);
  // The default configuration has no repository: the paths are shown as text, with no link to a
  // repository (sources view; with a repoUrl they link to it, see tests/unit/pages/views.test.ts).
  await expect(notice.locator('code', { hasText: 'docs/content-format.md' })).toBeVisible();
  await expect(notice.getByRole('link', { name: 'docs/content-format.md' })).toHaveCount(0);
  await expect(notice.getByRole('link', { name: '在 GitHub 上新建这篇笔记' })).toHaveCount(0);
  await expect(notice.locator('a[href*="/blob/"], a[href*="/new/"]')).toHaveCount(0);
  await expect(page.getByRole('link', { name: '在 GitHub 上编辑此页' })).toHaveCount(0);
});

test('the concepts index lists every concept by branch and filters by kind', async ({ page }) => {
  const g = await graph(page);
  await page.goto('concepts/');
  const branches = g.concepts.filter((c) => c.parent === g.root);
  const rows = page.locator('.concept-row');
  await expect(rows).toHaveCount(g.concepts.length - 1 - branches.length);
  for (const b of branches) await expect(page.getByRole('heading', { level: 2 }).filter({ hasText: b.titleZh ?? b.title }).first()).toBeVisible();

  const fields = g.concepts.filter((c) => c.kind === 'field' && c.parent !== g.root && c.id !== g.root);
  await page.getByRole('radio', { name: /^字段/ }).check();
  await expect(page).toHaveURL(/\?kind=field$/);
  await expect(page.locator('.concept-row:visible')).toHaveCount(fields.length);
  for (const r of await page.locator('.concept-row:visible').all()) await expect(r).toHaveAttribute('data-kind', 'field');
  await expect(page.locator('[data-shown-count]')).toHaveText(String(fields.length));

  await page.reload();
  await expect(page.getByRole('radio', { name: /^字段/ })).toBeChecked();
  await page.getByRole('radio', { name: /^全部/ }).check();
  await expect(page.locator('.concept-row:visible')).toHaveCount(g.concepts.length - 1 - branches.length);
});

test('the concepts index names each concept in the UI language first, the other language after it', async ({ page }) => {
  const g = await graph(page);
  await page.goto('concepts/');
  const c = g.concepts.find((x) => x.id === 'linux-operating-system-basic') ?? g.concepts.find((x) => x.parent !== g.root && x.id !== g.root && x.titleZh && (x.titleEn ?? x.title) !== x.titleZh && !x.fieldPath)!;
  const en = c.titleEn ?? c.title;
  const row = page.locator('.concept-row').filter({ has: page.locator(`a[href$="/concepts/${c.id}/"]`) });
  await expect(row.locator('.row-title')).toHaveText(c.titleZh!);
  await expect(row.locator('.alt')).toHaveText(en);
  await expect(row.locator('.alt')).toHaveAttribute('lang', 'en');
  // Branch headings too.
  const b = g.concepts.find((x) => x.parent === g.root && x.titleZh && (x.titleEn ?? x.title) !== x.titleZh)!;
  const h = page.locator(`#branch-${b.id}`);
  await expect(h.locator('a')).toHaveText(b.titleZh!);
  await expect(h.locator('.alt')).toHaveText(b.titleEn ?? b.title);
  await expect(page.locator('#lang-toggle')).toHaveAttribute('data-ready', 'true');
  await page.locator('#lang-toggle').click();
  await expect(row.locator('.row-title')).toHaveText(en);
  await expect(row.locator('.alt')).toHaveText(c.titleZh!);
  await expect(row.locator('.alt')).toHaveAttribute('lang', 'zh-CN');
  await expect(h.locator('a')).toHaveText(b.titleEn ?? b.title);
  await expect(h.locator('.alt')).toHaveText(b.titleZh!);
  await expect(page).toHaveTitle('All concepts · Kubernetes Skill Map');
  await page.locator('#lang-toggle').click();
  await expect(page).toHaveTitle('全部概念 · Kubernetes 技能图谱');
  await expect(row.locator('.row-title')).toHaveText(c.titleZh!);
  await expect(row.locator('.alt')).toHaveText(en);
});

test('a concept page leads with its name in the UI language, as the index and the map do', async ({ page }) => {
  const g = await graph(page);
  // A concept whose note title is neither its Chinese nor its map English name (Container basics / 容器技术基础 / Container fundamentals).
  const c = g.concepts.find((x) => x.titleZh && x.titleEn && x.titleEn.toLowerCase() !== x.title.toLowerCase() && x.titleZh !== x.title && x.parent !== undefined)!;
  await page.goto(`concepts/${c.id}/`);
  const h1 = page.getByRole('main').getByRole('heading', { level: 1 });
  await expect(h1.locator('.title-main')).toHaveText(c.titleZh!);
  await expect(h1.locator('.title-alt')).toHaveText([c.titleEn!, c.title]);
  await expect(h1.locator('.title-alt').first()).toHaveAttribute('lang', 'en');
  expect(await page.title()).toMatch(new RegExp(`^${c.titleZh!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}（`));
  // The neighbour lists lead the same way.
  const link = page.locator('.concept-list .concept-link-title[data-name-en]').first();
  const zhLead = await link.textContent();
  // So does the learning order.
  const nextLink = page.locator('.prev-next a[rel="next"]');
  const nextId = /\/concepts\/([^/]+)\/$/.exec((await nextLink.getAttribute('href'))!)![1]!;
  const nextC = g.concepts.find((x) => x.id === nextId)!;
  await expect(nextLink.locator('.pn-title > span').first()).toHaveText(nextC.titleZh ?? nextC.title);
  await expect(page.locator('#lang-toggle')).toHaveAttribute('data-ready', 'true');
  await page.locator('#lang-toggle').click();
  await expect(h1.locator('.title-main')).toHaveText(c.titleEn!);
  await expect(h1.locator('.title-alt')).toHaveText([c.titleZh!, c.title]);
  await expect(h1.locator('.title-alt').first()).toHaveAttribute('lang', 'zh-CN');
  await expect(h1.locator('.title-alt').nth(1)).toHaveAttribute('lang', 'en');
  // The tab's title leads with the English name too, then the site's English name.
  await expect(page).toHaveTitle(`${c.titleEn!} (${c.titleZh!}) · Kubernetes Skill Map`);
  await expect(link).not.toHaveText(zhLead!);
  await expect(nextLink.locator('.pn-title > span').first()).not.toHaveText(nextC.titleZh ?? '');
  expect((await nextLink.locator('.pn-title > span').first().textContent())!.toLowerCase()).toBe((nextC.titleEn ?? nextC.title).toLowerCase());
  await page.locator('#lang-toggle').click();
  await expect(h1.locator('.title-main')).toHaveText(c.titleZh!);
  await expect(page).toHaveTitle(`${c.titleZh!}（${c.titleEn!}） · Kubernetes 技能图谱`);
  await expect(link).toHaveText(zhLead!);
});

test('concept page UI strings switch to English', async ({ page }) => {
  await page.goto('concepts/pod/');
  await expect(page.locator('#lang-toggle')).toHaveAttribute('data-ready', 'true');
  await page.getByRole('button', { name: '切换界面语言' }).click();
  await expect(page.getByRole('heading', { name: 'Prerequisites' })).toBeVisible();
  await expect(page.locator('.concept-header .kind-badge')).toHaveText('API object');
  await expect(page.getByRole('navigation', { name: 'Learning order' })).toBeVisible();
  await page.locator('figure.yaml-example a.yaml-key', { hasText: /^hostAliases$/ }).first().hover();
  await expect(page.getByRole('tooltip')).toContainText('Click to open the concept');
});

test("a YAML example's 来源 / Source label stays on one line beside a long path, on a phone in both languages (issue 13)", async ({ browser, baseURL }) => {
  for (const lang of ['zh-CN', 'en'] as const) {
    const ctx = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    if (lang === 'en') await ctx.addInitScript(() => localStorage.setItem('k8smap:/:ui-lang', 'en'));
    const page = await ctx.newPage();
    // the longest source path of the bundled examples (concepts/architecture/networking/…)
    await page.goto('concepts/linux-network-namespace/');
    const label = page.locator('.yaml-source > span[data-i18n="yaml.source"]').first();
    await expect(label).toHaveText(lang === 'en' ? 'Source' : '来源');
    await label.scrollIntoViewIfNeeded();
    const { height, line } = await label.evaluate((el) => ({ height: el.getBoundingClientRect().height, line: parseFloat(getComputedStyle(el).lineHeight) || 1.6 * parseFloat(getComputedStyle(el).fontSize) }));
    expect(height, `${lang}: the label is one line`).toBeLessThan(line * 1.5);
    // the path wraps instead, inside the window
    const code = page.locator('.yaml-source code').first();
    const box = (await code.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await ctx.close();
  }
});

test("a field's API description links the page it names (\"More info: https://…\" was plain text)", async ({ page }) => {
  await page.goto('concepts/image-pull-policy/');
  const desc = page.locator('.field-info dd.desc');
  await expect(desc).toContainText('More info:');
  const link = desc.locator('a[href^="https://kubernetes.io/docs/"]');
  await expect(link).toHaveCount(1);
  await expect(link).toHaveAttribute('rel', /noopener/);
  // the address as written, as the link's text; the description reads as before
  expect(await desc.textContent()).toContain(await link.getAttribute('href'));
});
