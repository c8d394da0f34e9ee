import { describe, expect, it } from 'vitest';
import type { Parent, Root, Text } from 'mdast';
import { EXIT, visit } from 'unist-util-visit';
import { parseMarkdown, renderHtml } from '../../../src/graph/markdown.ts';
import { visitType, type VisitResult } from '../../../src/graph/visit-type.ts';

// perf64: visitType walks as unist-util-visit's `visit(tree, type, visitor)` does, without its per-node cost.

const NOTE = [
  '# Pod 进阶',
  '',
  '**Pod** 是最小的调度单位，见 [[Deployment]] 和 `kubectl get pods`。',
  '',
  '- 列表项 ((20240101120000-abcdefg "块引用")) 与 {%youtube abc %}',
  '  - 嵌套 *强调* 文本',
  '',
  '    ```yaml=12',
  '    kind: Pod',
  '    ```',
  '',
  '> 引用里的段落',
  '>',
  '> ```shell',
  '> kubectl apply -f pod.yaml',
  '> ```',
  '',
  '| 字段 | 含义 |',
  '| --- | --- |',
  '| `restartPolicy` | 重启策略 |',
  '',
  '最后一段。',
  '',
].join('\n');

type Call = [string, number | undefined, string | undefined, string];

/** The calls a visitor gets, with what it returns, under one walker. */
function calls(walker: 'visit' | 'visitType', tree: Root, type: string, decide: (node: { type: string }, index: number | undefined, parent: Parent | undefined, n: number) => VisitResult): Call[] {
  const out: Call[] = [];
  const fn = (node: { type: string }, index: number | undefined, parent: Parent | undefined): VisitResult => {
    out.push([node.type, index, parent?.type, JSON.stringify(node).slice(0, 60)]);
    return decide(node, index, parent, out.length);
  };
  if (walker === 'visit') visit(tree, type, (node, index, parent) => fn(node, index, parent as Parent | undefined) as never);
  else visitType<{ type: string }, Parent>(tree, type, fn);
  return out;
}

/** A text node split into three at its middle, the visitor going on after the parts (as readEmbeds and blockRefsToLinks do). */
const splitText = (node: { type: string }, index: number | undefined, parent: Parent | undefined): VisitResult => {
  const t = node as Text;
  if (parent === undefined || index === undefined || t.value.length < 4) return undefined;
  const mid = t.value.length >> 1;
  const parts: Text[] = [{ type: 'text', value: t.value.slice(0, mid) }, { type: 'text', value: '|' }, { type: 'text', value: t.value.slice(mid) }];
  parent.children.splice(index, 1, ...(parts as never[]));
  return index + parts.length;
};

describe('visitType', () => {
  for (const type of ['text', 'code', 'paragraph', 'root', 'listItem', 'tableCell']) {
    it(`calls the visitor for every ${type} node as visit does (same nodes, order, indices, parents)`, () => {
      const a = calls('visit', parseMarkdown(NOTE), type, () => undefined);
      const b = calls('visitType', parseMarkdown(NOTE), type, () => undefined);
      expect(b).toEqual(a);
      expect(a.length).toBeGreaterThan(0);
    });
  }

  it('goes on at the index a visitor returns, after it replaced its node by several (the trees and calls are the same)', () => {
    const ta = parseMarkdown(NOTE);
    const tb = parseMarkdown(NOTE);
    const a = calls('visit', ta, 'text', splitText);
    const b = calls('visitType', tb, 'text', splitText);
    expect(b).toEqual(a);
    expect(tb).toEqual(ta);
    expect(JSON.stringify(tb)).toContain('"value":"|"');
  });

  it('visits a node again at an index before it, as visit does (a visitor that removes its node returns its index)', () => {
    const drop = (node: { type: string }, index: number | undefined, parent: Parent | undefined): VisitResult => {
      if (parent === undefined || index === undefined || !(node as Text).value.includes('段')) return undefined;
      parent.children.splice(index, 1);
      return index;
    };
    const ta = parseMarkdown(NOTE);
    const tb = parseMarkdown(NOTE);
    expect(calls('visitType', tb, 'text', drop)).toEqual(calls('visit', ta, 'text', drop));
    expect(tb).toEqual(ta);
  });

  it('stops the whole walk when the visitor returns false (unist-util-visit EXIT)', () => {
    expect(EXIT).toBe(false);
    const stopAt = (n: number) => (_node: unknown, _i: unknown, _p: unknown, count: number): VisitResult => (count === n ? false : undefined);
    for (const n of [1, 2, 5]) {
      const a = calls('visit', parseMarkdown(NOTE), 'text', stopAt(n));
      const b = calls('visitType', parseMarkdown(NOTE), 'text', stopAt(n));
      expect(b).toEqual(a);
      expect(b).toHaveLength(n);
    }
  });

  it('visits the root itself, with no index and no parent', () => {
    expect(calls('visitType', parseMarkdown('a'), 'root', () => undefined)).toEqual([['root', undefined, undefined, expect.any(String)]]);
  });
});

describe('renderHtml with KaTeX only where there is math (perf64)', () => {
  it('draws inline, display and ```math formulas, at any depth, as MathML', () => {
    const html = renderHtml(parseMarkdown('行内 $$x^2$$ 公式\n\n$$\n\\sum_i a_i\n$$\n\n- 列表里\n\n  > $$\n  > y_1\n  > $$\n\n```math\nE = mc^2\n```\n'));
    expect(html.match(/<math/g)?.length).toBe(4);
    expect(html).not.toContain('language-math');
  });

  it('leaves a note without a formula as plain HTML (no MathML, a `$` in code kept)', () => {
    const html = renderHtml(parseMarkdown('价格 `$5` 与 **粗体**\n\n```shell\necho $HOME\n```\n'));
    expect(html).not.toContain('<math');
    expect(html).toContain('echo $HOME');
  });
});
