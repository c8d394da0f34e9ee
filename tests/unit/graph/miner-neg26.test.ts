/**
 * neg26 (docs/miner.md, "neg26"): three things a QA pass over an operations engineer's chapters found.
 * - N1 a name the note says is WRONG where it is written (`envFrom 下面写 configMapKeyRef 是错的`, `不要写成
 *   period`, `initialDelay 不是 livenessProbe 的字段`, `DaemonSet 没有 replicas 字段`) is no concept from that
 *   sentence (miner/corrections.ts, rule `corrected-name`); a real field explained elsewhere stays.
 * - N2 a kubectl command's name in a heading whose last word is an English rubric (`history`, `status`),
 *   and one opening its paragraph followed by what it does to the cluster's objects (`回滚`, `暂停`), is a
 *   command term like its siblings (resolve.ts heading shape `command-name`, command-tools.ts COMMAND_ACTS).
 * - N3 a heading over several definitions of different kinds of name (`## 策略` over `**BlueGreen**`, a
 *   pattern, and `**Recreate**`, a term) is their category, never the first one's alias
 *   (alias-shapes.ts SERIES_KIND_GROUPS); a setting and its values keep the heading as the setting's name.
 * Chapters written for this test in new words, each with a look-alike that must keep its reading.
 */
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/graph/index.ts';
import { CORRECTION_SHAPES, correctedName, rightNameFor } from '../../../src/graph/miner/corrections.ts';
import { COMMAND_ACTS, commandActs } from '../../../src/graph/miner/command-tools.ts';
import { SERIES_KIND_GROUPS, sameSeries } from '../../../src/graph/miner/alias-shapes.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const note = (...lines: string[]) => lines.join('\n') + '\n';
const build = async (files: Record<string, string>) => loadGraph(await contentDir(files), { layout: false });
type G = Awaited<ReturnType<typeof build>>;
const titles = (g: G) => g.concepts.filter((c) => c.id !== g.root).map((c) => c.title);
const byTitle = (g: G, t: string) => g.concepts.find((c) => c.title === t);

describe('N1: correction shapes are data', () => {
  it.each(CORRECTION_SHAPES.map((s) => [s.name, s] as const))('%s: example and look-alike', (name, s) => {
    expect(correctedName(s.example[0], s.example[1])).toBe(name);
    for (const w of s.lookAlike.match(/[A-Za-z][\w.-]*/g) ?? []) expect(correctedName(s.lookAlike, w)).toBeUndefined();
  });
  it('only the name written as the wrong one, in its exact spelling', () => {
    const s = 'envFrom 下面写 configMapKeyRef 是错的，应该用 configMapRef。';
    expect(correctedName(s, 'configMapKeyRef')).toBe('is-wrong');
    expect(correctedName(s, '`configMapKeyRef`')).toBe('is-wrong');
    expect(correctedName(s, 'configMapRef')).toBeUndefined();
    expect(correctedName(s, 'envFrom')).toBeUndefined();
    expect(rightNameFor(s, 'configMapKeyRef')).toBe('configMapRef');
    // (the right name in another case: `pubsubname` is right, `pubsubName` the misspelling)
    const t = '注意字段是全小写 pubsubname，我写成 pubsubName，apply 时报 unknown field。';
    expect(correctedName(t, 'pubsubName')).toBe('rejected-spelling');
    expect(correctedName(t, 'pubsubname')).toBeUndefined();
  });
  it.each([
    ['写成 `podSelector: {}` 表示选中本命名空间全部 Pod。', 'podSelector'],
    ['用 preferred 而不是 required，Spot 不够时还能落到按需节点。', 'required'],
    ['某个 key 不是合法的环境变量名（比如以数字开头的 key），会被跳过。', 'key'],
    ['CRD 没有 merge key 信息，数组会被整体替换。', 'merge'],
  ])('look-alike: %s', (s, w) => expect(correctedName(s, w)).toBeUndefined());
});

