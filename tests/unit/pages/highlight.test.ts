import { describe, expect, it, vi } from 'vitest';
import {
  copyShowsCode,
  displayCode,
  highlightExample,
  keyDecorations,
  keyLength,
  keyTarget,
  mapFindings,
  markCurrentKeys,
  safeHttpUrl,
} from '../../../src/lib/highlight.ts';
import type { YamlExample, YamlKey } from '../../../src/graph/model.ts';
import { loadGraph } from '../../../src/graph/index.ts';
import { conceptPath } from '../../../src/views/urls.ts';
import { fileURLToPath } from 'node:url';
import { fromHtml } from 'hast-util-from-html';
import type { ElementContent, Root } from 'hast';
import { PRE_COLOURS, tokenColoursCss } from '../../../src/lib/token-colours.ts';

const code = [
  'apiVersion: v1',
  'kind: Pod',
  'spec:',
  '  hostAlias:',
  '    - ip: "127.0.0.1"',
  '  containers:',
  '    - name: shell',
  '      imagePullPolicy: Sometimes',
  '      tty: tru',
  '...',
  '',
].join('\n');

function key(path: string, line: number, column: number, extra: Partial<YamlKey> = {}): YamlKey {
  return { path, line, column, ...extra };
}

// The fence is on note line 20, so code line 1 is note line 21.
const example: YamlExample = {
  id: 'concepts-tty-md-20',
  source: { file: 'concepts/tty.md', line: 20, column: 1 },
  lang: 'yaml',
  code,
  kinds: ['Pod'],
  keys: [
    key('apiVersion', 1, 1, { type: 'string', description: 'APIVersion defines the versioned schema', docUrl: 'https://kubernetes.io/docs/reference/x#apiversion' }),
    key('kind', 2, 1, { type: 'string', docUrl: 'javascript:alert(1)' }),
    key('spec', 3, 1, { type: 'PodSpec', description: 'Specification <b>of</b> the pod "x"', docUrl: 'https://kubernetes.io/spec' }),
    key('spec.hostAlias', 4, 3),
    key('spec.hostAlias[].ip', 5, 7),
    key('spec.containers', 6, 3, { conceptId: 'container-fields', type: '[]Container' }),
    key('spec.containers[].name', 7, 7, { type: 'string', description: 'Name of the container' }),
    key('spec.containers[].imagePullPolicy', 8, 7, { conceptId: 'image-pull-policy', type: 'string' }),
    key('spec.containers[].tty', 9, 7, { conceptId: 'tty', type: 'boolean', description: 'Whether this container should allocate a TTY' }),
  ],
  fieldPaths: [],
  conceptIds: ['tty'],
  diagnostics: [
    { file: 'concepts/tty.md', line: 29, column: 12, severity: 'error', code: 'yaml-type', message: 'tty must be a boolean', hint: 'write true or false' },
    { file: 'concepts/tty.md', line: 24, column: 3, severity: 'warning', code: 'yaml-unknown-field', message: 'unknown field hostAlias', hint: 'did you mean hostAliases?' },
    { file: 'concepts/tty.md', line: 28, column: 24, severity: 'error', code: 'yaml-enum', message: 'imagePullPolicy must be one of Always, IfNotPresent, Never' },
    { file: 'concepts/tty.md', line: 3, column: 1, severity: 'warning', code: 'far-away', message: 'outside the code' },
  ],
};

const hrefs: Record<string, string> = { tty: '/k8s-map/concepts/tty/', 'container-fields': '/k8s-map/concepts/container-fields/' };
const opts = {
  conceptHref: (id: string) => hrefs[id],
  conceptTitle: (id: string) => (id === 'tty' ? 'tty <终端>' : undefined),
  idPrefix: 'ex1',
  markerLabel: { error: '错误', warning: '警告' },
  findingsListId: 'ex1-findings',
};

describe('keyLength', () => {
  it('measures plain, quoted and flow keys', () => {
    expect(keyLength('  hostAliases:', 2)).toBe(11);
    expect(keyLength('    - ip: "1.2.3.4"', 6)).toBe(2);
    expect(keyLength('  "quoted key": 1', 2)).toBe(12);
    expect(keyLength("  'it''s': 1", 2)).toBe(7);
    expect(keyLength('{a: 1, bb: 2}', 7)).toBe(2);
    expect(keyLength('  app.kubernetes.io/name: web', 2)).toBe(22);
    expect(keyLength('  image: nginx:1.27', 2)).toBe(5);
    expect(keyLength('  spaced key : 1', 2)).toBe(10);
    expect(keyLength('short', 10)).toBe(0);
  });
});

