/**
 * The concept search finds a reader's English-named concepts by the official Chinese names
 * (src/views/search-index.ts `glossaryKeywords`, from the Kubernetes website's Chinese glossary):
 * a notes folder without map.md (tests/fixtures/zh-notes) whose concepts have no Chinese name.
 */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { loadGraph } from '../../../src/graph/index.ts';
import type { Concept } from '../../../src/graph/model.ts';
import { buildSearchDocs, buildSearchIndexJson, glossaryKeywords } from '../../../src/views/search-index.ts';
import { createSearchIndex, highlightPieces, loadSearchIndex, searchConcepts, type SearchDoc } from '../../../src/views/search-core.ts';
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