describe('N1: a wrong name is no field at the place the note says is wrong', () => {
  it('a field the correction sentence says is wrong there is not made from that sentence; the fields explained are', async () => {
    const lines = ['# 把配置注入容器', '', '## 一次注入全部键', '', '**envFrom**：把 ConfigMap 的全部键变成环境变量。', '',
      '~~~', 'apiVersion: v1', 'kind: Pod', 'metadata:', '  name: pay', 'spec:', '  containers:', '  - name: app', '    image: pay:2', '    envFrom:', '    - configMapRef:', '        name: pay-conf', '~~~', '',
      '要小心：envFrom 下面写 configMapKeyRef 是错的，应该用 configMapRef，我照抄 valueFrom 的写法，apply 报了 unknown field。', '',
      '## 只注入一个键', '', '**valueFrom**：只取 ConfigMap 里的一个键给一个环境变量，这里才用 configMapKeyRef。', '',
      '~~~', 'env:', '- name: PAY_URL', '  valueFrom:', '    configMapKeyRef:', '      name: pay-conf', '      key: url', '~~~'];
    const wrongLine = lines.findIndex((l) => l.includes('是错的')) + 1;
    const g = await build({ 'notes/inject.md': note(...lines) });
    expect(titles(g)).toEqual(expect.arrayContaining(['envFrom', 'valueFrom']));
    const fromWrong = g.concepts.filter((c) => c.title === 'configMapKeyRef' && c.source.line === wrongLine);
    expect(fromWrong.map((c) => c.fieldPath)).toEqual([]);
    for (const c of g.concepts.filter((x) => x.title === 'configMapKeyRef')) expect(c.fieldPath ?? '').not.toMatch(/envFrom/);
    // the right name the sentence gives is the field, at its place
    expect(byTitle(g, 'configMapRef')?.fieldPath).toBe('spec.containers[].envFrom[].configMapRef');
  });
  it('a field a kind does not have, said of it in running text, is no field of the chapter', async () => {
    const g = await build({
      'notes/ds.md': note('# 守护进程集速记', '', '**DaemonSet**：保证每个符合条件的节点上跑一个 Pod 副本。', '',
        '- 和 Deployment 不一样，DaemonSet 没有 `replicas` 字段，副本数跟着节点数走。', '- **updateStrategy**：更新策略，默认 RollingUpdate。'),
    });
    expect(titles(g)).not.toContain('replicas');
    expect(titles(g)).toContain('updateStrategy');
  });
  it('look-alike: the same field explained as a definition stays', async () => {
    const g = await build({
      'notes/deploy.md': note('# 副本控制', '', '**Deployment**：管理无状态应用的一组副本。', '',
        '- **replicas**：期望的 Pod 副本数，注意 DaemonSet 没有 replicas 字段。'),
    });
    expect(titles(g)).toContain('replicas');
  });
});

describe('N2: commands named in headings and opening their explanation', () => {
  it.each(COMMAND_ACTS.map((a) => [a.verb, a.example] as const))('%s', (verb, example) => {
    const after = example.replace(/^`[^`]+`/, '');
    expect(commandActs(after)).toBe(true);
    expect(after.includes(verb)).toBe(true);
  });
  it.each([' 看到 Pod 的事件。', ' 的 STATUS 列就是 phase。', ' 确认节点都升级了。', '，底层是 SelfSubjectReview。'])('not the reader\'s act: %s', (s) => expect(commandActs(s)).toBe(false));

  it('a heading that is a command whose last word is a rubric of English headings (history, status)', async () => {
    const g = await build({
      'notes/roll.md': note('# 发布历史与回滚', '', '### kubectl rollout history', '', '列出一个 Deployment 保存的历史 revision。', '',
        '### kubectl rollout undo', '', '把 Pod 模板换回旧 revision 的样子，再照常滚动一次。', '', '### kubectl rollout status', '', '一直等到这次发布完成或者超时。'),
    });
    expect(titles(g)).toEqual(expect.arrayContaining(['kubectl rollout history', 'kubectl rollout undo', 'kubectl rollout status']));
  });
  it('a command opening its paragraph, then what it does to the objects', async () => {
    const g = await build({
      'notes/roll2.md': note('# 回滚操作记录', '', '`kubectl rollout history` 会列出每个 revision 和它的 change-cause。', '',
        '`kubectl rollout undo` 回滚到上一个 revision，旧 ReplicaSet 重新扩容。', '', '`kubectl rollout pause` 让 Deployment 暂停滚动，修改先攒着。'),
    });
    expect(titles(g)).toEqual(expect.arrayContaining(['kubectl rollout history', 'kubectl rollout undo', 'kubectl rollout pause']));
  });
  it('look-alike: a command used to look at something stays unmade', async () => {
    const g = await build({
      'notes/look.md': note('# 排查记录', '', '发布卡住以后我先看了看。', '', '`kubectl describe pod` 看到事件里全是镜像拉取失败。'),
    });
    expect(titles(g)).not.toContain('kubectl describe pod');
  });
});

describe('N3: a heading over definitions of several kinds of name is their category', () => {
  it('series groups are data', () => {
    for (const gr of SERIES_KIND_GROUPS) expect(sameSeries(gr.example[0], gr.example[1])).toBe(true);
    expect(sameSeries('pattern', 'term')).toBe(true);
    expect(sameSeries('field', 'term')).toBe(false);
    expect(sameSeries('term', 'state')).toBe(false);
  });
  it('`## 策略` over a pattern and terms is no alias of the pattern', async () => {
    const g = await build({
      'notes/rel.md': note('# 上线方式', '', '## 策略', '', '**BlueGreen**：新旧两套环境并存，验证完一次性把流量切过去。', '',
        '**Recreate**：先删光旧 Pod 再起新 Pod，中间会断一会儿。', '', '**RollingUpdate**：新旧 Pod 交替替换，服务一直在。'),
    });
    for (const c of g.concepts) expect(c.aliases).not.toContain('策略');
    expect(titles(g)).toEqual(expect.arrayContaining(['BlueGreen', 'Recreate', 'RollingUpdate']));
  });
  it('`## 工作负载` over an object and a term is no alias of the object', async () => {
    const g = await build({
      'notes/wl.md': note('# 跑应用', '', '## 工作负载', '', '**Deployment**：管理无状态应用的副本和发布。', '', '**金丝雀发布**：先放一小部分流量给新版本。'),
    });
    for (const c of g.concepts) expect(c.aliases).not.toContain('工作负载');
  });
  it('look-alike: a setting and its values keep the heading as the setting\'s other name', async () => {
    const g = await build({
      'notes/pull.md': note('# 镜像', '', '### 镜像拉取策略', '', '**imagePullPolicy**：kubelet 什么时候去仓库拉镜像。', '', '**Always**：每次启动容器都去拉。', '', '**IfNotPresent**：本地没有才拉。'),
    });
    expect(byTitle(g, 'imagePullPolicy')?.aliases).toContain('镜像拉取策略');
  });
});

