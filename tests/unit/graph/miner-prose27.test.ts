/**
 * prose27 (docs/miner.md, "prose27"): a key set to a value, then what the setting means said in the
 * words that mark a definition (`的意思是`, `的含义是`, `指的是`, `是指`): `prose-value-meaning`.
 * Sentences written for this test, not taken from the corpora, with look-alikes that must not fire
 * (the plainer `表示`, which counted over all dev sets stands by no label one time in four; a meaning
 * said of a sentence or an example; a setting in the middle of a clause), then a whole note and
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
const explain = (dir: string, name: string) => spawnSync(process.execPath, ['src/cli/main.ts', 'graph', '--content', dir, '--explain', name], { encoding: 'utf8' }).stdout;

describe('prose-value-meaning: a key set to a value, then what the setting means', () => {
  it.each([
    ['`lazyMount: true` 的意思是卷等到第一次读写时才挂上。', 'lazyMount:prose-value-meaning'],
    ['副本之间要对账。`quorum.writes=2` 的意思就是至少两个副本写成功才算写成功。', 'quorum.writes:prose-value-meaning'],
    ['`spec.drainFirst: false` 指的是升级前不先腾空节点，直接重启。', 'spec.drainFirst:prose-value-meaning'],
    ['`retainLogs: "7d"` 的含义是日志在节点上最多留七天。', 'retainLogs:prose-value-meaning'],
    // after the verb that sets it, a domain/name key (a term, as after any predicate)
    ['给命名空间加注解 `mesh.example.io/skip: "true"` 是指边车注入器跳过这个命名空间。', 'mesh.example.io/skip:prose-key-subject → prose-value-meaning'],
  ])('%s → %s', (md, expected) => {
    expect(rules(md)).toContain(expected);
  });
  it.each([
    // 表示 stays out (rules17; prose27's count: 29 labels found, 9 missed, 12 names of no label)
    '`lazyMount: true` 表示卷等到第一次读写时才挂上。',
    // the meaning of a sentence or an example, with a setting inside it
    '上面这个例子的意思是：带 `x-tenant: blue` 请求头的请求全部去新版本。',
    '这句话的意思是 `lazyMount: true` 要和只读卷一起用。',
    // the setting in the middle of a clause, or the meaning after a comma
    '我们把 `lazyMount: true` 删掉以后的意思是每次都会先挂卷。',
    '上线时设了 `lazyMount: true`，意思是卷晚一点挂。',
    // nothing after the words
    '`lazyMount: true` 的意思是，',
    '`lazyMount: true` 的意思是：',
    // a colon opening the meaning is left (prose27: the one case on the dev sets resolves to another field)
    '`quorum.writes=2` 的意思是：客户端写入时至少要有两个副本确认。',
    // no setting: an address or a user name
    '`db.internal:5432` 的意思是迁移以后换地址。',
    '`system:monitoring` 指的是只读的监控账号。',
  ])('%s defines nothing by it', (md) => {
    expect(rules(md).filter((r) => r.endsWith('prose-value-meaning'))).toEqual([]);
  });
});

describe('prose-value-meaning in a whole note', () => {
  it('mines a key explained by what its value means, and --explain names the rule', async () => {
    const dir = await contentDir({
      'notes/n.md': [
        '# 块存储插件笔记',
        '',
        '装好以后我只改了一处配置。`lazyMount: true` 的意思是卷等到第一次读写时才挂上，启动快很多，代价是第一次访问会慢一点。',
        '',
        '另外 `warmCache: true` 表示启动时预热缓存。',
        '',
      ].join('\n'),
    });
    const g = await loadGraph(dir, { layout: false });
    const titles = g.concepts.map((c) => c.title);
    expect(titles).toContain('lazyMount');
    expect(titles).not.toContain('warmCache');
    expect(explain(dir, 'lazyMount')).toMatch(/prose-value-meaning/);
  });
});
