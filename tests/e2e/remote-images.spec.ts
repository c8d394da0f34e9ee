import { expect, test } from '@playwright/test';

/**
 * qa51: a note's image on another host that does not load (the site read offline, a 语雀 CDN or
 * 有道云笔记 picture) becomes a link that says so and names its host, not a broken picture or an
 * empty gap (src/scripts/remote-images.ts). Port 9 of this machine refuses at once, like a host
 * the reader cannot reach.
 */
test('a remote image that fails to load becomes a link naming its host, in the reader\'s language', async ({ page }) => {
  await page.goto('notes/');
  const href = await page.locator('main a[href*="/notes/"]').evaluateAll((as) =>
    (as as HTMLAnchorElement[]).map((a) => a.getAttribute('href')!).find((h) => /\/notes\/[^/]+\/$/.test(h)));
  expect(href).toBeTruthy();
  await page.goto(href!);
  await page.waitForSelector('.note-page-body');
  await page.evaluate(() => {
    const img = document.createElement('img');
    img.alt = '架构图';
    img.referrerPolicy = 'no-referrer';
    img.src = 'http://127.0.0.1:9/yuque/0/2024/png/1/a.png#averageHue=%23f5f5f5';
    document.querySelector('.note-page-body')!.prepend(img);
  });
  const link = page.locator('.note-page-body a.remote-image-failed');
  await expect(link).toHaveCount(1);
  await expect(link).toContainText('架构图');
  await expect(link).toContainText('图片没有加载出来（127.0.0.1:9）');
  await expect(link).toHaveAttribute('href', /^http:\/\/127\.0\.0\.1:9\/yuque\//);
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(page.locator('.note-page-body img[src*="127.0.0.1:9"]')).toHaveCount(0);
  // the site's own images are left alone
  await page.evaluate(() => {
    const img = document.createElement('img');
    img.src = '/no-such-image.png';
    document.querySelector('.note-page-body')!.append(img);
  });
  await expect(page.locator('.note-page-body img[src="/no-such-image.png"]')).toHaveCount(1);
});
