/**
 * Free-form notes as pages on the site built from the bundled content (issue 13): a long Chinese
 * chapter with its table of contents and excerpt anchors, and no link to a placeholder
 * repository anywhere in the built site (the default configuration has no repository).
 */
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { missingLineAnchors } from '../../scripts/lib/line-anchors.mjs';

interface GraphLike {
  notes: { id: string; file: string; title: string; headings: { depth: number; id: string }[] }[];
  concepts: { id: string; excerpts: { source: { file: string; line: number }; anchor?: string }[] }[];
}

test('every note has a page whose table of contents and excerpt anchors all lead somewhere', async ({ page }) => {
  const g = (await (await page.request.get('graph.json')).json()) as GraphLike;
  expect(g.notes.length).toBeGreaterThan(0);
  for (const note of g.notes) {
    const res = await page.goto(`notes/${encodeURIComponent(note.id)}/`);
    expect(res?.status(), note.file).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(note.title);
    const toc = page.locator('nav.toc a');
    const sections = note.headings.filter((h) => h.depth === 2 || h.depth === 3);
    await expect(toc).toHaveCount(sections.length >= 3 ? sections.length : 0);
    for (const href of await toc.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
      expect(await page.locator(`[id="${decodeURIComponent(href.slice(1))}"]`).count(), href).toBe(1);
    }
    const anchors = g.concepts.flatMap((c) => c.excerpts).filter((e) => e.source.file === note.file).map((e) => e.anchor);
    expect(anchors.length).toBeGreaterThan(0);
    for (const a of new Set(anchors)) {
      expect(a, 'excerpt anchor').toBeTruthy();
      expect(await page.locator(`[id="${a}"]`).count(), `#${a}`).toBe(1);
    }
    // Inline concept links lead to concept pages.
    const inline = await page.locator('.note-page-body a.concept-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(inline.length).toBeGreaterThan(0);
    for (const href of inline) expect(href).toMatch(/^\/concepts\/[a-z0-9-]+\/$/);
  }
});

test('with the default configuration the built site links to no repository', async () => {
  const out = process.env.K8SMAP_OUT_DIR || 'dist';
  const config = JSON.parse(readFileSync('skillmap.config.json', 'utf8')) as { repoUrl?: string };
  expect(config.repoUrl ?? '').toBe('');
  const offenders: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const p = path.join(dir, name);
      if (statSync(p).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(p);
      } else if (name.endsWith('.html')) {
        const html = readFileSync(p, 'utf8');
        // Edit, view-source and "create this file" links to the notes on a repository host
        // (links into other projects' repositories, such as API documentation, are fine).
        for (const m of html.matchAll(/href="(https?:\/\/[^"]+\/(?:blob|edit|new)\/[^/"]+\/content\/[^"]*)"/g)) offenders.push(`${p}: ${m[1]}`);
        if (html.includes('k8s-skill-map/k8s-skill-map')) offenders.push(`${p}: the placeholder repository`);
      }
    }
  };
  walk(out);
  expect(offenders).toEqual([]);
});

test('every link to a line of a note (#L<line>) finds its element, and a link labelled path:<line> lands on that line', () => {
  const { checked, missing, misnamed } = missingLineAnchors(process.env.K8SMAP_OUT_DIR || 'dist');
  expect(checked).toBeGreaterThan(10);
  expect(missing).toEqual([]);
  expect(misnamed).toEqual([]);
});