describe('link targets', () => {
  it('prefers the concept page, then an http(s) API reference link, never javascript:', () => {
    expect(keyTarget(example.keys[8]!, opts.conceptHref)).toEqual({ href: '/k8s-map/concepts/tty/', kind: 'concept' });
    expect(keyTarget(example.keys[0]!, opts.conceptHref)?.kind).toBe('doc');
    expect(keyTarget(example.keys[1]!, opts.conceptHref)).toBeUndefined();
    // a conceptId whose page does not exist falls back to the doc link (none here)
    expect(keyTarget(example.keys[7]!, opts.conceptHref)).toBeUndefined();
    expect(safeHttpUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeHttpUrl('not a url')).toBeUndefined();
    expect(safeHttpUrl('https://kubernetes.io/a b')).toBe('https://kubernetes.io/a%20b');
  });

  it('decorates each key once, at its exact range, skipping keys with nothing to show', () => {
    const decos = keyDecorations(example, opts);
    const byField = new Map(decos.map((d) => [d.properties?.['data-field'], d]));
    expect(byField.get('spec.containers[].tty')).toMatchObject({
      start: { line: 8, character: 6 },
      end: { line: 8, character: 9 },
      tagName: 'a',
    });
    // kind has a type but only a javascript: link: a focusable span, no href
    expect(byField.get('kind')?.tagName).toBe('span');
    expect(byField.get('kind')?.properties?.href).toBeUndefined();
    // hostAlias: no concept, no doc, no type → not decorated
    expect(byField.has('spec.hostAlias')).toBe(false);
  });
});

describe('findings', () => {
  it('maps note lines to code lines (code starts on the line after the fence) and sorts them', () => {
    const f = mapFindings(example, 'ex1');
    expect(f.map((x) => [x.diagnostic.code, x.codeLine])).toEqual([
      ['far-away', undefined],
      ['yaml-unknown-field', 4],
      ['yaml-enum', 8],
      ['yaml-type', 9],
    ]);
    expect(f[1]!.id).toBe('ex1-finding-2');
  });
});

