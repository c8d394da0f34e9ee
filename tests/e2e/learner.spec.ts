/**
 * What a learner trips over (issue 16), on the bundled site: full-text search that finds only
 * pages containing the query (the relevance set in search-relevance.json), written pages before
 * stubs, highlighted snippets, Enter running full text; "what next" following the reader's
 * progress; English mode (html lang, breadcrumbs, map title, search tooltip, explain labels).
 */
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';

interface RelevanceCase {
  q: string;
  expect: string[];
  top: number;
}
const relevance = (JSON.parse(readFileSync(path.join(import.meta.dirname, 'search-relevance.json'), 'utf8')) as { queries: RelevanceCase[] }).queries;

const combobox = (page: Page) => page.locator('#search-dialog').getByRole('combobox');

async function openSearch(page: Page): Promise<void> {
  await page.goto('./');
  await expect(page.locator('#search-dialog')).toHaveAttribute('data-ready', 'true');
  await page.keyboard.press('Control+k');
  await expect(combobox(page)).toBeFocused();
}

interface FullTextRow {
  href: string;
  stub: boolean;
  marks: string[];
  text: string;
}

/** Runs the full-text search for `q` with the button and returns the rows once they are in. */
async function fullText(page: Page, q: string): Promise<FullTextRow[]> {
  await combobox(page).fill(q);
  await page.getByRole('button', { name: '在笔记全文中搜索' }).click();
  await expect(page.locator('#fulltext-status')).toHaveText(/全文中找到|全文中没有找到/);
  return page.locator('#fulltext-results li').evaluateAll((lis) =>
    lis.map((li) => ({
      href: li.querySelector('a')!.getAttribute('href')!,
      stub: li.hasAttribute('data-stub'),
      marks: [...li.querySelectorAll('mark')].map((m) => m.textContent ?? ''),
      text: li.querySelector('p')?.textContent ?? '',
    })),
  );
}

test('full-text relevance set: the expected pages come first, every result shows the query highlighted', async ({ page }) => {
  test.setTimeout(120_000);
  await openSearch(page);
  const misses: string[] = [];
  for (const c of relevance) {
    const rows = await fullText(page, c.q);
    const top = rows.slice(0, c.top).map((r) => r.href);
    for (const id of c.expect.slice(0, c.top)) {
      if (!top.includes(`/concepts/${id}/`)) misses.push(`${c.q}: expected ${id} in the first ${c.top}, got ${top.join(' ')}`);
    }
    // Every result contains the query: a highlighted match in its snippet.
    const words = c.q.toLowerCase().split(/\s+/);
    for (const r of rows) {
      expect(r.marks.length, `${c.q}: ${r.href} has a highlighted match`).toBeGreaterThan(0);
      for (const m of r.marks) expect(words.some((w) => m.toLowerCase().includes(w) || w.includes(m.toLowerCase())), `${c.q}: mark "${m}" on ${r.href}`).toBe(true);
    }
  }
  expect(misses).toEqual([]);
});

test('an English word does not match as a prefix of another word; CJK single characters are not matched alone', async ({ page }) => {
  await openSearch(page);
  // Pagefind matches "namespac" as a prefix of namespace, namespaces…; no page has the word itself.
  const rows = await fullText(page, 'namespac');
  expect(rows).toEqual([]);
  await expect(page.locator('#fulltext-status')).toHaveText('全文中没有找到。');
  for (const r of await fullText(page, '容器组')) {
    expect(r.marks.every((m) => m.includes('容器组')), `${r.href}: ${r.marks.join(',')}`).toBe(true);
  }
});

