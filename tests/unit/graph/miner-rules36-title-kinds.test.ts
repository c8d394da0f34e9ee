/**
 * rules36 (docs/miner.md, "rules36 (thirty-sixth session)"): a later kind a chapter's title joins to the kind before it
 * (`# Job / CronJob 错题本`: CronJob) is a concept of the note (`title-joined-kind`), related to that kind; a later kind
 * elsewhere in the title, names that are no kind, a kind written twice and kinds in lower case are not. Notes written
 * for this test, not taken from the corpora.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { runStages } from '../../../src/graph/load.ts';
import { explainConcept } from '../../../src/graph/explain.ts';
import { TITLE_JOINED_KIND, joinedTitleKinds } from '../../../src/graph/miner/title-kinds.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const stagesOf = async (notes: Record<string, string[]>) =>
  runStages(await contentDir(Object.fromEntries(Object.entries(notes).map(([f, lines]) => [`notes/${f}`, lines.join('\n') + '\n']))), { layout: false });

describe('joinedTitleKinds: the later kinds a title joins to the kind before them', () => {
  it('gives the example its kind and each look-alike none', () => {
    expect(joinedTitleKinds(TITLE_JOINED_KIND.example).map((x) => x.kind)).toEqual([...TITLE_JOINED_KIND.gives]);
    for (const t of TITLE_JOINED_KIND.lookAlikes) expect(joinedTitleKinds(t), t).toEqual([]);
  });

  it('reads the joining marks and words, two-word kinds and a subtitle after a colon', () => {
    expect(joinedTitleKinds('配置怎么搬：ConfigMap / Secret 实战')).toEqual([{ kind: 'Secret', before: 'ConfigMap' }]);
    expect(joinedTitleKinds('云上存储：CSI driver + StorageClass')).toEqual([{ kind: 'StorageClass', before: 'CSIDriver' }]);
    expect(joinedTitleKinds('StatefulSet 和 PersistentVolumeClaim 踩坑').map((x) => x.kind)).toEqual(['PersistentVolumeClaim']);
    expect(joinedTitleKinds('弹性伸缩：HPA、PDB').map((x) => x.kind)).toEqual(['PodDisruptionBudget']);
    expect(joinedTitleKinds('Role与RoleBinding与ClusterRole').map((x) => x.kind)).toEqual(['RoleBinding', 'ClusterRole']);
  });

  it('leaves a later kind that other words part from the one before it', () => {
    expect(joinedTitleKinds('ConfigMap / Secret 怎么注入 Pod').map((x) => x.kind)).toEqual(['Secret']);
    expect(joinedTitleKinds('Deployment 的滚动更新和 Service 的切流')).toEqual([]);
    expect(joinedTitleKinds('Ingress 还是 Gateway')).toEqual([]);
  });
});

describe('title-joined-kind in a note', () => {
  it('makes the joined kind a concept the note defines, related to the first, and --explain names the rule', async () => {
    const ctx = await stagesOf({
      'jobs.md': ['# Job / CronJob 错题本', '', '## 错题 1', '', 'backoffLimit 写成了 0，一次失败就放弃。', '', '## 错题 2', '', 'schedule 按 UTC 算，早上的任务跑到了下午。'],
      'expose.md': ['# Deployment 怎么用 Service 暴露', '', '先建 Deployment，再建 Service。'],
      'cloud.md': ['# EKS / GKE 对比', '', '两家的节点组不一样。'],
    });
    const g = ctx.graph!;
    const cron = g.concepts.find((c) => c.title === 'CronJob')!;
    expect(cron, 'CronJob').toBeDefined();
    const jobs = g.notes!.find((n) => n.file === 'notes/jobs.md')!;
    const job = g.concepts.find((c) => c.title === 'Job')!;
    expect(jobs.defines).toEqual(expect.arrayContaining([job.id, cron.id]));
    expect(g.edges.some((e) => e.from === job.id && e.to === cron.id && e.type === 'related')).toBe(true);
    expect(explainConcept(ctx, cron.id)).toContain(TITLE_JOINED_KIND.name);
    // (a later kind elsewhere in the title is no concept of that note; names that are no kind nothing)
    const expose = g.notes!.find((n) => n.file === 'notes/expose.md')!;
    const service = g.concepts.find((c) => c.title === 'Service');
    expect(service === undefined || !expose.defines.includes(service.id)).toBe(true);
    expect(g.concepts.map((c) => c.title)).not.toEqual(expect.arrayContaining(['GKE']));
  });
});
