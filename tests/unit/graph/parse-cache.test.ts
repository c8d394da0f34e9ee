/** The parse cache the dev server turns on (src/graph/parse-files.ts, `keepParsedFiles`). */
import { afterEach, describe, expect, it } from 'vitest';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { keepParsedFiles, parseFiles } from '../../../src/graph/parse-files.ts';
import { parseFile, type ParseJob } from '../../../src/graph/parse-file.ts';
import { loadGraph } from '../../../src/graph/load.ts';
import { graphToJson } from '../../../src/graph/json.ts';

const SITE = path.resolve(import.meta.dirname, '../../fixtures/site');

afterEach(() => keepParsedFiles(false));

function tempCopy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'k8smap-parse-cache-'));
  cpSync(SITE, dir, { recursive: true });
  return dir;
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
    const fresh = async () => {
      keepParsedFiles(false);
      const g = graphToJson(await loadGraph(dir));
      keepParsedFiles(true);
      return g;
    };
    expect(graphToJson(await loadGraph(dir))).toBe(await fresh());
    expect(graphToJson(await loadGraph(dir))).toBe(await fresh());
    appendFileSync(path.join(dir, 'concepts', 'pod.md'), '\n\n新的一段，提到 [[tty]]。\n');
    mkdirSync(path.join(dir, 'notes'), { recursive: true });
    writeFileSync(path.join(dir, 'notes', 'new-note.md'), '# 新笔记\n\n**Pod：** 一组容器。\n');
    const afterEdit = graphToJson(await loadGraph(dir));
    expect(afterEdit).toBe(await fresh());
    expect(afterEdit).toContain('新的一段');
    rmSync(path.join(dir, 'notes', 'new-note.md'));
    expect(graphToJson(await loadGraph(dir))).toBe(await fresh());
  });
});
