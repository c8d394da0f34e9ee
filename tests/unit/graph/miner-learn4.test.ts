/**
 * learn4: the prose features of the learned definition scorer (prose-features.ts): how running
 * prose shows a name is explained without a defining word right after it. Every sentence here was
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import { ALL_FEATURES, EXPLAINING_FEATURES, PROSE_FEATURES, WRITING_EVIDENCE, featuresOf, learnable, nameCandidates, noteFacts, unknownYamlKey } from '../../../src/graph/miner/definer.ts';
import { PROSE_FEATURE_NAMES } from '../../../src/graph/miner/prose-features.ts';
import { TOPIC_FEATURE_NAMES } from '../../../src/graph/miner/topic-features.ts';
import { SUBJECT_FEATURE_NAMES } from '../../../src/graph/miner/subject-features.ts';
import shipped from '../../../src/graph/miner/definer-weights.json' with { type: 'json' };

import { feature, note, vectorOf } from './definer-note.ts';

describe('prose features (learn4)', () => {
  it('come after every older feature', () => {
    // (rules25: only the topic conjunctions, topic-features.ts, come after them)
    // (subject28: and after them its subject features, subject-features.ts)
    const end = ALL_FEATURES.length - TOPIC_FEATURE_NAMES.length - SUBJECT_FEATURE_NAMES.length;
    expect(ALL_FEATURES.slice(end - PROSE_FEATURES.length, end)).toEqual([...PROSE_FEATURE_NAMES]);
  });
  it('a later clause takes the name up', () => {
    const x = vectorOf(note('**drainTimeout** 这个参数要留意，它决定节点排空最多等多久。'), 'draintimeout');
    expect(feature(x, 'p-it-clause')).toBe(1);
    expect(feature(x, 'p-importance')).toBe(1);
    const y = vectorOf(note('我们顺手改了 `drainTimeout`，其他的都没动。'), 'draintimeout');
    expect(feature(y, 'p-it-clause')).toBe(0);
    expect(feature(y, 'p-importance')).toBe(0);
  });
  it('a paragraph about the name, and the sections it comes back in', () => {
    const x = vectorOf(note('## 准备', '', '先装好 `meshProbe`。`meshProbe` 默认每十秒探测一次。它的结果写进一张表。', '', '## 排查', '', '再看 `meshProbe` 的日志。'), 'meshprobe');
    expect(feature(x, 'p-unit-focus')).toBeGreaterThan(0.5);
    expect(feature(x, 'p-sections')).toBeCloseTo(Math.log1p(2));
    const y = vectorOf(note('## 准备', '', '先装好 `meshProbe`，再往下走。'), 'meshprobe');
    expect(feature(y, 'p-unit-focus')).toBe(0);
  });
  it('a heading names it and its section talks about it', () => {
    const x = vectorOf(note('## quotaKeeper', '', '`quotaKeeper` 每晚把各团队的用量汇总一次。'), 'quotakeeper');
    expect(feature(x, 'p-heading-prose')).toBe(1);
    const y = vectorOf(note('## quotaKeeper', '', '这一节先不讲。', '', '## 其他', '', '后面会用到 `quotaKeeper`。'), 'quotakeeper');
    expect(feature(y, 'p-heading-prose')).toBe(0);
  });
  it('a gloss after a comma', () => {
    const x = vectorOf(note('那天出问题的是 `pathRelay`，一个把请求转到旧集群的小代理。'), 'pathrelay');
    expect(feature(x, 'p-apposition')).toBe(1);
  });
  it('a list item about the name, and what it does', () => {
    const x = vectorOf(note('## 边缘', '', '- `edgeJoin` 在边缘机器上拉起代理并登记到云端', '- 剩下的交给控制面'), 'edgejoin');
    expect(feature(x, 'p-item-topic')).toBe(1);
    expect(feature(x, 'p-says-does')).toBe(1);
    const y = vectorOf(note('- `edgeJoin`、`edgeLeave` 和别的几个命令'), 'edgejoin');
    expect(feature(y, 'p-item-topic')).toBe(0);
    expect(feature(y, 'p-says-does')).toBe(0);
  });
  it('a key of the note’s YAML the text writes about', () => {
    const n = note('`warmPool` 开着的时候节点会提前预热。后来我们把 `warmPool` 关了。');
    const cands = nameCandidates(n);
    const facts = { ...noteFacts(n, cands), yamlKeys: new Set(['warmpool']) };
    expect(feature(featuresOf(cands.get('warmpool')!, facts, true), 'p-yaml-prose')).toBe(1);
    expect(feature(featuresOf(cands.get('warmpool')!, noteFacts(n, cands), true), 'p-yaml-prose')).toBe(0);
  });
  it('a key of the note’s YAML its prose explains may be learned when the weights say so', () => {
    const WIDE = [...EXPLAINING_FEATURES, ...WRITING_EVIDENCE];
    const explained = note('`warmPool` 开着的时候，节点会提前把镜像拉好。');
    const used = note('我们把 `warmPool` 和别的几个开关都关了。');
    const x = (n: ReturnType<typeof note>) => {
      const cands = nameCandidates(n);
      return featuresOf(cands.get('warmpool')!, { ...noteFacts(n, cands), yamlKeys: new Set(['warmpool']) }, true);
    };
    expect(unknownYamlKey(x(explained))).toBe(true);
    expect(learnable(x(explained), WIDE)).toBe(false);
    expect(learnable(x(explained), WIDE, WIDE)).toBe(true);
    // a key only used in passing is not explained, whatever the weights admit
    expect(learnable(x(used), WIDE, WIDE)).toBe(false);
  });
  it('the shipped weights admit an explained key of the note’s YAML, at 0.5, and weigh no prose feature', () => {
    const w = shipped as { threshold: number; evidence?: string[]; yamlKeyEvidence?: string[]; features: string[] };
    expect(w.threshold).toBe(0.5);
    expect(w.yamlKeyEvidence).toEqual([...EXPLAINING_FEATURES, ...WRITING_EVIDENCE]);
    expect(w.features.some((f) => (PROSE_FEATURES as readonly string[]).includes(f))).toBe(false);
  });
});
