/**
 * The summary of a concept known only from notes starts at the sentence that first names it,
 * not at the start of a paragraph about something else (summaries.ts, fromFirstNaming).
 */
import { describe, expect, it } from 'vitest';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll } from 'vitest';
import { fromFirstNaming, leadParagraph, ownItemOfRun } from '../../../src/graph/summaries.ts';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { toString } from 'mdast-util-to-string';
import { loadGraph } from '../../../src/graph/index.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const parse = (md: string) => unified().use(remarkParse).parse(md).children;
const node = (title: string, extra: { titleZh?: string; aliases?: string[]; fieldPath?: string } = {}) => ({ title, aliases: [], ...extra });

describe('ownItemOfRun (lead42)', () => {
  const run = 'PV 的几个状态：Available（还没被绑定）、Bound（已经绑定到某个 PVC）、Released（PVC 删了但是还没回收）、Failed（自动回收失败）。';
  it('cuts a run of glossed values to its lead-in and the concept\'s own item', () => {
    expect(ownItemOfRun(run, node('Available'))).toBe('PV 的几个状态：Available（还没被绑定）、…');
    expect(ownItemOfRun(run, node('Released'))).toBe('PV 的几个状态：…、Released（PVC 删了但是还没回收）、…');
    expect(ownItemOfRun(run, node('Failed'))).toBe('PV 的几个状态：…、Failed（自动回收失败）。');
  });
  it('reads a run without a colon, with an unglossed value and 和 between values', () => {
    const text = 'PVC 的 phase 有 Pending（还没找到合适的 PV）、Bound 和 Lost（绑定的 PV 不见了）。之后再说。';
    expect(ownItemOfRun(text, node('Lost'))).toBe('PVC 的 phase 有 …、Lost（绑定的 PV 不见了）。');
    // its own value unglossed: nothing of its own to show
    expect(ownItemOfRun(text, node('Bound'))).toBe(text);
  });
  it('leaves the text when the run is short, mostly unglossed, or the concept is not one of its items', () => {
    const two = '容器状态有 Waiting（还没跑起来）、Running（正在跑）。';
    expect(ownItemOfRun(two, node('Running'))).toBe(two);
    const bare = '只有 Pending、Running、Succeeded（成功）、Failed 四种。';
    expect(ownItemOfRun(bare, node('Succeeded'))).toBe(bare);
    expect(ownItemOfRun(run, node('PV'))).toBe(run);
    const prose = 'Bound 的意思是已经和 PVC 一一对应。';
    expect(ownItemOfRun(prose, node('Bound'))).toBe(prose);
  });
});

