/**
 * `keywords` in concept-note frontmatter: search-only terms that are not names of the concept.
 * Search finds the concept by them; nothing that decides what a name means does (attaching a
 * mined definition, wiki links, mentions, "also known as").
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/graph/index.ts';
import { buildSearchDocs } from '../../../src/views/search-index.ts';
import { createSearchIndex, searchConcepts } from '../../../src/views/search-core.ts';
import { aliasGroups } from '../../../src/views/concept-page.ts';
import { buildMapData } from '../../../src/views/map-data.ts';
import { buildModel } from '../../../src/scripts/map/map-model.ts';
import { searchMap } from '../../../src/scripts/map/search.ts';
import { cleanup, concept, contentDir, diag } from './helpers.ts';

afterAll(cleanup);

const MAP = '- 技能图谱 {#root}\n  - [网格平台（Mesh platform）](concepts/mesh.md)\n';
const meshNote = (names: string) => `---\nid: mesh\ntitle: Mesh platform\ntitleZh: 网格平台\n${names}\nkind: topic\n---\n\n网格平台把流量治理从应用里拿出来。\n`;
const CHAPTER = [
  '# 数据面代理',
  '',
  '**Sidecar proxy：**和业务容器放在同一个 Pod 里、接管它进出流量的代理进程。',
  '',
  '**节点代理：**每个节点上一个、替代边车转发四层流量的代理进程。',
  '',
  '数据面由 Sidecar proxy 组成，见 [[节点代理]]。',
  '',
].join('\n');

async function build(names: string, notes: Record<string, string> = { 'notes/proxy.md': CHAPTER }) {
  return loadGraph(await contentDir({ 'map.md': MAP, 'concepts/mesh.md': meshNote(names), ...notes }));
}

describe('keywords in concept-note frontmatter', () => {
  it('are read as a list of strings, apart from the aliases', async () => {
    const g = await build('aliases: [MP]\nkeywords: [Sidecar proxy, 节点代理]');
    const c = concept(g, 'mesh');
    expect(c.aliases).toEqual(['MP']);
    expect(c.keywords).toEqual(['Sidecar proxy', '节点代理']);
    expect(g.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('a concept without keywords has no keywords key', async () => {
    const g = await build('aliases: [MP]', {});
    expect('keywords' in concept(g, 'mesh')).toBe(false);
  });

  it('reports a value that is not a list of non-empty strings at its file:line:col', async () => {
    const scalar = await build('keywords: Envoy', {});
    const d1 = diag(scalar, 'frontmatter-type');
    expect(d1.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity}`)).toEqual(['concepts/mesh.md:5:11 error']);
    expect(d1[0]!.message).toContain('"keywords"');
    const item = await build('keywords: [Envoy, 3, ""]', {});
    const d2 = diag(item, 'frontmatter-type');
    expect(d2.map((d) => `${d.file}:${d.line}:${d.column}`)).toEqual(['concepts/mesh.md:5:19', 'concepts/mesh.md:5:22']);
  });

  it('warns about a keyword that is also a name of the concept and keeps it a name only', async () => {
    const g = await build('aliases: [MP]\nkeywords: [mp, 网格平台, Envoy, envoy]', {});
    const d = diag(g, 'keyword-is-name');
    expect(d.map((x) => `${x.file}:${x.line}:${x.column} ${x.severity}`)).toEqual(['concepts/mesh.md:6:12 warning', 'concepts/mesh.md:6:16 warning']);
    const c = concept(g, 'mesh');
    expect(c.aliases).toEqual(['MP']);
    expect(c.keywords).toEqual(['Envoy']); // the repeat `envoy` is dropped too
  });

  it('never attach a mined definition, a wiki link or a mention to the concept (an alias does)', async () => {
    const asKeywords = await build('aliases: [MP]\nkeywords: [Sidecar proxy, 节点代理]');
    const mesh = concept(asKeywords, 'mesh');
    expect(mesh.excerpts).toEqual([]);
    expect(mesh.aliases).toEqual(['MP']);
    const own = asKeywords.concepts.filter((c) => c.id !== 'mesh' && c.id !== 'root').map((c) => c.title);
    expect(own).toEqual(expect.arrayContaining(['Sidecar proxy', '节点代理']));
    expect(asKeywords.edges.filter((e) => e.to === 'mesh' && e.type === 'mentions')).toEqual([]);

    // The same words as aliases: both definitions attach to the concept and the link resolves to it.
    const asAliases = await build('aliases: [MP, Sidecar proxy, 节点代理]');
    expect(asAliases.concepts.map((c) => c.title)).not.toContain('Sidecar proxy');
    expect(concept(asAliases, 'mesh').excerpts.length).toBeGreaterThan(0);
  });

  it('do not resolve a wiki link', async () => {
    const g = await build('keywords: [ztunnel]', { 'notes/n.md': '# 随记\n\n见 [[ztunnel]]。\n' });
    expect(diag(g, 'dangling-reference').map((d) => `${d.file}:${d.line}`)).toEqual(['notes/n.md:3']);
    const named = await build('aliases: [ztunnel]', { 'notes/n.md': '# 随记\n\n见 [[ztunnel]]。\n' });
    expect(diag(named, 'dangling-reference')).toEqual([]);
  });

  it('are searchable (English and Chinese), ranked below a concept that has the word as a name', async () => {
    const g = await build('aliases: [MP]\nkeywords: [Envoy, 无边车模式]', {
      'concepts/envoy.md': '---\nid: envoy-proxy\ntitle: Envoy proxy\naliases: [Envoy]\nparent: mesh\n---\n\n代理。\n',
    });
    const docs = buildSearchDocs(g);
    expect(docs.find((d) => d.id === 'mesh')).toMatchObject({ a: ['MP', 'mesh'], w: ['Envoy', '无边车模式'] });
    const index = createSearchIndex(docs);
    expect(searchConcepts(index, 'envoy').hits.map((h) => h.id)).toEqual(['envoy-proxy', 'mesh']);
    expect(searchConcepts(index, '边车模式').hits.map((h) => h.id)).toEqual(['mesh']);
  });

  it('are found by the map search, after a concept named by the word, saying which keyword matched', async () => {
    const g = await build('aliases: [MP]\nkeywords: [Envoy, 无边车模式]', {
      'concepts/envoy.md': '---\nid: envoy-proxy\ntitle: Envoy proxy\naliases: [Envoy]\nparent: mesh\n---\n\n代理。\n',
    });
    const data = buildMapData(g);
    expect(data.nodes.find((n) => n.id === 'mesh')).toMatchObject({ a: ['MP'], kw: ['Envoy', '无边车模式'] });
    const m = buildModel(data);
    expect(searchMap(m, 'envoy')).toEqual([{ id: 'envoy-proxy', via: 'Envoy' }, { id: 'mesh', via: 'Envoy' }]);
    expect(searchMap(m, '边车模式')).toEqual([{ id: 'mesh', via: '无边车模式' }]);
  });

  it('are shown on the page apart from the other names; API fields among them as related fields', async () => {
    const g = await build('aliases: [MP]\nkeywords: [Envoy, <b>x</b>, maxSurge, MP]', {});
    const c = concept(g, 'mesh');
    expect(aliasGroups(c)).toEqual({ names: ['MP'], fields: ['maxSurge'], keywords: ['Envoy', '<b>x</b>'] });
  });
});
