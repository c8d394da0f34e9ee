/**
 * answer51 (docs/miner.md "answer51"): two prose shapes an expert reads at once.
 *   - a name given as the answer to a question or as the way something is done (`答案是 X。它…`,
 *     `另一种办法是 X，用…`, `靠的是 X，它…`), taken only when the words right after the name explain it
 *     (naming-verbs.ts `text-naming-answer`, EXPLAINED_AFTER);
 *   - a field set to a value, with the next clause saying what the setting does (`把 X 设成 V，控制器就会…`:
 *     field-clauses.ts SET_THEN, read by field-prose.ts).
 * Sentences and notes written for this test, not taken from the corpora.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { runStages } from '../../../src/graph/load.ts';
import { explainConcept } from '../../../src/graph/explain.ts';
import { EXPLAINED_AFTER, explainedAfter, namesGiven } from '../../../src/graph/miner/naming-verbs.ts';
import { SET_BEFORE, SET_THEN } from '../../../src/graph/miner/field-clauses.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const answered = (s: string) => namesGiven(s).filter((g) => g.rule === 'text-naming-answer').map((g) => g.name);
const stagesOf = async (...lines: string[]) => runStages(await contentDir({ 'notes/n.md': lines.join('\n') + '\n' }), { layout: false });

describe('text-naming-answer: a name given as the answer or the way', () => {
  it.each([
    ['谁把日志从节点上收走？答案是 fluent-bit。它在每个节点上跑一个副本，读 /var/log 下的文件。', 'fluent-bit'],
    ['想让副本均匀分布，比较新的方法是 spreadPolicy，用 skew 控制两边最多差几个。', 'spreadPolicy'],
    ['滚动更新时流量不断，靠的是 readinessGate，它让 Pod 在外部条件满足前不算就绪。', 'readinessGate'],
    ['证书怎么自动续？常见做法就是 cert-manager，一个专门签发和续期证书的控制器。', 'cert-manager'],
    ['后来的做法是 BoundToken。BoundToken 有过期时间，还绑在某个 Pod 上。', 'BoundToken'],
  ])('%s → %s', (s, name) => {
    expect(answered(s)).toEqual([name]);
  });

  it.each([
    // nothing after the name says what it is: an aside, a plan, the end of the paragraph
    '多个站点怎么共用一个入口？（听说答案是 Gateway，以后再看）',
    '解决办法就是 Vault。',
    '最简单的方法是 kubectl rollout restart 一下。',
    // the name goes on as a place or a pair (naming-verbs.ts PHRASE_GOES_ON), or is a genitive
    '人访问集群靠的是 kubeconfig 里的证书。',
    '真正的安全靠的是 RBAC 和加密。',
    // a warning after the name is no explanation of it
    '办法是 hostNetwork，否则端口对不上。',
  ])('%s names nothing', (s) => {
    expect(answered(s)).toEqual([]);
  });

  it('reads the explanation after a comma or a full stop, or the name said again', () => {
    expect(EXPLAINED_AFTER.test('。它只管一件事')).toBe(true);
    expect(EXPLAINED_AFTER.test('，一组控制器')).toBe(true);
    expect(EXPLAINED_AFTER.test('，下次再说')).toBe(false);
    expect(EXPLAINED_AFTER.test('它只管一件事')).toBe(false);
    expect(explainedAfter('。Foo 是一个插件', 'Foo Bar')).toBe(true);
    expect(explainedAfter('。Bar 是一个插件', 'Foo Bar')).toBe(false);
  });

  it('makes a name given inside the gloss of the answer another name of it, not a concept of its own', () => {
    const [g] = namesGiven('多平台镜像靠的是 image list（新规范里叫 fat manifest），它把每个平台的镜像列在一起。');
    expect(g!.name).toBe('image list');
    expect(g!.inner).toEqual(['fat manifest']);
    expect(namesGiven('多平台镜像靠的是 image list（新规范里叫 fat manifest），它把每个平台的镜像列在一起。')).toHaveLength(1);
  });

  it('makes a concept of the answer in a note, with its explanation as the summary', async () => {
    const ctx = await stagesOf(
      '# 日志',
      '',
      '节点上的容器日志是谁收走的？答案是 fluent-bit。它在每个节点上跑一个副本，把 /var/log/containers 下的文件读出来发给后端。',
      '',
      '有没有别的选择？答案是 Yes，以后再说。',
    );
    const g = ctx.graph!;
    const fb = g.concepts.find((c) => c.title === 'fluent-bit');
    expect(fb).toBeDefined();
    expect(explainConcept(ctx, fb!.id)).toContain('text-naming-answer');
    expect(g.concepts.find((c) => c.title === 'Yes')).toBeUndefined();
  });
});

describe('SET_THEN: a field set to a value, then what the setting does', () => {
  const reads = (s: string) => SET_THEN.re.test(s);
  it.each([
    ' 设成 Parallel，控制器就会同时创建所有 Pod。',
    ' 改为 false 之后，kubelet 会跳过这一步。',
    ' 设为 `true`，表示这个引用是唯一的管理者。',
    ' 设成 tmpfs，让卷放在内存里。',
  ])('reads "%s"', (s) => {
    expect(reads(s)).toBe(true);
  });
  it.each([
    ' 设成 Delete，省得手工清理。',
    ' 改成 ClusterFirstWithHostNet，否则会用节点的 DNS。',
    ' 改为 true，重启 kubelet。',
    ' 设成 true。',
    // the value is a phrase, not one word
    ' 设成 Pod 名、subdomain 设成 serviceName，这就是…',
  ])('does not read "%s"', (s) => {
    expect(reads(s)).toBe(false);
  });
  it('needs 把 right before the field', () => {
    expect(SET_BEFORE.test('只要把 ')).toBe(true);
    expect(SET_BEFORE.test('我们 ')).toBe(false);
  });

  it('takes the field in a note, and not one set with nothing said of it', async () => {
    const ctx = await stagesOf(
      '# 一次性任务',
      '',
      '~~~',
      'apiVersion: batch/v1',
      'kind: Job',
      'metadata:',
      '  name: shard',
      'spec:',
      '  completions: 4',
      '  parallelism: 2',
      '  completionMode: Indexed',
      '  template:',
      '    spec:',
      '      restartPolicy: Never',
      '      containers:',
      '      - name: w',
      '        image: busybox',
      '~~~',
      '',
      '分片的时候把 completionMode 设成 Indexed，每个 Pod 就会拿到一个自己的序号，按序号去读自己那一片数据。',
      '',
      '调试的时候我一般把 parallelism 改成 1，省得日志混在一起。',
    );
    const g = ctx.graph!;
    const mode = g.concepts.find((c) => c.title === 'completionMode');
    expect(mode?.kind).toBe('field');
    expect(mode?.fieldPath).toBe('spec.completionMode');
    expect(explainConcept(ctx, mode!.id)).toContain('set-then');
    expect(g.concepts.find((c) => c.title === 'parallelism')).toBeUndefined();
  });
});
