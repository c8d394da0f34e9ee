#!/usr/bin/env node
/**
 * fields38 (issue 12): three shapes in which a chapter names an API field, counted over the development sets before
 * building (docs/miner.md "fields38"); the shapes field-shapes.mjs (rules30) and field-mentions36.mjs count are not
 * repeated here.
 *
 *   node bench/field-shapes38.mjs --misses MISSES.json [dir …] [--lines SHAPE]
 *
 * MISSES.json is `node bench/miner-misses.mjs --json` over the same sets (each chapter alone). Per shape: labels found /
 * missed / names of no label (one count per chapter and name), the sets, where the missed were lost. Shapes:
 *   zh-then-field        a Chinese name with a field in brackets (`就绪探针（readinessProbe）`, `受众（audience）`)
 *   field-then-zh        a field mid-line with a Chinese gloss in brackets (`` `timeOffset`（时间偏移）``), not opening it
 *   heading-is-field     a heading that is a field's name or path (± a number, a gloss, a colon and words)
 * each split by the name's spelling (`/camel` a camelCase word, `/path` a dotted path, `/word` one lower-case word) and
 * `+api` when the API or a configuration kind has a field spelt so (the last segment of a path), `+other` when not.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { missesArgs } from './lib/misses-args.mjs';
import { chapterCounter, labelledChapters, lastSeg, shapeTally } from './lib/shape-tally.mjs';
import { CAMEL, PATH } from './lib/field-names.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { fieldsNamed, configFieldsNamed } = await import(path.join(ROOT, 'src/graph/vocabulary/index.ts'));
const { BOILERPLATE_KEYS } = await import(path.join(ROOT, 'src/graph/miner/object-keys.ts'));

const { linesOf, dirs, missList, missed } = missesArgs();
const tally = shapeTally(missList, missed);

const NAME = `(?:${PATH}|${CAMEL}|[a-z][a-z0-9]{2,})`;
const ZH_THEN = new RegExp(`\\p{Script=Han}{2,}\\**\\s*[（(]\\s*\`?(${NAME})\`?\\s*[）)]`, 'gu');
const THEN_ZH = new RegExp(`(?<![\\w./-])\`?(${NAME})\`?\\s*[（(]\\s*\\p{Script=Han}`, 'gu');
const HEADING = new RegExp(`^#{1,6}\\s+(?:(?:[\\d.]+|Q\\d+|[一二三四五六七八九十]+)\\s*[、.:：)）]?\\s*)?[*\`]*(${NAME})[*\`]*\\s*(?:[（(][^）)]*[）)])?\\s*(?:[:：—-].*)?$`, 'u');

const spelt = (n) => (n.includes('.') ? 'path' : new RegExp(`^${CAMEL}$`).test(n) ? 'camel' : 'word');
const isApi = (n) => { const l = lastSeg(n); return !BOILERPLATE_KEYS.has(l) && [...fieldsNamed(l), ...configFieldsNamed(l)].some((o) => o.name === l); };

for (const { set, c, text, labels } of labelledChapters(dirs)) {
  const count = chapterCounter(tally, set, c.chapter, labels, linesOf);
  const add = (shape, name, line) => { const s = `${shape}/${spelt(name)}`; count(shape, name, line); count(s, name, line); count(`${s}+${isApi(name) ? 'api' : 'other'}`, name, line); };
  let fence = false;
  for (const line of text.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) { fence = !fence; continue; }
    if (fence) continue;
    const t = line.trim();
    const h = HEADING.exec(t);
    if (h) { add('heading-is-field', h[1], t); continue; }
    if (/^#/.test(t)) continue;
    for (const m of t.matchAll(ZH_THEN)) add('zh-then-field', m[1], t);
    const body = t.replace(/^(?:[-*+]|\d+[.)、])\s+/, '').replace(/^>\s*/, '');
    for (const m of body.matchAll(THEN_ZH)) if (!/^[\s*`]*$/.test(body.slice(0, m.index))) add('field-then-zh', m[1], t);
  }
}
tally.print();
