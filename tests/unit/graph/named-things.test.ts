/** The named-things vocabulary (k8s-names.json) and the `k8s-name-subject` rule: positive and look-alike cases. */
import { describe, expect, it } from 'vitest';
import { namedThing, namedThings, bareName } from '../../../src/graph/vocabulary/k8s-names.ts';
import { namedSubjects } from '../../../src/graph/miner/named-things.ts';
import data from '../../../src/graph/vocabulary/k8s-names.json' with { type: 'json' };

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

describe('k8s-name-subject', () => {
  const names = (s: string) => namedSubjects(s).map((x) => x.thing.name);
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
    expect(names('kubectl auth can-i 会告诉你当前用户能不能做某件事。')).toEqual([]);
    expect(names('手动加污点用 kubectl taint，写法是 kubectl taint nodes worker-3 dedicated=gpu:NoSchedule。')).toEqual([]);
  });
});
