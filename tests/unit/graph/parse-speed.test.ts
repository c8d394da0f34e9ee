/**
 * The parse stage's speed-ups change no output (docs/performance.md):
 *   - each document is parsed with only the GFM syntax families whose characters it contains:
 *     trees identical to remark-gfm's on the bundled notes, a generated corpus, text written
 *     for every family (tables without pipes, footnotes, strikethrough next to CJK, task lists)
 *     and thousands of random strings of Markdown punctuation, letters and CJK;
 *   - the autolink-literal transform of GFM only runs on trees that have a text node with
 *     `@`, `http` or `www`: trees identical to the plain remark pipeline's, on the bundled notes,
 *     a generated corpus and text written to hit every kind of literal link;
 *   - worker threads send trees back as JSON: the round trip is exact on the same notes, and a
 *     load in workers gives the same parsed files (trees, frontmatter, diagnostics) as one on
 *     the main thread.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { codeNodes } from '../../../src/graph/fences.ts';
import { isDeepStrictEqual } from 'node:util';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkCjkFriendlyGfmStrikethrough from 'remark-cjk-friendly-gfm-strikethrough';
import { parseMarkdown } from '../../../src/graph/markdown.ts';
import { packForMainThread, parseFile, unpackOnMainThread, type ParseJob } from '../../../src/graph/parse-file.ts';
import { parseFiles } from '../../../src/graph/parse-files.ts';
import { generateCorpus } from '../../../bench/lib/corpus.mjs';
import { rng } from '../../../bench/lib/rng.mjs';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const CONTENT = path.join(ROOT, 'content');
// qa51: one tilde strikes nothing (`1~3 个`), as in the parser (markdown.ts)
const plain = unified().use(remarkParse).use(remarkGfm, { singleTilde: false }).use(remarkCjkFriendly)
  .use(remarkCjkFriendlyGfmStrikethrough, { singleTilde: false }).freeze();

// Whole folders of notes are parsed twice and compared: on a busy shared machine that takes
// minutes, so these tests get a longer guard against hangs than the suite's default.
const SLOW = 300_000;

const tmp: string[] = [];
afterAll(() => tmp.forEach((d) => rmSync(d, { recursive: true, force: true })));

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.md'))
    .sort();
}

function corpus(n: number): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'k8smap-parse-speed-'));
  tmp.push(dir);
  generateCorpus(dir, n);
  return dir;
}

const LINKS = [
  'see https://kubernetes.io/docs/ and www.example.com, or HTTP://EXAMPLE.COM/X.',
  'mail admin@example.com, mailto:ops@example.org, xmpp:bot@example.net/home',
  'written with references: https&#58;//example.com, admin&#64;example.com, www&period;example.com',
  '**bold www.example.com**, _https://a.example/b_, `http://code.example` (code, no link)',
  '| a | b |\n| --- | --- |\n| www.example.com | x@y.example |\n',
  '- [x] done https://example.com\n- [ ] a@b.example\n\n> quoted www.example.org\n',
  '[already a link](https://example.com) and <https://example.com/auto> and [www.example.com][r]\n\n[r]: https://example.com\n',
  '没有链接的中文段落，只有**术语：**和 `code`。',
  '中文紧贴链接https://example.com/路径和邮箱user@example.com。',
];

describe('parseMarkdown equals the plain remark pipeline', () => {
  it('on every bundled note', () => {
    const files = markdownFiles(CONTENT);
    expect(files.length).toBeGreaterThan(100);
    for (const f of files) {
      const text = readFileSync(path.join(CONTENT, f), 'utf8');
      expect(isDeepStrictEqual(parseMarkdown(text), plain.parse(text)), f).toBe(true);
    }
  }, SLOW);

  it('on a generated corpus', () => {
    const dir = corpus(120);
    for (const f of markdownFiles(dir)) {
      const text = readFileSync(path.join(dir, f), 'utf8');
      expect(isDeepStrictEqual(parseMarkdown(text), plain.parse(text)), f).toBe(true);
    }
  }, SLOW);

  it('on literal links of every kind, written plainly or with character references', () => {
    for (const text of LINKS) {
      const tree = parseMarkdown(text);
      expect(tree, text).toEqual(plain.parse(text)); // small trees: toEqual shows the difference
    }
    // the guard did not switch the transform off where it matters
    expect(JSON.stringify(parseMarkdown(LINKS[0]!))).toContain('"url":"http://www.example.com"');
    expect(JSON.stringify(parseMarkdown(LINKS[2]!))).toContain('"url":"mailto:admin@example.com"');
  });
});

/** Text that uses each GFM family, alone, next to another, or only almost (so it must not match). */
const FAMILIES = [
  // tables: with pipes, one column without pipes (`:-` / `-:`), not a table (`---`, no colon)
  '| a | b |\n| :- | -: |\n| 1 | 2 |',
  'a\n:-',
  'a\n-:\nb',
  'a\n:-:\n\n词\n:---:',
  'a\n---\n\nb\n- -',
  '> 名称\n> :-\n> 值',
  '- a\n  :-\n  b',
  // footnotes
  '正文[^1]。\n\n[^1]: 脚注 **粗体**',
  '[^a]: def\n\nref [^a] and [^missing] and ![^a]',
  '[^ not a footnote] [ ^x]',
  // strikethrough, with CJK and emphasis next to it
  '~~删除~~文字，~单~，**~~粗~~**，~~**粗**~~文字',
  '中文~~删除线~~中文和*强调*~~和~~',
  '~~~\ncode\n~~~\n\n~不是~围栏',
  // task lists
  '- [ ] 待办\n- [x] 完成\n- [X] done\n* [ ]\n1. [x] 第一',
  '- [ ]not a task\n- [y] no\n\n[ ] not in a list',
  // autolink literals next to everything else
  'www.example.com~~x~~ | a |\n| - |\n[^1]\n\n[^1]: https://example.com',
  '**术语：**正文 *强调*，_下划线_ 和 `code` 与 [链接](https://example.com) <b>html</b>',
];

