/**
 * The parse stage's speed-ups change no output (docs/performance.md):
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

const ROOT = path.resolve(import.meta.dirname, '../../..');
const CONTENT = path.join(ROOT, 'content');
const plain = unified().use(remarkParse).use(remarkGfm).use(remarkCjkFriendly).use(remarkCjkFriendlyGfmStrikethrough).freeze();

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
    const dir = corpus(150); // two batches of 100: the worker takes one
    const jobs: ParseJob[] = markdownFiles(dir).map((file) => ({
      file,
      role: file === 'map.md' ? 'map' : file.startsWith('concepts/') ? 'concept' : 'note',
    }));
    let split = { workers: 0, batchesInWorkers: 0, batchesInMain: 0 };
    const inWorkers = await parseFiles(dir, jobs, { workers: 1, report: (s) => (split = s) });
    expect(split.batchesInWorkers).toBeGreaterThan(0);
    const inMain = await parseFiles(dir, jobs, { workers: false });
    expect(isDeepStrictEqual(inWorkers, inMain)).toBe(true);
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
