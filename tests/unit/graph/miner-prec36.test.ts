/**
 * prec36 (docs/miner.md, "prec36"): a duplicate shape counted on all 107 dev sets before it was built — a field
 * under an object's metadata (`metadata.finalizers`) made twice by one note, under the two objects it is shown
 * on. Notes written for this test, each case with look-alikes that must stay as they were.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { sharedMetaField } from '../../../src/graph/miner/object-keys.ts';
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
