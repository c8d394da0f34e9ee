/**
 * Learning progress on the bundled site (served at /): the progress page with real content,
 * accessibility of its states (orphans listed, an import error shown, the reset dialog open).
 */
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

const KEY = 'k8smap:/:progress';
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface ProgressGraphLike {
  root: string;
  branches: { id: string }[];
  concepts: { id: string; kind: string; prerequisites: string[] }[];
}

/** axe over the page's main content (the shared header is covered by a11y.spec.ts). */
async function axe(page: Page): Promise<string[]> {
  const r = await new AxeBuilder({ page }).include('#main').withTags(TAGS).analyze();
  return r.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`);
}

test('progress page reads the built progress-data.json and, with no progress, suggests the learning path: a concept with no prerequisites first, every prerequisite before what needs it', async ({ page }) => {
  const res = await page.request.get('progress-data.json');
  expect(res.ok()).toBe(true);
  const data = (await res.json()) as ProgressGraphLike;
  const branches = new Set(data.branches.map((b) => b.id));
  const counted = data.concepts.filter((c) => c.id !== data.root && !branches.has(c.id));
  expect(counted.length).toBeGreaterThan(10);
  await page.goto('progress/');
  await expect(page.locator('[data-progress-table]')).toHaveAttribute('data-ready', '');
  await expect(page.locator('[data-progress-table] tfoot [data-count="total"]')).toHaveText(String(counted.length));
  const next = page.getByRole('region', { name: '接下来学什么' });
  await expect(next).toHaveAttribute('data-ready', '');
  const ids = await next.locator('li').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.conceptId!));
  expect(ids.length).toBeGreaterThan(0);
  expect(ids.length).toBeLessThanOrEqual(20);
  // (Before the learning path, only concepts without prerequisites were suggested, which put niche
  // leaves such as OVS right after Linux basics; see what-next-path.spec.ts.)
  expect(data.concepts.find((c) => c.id === ids[0])?.prerequisites ?? ['?']).toEqual([]);
  const all = new Set(data.concepts.map((c) => c.id));
  for (const [i, id] of ids.entries()) {
    for (const p of data.concepts.find((c) => c.id === id)!.prerequisites) {
      if (all.has(p) && !branches.has(p) && p !== data.root && ids.includes(p)) expect(ids.indexOf(p), `${p} before ${id}`).toBeLessThan(i);
    }
  }
});

for (const scheme of ['light', 'dark'] as const) {
  test(`progress page states have no WCAG 2.1 AA violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('progress/');
    const first = await page.locator('[data-progress-table] tbody tr').first().getAttribute('data-branch');
    const T = '2024-05-01T10:00:00.000Z';
    await page.evaluate(
      ([k, v]) => localStorage.setItem(k!, v!),
      [KEY, JSON.stringify({ version: 1, states: {}, orphans: { 'gone-away': { state: 'learned', updatedAt: T } } })],
    );
    await page.reload();
    await expect(page.getByRole('region', { name: '已不在图谱中的概念' })).toBeVisible();
    await expect(page.locator('[data-progress-table]')).toHaveAttribute('data-ready', '');
    expect(first).toBeTruthy();
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'k8smap-progress-')), 'bad.json');
    await writeFile(file, 'nope');
    await page.locator('#progress-import').setInputFiles(file);
    await expect(page.getByRole('alert')).toContainText('导入失败');
    expect(await axe(page)).toEqual([]);
    await page.getByRole('button', { name: '重置全部进度…' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(await axe(page)).toEqual([]);
  });
}
