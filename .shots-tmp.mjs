import { chromium, devices } from 'playwright';
const base = 'http://localhost:4461';
const pages = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
for (const [name, p] of pages.map((p, i) => [`s${i}`, p])) {
  for (const mode of ['light', 'dark', 'phone']) {
    const ctx = mode === 'phone' ? await browser.newContext({ ...devices['Pixel 5'] }) : await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: mode });
    const page = await ctx.newPage();
    await page.goto(base + p, { waitUntil: 'networkidle' });
    await page.waitForTimeout(800);
    await page.screenshot({ path: `/tmp/lead-shot-${name}-${mode}.png`, fullPage: mode !== 'phone' });
    await ctx.close();
  }
}
await browser.close();
