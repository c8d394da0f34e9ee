import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/**
 * axe-core over every page type, in light and dark: zero WCAG 2.1 AA violations. Which
 * concepts stand for each page type is read from the built graph.json, not hard-coded.
 */
interface GraphLike {
  concepts: { id: string; kind: string; hasNote: boolean; examples: string[]; source: { file: string } }[];
  examples: { source: { file: string }; keys: { conceptId?: string }[] }[];
}

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function pageTypes(page: Page): Promise<[string, string][]> {
  const res = await page.request.get('graph.json');
  expect(res.ok()).toBe(true);
  const g = (await res.json()) as GraphLike;
  const withExamples = g.concepts.find((c) => c.hasNote && c.examples.length > 0);
  const stub = g.concepts.find((c) => !c.hasNote);
  const state = g.concepts.find((c) => c.kind === 'state');
  // A concept whose field many other notes' examples set: its page shows them as focused excerpts and links.
  const excerpted = g.concepts.find((c) => g.examples.filter((e) => e.source.file !== c.source.file && e.keys.some((k) => k.conceptId === c.id)).length > 8);
  const types: [string, string][] = [
    ['home (map)', './'],
    ['concepts index', 'concepts/'],
    ['progress', 'progress/'],
    ['404', 'this-page-does-not-exist/'],
  ];
  expect(withExamples, 'a concept with YAML examples').toBeTruthy();
  expect(stub, 'a map-only stub concept').toBeTruthy();
  expect(state, 'a state concept').toBeTruthy();
  expect(excerpted, 'a concept used by many examples').toBeTruthy();
  types.push(['concept with examples', `concepts/${encodeURIComponent(withExamples!.id)}/`]);
  types.push(['stub concept', `concepts/${encodeURIComponent(stub!.id)}/`]);
  types.push(['state concept', `concepts/${encodeURIComponent(state!.id)}/`]);
  types.push(['concept with example excerpts', `concepts/${encodeURIComponent(excerpted!.id)}/`]);
  return types;
}

function report(violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']): string[] {
  return violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}${v.nodes.length > 5 ? ` … +${v.nodes.length - 5}` : ''}`,
  );
}

for (const scheme of ['light', 'dark'] as const) {
  test(`every page type has no WCAG 2.1 AA violations (${scheme})`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.emulateMedia({ colorScheme: scheme });
    const problems: string[] = [];
    for (const [name, path] of await pageTypes(page)) {
      const res = await page.goto(path);
      expect(res?.status(), `${name} ${path}`).toBe(name === '404' ? 404 : 200);
      await page.waitForLoadState('networkidle');
      const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      for (const line of report(results.violations)) problems.push(`${name} ${path}: ${line}`);
    }
    expect(problems).toEqual([]);
  });

  test(`the open search dialog with results has no WCAG 2.1 AA violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('./');
    await expect(page.locator('#search-dialog')).toHaveAttribute('data-ready', 'true');
    await page.keyboard.press('Control+k');
    await page.locator('#search-input').fill('主机');
    await expect(page.locator('#search-listbox').getByRole('option').first()).toBeVisible();
    await page.keyboard.press('ArrowDown');
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(report(results.violations)).toEqual([]);
  });
}

test('skip link, landmarks and a visible focus ring', async ({ page }) => {
  await page.goto('./');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '跳到正文' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  await expect(page.getByRole('banner')).toHaveCount(1);
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.getByRole('contentinfo')).toHaveCount(1);
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible();
  // The search button shows a focus ring too.
  const search = page.getByRole('button', { name: '搜索', exact: true });
  await search.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(search).toBeFocused();
  expect(await search.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
});
