/** "What next" for a reader with no progress yet: the learning path from the graph, each with its reason. */
import { expect, test } from '@playwright/test';

test('with no progress, what next starts on the core path (prerequisites first), never with niche or historical items', async ({ page }) => {
  const data = (await (await page.request.get('progress-data.json')).json()) as {
    concepts: { id: string; prerequisites: string[]; status?: string }[];
  };
  const byId = new Map(data.concepts.map((c) => [c.id, c]));
  await page.goto('progress/');
  const next = page.locator('section.what-next');
  await expect(next).toHaveAttribute('data-ready', '');
  const items = await next.locator('li').evaluateAll((lis) =>
    lis.map((li) => ({ id: (li as HTMLElement).dataset.conceptId!, reason: (li as HTMLElement).dataset.reason!, why: li.querySelector('.next-reason')?.textContent ?? '' })),
  );
  expect(items.length).toBeGreaterThanOrEqual(10);
  const ids = items.map((i) => i.id);
  // Pod, the concept the most others build on, is among the first few; no network plugin is.
  expect(ids.slice(0, 8)).toContain('pod');
  for (const niche of ['ovs', 'sr-iov', 'macvlan-ipvlan']) expect(ids.indexOf(niche) === -1 || ids.indexOf(niche) > ids.indexOf('pod')).toBe(true);
  for (const [i, it] of items.entries()) {
    expect(it.reason).toBe('order');
    expect(byId.get(it.id)!.status, it.id).toBeUndefined();
    // Every prerequisite on the map comes earlier in the list (nothing is learned yet).
    for (const p of byId.get(it.id)!.prerequisites) if (ids.includes(p)) expect(ids.indexOf(p), `${p} before ${it.id}`).toBeLessThan(i);
  }
  // Reasons say what it follows and how much builds on it.
  const podWhy = items.find((i) => i.id === 'pod')!.why;
  expect(podWhy).toMatch(/^在 .+ 之后；\d+ 个概念以它为前置（直接或间接）$/);
  expect(items[0]!.why).toMatch(/^\d+ 个概念以它为前置（直接或间接）$/);
  await expect(page.locator('#lang-toggle')).toHaveAttribute('data-ready', 'true');
  await page.getByRole('button', { name: '切换界面语言' }).click();
  await expect(next.locator('li[data-concept-id="pod"] .next-reason')).toHaveText(/^After .+; \d+ concepts build on it \(directly or not\)$/);
});
