/**
 * perf87: a parsed tree holds no object twice. The tree crosses to the main thread and into the
 * disk cache as JSON text, which writes a shared object once per reach; the miner's reading made
 * in a parse worker points into the tree by numbering its objects (ref-json.ts), so a tree that
 * shared one (two nodes with one `position`) did not match its copy and the reading was thrown
 * away (rules47). The parse used to copy every second reach at its end (a walk of every tree);
 * now each step that makes nodes from another gives each its own position (text-slices.ts
 * `copyPosition`), and this test walks every tree the parse gives — the bundled content, the
 * fixtures, every development set of the miner, and one note per such step — so that a new step
 * that shares fails here, not as a silently wasted reading.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseFile } from '../../../src/graph/parse-file.ts';
import { copyPosition, ownPosition, slicePositionOrNode } from '../../../src/graph/text-slices.ts';
import { markdownFiles, roleOf } from './helpers.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const SLOW = 600_000;
const tmp: string[] = [];
afterAll(() => tmp.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A fixture's content folders: the folder itself when it holds notes, else each of its folders (fix30b/f1a …). */
function contentRoots(dir: string): string[] {
  const entries = readdirSync(dir, { withFileTypes: true });
  if (entries.some((e) => (e.isFile() && e.name.endsWith('.md')) || (e.isDirectory() && (e.name === 'concepts' || e.name === 'notes')))) return [dir];
  return entries.filter((e) => e.isDirectory()).flatMap((e) => contentRoots(path.join(dir, e.name)));
}

/** Where an object of `tree` is reached a second time (its first and second place), none when it shares nothing. */
function sharedObjects(tree: unknown): string[] {
  const first = new Map<object, string>();
  const out: string[] = [];
  const walk = (v: unknown, at: string): void => {
    if (typeof v !== 'object' || v === null) return;
    const was = first.get(v);
    if (was !== undefined) {
      out.push(`${was} and ${at}`);
      return;
    }
    first.set(v, at);
    const o = v as Record<string, unknown>;
    const name = typeof o.type === 'string' ? `${at}(${o.type}${typeof (o.position as { start?: { line?: number } } | undefined)?.start?.line === 'number' ? ` line ${(o.position as { start: { line: number } }).start.line}` : ''})` : at;
    for (const k of Object.keys(o)) walk(o[k], `${name}.${k}`);
  };
  walk(tree, 'root');
  return out;
}

/** How many notes the content folders hold, and each parsed tree of them that shares an object, with where. */
function sharingTrees(...roots: string[]): { files: number; sharing: string[] } {
  const sharing: string[] = [];
  let files = 0;
  for (const root of roots) {
    for (const file of markdownFiles(root)) {
      const shared = sharedObjects(parseFile(root, { file, role: roleOf(file) }).tree);
      files++;
      if (shared.length > 0) sharing.push(`${path.relative(ROOT, path.join(root, file))}: ${shared.slice(0, 3).join('; ')}`);
    }
  }
  return { files, sharing };
}

/**
 * One note for each step of the parse that makes nodes from another's position, written so that the
 * step gives two or more nodes a position (each of these shared one before perf87, found by reading
 * the steps and confirmed by this walk with the earlier steps).
 */
const STEPS: Record<string, string> = {
  // tags.ts: tags cut out of a block quote's text (its text is not its source: each piece takes the whole text's place)
  'tag-in-quote.md': '# T\n\n> 适用范围：所有无状态服务。\n> 问题请在 #platform-help 频道提出，或找 #sre 值班。\n',
  // siyuan.ts: block references in a block quote
  'siyuan-in-quote.md': "# T\n\n> 见 ((20230101120000-abcdefg \"锚一\")) 和\n> ((20230101120000-hijklmn '锚二'))。\n",
  // blog-shortcodes.ts: embeds in a block quote
  'embeds-in-quote.md': '# T\n\n> 视频 {% youtube abc123 %} 和\n> {% bilibili BV1xx %}\n',
  // logseq.ts: page and block properties, inline fields, a tag, a task, a block reference and id
  'pages/logseq.md': 'title:: 卷\ntags:: k8s, 存储\n\n- PersistentVolume:: 集群里的存储\n\t- Retain:: 留下 [owner:: 管理员] 和 (kind:: PV) 见 #[[持久 卷]]\n' +
    '- TODO 看一下 ((6581f2a0-1234-4abc-8def-0123456789ab))\n  id:: 6581f2a0-1234-4abc-8def-0123456789ac\n',
  // callouts.ts: a toggle of HTML blocks, a 语雀 toggle and a 飞书 callout each written in one block
  'toggles.md': '# T\n\n<details><summary>展开 &amp; 看</summary>\n\n正文一段。\n\n</details>\n\n' +
    '<details class="lake-collapse"><summary>S2</summary><p>one</p><ul><li>x</li><li>y</li></ul><pre>code</pre></details>\n\n' +
    "<div class=\"callout callout-bg-2\"><div class='callout-emoji'>💡</div><p>飞书提示</p><p>第二段</p></div>\n",
  // markdown.ts: an HTML image as a block, an HTML block's text, a 飞书 table
  'html.md': '# T\n\n- 图：\n\n  <img src="a.png" width="30">\n\n' +
    '<div>alpha <b>beta</b> <i>it</i> gamma<br>delta <a href="https://x.y">l</a> <code>c</code></div>\n\n' +
    '<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>\n\n' +
    '<lark-table rows="3" cols="2" header-row="true">\n  <lark-tr>\n    <lark-td>类型</lark-td>\n    <lark-td>用途</lark-td>\n  </lark-tr>\n' +
    '  <lark-tr>\n    <lark-td>**ClusterIP**</lark-td>\n    <lark-td>集群内部的虚拟 IP</lark-td>\n  </lark-tr>\n' +
    '  <lark-tr>\n    <lark-td>NodePort</lark-td>\n  </lark-tr>\n</lark-table>\n',
};

