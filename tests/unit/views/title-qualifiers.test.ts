/**
 * Concepts of one name told apart where they are shown together (src/views/title-qualifiers.ts):
 * a field by its owner kind or path, anything else by its nearest ancestor of another name; the
 * local graph's ring labels carry the qualifier only when the clash is drawn.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/graph/index.ts';
import { indexGraph } from '../../../src/graph/graph-index.ts';
import type { Graph } from '../../../src/graph/model.ts';
import { nameKey, shownQualifiers, titleQualifiers } from '../../../src/views/title-qualifiers.ts';
import { buildLocalGraph } from '../../../src/views/local-graph.ts';
import { createViews } from '../../../src/views/index.ts';
import { cleanup, contentDir } from '../graph/helpers.ts';

afterAll(cleanup);

const field = (id: string, title: string, owner: string, fieldPath: string): string =>
  `---\nid: ${id}\ntitle: ${title}\nkind: field\nowner: ${owner}\nfieldPath: ${fieldPath}\n---\n\n说明 ${title}。\n`;
const plain = (id: string, title: string, kind: string): string => `---\nid: ${id}\ntitle: ${title}\nkind: ${kind}\n---\n\n说明 ${title}。\n`;

async function sample(): Promise<Graph> {
  const dir = await contentDir({
    'map.md': [
      '- 技能图谱 {#root}',
      '  - ConfigMap {#config-map}',
      '    - immutable {#cm-immutable}',
      '  - Secret {#secret}',
      '    - Immutable {#secret-immutable}',
      '  - Pod {#pod}',
      '    - securityContext {#pod-sc}',
      '    - securityContext {#ctr-sc}',
      '  - 存储 {#storage}',
      '    - PersistentVolume {#pv}',
      '      - Bound {#pv-bound}',
      '    - PersistentVolumeClaim {#pvc}',
      '      - Bound {#pvc-bound}',
      '  - 调度 {#scheduling}',
      '    - 亲和性 {#affinity-a}',
      '  - 网络 {#networking}',
      '    - 亲和性 {#affinity-b}',
      '  - Service {#service}',
      '',
    ].join('\n'),
    'concepts/config-map.md': plain('config-map', 'ConfigMap', 'object'),
    'concepts/secret.md': plain('secret', 'Secret', 'object'),
    'concepts/pod.md': plain('pod', 'Pod', 'object'),
    'concepts/cm-immutable.md': field('cm-immutable', 'immutable', 'ConfigMap', 'immutable'),
    'concepts/secret-immutable.md': field('secret-immutable', 'Immutable', 'Secret', 'immutable'),
    'concepts/pod-sc.md': field('pod-sc', 'securityContext', 'Pod', 'spec.securityContext'),
    'concepts/ctr-sc.md': field('ctr-sc', 'securityContext', 'Pod', 'spec.containers[].securityContext'),
    'concepts/pv-bound.md': plain('pv-bound', 'Bound', 'state'),
    'concepts/pvc-bound.md': plain('pvc-bound', 'Bound', 'state'),
  });
  return loadGraph(dir, { layout: false });
}

describe('titleQualifiers', () => {
  it('gives each concept of a shared name what no other of that name has: owner kind, field path, ancestor', async () => {
    const graph = await sample();
    const q = titleQualifiers(graph);
    // Owner kinds differ (letter case aside, `immutable` and `Immutable` clash).
    expect(q.get('cm-immutable')).toEqual({ zh: 'ConfigMap', en: 'ConfigMap' });
    expect(q.get('secret-immutable')).toEqual({ zh: 'Secret', en: 'Secret' });
    // One owner: the paths tell them apart.
    expect(q.get('pod-sc')).toEqual({ zh: 'spec.securityContext', en: 'spec.securityContext' });
    expect(q.get('ctr-sc')).toEqual({ zh: 'spec.containers[].securityContext', en: 'spec.containers[].securityContext' });
    // States (no owner, no path): the nearest ancestor.
    expect(q.get('pv-bound')!.zh).toBe('PersistentVolume');
    expect(q.get('pvc-bound')!.zh).toBe('PersistentVolumeClaim');
    // Terms under two branches: the branch.
    expect(q.get('affinity-a')!.zh).toBe('调度');
    expect(q.get('affinity-b')!.zh).toBe('网络');
    // A name nobody else has gets none.
    for (const id of ['config-map', 'secret', 'pod', 'service', 'root']) expect(q.has(id)).toBe(false);
    // Built once per graph.
    expect(titleQualifiers(graph)).toBe(q);
  });

  it('shows a qualifier only where two shown concepts share a name', async () => {
    const graph = await sample();
    const { byId } = indexGraph(graph);
    const q = titleQualifiers(graph);
    const get = (...ids: string[]) => ids.map((id) => byId.get(id)!);
    // The ConfigMap's page lists its immutable alone: nothing clashes.
    expect(shownQualifiers(get('config-map', 'cm-immutable'), q).size).toBe(0);
    // The Secret's immutable on the ConfigMap's immutable's page: qualified (the page's own too, which the page does not show).
    expect([...shownQualifiers(get('cm-immutable', 'secret-immutable', 'config-map'), q).keys()].sort()).toEqual(['cm-immutable', 'secret-immutable']);
    // One concept listed twice is no clash.
    expect(shownQualifiers(get('cm-immutable', 'cm-immutable'), q).size).toBe(0);
    expect(nameKey({ title: ' Immutable ', titleZh: undefined })).toBe('immutable');
  });

  it('leaves a graph without shared names alone', async () => {
    const dir = await contentDir({ 'map.md': '- Root {#root}\n  - Pod {#pod}\n  - Service {#service}\n' });
    const graph = await loadGraph(dir, { layout: false });
    expect(titleQualifiers(graph).size).toBe(0);
    const views = createViews(graph, { base: '/', sources: { projectRoot: dir, contentDir: dir, repoUrl: '', editBranch: 'main' } });
    expect(views.qualifiers(graph.concepts).size).toBe(0);
  });
});

describe('the local graph', () => {
  it('names a ring node like the centre with its qualifier, and sizes its box for it', async () => {
    const graph = await sample();
    // A related edge between the two immutables puts one on the other's ring (added before the graph is indexed).
    graph.edges.push({ from: 'secret-immutable', to: 'cm-immutable', type: 'related', source: { file: 'map.md', line: 1, column: 1 } });
    const index = indexGraph(graph);
    // As createViews gives it: the index's lookups and the qualifiers of drawn concepts.
    const lg = buildLocalGraph({ ...index, qualify: (drawn) => shownQualifiers(drawn, titleQualifiers(graph)) }, 'secret-immutable', 1);
    const ring = lg.nodes.find((n) => n.id === 'cm-immutable')!;
    expect(ring.zh.replace(/\n/g, ' ')).toContain('immutable · ConfigMap');
    const centre = lg.nodes.find((n) => n.id === 'secret-immutable')!;
    expect(centre.zh).not.toContain('·');
    // Without `qualify` (a bare source), labels stay as they were.
    const bare = buildLocalGraph({ byId: index.byId, outgoing: index.outgoing, incoming: index.incoming }, 'secret-immutable', 1);
    const plainRing = bare.nodes.find((n) => n.id === 'cm-immutable')!;
    expect(plainRing.zh).toBe('immutable');
    expect(ring.w).toBeGreaterThan(plainRing.w);
    // The parent (Secret) shares no name: unqualified.
    expect(lg.nodes.find((n) => n.id === 'secret')!.zh).toBe('Secret');
    // The site's views draw the same (one source object per graph).
    const views = createViews(graph, { base: '/', sources: { projectRoot: '/', contentDir: '/', repoUrl: '', editBranch: 'main' } });
    expect(views.localGraph('secret-immutable', 1).nodes.find((n) => n.id === 'cm-immutable')!.zh).toBe(ring.zh);
  });
});
