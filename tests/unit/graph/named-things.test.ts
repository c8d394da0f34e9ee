/**
 * The named-things vocabulary (k8s-names.json), named things as prose subjects (prose.ts shape
 * `named-thing`, the `known` predicates of prose-predicates.ts) and their typing (`k8s-name`):
 * positive and look-alike cases.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { loadGraph } from '../../../src/graph/index.ts';
import type { Graph } from '../../../src/graph/model.ts';
import { cleanup, contentDir } from './helpers.ts';
import { namedThing, namedThings, bareName } from '../../../src/graph/vocabulary/k8s-names.ts';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Paragraph } from 'mdast';
import { proseDefinitions } from '../../../src/graph/miner/prose.ts';
import data from '../../../src/graph/vocabulary/k8s-names.json' with { type: 'json' };

afterAll(cleanup);

const note = (...lines: string[]) => lines.join('\n') + '\n';
const defined = (g: Graph) => g.notes![0]!.defines.map((id) => g.concepts.find((c) => c.id === id)!);
const byTitle = (g: Graph, title: string) => g.concepts.find((c) => c.title === title);
const alone = async (md: string) => loadGraph(await contentDir({ 'notes/n.md': md }), { layout: false });

describe('k8s-names vocabulary', () => {
  it('records where every name came from', () => {
    expect(data.sources.length).toBeGreaterThan(0);
    for (const s of data.sources) expect(s.commit).toMatch(/^[0-9a-f]{40}$/);
    for (const n of namedThings()) expect(n.source).toMatch(/^kubernetes\/(kubernetes|website) \S+@[0-9a-f]{7}$/);
  });

  it('knows each category', () => {
    expect(namedThing('NamespaceLifecycle')?.category).toBe('admission-plugin');
    expect(namedThing('NodeResourcesFit')?.category).toBe('scheduler-plugin');
    expect(namedThing('PreFilter')?.category).toBe('scheduler-extension-point');
    expect(namedThing('ipvs')?.category).toBe('proxy-mode');
    expect(namedThing('topology.kubernetes.io/zone')?.category).toBe('well-known-label');
    expect(namedThing('node.kubernetes.io/not-ready')?.category).toBe('well-known-taint');
    expect(namedThing('kubectl drain')?.category).toBe('kubectl-command');
    expect(namedThing('`kubectl label`')?.name).toBe('kubectl label');
  });

  it('normalises case and decoration', () => {
    expect(namedThing('`NodeResourcesFit`')?.name).toBe('NodeResourcesFit');
    expect(namedThing('nodeResourcesFit')?.name).toBe('NodeResourcesFit');
    expect(namedThing('PodSecurity 准入插件')?.name).toBe('PodSecurity');
    expect(namedThing('iptables 模式')?.name).toBe('iptables');
    expect(namedThing('IPVS')?.name).toBe('ipvs');
    expect(bareName('ImageLocality plugin')).toBe('ImageLocality');
  });

  it('leaves look-alikes alone', () => {
    // one-word names only as written: `filter`, `score`, `priority` are words or configuration keys
    expect(namedThing('filter')).toBeUndefined();
    expect(namedThing('score')).toBeUndefined();
    expect(namedThing('priority')).toBeUndefined();
    expect(namedThing('Filter')?.category).toBe('scheduler-extension-point');
    // a head noun glued to an English name is part of the name (`volumeBindingMode` is a field)
    expect(namedThing('volumeBindingMode')).toBeUndefined();
    expect(namedThing('MultiPoint')).toBeUndefined();
    expect(namedThing('NodeResourcesFit 和 ImageLocality')).toBeUndefined();
    expect(namedThing('example.com/team')).toBeUndefined();
    // a bare subcommand is a plain word; a command line with arguments is not the command
    expect(namedThing('drain')).toBeUndefined();
    expect(namedThing('kubectl drain node-1')).toBeUndefined();
    expect(namedThing('kubectl frobnicate')).toBeUndefined();
  });
});

describe('named things as prose subjects', () => {
  // the subjects of a paragraph's definitions that the vocabulary knows, by their canonical name
  const names = (s: string) => [...new Set(proseDefinitions(fromMarkdown(s).children[0] as Paragraph).flatMap((d) => namedThing(d.subject)?.name ?? []))];
  it('reads a name a sentence or list item explains', () => {
    expect(names('AlwaysPullImages 默认不开，它会把每个 Pod 的拉取策略改成总是拉取。')).toEqual(['AlwaysPullImages']);
    expect(names('VolumeBinding 在调度时检查 PVC 能否绑定。')).toEqual(['VolumeBinding']);
    expect(names('还有 node.kubernetes.io/instance-type，它记录节点的机型。')).toEqual(['node.kubernetes.io/instance-type']);
    expect(names('kubernetes.io/os 与 kubernetes.io/arch：操作系统和 CPU 架构。')).toEqual(['kubernetes.io/os', 'kubernetes.io/arch']);
    expect(names('DefaultTolerationSeconds 准入插件会给每个 Pod 加上容忍。')).toEqual(['DefaultTolerationSeconds']);
    expect(names('kubectl label 用来给对象加、改、删标签。')).toEqual(['kubectl label']);
  });
  it('does not read a bare mention', () => {
    expect(names('还有 DefaultStorageClass、DefaultTolerationSeconds 这些默认就开着的插件。')).toEqual([]);
    expect(names('第二个 profile 关掉了 ImageLocality 的打分。')).toEqual([]);
    expect(names('要配合 NodeRestriction 一起用。')).toEqual([]);
    expect(names('把 topologyKey 设成 kubernetes.io/hostname 就表示按节点打散。')).toEqual([]);
    expect(names('kubectl explain 能看字段说明；kubectl api-resources 会列出资源类型。')).toEqual(['kubectl explain', 'kubectl api-resources']);
    // (rules46: a known admission plugin written with its sort and what it does is read wherever the sentence names it,
    // sort-instances.ts knownPluginWithItsSort — counted over all dev sets, 36 labels against 3 names of no label)
    expect(names('节点控制器会自动打上污点；而 DefaultTolerationSeconds 准入插件会给 Pod 加上容忍。')).toEqual(['DefaultTolerationSeconds']);
    expect(names('kubectl auth can-i 会告诉你当前用户能不能做某件事。')).toEqual([]);
    expect(names('手动加污点用 kubectl taint，写法是 kubectl taint nodes worker-3 dedicated=gpu:NoSchedule。')).toEqual([]);
  });
});

describe('named things in a note', () => {
  it('makes an explained plugin, mode, label key or command a term under its canonical name', async () => {
    const g = await alone(note(
      '# 调度器插件',
      '',
      '- **`nodeResourcesFit`**：检查节点的可分配资源够不够。',
      '- **ImageLocality 插件**：节点上已有镜像时加分。',
      '- **kubernetes.io/hostname**：kubelet 自动打上的节点名标签。',
      '',
      'ipvs 模式下，kube-proxy 用内核的 IPVS 转发。',
      '',
      'AlwaysPullImages 默认不开，它会把拉取策略改成总是拉取。',
    ));
    for (const name of ['NodeResourcesFit', 'ImageLocality', 'kubernetes.io/hostname', 'AlwaysPullImages']) {
      expect(byTitle(g, name), name).toMatchObject({ kind: 'term' });
    }
    expect(defined(g).map((c) => c.title)).toContain('NodeResourcesFit');
  });

  it('leaves look-alikes as they were: a field, an API kind, a bare mention', async () => {
    const g = await alone(note(
      '# Pod 调度',
      '',
      '**NodeAffinity**：Pod 上的节点亲和性，写在 spec.affinity 里。',
      '',
      '**ServiceAccount**：Pod 用来访问 apiserver 的身份。',
      '',
      '这次把 ImageLocality 的打分关掉了，顺便看了 PodTopologySpread 的参数。',
    ));
    expect(byTitle(g, 'NodeAffinity')).toBeUndefined();
    expect(defined(g).find((c) => c.fieldPath === 'spec.affinity.nodeAffinity')).toMatchObject({ kind: 'field' });
    expect(byTitle(g, 'ServiceAccount')).toMatchObject({ kind: 'object' });
    expect(byTitle(g, 'ImageLocality')).toBeUndefined();
    expect(byTitle(g, 'PodTopologySpread')).toBeUndefined();
  });

  it('links a bare mention in another note to the concept, never a new one', async () => {
    const g = await loadGraph(await contentDir({
      'notes/a.md': note('# 插件', '', '- **NodeResourcesFit**：检查节点的可分配资源够不够。'),
      'notes/b.md': note('# 调优', '', '这次把 NodeResourcesFit 的打分策略换成了 MostAllocated。'),
    }), { layout: false });
    const b = g.notes!.find((n) => n.file === 'notes/b.md')!;
    expect(b.defines).toEqual([]);
    expect(b.mentions).toEqual([byTitle(g, 'NodeResourcesFit')!.id]);
    expect(g.concepts.filter((c) => c.title === 'NodeResourcesFit')).toHaveLength(1);
  });

  it('names the rule, the category and the source in --explain', async () => {
    const dir = await contentDir({ 'notes/n.md': note('# 准入', '', '- **NamespaceLifecycle**：拒绝在正在删除的命名空间里创建对象。') });
    const r = spawnSync(process.execPath, ['src/cli/main.ts', 'graph', '--content', dir, '--explain', 'NamespaceLifecycle'], { encoding: 'utf8' });
    expect(r.stdout).toMatch(/\[bold-colon → k8s-name \(admission plugin, kubernetes\/kubernetes pkg\/kubeapiserver\/options\/plugins\.go@[0-9a-f]{7}\)\]/);
  });
});

describe('control-plane node labels and taints (kubeadm constants, the website\'s well-known taints page)', () => {
  it('knows node-role.kubernetes.io/control-plane as a label that is also a taint key, from kubeadm', () => {
    const t = namedThing('node-role.kubernetes.io/control-plane');
    expect(t).toMatchObject({ category: 'well-known-label', taint: true });
    expect(t?.deprecated).toBeUndefined();
    expect(t?.source).toMatch(/^kubernetes\/kubernetes cmd\/kubeadm\/app\/constants\/constants\.go@/);
    expect(namedThing('`node-role.kubernetes.io/control-plane` 污点')?.name).toBe('node-role.kubernetes.io/control-plane');
  });

  it('knows the old node-role.kubernetes.io/master taint, deprecated', () => {
    const t = namedThing('node-role.kubernetes.io/master');
    expect(t).toMatchObject({ category: 'well-known-taint', deprecated: true });
    expect(t?.source).toMatch(/^kubernetes\/website content\/en\/docs\/reference\/labels-annotations-taints\/taints\.md@/);
  });

  it('knows node.kubernetes.io/exclude-from-external-load-balancers (the core API\'s label) and the cloud provider taints', () => {
    expect(namedThing('node.kubernetes.io/exclude-from-external-load-balancers')).toMatchObject({ category: 'well-known-label' });
    expect(namedThing('node.kubernetes.io/exclude-from-external-load-balancers')?.source).toMatch(/well_known_labels\.go@/);
    expect(namedThing('node.cloudprovider.kubernetes.io/uninitialized')?.category).toBe('well-known-taint');
    // each name once, whatever number of sources give it
    const all = namedThings().map((n) => n.name);
    expect(new Set(all).size).toBe(all.length);
    // look-alikes: another role, a key without the prefix
    expect(namedThing('node-role.kubernetes.io/worker')).toBeUndefined();
    expect(namedThing('control-plane')).toBeUndefined();
  });

  it('makes an explained control-plane taint a term, and the deprecated one too', async () => {
    const g = await alone(note(
      '# 控制平面节点',
      '',
      '**node-role.kubernetes.io/control-plane**：kubeadm 给控制平面节点打的污点，普通 Pod 默认不调度上去。',
      '',
      '**node-role.kubernetes.io/master**：老版本用的同一个污点，1.25 起 kubeadm 不再设置。',
    ));
    expect(byTitle(g, 'node-role.kubernetes.io/control-plane')).toMatchObject({ kind: 'term' });
    expect(byTitle(g, 'node-role.kubernetes.io/master')).toMatchObject({ kind: 'term' });
  });
});
