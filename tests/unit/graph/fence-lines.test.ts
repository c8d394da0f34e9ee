/**
 * bench/lib/fence-lines.mjs, the counting scripts' fence-aware line loop: which lines are outside fenced code, with
 * fences opened and closed as CommonMark says — checked line by line against the project's Markdown parser
 * (src/graph/markdown.ts, whose `code` nodes are what the miner reads as code).
 */
import { describe, expect, it } from 'vitest';
import { visit } from 'unist-util-visit';
import { fenceKinds, linesOutsideFences } from '../../../bench/lib/fence-lines.mjs';
import { parseMarkdown } from '../../../src/graph/markdown.ts';

/** The numbers (from 1) of the non-blank lines the parser puts in a code node. */
function parserCode(text: string): number[] {
  const out = new Set<number>();
  visit(parseMarkdown(text), 'code', (n) => {
    for (let l = n.position!.start.line; l <= n.position!.end.line; l++) out.add(l);
  });
  const lines = text.split('\n');
  return [...out].filter((l) => lines[l - 1]!.trim() !== '').sort((a, b) => a - b);
}
const helperCode = (text: string) =>
  fenceKinds(text)
    .map((k: string, i: number) => (k !== 'text' && text.split('\n')[i]!.trim() !== '' ? i + 1 : 0))
    .filter((l: number) => l > 0);

const CASES: [string, string, number[]][] = [
  ['backticks', 'a\n```yaml\nkind: Pod\n```\nb', [2, 3, 4]],
  ['tildes', 'a\n~~~\nx\n~~~\nb', [2, 3, 4]],
  ['a closing fence at least as long', 'a\n````\n```\nx\n`````\nb', [2, 3, 4, 5]],
  ['the other character does not close', 'a\n~~~\n```\nx\n~~~\nb', [2, 3, 4, 5]],
  ['a closing fence has nothing after it', 'a\n```\n``` not closed\n```\nb', [2, 3, 4]],
  ['an unclosed fence runs to the end', 'a\n```\nx\n\ny', [2, 3, 5]],
  ['up to three spaces of indent', 'a\n   ```\nx\n   ```\nb', [2, 3, 4]],
  ['a backtick info string holds no backtick', 'a ```x` b\n\n```js`\nc', []],
  ['a tilde info string may', 'a\n~~~ x`y\nz\n~~~\nb', [2, 3, 4]],
  ['a fence inside a list item, indented more', '- item\n\n    ```\n    x\n    ```\n- next', [3, 4, 5]],
  ['a numbered item', '1. step\n    ```bash\n    kubectl get pods\n    ```\n2. next', [2, 3, 4]],
  ['a fence on the list marker line', '- ```yaml\n  spec: {}\n  ```\n\nafter', [1, 2, 3]],
  ['the list item ends the fence', '- a\n  ```\n  x\nout\n```\ny\n```', [2, 3, 5, 6, 7]],
  ['a block quote', '> a\n>\n> ```yaml\n> spec:\n> ```\n\nb', [3, 4, 5]],
  ['the block quote ends the fence', '> ```\n> x\ny\n', [1, 2]],
  ['a quote marker inside a fence is code', '```\n> x\n```\nb', [1, 2, 3]],
];

describe('fenceKinds', () => {
  for (const [name, text, code] of CASES) {
    it(`${name}: the parser's code lines`, () => {
      expect(parserCode(text)).toEqual(code);
      expect(helperCode(text)).toEqual(code);
    });
  }
  it('four spaces of indent at the top is indented code, not a fence: the lines after it stay outside', () => {
    expect(parserCode('a\n\n    ```\nb')).toEqual([3]);
    expect(fenceKinds('a\n\n    ```\nb')).toEqual(['text', 'text', 'text', 'text']);
  });
  it('tells fence lines from the code inside', () => {
    expect(fenceKinds('a\n```\nx\n```\nb')).toEqual(['text', 'fence', 'code', 'fence', 'text']);
    expect(fenceKinds(['- ```', '  x', '  ```'])).toEqual(['fence', 'code', 'fence']);
  });
});

describe('linesOutsideFences', () => {
  it('the lines outside with their numbers from 1', () => {
    expect(linesOutsideFences('# T\n```\n# not\n```\ntext')).toEqual([
      { line: 1, text: '# T' },
      { line: 5, text: 'text' },
    ]);
  });
  it('takes an array of lines', () => {
    expect(linesOutsideFences(['a', '~~~', 'b', '~~~', 'c']).map((l: { line: number }) => l.line)).toEqual([1, 5]);
  });
});
