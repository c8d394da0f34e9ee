import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { createHighlighter } from 'shiki';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';
import { createDualThemeTokenizer } from '../../../src/lib/dual-theme.ts';
import { DARK_THEME, LIGHT_THEME, highlightExample, type HighlightOptions } from '../../../src/lib/highlight.ts';
import { loadGraph } from '../../../src/graph/index.ts';
import { conceptPath } from '../../../src/views/urls.ts';
import { rng } from '../../../bench/lib/rng.mjs';

const THEMES = [LIGHT_THEME, DARK_THEME] as const;
const OPTIONS = { lang: 'yaml', themes: { light: LIGHT_THEME, dark: DARK_THEME }, defaultColor: false, tokenizeTimeLimit: 0 } as const;

async function setUp() {
  const engine = createJavaScriptRegexEngine();
  const shiki = await createHighlighter({ themes: [...THEMES], langs: ['yaml'], engine });
  const dual = createDualThemeTokenizer(shiki, engine, THEMES);
  return { shiki, dual };
}

// YAML the grammar treats in every way it knows: comments, anchors and aliases, tags, block
// scalars, flow collections, quoted strings with escapes, implicit types, directives, documents,
// invalid pieces, tabs, CRLF line ends, empty lines, CJK.
const HAND_WRITTEN = [
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web # 注释\n  labels: {app: web, tier: "front"}\nspec:\n  containers:\n    - name: nginx\n      image: nginx:1.25\n      ports: [80, 443]\n',
  '%YAML 1.2\n%TAG ! tag:example.com,2000:\n---\nbase: &base\n  a: 1\n  b: !!str 2\nderived:\n  <<: *base\n  c: ~\n...\n---\nnext: doc\n',
  'script: |\n  echo "hi"\n  exit 0\nfolded: >-\n  a long\n  line\nkeep: |+\n\n  x\n',
  "single: 'it''s'\ndouble: \"tab\\there \\u00e9 \\\\ \\\"q\\\"\"\nbools: [yes, No, TRUE, off]\nnums: [0x1F, 0o17, 1_000, -1.5e+3, .inf, .NaN]\ndate: 2024-05-01T12:00:00+08:00\n",
  'key:\tvalue\n? complex key\n: complex value\n- - nested\n  - seq\n-\n  k: v\nbad: ]\n@reserved: x\n',
  'a: 1\r\nb:\r\n  - 2\r\n\r\n# 只有注释\r\n',
  '',
  '\n\n',
  '   \n\t\n',
  '# comment only',
  'k: "unterminated\n  continues here\nnext: 1\n',
  '{a: [b, {c: d}], e: "f"}\n[1, 2, 3]\n',
  'emoji: "😀 名前"\n中文键: 值\n',
];

/** Random YAML-ish text from the grammar's trigger characters and words. */
function randomYaml(rand: () => number): string {
  const parts = ['key', 'k8s', 'name', ':', ': ', ' ', '  ', '- ', '\n', '\n  ', '#', ' # c', '"', "'", '\\', '[', ']', '{', '}', ',', '&a', '*a', '!tag', '!!int', '|', '>', '|-', '---', '...', '~', 'null', 'true', 'Off', '0x1f', '1.5', '-3', '2024-01-02', '?', '%', '@', '`', '\t', '中文', '<<', '=', 'a b'];
  let s = '';
  const n = 5 + Math.floor(rand() * 60);
  for (let i = 0; i < n; i++) s += parts[Math.floor(rand() * parts.length)];
  return s;
}

