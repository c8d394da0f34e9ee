/**
 * rules31 (docs/miner.md, "rules31"): the owner of a path written from an object's root, read from
 * the context when the words right before the path name none (path-owner.ts, resolve.ts
 * `contextPathField`), and spec paths opening the clauses of one sentence (clause-paths.ts,
 * `prose-clause-path`). Notes and sentences written for this test, not taken from the corpora,
 * each with a look-alike that must stay as it was.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Paragraph } from 'mdast';
import type { Graph } from '../../../src/graph/model.ts';
import { loadGraph } from '../../../src/graph/index.ts';
import { labelKindOf, objectSaidBefore, pathOwnerEvidence } from '../../../src/graph/miner/path-owner.ts';
import { pathsOpeningClauses } from '../../../src/graph/miner/clause-paths.ts';
import { fragmentKeyOwner } from '../../../src/graph/miner/fragment-owner.ts';
import { flattenParagraph } from '../../../src/graph/miner/prose.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const note = (...lines: string[]) => lines.join('\n') + '\n';
const mine = async (...lines: string[]): Promise<Graph> => loadGraph(await contentDir({ 'notes/n.md': note(...lines) }), { layout: false });
const placed = (g: Graph, title: string) => g.concepts.filter((c) => c.title === title).map((c) => `${c.kind}|${c.owner ?? ''}|${c.fieldPath ?? ''}`);

describe('labelKindOf: the kind of the bold label whose definition holds a line', () => {
  // (a list item as the miner gives it: the item, not its list)
  const first = (md: string) => {
    const b = fromMarkdown(md).children[0];
    return b?.type === 'list' ? b.children[0] : b;
  };
  it('reads a label spelt as a kind, its gloss and colon dropped, on the label\'s own line', () => {
    expect(labelKindOf(first('- **QuotaPool（配额池）**：集群级对象，`spec.limits` 定上限。'), 1)).toBe('QuotaPool');
    expect(labelKindOf(first('**RetryBudget**: `spec.maxRetries` caps the retries.'), 1)).toBe('RetryBudget');
  });
  it('reads nothing for a label not spelt as a kind, without a colon, or another line', () => {
    expect(labelKindOf(first('- **配额池**：`spec.limits` 定上限。'), 1)).toBeUndefined();
    expect(labelKindOf(first('- **Quota Pool**：`spec.limits` 定上限。'), 1)).toBeUndefined();
    expect(labelKindOf(first('**QuotaPool** 里 `spec.limits` 定上限。'), 1)).toBeUndefined();
    expect(labelKindOf(first('**QuotaPool**：集群级对象。\n`spec.limits` 定上限。'), 2)).toBeUndefined();
  });
});

describe('objectSaidBefore: the object an earlier sentence of the paragraph names as a complement', () => {
  it.each([
    ['整套 API 里最核心的对象是 Fleet。它只管两件事：', 'Fleet'],
    ['入口资源就是 Gateway，', 'Gateway'],
  ])('%s → %s', (before, kind) => {
    expect(objectSaidBefore(before)).toBe(kind);
  });
  it('gives way to a later clause opened by another kind, and reads no complement that goes on', () => {
    expect(objectSaidBefore('最核心的对象是 Fleet。Member 则描述一个成员集群，')).toBeUndefined();
    expect(objectSaidBefore('最核心的对象是 Fleet 的那份清单，')).toBeUndefined();
  });
});

describe('pathOwnerEvidence: the nearest piece of evidence decides, two kinds decide nothing', () => {
  it('takes the label before the sentence, the sentence before the example, the example before the heading', () => {
    expect(pathOwnerEvidence({ label: 'A', sentence: 'B', exampleKinds: ['C'], headingKinds: ['D'], noteKinds: ['E'] })).toEqual({ cue: 'label', kinds: ['A'] });
    expect(pathOwnerEvidence({ sentence: 'B', exampleKinds: ['C'], headingKinds: ['D'], noteKinds: [] })).toEqual({ cue: 'sentence', kinds: ['B'] });
    expect(pathOwnerEvidence({ exampleKinds: ['C'], headingKinds: ['D'], noteKinds: ['E'] })).toEqual({ cue: 'example', kinds: ['C'] });
    expect(pathOwnerEvidence({ exampleKinds: [], headingKinds: ['D'], noteKinds: ['E'] })).toEqual({ cue: 'heading', kinds: ['D'] });
    expect(pathOwnerEvidence({ exampleKinds: ['C', 'F'], headingKinds: ['D'], noteKinds: [] })).toEqual({ cue: 'example', kinds: ['C', 'F'] });
    expect(pathOwnerEvidence({ exampleKinds: [], headingKinds: [], noteKinds: [] })).toBeUndefined();
  });
});

describe('pathsOpeningClauses: spec paths that each open a clause of one sentence', () => {
  const paths = (md: string) => pathsOpeningClauses(flattenParagraph(fromMarkdown(md).children[0] as Paragraph)).map((d) => d.subject);
  it('reads two clauses or more, each a spec path and its own predicate', () => {
    expect(paths('`spec.routes` 列出转发规则，顺序有意义；`spec.timeoutSeconds` 限定单次请求的时长；`spec.retries` 可以关掉。')).toEqual(['spec.routes', 'spec.timeoutSeconds', 'spec.retries']);
    expect(paths('**Budget**：按团队记账。`spec.hardLimit` 到顶就拒绝；`spec.softLimit` 只告警。')).toEqual(['spec.hardLimit', 'spec.softLimit']);
  });
  it('reads no single clause, no status or metadata path, no path in the middle of a clause', () => {
    expect(paths('`spec.routes` 列出转发规则，顺序有意义。')).toEqual([]);
    expect(paths('`status.ready` 变成 true；`status.reason` 说明原因。')).toEqual([]);
    expect(paths('先改 `spec.routes`，再改 `spec.retries`；最后重启。')).toEqual([]);
    expect(paths('`spec.routes`（列表）；`spec.retries`: 3。')).toEqual([]);
  });
});

describe('a rooted path placed by its context', () => {
  it('places a path inside a kind label\'s definition at that kind, though an API kind has the same path', async () => {
    const g = await mine(
      '# 配额的几个对象',
      '',
      '```yaml',
      'apiVersion: quota.acme.io/v1',
      'kind: QuotaPool',
      'metadata:',
      '  name: gpu',
      '```',
      '',
      '- **QuotaPool（配额池）**：集群级，管理员建。`spec.limits` 给出每类资源的上限；`spec.tolerations` 会被抄到准入的 Pod 上。',
      '- **QuotaClaim**：租户提交的申请，`spec.poolRef` 指向要用的池。',
    );
    expect(placed(g, 'tolerations')).toEqual(['field|QuotaPool|spec.tolerations']);
    expect(placed(g, 'limits')).toEqual(['field|QuotaPool|spec.limits']);
  });

  it('takes no owner from a label that is no kind, nor for a path inside an aside', async () => {
    const g = await mine(
      '# 网关笔记',
      '',
      '**Entry（入口）**：`spec.entries` 是一个列表，每一项是一个监听端点。',
      '',
      '**ReplicaSet（副本集）**：每次修改 Deployment 的 Pod 模板（`spec.template`），就会建一个新的 ReplicaSet。',
    );
    expect(placed(g, 'entries').filter((p) => p.includes('Entry'))).toEqual([]);
    expect(placed(g, 'template').filter((p) => p.includes('ReplicaSet'))).toEqual([]);
  });

  it('places a status path after a YAML example of a custom kind at that kind; not a path an API kind has', async () => {
    const g = await mine(
      '# 备份对象',
      '',
      '```yaml',
      'apiVersion: backup.acme.io/v1',
      'kind: ArchiveJob',
      'metadata:',
      '  name: nightly',
      'spec:',
      '  target: pg-data',
      '```',
      '',
      '建好以后看状态：`status.archivedBytes` 记录已经写出去的字节数，`status.lastRunTime` 记录上一次跑完的时间。',
      '',
      '恢复时新建的 PVC 用 `spec.dataSource` 指向这份归档。',
    );
    expect(placed(g, 'archivedBytes')).toEqual(['field|ArchiveJob|status.archivedBytes']);
    expect(placed(g, 'lastRunTime')).toEqual(['field|ArchiveJob|status.lastRunTime']);
    expect(placed(g, 'dataSource').filter((p) => p.includes('ArchiveJob'))).toEqual([]);
  });

  it('places a path after a sentence naming the object as a complement', async () => {
    const g = await mine(
      '# 舰队管理笔记',
      '',
      '整套 API 里最核心的对象是 Fleet。它本身不干活，主要是两个引用：`spec.placementRef` 指向调度策略对象，`spec.memberSelector` 选出要加入的成员集群。',
    );
    expect(placed(g, 'placementRef')).toEqual(['field|Fleet|spec.placementRef']);
  });
});

describe('fragmentKeyOwner: a fragment cut below the root of a kind the note declares', () => {
  it('finds the one declared kind whose field path ends with the key\'s path', () => {
    expect(fragmentKeyOwner({ name: 'timeout', path: 'providers[].kms.timeout' }, new Set(['EncryptionConfiguration', 'Pod']))).toEqual({ owner: 'EncryptionConfiguration', path: 'resources[].providers[].kms.timeout' });
  });
  it('reads nothing for a key of one segment, or a kind the note does not declare', () => {
    expect(fragmentKeyOwner({ name: 'name', path: 'name' }, new Set(['EncryptionConfiguration']))).toBeUndefined();
    expect(fragmentKeyOwner({ name: 'timeout', path: 'providers[].kms.timeout' }, new Set(['Pod']))).toBeUndefined();
  });
  it('places a fragment\'s keys at the kind it was cut from, not at a farther example\'s key of the same name', async () => {
    const g = await mine(
      '# 加密配置',
      '',
      '```yaml',
      'apiVersion: apiserver.config.k8s.io/v1',
      'kind: EncryptionConfiguration',
      'resources:',
      '  - resources: [secrets]',
      '    providers:',
      '      - identity: {}',
      '```',
      '',
      '```yaml',
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: api',
      'spec:',
      '  containers:',
      '  - name: api',
      '    image: registry.acme.io/api:1.0',
      '    volumeMounts:',
      '    - name: conf',
      '      mountPath: /etc/conf',
      '```',
      '',
      '换成外部密钥服务时只改 providers 这一段：',
      '',
      '```',
      'providers:',
      '  - kms:',
      '      name: vault-plugin',
      '      cachesize: 500',
      '```',
      '',
      '- `name`：插件的名字，会写进密文前缀；',
      '- `cachesize`：缓存多少个解密后的密钥。',
    );
    // (fix32a: a field whose own key is a generic word is titled with its holder, `kms.name`: miner/field-titles.ts)
    expect(placed(g, 'kms.name')).toEqual(['field|EncryptionConfiguration|resources[].providers[].kms.name']);
    expect(placed(g, 'cachesize')).toEqual(['field|EncryptionConfiguration|resources[].providers[].kms.cachesize']);
  });
});
