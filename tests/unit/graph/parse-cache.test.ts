/**
 * The parse cache the dev server turns on (src/graph/parse-files.ts, `keepParsedFiles`), the
 * miner's per-note reading kept with it (stages/mine.ts `readNote`, `keepWithTree`), and the
 * rendered HTML kept by the render stage (stages/render.ts `RenderMemo`).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { copyKept, copyKeptValue, keepCopy, keepParsedFiles, parseFiles } from '../../../src/graph/parse-files.ts';
import { parseFile, type ParseJob } from '../../../src/graph/parse-file.ts';
import { loadGraph } from '../../../src/graph/load.ts';
import { graphToJson } from '../../../src/graph/json.ts';
import type { Graph } from '../../../src/graph/model.ts';
import { renderCounts } from '../../../src/graph/stages/render.ts';
import { sameData } from '../../../src/graph/same-data.ts';

const SITE = path.resolve(import.meta.dirname, '../../fixtures/site');
const CONTENT = path.resolve(import.meta.dirname, '../../../content');
const DEV_CHAPTERS = path.resolve(import.meta.dirname, '../../corpus/miner/dev');

// Which notes the miner reads (outlines) in each load: an unchanged note's reading is reused.
const outlined = vi.hoisted(() => ({ files: [] as string[] }));
vi.mock('../../../src/graph/miner/outline.ts', async (importOriginal) => {
  const mod = await importOriginal<typeof import('../../../src/graph/miner/outline.ts')>();
  return {
    ...mod,
    outlineNote: (...args: Parameters<typeof mod.outlineNote>) => {
      outlined.files.push(args[1]);
      return mod.outlineNote(...args);
    },
  };
});

afterEach(() => keepParsedFiles(false));

function tempCopy(from = SITE): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'k8smap-parse-cache-'));
  cpSync(from, dir, { recursive: true });
  return dir;
}

/**
 * Everything the render stage produced, by concept and note: concept bodies and their headings,
 * the excerpts (HTML, text, anchor), the note pages, the cards (rendered by the cards stage into
 * the trees the render stage reads) and the build-only mention contexts. graph.json holds most
 * of it too; this says on its own whether a rendering differs.
 */
function renderedOf(graph: Graph): string {
  return JSON.stringify({
    concepts: graph.concepts.map((c) => [c.id, c.body, c.headings, c.excerpts]),
    notes: (graph.notes ?? []).map((n) => [n.id, n.body, n.headings]),
    cards: graph.cards ?? [],
    contexts: graph.mentionContexts ?? [],
  });
}

