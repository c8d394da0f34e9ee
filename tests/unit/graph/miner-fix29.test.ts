/**
 * fix29 (docs/miner.md, "fix29"): the QA's findings on a CSDN / 掘金 writer's chapters (qa49), as general
 * rules, on chapters written for this test (tests/fixtures/fix29, one folder a case; never the QA's).
 * Look-alikes must stay as they were.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../../src/graph/model.ts';
import { loadGraph } from '../../../src/graph/load.ts';
import { notAnAliasOf, notAnotherName } from '../../../src/graph/miner/alias-shapes.ts';
import { HEAD_NOUNS, headNounOf, latinRuns, notThatSort, type NameSpan } from '../../../src/graph/miner/mentions.ts';
import { joinedNames, siblingFields } from '../../../src/graph/miner/joined-siblings.ts';
import { enumValueTable } from '../../../src/graph/miner/setting-tables.ts';
import { byTitle, cleanup, copyFixture, fixtureChapters, mineNotes } from './helpers.ts';

afterAll(cleanup);

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/fix29');
const mine = (dir: string): Promise<Graph> => mineNotes(fixtureChapters(path.join(FIXTURES, dir)));
const find = (g: Graph, title: string) => g.concepts.find((c) => c.title === title);

describe('fix29 finding 1: a component explained is a concept, a component at work is not', () => {
  it('a section whose heading names kube-scheduler, its first sentence saying what it does', async () => {
    const g = await mine('f1a');
    expect(byTitle(g, 'kube-scheduler').kind).toBe('term');
  });
  it('a component glossed in its sentence (`containerd（…运行时）负责…`)', async () => {
    const g = await mine('f1b');
    expect(byTitle(g, 'containerd').kind).toBe('term');
    // (`## 节点上跑容器的是谁` is a question, no other name of it)
    expect(byTitle(g, 'containerd').aliases).not.toContain('节点上跑容器的是谁');
  });
  it('look-alike: kube-scheduler at work in a section about scaling a Deployment', async () => {
    const g = await mine('f1x');
    expect(find(g, 'kube-scheduler')).toBeUndefined();
    expect(byTitle(g, 'replicas').kind).toBe('field');
  });
});

describe('fix29 finding 2: a field in a table of a container\'s fields is the container\'s', () => {
  it('`command` beside image/workingDir/env, with an exec probe below', async () => {
    const g = await mine('f2a');
    expect(byTitle(g, 'command').fieldPath).toBe('spec.containers[].command');
  });
  it('`command` in a `| 参数 | 作用 |` table after a readinessProbe exec example', async () => {
    const g = await mine('f2b');
    expect(byTitle(g, 'command').fieldPath).toBe('spec.containers[].command');
  });
  it('look-alike: a table of a probe\'s parameters keeps the probe\'s exec command', async () => {
    const g = await mine('f2x');
    expect(byTitle(g, 'command').fieldPath).toBe('spec.containers[].livenessProbe.exec.command');
  });
});

describe('fix29 finding 3: a field joined to an accepted sibling field is taken with it', () => {
  it('the rule: sibling places of one owner, names joined by 和 / 与 / 、', () => {
    expect(siblingFields('postStart', 'preStop')).toBe(true);
    expect(siblingFields('runAsUser', 'runAsGroup')).toBe(true);
    expect(siblingFields('postStart', 'livenessProbe')).toBe(false);
    expect(siblingFields('replicas', 'Recreate')).toBe(false);
    expect(joinedNames({ before: '分别是 postStart 和 ', after: '。', rest: '。' })).toEqual(['postStart']);
    expect(joinedNames({ before: '', after: ' 与 `runAsGroup`', rest: ' 与 `runAsGroup`。' })).toEqual(['runAsGroup']);
  });
  it('preStop after postStart (`postStart 和 preStop`, then a clause each)', async () => {
    const g = await mine('f3a');
    expect(byTitle(g, 'preStop').fieldPath).toBe('spec.containers[].lifecycle.preStop');
  });
  it('runAsGroup after runAsUser', async () => {
    const g = await mine('f3b');
    expect(byTitle(g, 'runAsGroup').fieldPath).toBe('spec.containers[].securityContext.runAsGroup');
  });
});

describe('fix29 finding 4: no alias is a piece of a longer name, a two-letter generic, or half of a pair', () => {
  it('the shapes, with their look-alikes', () => {
    expect(notAnAliasOf('IP', ['ClusterIP'])).toBe('name-fragment');
    expect(notAnAliasOf('Service', ['Headless Service'])).toBe('name-fragment');
    expect(notAnAliasOf('IP', ['虚拟地址'])).toBe('short-generic');
    expect(notAnAliasOf('PV', ['Persistent Volume'])).toBeUndefined();
    expect(notAnAliasOf('SA', ['ServiceAccount'])).toBeUndefined();
    expect(notAnAliasOf('iptables 模式', ['iptables'])).toBeUndefined();
    expect(notAnAliasOf('HPA', ['HorizontalPodAutoscaler'])).toBeUndefined();
    // lead47: a bracket naming another API kind (`独立于 Pod（PV）`) is no other name of the kind
    expect(notAnAliasOf('PV', ['Pod'])).toBe('another-kind');
    expect(notAnAliasOf('EndpointSlice', ['Endpoints'])).toBe('another-kind');
    expect(notAnAliasOf('PVC', ['PersistentVolumeClaim'])).toBeUndefined();
    expect(notAnAliasOf('deploy', ['Deployment'])).toBeUndefined();
    expect(notAnAliasOf('PV', ['持久卷'])).toBeUndefined();
    expect(notAnotherName('preStop 与')).toBe('dangling-joiner');
    expect(notAnotherName('Pod 与容器')).toBeUndefined();
  });
  it('`ip_vs`, `nf_conntrack` are one word each: `ip` is not written there', () => {
    const spans: NameSpan[] = [];
    latinRuns('先加载 ip_vs 模块，再看 nf_conntrack 表', { file: 'x', line: 1, column: 1 }, 0, spans);
    expect(spans.map((s) => s.text)).not.toContain('ip');
    expect(spans.map((s) => s.text)).toContain('ip_vs');
  });
});

describe('fix29 finding 5: `pause 容器` is a container, not the rollout\'s pause', () => {
  it('the rule', () => {
    const container = HEAD_NOUNS.find((h) => h.noun === '容器')!;
    expect(headNounOf('pause', ' 容器，它')?.noun).toBe('容器');
    expect(headNounOf('pause', ' 上线，')).toBeUndefined();
    expect(headNounOf('kubelet', ' 进程')).toBeUndefined();
    expect(notThatSort(container, ['Pause/resume', 'pause', 'resume'])).toBe(true);
    expect(notThatSort(container, ['Sidecar', 'sidecar container', '边车容器'])).toBe(false);
  });
  it('with a map: `pause 容器` and `pause 镜像` link nowhere; `pause 上线` and `sidecar 容器` still link', async () => {
    const g = await loadGraph(await copyFixture(path.join(FIXTURES, 'f5a')), { layout: false });
    const toPause = g.edges.filter((e) => e.type === 'mentions' && e.to === 'pause-resume' && e.source?.file === 'notes/沙箱.md');
    expect(toPause.map((e) => e.source!.line)).toEqual([9]);
    expect(g.edges.some((e) => e.type === 'mentions' && e.to === 'sidecar' && e.source?.file === 'notes/沙箱.md')).toBe(true);
    const body = g.notes!.find((n) => n.file === 'notes/沙箱.md')!.body ?? '';
    expect(body).not.toMatch(/concept-link">pause<\/a> 容器/);
    expect(body).toMatch(/concept-link">pause<\/a> 上线/);
    expect(body).toMatch(/concept-link">sidecar<\/a> 容器/);
    // (the Service note's `ip_vs` is no mention of anything)
    expect(g.edges.some((e) => e.type === 'mentions' && e.source?.file === 'notes/服务.md' && e.label === 'ip')).toBe(false);
  });
});

describe('fix29 finding 6: a table of one field\'s values next to a YAML example of its kind', () => {
  it('the rule', () => {
    expect(enumValueTable(['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'], new Set(['Service']), '类型')?.path).toBe('spec.type');
    expect(enumValueTable(['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'], new Set(['Pod']), '类型')).toBeUndefined();
    // (a table of bare values, `| 取值 | … |`: the labels leave such rows out; corpus README)
    expect(enumValueTable(['Always', 'IfNotPresent', 'Never'], new Set(['Pod']), '取值')).toBeUndefined();
    // (a nested field's values, a taint's effect, hostPath's type: left out, as the dev labels do)
    expect(enumValueTable(['NoSchedule', 'PreferNoSchedule', 'NoExecute'], new Set(['Node']), '类型')).toBeUndefined();
    expect(enumValueTable(['Small', 'Medium', 'Large'], new Set(['Pod']), '类型')).toBeUndefined();
  });
  it('Service types under Service', async () => {
    const g = await mine('f7a');
    for (const v of ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName']) expect(byTitle(g, v).parent).toBe(byTitle(g, 'Service').id);
  });
  it('look-alike: taint effects (a nested field) next to a Node example stay as they were', async () => {
    const g = await mine('f7b');
    expect(find(g, 'PreferNoSchedule')).toBeUndefined();
  });
  it('look-alike: a `| 取值 | … |` table of imagePullPolicy values stays as it was (no value taken)', async () => {
    const g = await mine('f7y');
    expect(find(g, 'IfNotPresent')).toBeUndefined();
  });
  it('look-alike: a table of sizes is no values table of the API', async () => {
    const g = await mine('f7x');
    expect(find(g, 'Small')).toBeUndefined();
  });
});

describe('fix29 finding 7: an example goes to the kind it declares', () => {
  it('a Deployment example in a Pod chapter: Deployment\'s, not Pod\'s', async () => {
    const g = await mine('f6a');
    const ex = g.examples.find((e) => e.kinds.includes('Deployment'))!;
    expect(ex.conceptIds).toContain(byTitle(g, 'Deployment').id);
    expect(ex.conceptIds).not.toContain(byTitle(g, 'Pod').id);
  });
  it('a Pod example in a troubleshooting chapter: Pod\'s too; the chapter\'s home, a topic, keeps it', async () => {
    const g = await mine('f6b');
    const ex = g.examples.find((e) => e.kinds.includes('Pod'))!;
    expect(ex.conceptIds).toContain(byTitle(g, 'Pod').id);
    const home = g.notes!.find((n) => n.file === 'notes/01-排障.md')!.home!;
    expect(g.concepts.find((c) => c.id === home)!.kind).toBe('topic');
    expect(ex.conceptIds).toContain(home);
  });
});
