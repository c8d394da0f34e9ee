import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { loadGraph } from '../../../src/graph/index.ts';
import { buildSearchDocs, buildSearchIndexJson } from '../../../src/views/search-index.ts';
import { loadSearchIndex, searchConcepts } from '../../../src/views/search-core.ts';
import { excerptPieces } from '../../../src/scripts/search/fulltext.ts';

const FIXTURE = path.resolve('tests/fixtures/site');

describe('buildSearchDocs (fixture notes)', async () => {
  const graph = await loadGraph(FIXTURE);
  const docs = buildSearchDocs(graph);
  const byId = new Map(docs.map((d) => [d.id, d]));

  it('has one document per concept, in graph order', () => {
    expect(docs.map((d) => d.id)).toEqual(graph.concepts.map((c) => c.id));
  });

  it('keeps names, kind, field path, parent title, aliases and summary', () => {
    const hn = byId.get('host-network')!;
    expect(hn).toMatchObject({ t: 'hostNetwork', z: '宿主机网络', k: 'field', f: 'spec.hostNetwork', p: 'Pod' });
    expect(hn.s).toContain('网络栈');
    const pod = byId.get('pod')!;
    expect(pod.z).toBe('容器组');
    expect(pod.e).toBeUndefined(); // titleEn repeats the title
    expect(pod.a).toEqual(expect.arrayContaining(['容器组', '豆荚']));
  });

  it('makes the id searchable when it differs from the title', () => {
    expect(byId.get('share-process-namespace')!.a).toContain('share-process-namespace');
    expect(byId.get('pod')!.a ?? []).not.toContain('pod');
  });

  it('serialises an index the browser side can load and search', () => {
    const json = buildSearchIndexJson(graph);
    expect(JSON.parse(json)).toBeTypeOf('object');
    const index = loadSearchIndex(json);
    expect(searchConcepts(index, '主机').hits[0]?.id).toBe('host-network');
    expect(searchConcepts(index, 'process namespace').hits[0]?.id).toBe('share-process-namespace');
    expect(searchConcepts(index, 'onerror').hits[0]).toMatchObject({ id: 'hostile', t: '<img src=x onerror=alert(1)>' });
    // The summary is searchable but not stored (the index stays small).
    expect(json).not.toContain('网络栈');
  });
});

describe('excerptPieces (Pagefind excerpts)', () => {
  it('keeps <mark> as highlight and everything else as text', () => {
    expect(excerptPieces('直接用节点（<mark>宿主机</mark>）的网络')).toEqual([
      { text: '直接用节点（', mark: false },
      { text: '宿主机', mark: true },
      { text: '）的网络', mark: false },
    ]);
  });

  it('decodes entities to text and drops any other markup', () => {
    expect(excerptPieces('&lt;img src=x onerror=alert(1)&gt; <b>x</b> &amp; <MARK>y</MARK>')).toEqual([
      { text: '<img src=x onerror=alert(1)> x & ', mark: false },
      { text: 'y', mark: true },
    ]);
    expect(excerptPieces('')).toEqual([]);
  });
});
