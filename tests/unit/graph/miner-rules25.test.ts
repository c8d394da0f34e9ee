/**
 * rules25 (docs/miner.md, "rules25"): names glossed in parentheses in running text. An English term
 * given its Chinese name (`prose-latin-glossed`), and a Chinese name glossed in English whose gloss
 * goes on after a comma, which is long, which starts with 所有权, or which follows 等 / 可以用 / 一组
 * (`prose-gloss`; a Chinese name after the comma is kept as another name, an abbreviation is not).
 * Sentences written for this test, not taken from the corpora, each with look-alikes
 * that must not fire.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Paragraph } from 'mdast';
import { loadGraph } from '../../../src/graph/index.ts';
import { latinNamesGlossed } from '../../../src/graph/miner/gloss-shapes.ts';
import { proseDefinitions } from '../../../src/graph/miner/prose.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const para = (md: string) => fromMarkdown(md).children[0] as Paragraph;
const defs = (md: string) => proseDefinitions(para(md)).map((d) => `${d.subject}:${d.rule}`);
const aliasesOf = (md: string, subject: string) => proseDefinitions(para(md)).find((d) => d.subject === subject)?.aliases;

describe('latinNamesGlossed: an English term of several words given its Chinese name', () => {
  it.each([
    ['网关默认用 leaky bucket（漏桶）算法限速。', 'leaky bucket', '漏桶'],
    ['这一层的写法是 fan-out（扇出）：一条消息复制给所有订阅者。', 'fan-out', '扇出'],
    ['节点上的 Write Ahead Log（预写日志）先落盘，再改内存里的数据。', 'Write Ahead Log', '预写日志'],
  ])('%s → %s', (text, name, gloss) => {
    expect(latinNamesGlossed(text)).toEqual([expect.objectContaining({ name, gloss })]);
  });

  it.each([
    // one plain word: the parentheses translate a value or a word of the sentence
    '请求先进 mutating（变更）阶段，再进校验阶段。',
    '策略动作有 Deny（拒绝）和 Warn 两种。',
    // an instance with a number for a part, not a term
    '先停 api-1（备用）再停主库。',
    // a remark, an adjective, a draft marker in the parentheses
    '切换方式选 blue green（默认）就行。',
    '里面的 build-id（唯一的）由流水线生成。',
    '这一节抄自 upgrade notes（草稿）。',
    // no Chinese name in the parentheses
    '前缀用 node role（master/worker）区分。',
  ])('%s → none', (text) => {
    expect(latinNamesGlossed(text)).toEqual([]);
  });

  it('is read in running text as a term with its Chinese name as an alias', () => {
    expect(defs('调度器会优先考虑 bin spreading（打散）策略：同一个应用的副本尽量落在不同节点上。')).toContain('bin spreading:prose-latin-glossed');
    expect(aliasesOf('调度器会优先考虑 bin spreading（打散）策略：同一个应用的副本尽量落在不同节点上。', 'bin spreading')).toContain('打散');
  });
});

describe('prose-gloss: a Chinese name glossed in English, in the shapes rules25 adds', () => {
  it('reads past a comma in the gloss, keeping a Chinese name there as another name', () => {
    const zh = '网关前面有一层对象存储网关（object storage gateway，存储入口），请求先到这里。';
    expect(defs(zh)).toContain('对象存储网关:prose-gloss');
    expect(aliasesOf(zh, '对象存储网关')).toEqual(['object storage gateway', '存储入口']);
    const remark = '升级时先开启优雅关机处理（graceful shutdown handling，1.29 beta），再排空节点。';
    expect(defs(remark)).toContain('优雅关机处理:prose-gloss');
    expect(aliasesOf(remark, '优雅关机处理')).toEqual(['graceful shutdown handling']);
  });

  it('keeps no abbreviation from the gloss: one names many things (RS is ReplicaSet\'s)', () => {
    const md = '超出配额的请求交给一个重试调度器（Retry Scheduler，RS），稍后再投递。';
    expect(defs(md)).toContain('重试调度器:prose-gloss');
    expect(aliasesOf(md, '重试调度器')).toEqual(['Retry Scheduler']);
  });

  it('does not take a version in parentheses for an English name', () => {
    expect(defs('这是我搭的测试环境（v1.29，三个节点）上的记录。').filter((d) => d.endsWith(':prose-gloss'))).toEqual([]);
  });

  it('takes a name of nine or ten characters when its English name has several words', () => {
    expect(defs('集群里的节点资源拓扑控制器（node resource topology controller）每分钟上报一次。')).toContain('节点资源拓扑控制器:prose-gloss');
    // a one-word gloss keeps the limit of eight characters
    expect(defs('集群里的节点资源拓扑控制器（controller）每分钟上报一次。').filter((d) => d.startsWith('节点资源拓扑控制器'))).toEqual([]);
  });

  it('reads 所有权 and 所有者 as nouns, 所有 as a quantifier', () => {
    expect(defs('字段的所有权交接（ownership handover）要先由新的一方写入，再由旧的一方放手。')).toContain('所有权交接:prose-gloss');
    expect(defs('升级会让所有节点（all nodes）依次重启。').filter((d) => d.startsWith('所有节点'))).toEqual([]);
  });

  it('starts the name after 等, 可以用 and 一组, not after a word that ends in 用', () => {
    expect(defs('它支持蓝绿、金丝雀等灰度发布策略（progressive rollout），和网关配合使用。')).toContain('灰度发布策略:prose-gloss');
    expect(defs('节点重启慢的话，可以用节点本地缓存（node-local cache）先顶上。')).toContain('节点本地缓存:prose-gloss');
    expect(defs('控制器根据一组健康信号（health signal）决定是否切换。')).toContain('健康信号:prose-gloss');
    // 不可用 ends in 用 but is no lead: nothing starting mid-phrase (`时重试`)
    expect(defs('下游服务不可用时重试（retry on failure），最多三次。').filter((d) => d.startsWith('时'))).toEqual([]);
    // 相等 ends in 等 but is no lead
    expect(defs('两个值相等判断结果（equality check）会被缓存。').filter((d) => d.startsWith('判断'))).toEqual([]);
  });
});

describe('a whole note', () => {
  it('makes terms of both gloss shapes', async () => {
    const dir = await contentDir({
      'notes/n.md': [
        '# 限流',
        '',
        '入口网关用 token bucket（令牌桶）算法：桶里的令牌按固定速率补充，请求拿到令牌才放行。',
        '',
        '超出配额的请求交给后台的重试调度器（Retry Scheduler，RS）会在稍后再次投递。',
        '',
        '对象先交给一层对象存储网关（object storage gateway，存储入口）再复制到各个可用区。',
        '',
      ].join('\n'),
    });
    const g = await loadGraph(dir, { layout: false });
    const byTitle = (t: string) => g.concepts.find((c) => c.title === t);
    expect(byTitle('token bucket')?.kind).toBe('term');
    expect(byTitle('token bucket')?.aliases).toContain('令牌桶');
    expect(byTitle('重试调度器')?.kind).toBe('term');
    expect(byTitle('重试调度器')?.aliases).toEqual(['Retry Scheduler']);
    expect(byTitle('对象存储网关')?.aliases).toEqual(expect.arrayContaining(['object storage gateway', '存储入口']));
    expect(byTitle('ReplicaSet')).toBeUndefined();
  });
});

describe('an English term glossed in Chinese inside a bold label\'s definition (the lead, ninth session)', () => {
  it('is a name of its own there, as a Chinese name glossed in English already was', async () => {
    const dir = await contentDir({
      'notes/n.md': [
        '# 消息队列笔记',
        '',
        '- **消费组**：同一组里的消费者分摊一个主题的消息；组内位置记在 commit log（提交日志）里，重启后从上次的位置继续。',
        '- **死信队列**：多次投递失败的消息转到这里，等人处理。',
        '',
      ].join('\n'),
    });
    const g = await loadGraph(dir, { layout: false });
    const byTitle = (t: string) => g.concepts.find((c) => c.title === t);
    expect(byTitle('消费组')?.kind).toBe('term');
    expect(byTitle('commit log')?.kind).toBe('term');
    expect(byTitle('commit log')?.aliases).toContain('提交日志');
  });
});