/**
 * The QA shapes as whole chapters (tests/fixtures/neg26/*, one folder a chapter, several variants of each
 * shape; `npm run graph -- --content tests/fixtures/neg26/<dir> --explain <name>` shows why): what must be a
 * concept (`has`, title and, for a field, its path) and what must not (`not`, a title or an alias).
 */
const FIXTURES: readonly { dir: string; has: readonly (string | [string, string])[]; not: readonly string[]; noAlias?: string }[] = [
  { dir: 'n1a', has: ['envFrom', 'valueFrom', ['configMapRef', 'spec.containers[].envFrom[].configMapRef']], not: ['configMapKeyRef'] },
  { dir: 'n1b', has: ['livenessProbe', 'initialDelaySeconds', 'periodSeconds'], not: ['initialDelay', 'period'] },
  { dir: 'n1c', has: ['port', 'targetPort', 'nodePort'], not: ['hostPort', 'containerPort'] },
  { dir: 'n2ax', has: ['kubectl rollout history', 'kubectl rollout undo'], not: [] },
  { dir: 'n2b', has: ['kubectl rollout history', 'kubectl rollout undo', 'kubectl rollout pause', 'kubectl rollout resume', 'kubectl rollout restart'], not: [] },
  { dir: 'n2c', has: ['kubectl rollout history', 'kubectl rollout undo', 'kubectl rollout pause'], not: [] },
  { dir: 'n2d', has: ['kubectl rollout history', 'kubectl rollout undo', 'kubectl rollout restart'], not: [] },
  { dir: 'n2dx', has: ['kubectl rollout history', 'kubectl rollout undo'], not: [] },
  { dir: 'n2e', has: ['kubectl rollout history', 'kubectl rollout undo', 'kubectl rollout status'], not: [] },
  { dir: 'n2ex', has: ['kubectl rollout history', 'kubectl rollout undo'], not: [] },
  { dir: 'n2fx', has: ['kubectl rollout history', 'kubectl rollout undo'], not: [] },
  { dir: 'n2hx', has: ['kubectl rollout history', 'kubectl rollout undo', 'kubectl rollout pause', 'kubectl rollout resume'], not: [] },
  { dir: 'n3a', has: ['BlueGreen', 'Canary', 'Shadow'], not: [], noAlias: '策略' },
  { dir: 'n3d', has: ['Recreate', 'RollingUpdate', 'BlueGreen'], not: [], noAlias: '策略' },
  { dir: 'n3e', has: ['BlueGreen', 'Canary', 'maxSurge'], not: [], noAlias: '策略' },
  { dir: 'n3f', has: ['BlueGreen', 'Recreate', 'Canary'], not: [], noAlias: '策略' },
  { dir: 'n3h', has: ['BlueGreen', 'Recreate', 'RollingUpdate'], not: [], noAlias: '策略' },
];

describe('the QA shapes as chapters (tests/fixtures/neg26)', () => {
  it.each(FIXTURES.map((f) => [f.dir, f] as const))('%s', async (_dir, f) => {
    const dir = fileURLToPath(new URL(`../../fixtures/neg26/${f.dir}`, import.meta.url));
    const g = await loadGraph(dir, { layout: false });
    for (const h of f.has) {
      const [t, path] = typeof h === 'string' ? [h, undefined] : h;
      expect(titles(g), t).toContain(t);
      if (path !== undefined) expect(byTitle(g, t)?.fieldPath).toBe(path);
    }
    for (const t of f.not) expect(titles(g), t).not.toContain(t);
    if (f.noAlias !== undefined) for (const c of g.concepts) expect(c.aliases, c.title).not.toContain(f.noAlias);
  });
});
