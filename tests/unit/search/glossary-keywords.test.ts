/**
 * The concept search finds a reader's English-named concepts by the official Chinese names
 * (src/views/search-index.ts `glossaryKeywords`, from the Kubernetes website's Chinese glossary):
 * a notes folder without map.md (tests/fixtures/zh-notes) whose concepts have no Chinese name.
 */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { loadGraph } from '../../../src/graph/index.ts';
import type { Concept } from '../../../src/graph/model.ts';
import { buildSearchDocs, buildSearchIndexJson, glossaryKeywords } from '../../../src/views/search-index.ts';
import { createSearchIndex, highlightPieces, loadSearchIndex, matchedOtherName, searchConcepts, type SearchDoc } from '../../../src/views/search-core.ts';
import { buildMapData } from '../../../src/views/map-data.ts';
import { buildModel } from '../../../src/scripts/map/map-model.ts';
import { searchMap } from '../../../src/scripts/map/search.ts';
import { concept } from '../pages/graph-fixture.ts';

const NOTES = path.resolve('tests/fixtures/zh-notes');

type Names = Pick<Concept, 'title' | 'titleZh' | 'titleEn' | 'aliases' | 'keywords'>;
const names = (n: Partial<Names> & { title: string }): Names => ({ aliases: [], ...n });

describe('glossary names in the concept search (a notes folder without map.md)', async () => {
  const graph = await loadGraph(NOTES, { layout: false });
  const index = loadSearchIndex(buildSearchIndexJson(graph));

  it('mines English-named concepts with no Chinese name of the glossary', () => {
    const pv = graph.concepts.find((c) => c.id === 'persistent-volume')!;
    expect(pv).toMatchObject({ title: 'PersistentVolume', kind: 'object' });
    expect([pv.titleZh, ...pv.aliases]).not.toContain('持久卷');
    expect(graph.concepts.find((c) => c.id === 'tolerations')).toMatchObject({ title: 'tolerations', aliases: ['Toleration'] });
  });

  it('持久卷 finds the mined PersistentVolume', () => {
    expect(searchConcepts(index, '持久卷').hits[0]).toMatchObject({ id: 'persistent-volume', t: 'PersistentVolume' });
  });

  it('容忍度 finds Toleration (by the alias the notes gave the tolerations field), 污点 finds Taint', () => {
    expect(searchConcepts(index, '容忍度').hits[0]?.id).toBe('tolerations');
    expect(searchConcepts(index, '污点').hits[0]?.id).toBe('node-taints');
  });

  it('keeps titles and names as the notes wrote them (keywords are searched, never shown)', () => {
    const doc = buildSearchDocs(graph).find((d) => d.id === 'persistent-volume')!;
    expect(doc).toMatchObject({ t: 'PersistentVolume', k: 'object' });
    expect(doc.z).toBeUndefined();
    expect(doc.w).toContain('持久卷');
    expect(searchConcepts(index, '持久卷').hits[0]!.z).toBeUndefined();
  });
});

describe('glossaryKeywords', () => {
  it('looks up the title, English title and aliases, in any case and plural', () => {
    expect(glossaryKeywords(names({ title: 'PersistentVolumes' }))).toEqual(['持久卷']);
    // the glossary's name, then the other Chinese name the miner knows the kind by (names.ts)
    expect(glossaryKeywords(names({ title: '存储卷申请', titleEn: 'persistent volume claim' }))).toEqual(['持久卷申领', '持久卷声明']);
    expect(glossaryKeywords(names({ title: 'tolerations', aliases: ['Toleration'] }))).toEqual(['容忍度']);
  });

  it('gives nothing to a concept whose English names are not in the glossary', () => {
    expect(glossaryKeywords(names({ title: 'shareProcessNamespace', aliases: ['share-process-namespace'] }))).toEqual([]);
    // titled in English only in the Chinese glossary, and no Chinese name in names.ts (部署 is too common)
    expect(glossaryKeywords(names({ title: 'Deployment' }))).toEqual([]);
    const doc = buildSearchDocs({ concepts: [concept('share', { title: 'shareProcessNamespace' })] })[0]!;
    expect(doc.w).toBeUndefined();
  });

  it('adds the Chinese names of API kinds the miner reads (names.ts) where the glossary keeps English', () => {
    expect(glossaryKeywords(names({ title: 'ServiceAccount' }))).toEqual(['服务账号', '服务账户']);
    expect(glossaryKeywords(names({ title: 'StorageClass' }))).toEqual(['存储类']);
    expect(glossaryKeywords(names({ title: 'daemonsets' }))).toEqual(['守护进程集']);
  });

  it('gives nothing to a concept that already has the Chinese name', () => {
    expect(glossaryKeywords(names({ title: 'PersistentVolume', titleZh: '持久卷' }))).toEqual([]);
    expect(glossaryKeywords(names({ title: '持久卷', titleEn: 'PersistentVolume' }))).toEqual([]);
    expect(glossaryKeywords(names({ title: 'Namespace', aliases: ['名字空间'] }))).toEqual([]);
    expect(glossaryKeywords(names({ title: 'Namespace', keywords: ['名字空间'] }))).toEqual([]);
    // a name looked up twice (title and alias) is given once
    expect(glossaryKeywords(names({ title: 'PersistentVolume', aliases: ['PV', 'persistent volume'] }))).toEqual(['持久卷']);
  });

  it('an untrusted title or alias stays text in the results', () => {
    const hostile = concept('hostile', { title: '<img src=x onerror=alert(1)>', aliases: ['Toleration', '<script>alert(1)</script>'] });
    const docs: SearchDoc[] = buildSearchDocs({ concepts: [hostile] });
    expect(docs[0]!.w).toEqual(['容忍度']);
    const hit = searchConcepts(createSearchIndex(docs), '容忍度').hits[0]!;
    expect(hit.t).toBe('<img src=x onerror=alert(1)>');
    // the dialog puts these pieces in text nodes and <mark> elements (src/scripts/search/ui.ts)
    const pieces = highlightPieces(hit.t, hit.needles);
    expect(pieces.map((p) => p.text).join('')).toBe(hit.t);
    expect(pieces.every((p) => !p.mark)).toBe(true);
  });
});