describe('one tokenization for both themes (dual-theme.ts)', () => {
  it("gives Shiki's own dual-theme HTML for hand-written YAML and 1,500 random strings", async () => {
    const { shiki, dual } = await setUp();
    const rand = rng(11);
    const codes = [...HAND_WRITTEN, ...Array.from({ length: 1500 }, () => randomYaml(rand))];
    for (const code of codes) expect(dual.codeToHtml(code, OPTIONS), code).toBe(shiki.codeToHtml(code, OPTIONS));
  });

  it('gives the same HTML as two passes for every bundled example, with linked keys and findings', async () => {
    const graph = await loadGraph(fileURLToPath(new URL('../../../content', import.meta.url)), { layout: false });
    const { shiki, dual } = await setUp();
    const ids = new Set(graph.concepts.map((c) => c.id));
    const opts = (id: string): HighlightOptions => ({
      conceptHref: (c) => (ids.has(c) ? conceptPath('/', c) : undefined),
      conceptTitle: (c) => c,
      idPrefix: id,
      markerLabel: { error: 'error', warning: 'warning' },
      findingsListId: `${id}-findings`,
    });
    expect(graph.examples.length).toBeGreaterThan(100);
    let linked = 0;
    for (const ex of graph.examples) {
      const one = await highlightExample(ex, opts(ex.id));
      const two = await highlightExample(ex, opts(ex.id), { onePass: false });
      expect(one.html, ex.id).toBe(two.html);
      linked += one.linkedKeys;
      // The one-pass tokenizer itself handles every example (highlightExample would fall back quietly).
      expect(dual.codeToHtml(ex.code.replace(/\n$/, ''), OPTIONS)).toBe(shiki.codeToHtml(ex.code.replace(/\n$/, ''), OPTIONS));
    }
    expect(linked).toBeGreaterThan(100);
  });

  it('takes a line tokenized before in the same state from its memo, and only then', async () => {
    const engine = createJavaScriptRegexEngine();
    const shiki = await createHighlighter({ themes: [...THEMES], langs: ['yaml'], engine });
    // The same lines in other states: a mapping, inside a block scalar, inside an unterminated
    // quoted string, after a comment, at a document's start, and in a flow collection.
    const line = '  name: web # x';
    const codes = [
      `metadata:\n${line}\n  labels: {}\n`,
      `script: |\n${line}\n${line}\n`,
      `k: "open\n${line}\nnext: 1\n`,
      `${line}\nmetadata:\n${line}\n`,
      `# c\n${line}\n`,
      `list: [\n${line},\n]\n`,
      `folded: >-\n  a\n${line}\n---\n${line}\n`,
      // the same rule with another end (a block scalar ends at its own indentation)
      `a: |\n  t\n${line}\nb: 1\n`,
      `    a: |\n      t\n${line}\nb: 1\n`,
      `  - |\n    t\n${line}\n`,
      `x: 'open\n${line}\n`,
    ];
    for (const limit of [undefined, 1, 3]) {
      // every order, so each state's line is met first in each code
      for (let start = 0; start < codes.length; start++) {
        const dual = createDualThemeTokenizer(shiki, engine, THEMES, limit === undefined ? {} : { lineMemoLimit: limit });
        for (let i = 0; i < codes.length; i++) {
          const code = codes[(start + i) % codes.length]!;
          expect(dual.codeToHtml(code, OPTIONS), `${limit} ${code}`).toBe(shiki.codeToHtml(code, OPTIONS));
        }
        // the same codes again: every line from the memo (unless it is too small to hold them)
        const before = { ...dual.lineCounts };
        for (const code of codes) expect(dual.codeToHtml(code, OPTIONS), code).toBe(shiki.codeToHtml(code, OPTIONS));
        if (limit === undefined) expect(dual.lineCounts.misses).toBe(before.misses);
        else expect(dual.lineCounts.misses).toBeGreaterThan(before.misses);
        expect(dual.lineCounts.hits).toBeGreaterThan(limit === undefined ? before.hits : -1);
      }
    }
  });

  it('refuses themes it was not made for instead of colouring with the wrong ones', async () => {
    const { dual } = await setUp();
    expect(() => dual.codeToHtml('a: 1', { ...OPTIONS, themes: { light: 'github-light', dark: DARK_THEME } } as never)).toThrow();
  });
});
