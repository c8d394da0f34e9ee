/**
 * Copies of a YAML example (a chapter and its draft copy hold the same manifest) are shown once on
 * a concept page, from the chapter not named like a draft, with "also in" the draft's place
 * (concept-page.ts `mergeExampleCopies`).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadGraph } from '../../../src/graph/index.ts';
import { indexGraph } from '../../../src/graph/graph-index.ts';
import { conceptPageData } from '../../../src/views/concept-page.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'k8smap-example-copies-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const manifest = (replicas: number) =>
  ['```yaml', 'apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: web', 'spec:', `  replicas: ${replicas}`, '  ...', '```'].join('\n');
const chapter = (title: string, replicas: number, spacing = '') =>
  [
    `# ${title}`,
    '',
    '## 概念',
    '',
    '**replicas：** 期望的 Pod 副本数，控制器会一直把实际数量拉回这个值。',
    '',
    '## 实操记录',
    '',
    '今天在测试集群里把 web 扩到三个副本，顺手记下清单：',
    '',
    manifest(replicas) + spacing,
    '',
  ].join('\n');

describe('copies of an example', () => {
  it('are shown once, with the other places', async () => {
    mkdirSync(path.join(dir, 'notes'), { recursive: true });
    writeFileSync(path.join(dir, 'notes', '扩缩容笔记.md'), chapter('扩缩容笔记', 3));
    writeFileSync(path.join(dir, 'notes', '扩缩容笔记 (草稿).md'), chapter('扩缩容笔记', 3, '\n'));
    writeFileSync(path.join(dir, 'notes', '另一篇.md'), ['# 另一篇', '', '副本数写在 `replicas` 里。', '', manifest(5), ''].join('\n'));
    const graph = await loadGraph(dir, { layout: false });
    const index = indexGraph(graph);
    const field = graph.concepts.find((c) => c.kind === 'field' && c.fieldPath?.endsWith('replicas'));
    expect(field, graph.concepts.map((c) => `${c.id}:${c.kind}`).join(' ')).toBeDefined();
    const page = conceptPageData(index, field!.id)!;
    const all = [...page.elsewhere, ...page.ownExamples];
    const files = all.map((e) => e.source.file).sort();
    // The draft's copy is not shown again; the other note's different manifest is.
    expect(files.filter((f) => f.includes('草稿'))).toEqual([]);
    expect(files).toContain('notes/另一篇.md');
    const kept = all.find((e) => e.source.file === 'notes/扩缩容笔记.md');
    expect(kept).toBeDefined();
    expect(page.exampleCopies.get(kept!.id)).toEqual([
      expect.objectContaining({ file: 'notes/扩缩容笔记 (草稿).md', href: expect.stringContaining('/notes/') }),
    ]);
    expect(page.exampleCopies.size).toBe(1);
  });
});
