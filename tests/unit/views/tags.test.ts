/** The tags view (views/tags.ts) and tags in the search index (search-index.ts). */
import { describe, expect, it } from 'vitest';
import type { Concept, Graph, NoteRecord } from '../../../src/graph/model.ts';
import { buildTags } from '../../../src/views/tags.ts';
import { buildSearchIndexJson } from '../../../src/views/search-index.ts';
import { loadSearchIndex, searchConcepts } from '../../../src/views/search-core.ts';

const note = (id: string, tags?: string[], title = id): NoteRecord => ({ id, title, file: `notes/${id}.md`, headings: [], defines: [], mentions: [], body: '', ...(tags ? { tags } : {}) });
const concept = (id: string, title: string, tags?: string[], extra: Partial<Concept> = {}): Concept => ({
  id, title, aliases: [], kind: 'object', summary: '', body: '', headings: [], excerpts: [], examples: [], hasNote: true,
  source: { file: `concepts/${id}.md`, line: 1, column: 1 }, order: 0, prerequisites: [], related: [], transitions: [], ancestors: [], branch: 'root',
  ...(tags ? { tags } : {}), ...extra,
});

const graph: Pick<Graph, 'notes' | 'concepts'> = {
  notes: [note('a', ['K8s', 'pod/probe']), note('b', ['k8s', '探针/就绪']), note('c')],
  concepts: [concept('pod', 'Pod', ['pod', 'k8s']), concept('svc', 'Service')],
};

describe('tags view', () => {
  const tags = buildTags(graph, '/k8s-map/');

  it('knows each tag once by key, as first written, with every page carrying it or a tag under it', () => {
    expect(tags.all.map((t) => `${t.key}=${t.name}:${t.count}`)).toEqual(['k8s=K8s:3', 'pod=pod:2', 'pod/probe=pod/probe:1', '探针=探针:1', '探针/就绪=探针/就绪:1']);
    expect(tags.roots.map((t) => t.key)).toEqual(['k8s', 'pod', '探针']);
    expect(tags.byKey.get('k8s')!.items.map((i) => `${i.kind}:${i.id}`)).toEqual(['note:a', 'note:b', 'object:pod']);
  });

  it('gives a nested tag its parents (a page even when nobody wrote the parent alone) and a parent its children', () => {
    const probe = tags.byKey.get('pod/probe')!;
    expect(probe.ancestors.map((a) => a.key)).toEqual(['pod']);
    expect(tags.byKey.get('pod')!.children.map((c) => c.key)).toEqual(['pod/probe']);
    const ready = tags.byKey.get('探针/就绪')!;
    expect(ready.ancestors[0]).toMatchObject({ key: '探针', href: `/k8s-map/tags/${encodeURIComponent('探针')}/`, count: 1 });
    // On the parent's page, an item says which of its own tags brought it there.
    expect(tags.byKey.get('pod')!.items.map((i) => [i.id, i.via.map((v) => v.key)])).toEqual([['a', ['pod/probe']], ['pod', ['pod']]]);
  });

  it('links every tag and item to a page of the site (base path, encoded), and gives each note and concept its tags', () => {
    expect(tags.byKey.get('pod/probe')!.href).toBe('/k8s-map/tags/pod/probe/');
    expect(tags.byKey.get('k8s')!.items.map((i) => i.href)).toEqual(['/k8s-map/notes/a/', '/k8s-map/notes/b/', '/k8s-map/concepts/pod/']);
    expect(tags.ofNote('a').map((t) => t.name)).toEqual(['K8s', 'pod/probe']);
    expect(tags.ofNote('c')).toEqual([]);
    expect(tags.ofConcept('pod').map((t) => t.key)).toEqual(['pod', 'k8s']);
    // Every tag link leads to a tag of `all` (the pages /tags/[...tag] emits).
    const keys = new Set(tags.all.map((t) => t.key));
    const linked = tags.all.flatMap((t) => [...t.ancestors, ...t.children, ...t.items.flatMap((i) => i.via)]).map((r) => r.key);
    for (const k of linked) expect(keys.has(k), k).toBe(true);
  });

  it('is empty for a graph without tags', () => {
    const none = buildTags({ notes: [note('x')], concepts: [concept('y', 'Y')] }, '/');
    expect(none.all).toEqual([]);
    expect(none.roots).toEqual([]);
  });
});

describe('tags in search', () => {
  it('finds a page by its tag below one named so, and a tag page by its name', () => {
    const g: Pick<Graph, 'notes' | 'concepts'> = {
      notes: [note('n1', ['networking'], '笔记一')],
      concepts: [concept('cni', 'CNI', undefined, { aliases: ['networking'] }), concept('svc', 'Service', ['networking'])],
    };
    const index = loadSearchIndex(buildSearchIndexJson(g, buildTags(g, '/')));
    const hits = searchConcepts(index, 'networking').hits.map((h) => h.id);
    expect(hits[0]).toBe('cni');
    expect(hits).toContain('svc');
    expect(hits).toContain('note:n1');
    expect(hits).toContain('tag:networking');
    expect(searchConcepts(index, 'networking').hits.find((h) => h.id === 'tag:networking')).toMatchObject({ k: 'tag', t: '#networking' });
  });
});
