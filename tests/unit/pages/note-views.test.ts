/** The note views (issue 13): note page data, the notes index, passage links, search documents. */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadGraph } from '../../../src/graph/index.ts';
import { createViews, type ViewContext } from '../../../src/views/index.ts';
import { buildNoteSearchDocs, noteIdOfDoc } from '../../../src/views/search-index.ts';
import { noteLabels, noteMapData } from '../../../src/views/note-page.ts';
import { notePath } from '../../../src/views/urls.ts';
import { loadSearchIndex, searchConcepts } from '../../../src/views/search-core.ts';

const SITE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/site');
const NOTE = 'notes/工作负载/Pod 与 Deployment：入门（第一章）.md';

const ctx = (repoUrl: string): ViewContext => ({
  base: '/k8s-map/',
  sources: { projectRoot: path.resolve(SITE, '../../..'), contentDir: SITE, repoUrl, editBranch: 'main', lastUpdated: (f) => (f === NOTE ? '2024-05-01T12:00:00+08:00' : undefined) },
});

describe('note views (fixture site)', async () => {
  const graph = await loadGraph(SITE, { layout: false });
  const views = createViews(graph, ctx(''));
  const note = graph.notes!.find((n) => n.file === NOTE)!;

  it('has a percent-encoded page URL under the base path', () => {
    expect(note.id).toBe('工作负载-pod-与-deployment-入门-第一章');
    expect(views.noteHref(NOTE)).toBe(`/k8s-map/notes/${encodeURIComponent(note.id)}/`);
    expect(views.noteHref(NOTE, 'L7')).toBe(`/k8s-map/notes/${encodeURIComponent(note.id)}/#L7`);
    expect(views.noteHref('concepts/pod.md')).toBeUndefined();
  });

  it('gives the page its concepts by kind, examples, findings and neighbours in folder order', () => {
    const page = views.notePage(note.id)!;
    expect(page.home?.id).toBe('pod');
    // `Deployment 管理一组 Pod` and `Deployment 负责滚动更新` explain it: defined here since the
    // learned definition scorer runs beside the rules (docs/miner.md); the next note only mentions both.
    expect(page.defines.flatMap((g) => g.concepts.map((c) => c.id))).toEqual(expect.arrayContaining(['pod', 'deployment']));
    expect(page.mentions).toEqual([]);
    expect(views.notePage(page.next!.id)!.mentions.flatMap((g) => g.concepts.map((c) => c.id))).toEqual(expect.arrayContaining(['pod', 'deployment']));
    expect(page.defines.every((g) => g.concepts.every((c) => c.kind === g.kind))).toBe(true);
    expect(page.examples).toHaveLength(1);
    expect(page.findings.warnings).toBe(2); // the unknown field and the missing image
    // Folder order: the top-level note (notes/作业管理.md) comes before the folder 工作负载/.
    expect(views.notePage(page.prev!.id)!.note.file).toBe('notes/作业管理.md');
    expect(views.notePage(page.prev!.id)!.prev).toBeUndefined();
    expect(views.notePage(page.next!.id)!.note.file).toBe('notes/工作负载/调度 笔记.md');
    expect(views.notePage(page.next!.id)!.prev?.id).toBe(note.id);
    // No repository configured: no repository links.
    expect(page.editUrl).toBeUndefined();
    expect(page.viewUrl).toBeUndefined();
    expect(page.updated).toBe('2024-05-01T12:00:00+08:00');
    expect(noteMapData(page)).toEqual({ id: note.id, title: note.title, concepts: page.conceptIds });
    expect(views.notePage('no-such-note')).toBeUndefined();
  });

  it('links a passage to its note page, else to the repository only when one is configured', () => {
    expect(views.sources.passage(NOTE, 7, 'L7')).toEqual({ href: notePath('/k8s-map/', note.id, 'L7'), internal: true });
    expect(views.sources.passage('concepts/pod.md', 3)).toBeUndefined();
    const withRepo = createViews(graph, ctx('https://github.com/o/r'));
    expect(withRepo.sources.passage('concepts/pod.md', 3)).toEqual({ href: 'https://github.com/o/r/blob/main/tests/fixtures/site/concepts/pod.md#L3', internal: false });
    expect(withRepo.notePage(note.id)!.editUrl).toMatch(/^https:\/\/github\.com\/o\/r\/edit\/main\/tests\/fixtures\/site\/notes\//);
  });

  it('lists every note in the index with its counts, grouped by folder', () => {
    const idx = views.notesIndex;
    expect(idx.total).toBe(graph.notes!.length);
    expect(idx.withFindings).toBe(2); // this note and notes/探针 Obsidian.md (a wiki link to nothing)
    const entry = idx.folders.flatMap((f) => f.notes).find((n) => n.id === note.id)!;
    expect(idx.folders.map((f) => f.folder)).toEqual(['', '工作负载']); // '' = notes/ itself
    expect(entry.sections.map((h) => h.text)).toEqual(['什么是 Pod', 'Deployment 的用法']);
    expect(entry).toMatchObject({ defines: note.defines.length, examples: 1, examplesWithFindings: 1, warnings: 2, errors: 0, updated: '2024-05-01T12:00:00+08:00' });
  });

  it('puts notes in the concept search, found by their title', () => {
    const docs = buildNoteSearchDocs(graph);
    expect(docs.map((d) => d.k)).toEqual(graph.notes!.map(() => 'note'));
    expect(noteIdOfDoc(docs[0]!.id)).toBe(graph.notes![0]!.id);
    const index = loadSearchIndex(views.searchIndexJson);
    const hits = searchConcepts(index, '调度笔记').hits;
    expect(hits.some((h) => h.k === 'note' && noteIdOfDoc(h.id) === '工作负载-调度-笔记')).toBe(true);
  });
});

describe('noteLabels: what to call a note where notes are listed', () => {
  it('is the title, with the file name only where two notes share a title', () => {
    const labels = noteLabels([
      { id: 'a', title: '调度笔记', file: 'notes/调度笔记.md' },
      { id: 'b', title: '调度笔记', file: 'notes/调度笔记 (草稿).md' },
      { id: 'c', title: '存储', file: 'notes/存储.md' },
      { id: 'd', title: '网络 ', file: 'notes/一/网络.md' },
      { id: 'e', title: '网络', file: 'notes/二/网络.md' },
    ]);
    expect(labels.get('a')).toBe('调度笔记 · 调度笔记');
    expect(labels.get('b')).toBe('调度笔记 · 调度笔记 (草稿)');
    expect(labels.get('c')).toBe('存储');
    // the same file name in two folders: the path tells them apart
    expect(labels.get('d')).toBe('网络 · 一/网络');
    expect(labels.get('e')).toBe('网络 · 二/网络');
  });
});
