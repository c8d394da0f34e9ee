/**
 * rules30 (docs/miner.md, "rules30"): names a note presents in tables. A table of abbreviations
 * spells each name out next to its short form, so the full name is a concept with the short form
 * as an alias; a column of states other than the first is read in a section about phases too.
 * Notes written for this test, not taken from the corpora, each with a look-alike that must stay
 * as it was.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../../src/graph/model.ts';
import { loadGraph } from '../../../src/graph/index.ts';
import { abbreviatedName, abbreviationColumns } from '../../../src/graph/miner/table-shapes.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const note = (...lines: string[]) => lines.join('\n') + '\n';
const mine = async (...lines: string[]): Promise<Graph> => loadGraph(await contentDir({ 'notes/n.md': note(...lines) }), { layout: false });
const kinds = (g: Graph, title: string) => g.concepts.filter((c) => c.title === title).map((c) => `${c.kind}|${c.owner ?? ''}`);

describe('abbreviationColumns: which columns hold the names and their short forms', () => {
  it.each([
    [['简称', '全称', '说明'], { name: 1, abbreviation: 0 }],
    [['Abbreviation', 'Full name', 'Notes'], { name: 1, abbreviation: 0 }],
    // the names in the first column, their short forms after them
    [['策略', '缩写', '作用'], { name: 0, abbreviation: 1 }],
    // a Chinese name in a column of its own
    [['缩写', '全称', '中文名', '备注'], { name: 1, abbreviation: 0, chinese: 2 }],
  ])('%j', (headers, cols) => {
    expect(abbreviationColumns(headers)).toEqual(cols);
  });

  it.each([
    [['名称', '说明']],
    [['全称', '说明']],
    // short forms alone in the first column, no column spelling them out
    [['缩写', '说明']],
  ])('no abbreviation table: %j', (headers) => {
    expect(abbreviationColumns(headers)).toBeUndefined();
  });
});

describe('abbreviatedName: a row spelling a name out next to its short form', () => {
  it('takes a Latin name and a shorter Latin token, with a Chinese name as another alias', () => {
    expect(abbreviatedName('MostRequested', 'MR', '最多请求')).toEqual({ name: 'MostRequested', aliases: ['MR', '最多请求'] });
    expect(abbreviatedName('`Horizontal Pod Autoscaler`', 'hpa')).toEqual({ name: 'Horizontal Pod Autoscaler', aliases: ['hpa'] });
  });

  it.each([
    // no short form given
    ['Parallel', '—'],
    ['Parallel', ''],
    // a phrase, not a name
    ['普通 Service', 'svc'],
    // the short form is no shorter, or the same word
    ['Job', 'Job'],
    ['Ready', 'Ready1'],
  ])('%s / %s → none', (name, short) => {
    expect(abbreviatedName(name, short)).toBeUndefined();
  });
});

describe('abbreviation-table: the names a table of abbreviations spells out', () => {
  it('makes a concept of each full name, its short form an alias; kinds and bare short forms stay as they were', async () => {
    const g = await mine(
      '# 打分策略',
      '',
      '调度器给节点打分时可以换策略：',
      '',
      '| 缩写 | 全称 | 中文 | 含义 |',
      '|---|---|---|---|',
      '| MR | MostRequested | 最多请求 | 尽量把 Pod 堆在已经忙的节点上 |',
      '| LR | LeastRequested | 最少请求 | 尽量分散到空闲节点 |',
      '',
      '## 控制器一览',
      '',
      '| 控制器 | 简称 | 典型场景 |',
      '|---|---|---|',
      '| DaemonSet | DS | 每个节点一个 Pod |',
      '| Job | — | 跑完即止 |',
    );
    expect(kinds(g, 'MostRequested')).toEqual(['term|']);
    expect(kinds(g, 'LeastRequested')).toEqual(['term|']);
    const mr = g.concepts.find((c) => c.title === 'MostRequested');
    expect(mr?.aliases).toEqual(expect.arrayContaining(['MR', '最多请求']));
    // the kinds a table sums up are no definitions of them; the short forms are no concepts
    expect(g.concepts.filter((c) => ['DaemonSet', 'MR', 'LR', 'DS'].includes(c.title))).toEqual([]);
  });
});

describe('phase-table: a column of states in a section about phases', () => {
  it('reads the state column, owned by the kind of the first column', async () => {
    const g = await mine(
      '# 卷快照',
      '',
      '## 状态速查',
      '',
      '| 对象 | 状态 | 说明 |',
      '|---|---|---|',
      '| PV | `Available` | 还没有被任何申领占用 |',
      '| PVC | `Pending` | 还在等合适的卷 |',
    );
    expect(kinds(g, 'Available')).toEqual(['state|PersistentVolume']);
    expect(kinds(g, 'Pending')).toEqual(['state|PersistentVolumeClaim']);
    // the first column's kinds are the owners, not states
    expect(g.concepts.filter((c) => c.kind === 'state' && ['PV', 'PVC'].includes(c.title))).toEqual([]);
  });
});

describe('api-field-spec: a field under the spec of a project kind the context is about', () => {
  it('places a name no example sets at the one kind of the context whose spec has it', async () => {
    const g = await mine(
      '# KEDA 的 ScaledObject',
      '',
      'ScaledObject 把一个 Deployment 交给 KEDA 按事件伸缩，几个常调的参数：',
      '',
      '- **cooldownPeriod**：最后一个触发器不再活跃之后，要等多少秒才把副本缩回 0，默认 300。',
      '- **minReplicaCount**：最少留几个副本，写 0 就允许缩到零。',
    );
    expect(kinds(g, 'cooldownPeriod')).toEqual(['field|ScaledObject']);
    expect(kinds(g, 'minReplicaCount')).toEqual(['field|ScaledObject']);
  });

  it('makes no guess when two kinds of the context have the field', async () => {
    const g = await mine(
      '# 用 KEDA 伸缩',
      '',
      'ScaledObject 管常驻的 Deployment，ScaledJob 为每批事件起 Job，两者都要配轮询：',
      '',
      '- **pollingInterval**：多久去问一次事件源，默认 30 秒。',
    );
    expect(kinds(g, 'pollingInterval')).not.toContain('field|ScaledObject');
    expect(kinds(g, 'pollingInterval')).not.toContain('field|ScaledJob');
  });
});

describe('api-field-spec: a one-word project kind the note declares under its API version', () => {
  const example = (apiVersion: string) => [
    '```yaml',
    `apiVersion: ${apiVersion}`,
    'kind: Prometheus',
    'metadata:',
    '  name: main',
    'spec:',
    '  serviceMonitorSelector:',
    '    matchLabels:',
    '      team: web',
    '```',
  ];

  it('reads the kind from the catalogue: a field no example sets is that kind\'s', async () => {
    const g = await mine(
      '# 用 Operator 跑 Prometheus',
      '',
      ...example('monitoring.coreos.com/v1'),
      '',
      'Prometheus 对象还能调的几个地方：',
      '',
      '- **scrapeInterval**：全局的抓取间隔，ServiceMonitor 没写时就用它。',
    );
    expect(kinds(g, 'scrapeInterval')).toEqual(['field|Prometheus']);
  });

  it('does not when the note declares the word under another group', async () => {
    const g = await mine(
      '# 自己写的 Prometheus 资源',
      '',
      ...example('example.com/v1'),
      '',
      'Prometheus 对象还能调的几个地方：',
      '',
      '- **scrapeInterval**：全局的抓取间隔，ServiceMonitor 没写时就用它。',
    );
    expect(kinds(g, 'scrapeInterval')).not.toContain('field|Prometheus');
  });
});
