/**
 * fix28 (docs/miner.md, "fix28"): the QA's findings on a real user's 语雀 / Notion export (qa47), as
 * general rules, on chapters written for this test (tests/fixtures/fix28, one folder a case; never
 * the QA's). Look-alikes must stay as they were.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../../src/graph/model.ts';
import { isPropertyBlock } from '../../../src/graph/miner/property-block.ts';
import { glossedComponent } from '../../../src/graph/miner/component-names.ts';
import { NAME_FRAGMENT_RULE, fragmentOf } from '../../../src/graph/miner/name-fragments.ts';
import { placeNamedByParagraph } from '../../../src/graph/miner/paragraph-holder.ts';
import { valueFieldsOf } from '../../../src/graph/miner/field-values.ts';
import { fieldAt } from '../../../src/graph/vocabulary/index.ts';
import { joinedGlossaryTitle } from '../../../src/graph/miner/title-glossary.ts';
import { sortOfKind } from '../../../src/graph/miner/kind-sorts.ts';
import { byTitle, cleanup, parentTitle, mineNotes, fixtureChapters } from './helpers.ts';

afterAll(cleanup);

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/fix28');

/** A fixture folder's chapters as notes (file → lines). */
const chapters = (dir: string): Record<string, string[]> => fixtureChapters(path.join(FIXTURES, dir));

const mine = (dir: string): Promise<Graph> => mineNotes(chapters(dir));
const find = (g: Graph, title: string) => g.concepts.find((c) => c.title === title);

describe('fix28 finding 1: a Notion property block is metadata', () => {
  it('the block shape: every line `Name: value`, one of them a property Notion writes', () => {
    expect(isPropertyBlock(['Created: 2025年1月3日 上午9:12', 'Tags: 配置, k8s', 'Status: 已完成'])).toBe(true);
    expect(isPropertyBlock(['Last edited time: 2025年2月8日', 'Priority: 高'])).toBe(true);
    expect(isPropertyBlock(['状态: 进行中'])).toBe(true);
    // look-alikes: content that opens with a name and a colon
    expect(isPropertyBlock(['Service: 给一组 Pod 一个稳定的入口'])).toBe(false);
    expect(isPropertyBlock(['Status: 进行中', 'Pod 的 status 字段由 kubelet 上报。'])).toBe(false);
  });

  it('`Status:` under the title makes no Pod status field; the chapter is still mined', async () => {
    const g = await mine('f1a');
    expect(find(g, 'status')).toBeUndefined();
    expect(g.concepts.some((c) => c.excerpts.some((e) => e.source.line <= 5 && e.source.line >= 3))).toBe(false);
    expect(byTitle(g, 'envFrom').kind).toBe('field');
  });

  it('`Priority:` in another block makes no `priority` field', async () => {
    const g = await mine('f1b');
    expect(find(g, 'priority')).toBeUndefined();
    expect(byTitle(g, 'backoffLimit').kind).toBe('field');
  });
});

describe('fix28 finding 2: a component glossed by its Chinese role is the component', () => {
  it('the rule', () => {
    expect(glossedComponent('调度器', ['kube-scheduler'])).toBe('kube-scheduler');
    expect(glossedComponent('指标服务', ['metrics-server'])).toBe('metrics-server');
    expect(glossedComponent('滚动更新', ['RollingUpdate'])).toBeUndefined();
    expect(glossedComponent('Scheduler', ['kube-scheduler'])).toBeUndefined();
  });

  it('`控制器管理器（kube-controller-manager）…` is titled kube-controller-manager, the Chinese its other name', async () => {
    const g = await mine('f2a');
    const c = byTitle(g, 'kube-controller-manager');
    expect(c.aliases).toContain('控制器管理器');
    expect(find(g, '控制器管理器')).toBeUndefined();
  });

  it('`调度器（kube-scheduler）` likewise', async () => {
    const g = await mine('f2b');
    expect(byTitle(g, 'kube-scheduler').aliases).toContain('调度器');
  });
});

