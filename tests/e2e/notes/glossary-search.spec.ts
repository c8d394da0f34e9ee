import { test, expect, type Page } from '@playwright/test';

/**
 * A reader's own notes (tests/fixtures/zh-notes: no map.md) name concepts in English
 * (PersistentVolume, a tolerations field aliased Toleration): the search dialog finds them by
 * the official Chinese names of the Kubernetes website's glossary (src/views/search-index.ts
 * `glossaryKeywords`), in the Chinese and the English interface, on a desktop and a phone.
 */
const combobox = (page: Page) => page.locator('#search-dialog').getByRole('combobox');
const options = (page: Page) => page.locator('#search-listbox').getByRole('option');

for (const lang of ['zh-CN', 'en'] as const) {
  for (const size of [{ width: 1280, height: 800 }, { width: 393, height: 851 }]) {
    test(`持久卷 lists PersistentVolume, 容忍度 the tolerations field (${lang}, ${size.width}×${size.height})`, async ({ browser, baseURL }) => {
      const ctx = await browser.newContext({ baseURL, viewport: size });
      if (lang === 'en') await ctx.addInitScript(() => localStorage.setItem('k8smap:/:ui-lang', 'en'));
      const page = await ctx.newPage();
      page.on('dialog', (d) => {
        throw new Error(`unexpected JavaScript dialog: ${d.message()}`);
      });
      await page.goto('./');
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('#search-dialog')).toHaveAttribute('data-ready', 'true');
      await page.getByRole('button', { name: lang === 'en' ? 'Search' : '搜索', exact: true }).click();
      await expect(page.getByRole('dialog', { name: lang === 'en' ? 'Search concepts' : '搜索概念' })).toBeVisible();

      await combobox(page).fill('持久卷');
      const first = options(page).first();
      await expect(first).toContainText('PersistentVolume');
      await expect(first).toContainText(lang === 'en' ? 'Object' : '对象');
      await expect(first).toBeInViewport();
      // the title stays as the notes wrote it: the glossary name is a keyword, not a name
      await expect(first.locator('.search-opt-title')).toHaveText('PersistentVolume');
      // and the result says which name found it (issue 14): "PersistentVolume · 持久卷", marked
      await expect(first.locator('.search-opt-via')).toHaveText('持久卷');
      await expect(first.locator('.search-opt-via mark')).toHaveText('持久卷');
      await expect(first.locator('.search-opt-names')).toHaveText(/^PersistentVolume\s+·\s+持久卷$/);
      // a query the title holds says nothing more
      await combobox(page).fill('PersistentVolume');
      await expect(first.locator('.search-opt-title')).toHaveText('PersistentVolume');
      await expect(first.locator('.search-opt-via')).toHaveCount(0);

      await combobox(page).fill('容忍度');
      await expect(first).toContainText('tolerations');
      await expect(first.locator('.search-opt-via')).toHaveText('容忍度');
      await expect(first).toContainText(lang === 'en' ? 'Field' : '字段');
      await first.click();
      await expect(page).toHaveURL(/\/concepts\/tolerations\/$/);
      await ctx.close();
    });
  }
}

/**
 * The map's find box knows the same names (issue 14): the map data carries each concept's
 * glossary names with its keywords (src/views/glossary-keywords.ts, one list for both).
 */
for (const lang of ['zh-CN', 'en'] as const) {
  for (const size of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
    test(`the map's find box: 持久卷 finds PersistentVolume, 容忍度 tolerations (${lang}, ${size.width}×${size.height})`, async ({ browser, baseURL }) => {
      const ctx = await browser.newContext({ baseURL, viewport: size });
      if (lang === 'en') await ctx.addInitScript(() => localStorage.setItem('k8smap:/:ui-lang', 'en'));
      const page = await ctx.newPage();
      await page.goto('./');
      await expect(page.locator('#skill-map')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
      const input = page.locator('#map-search-input');
      const option = page.locator('#map-search-results [role="option"]').first();
      await input.fill('持久卷');
      await expect(option).toHaveAttribute('data-id', 'persistent-volume');
      await expect(option.locator('.opt-name')).toHaveText('PersistentVolume');
      await expect(option.locator('.opt-via')).toHaveText('持久卷');
      await expect(option).toBeInViewport();
      await input.fill('容忍度');
      await expect(option).toHaveAttribute('data-id', 'tolerations');
      await input.press('Enter');
      await expect(page.locator('#skill-map')).toHaveAttribute('data-current', 'tolerations');
      await ctx.close();
    });
  }
}
