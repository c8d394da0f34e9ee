/**
 * rules51 (docs/miner.md "rules51"): a strategy field's `type` (`spec.updateStrategy.type` beside `updateStrategy`,
 * `spec.strategy.type` beside `strategy`) is the strategy itself to a reader: the note made one field twice
 * (same-thing.ts STRATEGY_HOLDERS, `strategyTypeOf`; stages/mine.ts joins the two). Counted over all 149 dev sets:
 * 11 such pairs in 9 sets, the `type` field 5 duplicates, 4 false positives, 1 of the wrong type and 1 found (still
 * found after the fold); other `type` keys (`hostPath.type`, `seccompProfile.type`) name things of their own.
 *
 * And `啥` is a question word like `什么` (question-subjects.ts): `StatefulSet 到底是个啥？` asks about StatefulSet, and
 * `到底是个啥` is no Chinese head of a name (`StatefulSet 到底是个啥` was a term in dev147).
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../../src/graph/model.ts';
import { loadGraph } from '../../../src/graph/index.ts';
import { STRATEGY_HOLDERS, strategyTypeOf, type ConceptNames } from '../../../src/graph/miner/same-thing.ts';
import { askedName, questionSubjects } from '../../../src/graph/miner/question-subjects.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const note = (...lines: string[]) => lines.join('\n') + '\n';
const mine = async (...lines: string[]): Promise<Graph> => loadGraph(await contentDir({ 'notes/n.md': note(...lines) }), { layout: false });
const titles = (g: Graph) => g.concepts.map((c) => c.title);
const field = (fieldPath: string): ConceptNames => ({ title: fieldPath.split('.').slice(-2).join('.'), aliases: [], kind: 'field', fieldPath });

describe('a strategy field and its type are one field', () => {
  it.each(STRATEGY_HOLDERS.map((h) => [h.key, h.example] as const))('%s: its type is the strategy (%s)', (key) => {
    expect(strategyTypeOf(field(`spec.${key}.type`), field(`spec.${key}`))).toBe(true);
    // (a path the note gave shorter on one side)
    expect(strategyTypeOf({ ...field(`${key}.type`), fieldPath: `${key}.type` }, field(`spec.${key}`))).toBe(true);
    // (not the other way round: the strategy is not its type)
    expect(strategyTypeOf(field(`spec.${key}`), field(`spec.${key}.type`))).toBe(false);
  });

  it.each([
    ['spec.volumes[].hostPath.type', 'spec.volumes[].hostPath'],
    ['spec.securityContext.seccompProfile.type', 'spec.securityContext.seccompProfile'],
    ['spec.limits[].type', 'spec.limits'],
    ['spec.updateStrategy.rollingUpdate', 'spec.updateStrategy'],
    ['spec.template.spec.strategy.type', 'spec.other.strategy'],
  ])('%s is no strategy type of %s', (t, o) => {
    expect(strategyTypeOf(field(t), field(o))).toBe(false);
  });

  it('a term named like the path is not read (only fields join)', () => {
    expect(strategyTypeOf({ ...field('spec.strategy.type'), kind: 'term' }, field('spec.strategy'))).toBe(false);
    expect(strategyTypeOf(field('spec.strategy.type'), { ...field('spec.strategy'), kind: 'term' })).toBe(false);
  });

  it('a note explaining updateStrategy and its type makes one field, the type another name of it', async () => {
    const g = await mine(
      '# StatefulSet 的更新',
      '',
      '## updateStrategy：发版是怎么滚的？',
      '',
      '**updateStrategy**：StatefulSet 的更新策略，`spec.updateStrategy.type` 有两种：',
      '',
      '| 类型 | 行为 |',
      '| --- | --- |',
      '| RollingUpdate | 默认值。从序号最大的 Pod 开始，一个一个删掉重建 |',
      '| OnDelete | 改了模板之后什么都不做，手动删哪个 Pod 哪个才重建 |',
    );
    const paths = g.concepts.map((c) => c.fieldPath).filter((p) => p !== undefined && p.includes('updateStrategy'));
    expect(paths).toEqual(['spec.updateStrategy']);
    expect(titles(g)).toContain('updateStrategy');
  });
});

describe('啥 is a question word', () => {
  it('`X 到底是个啥` asks about X', () => {
    expect(questionSubjects('StatefulSet 到底是个啥？')).toEqual([{ name: 'StatefulSet', rule: 'what-is' }]);
    expect(questionSubjects('PodDisruptionBudget 是啥')).toEqual([{ name: 'PodDisruptionBudget', rule: 'what-is' }]);
  });

  it('a phrase with 啥 is no name', () => {
    expect(askedName('StatefulSet 到底是个啥', { genitive: false })).toBeUndefined();
    expect(askedName('QoS 影响啥', { genitive: false })).toBeUndefined();
    expect(questionSubjects('这个到底是个啥？')).toEqual([]);
  });

  it('a question heading over a definition gives the name, not the question', async () => {
    const g = await mine(
      '# 游戏服为什么要用 StatefulSet',
      '',
      '## StatefulSet 到底是个啥？',
      '',
      '**StatefulSet（有状态副本集）**：管理有状态应用的工作负载控制器，每个 Pod 都有自己固定的序号、名字和存储。',
    );
    const t = titles(g);
    expect(t.some((x) => x.includes('到底是个啥'))).toBe(false);
    expect(t.some((x) => x.startsWith('StatefulSet'))).toBe(true);
  });
});
