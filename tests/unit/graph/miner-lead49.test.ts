/**
 * lead49 (docs/miner.md "Lead (forty-ninth session)"): two fields joined at the start of a clause and explained
 * together with no comma between them (`successfulJobsHistoryLimit 和 failedJobsHistoryLimit 控制…`,
 * `configMapKeyRef 和 secretKeyRef 分别从…取`) are each the subject of that clause (field-clauses.ts leadPairs).
 * Notes written for this test, not taken from the corpora.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { runStages } from '../../../src/graph/load.ts';
import { explainConcept } from '../../../src/graph/explain.ts';
import { leadPairs, RESPECTIVELY } from '../../../src/graph/miner/field-clauses.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const stagesOf = async (...lines: string[]) => runStages(await contentDir({ 'notes/n.md': lines.join('\n') + '\n' }), { layout: false });

describe('leadPairs: two names opening a clause together', () => {
  it('finds the pair at the start of the text or of a clause, with the words before its predicate', () => {
    const text = 'CronJob 会留下历史。successfulJobsHistoryLimit 和 failedJobsHistoryLimit 分别保留多少个 Job。';
    const [pair] = leadPairs(text);
    expect(pair!.names).toEqual(['successfulJobsHistoryLimit', 'failedJobsHistoryLimit']);
    expect(text.slice(pair!.at[0], pair!.at[0] + 10)).toBe('successful');
    expect(text.slice(pair!.at[1], pair!.at[1] + 6)).toBe('failed');
    expect(RESPECTIVELY.test(pair!.between)).toBe(true);
    expect(pair!.rest.startsWith('保留')).toBe(true);
    const [other] = leadPairs('requests 和 limits 控制资源。');
    expect(other!.names).toEqual(['requests', 'limits']);
    expect(other!.between).toBe('');
  });

  it('finds no pair in the middle of a clause or inside a path', () => {
    expect(leadPairs('我们给容器写了 requests 和 limits 控制资源。')).toEqual([]);
    expect(leadPairs('要看 spec.requests 和 limits。')).toEqual([]);
    expect(leadPairs('requests 和 limits.cpu 要一起写。')).toEqual([]);
  });
});

describe('in a note', () => {
  it('takes both fields of a pair a predicate or 分别 explains, and not a pair merely listed', async () => {
    const ctx = await stagesOf(
      '# CronJob',
      '',
      '~~~',
      'apiVersion: batch/v1',
      'kind: CronJob',
      'metadata:',
      '  name: report',
      'spec:',
      '  schedule: "0 3 * * *"',
      '  successfulJobsHistoryLimit: 3',
      '  failedJobsHistoryLimit: 1',
      '  jobTemplate:',
      '    spec:',
      '      template:',
      '        spec:',
      '          restartPolicy: OnFailure',
      '          containers:',
      '          - name: report',
      '            image: busybox',
      '~~~',
      '',
      'successfulJobsHistoryLimit 和 failedJobsHistoryLimit 分别保留多少个成功和失败的 Job，默认是 3 和 1。',
      '',
      '我们一般也会看一眼 startingDeadlineSeconds 和 concurrencyPolicy 这些。',
    );
    const g = ctx.graph!;
    const ok = g.concepts.find((c) => c.title === 'successfulJobsHistoryLimit');
    const failed = g.concepts.find((c) => c.title === 'failedJobsHistoryLimit');
    expect(ok?.kind).toBe('field');
    expect(ok?.fieldPath).toBe('spec.successfulJobsHistoryLimit');
    expect(failed?.fieldPath).toBe('spec.failedJobsHistoryLimit');
    expect(explainConcept(ctx, failed!.id)).toContain('lead pair, respectively');
    // (named in a list of things to look at, not explained)
    expect(g.concepts.find((c) => c.title === 'startingDeadlineSeconds')).toBeUndefined();
  });
});

describe('field-genitive: a one-word key after its kind\'s genitive', () => {
  it('is not taken when the clause gives its value or an aside, and is when a verb says what it does', async () => {
    const ctx = await stagesOf(
      '# 发布',
      '',
      '这次 Deployment 的 replicas 也是 2，所以 PDB 一设就卡住了。',
      '',
      '对比着记：Pod 的 phase 是 Pending / Running / Succeeded 这种单值的状态。',
      '',
      'Service 的 type 决定了它怎么被访问，默认是 ClusterIP。',
    );
    const g = ctx.graph!;
    expect(g.concepts.find((c) => c.title === 'replicas')).toBeUndefined();
    expect(g.concepts.find((c) => c.title === 'phase')).toBeUndefined();
    const type = g.concepts.find((c) => c.title === 'type');
    expect(type?.kind).toBe('field');
    expect(type?.fieldPath).toBe('spec.type');
    expect(explainConcept(ctx, type!.id)).toContain('field-genitive (decides)');
  });
});
