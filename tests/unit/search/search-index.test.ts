import { afterAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { loadGraph } from '../../../src/graph/index.ts';
import MiniSearch from 'minisearch';
import { buildNoteSearchDocs, buildSearchDocs, buildSearchIndexJson } from '../../../src/views/search-index.ts';
import { createSearchIndex, loadSearchIndex, miniSearchOptions, searchConcepts, serializeSearchIndex, type SearchDoc } from '../../../src/views/search-core.ts';
import { excerptPieces } from '../../../src/scripts/search/fulltext.ts';
import { cleanup, contentDir, POD_CHAPTER } from '../graph/helpers.ts';

const FIXTURE = path.resolve('tests/fixtures/site');

afterAll(cleanup);

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

describe('buildSearchDocs (a new reader’s chapter, no map)', () => {
  it('finds the concepts a chapter explains by the words of the headings they sit under', async () => {
    const graph = await loadGraph(await contentDir({ 'notes/容器组笔记.md': POD_CHAPTER }), { layout: false });
    const docs = buildSearchDocs(graph);
    expect(docs.find((d) => d.id === 'pod-phase-pending')!.w).toEqual(['Pod 的五个阶段']);
    // a heading that is only the concept's title adds nothing
    expect(docs.find((d) => d.id === 'pod')!.w).toEqual(['初识Pod']);
    const index = loadSearchIndex(serializeSearchIndex(createSearchIndex(docs)));
    const states = graph.concepts.filter((c) => c.kind === 'state').map((c) => c.id).sort();
    expect(states).toHaveLength(5);
    expect(searchConcepts(index, '阶段').hits.map((h) => h.id).sort()).toEqual(states);
    expect(searchConcepts(index, '字段').hits.map((h) => h.id)).toEqual(expect.arrayContaining(['node-selector', 'host-network']));
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

describe('createSearchIndex: the index MiniSearch builds', () => {
  /** SHA-256 of the serialised index (a failure then prints two hashes, not two indexes). */
  const sha = (json: string): string => createHash('sha256').update(json).digest('hex');
  /** The same documents added by MiniSearch alone (no remembered term data). */
  const plainSha = (docs: SearchDoc[]): string => {
    const ms = new MiniSearch<SearchDoc>(miniSearchOptions());
    ms.addAll(docs);
    return sha(JSON.stringify(ms));
  };

  it('serialises byte for byte what MiniSearch alone builds, on the bundled notes', async () => {
    const graph = await loadGraph(path.resolve('content'));
    const docs = [...buildSearchDocs(graph), ...buildNoteSearchDocs(graph)];
    expect(docs.length).toBeGreaterThan(100);
    expect(sha(serializeSearchIndex(createSearchIndex(docs)))).toBe(plainSha(docs));
  });

  it('serialises what MiniSearch alone builds on random documents (shared prefixes, repeats, CJK and Latin)', () => {
    let seed = 7;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const pieces = ['容器', '容', '器组', '网络', '命名空间', '宿主机', 'host', 'hostNetwork', 'hostAliases', 'ho', 'pod', 'podSpec', 'spec.containers[].image', 'Pod', '调度', '度', 'a', 'ab', 'abc'];
    const text = (n: number): string => Array.from({ length: n }, () => pieces[rand(pieces.length)]).join(rand(2) ? ' ' : '');
    for (let round = 0; round < 20; round++) {
      const docs: SearchDoc[] = Array.from({ length: 1 + rand(40) }, (_, i) => {
        const d: SearchDoc = { id: `d${round}-${i}`, t: text(1 + rand(3)), k: 'term' };
        if (rand(2)) d.z = text(1 + rand(2));
        if (rand(3) === 0) d.a = [text(1), text(2)];
        if (rand(2)) d.f = `spec.${text(1)}`;
        if (rand(2)) d.s = text(rand(30));
        return d;
      });
      expect(sha(serializeSearchIndex(createSearchIndex(docs)))).toBe(plainSha(docs));
    }
  });

  it('leaves the index as MiniSearch made it (it takes more documents and answers searches)', () => {
    const ms = createSearchIndex([{ id: 'a', t: 'hostNetwork', z: '宿主机网络', k: 'field' }]);
    expect(Object.hasOwn((ms as unknown as { _index: object })._index, 'fetch')).toBe(false);
    ms.add({ id: 'b', t: 'hostAliases', z: '主机别名', k: 'field' });
    expect(searchConcepts(ms, '主机').hits.map((h) => h.id).sort()).toEqual(['a', 'b']);
  });
});