test('stub pages rank below written pages, and page chrome is not in the snippets', async ({ page }) => {
  const g = (await (await page.request.get('graph.json')).json()) as { concepts: { id: string; hasNote: boolean; title: string }[] };
  const stubIds = new Set(g.concepts.filter((c) => !c.hasNote).map((c) => c.id));
  expect(stubIds.size).toBeGreaterThan(0);
  await openSearch(page);
  // Rook is a stub (map only) and is named in the written storage pages; its own page, whose title
  // is the query, still comes after them.
  const rows = await fullText(page, 'rook');
  expect(rows.some((r) => r.stub), 'the query finds a stub').toBe(true);
  expect(rows.some((r) => !r.stub), 'the query finds a written page').toBe(true);
  const lastWritten = rows.map((r) => r.stub).lastIndexOf(false);
  const firstStub = rows.map((r) => r.stub).indexOf(true);
  expect(firstStub).toBeGreaterThan(lastWritten);
  for (const r of rows) expect(r.stub).toBe(stubIds.has(r.href.split('/')[2]!));
  // Chrome of concept pages (kind badge, stub box labels, example captions, source lines) is not indexed.
  // A page may still match a phrase by its words in running text (a chapter about 学习 that also
  // says 进度 elsewhere): what must not appear is the chrome phrase itself in a snippet.
  for (const q of ['这篇笔记还没写', '为作者', '出处', '学习进度', '同一分支的其他概念']) {
    const found = await fullText(page, q);
    expect(found.filter((r) => r.text.includes(q)).map((r) => r.href), q).toEqual([]);
  }
});

test('Enter runs the full-text search when no concept matches', async ({ page }) => {
  await openSearch(page);
  await combobox(page).fill('conntrack');
  await expect(page.locator('#search-status')).toContainText('没有找到匹配的概念');
  await expect(page.locator('#fulltext-results li')).toHaveCount(0);
  await combobox(page).press('Enter');
  await expect(page.locator('#fulltext-status')).toHaveText(/全文中找到 \d+ 个页面/);
  const first = page.locator('#fulltext-results li').first();
  await expect(first.locator('mark').first()).toHaveText('conntrack');
  // Everything around the mark is text: no markup from the page came through.
  await expect(page.locator('#fulltext-results li p *:not(mark)')).toHaveCount(0);
  // The dialog stays open on the results; the input keeps focus.
  await expect(combobox(page)).toBeFocused();
});

test('what next: the concept in progress first, then what the learned concepts open up, each with its reason; never historical items', async ({ page }) => {
  const data = (await (await page.request.get('progress-data.json')).json()) as {
    concepts: { id: string; title: string; prerequisites: string[]; status?: string }[];
  };
  const historical = new Set(data.concepts.filter((c) => c.status).map((c) => c.id));
  expect(historical.size).toBeGreaterThan(0);
  // Set progress the way a reader does: the progress control on each concept page.
  for (const [id, state] of [['pod', '已掌握'], ['host-aliases', '已掌握'], ['pre-stop', '学习中']] as const) {
    await page.goto(`concepts/${id}/`);
    const control = page.locator('.concept-header [data-progress-control]');
    await control.getByRole('radio', { name: state }).click();
    await expect(control.getByRole('radio', { name: state })).toBeChecked();
    await expect(control.locator('[data-progress-msg]')).toContainText(state);
  }
  await page.goto('progress/');
  const next = page.locator('section.what-next');
  await expect(page.getByRole('region', { name: '接下来学什么' })).toHaveAttribute('data-ready', '');
  const items = await next.locator('li').evaluateAll((lis) =>
    lis.map((li) => ({ id: (li as HTMLElement).dataset.conceptId!, reason: (li as HTMLElement).dataset.reason!, why: li.querySelector('.next-reason')?.textContent ?? '' })),
  );
  expect(items[0]).toEqual({ id: 'pre-stop', reason: 'learning', why: '正在学' });
  expect(items[1]!.reason).toBe('prereqs');
  expect(items[1]!.why).toMatch(/^前置已掌握：/);
  // Reasons come in this order: learning, prerequisites, near, learning order.
  const rank = { learning: 0, prereqs: 1, near: 2, order: 3 } as Record<string, number>;
  for (let i = 1; i < items.length; i++) expect(rank[items[i]!.reason]!).toBeGreaterThanOrEqual(rank[items[i - 1]!.reason]!);
  for (const it of items) {
    expect(['pod', 'host-aliases']).not.toContain(it.id);
    expect(historical.has(it.id), `${it.id} is historical`).toBe(false);
    if (it.reason === 'near') expect(it.why).toMatch(/^与 .+ 相邻$/);
  }
  // Pod's own prerequisites (e.g. Linux basics) are not where the reader is sent back to.
  const podPrereqs = data.concepts.find((c) => c.id === 'pod')!.prerequisites;
  expect(podPrereqs.length).toBeGreaterThan(0);
  for (const p of podPrereqs) expect(items.map((i) => i.id)).not.toContain(p);

  // English: the reasons follow the UI language.
  await expect(page.locator('#lang-toggle')).toHaveAttribute('data-ready', 'true');
  await page.getByRole('button', { name: '切换界面语言' }).click();
  await expect(next.locator('li').first().locator('.next-reason')).toHaveText('In progress');
  await expect(next.locator('li').nth(1).locator('.next-reason')).toHaveText(/^Prerequisites learned: /);
});