/** A load with nothing kept: the same files in a folder the caches have not seen. */
async function coldLoad(dir: string): Promise<{ json: string; rendered: string }> {
  const copy = tempCopy(dir);
  try {
    const graph = await loadGraph(copy);
    return { json: graphToJson(graph), rendered: renderedOf(graph) };
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

/**
 * A load of `dir` with the caches on, the notes the miner read in it, and how many renderings
 * (concept bodies, note pages, excerpts) were made afresh and how many reused from the last load.
 */
async function keptLoad(dir: string): Promise<{ json: string; rendered: string; read: string[]; fresh: number; kept: number }> {
  outlined.files = [];
  renderCounts.fresh = 0;
  renderCounts.kept = 0;
  const graph = await loadGraph(dir);
  return { json: graphToJson(graph), rendered: renderedOf(graph), read: [...outlined.files].sort(), fresh: renderCounts.fresh, kept: renderCounts.kept };
}

/** The kept load gives what a cold load of the same files gives: the graph and every rendering. */
async function expectCold(load: { json: string; rendered: string }, dir: string): Promise<void> {
  const cold = await coldLoad(dir);
  expect(load.rendered).toBe(cold.rendered);
  expect(load.json).toBe(cold.json);
}

describe('parse cache', () => {
  it('compares trees for the render memo as their JSON would, never calling different data the same', () => {
    const pos = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 4, offset: 3 } };
    const tree = { type: 'root', children: [{ type: 'text', value: 'abc', position: pos }], position: pos };
    expect(sameData(tree, JSON.parse(JSON.stringify(tree)))).toBe(true);
    expect(sameData(tree, { ...tree, children: [{ type: 'text', value: 'abd', position: pos }] })).toBe(false);
    expect(sameData(tree, { ...tree, children: [] })).toBe(false);
    expect(sameData(tree, { ...tree, children: [{ type: 'text', value: 'abc', position: { ...pos, end: { ...pos.end, offset: 4 } } }] })).toBe(false);
    // Key order becomes attribute order in the HTML: another order is not the same.
    expect(sameData({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(false);
    // A key more, even one JSON would leave out, or a value of another kind: not the same (rendered again).
    expect(sameData({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameData({ a: [1] }, { a: { 0: 1 } })).toBe(false);
    expect(sameData({ a: '1' }, { a: 1 })).toBe(false);
    expect(sameData({ a: null }, { a: {} })).toBe(false);
    expect(sameData({ a: NaN }, { a: NaN })).toBe(false);
    expect(sameData(new Map([[1, 2]]), new Map([[1, 3]]))).toBe(false);
    expect(sameData({ d: new Date(0) }, { d: new Date(0) })).toBe(false);
  });

  it('copies kept results as structuredClone does, sharing what the original shares', async () => {
    const dir = tempCopy();
    const parsed = parseFile(dir, { file: 'notes/作业管理.md', role: 'note' });
    const node = parsed.tree.children[1]!;
    const value = { result: parsed, extra: { mine: { blocks: [node], again: [node], byName: new Map([['a', node]]), names: new Set(['x']), at: new Date(0), none: undefined } } };
    const copy = copyKept(value);
    expect(copy).toEqual(structuredClone(value));
    expect(copy.result.tree).not.toBe(parsed.tree);
    expect(copy.extra.mine.blocks[0]).toBe(copy.result.tree.children[1]);
    expect(copy.extra.mine.again[0]).toBe(copy.extra.mine.blocks[0]);
    expect(copy.extra.mine.byName.get('a')).toBe(copy.extra.mine.blocks[0]);
    expect('none' in copy.extra.mine).toBe(true);
    // positions are frozen in the copy and shared by copies of it; nothing else is shared
    const again = copyKept(copy);
    expect(again).toEqual(copy);
    expect(again.result.tree.children[1]).not.toBe(copy.result.tree.children[1]);
    expect(again.result.tree.children[1]!.position).toBe(copy.result.tree.children[1]!.position);
    expect(Object.isFrozen(copy.result.tree.children[1]!.position!.start)).toBe(true);
    expect(() => {
      copy.result.tree.children[1]!.position!.start.line = 99;
    }).toThrow(TypeError);
    expect(Object.isFrozen(parsed.tree.children[1]!.position)).toBe(false);
    // Kept with what it reaches twice noted: copies without a table of every object, the same copies.
    const k = keepCopy(value);
    expect(k.value).toEqual(copy);
    expect(k.shared).toEqual(new Set([k.value.result.tree.children[1]]));
    const fasts = [copyKeptValue(k), copyKeptValue(k)];
    expect(fasts[0]!.result.tree.children[1]).not.toBe(fasts[1]!.result.tree.children[1]);
    for (const fast of fasts) {
      expect(fast).toEqual(copy);
      expect(fast.result.tree).not.toBe(k.value.result.tree);
      expect(fast.extra.mine.blocks[0]).toBe(fast.result.tree.children[1]);
      expect(fast.extra.mine.again[0]).toBe(fast.extra.mine.blocks[0]);
      expect(fast.extra.mine.byName.get('a')).toBe(fast.extra.mine.blocks[0]);
      expect(fast.extra.mine.at).not.toBe(k.value.extra.mine.at);
      expect(fast.result.tree.children[1]!.position).toBe(k.value.result.tree.children[1]!.position);
      expect('none' in fast.extra.mine).toBe(true);
    }
    // anything else goes through structuredClone as a whole (sharing kept, class instances made plain)
    class Thing {
      n: unknown;
      constructor(n: unknown) {
        this.n = n;
      }
    }
    const odd = { a: new Thing(node), b: node, bytes: new Uint8Array([1, 2]) };
    const oddCopy = copyKept(odd);
    expect(oddCopy).toEqual(structuredClone(odd));
    expect((oddCopy.a as { n: unknown }).n).toBe(oddCopy.b);
    expect(oddCopy.bytes).toBeInstanceOf(Uint8Array);
    const oddKept = keepCopy(odd);
    expect(oddKept.shared).toBeUndefined();
    const oddFast = copyKeptValue(oddKept);
    expect(oddFast).toEqual(structuredClone(odd));
    expect((oddFast.a as { n: unknown }).n).toBe(oddFast.b);
    rmSync(dir, { recursive: true, force: true });
  });

  it('parses again only the files whose bytes changed, and hands out copies the caller may modify', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'k8smap-parse-cache-'));
    writeFileSync(path.join(dir, 'a.md'), '# A\n\nText **term：** defined.\n');
    writeFileSync(path.join(dir, 'b.md'), '---\nid: b\ntitle: B\n---\n# B\n');
    const jobs: ParseJob[] = [{ file: 'a.md', role: 'note' }, { file: 'b.md', role: 'concept' }];
    keepParsedFiles(true);
    const reports: { reused?: number }[] = [];
    const first = await parseFiles(dir, jobs, { report: (r) => reports.push(r) });
    expect(first).toEqual(jobs.map((j) => parseFile(dir, j)));
    first[0]!.tree.children.length = 0; // later stages modify the trees they get

    const second = await parseFiles(dir, jobs, { report: (r) => reports.push(r) });
    expect(second).toEqual(jobs.map((j) => parseFile(dir, j)));
    expect(reports.at(-1)!.reused).toBe(2);

    appendFileSync(path.join(dir, 'a.md'), '\nMore.\n');
    const third = await parseFiles(dir, jobs, { report: (r) => reports.push(r) });
    expect(third).toEqual(jobs.map((j) => parseFile(dir, j)));
    expect(reports.at(-1)!.reused).toBe(1);

    rmSync(path.join(dir, 'b.md'));
    const fourth = await parseFiles(dir, jobs, { report: (r) => reports.push(r) });
    expect(fourth[1]!.readable).toBe(false);
    expect(fourth[1]!.diagnostics[0]!.code).toBe('unreadable-file');
  });

  it('gives the same graph as a load without it, across edits, additions and deletions', async () => {
    const dir = tempCopy();
    keepParsedFiles(true);
    const notes = ['notes/作业管理.md', 'notes/探针 Obsidian.md', 'notes/工作负载/Pod 与 Deployment：入门（第一章）.md', 'notes/工作负载/调度 笔记.md'].sort();
    let load = await keptLoad(dir);
    await expectCold(load, dir);
    expect(load.read).toEqual(notes);
    expect(load.kept).toBe(0);
    const renderings = load.fresh;
    // unchanged: nothing parsed, read or rendered again, and the kept readings point into this
    // load's trees (the last load's trees were changed by the stages after mining: links, cards,
    // heading ids)
    for (let i = 0; i < 2; i++) {
      load = await keptLoad(dir);
      await expectCold(load, dir);
      expect(load.read).toEqual([]);
      expect(load.fresh).toBe(0);
      expect(load.kept).toBe(renderings);
    }

    // a concept note edited, a free-form note added: only the new note is read
    appendFileSync(path.join(dir, 'concepts', 'pod.md'), '\n\n新的一段，提到 [[tty]]。\n');
    writeFileSync(path.join(dir, 'notes', 'new-note.md'), '# 新笔记\n\n**Pod：** 一组容器。\n');
    load = await keptLoad(dir);
    await expectCold(load, dir);
    expect(load.json).toContain('新的一段');
    expect(load.read).toEqual(['notes/new-note.md']);

    // a free-form note's definitions edited: it is read again, the others are not
    const jobs = path.join(dir, 'notes', '作业管理.md');
    appendFileSync(jobs, '\n**滚动窗口：**升级时同时替换的 Pod 数量上限。\n');
    load = await keptLoad(dir);
    await expectCold(load, dir);
    expect(load.json).toContain('滚动窗口');
    expect(load.read).toEqual(['notes/作业管理.md']);
    // …and back: the term goes away again
    writeFileSync(jobs, readFileSync(path.join(SITE, 'notes', '作业管理.md')));
    load = await keptLoad(dir);
    await expectCold(load, dir);
    expect(load.json).not.toContain('滚动窗口');

    // a new concept note changes what an unchanged note's bold term resolves to: the kept
    // reading (candidates) is reused, the resolution is not
    writeFileSync(path.join(dir, 'concepts', 'scheduling.md'), '---\nid: scheduling-notes-term\ntitle: 调度\naliases: [调度笔记]\n---\n# 调度\n\n调度把 Pod 放到节点上。\n');
    load = await keptLoad(dir);
    await expectCold(load, dir);
    expect(load.read).toEqual([]);

    rmSync(path.join(dir, 'notes', 'new-note.md'));
    rmSync(path.join(dir, 'concepts', 'scheduling.md'));
    load = await keptLoad(dir);
    await expectCold(load, dir);
    expect(load.read).toEqual([]);
  });

  it('renders an unchanged note again when what its rendering looked up or linked to changed', async () => {
    const dir = tempCopy();
    // Free-form notes naming Gizmo (no concept yet): in running text, and as a section heading.
    writeFileSync(path.join(dir, 'notes', 'gizmo-note.md'), '# 小工具\n\nGizmo 会重启失败的容器，和 Pod 一起工作。\n');
    // (The section's paragraph names no concept: a paragraph that does is marked for its backlinks.)
    writeFileSync(path.join(dir, 'notes', 'gizmo-section.md'), '# 小工具\n\n## Gizmo\n\n它会重启失败的容器。\n');
    keepParsedFiles(true);
    let load = await keptLoad(dir);
    await expectCold(load, dir);
    const page = (json: string, file = 'notes/gizmo-note.md') => (JSON.parse(json) as Graph).notes!.find((n) => n.file === file)!.body;
    expect(page(load.json)).not.toContain('concepts/gizmo');
    expect(page(load.json, 'notes/gizmo-section.md')).not.toContain('id="L5"');
    // The first note's paragraph names Pod: marked for its backlink.
    expect(page(load.json)).toContain('<p id="L3">');

    // A concept note named Gizmo: the notes' bytes and trees are unchanged, but the first note's
    // page now links the name, and the second's section became a passage (an excerpt on Gizmo's
    // page), so its first paragraph gets an anchor (no lookup of its rendering changed).
    writeFileSync(path.join(dir, 'concepts', 'gizmo.md'), '---\nid: gizmo\ntitle: Gizmo\n---\n# Gizmo\n\n一个会重启容器的小工具。\n');
    load = await keptLoad(dir);
    expect(load.read).toEqual([]);
    await expectCold(load, dir);
    expect(page(load.json)).toContain('concepts/gizmo/');
    expect(page(load.json, 'notes/gizmo-section.md')).toContain('<p id="L5">');
    expect(load.fresh).toBeGreaterThan(0);

    // A linked concept's title changes: the link stage writes another label into the unchanged
    // concept note that links to it, so its body is rendered again.
    const tty = path.join(dir, 'concepts', 'tty.md');
    const ttyText = readFileSync(tty, 'utf8');
    const body = (json: string, id: string) => (JSON.parse(json) as Graph).concepts.find((c) => c.id === id)!.body;
    writeFileSync(path.join(dir, 'concepts', 'linker.md'), '---\nid: linker\ntitle: Linker\n---\n# Linker\n\n见 [[tty]]。\n');
    load = await keptLoad(dir);
    await expectCold(load, dir);
    const linkerBefore = body(load.json, 'linker');
    writeFileSync(tty, ttyText.replace(/^title: .*$/m, 'title: 终端改名'));
    load = await keptLoad(dir);
    await expectCold(load, dir);
    expect(body(load.json, 'linker')).not.toBe(linkerBefore);
    expect(body(load.json, 'linker')).toContain('终端改名');

    // …and the concept goes again: the link goes from the unchanged note's page.
    rmSync(path.join(dir, 'concepts', 'gizmo.md'));
    load = await keptLoad(dir);
    await expectCold(load, dir);
    expect(page(load.json)).not.toContain('concepts/gizmo');
    expect(page(load.json, 'notes/gizmo-section.md')).not.toContain('id="L5"');

    // Two notes explain one term in the same words: one excerpt, "also in" the other. Then one
    // of them says something else: two excerpts (the same files, the same concept).
    const term = '# 探针\n\n**就绪闸门：**在 Pod 就绪之前必须全部满足的额外条件，由外部控制器写入状态。\n';
    writeFileSync(path.join(dir, 'notes', 'gate.md'), term);
    writeFileSync(path.join(dir, 'notes', 'gate-草稿.md'), term);
    load = await keptLoad(dir);
    await expectCold(load, dir);
    const excerpts = (json: string) => (JSON.parse(json) as Graph).concepts.find((c) => c.title === '就绪闸门')!.excerpts;
    expect(excerpts(load.json).map((e) => e.alsoIn?.length ?? 0)).toEqual([1]);
    writeFileSync(path.join(dir, 'notes', 'gate-草稿.md'), term.replace('在 Pod 就绪之前必须全部满足的额外条件，由外部控制器写入状态', '草稿里写的另一种说法，和正文完全不一样'));
    load = await keptLoad(dir);
    await expectCold(load, dir);
    expect(excerpts(load.json).map((e) => e.alsoIn?.length ?? 0)).toEqual([0, 0]);
  });

  it('gives the same graph as a load without it on the bundled notes with real chapters, after an edit', async () => {
    const dir = tempCopy(CONTENT);
    const chapters = readdirSync(DEV_CHAPTERS).filter((f) => f.endsWith('.md'));
    for (const f of chapters) cpSync(path.join(DEV_CHAPTERS, f), path.join(dir, 'notes', f));
    keepParsedFiles(true);
    const first = await keptLoad(dir);
    expect(first.read.length).toBe(chapters.length + 1);
    const note = 'notes/rbac-notes.md';
    appendFileSync(path.join(dir, note), '\n\n**授权窗口：**一次授权在 RoleBinding 更新前仍然有效的时间。\n');
    const load = await keptLoad(dir);
    expect(load.read).toEqual([note]);
    expect(load.json).toContain('授权窗口');
    expect(load.kept).toBeGreaterThan(0);
    await expectCold(load, dir);
  }, 120_000);
});
