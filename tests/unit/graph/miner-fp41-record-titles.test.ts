/**
 * fp41 (docs/miner.md, "fp41"): a chapter titled as a record — a diary, an incident log, a checklist, a runbook, a
 * team wiki page — names an event or a task, not a topic: no topic is made of its title's words. A title naming an
 * area (`排错日记：容器网络`) keeps its topic, and a kind the title names is read as before. Notes written for this
 * test, each with look-alikes that must stay as they were.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { RECORD_TITLE, isRecordTitle } from '../../../src/graph/miner/record-titles.ts';
import { byTitle, cleanup, mineNotes as mine } from './helpers.ts';

afterAll(cleanup);

const body = [
  '',
  '## 背景',
  '',
  '**Job：**跑完就退出的一次性任务，失败了会按 `backoffLimit` 重试。',
  '',
  '**CronJob：**按 cron 表达式定时创建 Job 的对象。',
  '',
  '## 步骤',
  '',
  '1. 先把脚本打进镜像。',
  '2. 写 CronJob，`schedule` 设成 `0 2 * * *`。',
];

const note = (title: string) => [`# ${title}`, ...body];
const topics = (g: Awaited<ReturnType<typeof mine>>) => g.concepts.filter((c) => c.kind === 'topic' && c.title !== 'Kubernetes').map((c) => c.title);

describe('fp41: a record title makes no topic', () => {
  it('isRecordTitle: the lead before the colon, else the whole title, ends on a record genre word', () => {
    for (const t of [
      '调试日记：XDB 的 webhook 三连',
      '多租户集群上线日记',
      '新租户上线 checklist（含 Pod Security Admission）',
      '可用区故障演练 Runbook',
      'Runbook：order-service 发布与回滚（草稿）',
      '团队 Wiki：nightly build 迁到 CronJob 的 Q&A',
      '排障日志：hostNetwork 与 hostPort',
      '集群安全加固清单（整改记录）',
    ])
      expect(isRecordTitle(t), t).toBe(true);
    // look-alikes: a genre word after the lead, 日志 as the area of logs, a manual or a reference sheet
    for (const t of [
      '06 韧性设计：PodDisruptionBudget，外加一份故障注入日记',
      '容器日志运维手册（K8s 1.30+）',
      '日志架构（XMind 导出）',
      '集群日志采集方案整理',
      '06 securityContext / ServiceAccount：考前练习清单',
      '资源管理：requests、limits 与 QoS',
    ])
      expect(isRecordTitle(t), t).toBe(false);
    expect(RECORD_TITLE.name).toBe('title-record');
  });

  it('`# 批处理迁移上线日记`, `# 夜间任务 Runbook`, `# 团队 Wiki：…` make no topic; the terms are kept', async () => {
    for (const title of ['批处理迁移上线日记', '夜间任务迁移 Runbook', '团队 Wiki：夜间任务迁到 CronJob', '调试日记：夜间任务为什么没跑']) {
      const g = await mine({ 'notes/record.md': note(title) });
      expect(topics(g), title).toEqual([]);
      expect(byTitle(g, 'CronJob'), title).toBeDefined();
    }
  });

  it('look-alikes keep their topic: an area in a record title, a title that is no record', async () => {
    const net = await mine({ 'notes/record.md': note('排错日记：容器网络') });
    expect(topics(net).length).toBeGreaterThan(0);
    const plain = await mine({ 'notes/record.md': note('批处理迁移笔记') });
    expect(topics(plain)).toContain('批处理迁移');
  });
});

describe('fp41: a command reported as showing one run’s output is not explained', () => {
  it('command-effect: a bare `显示` + what was seen is no evidence; `显示的…`, `会显示…`, `会把…` are', async () => {
    const { PROSE_PREDICATES } = await import('../../../src/graph/miner/prose-predicates.ts');
    const p = PROSE_PREDICATES.find((x) => x.name === 'command-effect')!;
    expect(p.re.test(' 显示 Completed，可课上说 phase 只有五种')).toBe(false);
    expect(p.re.test(' 显示还有 9G free')).toBe(false);
    expect(p.re.test('显示的内存是 working set')).toBe(true);
    expect(p.re.test(' 会显示所有 Pod 的状态')).toBe(true);
    expect(p.re.test(' 会把节点标成不可调度。')).toBe(true);
  });

  it('an incident line `kubectl get pods` 显示 `ContainerCreating` makes no term; `kubectl cordon` 会把… still does', async () => {
    const g = await mine({
      'notes/incident.md': [
        '# 上线那天',
        '',
        '**现象：** 服务部署到新节点后，`kubectl get pods` 显示 `ContainerCreating`，半小时不动。',
        '',
        '后来发现节点要维护，`kubectl cordon` 会把节点标成不可调度，新的 Pod 就不会再调度上去。',
      ],
    });
    expect(g.concepts.find((c) => c.title === 'kubectl get pods')).toBeUndefined();
    expect(byTitle(g, 'kubectl cordon')).toBeDefined();
  });
});
