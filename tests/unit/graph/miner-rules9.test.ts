/**
 * rules9 (docs/miner.md, "rules9"): names in structural places and glosses — a heading that is a
 * name glossed in parentheses (`## 令牌桶（Token Bucket）`), a question heading asking what a Chinese
 * name is (`级联删除有几种？`), a table row whose first cell is a bold name, and a Chinese or mixed
 * name glossed in English inside the definition another label opens. Sentences written for this
 * test, not taken from the corpora, with look-alikes that must not fire, then whole notes and
 * `--explain`.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { loadGraph } from '../../../src/graph/index.ts';
import { glossedHeading } from '../../../src/graph/miner/label-rules.ts';
import { questionSubjects } from '../../../src/graph/miner/question-subjects.ts';
import { spellsAbbreviation } from '../../../src/graph/miner/gloss-shapes.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const note = (...lines: string[]) => lines.join('\n') + '\n';
const explain = (dir: string, name: string) => spawnSync(process.execPath, ['src/cli/main.ts', 'graph', '--content', dir, '--explain', name], { encoding: 'utf8' }).stdout;

describe('glossedHeading: a heading that is a name glossed in parentheses', () => {
  it.each([
    ['令牌桶（Token Bucket）', '令牌桶', 'Token Bucket'],
    ['配额（Quota）', '配额', 'Quota'],
    ['Least Recently Used（LRU，最近最少使用）', 'Least Recently Used', 'LRU'],
    ['kube-router（路由组件）', 'kube-router', '路由组件'],
    ['Write-Ahead Log（WAL）', 'Write-Ahead Log', 'WAL'],
  ])('%s → %s / %s', (heading, core, gloss) => {
    expect(glossedHeading(heading)).toEqual({ core, gloss });
  });
  it.each([
    // a remark, not a name, in the parentheses
    '常用命令（背下来）',
    '备份（每天一次）',
    'Raft 协议（理解了才知道为什么要奇数个节点）',
    // a reference or a version, not an English name
    'Merge Patch（RFC 7386）',
    'HPA（autoscaling/v2）',
    // the Chinese part is a phrase, not a name
    '节点上的日志（node logs）',
    // plain English words that do not spell the abbreviation, glossed in Chinese
    'Common mistakes（常见错误）',
    'Some Thing（ST2）',
  ])('%s is no glossed name', (heading) => {
    expect(glossedHeading(heading)).toBeUndefined();
  });
});

describe('spellsAbbreviation', () => {
  it('reads the initials of the words, small words optional', () => {
    expect(spellsAbbreviation('LRU', 'Least Recently Used')).toBe(true);
    expect(spellsAbbreviation('QoS', 'Quality of Service')).toBe(true);
    expect(spellsAbbreviation('LRU', 'Last Run Unit Test')).toBe(false);
    expect(spellsAbbreviation('Pod', 'Put on disk')).toBe(false);
  });
});

describe('questionSubjects: a Chinese name a question heading asks about', () => {
  it.each([
    ['Q2：重试策略有几种？', '重试策略'],
    ['Q5：Deployment 的"滚动窗口"具体指什么？', '滚动窗口'],
    ['“驱逐阈值”指的是什么？', '驱逐阈值'],
    ['Q1：准入控制是什么？为什么要有它？', '准入控制'],
  ])('%s → %s', (heading, name) => {
    expect(questionSubjects(heading).map((q) => q.name)).toEqual([name]);
  });
  it.each([
    // a facet of something, not a name: an unquoted word after a genitive (rules29: of a name, the
    // question asks about the name, `Ingress 的原理是什么` → Ingress; of a pronoun, about nothing)
    'Q3：它的原理是什么？',
    'Q4：这个字段的两个写法分别是什么意思？',
    // a demonstrative points back
    'Q6：这个参数是什么？',
    // no question about what it is (rules29: `为什么要滚动更新？` asks why the name is needed; a phrase with
    // the writer in it is no name)
    'Q7：为什么要自己写控制器？',
  ])('%s asks about no name', (heading) => {
    expect(questionSubjects(heading)).toEqual([]);
  });
});

describe('rules9 in a whole note', () => {
  it('a glossed heading is a term with its gloss as another name, with the rule in --explain', async () => {
    const dir = await contentDir({
      'notes/n.md': note(
        '# 限流笔记',
        '',
        '## 1. 令牌桶（Token Bucket）',
        '',
        '桶里按固定速率放令牌，请求先拿令牌再执行，拿不到就排队或者被拒绝。突发流量能被桶的容量吸收一部分。',
        '',
        '## 2. 常用命令（背下来）',
        '',
        '先看当前的限流配置，再看被拒绝的请求数。',
      ),
    });
    const g = await loadGraph(dir, { layout: false });
    const t = g.concepts.find((c) => c.title.startsWith('令牌桶'));
    expect(t?.kind).toBe('term');
    expect([t!.title, t!.titleEn, ...t!.aliases].join(' ')).toMatch(/Token Bucket/);
    expect(explain(dir, t!.id)).toMatch(/heading-glossed/);
    expect(g.concepts.some((c) => c.title.startsWith('常用命令'))).toBe(false);
  });

  it('a glossed heading over a section whose text defines the same Chinese name is one concept', async () => {
    const dir = await contentDir({
      'notes/n.md': note(
        '# 调度笔记',
        '',
        '## 三、拓扑分区（Topology Zone）',
        '',
        '这一节先放一张图。',
        '',
        '图里每个方框是一台机器。',
        '',
        '所谓拓扑分区，就是节点按机房或可用区分成的一组，调度器按它来打散副本。',
      ),
    });
    const g = await loadGraph(dir, { layout: false });
    const zones = g.concepts.filter((c) => [c.title, c.titleZh ?? '', ...c.aliases].some((n) => n.startsWith('拓扑分区')));
    expect(zones).toHaveLength(1);
    expect([zones[0]!.title, zones[0]!.titleEn ?? '', ...zones[0]!.aliases].join(' ')).toMatch(/Topology Zone/);
  });

  it('a question heading asking what a Chinese name is defines it; a facet after a genitive does not', async () => {
    const dir = await contentDir({
      'notes/n.md': note(
        '# 面试题',
        '',
        '### Q1：重试策略有几种？',
        '',
        '三种：立即重试、固定间隔重试、指数退避重试，后两种更常见。',
        '',
        '### Q2：Ingress 的原理是什么？',
        '',
        '控制器监听 Ingress 对象，把规则翻译成代理的配置。',
      ),
    });
    const g = await loadGraph(dir, { layout: false });
    expect(g.concepts.find((c) => c.title === '重试策略')?.kind).toBe('term');
    expect(g.concepts.some((c) => c.title === '原理')).toBe(false);
  });

  it('a bold first cell of a table row is a term the row explains; a plain first cell only as a key of a table of keys', async () => {
    const dir = await contentDir({
      'notes/n.md': note(
        '# 采集器配置',
        '',
        '| 配置项 | 作用 |',
        '| --- | --- |',
        '| **Flush_Interval** | 每隔多少秒把缓冲区写出去 |',
        '| **retry 队列** | 发送失败的数据先放这里，稍后重发 |',
        '| Buffer_Size | 单条记录的最大长度 |',
        '',
        '| 值 | 行为 |',
        '| --- | --- |',
        '| **Eager**（默认） | 一启动就全部加载 |',
        '| **Lazy** |  |',
        '| Auto | 看内存大小再决定 |',
      ),
    });
    const g = await loadGraph(dir, { layout: false });
    const titles = g.concepts.map((c) => c.title);
    // (a plain value in a table of values, where the note made fewer than two of its values concepts)
    expect(titles).not.toContain('Auto');
    expect(titles).toContain('Flush_Interval');
    expect(titles).toContain('retry 队列');
    expect(titles).toContain('Eager');
    // (tables7: a plain first cell spelt as a tool's key, Title_Snake, in a table headed as keys
    // — 配置项 — is a term too: in the design sets 232 of 236 rows of tables headed as keys are labels)
    expect(titles).toContain('Buffer_Size');
    // (a row with nothing else in it explains nothing)
    expect(titles).not.toContain('Lazy');
    const id = g.concepts.find((c) => c.title === 'Flush_Interval')!.id;
    expect(explain(dir, id)).toMatch(/table-bold-cell/);
  });

  it('a bold state value in a table of phases stays a state', async () => {
    const dir = await contentDir({
      'notes/n.md': note(
        '# PVC 的阶段',
        '',
        '| 阶段 | 含义 |',
        '| --- | --- |',
        '| **Pending** | 还没有绑定到 PV |',
        '| **Bound** | 已经绑定 |',
      ),
    });
    const g = await loadGraph(dir, { layout: false });
    expect(g.concepts.find((c) => c.title === 'Bound')?.kind).toBe('state');
  });

  it('a name glossed in English inside another label\'s definition is a term of its own; a glossed modifier is not', async () => {
    const dir = await contentDir({
      'notes/n.md': note(
        '# 节点维护',
        '',
        '- **主动干扰：** 管理员自己发起的操作，比如排空节点。和它相对的是节点失联时由控制器发起的强制回收（forced reclaim），它不看任何预算。',
        '- **重启窗口：** 允许重启的时间段，一般配合滚动重启（rolling restart）的脚本使用。',
        '- **磁盘上限：** 超过了 Pod 会被驱逐，默认算的是节点的临时空间（scratch-space）。',
      ),
    });
    const g = await loadGraph(dir, { layout: false });
    const t = g.concepts.find((c) => c.title === '强制回收');
    expect(t?.kind).toBe('term');
    expect(t!.aliases.concat(t!.titleEn ?? '')).toContain('forced reclaim');
    expect(g.concepts.some((c) => c.title === '滚动重启')).toBe(false);
    // (a one-word gloss there is the spelling of a value named in passing)
    expect(g.concepts.some((c) => c.title === '临时空间')).toBe(false);
  });
});
