/**
 * lead51 (docs/miner.md "Lead (fifty-first session)"): a `#` heading is a title the author wrote even when the file is
 * named after it (lead50 tried it and withdrew it: the written path lacked what the file-name path did for sheets and
 * for a term that is what the note's one kind does). Notes written for this test, not taken from the corpora.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { runStages } from '../../../src/graph/load.ts';
import { isExamName, isSheetTitle, sheetToolName } from '../../../src/graph/miner/reference-titles.ts';
import { afterAnswerNaming } from '../../../src/graph/summaries.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const graphOf = async (file: string, lines: readonly string[]) => {
  const ctx = await runStages(await contentDir({ [file]: lines.join('\n') + '\n' }), { layout: false });
  const g = ctx.graph!;
  const note = g.notes!.find((n) => n.file === file)!;
  const byTitle = (title: string) => g.concepts.find((c) => c.title === title);
  return {
    home: g.concepts.find((c) => c.id === note.home),
    topics: g.concepts.filter((c) => c.kind === 'topic' && c.id !== g.root).map((c) => c.title),
    byTitle,
    parentOf: (title: string) => g.concepts.find((c) => c.id === byTitle(title)?.parent)?.title,
  };
};

const SCHEDULING = [
  '谁来给新建的 Pod 挑节点？调度器。它分两步走。',
  '',
  '**过滤：**先把放不下这个 Pod 的节点去掉，比如资源不够的、有污点又不被容忍的。',
  '',
  '**打分：**剩下的节点每个算一个分，分最高的那个胜出，同分的随机挑一个。',
  '',
  '## 节点选择',
  '',
  '`nodeSelector` 写在 Pod 的 spec 里，节点要带齐里面所有的标签才会被选中。',
];

describe('a `#` heading equal to the file name is a title the author wrote', () => {
  it('the chapter is about what the heading names (调度), not the first thing it defines (过滤)', async () => {
    const { home, parentOf } = await graphOf('notes/第六章 调度：Pod 去哪个节点.md', ['# 第六章 调度：Pod 去哪个节点', '', ...SCHEDULING]);
    expect(home?.title).toBe('调度');
    expect(parentOf('打分')).toBe('调度');
  });

  it('look-alike: a note with no `#` heading takes no topic from its file name', async () => {
    const { topics } = await graphOf('notes/第六章 调度：Pod 去哪个节点.md', SCHEDULING);
    expect(topics).not.toContain('调度');
  });
});

describe('a sheet\'s title or an exam\'s name makes no topic; a sheet of one tool is about the tool', () => {
  it('the title shapes', () => {
    for (const t of ['容器状态与 reason 速查表', '存储排查备忘', 'kubectl Cheat Sheet', '网络小抄']) expect(isSheetTitle(t), t).toBe(true);
    for (const t of ['调度进阶（CKA 备考）', 'Pod 的生命周期', '速查之后的思考：为什么 Pod 会重启']) expect(isSheetTitle(t), t).toBe(false);
    for (const t of ['CKA', 'CKS', 'CKA / CKAD']) expect(isExamName(t), t).toBe(true);
    for (const t of ['CKA 调度', '调度', 'KCNAX']) expect(isExamName(t), t).toBe(false);
    expect(sheetToolName('Velero')).toBe('Velero');
    expect(sheetToolName('CKA')).toBeUndefined();
    expect(sheetToolName('容器状态')).toBeUndefined();
  });

  const STATES = [
    '**CrashLoopBackOff：**容器反复退出，kubelet 每次重启前等得更久，最长五分钟。',
    '',
    '**ImagePullBackOff：**镜像拉不下来，kubelet 隔一段时间再拉。',
  ];

  it('a 速查表 of container states, the file named after it: no topic 容器状态', async () => {
    const { topics, home } = await graphOf('notes/容器状态速查表.md', ['# 容器状态速查表', '', ...STATES]);
    expect(topics).toEqual([]);
    expect(home?.title).not.toBe('容器状态');
  });

  it('a 速查表 of one tool: the tool is the chapter\'s subject, a term', async () => {
    const { home } = await graphOf('notes/kueue.md', ['# Kueue 速查表', '', '**ClusterQueue：**Kueue 里一份集群级的配额池，几个团队的队列从它借用资源。', '', '**LocalQueue：**命名空间里的队列，Job 提交到这里排队，再由 Kueue 放行。', '', 'Kueue 放行以前 Job 是 suspend 状态。']);
    expect(home?.title).toBe('Kueue');
    expect(home?.kind).toBe('term');
  });

  it('look-alike: an exam review whose phrase is an area keeps its topic', async () => {
    const { home } = await graphOf('notes/调度进阶.md', ['# 调度进阶（CKA 备考）', '', ...SCHEDULING]);
    expect(home?.title).toBe('调度');
  });
});

describe('a term the title names that is what the note\'s one kind does: the kind is the home', () => {
  const DEPLOY = (says: boolean) => [
    '**Deployment：**无状态应用的控制器，管着一组 ReplicaSet' + (says ? '，发新版本时负责滚动更新。' : '。'),
    '',
    '**滚动更新：**新 Pod 起来一个，旧 Pod 删掉一个，发版过程中一直有副本在服务。',
    '',
    '**maxSurge：**发版时最多比期望副本数多出几个 Pod。',
  ];

  it('`# 滚动更新` over a Deployment whose definition names it: 滚动更新 under Deployment', async () => {
    const { home, parentOf } = await graphOf('notes/发版.md', ['# 滚动更新', '', ...DEPLOY(true)]);
    expect(home?.title).toBe('Deployment');
    expect(parentOf('滚动更新')).toBe('Deployment');
    expect(parentOf('maxSurge')).toBe('Deployment');
  });

  it('look-alike: the kind\'s definition does not name the term: the term stays the home', async () => {
    const { home } = await graphOf('notes/发版.md', ['# 滚动更新', '', ...DEPLOY(false)]);
    expect(home?.title).toBe('滚动更新');
  });

  it('look-alike: two kinds defined: the term stays the home', async () => {
    const { home } = await graphOf('notes/发版.md', ['# 滚动更新', '', ...DEPLOY(true), '', '**DaemonSet：**每个节点一个 Pod 的控制器，它的滚动更新一次换一个节点。']);
    expect(home?.title).toBe('滚动更新');
  });
});

describe('a summary opening with an answer (answer51\'s `答案是 X`) reads as what the thing is', () => {
  const n = { title: 'kube-proxy', aliases: ['代理'] };
  it('afterAnswerNaming', () => {
    // a sentence that only gives the name: the next sentence, its 它 written as the name
    expect(afterAnswerNaming('答案是 kube-proxy。它在每个节点上维护转发规则。', n)).toBe('kube-proxy 在每个节点上维护转发规则。');
    expect(afterAnswerNaming('靠的是 kube-proxy。每个节点上都跑着一个。', n)).toBe('每个节点上都跑着一个。');
    // an answer that says more than the name: without the words 答案是
    expect(afterAnswerNaming('答案是 kube-proxy：每个节点上的一个组件，负责把 Service 的流量转给 Pod。', n)).toBe('kube-proxy：每个节点上的一个组件，负责把 Service 的流量转给 Pod。');
    // look-alikes: a way describes a task; a name with nothing after it; no answer at all; 它们 is not the name
    expect(afterAnswerNaming('做法是给每个节点打上机房的标签。', n)).toBe('做法是给每个节点打上机房的标签。');
    expect(afterAnswerNaming('答案是 kube-proxy。', n)).toBe('答案是 kube-proxy。');
    expect(afterAnswerNaming('kube-proxy 在每个节点上。', n)).toBe('kube-proxy 在每个节点上。');
    expect(afterAnswerNaming('答案是 kube-proxy。它们都在节点上。', n)).toBe('它们都在节点上。');
  });

  it('on a page: the concept named as a question\'s answer is summed up by the sentence that explains it', async () => {
    const file = 'notes/网络.md';
    const ctx = await runStages(await contentDir({ [file]: ['# 网络', '', '访问 Service 的流量是谁转给 Pod 的？答案是 kube-proxy。它在每个节点上维护 iptables 或 IPVS 规则，把发往 Service 的包转给后端的 Pod。', ''].join('\n') }), { layout: false });
    const c = ctx.graph!.concepts.find((x) => x.title === 'kube-proxy');
    expect(c?.summary).toBe('kube-proxy 在每个节点上维护 iptables 或 IPVS 规则，把发往 Service 的包转给后端的 Pod。');
  });
});
