#!/usr/bin/env node
/**
 * rules37: two list-lead shapes of dev111–dev113's misses counted over every development set (docs/miner.md "rules37"):
 *
 *   node bench/list-leads37.mjs --misses MISSES.json [dir …] [--lines SHAPE]
 *
 * MISSES.json is `node bench/miner-misses.mjs --json` over the same sets (each chapter alone). Labels found / missed /
 * no label's (bench/lib/shape-tally.mjs), one count per chapter and name:
 *   kind/…   a list item whose first paragraph opens on plain text (not bold, not code) that is a kind's name (vocabulary
 *            kindNamed: `Gateway`, `HTTPRoute`, `Endpoints`), then a colon (`colon`) or a gloss in parentheses
 *            (`paren`: `- Endpoints（旧，一个 Service 一个对象）`), and two Chinese characters or more after the name;
 *            `+sib` when another item of the same list opens on a plain Latin lead and a colon (an enumeration), `-sib`
 *            when not; `spelt` when list-name-colon's spelling takes the name already (`GatewayClass`), `capital` when not
 *   qkey/…   a list item opening on a domain/name key (label-rules.ts isQualifiedKey: `kubernetes.io/hostname`) in code
 *            (`code`) or plain (`plain`), then a colon and Chinese after it; a code one split by what names the key's
 *            category (resolve.ts WELL_KNOWN_CATEGORY: 标签, 注解, 污点): the item's own clause (`item-says`, resolve.ts
 *            namesItsCategory reads it), else the paragraph right before the list — running text ending on a colon
 *            (`intro-leads`: `几个系统自带的标签：`, the shape KEY_LIST_LEAD_IN builds) or not (`intro-other`: a bold label's
 *            definition over its values) —, by the category it names (`/label`, `/taint`, `/annotation`), else nothing
 *            (`none-says`); `+joined` for keys joined by 、 before one colon
 * The markdown is the project's parse (src/graph/markdown.ts parseMarkdown). Counting only.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { toString } from 'mdast-util-to-string';
import { chapterCounter, labelledChapters, shapeTally } from './lib/shape-tally.mjs';
import { missesArgs } from './lib/misses-args.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { parseMarkdown } = await import(path.join(ROOT, 'src/graph/markdown.ts'));
const { kindNamed } = await import(path.join(ROOT, 'src/graph/vocabulary/index.ts'));
const { isQualifiedKey } = await import(path.join(ROOT, 'src/graph/miner/label-rules.ts'));
const { spelledAsName } = await import(path.join(ROOT, 'src/graph/miner/alone-names.ts'));
const { KEY_LIST_LEAD_IN, WELL_KNOWN_CATEGORY } = await import(path.join(ROOT, 'src/graph/miner/resolve.ts'));
const { linesOf, dirs, missList, missed } = missesArgs();
const tally = shapeTally(missList, missed);

const CHINESE = /[\u4e00-\u9fff]{2,}/u;
/** A plain lead: one Latin word, then a colon or a gloss in parentheses. */
const KIND_LEAD = /^\s*([A-Za-z][A-Za-z0-9]*)\s*(?:([:：])|[（(])(.*)$/su;
const LATIN_COLON = /^\s*[A-Za-z][\w.+-]*(?: [A-Za-z][\w.+-]*){0,3}\s*(?:[（(][^（）()]{0,30}[）)])?\s*[:：]/u;
const QKEY_LEAD = /^\s*([^\s:：`]+)\s*[:：](.*)$/su;

/** Each list with the block right before it in its parent (a lead-in paragraph: `几个系统自带的标签：`). */
function* lists(node, before) {
  if (node.type === 'list') yield { list: node, before };
  const kids = node.children ?? [];
  for (let i = 0; i < kids.length; i++) yield* lists(kids[i], kids[i - 1]);
}
const CATEGORY = Object.values(WELL_KNOWN_CATEGORY);
const namesCategory = (s) => CATEGORY.some((re) => re.test(s));

for (const { set, c, text, labels } of labelledChapters(dirs)) {
  const tree = parseMarkdown(text);
  const count = chapterCounter(tally, set, c.chapter, labels, linesOf);
  for (const { list, before } of lists(tree)) {
    // (the built shape, resolve.ts KEY_LIST_LEAD_IN: running text, not a bold or code label, ending on a colon)
    const introCategory = before?.type === 'paragraph' ? Object.entries(WELL_KNOWN_CATEGORY).filter(([, re]) => re.test(toString(before))).map(([k]) => k.replace('well-known-', '')).join('+') : '';
    const intro = before?.type === 'paragraph' && namesCategory(toString(before)) ? (before.children[0]?.type === 'text' && KEY_LIST_LEAD_IN.leadsIn.test(toString(before)) ? 'intro-leads' : 'intro-other') : undefined;
    const items = list.children.map((it) => {
      const p = it.children[0];
      return p && p.type === 'paragraph' ? { p, first: p.children[0], line: p.position?.start.line } : undefined;
    });
    const plainColon = items.filter((x) => x && x.first?.type === 'text' && LATIN_COLON.test(x.first.value)).length;
    for (const x of items) {
      if (!x || !x.first) continue;
      if (x.first.type === 'text') {
        const m = KIND_LEAD.exec(x.first.value);
        if (m && kindNamed(m[1]) && CHINESE.test(m[3] + toString(x.p).slice(x.first.value.length))) {
          const sib = plainColon - (m[2] ? 1 : 0) >= 1 ? '+sib' : '-sib';
          count(`kind/${m[2] ? 'colon' : 'paren'}${sib}/${spelledAsName(m[1]) ? 'spelt' : 'capital'}`, m[1], x.line);
        }
        const q = QKEY_LEAD.exec(x.first.value);
        if (q && isQualifiedKey(q[1]) && CHINESE.test(q[2])) count('qkey/plain', q[1], x.line);
      } else if (x.first.type === 'inlineCode' && isQualifiedKey(x.first.value)) {
        // (keys joined by 、 before one colon, `` - `node.kubernetes.io/memory-pressure`、`disk-pressure`：… ``: each, `+joined`)
        const codes = [x.first.value];
        let k = 1;
        while (x.p.children[k]?.type === 'text' && /^\s*[、,，]\s*$/u.test(x.p.children[k].value) && x.p.children[k + 1]?.type === 'inlineCode') {
          codes.push(x.p.children[k + 1].value);
          k += 2;
        }
        const rest = toString({ type: 'paragraph', children: x.p.children.slice(k) });
        const clause = rest.replace(/^[\s:：]+/u, '').split(/[。；;]/u)[0] ?? '';
        const where = namesCategory(clause) ? 'item-says' : intro ? `${intro}/${introCategory}` : 'none-says';
        if (/^\s*[:：]/u.test(rest) && CHINESE.test(rest)) for (const code of codes) count(`qkey/code/${where}${codes.length > 1 ? '+joined' : ''}`, code, x.line);
      }
    }
  }
}
tally.print();
