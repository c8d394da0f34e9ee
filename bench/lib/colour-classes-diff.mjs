#!/usr/bin/env node
/**
 * Two built sites compared file by file, the "after" one's token colour classes (`sl<n> sd<n>`,
 * src/lib/token-colours.ts) turned back into Shiki's inline `style="--shiki-light:…;--shiki-dark:…"`
 * first (style values compared lower-cased; the stylesheet chunk's hashed name normalised): what a
 * build before the classes (`9a2aa58`) and after them differ in besides that. Prints the files
 * that still differ (the stylesheet chunk itself, which gained the rules) and the HTML bytes saved.
 *
 *   node bench/lib/colour-classes-diff.mjs <checkout with token-colours.ts> <dist before> <dist after>
 *
 * Used in docs/performance.md section 53.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
const [checkout, baseDir, newDir] = process.argv.slice(2);
const { themeTokenColours, TOKEN_THEMES } = await import(path.join(checkout, 'src/lib/token-colours.ts'));
const L = themeTokenColours(TOKEN_THEMES.light), D = themeTokenColours(TOKEN_THEMES.dark);
const files = (d) => readdirSync(d, { recursive: true }).map(String).filter((f) => statSync(path.join(d, f)).isFile()).sort();
const lowerStyles = (s) => s.replace(/ style="(--shiki-light:[^"]*)"/g, (_, v) => ` style="${v.toLowerCase()}"`);
const cssName = (s) => s.replace(/Backlinks\.[\w-]+\.css/g, 'Backlinks.X.css');
const revert = (s) => s.replace(/<(span|a)( [^>]*?)? class="([^"]*?)\bsl(\d+) sd(\d+)"/g, (whole, tag, before = '', cls, l, d) => {
  const rest = cls.replace(/ $/, '');
  const style = ` style="--shiki-light:${L[l]};--shiki-dark:${D[d]}"`;
  return `<${tag}${style}${before}${rest ? ` class="${rest}"` : ''}`;
});
const a = files(baseDir), b = files(newDir);
let same = 0, differ = [], saved = 0, classed = 0;
const bset = new Set(b.map(cssName));
for (const f of a) if (!bset.has(cssName(f))) differ.push('only in base: ' + f);
for (const f of b) {
  const g = a.find((x) => cssName(x) === cssName(f));
  if (!g) { differ.push('only in new: ' + f); continue; }
  let x = readFileSync(path.join(baseDir, g), 'utf8'), y = readFileSync(path.join(newDir, f), 'utf8');
  if (x === y) { same++; continue; }
  if (f.endsWith('.html')) {
    saved += Buffer.byteLength(x) - Buffer.byteLength(y);
    classed += (y.match(/\bsl\d+ sd\d+/g) || []).length;
    if (cssName(lowerStyles(x)) === cssName(lowerStyles(revert(y)))) { same++; continue; }
  }
  differ.push('differs: ' + f);
}
console.log(`${b.length} files; identical after reverting the classes: ${same}; tokens with classes ${classed}; HTML bytes saved ${saved}`);
for (const d of differ.slice(0, 30)) console.log(d);
console.log('differences:', differ.length);