describe('fix28 finding 3: a piece of a longer API name is no term', () => {
  it('the rule: mid-word at a hump of a name the API has; a name that only opens a longer one is kept', () => {
    expect(fragmentOf(NAME_FRAGMENT_RULE.example.name, NAME_FRAGMENT_RULE.example.text)).toBe('requiredDuringSchedulingIgnoredDuringExecution');
    expect(fragmentOf(NAME_FRAGMENT_RULE.lookAlike.name, NAME_FRAGMENT_RULE.lookAlike.text)).toBeUndefined();
    expect(fragmentOf('Execution', 'requiredDuringSchedulingIgnoredDuringExecution')).toBeUndefined();
  });

  it('`DuringScheduling 表示…` beside preferredDuringSchedulingIgnoredDuringExecution: no term', async () => {
    const g = await mine('f3a');
    expect(find(g, 'DuringScheduling')).toBeUndefined();
    expect(byTitle(g, 'preferredDuringSchedulingIgnoredDuringExecution').kind).toBe('field');
  });

  it('`WithHostNet 表示…` beside the value ClusterFirstWithHostNet: no term', async () => {
    const g = await mine('f3b');
    expect(find(g, 'WithHostNet')).toBeUndefined();
  });

  it('look-alike: ReadWriteOnce beside ReadWriteOncePod stays a term', async () => {
    const g = await mine('f3x');
    expect(byTitle(g, 'ReadWriteOnce').kind).toBe('term');
  });
});

describe('fix28 finding 4: a field with several places takes the one its paragraph names', () => {
  it('the rule', () => {
    const spread = fieldAt('Pod', 'spec.topologySpreadConstraints[].topologyKey')!;
    expect(placeNamedByParagraph(spread, 'Pod 亲和性与反亲和性', '**podAntiAffinity**：让副本互相避开。\n`topologyKey` …')?.path).toBe('spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[].topologyKey');
    expect(placeNamedByParagraph(spread, '', '**topologySpreadConstraints**：`topologyKey` …')).toBeUndefined();
    expect(placeNamedByParagraph(spread, '', '`topologyKey` 是一个节点标签的键，podAntiAffinity 也用它')).toBeUndefined();
    // a sibling holder of the same type is struct26's shared field: the catalogue's path stays
    const timeout = fieldAt('Pod', 'spec.containers[].livenessProbe.timeoutSeconds')!;
    expect(placeNamedByParagraph(timeout, '', '**readinessProbe**：`timeoutSeconds` 设短一点')).toBeUndefined();
  });

  it('`topologyKey` in a podAntiAffinity paragraph is the anti-affinity term\'s, under podAntiAffinity', async () => {
    const g = await mine('f4a');
    expect(byTitle(g, 'topologyKey').fieldPath).toBe('spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[].topologyKey');
    expect(parentTitle(g, 'topologyKey')).toBe('podAntiAffinity');
  });

  it('look-alike: in a topologySpreadConstraints paragraph it stays there', async () => {
    const g = await mine('f4x');
    expect(byTitle(g, 'topologyKey').fieldPath).toBe('spec.topologySpreadConstraints[].topologyKey');
  });
});

describe('fix28 finding 5: Recycle is no value of a StorageClass reclaimPolicy', () => {
  it('the narrowed enum', () => {
    expect(valueFieldsOf(['Recycle']).map((o) => `${o.owner}:${o.path}`)).not.toContain('StorageClass:reclaimPolicy');
    expect(valueFieldsOf(['Retain']).map((o) => `${o.owner}:${o.path}`)).toContain('StorageClass:reclaimPolicy');
  });

  it('a StorageClass chapter: Retain, Delete under reclaimPolicy, Recycle not', async () => {
    const g = await mine('f5a');
    expect(parentTitle(g, 'Retain')).toBe('reclaimPolicy');
    expect(parentTitle(g, 'Recycle')).not.toBe('reclaimPolicy');
  });

  it('a PV chapter: no StorageClass reclaimPolicy made for Retain and Recycle', async () => {
    const g = await mine('f5b');
    expect(find(g, 'reclaimPolicy')).toBeUndefined();
    expect(parentTitle(g, 'Recycle')).toBe('persistentVolumeReclaimPolicy');
  });
});

