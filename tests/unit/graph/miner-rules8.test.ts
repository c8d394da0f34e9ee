/**
 * rules8 (docs/miner.md, "rules8"): a field written as a path from the object's root in a code
 * span, as the means of a verb that says what the field does (`X 通过 \`spec.y\` 引用…`), is
 * explained, not named in passing — also inside another label's definition; a state value of the
 * API in code or bold after a verb of entering a state (`进入 **Succeeded**`) is a state; a label
 * joining several names is never one concept of the learned scorer. Sentences written for
 * this test, not taken from the corpora, with look-alikes that must not fire, then whole notes
 * and `--explain`.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { loadGraph } from '../../../src/graph/index.ts';
import { pathAsMeans, stateEntered } from '../../../src/graph/miner/field-clauses.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const note = (...lines: string[]) => lines.join('\n') + '\n';
const explain = (dir: string, name: string) => spawnSync(process.execPath, ['src/cli/main.ts', 'graph', '--content', dir, '--explain', name], { encoding: 'utf8' }).stdout;

describe('pathAsMeans: the text around a path says it is the means of an explaining verb', () => {
  it.each([
    ['CronJob 通过 ', ' 指向它要创建的 Job 模板', 'points-to'],
    ['Gateway 用 ', ' 来选择监听的端口', 'selects'],
    ['工作负载借助 ', ' 来配置优先级', 'sets'],
    ['Pod 通过 ', ' 字段决定用哪个运行时', 'decides'],
    ['由 ', ' 列出所有允许的来源', 'lists'],
  ])('%s`path`%s → %s', (before, after, name) => {
    expect(pathAsMeans(before, after)?.name).toBe(name);
  });
  it.each([
    // not a means: the path is the object of the verb or the subject of the sentence
    ['先看一下 ', ' 指向哪里'],
    ['', ' 选择端口'],
    // a means, but of a verb that says nothing of what the field does
    ['通过 ', ' 可以看到当前副本数'],
    ['用 ', ' 就行了'],
    // the verb does not follow the path: a genitive or a noun is in between
    ['通过 ', ' 里的标签去挑选后端'],
    ['通过 ', ' 的值来判断'],
  ])('%s`path`%s is no means', (before, after) => {
    expect(pathAsMeans(before, after)).toBeUndefined();
  });
});

describe('stateEntered: a state value of the API after a verb of entering a state', () => {
  it.each([
    ['所有容器都成功退出以后，Pod 会进入 ', 'Succeeded'],
    ['后端存储丢了，PVC 就处于 ', 'Lost'],
    ['绑定以后 PV 变为 ', 'Bound'],
    ['容器退出后转为 ', 'Terminated'],
  ])('%s%s', (before, value) => {
    expect(stateEntered(before, value)).toBe(true);
  });
  it.each([
    // not a state value of the API (a reason, a plain word, a value spelt otherwise)
    ['拉镜像失败后变为 ', 'ImagePullBackOff'],
    ['Job 全部完成以后进入 ', 'Complete'],
    ['状态进入 ', 'ready'],
    ['Pod 进入 ', 'running'],
    // a state value without a verb of entering: a copula, a place where it stops, a comparison
    ['被删掉的 Pod 状态是 ', 'Failed'],
    ['拉取失败时 Pod 停在 ', 'Pending'],
    ['和 ', 'Running'],
  ])('%s%s is no state entered', (before, value) => {
    expect(stateEntered(before, value)).toBe(false);
  });
});

describe('rules8 in a whole note', () => {
  it('a state value after a verb of entering a state is a state, with the rule in --explain', async () => {
    const dir = await contentDir({
      'notes/n.md': note(
        '# 卷的回收',
        '',
        '回收策略是 Retain 时，删掉 PVC 以后 PV 会进入 **Released** 状态，数据还留在后端存储里，要管理员手工清理。',
      ),
    });
    const g = await loadGraph(dir, { layout: false });
    const state = g.concepts.find((c) => c.title === 'Released');
    expect(state?.kind).toBe('state');
    expect(explain(dir, state!.id)).toMatch(/state-entered/);
  });


  it('a path as the means of an explaining verb is a field with its path, with the rule in --explain', async () => {
    const dir = await contentDir({
      'notes/n.md': note(
        '# 定时任务',
        '',
        'CronJob 按时间表创建 Job。CronJob 通过 `spec.jobTemplate` 指向每次要创建的 Job 模板，时间表写在 schedule 里。',
      ),
    });
    const g = await loadGraph(dir, { layout: false });
    const field = g.concepts.find((c) => c.title === 'jobTemplate' || c.fieldPath === 'spec.jobTemplate');
    expect(field?.kind).toBe('field');
    expect(field?.fieldPath).toBe('spec.jobTemplate');
    expect(explain(dir, field!.id)).toMatch(/path-mention \(means, points-to\)/);
  });

  it('is read inside the definition a bold label opens', async () => {
    const dir = await contentDir({
      'notes/n.md': note(
        '# 副本控制',
        '',
        '- **ReplicaSet**：保证一组 Pod 的副本数，Deployment 通过 `spec.selector` 选择它管理的那些 Pod。',
      ),
    });
    const g = await loadGraph(dir, { layout: false });
    expect(g.concepts.some((c) => c.kind === 'field' && c.fieldPath === 'spec.selector')).toBe(true);
  });

  it('a path the sentence only uses, or lists as the object of a verb, is no field', async () => {
    const dir = await contentDir({
      'notes/n.md': note(
        '# 查看副本',
        '',
        '发版以后，通过 `spec.replicas` 可以看到期望的副本数，再对比一下实际跑起来的个数。',
        '',
        '- **ReplicaSet**：保证一组 Pod 的副本数，排查时先看 `status.readyReplicas` 是多少。',
      ),
    });
    const g = await loadGraph(dir, { layout: false });
    const paths = g.concepts.filter((c) => c.kind === 'field').map((c) => c.fieldPath);
    expect(paths).not.toContain('spec.replicas');
    expect(paths).not.toContain('status.readyReplicas');
  });

  it('a bold label joining two names is no concept of its own, whichever route reads it', async () => {
    const dir = await contentDir({
      'notes/n.md': note(
        '# 备份工具笔记',
        '',
        '先装好工具，再建一个备份对象。',
        '',
        '```yaml',
        'apiVersion: example.io/v1',
        'kind: Snapshot',
        'metadata:',
        '  name: nightly',
        'spec:',
        '  includedPaths:',
        '    - /data',
        '  retention: 72h',
        '```',
        '',
        '几个字段记一下：',
        '',
        '- **includedPaths / excludedPaths**：按目录筛选，`*` 表示全部。',
        '- **retention**：快照保留多久，过期后控制器会把快照一起删掉。',
      ),
    });
    const g = await loadGraph(dir, { layout: false });
    const titles = g.concepts.map((c) => c.title);
    expect(titles).not.toContain('includedPaths / excludedPaths');
    // the part the example sets is still read by the rules
    expect(titles).toContain('includedPaths');
  });
});
