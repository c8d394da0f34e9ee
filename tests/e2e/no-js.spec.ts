/**
 * Without JavaScript nothing on a page offers what only a script can do: no map caption about
 * keys and the mouse, no button, field or select that would do nothing (search, language, theme,
 * copy, the local graph's switch, progress export, the review form). Links, native disclosures
 * (<details>) and the concept index's kind filter (CSS only) stay.
 */
import { expect, test } from '@playwright/test';

const PAGES = ['./', './concepts/pod/', './concepts/', './notes/', './progress/', './review/', './tags/'];

for (const vp of [{ width: 1280, height: 900 }, { width: 393, height: 727 }]) {
  test(`without JavaScript (${vp.width}×${vp.height}): no control that needs a script is shown`, async ({ browser, request }) => {
    const notes = await (await request.get('notes/')).text();
    const note = /href="(\/notes\/[^"]+\/)"/.exec(notes)?.[1];
    expect(note).toBeTruthy();
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: vp });
    const page = await context.newPage();
    for (const url of [...PAGES, `.${note!}`]) {
      await page.goto(url);
      const shown = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('button, input, select, textarea, .map-help, kbd')]
          .filter((e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden')
          // the concept index's kind filter works without a script (radio buttons and :has())
          .filter((e) => !(e instanceof HTMLInputElement && e.type === 'radio' && e.name === 'kind'))
          .map((e) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}.${[...e.classList].join('.')} "${(e.textContent ?? '').trim().slice(0, 30)}"`),
      );
      expect(shown, url).toEqual([]);
    }
    // The map page says what it shows instead.
    await page.goto('./');
    await expect(page.locator('.map-noscript')).toBeVisible();
    await context.close();
  });
}

test('with JavaScript the same controls are there', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('#search-open')).toBeVisible();
  await expect(page.locator('#lang-toggle')).toBeVisible();
  await expect(page.locator('#theme-toggle')).toBeVisible();
  await expect(page.locator('.map-help')).toBeVisible();
  await page.goto('./concepts/pod/');
  await expect(page.locator('.yaml-copy').first()).toBeVisible();
  await expect(page.locator('.local-graph-block')).toBeVisible();
});

for (const vp of [{ width: 360, height: 640 }, { width: 393, height: 851 }, { width: 412, height: 915 }, { width: 844, height: 390 }]) {
  test(`without JavaScript on a phone (${vp.width}×${vp.height}) the map picture follows the note, no empty band between them, not under it`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: vp });
    const page = await context.newPage();
    await page.goto('./');
    const note = (await page.locator('.map-noscript').boundingBox())!;
    const pictures = page.locator('svg.map-static').filter({ visible: true });
    await expect(pictures).toHaveCount(1);
    const top = await pictures.evaluate((svg) => Math.min(...[...svg.querySelectorAll('.ms-n')].map((n) => n.getBoundingClientRect().top)));
    // The root box is within 2.5rem of the note (before: centred in the stage, up to ~180 px lower).
    expect(top - (note.y + note.height)).toBeGreaterThanOrEqual(0);
    expect(top - (note.y + note.height)).toBeLessThan(40);
    // Nor is there an empty band below the picture: the map's section ends with it.
    const pic = (await pictures.boundingBox())!;
    const map = (await page.locator('#skill-map').boundingBox())!;
    expect(map.y + map.height - (pic.y + pic.height)).toBeLessThan(40);
    await context.close();
  });
}