describe('fix28 finding 8: a passage that opens with a table is summed up by it', () => {
  it('`## sessionAffinity` over its values\' table: not the next paragraph about externalTrafficPolicy', async () => {
    const g = await mine('f8a');
    const s = byTitle(g, 'sessionAffinity').summary;
    expect(s).not.toContain('externalTrafficPolicy');
    expect(s).toContain('ClientIP');
  });
});

describe('fix28 finding 9: a 语雀 `:::tips 小结` is a summary callout', () => {
  it('limits\' excerpt is its label line, not the summary', async () => {
    const g = await mine('f9a');
    expect(byTitle(g, 'limits').excerpts.map((e) => e.source.line)).not.toContain(3);
    expect(byTitle(g, 'limits').summary).toContain('OOMKill');
  });

  it('look-alike: `:::info 总结` over labels the base already read right stays right', async () => {
    const g = await mine('f9b');
    expect(byTitle(g, 'readinessProbe').excerpts.map((e) => e.source.line)).not.toContain(3);
  });
});

describe('fix28 finding 7: a title joining two glossary names is the chapter\'s subject, a topic', () => {
  it('the rule: both parts glossary names (an ending dropped, an opposite\'s prefix), written again', () => {
    expect(joinedGlossaryTitle(['污点与容忍'], '污点……容忍……')).toBe('污点与容忍');
    expect(joinedGlossaryTitle(['亲和性与反亲和性'], '亲和性……反亲和性……')).toBe('亲和性与反亲和性');
    expect(joinedGlossaryTitle(['探针与重启'], '探针……重启……')).toBeUndefined();
    expect(joinedGlossaryTitle(['污点与容忍'], '只写了标题')).toBeUndefined();
  });

  it('`# 污点和容忍`: the pair is the home, tolerations under it (not a root branch of its own)', async () => {
    const g = await mine('f7b');
    expect(byTitle(g, '污点和容忍').kind).toBe('topic');
    expect(parentTitle(g, 'tolerations')).toBe('污点和容忍');
    expect(parentTitle(g, 'effect')).toBe('tolerations');
  });

  it('`# 亲和性与反亲和性`: both fields under the pair', async () => {
    const g = await mine('f7a');
    expect(parentTitle(g, 'nodeAffinity')).toBe('亲和性与反亲和性');
    expect(parentTitle(g, 'podAntiAffinity')).toBe('亲和性与反亲和性');
  });

  it('look-alike: `# 探针与重启` (重启 is no glossary name) makes no topic', async () => {
    const g = await mine('f7x');
    expect(find(g, '探针与重启')).toBeUndefined();
  });
});

describe('fix28 finding 10: a term named as a sort of a kind hangs under the kind', () => {
  it('the rule', () => {
    expect(sortOfKind('Headless Service')).toBe('Service');
    expect(sortOfKind('静态 Pod')).toBe('Pod');
    expect(sortOfKind('Service')).toBeUndefined();
    expect(sortOfKind('Pod Security')).toBeUndefined();
  });

  it('Headless Service explained in a StatefulSet chapter, next to a Service chapter: under Service', async () => {
    const g = await mine('f10a');
    expect(parentTitle(g, 'Headless Service')).toBe('Service');
  });

  it('look-alike: 静态 Pod in a chapter about Pod stays under Pod', async () => {
    const g = await mine('f10b');
    expect(parentTitle(g, '静态 Pod')).toBe('Pod');
  });
});