describe('a result found by a name it does not show says which (issue 14)', async () => {
  const graph = await loadGraph(NOTES, { layout: false });
  const index = loadSearchIndex(buildSearchIndexJson(graph));

  it('持久卷 finds PersistentVolume "· 持久卷", 容忍度 tolerations "· 容忍度", an alias the alias', () => {
    expect(searchConcepts(index, '持久卷').hits[0]).toMatchObject({ t: 'PersistentVolume', via: '持久卷' });
    expect(searchConcepts(index, '容忍度').hits[0]).toMatchObject({ t: 'tolerations', via: '容忍度' });
    // an alias (tolerations is aliased Toleration by the notes) the name does not contain
    const pv = buildSearchDocs({ concepts: [concept('pv', { title: 'PersistentVolume', aliases: ['PV'] })] });
    expect(searchConcepts(createSearchIndex(pv), 'pv').hits[0]).toMatchObject({ t: 'PersistentVolume', via: 'PV' });
  });

  it('says nothing when the names shown hold the query', () => {
    expect(searchConcepts(index, 'PersistentVolume').hits[0]?.via).toBeUndefined();
    expect(searchConcepts(index, 'taint').hits.find((h) => h.t === 'taints')?.via).toBeUndefined();
    expect(matchedOtherName({ t: 'Pod', z: '容器组', o: ['豆荚'] }, ['容器组'])).toBeUndefined();
    expect(matchedOtherName({ t: 'Pod', f: 'spec.hostPID', o: ['hostpid'] }, ['hostpid'])).toBeUndefined();
  });

  it('shows the other name the query marks most of, as text', () => {
    expect(matchedOtherName({ t: 'StorageClass', o: ['sc', '存储类', '存储类别'] }, ['存储类别'])).toBe('存储类别');
    const hostile = concept('hostile', { title: 'x', aliases: ['<img src=x onerror=alert(1)>'] });
    const hit = searchConcepts(createSearchIndex(buildSearchDocs({ concepts: [hostile] })), 'onerror').hits[0]!;
    expect(hit.via).toBe('<img src=x onerror=alert(1)>');
    expect(highlightPieces(hit.via!, hit.needles).map((p) => p.text).join('')).toBe(hit.via);
  });
});

describe("the map's find box uses the same vocabulary (issue 14)", () => {
  it('finds the mined PersistentVolume by 持久卷 and tolerations by 容忍度, saying so', async () => {
    const m = buildModel(buildMapData(await loadGraph(NOTES)));
    expect(searchMap(m, '持久卷')[0]).toEqual({ id: 'persistent-volume', via: '持久卷' });
    expect(searchMap(m, '容忍度')[0]).toEqual({ id: 'tolerations', via: '容忍度' });
  });

  it('finds ServiceAccount by 服务账号 and StorageClass by 存储类 on a map that names them in English', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'k8smap-map-vocab-'));
    try {
      writeFileSync(path.join(dir, 'map.md'), '- Kubernetes\n  - Security\n    - ServiceAccount\n  - Storage\n    - StorageClass\n');
      const data = buildMapData(await loadGraph(dir));
      expect(data.nodes.find((n) => n.id === 'service-account')?.kw).toEqual(['服务账号', '服务账户']);
      const m = buildModel(data);
      expect(searchMap(m, '服务账号')[0]).toEqual({ id: 'service-account', via: '服务账号' });
      expect(searchMap(m, '存储类')[0]).toEqual({ id: 'storage-class', via: '存储类' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
