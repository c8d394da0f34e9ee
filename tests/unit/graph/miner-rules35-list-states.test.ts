/**
 * rules35 (docs/miner.md, "rules35 (thirty-fifth session)"): a list item opening on a value of a status field and a
 * colon, beside another value of that field (`- Pending：…`, `- Running：…`; `- Guaranteed：…`, `- Burstable：…`), is a
 * concept of the note (`list-state-colon`); a setting's values listed so (`- Always：…`, `- Off：…`), a vendor, a
 * value alone among other words, and values with no words after them are not. A glossary written for this test, not
 * taken from the corpora.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { List } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { runStages } from '../../../src/graph/load.ts';
import { explainConcept } from '../../../src/graph/explain.ts';
import { LIST_STATE_SHAPE, listNamesAlone, listStatesAlone } from '../../../src/graph/miner/alone-names.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const listOf = (md: string) => fromMarkdown(md).children.find((n): n is List => n.type === 'list')!;
const stagesOf = async (...lines: string[]) => runStages(await contentDir({ 'notes/n.md': lines.join('\n') + '\n' }), { layout: false });

describe('listStatesAlone: values of a status field set out one by one', () => {
  it('gives the example its names and each look-alike none', () => {
    expect(listStatesAlone(listOf(LIST_STATE_SHAPE.example)).map((x) => x.name)).toEqual([...LIST_STATE_SHAPE.gives]);
    for (const l of LIST_STATE_SHAPE.lookAlikes) expect(listStatesAlone(listOf(l)), l).toEqual([]);
  });

  it('reads the QoS classes and a container\'s states, a gloss after the value too; list-name-colon leaves them', () => {
    const qos = listOf('- Guaranteed：requests 等于 limits，最后被驱逐。\n- Burstable：只设了一部分。\n- BestEffort：什么都没设。');
    expect(listStatesAlone(qos).map((x) => x.name)).toEqual(['Guaranteed', 'Burstable']);
    expect(listNamesAlone(qos).map((x) => x.name)).toEqual(['BestEffort']);
    const states = listOf('- Waiting（等待）：还没跑起来，看 reason。\n- Terminated：已经结束，带退出码。');
    expect(listStatesAlone(states).map((x) => x.name)).toEqual(['Waiting', 'Terminated']);
  });

  it('leaves values of different fields, spec values and bold or code leads', () => {
    expect(listStatesAlone(listOf('- Pending：还没调度。\n- Guaranteed：最后被驱逐。'))).toEqual([]);
    expect(listStatesAlone(listOf('- Retain：保留卷。\n- Delete：删掉卷。'))).toEqual([]);
    expect(listStatesAlone(listOf('- **Pending**：还没调度。\n- **Running**：在跑。'))).toEqual([]);
  });
});

describe('list-state-colon in a note', () => {
  it('makes the phases and QoS classes of a glossary concepts, and --explain names the rule', async () => {
    const ctx = await stagesOf(
      '# 排障小词典',
      '',
      '## Pod 阶段',
      '',
      '- Pending：API 里已经有这个 Pod，但还有容器没跑起来。',
      '- Succeeded：所有容器都以退出码 0 结束。',
      '- Failed：所有容器都已终止，至少一个失败退出。',
      '',
      '## QoS 等级',
      '',
      '- Guaranteed：每个容器的 requests 和 limits 都相等，最后才被驱逐。',
      '- Burstable：至少一个容器设了 requests 或 limits。',
      '',
      '## 镜像拉取策略',
      '',
      '- Always：每次都去仓库拉。',
      '- Never：只用本地已有的。',
      '',
      '## 云厂商',
      '',
      '- GKE：内部 LB 用注解。',
      '- Azure：也用注解。',
    );
    const g = ctx.graph!;
    const titles = g.concepts.map((c) => c.title);
    expect(titles).toEqual(expect.arrayContaining(['Pending', 'Succeeded', 'Failed', 'Guaranteed', 'Burstable']));
    for (const t of ['Always', 'Never', 'GKE', 'Azure']) expect(titles, t).not.toContain(t);
    for (const t of ['Pending', 'Succeeded', 'Failed']) expect(g.concepts.find((c) => c.title === t)!.kind, t).toBe('state');
    const pending = g.concepts.find((c) => c.title === 'Pending')!;
    expect(explainConcept(ctx, pending.id)).toContain('list-state-colon');
  });
});
