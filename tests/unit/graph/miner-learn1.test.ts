/**
 * learn1: the way-of-writing features of the learned definition scorer (writing-features.ts,
 * definer.ts WRITING_FEATURES). Every sentence here was written for this test.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseMarkdown } from '../../../src/graph/markdown.ts';
import { ALL_FEATURES, BASE_FEATURES, WRITING_FEATURES, featuresOf, nameCandidates, noteFacts } from '../../../src/graph/miner/definer.ts';
import { askedAbout, introducedBefore, opensSentence, takesUp, writingFeatures, type WritingOccurrence } from '../../../src/graph/miner/writing-features.ts';

const note = (...lines: string[]) => {
  const text = lines.join('\n') + '\n';
  return { tree: parseMarkdown(text), file: 'notes/x.md', title: 'x', fences: [] };
};
const featuresFor = (n: ReturnType<typeof note>, key: string, context = true) => {
  const cands = nameCandidates(n);
  const c = cands.get(key);
  if (!c) throw new Error(`no candidate ${key}: ${[...cands.keys()].join(' ')}`);
  const x = featuresOf(c, noteFacts(n, cands), context);
  return (name: string) => x[ALL_FEATURES.indexOf(name)];
};
const occ = (o: Partial<WritingOccurrence>): WritingOccurrence => ({ form: 'text', unit: 1, opensUnit: false, before: '', after: '', next: '', ...o });

describe('the tables', () => {
  it('a sentence going on about the name: the name again or a pronoun opens the next one', () => {
    expect(takesUp(occ({ next: '它会在每次发布前检查镜像。' }), 'gatekeeper')).toBe(true);
    expect(takesUp(occ({ next: ' gatekeeper 默认不拦截。' }), 'gatekeeper')).toBe(true);
    expect(takesUp(occ({ next: '这个开关默认关闭。' }), 'dryRun')).toBe(true);
    expect(takesUp(occ({ next: '然后我们重启了集群。' }), 'dryRun')).toBe(false);
    expect(takesUp(occ({ next: '' }), 'dryRun')).toBe(false);
  });
  it('a verb of introducing right before the name', () => {
    expect(introducedBefore(occ({ before: '下面介绍一下 ' }))).toBe(true);
    expect(introducedBefore(occ({ before: '接着来看：' }))).toBe(true);
    expect(introducedBefore(occ({ before: '我们在排障时用了 ' }))).toBe(false);
  });
  it('a question about the name, before or after it', () => {
    expect(askedAbout(occ({ before: '什么是 ' }))).toBe(true);
    expect(askedAbout(occ({ after: ' 到底是什么？' }))).toBe(true);
    expect(askedAbout(occ({ after: ' 有什么用？' }))).toBe(true);
    expect(askedAbout(occ({ before: 'What is ' }))).toBe(true);
    expect(askedAbout(occ({ after: ' 是默认开启的。' }))).toBe(false);
  });
  it('a name opening its sentence, after a connective or a list mark at most', () => {
    expect(opensSentence(occ({ before: '' }))).toBe(true);
    expect(opensSentence(occ({ before: '另外，' }))).toBe(true);
    expect(opensSentence(occ({ before: '- ' }))).toBe(true);
    expect(opensSentence(occ({ before: '我们把 ' }))).toBe(false);
  });
});

describe('writingFeatures over a name’s occurrences', () => {
  const cue = (o: WritingOccurrence) => /^\s*(?:是|指)/u.test(o.after);
  it('reads where the name is brought in and how often a cue follows it', () => {
    const f = writingFeatures(
      [occ({ unit: 3, after: ' 被重启了。' }), occ({ unit: 2, after: ' 是一个准入控制器。' }), occ({ form: 'heading', unit: 1 })],
      'x',
      cue,
    );
    expect(f['w-first-cue']).toBe(1); // the first running-text occurrence (unit 2) explains it
    expect(f['w-cue-share']).toBeCloseTo(0.5);
    expect(f['w-heading-first']).toBe(1);
    expect(f['w-once']).toBe(0);
  });
  it('a name first used in passing and explained later has no first cue', () => {
    const f = writingFeatures([occ({ unit: 5, after: ' 是一个准入控制器。' }), occ({ unit: 2, after: ' 也装上了。' })], 'x', cue);
    expect(f['w-first-cue']).toBe(0);
    expect(f['w-heading-first']).toBe(0);
  });
  it('a name only ever written as code, once', () => {
    const f = writingFeatures([occ({ form: 'code' })], 'x', cue);
    expect(f['w-code-only']).toBe(1);
    expect(f['w-once']).toBe(1);
  });
});

describe('in the scorer’s feature vector', () => {
  it('the writing features follow the rule families and are no base features', () => {
    for (const w of WRITING_FEATURES) {
      expect(ALL_FEATURES).toContain(w);
      expect(BASE_FEATURES as readonly string[]).not.toContain(w);
    }
  });
  it('a name introduced, explained and taken up by the next sentence', () => {
    const f = featuresFor(note('# 笔记', '下面介绍 Sentinel：它是一个流量守卫。它会限制突发请求。'), 'sentinel');
    expect(f('w-intro-before')).toBe(1);
    expect(f('w-first-cue')).toBe(1);
    expect(f('w-takes-up')).toBe(1);
  });
  it('a name mentioned in passing has none of them', () => {
    const f = featuresFor(note('# 笔记', '昨天我们顺手把 Sentinel 也升级了，然后去吃饭。'), 'sentinel');
    expect(f('w-intro-before')).toBe(0);
    expect(f('w-first-cue')).toBe(0);
    expect(f('w-takes-up')).toBe(0);
    expect(f('w-once')).toBe(1);
  });
  it('without the context pass the writing features stay 0', () => {
    const f = featuresFor(note('# 笔记', '下面介绍 Sentinel：它是一个流量守卫。它会限制突发请求。'), 'sentinel', false);
    expect(f('w-intro-before')).toBe(0);
    expect(f('w-takes-up')).toBe(0);
  });
});

describe('markNewLabels (scripts/lib/definer-train.mjs): what an added name can gain', () => {
  it('a name is new only when no rule candidate of its chapter names the same label', async () => {
    const { markNewLabels } = await import('../../../scripts/lib/definer-train.mjs');
    const dir = mkdtempSync(path.join(tmpdir(), 'learn1-'));
    try {
      const set = path.join(dir, 'devX');
      mkdirSync(set);
      writeFileSync(
        path.join(set, 'a.labels.yaml'),
        [
          'chapter: a.md',
          'concepts:',
          '  - name: 熔断器',
          '    kind: term',
          '    also: [circuit breaker]',
          '  - name: retryBudget',
          '    kind: field',
          '    owner: Mesh',
          '    fieldPath: spec.policy.retryBudget',
        ].join('\n'),
      );
      const row = (name: string, ruled: boolean, y: number) => ({ set: 'devX', chapter: 'a.md', name, ruled, y, x: [] as number[] });
      const rows = [
        row('熔断器', true, 1), // a rule found the label by its Chinese name
        row('circuit breaker', false, 1), // the gloss of the same label: nothing new
        row('spec.policy.retryBudget', false, 1), // a label no rule candidate names: new
        row('sidecar', false, 0), // no label
      ];
      markNewLabels(rows, [set]);
      expect(rows.map((r) => [r.name, (r as { ynew?: number }).ynew, (r as { yold?: number }).yold])).toEqual([
        ['熔断器', 0, 1],
        ['circuit breaker', 0, 1],
        ['spec.policy.retryBudget', 1, 0],
        ['sidecar', 0, 0],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
