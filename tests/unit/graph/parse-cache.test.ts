/**
 * The parse cache the dev server turns on (src/graph/parse-files.ts, `keepParsedFiles`), and the
 * miner's per-note reading kept with it (stages/mine.ts `readNote`, `keepWithTree`).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { keepParsedFiles, parseFiles } from '../../../src/graph/parse-files.ts';
import { parseFile, type ParseJob } from '../../../src/graph/parse-file.ts';
import { loadGraph } from '../../../src/graph/load.ts';
import { graphToJson } from '../../../src/graph/json.ts';

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

/** The graph of a load with nothing kept: the same files in a folder the cache has not seen. */
async function coldGraph(dir: string): Promise<string> {
  const copy = tempCopy(dir);
  try {
    return graphToJson(await loadGraph(copy));
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

/** A load of `dir` with the caches on, and the notes the miner read in it. */
async function keptLoad(dir: string): Promise<{ json: string; read: string[] }> {
  outlined.files = [];
  const json = graphToJson(await loadGraph(dir));
  return { json, read: [...outlined.files].sort() };
}

describe('parse cache', () => {
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
    const notes = ['notes/作业管理.md', 'notes/工作负载/Pod 与 Deployment：入门（第一章）.md', 'notes/工作负载/调度 笔记.md'].sort();
    let load = await keptLoad(dir);
    expect(load.json).toBe(await coldGraph(dir));
    expect(load.read).toEqual(notes);
    // unchanged: nothing parsed or read again, and the kept readings point into this load's trees
    // (the last load's trees were changed by the stages after mining: links, cards, heading ids)
    for (let i = 0; i < 2; i++) {
      load = await keptLoad(dir);
      expect(load.json).toBe(await coldGraph(dir));
      expect(load.read).toEqual([]);
    }

    // a concept note edited, a free-form note added: only the new note is read
    appendFileSync(path.join(dir, 'concepts', 'pod.md'), '\n\n新的一段，提到 [[tty]]。\n');
    writeFileSync(path.join(dir, 'notes', 'new-note.md'), '# 新笔记\n\n**Pod：** 一组容器。\n');
    load = await keptLoad(dir);
    expect(load.json).toBe(await coldGraph(dir));
    expect(load.json).toContain('新的一段');
    expect(load.read).toEqual(['notes/new-note.md']);

    // a free-form note's definitions edited: it is read again, the others are not
    const jobs = path.join(dir, 'notes', '作业管理.md');
    appendFileSync(jobs, '\n**滚动窗口：**升级时同时替换的 Pod 数量上限。\n');
    load = await keptLoad(dir);
    expect(load.json).toBe(await coldGraph(dir));
    expect(load.json).toContain('滚动窗口');
    expect(load.read).toEqual(['notes/作业管理.md']);
    // …and back: the term goes away again
    writeFileSync(jobs, readFileSync(path.join(SITE, 'notes', '作业管理.md')));
    load = await keptLoad(dir);
    expect(load.json).toBe(await coldGraph(dir));
    expect(load.json).not.toContain('滚动窗口');

    // a new concept note changes what an unchanged note's bold term resolves to: the kept
    // reading (candidates) is reused, the resolution is not
    writeFileSync(path.join(dir, 'concepts', 'scheduling.md'), '---\nid: scheduling-notes-term\ntitle: 调度\naliases: [调度笔记]\n---\n# 调度\n\n调度把 Pod 放到节点上。\n');
    load = await keptLoad(dir);
    expect(load.json).toBe(await coldGraph(dir));
    expect(load.read).toEqual([]);

    rmSync(path.join(dir, 'notes', 'new-note.md'));
    rmSync(path.join(dir, 'concepts', 'scheduling.md'));
    load = await keptLoad(dir);
    expect(load.json).toBe(await coldGraph(dir));
    expect(load.read).toEqual([]);
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
    expect(load.json).toBe(await coldGraph(dir));
  }, 120_000);
});
