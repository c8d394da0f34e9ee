/**
 * rules32 (thirty-second session; docs/miner.md "rules32"): an interview question that asks about a field through
 * its kind's genitive (`### Q7：ResourceQuota 的 scopes 有什么用？`, `**问：PDB 的 minAvailable 和 maxUnavailable
 * 怎么选？**`) names that field of that kind — question-subjects.ts OWNER_FIELD_QUESTION / ownerFieldsAsked, read when
 * no other question shape names the part; and a bold question that asks about a name is read whole, not split at 和
 * (definitions.ts). The chapter below was written for this test, in the writer's own words.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../../src/graph/model.ts';
import { runStages } from '../../../src/graph/load.ts';
import { OWNER_FIELD_QUESTION, ownerFieldsAsked, questionSubjects } from '../../../src/graph/miner/question-subjects.ts';
import { cleanup, contentDir, mineNotes } from './helpers.ts';

afterAll(cleanup);

const find = (g: Graph, title: string) => g.concepts.find((c) => c.title === title);

const QUOTA_QA = [
  '# 配额与中断预算面试题',
  '',
  '### Q1：ResourceQuota 的 scopes 有什么用？',
  '',
  '答：它决定一条配额只统计哪一类 Pod，比如只算 BestEffort 的，或者只算带截止时间的。',
  '',
  '### Q2：LimitRange 的 max 和 ResourceQuota 的 hard 有什么不同？',
  '',
  '答：前者卡的是单个容器能要多少，后者卡的是整个命名空间加起来能用多少。',
  '',
  '**问：PDB 的 minAvailable 和 maxUnavailable 怎么选？**',
  '',
  '答：PodDisruptionBudget 里两者只能写一个。副本数固定就写至少留几个，副本数常变就写最多少几个。',
  '',
  '### Q3：Pod 的 securityContext 里 runAsNonRoot 和 runAsUser 有什么区别？',
  '',
  '答：一个只拦住以 root 启动，一个直接指定进程的 UID。',
];

describe('OWNER_FIELD_QUESTION (data) and ownerFieldsAsked', () => {
  it('reads its example, not its look-alike (a field holding what is asked)', () => {
    expect(questionSubjects(OWNER_FIELD_QUESTION.example)).toEqual([{ name: 'scopes', rule: 'owner-field', owner: 'ResourceQuota' }]);
    expect(questionSubjects(OWNER_FIELD_QUESTION.lookAlike)).toEqual([]);
  });

  it('names each field of a kind in a pair, with the kind an abbreviation names', () => {
    expect(ownerFieldsAsked('LimitRange 的 max 和 ResourceQuota 的 hard 有什么不同？')).toEqual([
      { name: 'max', owner: 'LimitRange' },
      { name: 'hard', owner: 'ResourceQuota' },
    ]);
    expect(questionSubjects('问：PDB 的 minAvailable 和 maxUnavailable 怎么选？')).toEqual([{ name: 'minAvailable', rule: 'owner-field', owner: 'PodDisruptionBudget' }]);
  });

  it('leaves a word that is no field of the kind, a genitive of no kind, and a holder', () => {
    expect(questionSubjects('Q4：Service 的 max 有什么用？')).toEqual([]);
    expect(questionSubjects('Q5：集群的 scopes 有什么用？')).toEqual([]);
    expect(questionSubjects('Q2：CRD 的 spec 里最重要的几个字段是哪些？')).toEqual([]);
  });

  it('reads questions only, and no key every object has (dev51\'s heading `PDB 的 status 怎么看` made a false positive before)', () => {
    expect(questionSubjects('PDB 的 status 怎么看')).toEqual([]);
    expect(questionSubjects('3.1 Pod 的 phase')).toEqual([]);
    expect(questionSubjects('Q6：PDB 的 status 怎么看？')).toEqual([]);
    expect(ownerFieldsAsked('CRD 的 spec 和 Pod 的 metadata 怎么写？')).toEqual([]);
  });

  it('comes after the other shapes: a what-is question keeps its own reading', () => {
    expect(questionSubjects('Q1：Service 的 sessionAffinity 是什么？')).toEqual([{ name: 'sessionAffinity', rule: 'what-is' }]);
  });
});

describe('the chapter (fails on the base: no question named these fields there)', () => {
  it('the fields asked about through their kinds are those kinds\' fields with their paths; the holder is no concept', async () => {
    const g = await mineNotes({ 'notes/qa.md': QUOTA_QA });
    expect(find(g, 'scopes')).toMatchObject({ kind: 'field', fieldPath: 'spec.scopes' });
    expect(find(g, 'max')).toMatchObject({ kind: 'field', fieldPath: 'spec.limits[].max' });
    expect(find(g, 'minAvailable')).toMatchObject({ kind: 'field', fieldPath: 'spec.minAvailable' });
    expect(find(g, 'securityContext')).toBeUndefined();
  });

  it('says which rule read the question (--explain)', async () => {
    const dir = await contentDir({ 'notes/qa.md': QUOTA_QA.join('\n') + '\n' });
    const ctx = await runStages(dir, { layout: false });
    const c = ctx.graph!.concepts.find((x) => x.title === 'minAvailable')!;
    expect((ctx.provenance.get(c.id) ?? []).map((p) => p.rule).join(' ')).toMatch(/owner-field/u);
  });
});
