/**
 * kinds30 (docs/miner.md, "kinds30"): a custom resource's key explained next to the note's example
 * of it is that resource's field at the example's path, not a same-named field of a Kubernetes kind;
 * a table of keys most of which one custom kind's examples set is that kind's settings table
 * (crd-example-key.ts, resolve.ts `crdExampleKeyField`, `crdTableKeyField`). Notes written for this
 * test: two made-up projects, `Greenhouse` (greenhouse.example.io) and `TideSchedule`
 * (tides.example.dev), each in more than one variant, each with a look-alike.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../../src/graph/model.ts';
import { loadGraph } from '../../../src/graph/index.ts';
import { crdExampleKey, tableKeyPath } from '../../../src/graph/miner/crd-example-key.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const note = (...lines: string[]) => lines.join('\n') + '\n';
const mine = async (...lines: string[]): Promise<Graph> => loadGraph(await contentDir({ 'notes/n.md': note(...lines) }), { layout: false });
const typed = (g: Graph, title: string) => g.concepts.filter((c) => c.title === title).map((c) => `${c.kind}|${c.owner ?? ''}|${c.fieldPath ?? ''}`);

const GREENHOUSE = [
  '```yaml',
  'apiVersion: greenhouse.example.io/v1',
  'kind: Greenhouse',
  'metadata:',
  '  name: tomato',
  'spec:',
  '  replicas: 3',
  '  storage:',
  '    storageClassName: fast-ssd',
  '    size: 20Gi',
  '  updateStrategy: Rolling',
  '  climate:',
  '    humidity: 60',
  '```',
];

describe('crdExampleKey: the evidence, as a pure function', () => {
  const base = {
    name: 'storageClassName',
    form: 'code',
    exampleKinds: ['Greenhouse'],
    isCustomKind: (k: string) => k === 'Greenhouse',
    sectionKinds: ['Greenhouse'],
    keyPath: (k: string) => (k === 'Greenhouse' ? 'spec.storage.storageClassName' : undefined),
    exactPath: (k: string, w: string) => (k === 'Greenhouse' && w === 'spec.updateStrategy' ? w : undefined),
  };
  it('reads a key the nearest example of one custom kind sets', () => {
    expect(crdExampleKey(base)).toEqual({ owner: 'Greenhouse', path: 'spec.storage.storageClassName' });
    expect(crdExampleKey({ ...base, name: 'spec.updateStrategy' })).toEqual({ owner: 'Greenhouse', path: 'spec.updateStrategy' });
  });
  it('leaves a built-in kind named as the owner, an example of a built-in kind, an example from another section, running text, a name every object has', () => {
    expect(crdExampleKey({ ...base, namedOwner: 'PersistentVolumeClaim' })).toBeUndefined();
    expect(crdExampleKey({ ...base, exampleKinds: ['PersistentVolumeClaim'] })).toBeUndefined();
    expect(crdExampleKey({ ...base, sectionKinds: [] })).toBeUndefined();
    expect(crdExampleKey({ ...base, form: 'text' })).toBeUndefined();
    expect(crdExampleKey({ ...base, name: 'name' })).toBeUndefined();
    expect(crdExampleKey({ ...base, keyPath: () => 'metadata.storageClassName' })).toBeUndefined();
  });
});

describe('a custom kind\'s key explained next to its example (Greenhouse)', () => {
  it('an item in a subsection after the example: the custom kind\'s field, though the sentence names a PVC', async () => {
    const g = await mine(
      '# Greenhouse operator 笔记',
      '',
      '## 部署一个温室',
      '',
      ...GREENHOUSE,
      '',
      '### 它替我建了什么',
      '',
      'operator 会建一个 StatefulSet 和一个 headless Service。',
      '',
      '### 字段笔记',
      '',
      '- `spec.storage.size` / `storageClassName`：每个温室节点的 PVC 的大小和存储类，扩容要 StorageClass 支持。',
      '- `spec.replicas`：节点数。',
    );
    expect(typed(g, 'storageClassName')).toEqual(['field|Greenhouse|spec.storage.storageClassName']);
  });
  it('a key written with its value opening a later subsection that names StatefulSet: the custom kind\'s field, not StatefulSet\'s', async () => {
    const g = await mine(
      '# 温室的升级',
      '',
      '## Greenhouse 的 spec',
      '',
      ...GREENHOUSE,
      '',
      '### 底层对象',
      '',
      '每个温室是一个 StatefulSet，外加一个 headless Service。',
      '',
      '### 轮换升级',
      '',
      '`updateStrategy: Rolling` 是 operator 自己实现的更新策略（替代 StatefulSet 的 RollingUpdate）：先换不开花的温室，最后才换主温室。',
    );
    expect(typed(g, 'updateStrategy')).toEqual(['field|Greenhouse|spec.updateStrategy']);
  });
  it('look-alike: the key explained in a later section about a built-in kind — the built-in field stays', async () => {
    const g = await mine(
      '# 温室的升级',
      '',
      '## Greenhouse 的 spec',
      '',
      ...GREENHOUSE,
      '',
      '## 顺便复习 StatefulSet',
      '',
      '- `updateStrategy`：StatefulSet 的 Pod 怎么滚动更新，`RollingUpdate` 或 `OnDelete`，`partition` 控制分批。',
    );
    expect(typed(g, 'updateStrategy')).toEqual(['field|StatefulSet|spec.updateStrategy']);
  });
  it('look-alike: the nearest example is a built-in kind\'s — the catalogue reads it', async () => {
    const g = await mine(
      '# 存储',
      '',
      '## 申领',
      '',
      '```yaml',
      'apiVersion: v1',
      'kind: PersistentVolumeClaim',
      'metadata:',
      '  name: data',
      'spec:',
      '  storageClassName: fast-ssd',
      '  resources:',
      '    requests:',
      '      storage: 20Gi',
      '```',
      '',
      '- `storageClassName`：用哪个存储类。',
    );
    expect(typed(g, 'storageClassName')).toEqual(['field|PersistentVolumeClaim|spec.storageClassName']);
  });
});

describe('tableKeyPath: the place a table of keys sits at in one kind', () => {
  const paths: Record<string, string> = { window: 'spec.window', retention: 'spec.retention', target: 'spec.target.name' };
  it('reads the place two rows at least agree on, and puts the other rows there', () => {
    expect(tableKeyPath(['window', 'retention', 'suspend'], 'suspend', (k) => paths[k])).toBe('spec.suspend');
    expect(tableKeyPath(['resources', 'namePrefix', 'nameSuffix'], 'nameSuffix', (k) => ({ resources: 'resources', namePrefix: 'namePrefix' })[k])).toBe('nameSuffix');
    // (a row the examples set elsewhere stays where they set it)
    expect(tableKeyPath(['window', 'retention', 'keep'], 'keep', (k) => ({ ...paths, keep: 'spec.keep' })[k])).toBe('spec.keep');
    expect(tableKeyPath(['depth', 'width', 'keep'], 'keep', (k) => ({ depth: 'spec.pool.depth', width: 'spec.pool.width', keep: 'spec.keep' })[k])).toBe('spec.keep');
    // (…but set in another branch, the table's place)
    expect(tableKeyPath(['window', 'retention', 'keep'], 'keep', (k) => ({ ...paths, keep: 'spec.history[].keep' })[k])).toBe('spec.keep');
  });
  it('leaves a table with one such row, or whose rows are mostly other things', () => {
    expect(tableKeyPath(['window', 'suspend'], 'suspend', (k) => paths[k])).toBeUndefined();
    expect(tableKeyPath(['window', 'retention', 'a', 'b', 'c', 'd', 'e', 'f', 'suspend'], 'suspend', (k) => paths[k])).toBeUndefined();
    expect(tableKeyPath(['window', 'target', 'suspend'], 'suspend', (k) => paths[k])).toBeUndefined();
  });
});

const TIDE = [
  '```yaml',
  'apiVersion: tides.example.dev/v1alpha1',
  'kind: TideSchedule',
  'metadata:',
  '  name: nightly',
  'spec:',
  '  window: "01:00-05:00"',
  '  retention: 7d',
  '  parallelism: 2',
  '```',
];

describe('a custom kind\'s settings table (TideSchedule)', () => {
  it('a table after the example: the rows it leaves out are the kind\'s, not CronJob\'s', async () => {
    const g = await mine(
      '# TideSchedule 速查',
      '',
      ...TIDE,
      '',
      '| 字段 | 作用 |',
      '| --- | --- |',
      '| `window` | 允许运行的时间窗 |',
      '| `retention` | 结果保留多久 |',
      '| `parallelism` | 同时跑几个潮汐任务 |',
      '| `suspend` | 暂停调度，已经在跑的不受影响 |',
      '| `startingDeadlineSeconds` | 错过时间窗多久之内还能补跑 |',
    );
    expect(typed(g, 'suspend')).toEqual(['field|TideSchedule|spec.suspend']);
    expect(typed(g, 'startingDeadlineSeconds')).toEqual(['field|TideSchedule|spec.startingDeadlineSeconds']);
  });
  it('a table before the example, of a kind whose keys sit at the root: the kind\'s, at the root', async () => {
    const g = await mine(
      '# tide.yaml 怎么写',
      '',
      '| 字段 | 作用 |',
      '| --- | --- |',
      '| `tides` | 要管理的潮汐任务列表 |',
      '| `timezone` | 时间窗按哪个时区算 |',
      '| `suspend` | 整个文件里的任务都暂停 |',
      '',
      '```yaml',
      'apiVersion: tides.example.dev/v1alpha1',
      'kind: TideProfile',
      'tides:',
      '  - nightly',
      'timezone: Asia/Shanghai',
      '```',
    );
    expect(typed(g, 'suspend')).toEqual(['field|TideProfile|suspend']);
  });
  it('look-alike: a table of a built-in kind\'s fields that shares one key with the example — the catalogue reads it', async () => {
    const g = await mine(
      '# TideSchedule 和 CronJob',
      '',
      ...TIDE,
      '',
      'CronJob 的字段对比：',
      '',
      '| 字段 | 作用 |',
      '| --- | --- |',
      '| `schedule` | cron 表达式 |',
      '| `suspend` | 暂停调度 |',
      '| `parallelism` | 并行度 |',
      '| `concurrencyPolicy` | 上一次没跑完时怎么办 |',
    );
    expect(typed(g, 'suspend')).not.toContain('field|TideSchedule|spec.suspend');
  });
});

describe('kindWrittenInDefinition: a definition writing the kind of what it defines', () => {
  it('reads `kind: X` in the first sentence', async () => {
    const { kindWrittenInDefinition } = await import('../../../src/graph/miner/crd-example-key.ts');
    expect(kindWrittenInDefinition(' 每个目录的入口文件，`apiVersion: tides.example.dev/v1alpha1`，`kind: TideProfile`。它不会提交到集群。')).toBe('TideProfile');
    expect(kindWrittenInDefinition(' 入口文件。下一节会看到 `kind: TideProfile` 的写法。')).toBeUndefined();
    expect(kindWrittenInDefinition(' 入口文件，kind 写 TideProfile。')).toBeUndefined();
    expect(kindWrittenInDefinition(' 一个小程序，作为一种包（`kind: TideFunction`，和插件一样安装）发布。')).toBeUndefined();
  });
});

describe('a label whose definition writes `kind: X` is that object (TideProfile, Greenhouse)', () => {
  it('a file name defined as an object of a custom kind: the kind, the file name its other name', async () => {
    const g = await mine(
      '# tide 目录',
      '',
      '**tide.yaml：** 每个 tide 目录的入口文件，本身也是一个对象，`apiVersion: tides.example.dev/v1alpha1`，`kind: TideProfile`。它只在本地渲染时使用。',
      '',
      '```yaml',
      'apiVersion: tides.example.dev/v1alpha1',
      'kind: TideProfile',
      'tides:',
      '  - nightly',
      '```',
    );
    const c = g.concepts.find((x) => x.title === 'TideProfile');
    expect(c?.kind).toBe('object');
    expect(c?.aliases).toContain('tide.yaml');
    expect(g.concepts.some((x) => x.title === 'tide.yaml')).toBe(false);
  });
  it('a Chinese name glossed in English, defined with its kind in a list item', async () => {
    const g = await mine(
      '# 温室笔记',
      '',
      '- **温室对象（greenhouse object）**：`greenhouse.example.io/v1` 的 `kind: Greenhouse`，operator 只认这一种对象。',
      '',
      ...GREENHOUSE,
    );
    const c = g.concepts.find((x) => x.title === 'Greenhouse');
    expect(c?.kind).toBe('object');
    expect(c?.aliases).toEqual(expect.arrayContaining(['温室对象']));
  });
  it('look-alike: the kind written in a later sentence — the label keeps its own reading', async () => {
    const g = await mine(
      '# tide 目录',
      '',
      '**tide.yaml：** 每个 tide 目录的入口文件。后面的例子里会看到 `kind: TideProfile` 这一行。',
      '',
      '```yaml',
      'apiVersion: tides.example.dev/v1alpha1',
      'kind: TideProfile',
      'tides:',
      '  - nightly',
      '```',
    );
    expect(g.concepts.find((x) => x.title === 'TideProfile')?.aliases ?? []).not.toContain('tide.yaml');
  });
});

describe('look-alike: a field whose definition writes another object\'s kind', () => {
  it('`**ownerReferences：** … 的 owner 是 `kind: Node`` stays the field', async () => {
    const g = await mine(
      '# 镜像 Pod',
      '',
      '- **ownerReferences：** 普通 Pod 的 owner 一般是 ReplicaSet，镜像 Pod 的 owner 是 `kind: Node`，所以看一眼就能分清。',
    );
    expect(g.concepts.find((x) => x.title === 'ownerReferences')?.kind).toBe('field');
  });
});
