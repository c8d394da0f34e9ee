/**
 * rules17 (docs/miner.md, "rules17"): names in running text. Sentences written for this test, not
 * taken from the corpora, each shape with look-alikes that must not fire, then a whole note and
 * `--explain`.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Paragraph } from 'mdast';
import { loadGraph } from '../../../src/graph/index.ts';
import { proseDefinitions } from '../../../src/graph/miner/prose.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const para = (md: string) => fromMarkdown(md).children[0] as Paragraph;
const rules = (md: string) => proseDefinitions(para(md)).map((d) => `${d.subject}:${d.rule}`);
const note = (...lines: string[]) => lines.join('\n') + '\n';
const explain = (dir: string, name: string) => spawnSync(process.execPath, ['src/cli/main.ts', 'graph', '--content', dir, '--explain', name], { encoding: 'utf8' }).stdout;

describe('prose-value-effect: a key set to a value, then what the setting makes happen', () => {
  it.each([
    ['`shareCache: true` 让同一节点上的副本共用一份本地缓存。', 'shareCache:prose-value-effect'],
    ['分片数是偶数；`pinLeader: false` 保证每次重启都会重新选主。', 'pinLeader:prose-value-effect'],
    ['此外，`warmPool: 2` 会在后台一直留着两台预热好的机器。', 'warmPool:prose-value-effect'],
    ['`spec.keepOnDelete: true` 可以让删掉对象以后数据卷还留着。', 'spec.keepOnDelete:prose-value-effect'],
    // a setting written with `=`, and after a gloss of the value
    ['`compaction.enabled=false`（默认开）会把小文件一直留在磁盘上。', 'compaction.enabled:prose-value-effect'],
    // after the verb that sets it, with the sort of key
    ['给命名空间加标签 `example.io/audit: "on"` 可以让审计控制器只盯这些命名空间。', 'example.io/audit:prose-key-subject → prose-value-effect'],
    ['注解 `example.io/primary: "true"` 把这个存储池标成默认池。', 'example.io/primary:prose-key-subject → prose-value-effect'],
  ])('%s → %s', (md, expected) => {
    expect(rules(md)).toContain(expected);
  });
  it.each([
    // what the value means (表示 / 的意思是) is a gloss of the value, which the labels do not agree on
    '`shareCache: true` 表示同一节点上的副本共用一份本地缓存。',
    // the setting in the middle of a clause, or what happens after a comma
    '我们把 `shareCache: true` 删掉以后，让副本各用各的缓存。',
    '上线时设了 `shareCache: true`，结果缓存打满了。',
    '给节点打 `example.io/pool=gpu` 之后会重新调度。',
    // no setting: an address, a user name, a format with a placeholder
    '`db.internal:5432` 会在迁移以后换掉。',
    '`system:monitoring` 会拿到只读权限。',
    // no effect said, or the effect on a person
    '`shareCache: true` 让我排查了一下午。',
    '`shareCache: true` 就行。',
  ])('%s defines nothing by it', (md) => {
    expect(rules(md).filter((r) => r.endsWith('prose-value-effect'))).toEqual([]);
  });
});

describe('rules17 in a whole note', () => {
  it('mines a key set to a value with its effect (also inside another label\'s definition) and a key explained after a colon, and --explain names the rules', async () => {
    const dir = await contentDir({
      'notes/n.md': note(
        '# 缓存服务笔记',
        '',
        '部署的时候我只改了两处。`warmPool: 2` 会在后台一直留着两台预热好的实例。',
        '',
        '- **replicas**：副本数；`pinLeader: false` 保证每次滚动都会重新选主。',
        '',
        '给命名空间加注解 `cache.example.io/evict-first: "true"` 可以让回收器先清这个命名空间的缓存。',
        '',
        '删不掉的时候看一眼，多半挂着 **cache.example.io/drain**：缓存控制器加的 finalizer，数据刷完才会去掉。',
      ),
    });
    const g = await loadGraph(dir, { layout: false });
    const titles = g.concepts.map((c) => c.title);
    expect(titles).toEqual(expect.arrayContaining(['warmPool', 'pinLeader', 'cache.example.io/evict-first']));
    expect(explain(dir, 'pinLeader')).toMatch(/prose-value-effect/);
    expect(explain(dir, 'cache.example.io/evict-first')).toMatch(/prose-key-subject → prose-value-effect/);
    // (rules17 prose-key-colon: a key explained after a colon mid-sentence is a term, like one opening its paragraph)
    expect(g.concepts.find((c) => c.title === 'cache.example.io/drain')?.kind).toBe('term');
  });
});

describe('a field explained one by one inside the definition another label opens', () => {
  it('reads a field path a predicate of its own explains there, and --explain names the predicate', async () => {
    const dir = await contentDir({
      'notes/n.md': note(
        '# 缓存集群笔记',
        '',
        '~~~yaml',
        'apiVersion: cache.example.io/v1',
        'kind: CacheCluster',
        'metadata:',
        '  name: demo',
        'spec:',
        '  shardCount: 3',
        '  evictionOrder: lru',
        '~~~',
        '',
        '- **CacheCluster**：描述一组缓存节点。`spec.shardCount` 是分片的个数，`spec.evictionOrder` 决定先淘汰哪类数据。',
      ),
    });
    const g = await loadGraph(dir, { layout: false });
    const shards = g.concepts.find((c) => c.title === 'shardCount');
    expect(shards?.kind).toBe('field');
    expect(shards?.fieldPath).toBe('spec.shardCount');
    expect(explain(dir, 'shardCount')).toMatch(/prose-copula/);
  });
});

describe('prose-key-colon: a domain/name key mid-sentence, then a colon and what it is', () => {
  it.each([
    ['删不掉的时候看一眼，多半挂着 **backup.example.io/lock**：备份控制器加的 finalizer，备份结束才会去掉。', 'backup.example.io/lock:prose-key-subject → prose-key-colon'],
    ['典型的是 PVC 上的 `storage.example.io/in-use`：只要还有 Pod 挂着它，删除请求就会一直挂起。', 'storage.example.io/in-use:prose-key-subject → prose-key-colon'],
  ])('%s → %s', (md, expected) => {
    expect(rules(md)).toContain(expected);
  });
  it.each([
    // the colon closes the paragraph: a list or an example explains it, not this sentence
    '它是一个 Secret，类型是 `auth.example.io/bootstrap`：',
    // no colon, or a key glued to a value
    '多半挂着 **backup.example.io/lock**，备份结束才会去掉。',
    '删之前先看 `backup.example.io/lock: held` 这行还在不在。',
  ])('%s defines nothing by it', (md) => {
    expect(rules(md).filter((r) => r.endsWith('prose-key-colon'))).toEqual([]);
  });
});

describe('prose-both: two names by their spelling said together what both are', () => {
  it.each([
    ['Longhorn 和 OpenEBS 都是跑在集群里的块存储方案，装法差不多。', ['Longhorn:prose-both → prose-copula', 'OpenEBS:prose-both → prose-copula']],
    ['`tenantQuota` 与 `teamQuota` 均是按命名空间汇总的上限。', ['tenantQuota:prose-both → prose-copula', 'teamQuota:prose-both → prose-copula']],
  ])('%s → %s', (md, expected) => {
    expect(rules(md)).toEqual(expect.arrayContaining(expected));
  });
  it.each([
    // a list with 、 pointing back at an example, 都 before another verb, a plain Chinese pair
    '上面的 `tenantQuota`、`teamQuota` 都是宏。',
    '改完以后 `tenantQuota` 和 `teamQuota` 都不能再动。',
    '快照和备份都是为了恢复数据准备的。',
  ])('%s defines nothing by it', (md) => {
    expect(rules(md).filter((r) => r.startsWith('prose-both') || r.includes(':prose-both'))).toEqual([]);
  });
});
