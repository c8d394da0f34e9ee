#!/usr/bin/env node
/**
 * rules38: two shapes of dev114–dev116's misses counted over every development set. (1) Headings that are a name and a gloss in parentheses (`## 蓝绿发布（Blue-Green）`, `### Recreate（重建）`,
 * `## 一个 Pod 一个 IP（IP-per-Pod）`, `## Quick Compare（速查）`), counted over every development set (docs/miner.md
 * "rules38"):
 *
 *   node bench/shapes38.mjs --misses MISSES.json [dir …] [--lines SHAPE]
 *
 * MISSES.json is `node bench/miner-misses.mjs --json` over the same sets (each chapter alone). Every heading outside
 * fences, its numbering dropped, whose text ends on a parenthesis with one side Latin and the other Chinese: labels
 * found / missed / no label's (bench/lib/shape-tally.mjs), the name counted being the part before the parenthesis (or,
 * when that names no label, the gloss's first part). Split by
 *   taken/…     label-rules.ts glossedHeading reads it (the heading-glossed shape), `/generic` when the gloss or the
 *               name is a generic label (labels.ts isGenericLabel: `速查`, `对比`, `小结`)
 *   zh-latin/…  not taken, a Chinese part before a Latin gloss: `long` (more than eight characters or spaced, `一个 Pod
 *               一个 IP`), `joined` (的 / 和 / 与 …), `other`
 *   latin-zh/…  not taken, a Latin part before a Chinese gloss: `cap1` (one capitalised word, `Recreate`), `lower1`
 *               (one lower-case word), `words` (several words), `other`; `+value` when the Latin word is an enum value
 *               of the API (vocabulary), `+kind` when it is a kind
 * (2) `means/…`: a paragraph or list item opening on a Latin name (plain or in code, a `:value` after it allowed: `ndots:5`)
 * and then 的意思是 / 的意思就是 / 的含义是 / 指的是 / 意思是 (`IP-per-Pod 的意思是：…`): `means/plain` or `means/code`.
 * (3) `caps/…`: a list item opening on a bold word in capitals (`- **READY：** 就绪的 Pod / 期望的 Pod`, `UP-TO-DATE`), a
 * colon in or right after the bold: `caps/columns` when the section's heading or the paragraph before the list names
 * columns or output (列 / 输出 / column), `caps/other` when not.
 * Counting only.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chapterCounter, labelledChapters, labelNamed, shapeTally } from './lib/shape-tally.mjs';
import { missesArgs } from './lib/misses-args.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { closingParen, isGenericLabel } = await import(path.join(ROOT, 'src/graph/labels.ts'));
const { glossedHeading } = await import(path.join(ROOT, 'src/graph/miner/label-rules.ts'));
const vocab = await import(path.join(ROOT, 'src/graph/vocabulary/index.ts'));
const { linesOf, dirs, missList, missed } = missesArgs();
const tally = shapeTally(missList, missed);

const CJK = /[\u4e00-\u9fff]/u;
const LATIN = /^[A-Za-z][\w.+/ -]*$/u;
/** A heading's numbering (`1.`, `3.1`, `一、`, `（二）`, `Step 2：`), dropped before the shape is read. */
const NUMBERING = /^(?:\d+(?:\.\d+)*[.、)）:：]?\s*|[(（]?[一二三四五六七八九十]+[、.)）]\s*|第\s*\S{1,3}\s*[步章节课天][:：、]?\s*)/u;
/** A line (a paragraph, a list item or a quote) opening on a name and what it means: `IP-per-Pod 的意思是：`. */
const MEANS = /^(?:\s*(?:[-*+]|\d+[.)]|>)\s+)?(?:`([^`]+)`|([A-Za-z][\w./-]*(?: [A-Za-z][\w./-]*)?))(?::\S+)?\s*(?:的意思(?:就)?是|的含义是|指的是|意思是)/u;
/** A heading or lead-in naming a command's output columns. */
const COLUMNS = /列|输出|column/iu;
const enumValue = (w) => vocab.isEnumValue(w) || vocab.statesNamed(w).length > 0;

for (const { set, c, text, labels } of labelledChapters(dirs)) {
  const count = chapterCounter(tally, set, c.chapter, labels, linesOf);
  let fence = false;
  text.split('\n').forEach((raw, i) => {
    if (/^\s*(```|~~~)/.test(raw)) fence = !fence;
    if (fence) return;
    const h = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(raw);
    if (!h) return;
    const label = h[1].replace(NUMBERING, '').trim();
    const m = closingParen(label.normalize('NFKC'));
    if (!m || !m.before || !m.inside.trim() || label.normalize('NFKC').trim().slice(-1) !== ')') return;
    const core = m.before.trim();
    const gloss = m.inside.split(/[，,]/u)[0].trim();
    const zhCore = CJK.test(core) && LATIN.test(gloss);
    const latinCore = LATIN.test(core) && CJK.test(gloss);
    if (!zhCore && !latinCore) return;
    const name = labelNamed(labels, core) ? core : labelNamed(labels, gloss) ? gloss : core;
    let shape;
    if (glossedHeading(label) !== undefined) shape = `taken/${zhCore ? 'zh-latin' : 'latin-zh'}${isGenericLabel(gloss) || isGenericLabel(core) ? '/generic' : ''}`;
    else if (zhCore) shape = `zh-latin/${/[的和与及或是在]/u.test(core) ? 'joined' : [...core].length > 8 || /\s/.test(core) ? 'long' : 'other'}`;
    else {
      const words = core.split(/\s+/);
      const sub = words.length > 1 ? 'words' : /^[A-Z][a-z]+$/.test(core) ? 'cap1' : /^[a-z]+$/.test(core) ? 'lower1' : 'other';
      const what = vocab.kindNamed?.(core) ? '+kind' : enumValue(core) ? '+value' : '';
      shape = `latin-zh/${sub}${what}`;
    }
    count(shape, name, i + 1);
  });
  fence = false;
  let heading = '';
  let before = '';
  text.split('\n').forEach((raw, i) => {
    if (/^\s*(```|~~~)/.test(raw)) fence = !fence;
    if (fence) return;
    const m = MEANS.exec(raw);
    const h = /^#{1,6}\s+(.*)$/.exec(raw);
    if (h) { heading = h[1]; before = ''; }
    else if (raw.trim() !== '' && !/^\s*[-*+]\s/.test(raw)) before = raw;
    const caps = /^\s*[-*+]\s+\*\*([A-Z][A-Z0-9-]{2,}(?: [A-Z][A-Z0-9-]+)?)\s*[:：]?\*\*\s*[:：]?/u.exec(raw);
    if (caps && (/[:：]\*\*|\*\*\s*[:：]/u.test(raw))) count(`caps/${COLUMNS.test(heading) || COLUMNS.test(before) ? 'columns' : 'other'}`, caps[1], i + 1);
    if (m) count(`means/${m[1] !== undefined ? 'code' : 'plain'}`, (m[1] ?? m[2]).split(/\s*[:=]/u)[0], i + 1);
  });
}
tally.print();
