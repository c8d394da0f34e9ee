/**
 * rules27 (docs/miner.md, "rules27"): a project's kind that no catalogue, API or example of the note
 * knows, said to be an object by the paragraph that names it, and the paths written in a paragraph
 * whose clause is about that kind. Sentences written for this test, not taken from the corpora,
 * each with look-alikes that must not give the same reading.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/graph/index.ts';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { textKinds } from '../../../src/graph/miner/note-kinds.ts';
import { clauseSubjectKind } from '../../../src/graph/miner/resolve.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const note = (...lines: string[]) => lines.join('\n') + '\n';
/** The concepts of a note written in these lines, as their kind, or `owner:fieldPath` for fields. */
const conceptsOf = async (...lines: string[]) => {
  const g = await loadGraph(await contentDir({ 'notes/n.md': note(...lines) }), { layout: false });
  return (title: string) => g.concepts.filter((c) => c.title === title).map((c) => (c.kind === 'field' ? `${c.owner ?? 'Pod'}:${c.fieldPath ?? ''}` : c.kind));
};

describe('textKinds: what the text says is an object', () => {
  it.each([
    ['插件执行完会往标准输出写一个 **GadgetToken** 对象，里面有过期时间。', 'GadgetToken'],
    ['两个组件之间来回传的是一个叫 ProbeExchange 的对象。', 'ProbeExchange'],
    ['**Fleet Provider** 管整组机器的生命周期，FleetPlane 就是它的对象，副本数由它决定。', 'FleetPlane'],
    ['看 Gizmo 的 `status.stage` 就知道卡在哪一步。', 'Gizmo'],
    ['改 Gizmo 的 spec 不会原地生效，只会换一台新的。', 'Gizmo'],
    ['Roster 对象的 `spec.window` 决定轮换时间。', 'Roster'],
    ['- **TunnelBinding（`work.example.io/v1alpha2`）**：绑定策略后生成。', 'TunnelBinding'],
    ['- **StreamRoute**：四层转发，没有匹配条件。同样是 `v1alpha2`。', 'StreamRoute'],
    ['**LedgerView** 是这个项目自己的 CRD（只读）。', 'LedgerView'],
  ])('%s → %s', (md, kind) => {
    expect([...textKinds(fromMarkdown(md))]).toEqual([kind]);
  });

  it.each([
    // a negation: the text says there is no such object
    '认证只看证书里的 CN，API 里并没有 Account 对象。',
    // the platform's name before 对象 means any object
    'Kubernetes 对象都有 metadata，K8s 资源都能 `kubectl get`。',
    // a kind the API knows is the catalogue's, not the text's
    '每个 Pod 对象都有 `status.phase`。',
    // an API version that is another thing's: the tool is no kind
    '- **Toolbox**：开源备份工具，一切操作都是 `tools.example.io/v1` 的 CR。',
    // a heading on the line before a paragraph opening with 资源 is no saying
    '## Summary\n\n资源不够时先扩容。',
    // a name that only does something, with a spec path further on, is not said to be an object
    'Fleetd 会读取 `spec.replicas` 再去扩缩。',
    // inside a fence: an example, not the text
    '```\nShadow 对象\n```',
  ])('%s → none', (md) => {
    expect([...textKinds(fromMarkdown(md))]).toEqual([]);
  });
});

describe('clauseSubjectKind: the kind whose name opens the last clause before a path', () => {
  it.each([
    ['Gizmo 是对一台设备的声明，和 Pod 的地位很像。它的关键字段有：', 'Gizmo'],
    ['Gizmo 是对一台设备的声明；指向 WidgetConfig，处理完以后写到 ', 'Gizmo'],
    ['Gizmo 是对一台设备的声明；Pod 的 ', 'Pod'],
    ['管整组机器的生命周期，FleetPlane 就是它的对象，', 'FleetPlane'],
  ])('%s → %s', (before, kind) => {
    expect(clauseSubjectKind(before)).toBe(kind);
  });

  it.each(['它的关键字段有：', '通过 Gizmo 的', '比如 spec 里'])('%s → none', (before) => {
    expect(clauseSubjectKind(before)).toBeUndefined();
  });
});