for (const [device, viewport] of [['desktop', { width: 1280, height: 800 }], ['phone', { width: 393, height: 727 }]] as const) {
  test(`a concept page's backlink lands on the sentence that names the concept, in view below the header and marked as excerpt targets are (${device})`, async ({ page }) => {
    // `notes/Pod 进阶：字段与生命周期.md` names terminationGracePeriodSeconds in a quote two lines
    // below the passage about preStop: the link went to the passage (#L143) under the label `:145`.
    await page.setViewportSize(viewport);
    await page.goto('concepts/termination-grace-period-seconds/');
    const place = page.locator('.backlink-place').filter({ has: page.locator('a.backlink-line[href*="/notes/"]') }).first();
    const label = (await place.locator('a.backlink-line code').textContent())!;
    const line = /:(\d+)$/.exec(label)![1];
    const named = (await place.locator('mark').textContent())!;
    await place.locator('a.backlink-line').click();
    await expect(page).toHaveURL(new RegExp(`/notes/[^/]+/#L${line}$`));
    const target = page.locator('.note-page-body :target');
    await expect(target).toHaveCount(1);
    await expect(target).toHaveAttribute('id', `L${line}`);
    await expect(target).toContainText(named);
    await expect(target).toBeInViewport({ ratio: 1 });
    // Its first line is not under the sticky header (two rows on a phone).
    const top = await target.evaluate((el) => el.getBoundingClientRect().top - document.querySelector('.site-header')!.getBoundingClientRect().bottom);
    expect(top).toBeGreaterThanOrEqual(0);
    // Marked: the note page's :target style (a tinted background and an outline), as an excerpt's place is.
    const style = await target.evaluate((el) => ({ bg: getComputedStyle(el).backgroundColor, outline: getComputedStyle(el).outlineStyle }));
    expect(style.bg).not.toBe('rgba(0, 0, 0, 0)');
    expect(style.outline).toBe('solid');
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`the long chapter page and the notes index have no WCAG 2.1 AA violations (${scheme})`, async ({ page }) => {
    test.setTimeout(180_000);
    const g = (await (await page.request.get('graph.json')).json()) as GraphLike;
    // The longest note: the most there is to check.
    const note = [...g.notes].sort((a, b) => b.headings.length - a.headings.length)[0]!;
    await page.emulateMedia({ colorScheme: scheme });
    const problems: string[] = [];
    for (const p of [`notes/${encodeURIComponent(note.id)}/`, 'notes/']) {
      await page.goto(p);
      await page.waitForLoadState('networkidle');
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      for (const v of results.violations) problems.push(`${p}: ${v.id} ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 4).join(' | ')}`);
    }
    expect(problems).toEqual([]);
  });
}

test('Pagefind indexes the note pages: a phrase only a chapter has finds its page, without the page chrome', async ({ page }) => {
  const g = (await (await page.request.get('graph.json')).json()) as GraphLike;
  const note = g.notes[0]!;
  await page.goto('./');
  const urls = await page.evaluate(async (q) => {
    const pf = (await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`)) as {
      search(q: string): Promise<{ results: { data(): Promise<{ url: string; content: string }> }[] }>;
    };
    const r = await pf.search(q);
    return Promise.all(r.results.map(async (x) => { const d = await x.data(); return { url: d.url, content: d.content }; }));
  }, '虚拟机');
  const hit = urls.find((u) => decodeURIComponent(u.url).includes(`/notes/${note.id}/`));
  expect(hit, urls.map((u) => u.url).join(', ')).toBeTruthy();
  // The side panel and the navigation are not indexed.
  expect(hit!.content).not.toContain('在图谱上显示这些概念');
  expect(hit!.content).not.toContain('本篇定义或讲解');
});

test('at phone width the "linked from" lists of a note page and a concept page stay inside the page (long file paths wrap)', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const g = (await (await page.request.get('graph.json')).json()) as GraphLike;
  for (const url of [...g.notes.map((n) => `notes/${encodeURIComponent(n.id)}/`), 'concepts/pod/']) {
    await page.goto(url);
    const section = page.locator('section.backlinks');
    await expect(section, url).toHaveCount(1);
    await expect(section.locator('mark').first()).toBeVisible();
    const right = await section.evaluate((el) => Math.max(...[...el.querySelectorAll('*')].map((e) => e.getBoundingClientRect().right)));
    expect(right, url).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), url).toBeLessThanOrEqual(390);
  }
});

test('a note page\'s "show on the map" highlights the note\'s concepts from its notes/<id>/map.json', async ({ page }) => {
  const g = (await (await page.request.get('graph.json')).json()) as GraphLike;
  for (const note of g.notes) {
    // The file the map fetches (written by the build without a route: src/lib/data-files.ts).
    const res = await page.request.get(`notes/${encodeURIComponent(note.id)}/map.json`);
    expect(res.status(), note.file).toBe(200);
    const data = (await res.json()) as { id: string; title: string; concepts: string[] };
    expect(data.id).toBe(note.id);
    expect(data.title).toBe(note.title);
    expect(data.concepts.length).toBeGreaterThan(0);
    await page.goto(`notes/${encodeURIComponent(note.id)}/`);
    await page.locator('a.note-map-link').click();
    const banner = page.locator('.map-note-banner');
    await expect(banner).toContainText(`笔记「${note.title}」里的`);
    await expect(page.locator(`[data-note="${note.id}"]`)).toHaveCount(1);
    // The view lands on highlighted concepts at a readable zoom (labels at least 11 px), below the
    // banner, even when the note names concepts all over the map (viewport.ts highlightView).
    await expect
      .poll(() =>
        page.evaluate(() => {
          const cy = window.k8smapMap!.cy;
          const top = document.querySelector('.map-note-banner')!.getBoundingClientRect().bottom - document.querySelector('.map-canvas')!.getBoundingClientRect().top;
          const inView = cy.nodes('.note-hl').filter((n) => {
            const b = n.renderedBoundingBox({ includeLabels: false });
            return b.x1 >= 0 && b.x2 <= cy.width() && b.y1 >= top && b.y2 <= cy.height();
          });
          return inView.length > 0 && cy.zoom() >= 11 / 13 - 1e-6;
        }),
      )
      .toBe(true);
  }
});

test("a note page's concept list leads with each concept's name in the UI language, as the concept page does", async ({ page }) => {
  type C = { id: string; title: string; titleZh?: string; titleEn?: string };
  const g = (await (await page.request.get('graph.json')).json()) as { notes: { id: string; defines: string[] }[]; concepts: C[] };
  const byId = new Map(g.concepts.map((c) => [c.id, c]));
  // A note defining a concept whose Chinese name is not its title (Pod phase / Pod 阶段).
  const note = g.notes.find((n) => n.defines.some((id) => byId.get(id)?.titleZh && byId.get(id)!.titleZh !== byId.get(id)!.title))!;
  const c = byId.get(note.defines.find((id) => byId.get(id)?.titleZh && byId.get(id)!.titleZh !== byId.get(id)!.title)!)!;
  await page.goto(`notes/${encodeURIComponent(note.id)}/`);
  const item = page.locator(`.note-aside li[data-note-concept="${c.id}"]`).first();
  await expect(item.locator('.note-concept-title')).toHaveText(c.titleZh!);
  await expect(item.locator('.note-concept-alt')).toHaveText(c.titleEn ?? c.title);
  await expect(item.locator('.note-concept-alt')).toHaveAttribute('lang', 'en');
  await expect(page.locator('#lang-toggle')).toHaveAttribute('data-ready', 'true');
  await page.locator('#lang-toggle').click();
  expect((await item.locator('.note-concept-title').textContent())!.toLowerCase()).toBe((c.titleEn ?? c.title).toLowerCase());
  await expect(item.locator('.note-concept-alt')).toHaveText(c.titleZh!);
  await expect(item.locator('.note-concept-alt')).toHaveAttribute('lang', 'zh-CN');
  await page.locator('#lang-toggle').click();
  await expect(item.locator('.note-concept-title')).toHaveText(c.titleZh!);
});