/** Random short documents built from the characters the families hook, Markdown punctuation and CJK. */
function randomDocs(n: number, seed: number): string[] {
  const rand = rng(seed);
  const PIECES = [
    'a', 'b', 'w', 'W', 'h', 'x', 'X', '1', '.', ':', '/', '@', '~', '~~', '|', '-', ':-', '-:', '[', ']', '[^', '^', '(', ')',
    '*', '**', '_', '`', '#', '> ', '- ', '1. ', '[ ] ', '[x] ', ' ', ' ', '  ', '\t', '\n', '\n', '\n\n', '!', '<', '>', '\\',
    '&#64;', '&amp;', 'www.', 'http://', 'https://', 'mailto:', 'a@b.c', '中', '文', '：', '。', '（', '）', '“', '”', '！',
  ];
  return Array.from({ length: n }, () => {
    const len = Math.floor(rand() * 40);
    let t = '';
    for (let i = 0; i < len; i++) t += PIECES[Math.floor(rand() * PIECES.length)];
    return t;
  });
}

describe('parsing with only the GFM families a document may use', () => {
  it('gives remark-gfm\'s tree for text written for each family', () => {
    for (const text of FAMILIES) expect(parseMarkdown(text), text).toEqual(plain.parse(text));
    // the texts do reach the families (a table without pipes, a footnote, a deletion, a task)
    const types = JSON.stringify(FAMILIES.map((t) => parseMarkdown(t)));
    for (const t of ['"table"', '"footnoteReference"', '"footnoteDefinition"', '"delete"', '"checked":true', '"checked":false']) {
      expect(types).toContain(t);
    }
  });

  it('gives remark-gfm\'s tree for random strings of Markdown punctuation, letters and CJK', () => {
    // An outcome is the tree, or the error thrown: a few of these strings trip an assertion of
    // mdast-util-gfm-task-list-item's development build (a task check on a lazy line after an
    // empty `*` item, e.g. "*\n[x] a"), which vitest loads; remark-gfm throws the same there.
    const outcome = (parse: (t: string) => unknown, text: string): unknown => {
      try {
        return parse(text);
      } catch (err) {
        return `throws ${String(err)}`;
      }
    };
    const docs = randomDocs(4000, 11);
    let differ = 0;
    for (const text of docs) {
      const mine = outcome(parseMarkdown, text);
      const theirs = outcome((t) => plain.parse(t), text);
      if (!isDeepStrictEqual(mine, theirs)) {
        differ++;
        expect(mine, text).toEqual(theirs); // shows the first difference
      }
    }
    expect(differ).toBe(0);
  }, SLOW);
});

describe('trees sent back from worker threads', () => {
  it('survive the JSON round trip exactly (bundled notes)', () => {
    for (const f of markdownFiles(CONTENT)) {
      const role = f === 'map.md' ? 'map' : f.startsWith('concepts/') ? 'concept' : 'note';
      const job: ParseJob = { file: f, role };
      const parsed = parseFile(CONTENT, job);
      expect(isDeepStrictEqual(unpackOnMainThread(structuredClone(packForMainThread(parsed))), parsed), f).toBe(true);
    }
  }, SLOW);

  it('a load in a worker gives the same parsed files as one on the main thread', async () => {
    const dir = corpus(150); // six batches of 25: the worker starts with the first
    const jobs: ParseJob[] = markdownFiles(dir).map((file) => ({
      file,
      role: file === 'map.md' ? 'map' : file.startsWith('concepts/') ? 'concept' : 'note',
    }));
    let split = { workers: 0, batchesInWorkers: 0, batchesInMain: 0 };
    const inWorkers = await parseFiles(dir, jobs, { workers: 1, report: (s) => (split = s) });
    expect(split.batchesInWorkers).toBeGreaterThan(0);
    const inMain = await parseFiles(dir, jobs, { workers: false });
    // (a load with workers also reads the free-form notes for the miner: note-reading.test.ts)
    expect(inWorkers.filter((p) => p.role === 'note').every((p) => p.reading !== undefined)).toBe(true);
    expect(isDeepStrictEqual(inWorkers.map(({ reading: _r, ...p }) => p), inMain)).toBe(true);
    // The YAML fence analyses (done in the worker too) point at the code nodes of their own tree:
    // the examples stage marks those nodes, so a copy would lose the mark.
    let fences = 0;
    for (const p of inWorkers) {
      const codes = new Set(codeNodes(p.tree));
      for (const f of p.fences) expect(codes.has(f.node), p.file).toBe(true);
      fences += p.fences.length;
    }
    expect(fences).toBeGreaterThan(100);
  }, SLOW);
});
