/**
 * kinds36 (docs/miner.md, "kinds36"): the three affinities of a Pod (`nodeAffinity`, `podAffinity`,
 * `podAntiAffinity`) hold fields of the same names (`requiredDuringSchedulingIgnoredDuringExecution`,
 * `preferredDuringSchedulingIgnoredDuringExecution`); the catalogue lists them first under
 * nodeAffinity, so a rule list explained under `## Pod 反亲和` was read as the node affinity's. They
 * are a group of NEAREST_HOLDER_RULE (holder-chain.ts): the affinity a parent bullet or a heading
 * names, alone, takes the field. Notes written for this test, with look-alikes that must not change.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../../src/graph/model.ts';
import { loadGraph } from '../../../src/graph/index.ts';
import { holderGroupOf, holdersNamedIn, placeUnderHolder } from '../../../src/graph/miner/holder-chain.ts';
import { fieldAt } from '../../../src/graph/vocabulary/index.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const note = (...lines: string[]) => lines.join('\n') + '\n';
const mine = async (...lines: string[]): Promise<Graph> => loadGraph(await contentDir({ 'notes/n.md': note(...lines) }), { layout: false });
const paths = (g: Graph, title: string) => g.concepts.filter((c) => c.title === title).map((c) => `${c.kind}|${c.owner ?? 'Pod'}|${c.fieldPath ?? ''}`);

const REQ = 'requiredDuringSchedulingIgnoredDuringExecution';
const PREF = 'preferredDuringSchedulingIgnoredDuringExecution';

/** A rule list under a heading (no example sets the two fields). */
const rules = (heading: string) => [
  '# 调度笔记',
  '',
  '订单服务有 8 个副本，跑在三个机房。',
  '',
  heading,
  '',
  `- **${REQ}：** 硬规则，调度时必须满足，满足不了 Pod 就一直 Pending。`,
  `- **${PREF}：** 软规则，每条带一个权重，只影响打分。`,
  '',
];

describe('the affinity group: its parts', () => {
  const group = holderGroupOf('podAntiAffinity')!;
  it('is one group of the three affinities', () => {
    expect(group.map((h) => h.field)).toEqual(['nodeAffinity', 'podAffinity', 'podAntiAffinity']);
    expect(holderGroupOf('nodeAffinity')).toBe(group);
  });
  it('reads which affinity a heading names: by the API name or a Chinese or English name, one or several', () => {
    expect(holdersNamedIn('## Pod 反亲和（podAntiAffinity）', group)).toEqual({ one: 'podAntiAffinity' });
    expect(holdersNamedIn('## 反亲和性', group)).toEqual({ one: 'podAntiAffinity' });
    expect(holdersNamedIn('## 节点亲和性', group)).toEqual({ one: 'nodeAffinity' });
    expect(holdersNamedIn('## Pod 间亲和', group)).toEqual({ one: 'podAffinity' });
    expect(holdersNamedIn('### Node Affinity', group)).toEqual({ one: 'nodeAffinity' });
    expect(holdersNamedIn('## Pod 亲和与反亲和', group)).toEqual({ several: true });
    expect(holdersNamedIn('## podAffinity 和 podAntiAffinity', group)).toEqual({ several: true });
    expect(holdersNamedIn('## 亲和性', group)).toBeUndefined();
    expect(holdersNamedIn('## 拓扑分布约束', group)).toBeUndefined();
  });
  it('moves a field to the named affinity, where the API has it there', () => {
    const node = fieldAt('Pod', `spec.affinity.nodeAffinity.${REQ}`)!;
    expect(placeUnderHolder(node, 'podAntiAffinity')?.path).toBe(`spec.affinity.podAntiAffinity.${REQ}`);
    expect(placeUnderHolder(node, 'podAffinity')?.path).toBe(`spec.affinity.podAffinity.${REQ}`);
    expect(placeUnderHolder(node, 'nodeAffinity')).toBeUndefined();
  });
});

describe('a rule list under a heading naming one affinity is that affinity\'s', () => {
  it('under `## Pod 反亲和（podAntiAffinity）`: the anti-affinity\'s (the base read the node affinity\'s)', async () => {
    const g = await mine(...rules('## Pod 反亲和（podAntiAffinity）'));
    expect(paths(g, REQ)).toEqual([`field|Pod|spec.affinity.podAntiAffinity.${REQ}`]);
    expect(paths(g, PREF)).toEqual([`field|Pod|spec.affinity.podAntiAffinity.${PREF}`]);
  });
  it('under `## Pod 间亲和`: the Pod affinity\'s', async () => {
    const g = await mine(...rules('## Pod 间亲和'));
    expect(paths(g, REQ)).toEqual([`field|Pod|spec.affinity.podAffinity.${REQ}`]);
  });
  it('look-alike: under `## 节点亲和（nodeAffinity）` the node affinity\'s, as before', async () => {
    const g = await mine(...rules('## 节点亲和（nodeAffinity）'));
    expect(paths(g, REQ)).toEqual([`field|Pod|spec.affinity.nodeAffinity.${REQ}`]);
  });
  it('look-alike: a heading naming two affinities, or none, pins nothing (the reading as before)', async () => {
    const both = await mine(...rules('## Pod 亲和与反亲和'));
    const none = await mine(...rules('## 亲和性'));
    expect(paths(both, REQ)).toEqual(paths(none, REQ));
    expect(paths(none, REQ)).toEqual([`field|Pod|spec.affinity.nodeAffinity.${REQ}`]);
  });
  it('look-alike: a field the note\'s example sets keeps the example\'s place, whatever the heading', async () => {
    const g = await mine(
      ...rules('## Pod 反亲和'),
      '```yaml',
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: order',
      'spec:',
      '  affinity:',
      '    nodeAffinity:',
      `      ${REQ}:`,
      '        nodeSelectorTerms:',
      '        - matchExpressions:',
      '          - key: zone',
      '            operator: In',
      '            values: [a]',
      '  containers:',
      '  - name: order',
      '    image: order:1',
      '```',
    );
    expect(paths(g, REQ)).toEqual([`field|Pod|spec.affinity.nodeAffinity.${REQ}`]);
  });
});
