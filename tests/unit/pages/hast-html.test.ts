import { describe, expect, it } from 'vitest';
import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { hastToHtml } from '../../../src/lib/hast-html.ts';
import { rng } from '../../../bench/lib/rng.mjs';

// Properties as plain records: the trees include values hast's typings reject on purpose (hast-util-to-html takes them at run time).
const el = (tagName: string, properties: Record<string, unknown>, ...children: ElementContent[]): Element => ({ type: 'element', tagName, properties: properties as Element['properties'], children });
const text = (value: string): ElementContent => ({ type: 'text', value });
const root = (...children: Root['children']): Root => ({ type: 'root', children });

// Each rule of the fast path (hast-html.ts), and each case it must leave to hast-util-to-html.
const TREES: Root[] = [
  root(),
  root(text('')),
  root(text('a < b && c > d "q" \'s\' `t` \0 😀 中文')),
  root(el('pre', { class: ['shiki', 'shiki-themes', 'x'], style: '--shiki-light:#1f2328;--shiki-dark:#e6edf3', tabindex: '0' }, el('code', {}, el('span', { class: 'line' }, el('span', { style: 'a:b' }, text('key')), text(': v'))))),
  root(el('span', { className: ['  a', 'b  '] })),
  root(el('span', { class: [] })),
  root(el('span', { class: '' })),
  root(el('a', { href: 'https://x.test/?a=1&b="2"\'`<>', 'data-desc': 'say "hi" & <b>bye</b>\0', rel: 'noopener external', 'data-doc': '1' }, text('x'))),
  root(el('a', { tabindex: 0, 'data-finding': 3, 'aria-label': 'error 3', 'aria-describedby': 'f-1', 'data-nan': Number.NaN, 'data-null': null, 'data-undef': undefined, 'data-false': false, 'data-true': true })),
  root(el('span', { dataFooBar: 'camel', 'data-x.y:z': 'w', id: 'i', title: 't' })),
  root(el('span', { 'aria-describedby': ['a', 'b'], rel: ['noopener', 'external'] })),
  // Left to hast-util-to-html: boolean and comma-separated attributes, odd names, void and raw-text elements, svg, other nodes.
  root(el('button', { hidden: true, disabled: '' })),
  root(el('input', { type: 'checkbox', checked: true })),
  root(el('img', { src: 'a.png', alt: '' })),
  root(el('span', { accept: ['a', 'b'] })),
  root(el('span', { 'bad name': 'x', 'a"b': 'y' })),
  root(el('span', { '': 'x' })),
  root(el('script', {}, text('a < b && c'))),
  root(el('style', {}, text('a > b { c: "&" }'))),
  root(el('svg', { viewBox: '0 0 1 1' }, el('path', { d: 'M0 0' }))),
  root(el('template', {}, text('x'))),
  root({ type: 'comment', value: 'c' }, el('span', {}, text('x'))),
  root({ type: 'doctype' }, text('x')),
  root(el('p', {}, el('br', {}), text('x'))),
  root(el('span', { draggable: true, contentEditable: 'true', spellCheck: false })),
];

/** Random trees from the fast path's shapes and a few of the others. */
function randomTree(rand: () => number): Root {
  const pick = <T>(a: readonly T[]): T => a[Math.floor(rand() * a.length)]!;
  const tags = ['pre', 'code', 'span', 'a', 'span', 'span', 'div', 'br', 'svg', 'p', 'li'];
  const keys = ['class', 'className', 'style', 'href', 'tabindex', 'data-field', 'data-desc', 'aria-label', 'aria-describedby', 'rel', 'hidden', 'id', 'title', 'dataX'];
  const values: unknown[] = ['', 'a b', '"&\'`<>\0', 'x', 0, 3, Number.NaN, true, false, null, undefined, ['a', 'b'], [' c ', ''], '中文 😀'];
  const texts = ['', 'key', ': ', '<', '&amp;', '"', '中文', ' ', '\n', '`', '\0'];
  const node = (depth: number): ElementContent => {
    if (depth > 3 || rand() < 0.35) return text(Array.from({ length: 1 + Math.floor(rand() * 3) }, () => pick(texts)).join(''));
    const properties: Record<string, unknown> = {};
    for (let i = Math.floor(rand() * 4); i > 0; i--) properties[pick(keys)] = pick(values);
    return el(pick(tags), properties, ...Array.from({ length: Math.floor(rand() * 4) }, () => node(depth + 1)));
  };
  return root(...Array.from({ length: Math.floor(rand() * 3) }, () => node(0)));
}

describe('hastToHtml (hast-html.ts)', () => {
  it('writes what hast-util-to-html writes, for every rule and every case it hands over', () => {
    for (const tree of TREES) expect(hastToHtml(tree), JSON.stringify(tree)).toBe(toHtml(tree));
  });

  it('writes what hast-util-to-html writes for 3,000 random trees', () => {
    const rand = rng(5);
    let fast = 0;
    for (let i = 0; i < 3000; i++) {
      const tree = randomTree(rand);
      const expected = toHtml(tree);
      expect(hastToHtml(tree), JSON.stringify(tree)).toBe(expected);
      if (!/<(br|svg|script|style|template)\b|hidden/.test(expected)) fast++;
    }
    // Most of them take the fast path (not only the hand-over to hast-util-to-html).
    expect(fast).toBeGreaterThan(1000);
  });
});
