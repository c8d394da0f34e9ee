/**
 * A Pod's spec field explained in a chapter about a kind that holds a Pod template (`# DaemonSet`,
 * `tolerations` in its list of fields) hangs under that kind when the folder has no Pod concept,
 * not on the root: the kind's template holds the field (`spec.template.spec.tolerations`).
 * Chapters written for this test.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { byTitle, cleanup, mineNotes, parentTitle } from './helpers.ts';

afterAll(cleanup);

const daemonSet = [
  '# 每个节点一个：DaemonSet',
  '',
  '**DaemonSet：** 一种工作负载对象，保证每个节点上都跑着一个 Pod 副本，常用于日志采集。',
  '',
  '## DaemonSet 的字段',
  '',
  '~~~',
  'apiVersion: apps/v1',
  'kind: DaemonSet',
  'metadata:',
  '  name: log-agent',
  'spec:',
  '  selector:',
  '    matchLabels:',
  '      app: log-agent',
  '  template:',
  '    metadata:',
  '      labels:',
  '        app: log-agent',
  '    spec:',
  '      tolerations:',
  '      - operator: Exists',
  '      containers:',
  '      - name: agent',
  '        image: fluent/fluent-bit:3.0',
  '~~~',
  '',
  '- **updateStrategy：** 更新策略，有 RollingUpdate 和 OnDelete 两种。',
  '- **tolerations：** 控制平面节点带 NoSchedule 污点，想让 agent 也跑在上面就要加容忍。',
];

describe('a Pod field under a kind that templates Pods', () => {
  it('`tolerations` in a DaemonSet chapter hangs under DaemonSet (no Pod concept in the folder)', async () => {
    const g = await mineNotes({ 'notes/daemonset.md': daemonSet });
    expect(byTitle(g, 'tolerations')).toMatchObject({ kind: 'field', fieldPath: 'spec.tolerations' });
    expect(g.concepts.some((c) => c.kind === 'object' && c.title === 'Pod')).toBe(false);
    expect(parentTitle(g, 'tolerations')).toBe('DaemonSet');
    expect(parentTitle(g, 'updateStrategy')).toBe('DaemonSet');
  });

  it('look-alike: a Pod status field in a Job chapter stays off the Job (a template holds no status)', async () => {
    const g = await mineNotes({
      'notes/job.md': [
        '# Job 的失败与重试',
        '',
        '**Job：** 运行到完成就结束的一次性任务对象。',
        '',
        '## Pod 的 phase',
        '',
        '**status.phase：** Job 的 Pod 和普通 Pod 一样有 `status.phase` 字段，Succeeded 表示容器都以 0 退出。',
      ],
    });
    const phase = g.concepts.find((c) => c.kind === 'field' && c.fieldPath === 'status.phase');
    if (phase !== undefined) expect(parentTitle(g, phase.title)).not.toBe('Job');
  });

  it('look-alike: a Pod field in a chapter about a kind without a Pod template stays off that kind', async () => {
    const g = await mineNotes({
      'notes/service.md': [
        '# Service 入门',
        '',
        '**Service：** 给一组 Pod 一个稳定的虚拟 IP 和 DNS 名字的对象。',
        '',
        '## 相关的 Pod 字段',
        '',
        '- **hostNetwork：** Pod 直接用节点的网络命名空间，绕过 Service。',
      ],
    });
    const f = g.concepts.find((c) => c.kind === 'field' && c.title === 'hostNetwork');
    if (f !== undefined) expect(parentTitle(g, 'hostNetwork')).not.toBe('Service');
  });
});
