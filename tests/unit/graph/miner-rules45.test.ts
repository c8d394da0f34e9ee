/**
 * rules45 (docs/miner.md, "rules45"): the owner and path of a custom resource's field that a note
 * explains in a list or under a heading — a list of paths going through the kind an example above
 * shows, a lead-in closing on a path from the root, a heading that is such a path (cr-field-owner.ts,
 * resolve.ts `customListField`). Notes written for this test (a made-up `Lighthouse` project), each
 * with a look-alike.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../../src/graph/model.ts';
import { loadGraph } from '../../../src/graph/index.ts';
import { fragmentPrefix, headingRootedPath, joinedPath, leadInRootedPath, siblingsAgree, siblingsPrefix } from '../../../src/graph/miner/cr-field-owner.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const note = (...lines: string[]) => lines.join('\n') + '\n';
const mine = async (...lines: string[]): Promise<Graph> => loadGraph(await contentDir({ 'notes/n.md': note(...lines) }), { layout: false });
const typed = (g: Graph, title: string) => g.concepts.filter((c) => c.title === title).map((c) => `${c.kind}|${c.owner ?? ''}|${c.fieldPath ?? ''}`);
const pieces = (...xs: (string | [string])[]) => xs.map((x) => (Array.isArray(x) ? { code: true, text: x[0] } : { code: false, text: x }));

describe('leadInRootedPath: a lead-in closing on a path from the root and a colon', () => {
  it('reads the path before the colon', () => {
    expect(leadInRootedPath(pieces('排查时先看 ', ['status.health'], '：'))).toBe('status.health');
    expect(leadInRootedPath(pieces(['spec.window'], ' 下面的字段：'))).toBe('spec.window');
    expect(leadInRootedPath(pieces('每条规则写在 ', ['spec.beams[]'], ' 里：'))).toBe('spec.beams');
  });
  it('leaves a path that is not the lead-in\'s last words, or no path', () => {
    expect(leadInRootedPath(pieces('改了 ', ['spec.window'], ' 之后 operator 会重新调度所有的灯塔，具体做法：'))).toBeUndefined();
    expect(leadInRootedPath(pieces('常用的几个字段：'))).toBeUndefined();
    expect(leadInRootedPath(pieces('看 ', ['metadata.labels'], '：'))).toBeUndefined();
  });
});

describe('headingRootedPath: a heading that is one path from the root', () => {
  it('reads the path that opens the heading', () => {
    expect(headingRootedPath('spec.beam：光束怎么扫')).toBe('spec.beam');
    expect(headingRootedPath('`status.health`')).toBe('status.health');
    expect(headingRootedPath('3.2 spec.window 两种写法')).toBe('spec.window');
  });
  it('leaves a heading about two paths, or about something else', () => {
    expect(headingRootedPath('spec.beam 和 spec.window')).toBeUndefined();
    expect(headingRootedPath('光束与 spec.beam')).toBeUndefined();
    expect(headingRootedPath('specification')).toBeUndefined();
  });
});

describe('siblingsAgree: a list of paths going through one kind', () => {
  const shown = new Set(['spec.keepers', 'spec.beam.color', 'spec.window']);
  it('needs two other items the examples set', () => {
    expect(siblingsAgree(['spec.keepers', 'spec.beam.color', 'spec.fog'], (p) => shown.has(p))).toBe(true);
    expect(siblingsAgree(['spec.keepers', 'spec.fog'], (p) => shown.has(p))).toBe(false);
  });
});

describe('fragmentPrefix: where a fragment without kind was cut from a kind shown whole', () => {
  const kindPaths = ['spec', 'spec.entry', 'spec.steps', 'spec.steps[].name', 'spec.steps[].kind', 'spec.steps[].timeout'];
  it('finds the prefix two of the fragment\'s keys end', () => {
    expect(fragmentPrefix(['[].name', '[].kind', '[].check', '[].check.every'], kindPaths)).toBe('spec.steps');
    expect(joinedPath('spec.steps', '[].check.every')).toBe('spec.steps[].check.every');
    expect(fragmentPrefix(['spec', 'spec.entry', 'spec.steps', 'spec.retries'], kindPaths)).toBe('');
  });
  it('needs two keys to fit, at one prefix', () => {
    expect(fragmentPrefix(['[].name', '[].owner', '[].budget'], kindPaths)).toBeUndefined();
    expect(fragmentPrefix(['server', 'server.port'], kindPaths)).toBeUndefined();
    // (`spec` itself, which every kind has, is no evidence: one key fits besides it)
    expect(fragmentPrefix(['spec', 'spec.entry', 'spec.match', 'spec.match[].suffix'], kindPaths)).toBeUndefined();
  });
});

describe('siblingsPrefix: items written as paths from below the root', () => {
  const kind: Record<string, string> = { 'beam.color': 'spec.beam.color', 'beam.rotation': 'spec.beam.rotation', 'window.start': 'spec.window.start' };
  it('finds the prefix the items the examples set agree on', () => {
    expect(siblingsPrefix(['beam.color', 'beam.rotation', 'fog.mode'], (p) => kind[p])).toBe('spec');
  });
  it('needs two of them', () => {
    expect(siblingsPrefix(['beam.color', 'fog.mode', 'horn.pitch'], (p) => kind[p])).toBeUndefined();
  });
});

const EXAMPLE = [
  '## Lighthouse 是什么',
  '',
  '灯塔 operator 用一个 CRD 描述每座灯塔：',
  '',
  '```yaml',
  'apiVersion: beacons.harbor.example/v1',
  'kind: Lighthouse',
  'metadata:',
  '  name: north',
  'spec:',
  '  keepers: 3',
  '  beam:',
  '    color: white',
  '    rotation: 12',
  '  window:',
  '    start: "18:00"',
  '```',
  '',
];

describe('a custom kind\'s fields in a list or under a heading', () => {
  it('a list of paths from the root going through the example\'s kind: the paths it leaves out are that kind\'s too', async () => {
    const g = await mine(
      '# 灯塔笔记',
      '',
      ...EXAMPLE,
      '### 字段',
      '',
      '- `spec.keepers`：守塔人数，至少 1。',
      '- `spec.beam.color`：光束颜色。',
      '- `spec.window`：亮灯的时段。',
      '- `spec.replicas`：备用灯的数量，和 keepers 无关。',
    );
    expect(typed(g, 'replicas')).toEqual(['field|Lighthouse|spec.replicas']);
  });
  it('a list of paths whose items the example does not set stays with the old reading', async () => {
    const g = await mine(
      '# 灯塔笔记',
      '',
      ...EXAMPLE,
      '### 另外几个',
      '',
      '- `spec.fog`：起雾时的模式。',
      '- `spec.horn`：雾笛。',
      '- `spec.replicas`：备用灯的数量。',
    );
    // (kinds31: rules45's list rule does not read this list; but several API kinds have `spec.replicas`, none
    // of the context's, and the heading over the list names the note's custom kind Lighthouse, so
    // `custom-kind-ambiguous-path` reads it as Lighthouse's, where the base left an ownerless field)
    expect(typed(g, 'replicas')).toEqual(['field|Lighthouse|spec.replicas']);
  });
  it('items under a lead-in closing on a status path are fields inside it', async () => {
    const g = await mine(
      '# 灯塔笔记',
      '',
      ...EXAMPLE,
      '## 看状态',
      '',
      '`kubectl describe lighthouse north` 时重点看 `status.health`：',
      '',
      '- `lampHours`：灯泡累计亮了多少小时；',
      '- `lastInspection`：上次巡检的时间。',
    );
    expect(typed(g, 'lampHours')).toEqual(['field|Lighthouse|status.health.lampHours']);
    expect(typed(g, 'lastInspection')).toEqual(['field|Lighthouse|status.health.lastInspection']);
  });
  it('items under a heading that is a path the example sets are fields inside it', async () => {
    const g = await mine(
      '# 灯塔笔记',
      '',
      ...EXAMPLE,
      '### spec.beam：光束怎么扫',
      '',
      '- `color`：颜色，white 或 red；',
      '- `pulse`：每分钟闪几次；',
      '- `rotation`：转速。',
    );
    expect(typed(g, 'pulse')).toEqual(['field|Lighthouse|spec.beam.pulse']);
  });
  it('a heading that is a path right under spec names the kind\'s field', async () => {
    const g = await mine('# 灯塔笔记', '', ...EXAMPLE, '### spec.curfew', '', '熄灯的时刻，过了这个点 operator 会关掉所有灯。不写就整夜亮着。');
    expect(typed(g, 'curfew')).toEqual(['field|Lighthouse|spec.curfew']);
  });
  it('no example of a custom kind above: nothing is placed', async () => {
    const g = await mine(
      '# 灯塔笔记',
      '',
      '## 看状态',
      '',
      '`kubectl describe lighthouse north` 时重点看 `status.health`：',
      '',
      '- `lampHours`：灯泡累计亮了多少小时；',
      '- `lastInspection`：上次巡检的时间。',
      '',
      ...EXAMPLE,
    );
    expect(typed(g, 'lampHours')).not.toContain('field|Lighthouse|status.health.lampHours');
  });
  it('a kind the API describes above is left to the catalogue', async () => {
    const g = await mine(
      '# 部署笔记',
      '',
      '```yaml',
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: web',
      'spec:',
      '  replicas: 2',
      '```',
      '',
      '控制节奏的两个参数都在 `spec.strategy.rollingUpdate` 下面：',
      '',
      '- `maxSurge`：最多多出几个 Pod；',
      '- `maxUnavailable`：最多几个不可用。',
    );
    expect(typed(g, 'maxSurge')).toEqual(['field|Deployment|spec.strategy.rollingUpdate.maxSurge']);
  });
  it('a fragment without kind cut from the example: its keys are the kind\'s, below the place it was cut from', async () => {
    const g = await mine(
      '# 灯塔笔记',
      '',
      '```yaml',
      'apiVersion: beacons.harbor.example/v1',
      'kind: Patrol',
      'metadata:',
      '  name: night',
      'spec:',
      '  steps:',
      '    - name: walk',
      '      route: pier',
      '      timeout: 10m',
      '```',
      '',
      '巡检步骤里还能加检查：',
      '',
      '```yaml',
      '    - name: lamp-check',
      '      route: tower',
      '      check:',
      '        failureThreshold: 3',
      '```',
      '',
      '- `failureThreshold`：连续失败几次才算这一步失败。',
    );
    expect(typed(g, 'failureThreshold')).toEqual(['field|Patrol|spec.steps[].check.failureThreshold']);
  });
  it('a lead-in that names another custom kind in bold is about that kind', async () => {
    const g = await mine(
      '# 灯塔笔记',
      '',
      ...EXAMPLE,
      '**术语：InspectionReport** —— 每次巡检的结果，重点字段在 `status.outcome` 下：',
      '',
      '- `verdict`：Pass 或 Fail；',
      '- `score`：打分。',
    );
    expect(typed(g, 'verdict')).toEqual(['field|InspectionReport|status.outcome.verdict']);
  });
  it('items written as paths from below the root, after the example: the ones it leaves out sit at the same place', async () => {
    const g = await mine(
      '# 灯塔笔记',
      '',
      ...EXAMPLE,
      '字段说明：',
      '',
      '- `beam.color`：光的颜色；',
      '- `beam.rotation`：每分钟转几圈；',
      '- `beam.pulse`：闪烁频率。',
    );
    expect(typed(g, 'pulse')).toEqual(['field|Lighthouse|spec.beam.pulse']);
  });
});

