import { test, expect, type Page } from '@playwright/test';

/**
 * The owner kind in a field concept's page header (src/components/concept/FieldOwnerItem.astro):
 * every concept of graph.json with a field path whose owner the page can name shows it next to
 * the path, linked to the owner's page, in Chinese and in English; a path the Pod does not have
 * and no `owner` names (spec.strategy) shows no owner rather than a wrong one. Expectations come
 * from graph.json, not hard-coded lists.
 */

interface Concept { id: string; title: string; kind: string; fieldPath?: string; owner?: string; aliases: string[] }
interface Graph { concepts: Concept[] }

async function graph(page: Page): Promise<Graph> {
  const res = await page.request.get('graph.json');
  expect(res.ok()).toBe(true);
  return (await res.json()) as Graph;
}

test('a field page names its owner kind in the header, linked to the owner page, in both languages', async ({ page }) => {
  const g = await graph(page);
  const pod = g.concepts.find((c) => c.id === 'pod' && c.kind === 'object');
  expect(pod).toBeTruthy();
  const field = g.concepts.find((c) => c.id === 'host-network');
  expect(field?.fieldPath).toBe('spec.hostNetwork');
  await page.goto(`concepts/${field!.id}/`);
  const header = page.locator('.concept-header');
  const owner = header.locator('.field-owner');
  await expect(owner).toHaveCount(1);
  await expect(owner.locator('.meta-label')).toHaveText('所属类型');
  const link = owner.getByRole('link', { name: 'Pod' });
  await expect(link).toHaveAttribute('href', /\/concepts\/pod\/$/);
  // the owner comes before the path it is the root of
  const items = await header.locator('.concept-meta > .meta-item').allTextContents();
  const at = (s: string) => items.findIndex((t) => t.includes(s));
  expect(at('所属类型')).toBeGreaterThanOrEqual(0);
  expect(at('所属类型')).toBeLessThan(at('spec.hostNetwork'));
  await link.click();
  await expect(page).toHaveURL(/\/concepts\/pod\/$/);

  await page.goto(`concepts/${field!.id}/`);
  await expect(page.locator('#lang-toggle')).toHaveAttribute('data-ready', 'true');
  await page.getByRole('button', { name: '切换界面语言' }).click();
  await expect(owner.locator('.meta-label')).toHaveText('Owner kind');
  await expect(owner.getByRole('link', { name: 'Pod' })).toBeVisible();
});

test('a path the Pod does not have, with no owner written, shows no owner', async ({ page }) => {
  const g = await graph(page);
  const strategy = g.concepts.find((c) => c.fieldPath === 'spec.strategy' && c.owner === undefined);
  test.skip(!strategy, 'the bundled content has no such concept');
  await page.goto(`concepts/${strategy!.id}/`);
  await expect(page.locator('.concept-header .field-path')).toHaveText('spec.strategy');
  await expect(page.locator('.concept-header .field-owner')).toHaveCount(0);
});
