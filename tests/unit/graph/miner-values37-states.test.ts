/**
 * values37 (docs/miner.md, "values37 (thirty-seventh session)"): a value spelt as a phase is a `state` only as the label
 * conventions say — a Pod, PV or PVC phase or a container's state anywhere, another kind's phase (Namespace's
 * `Terminating`) only where that kind is in sight — and a value that opens one of a kind's conditions set out one by
 * one (`**Complete**` / `**Failed**` / `**Suspended**` of a Job, `**Available**` / `**Progressing**` of a Deployment)
 * is that condition, a term. Notes written for this test, not taken from the corpora.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { RootContent } from 'mdast';
import { runStages } from '../../../src/graph/load.ts';
import { CONDITION_SET_SHAPE, conditionSetOut } from '../../../src/graph/miner/condition-types.ts';
import { STATE_KINDS_ALONE } from '../../../src/graph/miner/resolve.ts';
import type { Section } from '../../../src/graph/miner/outline.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const sectionOf = (md: string) => ({ blocks: fromMarkdown(md).children as RootContent[] }) as unknown as Section;
const stagesOf = async (...lines: string[]) => runStages(await contentDir({ 'notes/n.md': lines.join('\n') + '\n' }), { layout: false });
const kindOf = (g: { concepts: { title: string; kind: string }[] }, t: string) => g.concepts.find((c) => c.title === t)?.kind;

describe('conditionSetOut: a kind\'s conditions set out one by one', () => {
  it('gives the example its names and each look-alike none', () => {
    for (const n of CONDITION_SET_SHAPE.gives) expect(conditionSetOut(n, sectionOf(CONDITION_SET_SHAPE.example)), n).toBe('Job');
    for (const l of CONDITION_SET_SHAPE.lookAlikes) for (const n of ['Failed', 'Pending', 'Running', 'Ready']) expect(conditionSetOut(n, sectionOf(l)), `${n} in ${l}`).toBeUndefined();
  });

  it('reads paragraphs opening on bold names, a Deployment\'s conditions, and not a value that opens nothing', () => {
    expect(conditionSetOut('Available', sectionOf('**Available**：可用副本达到最低数量。\n\n**Progressing**：正在滚动。'))).toBe('Deployment');
    expect(conditionSetOut('Failed', sectionOf('- Complete：成功。\n- Suspended：暂停。\n\nPod 最后是 Failed，就不会重启了。'))).toBeUndefined();
  });

  it('keeps the kinds whose phases are states anywhere as the conventions list them', () => {
    expect([...STATE_KINDS_ALONE].sort()).toEqual(['PersistentVolume', 'PersistentVolumeClaim', 'Pod']);
  });
});

describe('states and conditions in a note', () => {
  it('types a Job\'s conditions as terms and a Pod\'s phases as states', async () => {
    const ctx = await stagesOf(
      '# Job 的结局',
      '',
      '## Job 的 conditions',
      '',
      '以前只看 Pod 的状态，其实判断 Job 的结局要看 `status.conditions`：',
      '',
      '- **Complete**：成功的 Pod 数达到 completions，终态。',
      '- **Failed**：Pod 重试用尽或超时，Job 失败，终态。',
      '- **Suspended**：`spec.suspend` 为 true 时出现。',
      '',
      '## Pod 的阶段',
      '',
      '- **Pending**：还有容器没跑起来。',
      '- **Succeeded**：所有容器都以退出码 0 结束。',
      '- **Unknown**：拿不到 Pod 的状态。',
    );
    const g = ctx.graph!;
    expect(kindOf(g, 'Failed')).toBe('term');
    expect(kindOf(g, 'Complete')).toBe('term');
    for (const t of ['Pending', 'Succeeded', 'Unknown']) expect(kindOf(g, t), t).toBe('state');
  });

  it('keeps Failed a state where it is set out among a Pod\'s phases', async () => {
    const g = (await stagesOf('# Pod 的一生', '', '## 阶段', '', '- **Pending**：还没调度。', '- **Running**：在跑。', '- **Failed**：有容器失败退出。')).graph!;
    expect(kindOf(g, 'Failed')).toBe('state');
  });

  it('types Terminating a term in a note about deleting Pods, a state where Namespace\'s phase is explained', async () => {
    const pod = (await stagesOf('# 优雅停机', '', '## 删除 Pod 的过程', '', '- **Terminating**：不是 Pod 的 phase，只是 kubectl 看到 `deletionTimestamp` 后显示的状态。', '- **preStop**：容器停止前执行的钩子。')).graph!;
    expect(kindOf(pod, 'Terminating')).toBe('term');
    const ns = (await stagesOf('# Namespace 删不掉', '', '## Namespace 的阶段', '', '- **Terminating**：Namespace 的 `status.phase` 之一，删除中，等里面的对象清空。', '- **Active**：Namespace 的正常阶段。')).graph!;
    expect(kindOf(ns, 'Terminating')).toBe('state');
  });
});