test('English mode: html lang, breadcrumbs, map title, search tooltip and placeholder, explain labels', async ({ page }) => {
  await page.goto('concepts/host-aliases/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('.field-info dt').first()).toHaveText('字段');
  await expect(page.locator('#lang-toggle')).toHaveAttribute('data-ready', 'true');
  await page.getByRole('button', { name: '切换界面语言' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('.field-info dt').first()).toHaveText('FIELD');
  const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(crumbs.locator('li').first()).toHaveText('Kubernetes Skill Map');
  await expect(crumbs.locator('[aria-current="page"]')).toHaveText('HostAliases');
  await expect(page.locator('#search-open')).toHaveAttribute('title', 'Search concepts (shortcut / or Ctrl+K)');
  await expect(page.locator('#search-input')).toHaveAttribute('placeholder', 'e.g. 主机, hostNetwork, process namespace');
  // The tooltip of a YAML key in English mode.
  const key = page.locator('figure.yaml-example a.yaml-key').first();
  if (await key.count()) {
    await key.scrollIntoViewIfNeeded();
    await key.hover();
    await expect(page.getByRole('tooltip').locator('dt').first()).toHaveText('FIELD');
  }

  // The choice is remembered: the next page starts in English (html lang from the first paint).
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('#map-title')).toHaveText('Kubernetes Skill Map');
  // The home page's branch shares name their branches in English too.
  await expect(page.locator('.progress-branches li[data-branch="container-basics"] a')).toHaveText('Container fundamentals');
  // Back to Chinese.
  await page.getByRole('button', { name: 'Switch interface language' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('#map-title')).toHaveText('Kubernetes 技能图谱');
  await expect(page.locator('.progress-branches li[data-branch="container-basics"] a')).toHaveText('容器技术基础');
});

test('a stub that other notes mention is not called "only on the map"', async ({ page }) => {
  await page.goto('concepts/rook/');
  const box = page.getByRole('region', { name: '关于这个概念' });
  const linking = await page.locator('#backlinks-title + * li, #backlinks-title ~ * li').count();
  expect(linking).toBeGreaterThan(0);
  await expect(box.locator('.stub-status')).toContainText('个概念链接到它');
  await expect(box).not.toContainText('只出现在图谱大纲里');
});

test('a stub page is written for readers: what it is, where, what is near, where to read more; the template is behind a disclosure', async ({ page }) => {
  await page.goto('concepts/volume-plugins/');
  const box = page.getByRole('region', { name: '关于这个概念' });
  await expect(box).toBeVisible();
  // Other concepts link to it (related), so it is not called "only on the map".
  await expect(page.locator('#backlinks-title')).toHaveCount(1);
  await expect(box.locator('.stub-status')).toContainText('个概念链接到它');
  await expect(box.locator('.stub-place a').last()).toHaveText('容器存储');
  await expect(box.locator('.stub-near a').first()).toBeVisible();
  await expect(box.getByRole('link', { name: 'Kubernetes 官方文档' })).toHaveAttribute('href', 'https://kubernetes.io/zh-cn/docs/concepts/storage/volumes/');
  await expect(box.locator('details.stub-authors')).not.toHaveAttribute('open', /.*/);
  await expect(box.locator('.stub-snippet')).toBeHidden();
  // Every link the box shows leads to a page of this site or to kubernetes.io.
  for (const href of await box.locator('a:visible').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) {
    expect(href).toMatch(/^(http:\/\/127\.0\.0\.1:\d+\/concepts\/|https:\/\/kubernetes\.io\/)/);
  }
});
