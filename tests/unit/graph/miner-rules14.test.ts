/**
 * rules14 (docs/miner.md, "rules14"): names a chapter explains in tables and headings — the rows of
 * a table whose first column is a sort of named thing (`| 变量 | 含义 |`, `| condition | 意思 |`,
 * `| 注解 | 作用 |`) that its other cells explain, a field table whose header carries a remark in
 * parentheses, and a heading that joins two or three names its section then explains one by one
 * (`## cordon / drain / uncordon`). Sentences and tables written for this test, not taken from the
 * corpora, with look-alikes that must not fire, then whole notes and `--explain`.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import type { RootContent } from 'mdast';
import { parseMarkdown } from '../../../src/graph/markdown.ts';
import { loadGraph } from '../../../src/graph/index.ts';
import { NAMED_ROW_HEADERS, joinedHeadingNames } from '../../../src/graph/miner/definitions.ts';
import { questionSubjects } from '../../../src/graph/miner/question-subjects.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const note = (...lines: string[]) => lines.join('\n') + '\n';
const explain = (dir: string, name: string) => spawnSync(process.execPath, ['src/cli/main.ts', 'graph', '--content', dir, '--explain', name], { encoding: 'utf8' }).stdout;
const blocks = (...lines: string[]) => parseMarkdown(note(...lines)).children as RootContent[];
const titles = async (text: string) => (await loadGraph(await contentDir({ 'notes/n.md': text }), { layout: false })).concepts.map((c) => c.title);

describe('NAMED_ROW_HEADERS: the first column names a sort of named thing', () => {
  const sortOf = (h: string) => NAMED_ROW_HEADERS.find((x) => x.header.test(h))?.sort;
  it.each([
    ['变量', 'variable'],
    ['Condition Type', 'condition type'],
    ['注解', 'annotation'],
    ['RPC', 'call of an interface'],
    ['provider', 'provider'],
    ['QoS 等级', 'QoS class'],
  ])('%s → %s', (h, sort) => {
    expect(sortOf(h)).toBe(sort);
  });
  // a field's values, a generic type column, modes, levels: the labels leave such rows unlabelled
  it.each(['值', '取值', 'type', '类型', '模式', '级别', 'effect', 'action', 'exitCode', '写法', '方法'])('%s is no sort of named thing', (h) => {
    expect(sortOf(h)).toBeUndefined();
  });
});

describe('table-named-row in a whole note', () => {
  it('each row of a table of variables is a term its row explains, with the rule in --explain', async () => {
    const dir = await contentDir({
      'notes/n.md': note(
        '# 模板引擎速记',
        '',
        '| 变量 | 含义 |',
        '| --- | --- |',
        '| `currentUser` | 发起请求的用户信息 |',
        '| `targetNode` | 调度目标节点，没有时为空 |',
        '| `retryBudget` | 42 |',
        '| `a / b` | 两个变量一起说 |',
      ),
    });
    const g = await loadGraph(dir, { layout: false });
    const names = g.concepts.map((c) => c.title);
    expect(names).toContain('currentUser');
    expect(names).toContain('targetNode');
    // (a bare value explains nothing; two names in one cell are no one name)
    expect(names).not.toContain('retryBudget');
    expect(names).not.toContain('a / b');
    const id = g.concepts.find((c) => c.title === 'currentUser')!.id;
    expect(explain(dir, id)).toMatch(/table-named-row/);
  });

  it('an annotation key in a table of annotations is a term; the same key in a table of values is not', async () => {
    const names = await titles(note(
      '# 网关注解',
      '',
      '| 注解 | 作用 |',
      '| --- | --- |',
      '| `gateway.example.io/timeout` | 后端超时时间，默认 30 秒 |',
      '',
      '## 取值',
      '',
      '| 值 | 作用 |',
      '| --- | --- |',
      '| `gateway.example.io/retries` | 重试次数 |',
      '| Lenient | 宽松模式 |',
    ));
    expect(names).toContain('gateway.example.io/timeout');
    expect(names).not.toContain('gateway.example.io/retries');
    expect(names).not.toContain('Lenient');
  });

  it('a field table whose header has a remark in parentheses still lists fields', async () => {
    const g = await loadGraph(await contentDir({
      'notes/n.md': note(
        '# Deployment 的滚动更新',
        '',
        '| 字段（都在 `spec` 下） | 含义 |',
        '| --- | --- |',
        '| `minReadySeconds` | 新 Pod 就绪后要再稳定多久才算可用 |',
      ),
    }), { layout: false });
    expect(g.concepts.find((c) => c.title === 'minReadySeconds')?.kind).toBe('field');
  });
});

describe('joinedHeadingNames: a heading joining names its section explains one by one', () => {
  it('names that each open a paragraph or list item of the section', () => {
    expect(joinedHeadingNames('zstd / lz4', blocks(
      '- zstd 压缩率更高，解压也不慢。',
      '- lz4 把速度放在第一位。',
    ))).toEqual(['zstd', 'lz4']);
    expect(joinedHeadingNames('nerdctl 和 podman', blocks(
      'nerdctl 是 containerd 社区的命令行，用法接近 docker。',
      '',
      'podman 则不需要守护进程。',
    ))).toEqual(['nerdctl', 'podman']);
  });

  it('a Chinese name opening a clause as its subject counts, after a comma', () => {
    expect(joinedHeadingNames('预热阶段和冷却阶段', blocks(
      '照这个配置，预热阶段是：先放 10% 流量。',
      '',
      '冷却阶段反过来，逐步收回流量。',
    ))).toEqual(['预热阶段', '冷却阶段']);
  });

  it('no names when one of them is only mentioned in passing', () => {
    expect(joinedHeadingNames('labels 和 selectors', blocks(
      'labels 是挂在对象上的键值对。后来推荐用 `selectors` 来圈定对象。',
    ))).toEqual([]);
  });

  it('no names when a name is followed by a genitive or another name, or a part is no name', () => {
    expect(joinedHeadingNames('alpha 和 beta', blocks(
      '- alpha 的版本号很低。',
      '- beta 会默认打开。',
    ))).toEqual([]);
    expect(joinedHeadingNames('Pod 级别和容器级别的字段', blocks('Pod 级别和容器级别的字段都能写。'))).toEqual([]);
    // everyday English words name actions as often as things the section explains: not given
    expect(joinedHeadingNames('pause / resume', blocks(
      '- pause 会让控制器暂停处理这个对象。',
      '- resume 把暂停解除，控制器接着处理。',
    ))).toEqual([]);
    expect(joinedHeadingNames('fsfreeze / pause', blocks(
      '- fsfreeze 把写入挂起。',
      '- pause 会让控制器暂停处理。',
    ))).toEqual(['fsfreeze']);
    // one name is no join
    expect(joinedHeadingNames('crictl', blocks('crictl 是调试工具。'))).toEqual([]);
  });
});

describe('heading-joined in a whole note', () => {
  it('each name of the heading is a term, with the rule in --explain; a heading whose section leaves one unexplained gives none', async () => {
    const dir = await contentDir({
      'notes/n.md': note(
        '# 节点维护',
        '',
        '## fsfreeze / fsthaw',
        '',
        '- fsfreeze 把节点上的写入全部挂起，等快照做完。',
        '- fsthaw 解除挂起，写入继续。',
        '',
        '## gzip 和 zstd',
        '',
        'gzip 先把日志压一遍。之后再看 `zstd` 怎么用。',
      ),
    });
    const g = await loadGraph(dir, { layout: false });
    const names = g.concepts.map((c) => c.title);
    expect(names).toContain('fsfreeze');
    expect(names).toContain('fsthaw');
    expect(names).not.toContain('gzip');
    expect(names).not.toContain('zstd');
    const id = g.concepts.find((c) => c.title === 'fsthaw')!.id;
    expect(explain(dir, id)).toMatch(/heading-joined/);
  });
});

describe('phase-table in a column other than the first', () => {
  it('a known state in a 状态 column is that state, of the kind the row names; other cells of the column are not read', async () => {
    const g = await loadGraph(await contentDir({
      'notes/n.md': note(
        '# 卷的生命周期',
        '',
        '| 对象 | 状态 | 含义 |',
        '| --- | --- | --- |',
        '| PVC | **Lost** | 它绑定的卷不见了 |',
        '| PV | Released | 申领删掉了，卷还没回收 |',
        '| 特性 | Stable | 已经稳定 |',
        '',
        '| 版本 | 状态 |',
        '| --- | --- |',
        '| 1.30 | Beta |',
      ),
    }), { layout: false });
    const lost = g.concepts.find((c) => c.title === 'Lost');
    expect(lost?.kind).toBe('state');
    expect(lost?.owner).toBe('PersistentVolumeClaim');
    expect(g.concepts.find((c) => c.title === 'Released')?.owner).toBe('PersistentVolume');
    const names = g.concepts.map((c) => c.title);
    expect(names).not.toContain('Stable');
    expect(names).not.toContain('Beta');
  });
});

describe('questionSubjects: how many kinds (or sources) of a thing there are', () => {
  it.each([
    ['Q2：Webhook Token 有哪几种来源？', 'Webhook Token'],
    ['Q6：重启策略有几种取值？', '重启策略'],
  ])('%s asks about %s', (h, name) => {
    expect(questionSubjects(h).map((q) => q.name)).toEqual([name]);
  });
  it.each([
    // ways of doing something, or a facet after a genitive
    'Q2：挂载 Secret 有哪几种方式？',
    'Q2：这个参数的取值有几种写法？',
  ])('%s asks about no name', (h) => {
    expect(questionSubjects(h)).toEqual([]);
  });
});
