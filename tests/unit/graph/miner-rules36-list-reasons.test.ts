/**
 * rules36 (docs/miner.md, "rules36 (thirty-sixth session)"): a plain list item opening on a reason a container's state
 * gives and a colon, beside another such item (`- Completed：…`, `- Error：…`, `- OOMKilled：…`), is a concept of the
 * note (`list-reason-colon`); a reason alone among other words, reasons in lower case, reasons with no words after
 * them and a reason beside a phase are not. A list written for this test, not taken from the corpora.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { List } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { runStages } from '../../../src/graph/load.ts';
import { explainConcept } from '../../../src/graph/explain.ts';
import { LIST_REASON_SHAPE, listNamesAlone, listReasonsAlone } from '../../../src/graph/miner/alone-names.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const listOf = (md: string) => fromMarkdown(md).children.find((n): n is List => n.type === 'list')!;

describe('listReasonsAlone: the reasons of a container state set out one by one', () => {
  it('gives the example its names and each look-alike none', () => {
    expect(listReasonsAlone(listOf(LIST_REASON_SHAPE.example)).map((x) => x.name)).toEqual([...LIST_REASON_SHAPE.gives]);
    for (const l of LIST_REASON_SHAPE.lookAlikes) expect(listReasonsAlone(listOf(l)), l).toEqual([]);
  });

  it('leaves the names list-name-colon takes to it, and bold leads to the bold rules', () => {
    const l = listOf('- CrashLoopBackOff：反复崩溃后退避重启。\n- OOMKilled：超过内存上限被杀。\n- Error：非 0 退出。');
    const names = listNamesAlone(l).map((x) => x.name);
    expect(listReasonsAlone(l).map((x) => x.name)).toEqual(['CrashLoopBackOff', 'OOMKilled', 'Error'].filter((n) => !names.includes(n)));
    expect(listReasonsAlone(listOf('- **Completed**：跑完了。\n- **Error**：出错了。'))).toEqual([]);
  });
});

describe('list-reason-colon in a note', () => {
  it('makes the reasons concepts, and --explain names the rule', async () => {
    const dir = await contentDir({
      'notes/n.md': ['# 批处理排障', '', '## 容器为什么结束', '', '- Completed：退出码 0，正常跑完。', '- Error：非 0 退出，一般是程序自己抛了异常。', '- OOMKilled：超过内存上限被内核杀掉，退出码 137。', '', '## 杂项', '', '- Error：这个词在日志里太常见。', '- 其他：先看事件。', ''].join('\n'),
    });
    const ctx = await runStages(dir, { layout: false });
    const g = ctx.graph!;
    const titles = g.concepts.map((c) => c.title);
    expect(titles).toEqual(expect.arrayContaining(['Completed', 'Error', 'OOMKilled']));
    const oom = g.concepts.find((c) => c.title === 'OOMKilled')!;
    expect(explainConcept(ctx, oom.id)).toContain(LIST_REASON_SHAPE.name);
  });
});
