/**
 * rules15 (docs/miner.md, "rules15"): names in running text. Sentences written for this test, not
 * taken from the corpora, each shape with look-alikes that must not fire, then a whole note and
 * `--explain`.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Paragraph } from 'mdast';
import { loadGraph } from '../../../src/graph/index.ts';
import { boldName, proseDefinitions } from '../../../src/graph/miner/prose.ts';
import { boldGlossed } from '../../../src/graph/miner/gloss-shapes.ts';
import { isGenericLabel } from '../../../src/graph/labels.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const para = (md: string) => fromMarkdown(md).children[0] as Paragraph;
const rules = (md: string) => proseDefinitions(para(md)).map((d) => `${d.subject}:${d.rule}`);
const subjects = (md: string) => proseDefinitions(para(md)).map((d) => d.subject);
const note = (...lines: string[]) => lines.join('\n') + '\n';
const explain = (dir: string, name: string) => spawnSync(process.execPath, ['src/cli/main.ts', 'graph', '--content', dir, '--explain', name], { encoding: 'utf8' }).stdout;

describe('prose-default-value: a name spelt like a setting, said to take a literal by default', () => {
  it.each([
    ['`flushInterval` 默认 30s，写满缓冲区也会提前刷盘。', 'flushInterval:prose-default-value'],
    ['`enable-compaction` 默认是 false，打开以后后台会合并小文件。', 'enable-compaction:prose-default-value'],
    ['retryPolicy 默认为 Never，失败的请求不会再发。', 'retryPolicy:prose-default-value'],
    ['不过 `fast-path` 默认关 → 下个版本才打开。', 'fast-path:prose-default-value'],
    // after the noun of the sort of thing it is (a feature gate, an environment variable)
    ['但特性门控 `ParallelDrain` 默认关，要自己打开。', 'ParallelDrain:prose-default-value'],
    ['环境变量 `LOG_LEVEL` 默认是 info，调试时改成 debug。', 'LOG_LEVEL:prose-default-value'],
  ])('%s → %s', (md, expected) => {
    expect(rules(md)).toContain(expected);
  });
  it.each([
    // a plain Chinese subject, an abbreviation, a plain English word: no setting by their spelling
    '副本数默认是 1，之后可以再改。',
    'GPU 默认是 1，按整卡分配。',
    'timeout 默认 30s，不够就再加。',
    // the default is no literal ending the clause, or no default at all
    '`flushInterval` 默认会跟着磁盘大小变化。',
    '`flushInterval` 设成 30s 比较稳。',
  ])('%s defines nothing by it', (md) => {
    expect(rules(md).filter((r) => r.endsWith('prose-default-value'))).toEqual([]);
  });
});

describe('prose-in-order: the order a list is gone through', () => {
  it.each([
    ['`matchers` 从上往下匹配，第一条命中的就生效。', 'matchers:prose-in-order'],
    ['`hooks` 按顺序执行，前一个失败后面的就不跑了。', 'hooks:prose-in-order'],
  ])('%s → %s', (md, expected) => {
    expect(rules(md)).toContain(expected);
  });
  it.each([
    // a plain Chinese subject, or a name mid-clause
    '这些规则从上往下匹配，第一条命中的就生效。',
    '`matchers` 从上往下看一遍就懂了。',
  ])('%s defines nothing by it', (md) => {
    expect(rules(md).filter((r) => /prose-in-order$/.test(r))).toEqual([]);
  });
});

describe('a code span after the noun of its sort opens the clause', () => {
  it('reads the predicate after it, and nothing when none follows', () => {
    expect(rules('参数 `maxInflight` 表示同时在途的请求数上限。')).toContain('maxInflight:prose-represents');
    expect(subjects('用参数 `maxInflight` 调一下就行。')).toEqual([]);
    expect(subjects('环境变量 `LOG_LEVEL`，程序启动时读一次。')).toEqual([]);
  });
});

describe('a name brought in with a quantifier and said in the same sentence what it does', () => {
  it.each([
    ['每台机器上跑一个 `disk-watcher`（DaemonSet），负责上报磁盘的健康状态。', 'disk-watcher:prose-introduced → prose-role'],
    ['控制面里还有一个 `quota-syncer` 负责把用量写回对象。', 'quota-syncer:prose-introduced → prose-role'],
    ['另外有个很好用的 `dryRunMode`，可以先演练一遍再真正执行。', 'dryRunMode:prose-introduced → prose-capability'],
  ])('%s → %s', (md, expected) => {
    expect(rules(md)).toContain(expected);
  });
  it.each([
    // an API kind the note uses: creating or adding one is no introduction of a new name
    '再加一个 Deployment 负责跑前端。',
    // a plain word or a Chinese phrase is no name by its spelling
    '还有一个办法负责兜底。',
    'Pod 里有一个 sidecar 容器。',
    // a negation introduces nothing
    '集群里没有一个 `quota-syncer` 负责把用量写回对象。',
    // nothing said about it in the same sentence
    '集群里有一个 `quota-syncer`。它平时不用管。',
  ])('%s defines nothing new', (md) => {
    expect(rules(md).filter((r) => r.includes('prose-introduced'))).toEqual([]);
  });
});

describe('a parenthesised list of Latin words after a name is its values, not its other names', () => {
  it('keeps the predicate and drops the values as aliases', () => {
    const [d] = proseDefinitions(para('`evictionMode`（Never / Soft / Hard）决定节点压力下先赶走哪些 Pod。'));
    expect(d?.subject).toBe('evictionMode');
    expect(d?.aliases).toEqual([]);
    // a Chinese name or one English name in parentheses still is another name
    const [e] = proseDefinitions(para('`evictionMode`（驱逐模式）决定节点压力下先赶走哪些 Pod。'));
    expect(e?.aliases).toEqual(['驱逐模式']);
  });
});

describe('prose-bold-gloss: an English name with its Chinese name, both in the bold', () => {
  it('reads the English name and keeps the Chinese as its other name', () => {
    expect(boldGlossed('warm standby（热备）', '')).toEqual({ name: 'warm standby', gloss: '热备' });
    expect(boldName('warm standby（热备）')).toMatchObject({ name: 'warm standby', aliases: ['热备'] });
    expect(rules('故障时切到 **warm standby（热备）**，数据延迟几秒。')).toContain('warm standby:prose-bold-gloss');
  });
  it.each([
    ['Eager（默认）', 'a remark in the parentheses'],
    ['table（表格）', 'one plain English word'],
  ])('%s (%s) is no glossed name', (raw) => {
    expect(boldName(raw) === undefined || boldGlossed(raw, '') === undefined || isGenericLabel(raw)).toBe(true);
    expect(rules(`这里写 **${raw}**，后面再说。`)).toEqual([]);
  });
  it('an English bold name is measured in words, not characters', () => {
    expect(boldName('Cluster Resource Planner')?.name).toBe('Cluster Resource Planner');
    expect(boldName('a very long sentence that someone set in bold')).toBeUndefined();
  });
});

describe('interview-style markers and numbered rubrics are generic labels', () => {
  it.each(['追问', '追问：', '面试官追问', '加分点', '加分项', '踩坑 2', '坑一', '注意3', 'Tip 2'])('%s', (label) => {
    expect(isGenericLabel(label)).toBe(true);
  });
  it.each(['统一', 'IPv4', 'HTTP 2', 'cgroup v2', '阶段一'])('%s is no rubric', (label) => {
    expect(isGenericLabel(label)).toBe(false);
  });
});

describe('rules15 in a whole note', () => {
  it('mines the settings, the introduced component and the bold glossed name, and --explain names the rules', async () => {
    const dir = await contentDir({
      'notes/n.md': note(
        '# 备份工具笔记',
        '',
        '**追问**：备份慢怎么办？答：看 `spec.tuning`。其中 `chunkPolicy`（Fixed / Adaptive）决定分块大小。',
        '',
        '**备份策略：** 一个对象描述一类备份。`filters` 从上往下匹配，第一条命中的决定备份哪些卷；`retryLimit` 默认 3。',
        '',
        '另外，`flushInterval` 默认 30s，写满缓冲区也会提前刷盘。',
        '',
        '- 集群里还有一个 `index-compactor` 负责合并小的索引文件。',
        '',
        '备份完成后进入 **retention window（保留窗口）**，过期的快照由控制器删掉。',
      ),
    });
    const g = await loadGraph(dir, { layout: false });
    const titles = g.concepts.map((c) => c.title);
    // (`filters` and `retryLimit` inside the definition the bold label 备份策略 opens)
    expect(titles).toEqual(expect.arrayContaining(['chunkPolicy', 'flushInterval', 'index-compactor', 'retention window', 'filters', 'retryLimit']));
    expect(titles).not.toContain('追问');
    const chunk = g.concepts.find((c) => c.title === 'chunkPolicy')!;
    expect(chunk.aliases ?? []).not.toContain('Fixed');
    expect(explain(dir, 'flushInterval')).toMatch(/prose-default-value/);
    expect(explain(dir, 'index-compactor')).toMatch(/prose-introduced → prose-role/);
    expect(explain(dir, 'retention window')).toMatch(/prose-bold-gloss/);
  });
});