describe('highlightExample', () => {
  it('produces dual-theme Shiki HTML with linked keys, finding markers and escaped attributes', async () => {
    const out = await highlightExample(example, opts);
    expect(out.html).toMatch(/^<pre class="shiki[^"]*yaml-code/);
    // The block's colours come from the stylesheet (token-colours.ts PRE_COLOURS on .yaml-code), not a style on the <pre>.
    expect(out.html).not.toMatch(/^<pre [^>]*style=/);
    expect(tokenColoursCss()).toContain(`.yaml-code{${PRE_COLOURS}}`);
    expect(out.html).toContain('aria-describedby="ex1-findings"');
    const tty = out.html.match(/<a (?:[^>"]|"[^"]*")*data-field="spec\.containers\[\]\.tty"(?:[^>"]|"[^"]*")*>tty<\/a>/)?.[0] ?? '';
    // The key's colours as classes after its own (token-colours.ts), not an inline style.
    expect(tty).toMatch(/ class="yaml-key yaml-key--concept sl\d+ sd\d+"/);
    expect(tty).not.toContain('style=');
    expect(tty).toContain('href="/k8s-map/concepts/tty/"');
    expect(tty).toContain('data-type="boolean"');
    expect(tty).toContain('data-desc="Whether this container should allocate a TTY"');
    expect(tty).toContain('data-concept="tty <终端>"');
    expect(out.html).toContain('data-desc="Specification <b>of</b> the pod &#x22;x&#x22;"');
    expect(out.html).not.toContain('javascript:');
    expect(out.linkedKeys).toBe(4);
    // markers on lines 4, 8 and 9; the far-away finding has none
    expect(out.html.match(/class="finding-marker/g)).toHaveLength(3);
    // the markers are no text of the example: the full-text index leaves them out
    expect(out.html.match(/<a class="finding-marker[^>]*>/g)!.every((a) => a.includes('data-pagefind-ignore'))).toBe(true);
    expect(out.html).toContain('href="#ex1-finding-4"');
    expect(out.html).toContain('aria-label="错误 4"');
    expect(out.html).toMatch(/<span class="line line--finding line--warning">.*hostAlias/);
    expect(out.html).toMatch(/<span class="line line--omitted">/);
    // the trailing newline does not produce an empty last line
    expect(out.html.match(/class="line/g)).toHaveLength(10);
    expect(displayCode('a: 1\r\n')).toBe('a: 1');
  });

  it('leaves the copy button its own copy of the code only where the code shown is not the code exactly', () => {
    // displayCode drops one trailing newline and turns CRLF / CR into LF: then the <pre>'s text is not the code.
    const cases: [string, boolean][] = [
      ['a: 1\nb:\n  - c', true],
      ['a:\tb  \n  ...', true],
      ['', true],
      ['a: 1\n', false],
      ['a: 1\r\nb: 2', false],
      ['a: 1\rb: 2', false],
    ];
    for (const [code, shows] of cases) expect(copyShowsCode(code), JSON.stringify(code)).toBe(shows);
    expect(copyShowsCode(example.code)).toBe(example.code === displayCode(example.code));
  });

  it('escapes code text', async () => {
    const ex: YamlExample = { ...example, code: 'a: "<script>alert(1)</script>"\n', keys: [], diagnostics: [] };
    const out = await highlightExample(ex, opts);
    expect(out.html).not.toContain('<script>');
    expect(out.html).toContain('&#x3C;script>');
  });
});

describe('current concept', () => {
  it("marks keys that link to the page's own concept", () => {
    const decos = keyDecorations(example, { ...opts, currentConceptId: 'tty' });
    const classes = decos.map((d) => `${d.properties?.['data-field']}=${d.properties?.class}`);
    expect(classes).toContain('spec.containers[].tty=yaml-key yaml-key--concept yaml-key--current');
    expect(classes).toContain('spec.containers=yaml-key yaml-key--concept');
  });
});

describe('markCurrentKeys', () => {
  it('gives what highlighting with the current concept gives (fixture, escaped hrefs)', async () => {
    const odd: Record<string, string> = { tty: '/a&b "c"/concepts/tty/', 'container-fields': '/a&b "c"/concepts/container-fields/' };
    for (const href of [hrefs, odd]) {
      const o = { ...opts, conceptHref: (id: string) => href[id] };
      const plain = await highlightExample(example, o);
      for (const id of ['tty', 'container-fields', 'image-pull-policy']) {
        const direct = await highlightExample(example, { ...o, currentConceptId: id });
        expect(markCurrentKeys(plain.html, o.conceptHref(id) ?? '/nowhere/')).toBe(direct.html);
      }
      expect(markCurrentKeys(plain.html, href.tty!)).toContain('yaml-key--current');
    }
  });

  it('gives what highlighting with the current concept gives, for every example of the bundled notes and each concept its keys link to', async () => {
    const graph = await loadGraph(fileURLToPath(new URL('../../../content', import.meta.url)), { layout: false });
    const titles = new Map(graph.concepts.map((c) => [c.id, c.title]));
    const base = '/k8s-map/';
    const href = (id: string) => (titles.has(id) ? conceptPath(base, id) : undefined);
    let checked = 0;
    for (const ex of graph.examples) {
      const o = { conceptHref: href, conceptTitle: (id: string) => titles.get(id), idPrefix: `yx-${ex.id}`, findingsListId: `yx-${ex.id}-findings`, markerLabel: { error: '错误', warning: '警告' } };
      const plain = await highlightExample(ex, o);
      for (const id of new Set(ex.keys.map((k) => k.conceptId).filter((c): c is string => c !== undefined && titles.has(c)))) {
        const direct = await highlightExample(ex, { ...o, currentConceptId: id });
        expect(markCurrentKeys(plain.html, href(id)!)).toBe(direct.html);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  }, 60_000);
});

describe('inherited colours', () => {
  /**
   * Each character of the code with the theme colours it is drawn in: the nearest `--shiki-light` /
   * `--shiki-dark` on it or an ancestor (as the page's CSS resolves them), lower-cased; set by a
   * `style` or by the colour classes, read from token-colours.ts's stylesheet (the rules the page loads).
   */
  function colouredText(html: string): string[] {
    const out: string[] = [];
    const fromCss = new Map([...tokenColoursCss().matchAll(/\.yaml-code \.(\w+)\{--shiki-(light|dark):([^}]+)\}/g)].map((m) => [m[1]!, [m[2]!, m[3]!] as const]));
    // The block's own colours: the <pre>'s style, or the stylesheet's `.yaml-code{…}` rule where it has none.
    const blockRule = /^\.yaml-code\{([^}]+)\}$/m.exec(tokenColoursCss())?.[1];
    const pairOf = (style: unknown, className: unknown): string | undefined => {
      const names = Array.isArray(className) ? className.map(String) : [];
      const classes = names.map((c) => fromCss.get(c)).filter((c) => c !== undefined);
      const byClass = (theme: string) => classes.find(([t]) => t === theme)?.[1];
      const css = typeof style === 'string' ? style : names.includes('yaml-code') && blockRule ? blockRule : '';
      const light = /--shiki-light:\s*([^;]+)/.exec(css)?.[1] ?? byClass('light');
      const dark = /--shiki-dark:\s*([^;]+)/.exec(css)?.[1] ?? byClass('dark');
      return light && dark ? `${light.trim()};${dark.trim()}`.toLowerCase() : undefined;
    };
    const walk = (node: ElementContent | Root, inherited: string): void => {
      if (node.type === 'text') for (const ch of node.value) out.push(`${ch} ${inherited}`);
      if (node.type !== 'element' && node.type !== 'root') return;
      if (node.type === 'element' && /^finding-marker/.test(String((node.properties.className as string[] | undefined)?.[0] ?? ''))) return;
      const own = node.type === 'element' ? pairOf(node.properties.style, node.properties.className) : undefined;
      for (const c of node.children) walk(c as ElementContent, own ?? inherited);
    };
    walk(fromHtml(html, { fragment: true }), 'none');
    return out;
  }

  it("leaves the code block's own colours to the block: every character drawn as in Shiki's output", async () => {
    const { createHighlighter } = await import('shiki');
    const shiki = await createHighlighter({ themes: ['github-light-default', 'github-dark-default'], langs: ['yaml'] });
    const o = { lang: 'yaml', themes: { light: 'github-light-default', dark: 'github-dark-default' }, defaultColor: false as const };
    const graph = await loadGraph(fileURLToPath(new URL('../../../content', import.meta.url)), { layout: false });
    let plain = 0;
    for (const ex of [...graph.examples, { ...example, diagnostics: [] }]) {
      const ours = await highlightExample(ex, { conceptHref: () => undefined, idPrefix: 'x' });
      const theirs = shiki.codeToHtml(displayCode(ex.code), o);
      expect(colouredText(ours.html)).toEqual(colouredText(theirs));
      // Shiki's <pre> carries exactly the colours the stylesheet sets on .yaml-code (so ours drops it), and no token repeats the block's pair.
      const pre = /^<pre [^>]*style="([^"]*)"/.exec(theirs)!;
      expect(pre[1]!.toLowerCase()).toBe(PRE_COLOURS);
      const [light, dark] = PRE_COLOURS.split(';').map((d) => d.slice(d.indexOf(':') + 1));
      const again = `style="--shiki-light:${light};--shiki-dark:${dark}"`;
      expect(ours.html.toLowerCase().includes(again)).toBe(false);
      // Every token's colours are classes, and the block's are the stylesheet's: no inline colours left.
      expect(ours.html.match(/ style="--shiki-light/g)).toBeNull();
      plain += (theirs.toLowerCase().split(again).length - 1);
    }
    // Shiki's own output repeats the block's pair on many tokens (what the change leaves out).
    expect(plain).toBeGreaterThan(100);
  }, 60_000);
});

describe('regex engine', () => {
  it('the JavaScript engine highlight.ts uses tokenizes every bundled example as Oniguruma does', async () => {
    const { createHighlighterCore } = await import('shiki/core');
    const { createOnigurumaEngine } = await import('shiki/engine/oniguruma');
    const { createJavaScriptRegexEngine } = await import('shiki/engine/javascript');
    const themes = [import('shiki/themes/github-light-default.mjs'), import('shiki/themes/github-dark-default.mjs')];
    const langs = [import('shiki/langs/yaml.mjs')];
    const onig = await createHighlighterCore({ themes, langs, engine: createOnigurumaEngine(import('shiki/wasm')) });
    const js = await createHighlighterCore({ themes, langs, engine: createJavaScriptRegexEngine() });
    const graph = await loadGraph(fileURLToPath(new URL('../../../content', import.meta.url)), { layout: false });
    const o = { lang: 'yaml', themes: { light: 'github-light-default', dark: 'github-dark-default' }, defaultColor: false as const };
    expect(graph.examples.length).toBeGreaterThan(50);
    for (const ex of [...graph.examples.map((e) => displayCode(e.code)), code]) expect(js.codeToHtml(ex, o)).toBe(onig.codeToHtml(ex, o));
  }, 60_000);
});

describe('slow machine', () => {
  it('colours every line however long tokenizing takes (no time limit per line)', async () => {
    const normal = await highlightExample(example, opts);
    let t = 0;
    const clock = vi.spyOn(Date, 'now').mockImplementation(() => (t += 1000)); // every step "takes" a second
    try {
      expect((await highlightExample(example, opts)).html).toBe(normal.html);
    } finally {
      clock.mockRestore();
    }
  });
});
