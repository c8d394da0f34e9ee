import { test, expect } from '@playwright/test';

test('home page shows the site in Chinese with the shared layout', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page).toHaveTitle(/Kubernetes 技能图谱/);
  await expect(page.getByRole('banner').getByRole('link', { name: 'Kubernetes 技能图谱' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible();
  await expect(page.getByRole('main')).toBeVisible();
  await expect(page.getByRole('contentinfo')).toContainText('graph.json');
  // a space on both sides of the separator (the build's HTML compression took the one after it)
  await expect(page.getByRole('contentinfo')).toHaveText(/生成 · 图数据/);
});

test("every file the page's head links to is there (no sitemap link while no origin writes a sitemap)", async ({ page, request }) => {
  await page.goto('./');
  const hrefs = await page.locator('head link[href]').evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) {
    if (!href.startsWith(new URL(page.url()).origin)) continue;
    expect((await request.get(href)).status(), href).toBe(200);
  }
});

test('desktop: the map toolbar does not show the site title the header shows; it stays the page heading and the map\'s name', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./');
  const visibleText = (sel: string) =>
    page.locator(sel).evaluate((el) => {
      // the text of what shows (a visually hidden element is 1 px, clipped)
      const shown = (e: Element) => e.getBoundingClientRect().width > 1;
      return [...el.querySelectorAll('*')].filter((e) => shown(e) && e.children.length === 0).map((e) => e.textContent!.trim()).filter(Boolean);
    });
  expect(await visibleText('.site-header')).toContain('Kubernetes 技能图谱');
  expect(await visibleText('.map-toolbar')).not.toContain('Kubernetes 技能图谱');
  await expect(page.getByRole('heading', { level: 1, name: 'Kubernetes 技能图谱' })).toBeAttached();
  await expect(page.getByRole('region', { name: 'Kubernetes 技能图谱' })).toBeVisible();
});

test('theme toggle switches to dark and is remembered', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('./');
  const bg = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  const light = await bg();
  await page.getByRole('button', { name: '切换深色/浅色主题' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await bg()).not.toBe(light);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('dark mode follows the system', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('./');
  const scheme = await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme);
  expect(scheme).toBe('dark');
});

test('UI language switch shows English strings and back', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('#lang-toggle')).toHaveAttribute('data-ready', 'true');
  await page.getByRole('button', { name: '切换界面语言' }).click();
  await expect(page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Map' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('link', { name: 'All concepts' })).toBeVisible();
  await page.getByRole('button', { name: 'Switch interface language' }).click();
  await expect(page.getByRole('link', { name: '全部概念' })).toBeVisible();
});
