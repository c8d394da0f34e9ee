/**
 * rules26 (docs/miner.md, "rules26"): concepts a note defines in list items and tables. A code span
 * opening an item with a colon, spelt as no field's value is spelt, may be a new term; a bold label
 * spelt as a proper name is read even in a list of remarks; a row of a field table joining two
 * fields explains each; a first column headed 对象 / 资源 holding only kinds lists kinds; a table of
 * finalizers lists the garbage collector's own. Notes written for this test, not taken from the
 * corpora, each with a look-alike that must stay as it was.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../../src/graph/model.ts';
import { loadGraph } from '../../../src/graph/index.ts';
import { boldNameBySpelling, codeNameBySpelling } from '../../../src/graph/miner/item-shapes.ts';
import { fieldsJoinedInCell, kindColumnCells } from '../../../src/graph/miner/definitions.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const note = (...lines: string[]) => lines.join('\n') + '\n';
const mine = async (...lines: string[]): Promise<Graph> => loadGraph(await contentDir({ 'notes/n.md': note(...lines) }), { layout: false });
const kinds = (g: Graph, title: string) => g.concepts.filter((c) => c.title === title).map((c) => `${c.kind}|${c.owner ?? ''}|${c.fieldPath ?? ''}`);
const definedBy = (g: Graph) => {
  const n = g.notes?.find((x) => x.file === 'notes/n.md');
  const byId = new Map(g.concepts.map((c) => [c.id, c.title]));
  return (n?.defines ?? []).map((id) => byId.get(id));
};

describe('codeNameBySpelling: a code span no field value is spelt like', () => {
  it.each([
    ['requestURI', true],
    ['leaderElect', true],
    ['node-local-dns', true],
    ['cluster-admin-binding', true],
    // capitalised words and plain words are as often a field's values or fields
    ['OnFailure', false],
    ['Always', false],
    ['static', false],
    ['selector', false],
    // paths and flags are other shapes
    ['spec.nodeName', false],
    ['--kubeconfig', false],
    ['a-', false],
    // an object's name with an ordinal
    ['web-0', false],
  ])('%s → %s', (code, yes) => {
    expect(codeNameBySpelling(code)).toBe(yes);
  });

  it('makes a term of an item that opens with such a span; values opening items stay out', async () => {
    const g = await mine(
      '# 事件记录',
      '',
      '每条审计记录里常看的几个键：',
      '',
      '- `requestURI`：请求的路径和查询串，排查谁调了哪个接口就看它；',
      '- `sourceIPs`：发起请求的客户端地址列表。',
      '',
      '重启策略的取值：',
      '',
      '- `Always`：容器退出就重启；',
      '- `OnFailure`：只在非零退出码时重启。',
    );
    const defined = definedBy(g);
    expect(defined).toContain('requestURI');
    expect(defined).toContain('sourceIPs');
    expect(defined).not.toContain('Always');
    expect(defined).not.toContain('OnFailure');
  });
});

describe('boldNameBySpelling: a proper name in a list of remarks', () => {
  it.each([
    ['HasSynced', true],
    ['ResourceVersion Match', true],
    ['PodSecurityPolicy（PSP）', true],
    ['就绪门控（readiness gate）', true],
    ['最终一致（eventual consistency）：', true],
    // a remark, a single capitalised word, a Chinese phrase glossed with one English word
    ['别忘了重启', false],
    ['Drain', false],
    ['只读（readonly）', false],
    ['CPU', false],
  ])('%s → %s', (label, yes) => {
    expect(boldNameBySpelling(label)).toBe(yes);
  });

  it('reads such a label under 注意：, and still not the remarks beside it', async () => {
    const g = await mine(
      '# 写控制器',
      '',
      '**注意**：',
      '',
      '1. **HasSynced**：告诉调用方本地缓存是不是已经装满了第一轮数据，没装满前别开始消费队列。',
      '2. **别在回调里阻塞**：回调跑在分发协程里，慢了会拖住所有事件。',
    );
    const defined = definedBy(g);
    expect(defined).toContain('HasSynced');
    expect(defined.some((t) => t?.includes('别在回调里阻塞'))).toBe(false);
  });
});

describe('field-table: a row joining two fields', () => {
  it.each([
    ['min / max', ['min', 'max']],
    ['`minReplicas` / `maxReplicas`', ['minReplicas', 'maxReplicas']],
    ['spec.a / b', []],
    ['min', []],
    ['上限 / 下限', []],
  ])('%s → %j', (cell, parts) => {
    expect(fieldsJoinedInCell(cell)).toEqual(parts);
  });

  it('explains each field of the row', async () => {
    const g = await mine(
      '# 自动扩缩',
      '',
      '```yaml',
      'apiVersion: autoscaling/v2',
      'kind: HorizontalPodAutoscaler',
      'spec:',
      '  minReplicas: 2',
      '  maxReplicas: 10',
      '```',
      '',
      '| 字段 | 含义 |',
      '|---|---|',
      '| `minReplicas` / `maxReplicas` | 副本数的下限和上限，控制器算出来的数会被夹在中间 |',
    );
    expect(kinds(g, 'minReplicas')).toEqual(['field|HorizontalPodAutoscaler|spec.minReplicas']);
    expect(kinds(g, 'maxReplicas')).toEqual(['field|HorizontalPodAutoscaler|spec.maxReplicas']);
  });
});

describe('a first column headed 对象 or 资源 that holds only kinds', () => {
  it.each([
    [['Widget', 'WidgetPool（WP）', 'Service'], ['Widget', 'WidgetPool（WP）', 'Service']],
    [['PV', 'Widget'], ['Widget']],
    // a column holding a phrase or a resource name lists something else
    [['Widget', '普通 Service'], []],
    [['CPU', '内存'], []],
    [['Widget', 'STS 的 Pod'], []],
  ])('%j → %j', (cells, out) => {
    expect(kindColumnCells(cells)).toEqual(out);
  });

  it('lists the kinds, and leaves a column of phrases alone', async () => {
    const g = await mine(
      '# 装一个存储插件',
      '',
      '| 对象 | 作用域 | 用途 |',
      '|---|---|---|',
      '| VolumePlan | 命名空间 | 描述一个卷要怎么切分 |',
      '| PlanRunner | 集群 | 执行计划的控制器配置 |',
      '',
      '| 对象 | 记录 | 解析结果 |',
      '|---|---|---|',
      '| 普通 Service | A 记录 | ClusterIP |',
      '| HeadlessThing | A 记录 | 每个 Pod 的 IP |',
    );
    expect(kinds(g, 'VolumePlan')).toEqual(['object||']);
    expect(kinds(g, 'PlanRunner')).toEqual(['object||']);
    expect(kinds(g, 'HeadlessThing')).toEqual([]);
  });
});

describe('a table of finalizers', () => {
  it('names the garbage collector\'s own finalizers, not a controller\'s domain keys', async () => {
    const g = await mine(
      '# 删除卡住了',
      '',
      '| finalizer | 作用 |',
      '|---|---|',
      '| `orphan` | 删掉 owner 时把子对象留下，只摘掉它们的 ownerReferences |',
      '| `example.org/release-lock` | 我们自己的控制器加的，释放外部锁以后才摘掉 |',
    );
    const defined = definedBy(g);
    expect(defined).toContain('orphan');
    expect(defined).not.toContain('example.org/release-lock');
  });
});