describe('fromFirstNaming', () => {
  it('starts at the sentence that names the concept', () => {
    const text = '控制器先从缓存里读对象。另外有个叫 warmup 的阶段：它在启动时把缓存填满。之后才开始处理队列。';
    expect(fromFirstNaming(text, node('warmup'))).toBe('另外有个叫 warmup 的阶段：它在启动时把缓存填满。之后才开始处理队列。');
  });
  it('keeps the whole text when the first sentence names it, or nothing does', () => {
    expect(fromFirstNaming('warmup 就是预热。后面再说。', node('warmup'))).toBe('warmup 就是预热。后面再说。');
    expect(fromFirstNaming('这里什么都没提。', node('warmup'))).toBe('这里什么都没提。');
  });
  it('matches Latin names as whole words, and Chinese names and a field\'s last segment', () => {
    // `sync` inside `resync` is no naming of sync
    expect(fromFirstNaming('先做一次 resync。然后 sync 会对比状态。', node('sync'))).toBe('然后 sync 会对比状态。');
    expect(fromFirstNaming('先讲别的。预热阶段会把缓存填满。', node('Warmup', { titleZh: '预热阶段' }))).toBe('预热阶段会把缓存填满。');
    expect(fromFirstNaming('先讲别的。maxSurge 决定能多建几个。', node('maxSurge', { fieldPath: 'spec.strategy.rollingUpdate.maxSurge' }))).toBe('maxSurge 决定能多建几个。');
  });
  it('starts one sentence earlier when the naming sentence refers back with a pronoun or a demonstrative', () => {
    const text = '先说别的。Ticket 是一次借用的凭据。它由 issuer 组件签发，签发后写进 ticketRef。';
    // `它` is the Ticket, not the issuer: the sentence before says what it refers to
    expect(fromFirstNaming(text, node('issuer'))).toBe('Ticket 是一次借用的凭据。它由 issuer 组件签发，签发后写进 ticketRef。');
    expect(fromFirstNaming('先讲背景。新版本把字段改名为 burstQuota。这个字段在 v2 之前叫 burstLimit。', node('burstLimit')))
      .toBe('新版本把字段改名为 burstQuota。这个字段在 v2 之前叫 burstLimit。');
    expect(fromFirstNaming('内置两种队列。其中 slowlane 不排队，直接放行。', node('slowlane'))).toBe('内置两种队列。其中 slowlane 不排队，直接放行。');
    // one step only, and none for a sentence that opens with another word (此外 is no pointer)
    expect(fromFirstNaming('甲。乙。它由 issuer 签发。', node('issuer'))).toBe('乙。它由 issuer 签发。');
    expect(fromFirstNaming('先讲背景。此外 issuer 还会续期。', node('issuer'))).toBe('此外 issuer 还会续期。');
    // an antecedent so long that the concept's own sentence would fall out of the summary is left out
    const long = '先讲背景。' + '控制器每隔一段时间检查一次目标的指标，'.repeat(6) + '然后改副本数。它通过 issuer 签发。';
    expect(fromFirstNaming(long, node('issuer'))).toBe('它通过 issuer 签发。');
    // the paragraph's own first sentence: nothing before it to take
    expect(fromFirstNaming('它由 issuer 签发。后面再说。', node('issuer'))).toBe('它由 issuer 签发。后面再说。');
  });
  it('sums up a term defined in the middle of a paragraph by its own sentence', async () => {
    const dir = await contentDir({});
    await mkdir(path.join(dir, 'notes'));
    await writeFile(
      path.join(dir, 'notes', 'cache.md'),
      '# 缓存笔记\n\n控制器先从本地缓存里读对象，再决定要不要调 apiserver。还有个容易混淆的 warmcache：它是启动时一次性把缓存填满的步骤，填满之前控制器不处理事件。\n',
    );
    const g = await loadGraph(dir, { layout: false });
    const c = g.concepts.find((x) => x.title === 'warmcache');
    expect(c, g.concepts.map((x) => x.title).join(', ')).toBeDefined();
    expect(c!.summary.startsWith('还有个容易混淆的 warmcache：它是')).toBe(true);
  });
  it('takes the paragraph that names the concept, also one item of a list of definitions', () => {
    const blocks = parse('我整理的三个对象：\n\n- **Vault**：存放快照的地方。\n- **Keeper**：按计划触发快照。\n- **Ledger（账本）**：记录每次快照的结果。\n');
    expect(toString(leadParagraph(blocks, node('Ledger'))!)).toBe('Ledger（账本）：记录每次快照的结果。');
    expect(toString(leadParagraph(blocks, node('Archive', { titleZh: '账本' }))!)).toBe('Ledger（账本）：记录每次快照的结果。');
    // nothing names it: the passage's first paragraph, as before
    expect(toString(leadParagraph(blocks, node('Mirror'))!)).toBe('我整理的三个对象：');
    expect(leadParagraph(parse('- a\n- b\n'), node('Mirror'))).toBeUndefined();
  });
  it('sums up one of several bold definitions in a list by its own item (a custom kind whose passage is the whole list)', async () => {
    const dir = await contentDir({});
    await mkdir(path.join(dir, 'notes'));
    await writeFile(
      path.join(dir, 'notes', 'snapshots.md'),
      [
        '# 快照工具笔记',
        '## 第一天：先弄清它由哪几块组成',
        'SnapKit 是一个开源的集群快照工具，跑在集群里的是一个 Deployment（`snapkit` 命名空间），通过一组 CRD（`snap.example.io/v1`）来驱动。我总结的几个核心对象：',
        [
          '- **SnapRequest**：一次快照请求。SnapKit 会把选中的资源导出成 JSON 上传到对象存储；卷的数据另外处理。',
          '- **SnapRestore**：从某个 SnapRequest 恢复。',
          '- **SnapPlan**：定时快照，本质是带 cron 表达式的 SnapRequest 模板。',
          '- **SnapTarget（ST，快照目标）**：快照存到哪里，一般是一个对象存储的桶。',
          '- **VolumeTarget（VT，卷目标）**：卷快照打到哪里。',
        ].join('\n'),
        '```yaml\napiVersion: snap.example.io/v1\nkind: SnapTarget\nmetadata:\n  name: s3\nspec:\n  bucket: backups\n```',
        '`bucket` 是桶的名字。',
      ].join('\n\n') + '\n',
    );
    const g = await loadGraph(dir, { layout: false });
    const c = g.concepts.find((x) => x.title.startsWith('SnapTarget'));
    expect(c, g.concepts.map((x) => x.title).join(', ')).toBeDefined();
    // (struct23: without the bold label `SnapTarget（ST，快照目标）：` that opens the item)
    expect(c!.summary).toBe('快照存到哪里，一般是一个对象存储的桶。');
  });
});
