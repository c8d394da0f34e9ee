/**
 * typing46 (docs/miner.md, "typing46"): the right kind and owner for what the miner finds — a custom
 * kind's template of another kind (template-kinds.ts), a kind-spelt name kubectl takes as a resource
 * type or a list of CRDs holds (kind-evidence.ts). Notes and sentences written for this test (a
 * made-up `Orchard` project), each with a look-alike.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../../src/graph/model.ts';
import { loadGraph } from '../../../src/graph/index.ts';
import { headingNamesObjects, kubectlResourceTypes, leadInNamesObjects, listedByKubectl } from '../../../src/graph/miner/kind-evidence.ts';
import { abbreviationsIn, saidTemplates } from '../../../src/graph/miner/template-kinds.ts';
import { kindsSaid } from '../../../src/graph/miner/kind-sayings.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const note = (...lines: string[]) => lines.join('\n') + '\n';
const mine = async (...lines: string[]): Promise<Graph> => loadGraph(await contentDir({ 'notes/n.md': note(...lines) }), { layout: false });
const typed = (g: Graph, title: string) => g.concepts.filter((c) => c.title === title).map((c) => `${c.kind}|${c.owner ?? ''}|${c.fieldPath ?? ''}`);

describe('kubectlResourceTypes: the resource types a note gives kubectl', () => {
  it('reads the type after the verb, flags, lists and groups', () => {
    expect([...kubectlResourceTypes('先 `kubectl get treegroups -n farm` 看一眼')]).toEqual(['treegroups']);
    expect([...kubectlResourceTypes('kubectl -n farm describe harvestplan.orchard.io/autumn')]).toEqual(['harvestplan']);
    expect([...kubectlResourceTypes('kubectl get ht,tg -A')].sort()).toEqual(['ht', 'tg']);
  });
  it('reads no other command', () => {
    expect([...kubectlResourceTypes('kubectl apply -f tree.yaml; kubectl logs orchard-0; orchardctl get tree')]).toEqual([]);
  });
});

describe('listedByKubectl: the kind or its glossed abbreviation as a resource type', () => {
  const types = new Set(['harvestplans', 'tg']);
  it('matches the lower-case name, its plural, an abbreviation the label glosses', () => {
    expect(listedByKubectl('HarvestPlan', [], types)).toBe(true);
    expect(listedByKubectl('TreeGroup', ['TG'], types)).toBe(true);
  });
  it('leaves a name kubectl never takes', () => {
    expect(listedByKubectl('PruneWindow', ['PW'], types)).toBe(false);
    expect(listedByKubectl('TreeGroup', ['果树组'], types)).toBe(false);
  });
});

describe('leadInNamesObjects and headingNamesObjects: a list of one sort, objects', () => {
  it('reads a lead-in whose last sentence names the sort and closes on a colon', () => {
    expect(leadInNamesObjects('Orchard 装完之后集群里会多几种 CRD，常打交道的是这三个：')).toBe(true);
    expect(leadInNamesObjects('它定义了下面这些自定义资源：')).toBe(true);
  });
  it('leaves a lead-in about something else, a question, a denial, a sort named earlier', () => {
    expect(leadInNamesObjects('Orchard 的几个组件：')).toBe(false);
    expect(leadInNamesObjects('这些是 CRD 吗？先看定义：')).toBe(false);
    expect(leadInNamesObjects('下面几个都不是 CRD：')).toBe(false);
    expect(leadInNamesObjects('装完会多出几个 CRD。运行时还有几个进程：')).toBe(false);
    expect(leadInNamesObjects('这些 CRD 由下面几个控制器分别处理：')).toBe(false);
  });
  it('reads a heading naming custom resources, not one naming resources in general', () => {
    expect(headingNamesObjects('2. Orchard 的核心 CRD')).toBe(true);
    expect(headingNamesObjects('资源配额怎么算')).toBe(false);
    expect(headingNamesObjects('为什么不用 CRD？')).toBe(false);
  });
});

describe('kindsSaid: names joined together, then a count of objects', () => {
  const names = (t: string) => kindsSaid(t).map((x) => x.name);
  it('reads every joined name before the count and the noun', () => {
    expect(names('Orchard 只给了 `TreeGroup` 和 `PruneWindow` 两种只读资源，都不能改。')).toEqual(['TreeGroup', 'PruneWindow']);
    expect(names('装完以后有 **TreeGroup**、**PruneWindow**、**HarvestPlan** 三个 CRD。')).toEqual(['TreeGroup', 'PruneWindow', 'HarvestPlan']);
  });
  it('leaves a count of another sort, a negation', () => {
    expect(names('TreeKeeper 和 LeafSweeper 两个组件负责干活。')).toEqual([]);
    expect(names('这里并没有 TreeGroup 和 PruneWindow 两种资源。')).toEqual([]);
  });
});

describe('saidTemplates and abbreviationsIn: a path said to hold a template of a kind', () => {
  it('reads the kind after the path in one clause, through an abbreviation the note glosses', () => {
    const abbrev = abbreviationsIn('**TreeInstance（TI）**：一棵真的在长的树。');
    expect(abbrev.get('TI')).toBe('TreeInstance');
    expect([...saidTemplates('`spec.template` 里其实放的是一个 TI 模板，改了它不会动已经种下的树。', abbrev)]).toEqual([['spec.template', 'TreeInstance']]);
    expect([...saidTemplates('Grove 的 `spec.template` 就是 Sapling 的模板。', abbrev)]).toEqual([['spec.template', 'Sapling']]);
  });
  it('leaves a path that is no template, a denial, a kind in another clause', () => {
    expect([...saidTemplates('`spec.seed` 是 Sapling 的模板。', new Map())]).toEqual([]);
    expect([...saidTemplates('`spec.template` 不是 Pod 模板。', new Map())]).toEqual([]);
    expect([...saidTemplates('`spec.template` 写好以后。Sapling 模板另说。', new Map())]).toEqual([]);
  });
});

const GROVE = [
  '```yaml',
  'apiVersion: orchard.example.io/v1',
  'kind: Grove',
  'metadata:',
  '  name: north',
  'spec:',
  '  keep: 3',
  '  template:',
  '    metadata:',
  '      labels:',
  '        zone: north',
  '    spec:',
  '      soil:',
  '        ph: 6',
  '      rootDepth: 40',
  '```',
];

describe('a custom kind\'s template of another kind, in whole notes', () => {
  it('moves the template\'s fields to the kind the note says it is a template of', async () => {
    const g = await mine(
      '# Grove 与 Sapling',
      '',
      '**Sapling（SP）**：一棵种下去的树苗。',
      '',
      '**Grove**：一片果园，它的 `spec.template` 里装的是一个 SP 模板，按 `keep` 保持几棵。',
      '',
      ...GROVE,
      '',
      '**rootDepth**：根扎多深，单位厘米。',
      '',
      '**keep**：保持几棵树苗。',
    );
    expect(typed(g, 'rootDepth')).toEqual(['field|Sapling|spec.rootDepth']);
    expect(typed(g, 'keep')).toEqual(['field|Grove|spec.keep']);
  });
  it('leaves the fields with the holder where the note says nothing of the template', async () => {
    const g = await mine(
      '# Grove',
      '',
      '**Grove**：一片果园，`spec.template` 描述每棵树。',
      '',
      ...GROVE,
      '',
      '**rootDepth**：根扎多深，单位厘米。',
    );
    expect(typed(g, 'rootDepth')).toEqual(['field|Grove|spec.template.spec.rootDepth']);
  });
  it('reads a template whose spec holds containers as a Pod template', async () => {
    const g = await mine(
      '# PressJob',
      '',
      '```yaml',
      'apiVersion: cider.example.io/v1',
      'kind: PressJob',
      'metadata:',
      '  name: autumn',
      'spec:',
      '  workers: 2',
      '  template:',
      '    spec:',
      '      containers:',
      '        - name: press',
      '          image: cider/press:1',
      '      terminationGracePeriodSeconds: 90',
      '```',
      '',
      '**terminationGracePeriodSeconds**：停机前给压榨机留多少秒收尾。',
      '',
      '**workers**：同时开几台压榨机。',
    );
    expect(typed(g, 'terminationGracePeriodSeconds')).toEqual(['field||spec.terminationGracePeriodSeconds']);
    expect(typed(g, 'workers')).toEqual(['field|PressJob|spec.workers']);
  });
});

describe('a catalogued project kind\'s template, by the catalogue\'s type', () => {
  it('reads an Argo Rollout\'s `spec.template` (a PodTemplateSpec) as a Pod template', async () => {
    const g = await mine(
      '# 灰度发布笔记',
      '',
      '```yaml',
      'apiVersion: argoproj.io/v1alpha1',
      'kind: Rollout',
      'metadata:',
      '  name: shop',
      'spec:',
      '  replicas: 4',
      '  template:',
      '    spec:',
      '      containers:',
      '        - name: shop',
      '          image: shop:2',
      '      terminationGracePeriodSeconds: 45',
      '  strategy:',
      '    canary:',
      '      steps:',
      '        - setWeight: 10',
      '```',
      '',
      '**terminationGracePeriodSeconds**：容器收尾的秒数。',
      '',
      '**setWeight**：这一步切给新版本的流量比例。',
    );
    expect(typed(g, 'terminationGracePeriodSeconds')).toEqual(['field||spec.terminationGracePeriodSeconds']);
    expect(typed(g, 'setWeight')).toEqual(['field|Rollout|spec.strategy.canary.steps[].setWeight']);
  });
});

describe('a kind-spelt name shown to be an object, in whole notes', () => {
  it('types a bold name kubectl lists in the note as an object', async () => {
    const g = await mine(
      '# Orchard 笔记',
      '',
      '**HarvestPlan**：每个季节一份，记录哪天摘哪片园子。',
      '',
      '查看：`kubectl get harvestplans -n farm`。',
    );
    expect(typed(g, 'HarvestPlan')).toEqual(['object||']);
  });
  it('types the bold items of a list of CRDs as objects, and keeps their glossed abbreviations', async () => {
    const g = await mine(
      '# Orchard 笔记',
      '',
      '## 入门',
      '',
      'Orchard 装好以后会多出几个 CRD，最常用的两个：',
      '',
      '- **TreeGroup（TG）**：一组一起修剪的果树。',
      '- **PruneWindow**：允许修剪的时间段。',
      '',
      '每个 TG 最多挂一个窗口。',
    );
    expect(typed(g, 'TreeGroup')).toEqual(['object||']);
    expect(typed(g, 'PruneWindow')).toEqual(['object||']);
    expect(g.concepts.find((c) => c.title === 'TreeGroup')?.aliases).toContain('TG');
  });
  it('leaves a bold kind-spelt name the note never shows as an object', async () => {
    const g = await mine(
      '# Orchard 笔记',
      '',
      'Orchard 的几个组件：',
      '',
      '- **TreeGroup**：一组一起修剪的果树。',
      '',
      '**PruneWindow**：允许修剪的时间段，`orchardctl get window` 能看到。',
    );
    expect(typed(g, 'TreeGroup')).toEqual(['term||']);
    expect(typed(g, 'PruneWindow')).toEqual(['term||']);
  });
});
