/**
 * prec36 (docs/miner.md, "prec36"): a duplicate shape counted on all 107 dev sets before it was built — a field
 * under an object's metadata (`metadata.finalizers`) made twice by one note, under the two objects it is shown
 * on; and a term named on one line with a field whose key is the term's name without its spaces and case
 * (`**Last State：**` over `lastState`). Notes written for this test, each case with look-alikes that must stay.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { sharedMetaField } from '../../../src/graph/miner/object-keys.ts';
import { fieldOfCompactName } from '../../../src/graph/miner/same-thing.ts';
import { cleanup, mineNotes as mine } from './helpers.ts';

afterAll(cleanup);

const FINALIZERS = [
  '# Finalizer 面试题',
  '',
  '### Q1：finalizer 是什么？',
  '',
  '**Finalizer（终结器）**：写在 `metadata.finalizers` 里的一组字符串。对象有 finalizer 时，`kubectl delete` 不会真的删掉它，只是设置删除时间戳，直到列表清空才移除。',
  '',
  '最常见的例子是 PVC 保护：',
  '',
  '```yaml',
  'apiVersion: v1',
  'kind: PersistentVolumeClaim',
  'metadata:',
  '  name: data-0',
  '  finalizers:',
  '    - kubernetes.io/pvc-protection',
  '```',
  '',
  '### Q2：Deployment 卡在 Terminating 怎么办？',
  '',
  '```yaml',
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata:',
  '  name: web',
  '  finalizers:',
  '    - example.com/cleanup',
  '```',
  '',
  '先看 Deployment 的 `metadata.finalizers` 里是谁，再看对应的控制器是不是挂了。',
];

const SUSPEND = [
  '# Job 与 CronJob',
  '',
  '## Job：跑完就结束的任务',
  '',
  '### 其他几个值得一提的',
  '',
  '- `suspend: true`：暂停 Job，已经在跑的 Pod 会被终止，恢复后重新创建。',
  '',
  '## CronJob：定时跑 Job',
  '',
  '- **startingDeadlineSeconds**：错过了调度时间点以后，多少秒内还允许补跑，超过就算这次 missed。',
  '- `suspend: true`：暂停后续的调度，已经创建的 Job 不受影响。',
];

const ONCALL = [
  '# 值班日记：容器日志',
  '',
  '**Last State：**describe 里的 Last State 就是 `status.containerStatuses[].lastState`，记录容器上一次的终止信息：退出码、reason、开始和结束时间。',
  '',
  '## QoS 类别',
  '',
  'Kubernetes 根据 Pod 里所有容器的 requests 和 limits，给每个 Pod 自动算出一个服务质量等级，也就是 QoS class，写在 Pod 的 `status.qosClass` 里。这个字段不能手动指定。',
  '',
  '## 下行 API',
  '',
  '**Downward API：** 把 Pod 自己的信息（名字、标签、资源限制）交给容器，不用去问 apiserver。',
  '',
  '```yaml',
  'volumes:',
  '  - name: podinfo',
  '    downwardAPI:',
  '      items:',
  '        - path: labels',
  '          fieldRef:',
  '            fieldPath: metadata.labels',
  '```',
  '',
  '卷类型 `downwardAPI` 把这些信息写成文件，挂进容器。',
];

describe('prec36: a term named on one line with a field whose key is the term without its spaces and case is that field', () => {
  const field = (path: string) => ({ title: path.split('.').pop()!.replace(/\[\]$/, ''), aliases: [], kind: 'field', fieldPath: path });
  const term = (title: string) => ({ title, aliases: [], kind: 'term' });
  it('fieldOfCompactName: `Last State` / lastState, `QoS class` / qosClass; not a value, a Chinese name or another key', () => {
    expect(fieldOfCompactName(term('Last State'), field('status.containerStatuses[].lastState'))).toBe('Last State');
    expect(fieldOfCompactName(term('QoS class'), field('status.qosClass'))).toBe('QoS class');
    expect(fieldOfCompactName(term('inferFromVolume'), field('spec.instancetype.inferFromVolume'))).toBe('inferFromVolume');
    // look-alikes: a value of a field spelt like a key, a plural key, a Chinese name, another field
    expect(fieldOfCompactName(term('LoadBalancer'), field('status.loadBalancer'))).toBeUndefined();
    expect(fieldOfCompactName(term('RollingUpdate'), field('spec.strategy.rollingUpdate'))).toBeUndefined();
    expect(fieldOfCompactName(term('Pod CIDR'), field('spec.podCIDRs'))).toBeUndefined();
    expect(fieldOfCompactName(term('服务质量等级'), field('status.qosClass'))).toBeUndefined();
    expect(fieldOfCompactName(term('Last State'), field('status.containerStatuses[].state'))).toBeUndefined();
  });

  it('`**Last State：**` over `lastState` and `也就是 QoS class` beside `status.qosClass` make the fields only; `Downward API` and `downwardAPI` on other lines stay two', async () => {
    const g = await mine({ 'notes/oncall.md': ONCALL });
    expect(g.concepts.find((c) => c.title === 'Last State')).toBeUndefined();
    expect(g.concepts.find((c) => c.fieldPath === 'status.containerStatuses[].lastState')).toBeDefined();
    expect(g.concepts.find((c) => c.title === 'QoS class')).toBeUndefined();
    expect(g.concepts.find((c) => c.fieldPath === 'status.qosClass')).toBeDefined();
    expect(g.concepts.find((c) => c.title === 'Downward API')).toBeDefined();
  });
});

describe("prec36: a field under an object's metadata is one concept, whatever object the note shows it on", () => {
  it('sharedMetaField: a path under metadata, not a nested metadata or another top-level path', () => {
    expect(sharedMetaField('metadata.finalizers')).toBe(true);
    expect(sharedMetaField('metadata.labels')).toBe(true);
    expect(sharedMetaField('metadata.ownerReferences')).toBe(true);
    // look-alikes: a Pod template's metadata, the spec, a field named metadata-something
    expect(sharedMetaField('spec.template.metadata.labels')).toBe(false);
    expect(sharedMetaField('spec.selector')).toBe(false);
    expect(sharedMetaField('metadata')).toBe(false);
    expect(sharedMetaField('immutable')).toBe(false);
  });

  it('`metadata.finalizers` of a PVC and of a Deployment in one note make one field concept', async () => {
    const g = await mine({ 'notes/finalizers.md': FINALIZERS });
    expect(g.concepts.filter((c) => c.fieldPath === 'metadata.finalizers')).toHaveLength(1);
  });

  it('`spec.suspend` of a Job and of a CronJob stay two field concepts', async () => {
    const g = await mine({ 'notes/suspend.md': SUSPEND });
    const owners = g.concepts.filter((c) => c.fieldPath === 'spec.suspend').map((c) => c.owner);
    expect(owners.sort()).toEqual(['CronJob', 'Job']);
  });
});
