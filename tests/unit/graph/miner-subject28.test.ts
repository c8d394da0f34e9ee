/**
 * subject28: the learned scorer's features of what a paragraph is about (subject-features.ts): the
 * name opens the paragraph, the next sentences go on about it, the heading names it or its sort —
 * against a name in passing inside a paragraph about another name. Every sentence here was written
 * for this test.
 */
import { describe, expect, it } from 'vitest';
import { ALL_FEATURES, SUBJECT_FEATURES, nameCandidates, noteFacts, scoreNames, setDefinerCollector } from '../../../src/graph/miner/definer.ts';
import { SUBJECT_FEATURE_NAMES } from '../../../src/graph/miner/subject-features.ts';
import shipped from '../../../src/graph/miner/definer-weights.json' with { type: 'json' };

import { feature, note, vectorOf } from './definer-note.ts';

describe('subject features (subject28)', () => {
  it('come last, after every older feature', () => {
    expect(ALL_FEATURES.slice(-SUBJECT_FEATURE_NAMES.length)).toEqual([...SUBJECT_FEATURE_NAMES]);
    expect([...SUBJECT_FEATURES]).toEqual([...SUBJECT_FEATURE_NAMES]);
  });
  it('a paragraph about the name: it opens it, the next sentences go on about it', () => {
    const n = note('`quotaKeeper` 是团队自己写的小工具。它每晚汇总一次用量。默认把结果写进一张表。');
    const x = vectorOf(n, 'quotakeeper');
    expect(feature(x, 's-para-subject')).toBe(1);
    expect(feature(x, 's-continued')).toBe(1);
    expect(feature(x, 's-sentence-share')).toBe(1);
    expect(feature(x, 's-topic')).toBe(1);
    expect(feature(x, 's-first-subject')).toBe(1);
    expect(feature(x, 's-other-subject')).toBe(0);
  });
  it('a name in passing inside a paragraph about another name', () => {
    const n = note('`quotaKeeper` 是团队自己写的小工具。它每晚汇总一次用量，顺便调用 `usageProbe` 取数。默认把结果写进一张表。');
    const y = vectorOf(n, 'usageprobe');
    expect(feature(y, 's-para-subject')).toBe(0);
    expect(feature(y, 's-continued')).toBe(0);
    expect(feature(y, 's-topic')).toBe(0);
    expect(feature(y, 's-first-subject')).toBe(0);
    expect(feature(y, 's-other-subject')).toBe(1);
    expect(feature(y, 's-sentence-share')).toBeLessThan(1);
  });
  it('a one-sentence paragraph is no paragraph about it; a listed name opens nothing', () => {
    const x = vectorOf(note('`quotaKeeper` 每晚汇总一次用量。'), 'quotakeeper');
    expect(feature(x, 's-para-subject')).toBe(0);
    expect(feature(x, 's-first-subject')).toBe(1);
    const y = vectorOf(note('`quotaKeeper`、`usageProbe` 都是团队的工具。它们每晚运行。'), 'quotakeeper');
    expect(feature(y, 's-para-subject')).toBe(0);
  });
  it('the heading names the name or the sort noun written after it', () => {
    const x = vectorOf(note('## 几个控制器', '', '先说 `quotaKeeper` 控制器，再说别的。'), 'quotakeeper');
    expect(feature(x, 's-heading-sort')).toBe(1);
    const y = vectorOf(note('## 准备工作', '', '先说 `quotaKeeper` 控制器，再说别的。'), 'quotakeeper');
    expect(feature(y, 's-heading-sort')).toBe(0);
  });
  it('a section about it: most of its paragraphs name it', () => {
    const x = vectorOf(note('## 工具', '', '`quotaKeeper` 每晚运行。', '', '装好 `quotaKeeper` 以后看日志。', '', '其他的不用管。'), 'quotakeeper');
    expect(feature(x, 's-section-share')).toBeCloseTo(2 / 3);
  });
  it('weights that name none do not compute them; a collector (training, the benches) gets them', () => {
    const keep = shipped.features.map((f: string, i: number) => [f, shipped.weights[i]] as const).filter(([f]) => !SUBJECT_FEATURE_NAMES.includes(f as never));
    const w = { ...shipped, features: keep.map(([f]) => f), weights: keep.map(([, v]) => v) };
    const n = note('`quotaKeeper` 是团队自己写的小工具。它每晚汇总一次用量。');
    const cands = nameCandidates(n);
    const q = scoreNames(cands, noteFacts(n, cands), w as never).find((s) => s.cand.key === 'quotakeeper')!;
    expect(feature(q.features, 's-para-subject')).toBe(0);
    setDefinerCollector(() => {});
    try {
      const c2 = nameCandidates(n);
      const s2 = scoreNames(c2, noteFacts(n, c2), w as never).find((s) => s.cand.key === 'quotakeeper')!;
      expect(feature(s2.features, 's-para-subject')).toBe(1);
    } finally {
      setDefinerCollector(undefined);
    }
  });
});