describe('a parsed tree holds no object twice (perf87)', () => {
  it('copyPosition and ownPosition copy the points too; a slice not placed exactly gets a copy of the node’s place', () => {
    const p = { start: { line: 2, column: 3, offset: 10 }, end: { line: 3, column: 1, offset: 20 } };
    const c = copyPosition(p);
    expect(c).toEqual(p);
    expect(c).not.toBe(p);
    expect(c.start).not.toBe(p.start);
    expect(c.end).not.toBe(p.end);
    expect(copyPosition(undefined)).toBeUndefined();
    expect(ownPosition(undefined)).toEqual({});
    const own = ownPosition(p);
    expect(own.position).toEqual(p);
    expect(own.position).not.toBe(p);
    // a text whose value is not its source (a block quote's two lines): the slice has the whole node's place, a copy each time
    const text = { type: 'text' as const, value: 'ab\ncd', position: { start: { line: 1, column: 3, offset: 2 }, end: { line: 2, column: 5, offset: 11 } } };
    const a = slicePositionOrNode(text, 0, 1)!;
    const b = slicePositionOrNode(text, 3, 4)!;
    expect(a).toEqual(text.position);
    expect(a).not.toBe(text.position);
    expect(a).not.toBe(b);
    expect(a.start).not.toBe(b.start);
  });

  it('in one note for each step that makes nodes from another’s position', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'k8smap-sharing-'));
    tmp.push(dir);
    for (const [file, text] of Object.entries(STEPS)) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
    }
    // (each note did reach its step: the nodes it makes are in the tree)
    const types = (file: string): Set<string> => {
      const out = new Set<string>();
      const walk = (n: { type?: string; children?: unknown[] }): void => {
        if (n.type) out.add(n.type);
        for (const c of n.children ?? []) walk(c as { children?: unknown[] });
      };
      walk(parseFile(dir, { file, role: 'note' }).tree);
      return out;
    };
    expect(types('tag-in-quote.md').has('obsidianTag')).toBe(true);
    for (const t of ['image', 'table', 'strong', 'emphasis', 'inlineCode', 'link', 'break']) expect(types('html.md').has(t), t).toBe(true);
    for (const t of ['blockquote', 'list', 'code']) expect(types('toggles.md').has(t), t).toBe(true);
    expect(types('embeds-in-quote.md').has('link')).toBe(true);
    expect(types('siyuan-in-quote.md').has('link')).toBe(true);
    expect(types('pages/logseq.md').has('strong')).toBe(true);
    expect(sharingTrees(dir)).toEqual({ files: Object.keys(STEPS).length, sharing: [] });
  });

  it('in the bundled content and every fixture', () => {
    const roots = [path.join(ROOT, 'content'), ...readdirSync(path.join(ROOT, 'tests/fixtures'), { withFileTypes: true })
      .filter((e) => e.isDirectory()).flatMap((e) => contentRoots(path.join(ROOT, 'tests/fixtures', e.name)))];
    const { files, sharing } = sharingTrees(...roots);
    expect(files).toBeGreaterThan(300);
    expect(sharing).toEqual([]);
  }, SLOW);

  it('in every development set of the miner', () => {
    const miner = path.join(ROOT, 'tests/corpus/miner');
    // (development sets only: the held-out sets are read by nobody who changes the engine)
    const sets = readdirSync(miner, { withFileTypes: true }).filter((e) => e.isDirectory() && /^dev\d*$/.test(e.name)).map((e) => path.join(miner, e.name));
    expect(sets.length).toBeGreaterThan(100);
    expect(existsSync(path.join(miner, 'dev137'))).toBe(true);
    const { files, sharing } = sharingTrees(...sets);
    expect(files).toBeGreaterThan(900);
    expect(sharing).toEqual([]);
  }, SLOW);
});
