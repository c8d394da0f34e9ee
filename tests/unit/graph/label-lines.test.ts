/**
 * lead42: a paragraph's line that opens with a bold label is a paragraph of its own (label-lines.ts),
 * as Obsidian shows one definition per line written without a blank line between them.
 *
 * lead46: lines that each open with a marker numbering an item (`①`, `⑴`, `❶`, `(1)`, `（1）`), or each with a plain
 * Latin name and a full-width colon, are paragraphs of their own too; and a numbered line's name is read as the plain
 * lead of a paragraph (alone-names.ts PLAIN_LEAD), so the values of a status field written that way are states.
 * Look-alikes that stay one paragraph: one numbered line alone, a plain name opening a later line only, `Q：` / `A：`
 * lines, a Notion property block (`Created: …`).
 *
 * lead47: the Chinese dash `——` after a plain name is read as its colon (`- Waiting —— 还没跑起来…`); a single dash is not.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseMarkdown } from '../../../src/graph/markdown.ts';
import { splitLabelLines } from '../../../src/graph/label-lines.ts';
import { loadGraph } from '../../../src/graph/index.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

function split(md: string): { tree: Root; added: number } {
  const tree = parseMarkdown(md);
  return { tree, added: splitLabelLines(tree, md) };
}

const paragraphs = (tree: Root): Paragraph[] => {
  const out: Paragraph[] = [];
  const walk = (n: { type: string; children?: unknown[] }) => {
    if (n.type === 'paragraph') out.push(n as Paragraph);
    for (const c of (n.children ?? []) as { type: string }[]) walk(c);
  };
  walk(tree);
  return out;
};

describe('splitLabelLines', () => {
  it('splits before each line that opens with a bold label, with the positions of each line', () => {
    const md = '前言。\n\n**iptables 模式：**规则多了会变慢。\n**ipvs 模式：**用哈希表查找。\n**nftables 模式**：1.31 beta。\n';
    const { tree, added } = split(md);
    expect(added).toBe(2);
    const ps = paragraphs(tree);
    expect(ps.map((p) => toString(p))).toEqual(['前言。', 'iptables 模式：规则多了会变慢。', 'ipvs 模式：用哈希表查找。', 'nftables 模式：1.31 beta。']);
    expect(ps.slice(1).map((p) => [p.position!.start.line, p.position!.end.line])).toEqual([[3, 3], [4, 4], [5, 5]]);
    // each part's end is the end of its own line, in the source
    for (const p of ps.slice(1, 3)) expect(md[p.position!.end.offset!]).toBe('\n');
    expect(md.slice(ps[1]!.position!.start.offset, ps[1]!.position!.end.offset)).toBe('**iptables 模式：**规则多了会变慢。');
  });
  it('splits inside a block quote and a list item too', () => {
    const { tree } = split('> **A：**一。\n> **B：**二。\n\n- **C：**三。\n  **D：**四。\n');
    expect(paragraphs(tree).map((p) => toString(p))).toEqual(['A：一。', 'B：二。', 'C：三。', 'D：四。']);
  });
  it('leaves bold without a colon, bold in the middle of a line, a long bold sentence, a first line alone and an answer under its question', () => {
    for (const md of [
      '第一行。\n**注意这个坑**，后面再说。\n',
      '第一行里有 **粗体：** 在中间。\n第二行。\n',
      `第一行。\n**${'很长的一句话'.repeat(8)}：**后面。\n`,
      '**只有一行：**内容。\n',
      '**问：** immutable 有什么用？\n**答：** 设成以后就不能再改。\n',
    ]) {
      const { tree, added } = split(md);
      expect(added).toBe(0);
      expect(paragraphs(tree)).toHaveLength(1);
    }
  });
});

describe('splitLabelLines: point objects', () => {
  it('gives every node of the split paragraphs its own point objects (a reading moved between threads numbers the tree object by object)', () => {
    const { tree } = split('**A：**一。\n**B：**二。\n**C：**三。\n');
    const seen = new Set<object>();
    const walk = (n: { position?: { start: object; end: object }; children?: unknown[] }) => {
      for (const pt of n.position ? [n.position.start, n.position.end] : []) {
        expect(seen.has(pt)).toBe(false);
        seen.add(pt);
      }
      for (const c of (n.children ?? []) as (typeof n)[]) walk(c);
    };
    walk(tree as never);
    expect(seen.size).toBeGreaterThan(6);
  });
});

describe('splitLabelLines: numbered lines and plain-name lines', () => {
  it('splits before each numbered line, the line of text before them a paragraph of its own, with each line\'s positions', () => {
    const md = '前言。\n\n一共五个值：\n① Pending：还没跑起来。\n② Running：至少一个容器在跑，**注意**重启中也算。\n③ Failed：失败退出。\n';
    const { tree, added } = split(md);
    expect(added).toBe(3);
    const ps = paragraphs(tree);
    expect(ps.map((p) => toString(p))).toEqual(['前言。', '一共五个值：', '① Pending：还没跑起来。', '② Running：至少一个容器在跑，注意重启中也算。', '③ Failed：失败退出。']);
    expect(ps.slice(1).map((p) => [p.position!.start.line, p.position!.start.column, p.position!.end.line])).toEqual([[3, 1, 3], [4, 1, 4], [5, 1, 5], [6, 1, 6]]);
    for (const p of ps.slice(1)) expect(md.slice(p.position!.start.offset, p.position!.end.offset)).toBe(md.split('\n')[p.position!.start.line - 1]);
    // every text node's place is its text's in the source
    for (const p of ps) for (const c of p.children) if (c.type === 'text') expect(md.slice(c.position!.start.offset, c.position!.end.offset)).toBe(c.value);
  });

  it('reads (1), （1）, ⑴ and ❶ as markers too, and a continuation line\'s indent as no part of its text', () => {
    for (const [a, b] of [['(1)', '(2)'], ['（1）', '（2）'], ['⑴', '⑵'], ['❶', '❷'], ['⑩', '⑪']]) {
      const md = `${a} 先拉镜像。\n   ${b} 再启动容器。\n`;
      const { tree } = split(md);
      const ps = paragraphs(tree);
      expect(ps.map((p) => toString(p))).toEqual([`${a} 先拉镜像。`, `${b} 再启动容器。`]);
      expect(ps[1]!.position!.start.column).toBe(4);
      const t = ps[1]!.children[0]!;
      expect(md.slice(t.position!.start.offset, t.position!.end.offset)).toBe(`${b} 再启动容器。`);
    }
  });

  it('splits a run of lines that each open with a plain name and a full-width colon, from the first line on or under a line announcing them', () => {
    const { tree, added } = split('postStart：容器创建后立刻执行。\npreStop：容器终止之前执行。\nReadWriteOnce（RWO）：单节点读写。\n');
    expect(added).toBe(2);
    expect(paragraphs(tree).map((p) => toString(p))).toEqual(['postStart：容器创建后立刻执行。', 'preStop：容器终止之前执行。', 'ReadWriteOnce（RWO）：单节点读写。']);
    expect(paragraphs(split('钩子有两个：\npostStart：创建后执行。\npreStop：终止前执行。\n').tree).map((p) => toString(p))).toEqual(['钩子有两个：', 'postStart：创建后执行。', 'preStop：终止前执行。']);
  });

  it('lead47: a hard line break (two spaces or a backslash at a line\'s end) ends a line as a soft one does', () => {
    for (const [md, want] of [
      ['**A：**一。  \n**B：**二。\n**C：**三。\n', ['A：一。', 'B：二。', 'C：三。']],
      ['postStart：创建后执行。\\\npreStop：终止前执行。\nReadWriteOnce：读写。\n', ['postStart：创建后执行。', 'preStop：终止前执行。', 'ReadWriteOnce：读写。']],
      ['① Pending：等。  \n② Running：跑。\n', ['① Pending：等。', '② Running：跑。']],
    ] as const) {
      const { tree } = split(md);
      const ps = paragraphs(tree);
      expect(ps.map((p) => toString(p)), md).toEqual(want);
      // (no paragraph keeps the hard break that ended its line, and each starts on its own line of the source)
      expect(ps.every((p) => p.children.every((c) => c.type !== 'break'))).toBe(true);
      expect(ps.map((p) => p.position!.start.line)).toEqual(want.map((_, k) => k + 1));
    }
  });

  it('lead47: reads the Chinese dash `——` after a plain name as its colon, and not a single dash', () => {
    expect(paragraphs(split('Waiting —— 还没跑起来。\nRunning —— 正常运行中。\n').tree).map((p) => toString(p))).toEqual(['Waiting —— 还没跑起来。', 'Running —— 正常运行中。']);
    for (const md of ['Waiting — 还没跑起来。\nRunning — 正常运行中。\n', 'v1.29 - 1.30 之间改过。\nbeta - 默认开启。\n']) expect(split(md).added, md).toBe(0);
  });

  it('leaves one numbered line, a plain name on a later line only, questions and answers, a property block and wrapped prose', () => {
    for (const md of [
      '先说结论。\n① 先拉镜像，然后再说。\n',
      '第一行是一句话。\npreStop：容器终止之前执行。\nTODO：补例子。\n',
      '下面这个要注意：\npreStop：容器终止之前执行。\n',
      'Q：Role 和 ClusterRole 差在哪？\nA：一个在命名空间里，一个是集群级的。\n',
      'Q1：什么是 Pod？\nQ2：什么是 Deployment？\n',
      'Created: 2025年1月3日 上午9:12\nTags: 配置, k8s\nStatus: 已完成\n',
      '按官网的说法，Pod 是最小的调度单位，里面的容器共享网络和\n存储，(1) 这里的共享指的是同一个网络命名空间。\n',
    ]) {
      const { tree, added } = split(md);
      expect(added, md).toBe(0);
      expect(paragraphs(tree)).toHaveLength(1);
    }
  });
});

describe('numbered lines in a note: the values of a status field', () => {
  const conceptsOf = async (text: string) => {
    const g = await loadGraph(await contentDir({ 'notes/n.md': text }), { layout: false });
    return (title: string) => g.concepts.filter((c) => c.title === title).map((c) => c.kind);
  };

  it.each([
    ['①', '②', '③'],
    ['(1)', '(2)', '(3)'],
    ['', '', ''],
  ])('%s Pending：… on lines of one paragraph gives the phases as states', async (a, b, c) => {
    const of = await conceptsOf(['# Pod 的一生', '', '## phase', '', 'Pod 的 status.phase 一共这几个值：', `${a} Pending：Pod 已经被接受了，但还有容器没跑起来。`, `${b} Running：Pod 已经绑定到节点，至少一个容器在运行。`, `${c} Failed：所有容器都已终止，至少一个失败退出。`, ''].join('\n'));
    for (const name of ['Pending', 'Running', 'Failed']) expect(of(name)).toEqual(['state']);
  });

  it("a numbered line's summary is what it says after the marker and the name (`① Pending：…` → `Pod 已经…`)", async () => {
    const g = await loadGraph(await contentDir({ 'notes/n.md': ['# Pod 的一生', '', '## phase', '', 'Pod 的 status.phase 一共这几个值：', '① Pending：Pod 已经被接受了，但还有容器没跑起来。', '② Running：Pod 已经绑定到节点，至少一个容器在运行。', ''].join('\n') }), { layout: false });
    expect(g.concepts.find((c) => c.title === 'Pending')?.summary).toBe('Pod 已经被接受了，但还有容器没跑起来。');
    expect(g.concepts.find((c) => c.title === 'Running')?.summary).toBe('Pod 已经绑定到节点，至少一个容器在运行。');
  });

  it('lead47: `- Waiting —— …` items under a container\'s state give its states, each summary after the dash', async () => {
    const g = await loadGraph(await contentDir({ 'notes/n.md': ['# 容器', '', '## Pod 里容器的几种状态', '', 'kubelet 把 Pod 里每个容器的状态写到 `status.containerStatuses[].state` 里面：', '', '- Waiting —— 还没跑起来，比如在拉镜像。', '- Running —— 正常运行中。', '- Terminated —— 运行结束了，能看到退出码。', ''].join('\n') }), { layout: false });
    for (const name of ['Waiting', 'Running', 'Terminated']) expect(g.concepts.filter((c) => c.title === name).map((c) => c.kind)).toEqual(['state']);
    expect(g.concepts.find((c) => c.title === 'Running')?.summary).toBe('正常运行中。');
  });

  it('no state from numbered lines of restart policies or of counts', async () => {
    const of = await conceptsOf(['# 笔记', '', '## 记录', '', '① Always：总是重启。', '② Never：从不重启。', '', '⑴ Pending：0', '⑵ Running：3', ''].join('\n'));
    for (const name of ['Always', 'Never', 'Pending', 'Running']) expect(of(name)).not.toContain('state');
  });
});