describe('a kind the paragraph says is an object, and the paths written about it', () => {
  it('makes the kind an object and gives it the paths of its paragraph, not the one API kind that has the path', async () => {
    const found = await conceptsOf(
      '# 设备编排读书笔记',
      '',
      '装好以后集群里会多出几种资源，这一篇只看其中一种。',
      '',
      'Gizmo 是对一台设备的声明，Gizmo 的 spec 基本不原地修改。它的关键字段有：`spec.assetTag` 说明资产编号；设备开机以后，`spec.providerID` 会被填上云厂商的实例 ID。',
    );
    expect(found('Gizmo')).toEqual(['object']);
    expect(found('providerID')).toEqual(['Gizmo:spec.providerID']);
    expect(found('assetTag')).toEqual(['Gizmo:spec.assetTag']);
  });

  it('leaves the paths to the API where the paragraph does not say the subject is an object', async () => {
    const found = await conceptsOf(
      '# 设备编排读书笔记',
      '',
      '装好以后集群里会多出几种资源，这一篇只看其中一种。',
      '',
      'Gizmo 负责开机和关机，和 Pod 的地位很像。它的关键字段有：设备开机以后，`spec.providerID` 会被填上云厂商的实例 ID。',
    );
    expect(found('Gizmo')).not.toContain('object');
    expect(found('providerID')).not.toContain('Gizmo:spec.providerID');
  });

  it('takes the cluster-scoped twin of a kind the paragraph glosses with its API version', async () => {
    const found = await conceptsOf(
      '# 多集群分发速查',
      '',
      '- **TunnelBinding（`work.example.io/v1alpha2`）**：把资源和策略绑定后生成，`spec.clusters` 记录选中的集群。集群级资源对应 **ClusterTunnelBinding**。',
      '- **Courier**：负责把清单送到成员集群。',
    );
    expect(found('TunnelBinding')).toEqual(['object']);
    expect(found('ClusterTunnelBinding')).toEqual(['object']);
    expect(found('Courier')).not.toContain('object');
  });
});

describe('values a field takes, listed in code spans under a lead-in', () => {
  it('reads no name out of items that only list code spans under 常用值：', async () => {
    const found = await conceptsOf(
      '# 容器里拿到自己的信息',
      '',
      '**fieldPath：** `fieldRef` 里要填的路径，常用值：',
      '',
      '- `metadata.name`、`metadata.uid`',
      '- `spec.nodeName`、`spec.serviceAccountName`（只能走环境变量）',
      '- `status.hostIP`',
    );
    for (const name of ['name', 'uid', 'nodeName', 'serviceAccountName', 'hostIP']) expect(found(name)).toEqual([]);
  });

  it('still reads an item that says what its name does, or a list under a lead-in that names no values', async () => {
    const found = await conceptsOf(
      '# 容器里拿到自己的信息',
      '',
      '**fieldPath：** `fieldRef` 里要填的路径，常用值：',
      '',
      '- `spec.nodeName`：Pod 被调度到的节点名，调度前为空',
      '',
      '另外两个字段：',
      '',
      '- `status.hostIP`、`status.podIP`',
    );
    expect(found('nodeName')).toEqual(['Pod:spec.nodeName']);
  });
});

describe('a file named after what it runs, then that name', () => {
  it('makes the thing the item names a term, not the file', async () => {
    const found = await conceptsOf(
      '# 离线节点上的几个静态 Pod',
      '',
      '目录里默认有三个清单：',
      '',
      '- `vault-agent.yaml`：vault-agent，负责把密钥同步到本地文件；',
      '- `log-shipper.yaml`：log-shipper，把日志转发到远端。',
    );
    expect(found('vault-agent')).toEqual(['term']);
    expect(found('vault-agent.yaml')).toEqual([]);
    expect(found('log-shipper')).toEqual(['term']);
  });

  it('keeps the file when the item goes on about the file itself', async () => {
    const found = await conceptsOf(
      '# 打包目录',
      '',
      '- `widget.yaml`：widget 的元数据文件，名字和版本都在这里。',
    );
    expect(found('widget.yaml')).toEqual(['term']);
    expect(found('widget')).toEqual([]);
  });
});

describe('a table of paths right after an example of the note\'s custom kind', () => {
  const example = [
    '# 分发策略速查',
    '',
    '```yaml',
    'apiVersion: fanout.example.io/v1alpha1',
    'kind: FanoutPolicy',
    'metadata:',
    '  name: web',
    'spec:',
    '  targets:',
    '    - name: edge-1',
    '  rollout:',
    '    batchSize: 2',
    '```',
    '',
  ];

  it('gives a path no example sets to that kind, not to the one API kind that has the path', async () => {
    const found = await conceptsOf(
      ...example,
      '| 字段 | 一句话 |',
      '|---|---|',
      '| `spec.targets` | 分发到哪些集群 |',
      '| `spec.rollout.batchSize` | 每批几个集群 |',
      '| `spec.priority` | 多个策略命中同一资源时，数值大的优先 |',
      '',
      '## 易错点',
      '',
      '- 一个资源只被一个策略认领；多个策略都命中时按 `spec.priority` 选，数值大的先。',
    );
    // (the later mention is the same field, not the Pod's `spec.priority`)
    expect(found('priority')).toEqual(['FanoutPolicy:spec.priority']);
  });

  it('leaves the path to the API when only one other row is the kind\'s', async () => {
    const found = await conceptsOf(
      ...example,
      '| 字段 | 一句话 |',
      '|---|---|',
      '| `spec.targets` | 分发到哪些集群 |',
      '| `spec.priority` | 多个策略命中同一资源时，数值大的优先 |',
    );
    expect(found('priority')).not.toContain('FanoutPolicy:spec.priority');
  });
});
