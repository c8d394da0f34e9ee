/**
 * A chapter title whose lead before the colon is plain words (`每个节点一个：DaemonSet`) and whose
 * subtitle is one concept's name: that concept is the chapter's subject (its home), as when the
 * title leads with the name (`DaemonSet：每个节点一个`). Chapters written for this test.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { titleSubtitle } from '../../../src/graph/mining.ts';
import { cleanup, contentDir } from './helpers.ts';
import { explainConcept } from '../../../src/graph/explain.ts';
import { runStages } from '../../../src/graph/load.ts';

afterAll(cleanup);

describe('titleSubtitle', () => {
  it('the part after the colon when the lead is the subject titleNames takes', () => {
    expect(titleSubtitle('每个节点一个：DaemonSet')).toBe('DaemonSet');
    expect(titleSubtitle('第七章 每个节点一个: DaemonSet（草稿）')).toBe('DaemonSet');
  });
  it('none without a colon, or when the lead only names the kind of note (its subtitle is the subject already)', () => {
    expect(titleSubtitle('每个节点跑一个 DaemonSet')).toBeUndefined();
    expect(titleSubtitle('读书笔记：CNI 与容器网络模型')).toBeUndefined();
    expect(titleSubtitle('实验记录：用 StatefulSet 跑 MySQL')).toBeUndefined();
  });
});

const body = (title: string): string[] => [
  `# ${title}`,
  '',
  '**DaemonSet：** 一种工作负载对象，保证每个节点上都跑着一个 Pod 副本。',
  '',
  '**Deployment：** 按副本数运行无状态 Pod 的对象，和 DaemonSet 对比着看。',
  '',
  '## 更新',
  '',
  '- **updateStrategy：** DaemonSet 的更新策略，有 RollingUpdate 和 OnDelete 两种。',
];

async function homeRule(title: string, id: string): Promise<string> {
  const ctx = await runStages(await contentDir({ 'notes/x.md': body(title).join('\n') + '\n' }), { layout: false });
  return explainConcept(ctx, id) ?? '';
}

describe('the subtitle names the home', () => {
  it('`每个节点一个：DaemonSet` is about DaemonSet (not the first thing defined, not loose)', async () => {
    const text = await homeRule('每个节点一个：DaemonSet', 'daemon-set');
    expect(text).toMatch(/about .*\[title-subtitle\]/);
  });
  it('look-alike: a subtitle of several names is about none of them (`对比：DaemonSet vs Deployment`)', async () => {
    const text = await homeRule('对比：DaemonSet vs Deployment', 'daemon-set');
    expect(text).not.toContain('title-subtitle');
  });
  it('look-alike: a subtitle that is a sentence mentioning a name gives no home by it', async () => {
    const text = await homeRule('第 3 周：终于把日志 agent 用 DaemonSet 铺满了', 'daemon-set');
    expect(text).not.toContain('title-subtitle');
  });
});
