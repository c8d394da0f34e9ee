/**
 * rules25: the topic conjunctions of the learned scorer (src/graph/miner/topic-features.ts): a
 * glossed name also written as a name (bold, code, heading, title), and a clause's subject that is
 * the chapter's vocabulary (in its title, in two sections or more, glossed). Every sentence here was
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../../src/graph/markdown.ts';
import { ALL_FEATURES, featuresOf, nameCandidates, noteFacts, PROSE_FEATURES } from '../../../src/graph/miner/definer.ts';
import { TOPIC_CONJUNCTIONS, TOPIC_FEATURE_NAMES, topicFeatures } from '../../../src/graph/miner/topic-features.ts';
import { SUBJECT_FEATURE_NAMES } from '../../../src/graph/miner/subject-features.ts';
import shipped from '../../../src/graph/miner/definer-weights.json' with { type: 'json' };

const note = (title: string, ...lines: string[]) => {
  const text = lines.join('\n') + '\n';
  return { tree: parseMarkdown(text), file: 'notes/x.md', title, fences: [] };
};
const featuresOfName = (n: ReturnType<typeof note>, key: string) => {
  const cands = nameCandidates(n);
  const c = cands.get(key);
  expect(c, key).toBeDefined();
  return featuresOf(c!, noteFacts(n, cands));
};
const feature = (x: number[], name: string) => x[ALL_FEATURES.indexOf(name)];

describe('topicFeatures (the table)', () => {
  const names = ['gloss', 'bold', 'code', 'heading', 'in-title', 'clause-subject', 'p-sections', 'p-unit-focus'];
  const at = (k: string) => (names.includes(k) ? names.indexOf(k) : undefined);
  const vec = (on: Record<string, number>) => names.map((k) => on[k] ?? 0);
  const row = (on: Record<string, number>) => Object.fromEntries(topicFeatures(vec(on), at).map((v, i) => [TOPIC_FEATURE_NAMES[i], v]));

  it('holds only when every part holds', () => {
    expect(row({ gloss: 1, bold: 1 })['t-gloss-bold']).toBe(1);
    expect(row({ gloss: 1 })['t-gloss-bold']).toBe(0);
    expect(row({ bold: 1 })['t-gloss-bold']).toBe(0);
    expect(row({ 'in-title': 1, 'clause-subject': 1 })['t-title-subj']).toBe(1);
  });
  it('reads a part with a minimum as at least that (p-sections: two sections or more)', () => {
    expect(row({ 'p-sections': Math.log1p(1), 'clause-subject': 1 })['t-sections-subj']).toBe(0);
    expect(row({ 'p-sections': Math.log1p(2), 'clause-subject': 1 })['t-sections-subj']).toBe(1);
  });
  it('a feature the vector does not have never holds', () => {
    expect(topicFeatures([1], (k) => (k === 'gloss' ? 0 : undefined)).every((v) => v === 0)).toBe(true);
  });
  it('names only features the scorer computes, and comes after every older feature', () => {
    for (const c of TOPIC_CONJUNCTIONS) for (const p of c.parts) expect(ALL_FEATURES, p.feature).toContain(p.feature);
    // (subject28: only its subject features, subject-features.ts, come after them)
    const end = ALL_FEATURES.length - SUBJECT_FEATURE_NAMES.length;
    expect(ALL_FEATURES.slice(end - TOPIC_FEATURE_NAMES.length, end)).toEqual([...TOPIC_FEATURE_NAMES]);
    // the prose features keep their indices (weights files name features, but older rows caches index them)
    expect(ALL_FEATURES.indexOf(PROSE_FEATURES.at(-1)!)).toBe(end - TOPIC_FEATURE_NAMES.length - 1);
  });
});

describe('topic conjunctions of a note', () => {
  it('a bold name glossed in English mid-sentence is t-gloss-bold; the plain gloss alone is not', () => {
    const n = note(
      '调度笔记',
      '## 过滤阶段',
      '调度器先做**节点过滤**（Node Filtering），把资源不够的节点去掉，然后再打分。',
      '',
      '另外日志里会出现预选器（Predicate）这个词，不用管它。',
    );
    const bold = featuresOfName(n, '节点过滤');
    expect(feature(bold, 'gloss')).toBe(1);
    expect(feature(bold, 't-gloss-bold')).toBe(1);
    const plain = featuresOfName(n, 'predicate');
    expect(feature(plain, 'gloss')).toBe(1);
    expect(feature(plain, 't-gloss-bold')).toBe(0);
  });
  it('a clause subject named in the title, and one the note comes back to in two sections', () => {
    const n = note(
      'Karpenter 读书笔记',
      '## 它做什么',
      'Karpenter 会盯着挂起的 Pod，直接向云厂商要合适的机器。',
      '## 和别的工具比',
      'Karpenter 不用节点组，这一点和 Cluster Autoscaler 不一样。',
    );
    const x = featuresOfName(n, 'karpenter');
    expect(feature(x, 'clause-subject')).toBe(1);
    expect(feature(x, 't-title-subj')).toBe(1);
    expect(feature(x, 't-sections-subj')).toBe(1);
  });
  it('the shipped scorer weighs them (recipe new, scripts/train-definer.mjs)', () => {
    for (const k of TOPIC_FEATURE_NAMES) expect((shipped as { features: string[] }).features).toContain(k);
  });
});
