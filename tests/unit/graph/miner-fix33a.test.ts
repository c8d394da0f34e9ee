/**
 * fix33a (docs/miner.md, "fix33a"): issue 12, what a QA user saw wrong in the graph of their own notes,
 * on chapters written for this test (never the QA's). Look-alikes must stay as they were.
 *   item 1  a field a note only fell back on as its home hangs under its owning object, beside its siblings
 *           (stages/mine.ts LOOSE_HOME_UNDER_OWNER)
 *   item 2  `livenessProbe（存活探针）` gives the Chinese name as an alias, as a kind's gloss does (miner/field-gloss.ts),
 *           and a title's words the glossed siblings share name none of them (TITLE_WORDS_TIE_NAMES_NONE)
 *   item 3  a concept several notes define is shown and summed up from the note that defines it (stages/concepts.ts
 *           DEFINING_PLACE), whichever file comes first
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../../src/graph/model.ts';
import { fieldGlossNames, NOT_A_FIELD_NAME } from '../../../src/graph/miner/field-gloss.ts';
import { cleanup, mineNotes } from './helpers.ts';

afterAll(cleanup);

const byTitle = (g: Graph, title: string) => g.concepts.find((c) => c.title === title);
const parentTitle = (g: Graph, title: string) => g.concepts.find((p) => p.id === byTitle(g, title)?.parent)?.title;

const POD_CHAPTER = [
  '# Pod 入门',
  '',
  '**Pod** 是集群里能创建和调度的最小单元，里面的容器共用网络和存储卷。',
  '',
  '## 几个阶段',
  '',
  '**Pending**：Pod 已被集群接受，但有容器还没建好，可能在等调度或者拉镜像。',
  '',
  '**Running**：Pod 已经落到节点上，容器都建好了，至少一个在跑。',
  '',
  '**Failed**：所有容器都停了，至少一个是失败退出的。',
];
const DIARY = [
  '# 线上排障记录',
  '',
  '## 周一',
  '',
  '**Pending**：这次是因为 requests 写得太大，调度器找不到放得下它的节点，Pod 就一直卡着。',
  '',
  'Pod 是因为 requests 太大才调度不上去的，调小以后就好了。',
];

describe('fix33a item 2: a field or state glossed with its Chinese name in brackets takes it as an alias', () => {
  it.each([
    ['livenessProbe（存活探针）', 'livenessProbe', ['存活探针']],
    ['readinessProbe(就绪探针)', 'readinessProbe', ['就绪探针']],
    ['`accessModes`（访问模式）：', 'accessModes', ['访问模式']],
    ['spec.priority（优先级）', 'priority', ['优先级']],
    ['Pending（挂起）', 'Pending', ['挂起']],
  ])('%s → %j', (label, name, want) => {
    expect(fieldGlossNames(label, name)).toEqual(want);
  });

  it.each([
    ['imagePullSecrets（Pod 级）', 'imagePullSecrets'], // a level, not a name (level-remark)
    ['restartPolicy（容器级别）', 'restartPolicy'],
    ['startupProbe（在 sidecar 上）', 'startupProbe'], // where (placed-remark)
    ['resourceNames（可选）', 'resourceNames'], // a remark (labels.ts isRemark)
    ['steps（spec.strategy.canary.steps）', 'steps'], // a Latin gloss: a path, not another name
    ['Pod（存活探针）', 'livenessProbe'], // the label names another thing
    ['livenessProbe', 'livenessProbe'], // no gloss
  ])('no alias from %s', (label, name) => {
    expect(fieldGlossNames(label, name)).toEqual([]);
  });

  it('each shape has an example it rejects and a look-alike it keeps', () => {
    for (const s of NOT_A_FIELD_NAME) {
      expect(s.re.test(s.example)).toBe(true);
      expect(s.re.test(s.lookAlike)).toBe(false);
    }
  });

  it('bold list items, a heading and ASCII brackets give the aliases; the kind glossed the same way keeps its own', async () => {
    const g = await mineNotes({
      'notes/探针.md': [
        '# 容器的健康检查',
        '',
        '- **livenessProbe（存活探针）**：失败到阈值后 kubelet 重启容器。',
        '- **readinessProbe(就绪探针)**：失败时把 Pod 从 Service 后端摘掉，不重启。',
        '',
        '### startupProbe（启动探针）',
        '',
        'startupProbe 成功之前另外两种探针都不跑，给启动慢的应用用。',
        '',
        '**PersistentVolumeClaim（PVC，持久卷申领）**：Pod 申请存储的方式。',
      ],
    });
    expect(byTitle(g, 'livenessProbe')?.aliases).toContain('存活探针');
    expect(byTitle(g, 'readinessProbe')?.aliases).toContain('就绪探针');
    expect(byTitle(g, 'startupProbe')?.aliases).toContain('启动探针');
    expect(byTitle(g, 'PersistentVolumeClaim')?.aliases).toEqual(expect.arrayContaining(['PVC', '持久卷申领']));
  });

  it('a remark in the brackets stays no alias (look-alike)', async () => {
    const g = await mineNotes({
      'notes/拉镜像.md': ['# 私有镜像', '', '- **imagePullSecrets（Pod 级）**：拉私有镜像用的 Secret 列表，写在 Pod 的 spec 里。'],
    });
    expect(byTitle(g, 'imagePullSecrets')?.aliases ?? []).not.toContain('Pod 级');
  });

  it('a title the glossed siblings all share words with names none of them: no probe is the home the title names, all hang under Pod', async () => {
    const g = await mineNotes({
      'notes/a-Pod.md': POD_CHAPTER,
      'notes/探针与优雅退出.md': [
        '# 探针与优雅退出',
        '',
        '## 三种探针',
        '',
        '- **livenessProbe（存活探针）**：判断容器还活着没，失败就重启。',
        '- **readinessProbe（就绪探针）**：判断容器能不能接流量。',
        '- **startupProbe（启动探针）**：判断应用启动完了没。',
      ],
    });
    for (const t of ['livenessProbe', 'readinessProbe', 'startupProbe']) expect(parentTitle(g, t), t).toBe('Pod');
  });

  it('a title one glossed field shares more words with stays about that field (look-alike)', async () => {
    const g = await mineNotes({
      'notes/存活探针.md': [
        '# 存活探针实践',
        '',
        '- **livenessProbe（存活探针）**：判断容器还活着没，失败就重启。',
        '- **readinessProbe（就绪探针）**：判断容器能不能接流量。',
      ],
    });
    expect(g.notes!.find((n) => n.file === 'notes/存活探针.md')?.home).toBe(byTitle(g, 'livenessProbe')?.id);
  });
});

describe('fix33a item 1: a field a note only fell back on as its home hangs under its owning object, as its siblings do', () => {
  const HEALTH = [
    '# 健康检查',
    '',
    '`livenessProbe` 用来判断容器是不是卡死了，卡死就重启。',
    '',
    '## Pod 里怎么配',
    '',
    '~~~yaml',
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    '  name: app',
    'spec:',
    '  containers:',
    '  - name: app',
    '    image: busybox',
    '    readinessProbe:',
    '      exec:',
    '        command: ["true"]',
    '    startupProbe:',
    '      httpGet:',
    '        path: /',
    '        port: 8080',
    '~~~',
    '',
    '- `readinessProbe`：就绪检查，失败就不给流量。',
    '- `startupProbe`：启动检查，慢启动的应用用它。',
  ];

  it('the three probes hang under Pod, which the other chapter defines', async () => {
    const g = await mineNotes({ 'notes/a-Pod.md': POD_CHAPTER, 'notes/b-健康检查.md': HEALTH });
    for (const t of ['livenessProbe', 'readinessProbe', 'startupProbe']) expect(parentTitle(g, t), t).toBe('Pod');
  });

  it('without Pod in the graph the fallback home stays the chapter’s branch (look-alike)', async () => {
    const g = await mineNotes({ 'notes/b-健康检查.md': HEALTH });
    const home = g.notes!.find((n) => n.file === 'notes/b-健康检查.md')?.home;
    expect(g.concepts.find((c) => c.id === home)?.parent).toBe(g.root);
  });
});

describe('fix33a item 3: the defining note wins the concept’s page over a diary that says something of it, in either file order', () => {
  it.each([
    ['the diary first', 'a-排障.md', 'b-Pod.md'],
    ['the diary last', 'z-排障.md', 'b-Pod.md'],
  ])('%s', async (_, diary, pod) => {
    const g = await mineNotes({ [`notes/${diary}`]: DIARY, [`notes/${pod}`]: POD_CHAPTER });
    const pending = byTitle(g, 'Pending')!;
    expect(pending.kind).toBe('state');
    expect(pending.excerpts[0]?.source.file).toBe(`notes/${pod}`);
    expect(pending.summary).toMatch(/^Pod 已被集群接受/);
    expect(pending.source.file).toBe(`notes/${pod}`);
    const podC = byTitle(g, 'Pod')!;
    expect(podC.summary).toMatch(/^Pod 是集群里能创建和调度的最小单元/);
    expect(podC.excerpts[0]?.source.file).toBe(`notes/${pod}`);
  });

  it('`X 是因为…` is no definition of X: its passage does not sum X up', async () => {
    const g = await mineNotes({ 'notes/a-日记.md': ['# Pod 排障日记', '', 'Pod 是因为 requests 太大才调度不上去的，调小以后就好了。'], 'notes/b-Pod.md': POD_CHAPTER });
    const podC = byTitle(g, 'Pod')!;
    expect(podC.summary).toMatch(/^Pod 是集群里能创建和调度的最小单元/);
    expect(podC.excerpts[0]?.source.file).toBe('notes/b-Pod.md');
  });

  it('a draft copy never wins over its written chapter (look-alike)', async () => {
    const draft = POD_CHAPTER.map((l) => l.replace('最小单元', '最小的单元'));
    const g = await mineNotes({ 'notes/Pod 入门 (草稿).md': draft, 'notes/Pod 入门.md': POD_CHAPTER });
    expect(byTitle(g, 'Pending')!.excerpts[0]?.source.file).toBe('notes/Pod 入门.md');
  });

  it('one note only: its first passage stays first (look-alike)', async () => {
    const g = await mineNotes({ 'notes/b-Pod.md': POD_CHAPTER });
    expect(byTitle(g, 'Pending')!.excerpts.map((e) => e.source.file)).toEqual(['notes/b-Pod.md']);
  });
});
