/**
 * lead42: a paragraph's line that opens with a bold label is a paragraph of its own (label-lines.ts),
 * as Obsidian shows one definition per line written without a blank line between them.
 */
import { describe, expect, it } from 'vitest';
import type { Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseMarkdown } from '../../../src/graph/markdown.ts';
import { splitLabelLines } from '../../../src/graph/label-lines.ts';

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
