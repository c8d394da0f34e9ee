/**
 * Other notes' examples on a concept page as focused excerpts (src/views/example-excerpts.ts,
 * `splitElsewhere` in src/views/concept-page.ts, src/lib/highlight-excerpt.ts): which lines, cut
 * out of the one highlighting of the example, and a link to where the example is shown in full.
 */
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadGraph } from '../../../src/graph/index.ts';
import type { Graph, NoteRecord, YamlExample, YamlKey } from '../../../src/graph/model.ts';
import { indexGraph } from '../../../src/graph/graph-index.ts';
import { displayCode, exampleAnchor, exampleHome, focusRanges } from '../../../src/views/example-excerpts.ts';
import { ELSEWHERE_EXCERPTS, conceptPageData, examplesFor, splitAtExamples, splitElsewhere } from '../../../src/views/concept-page.ts';
import { excerptHighlighted, splitHighlightedLines, withoutFindings } from '../../../src/lib/highlight-excerpt.ts';
import { highlightExample, markCurrentKeys } from '../../../src/lib/highlight.ts';
import { exampleHighlightIds } from '../../../src/lib/prehighlight.ts';
import { conceptPath } from '../../../src/views/urls.ts';
import { concept, example, makeIndex } from './graph-fixture.ts';

const key = (path: string, line: number, column: number, extra: Partial<YamlKey> = {}): YamlKey => ({ path, line, column, ...extra });

const code = [
  'apiVersion: v1', // 1
  'kind: Pod', // 2
  'metadata:', // 3
  '  name: demo', // 4
  'spec:', // 5
  '  hostAliases:', // 6
  '  - ip: "127.0.0.1"', // 7
  '    hostnames:', // 8
  '    - "foo.local"', // 9
  '  containers:', // 10
  '  - name: app', // 11
  '    image: nginx', // 12
  '    command: ["sh"]', // 13
  '    args: ["-c", "sleep 1"]', // 14
  '  restartPolicy: Never', // 15
  '',
].join('\n');

const ex = (keys: YamlKey[], extra: Partial<YamlExample> = {}): YamlExample => example('notes-a-md-3', 'notes/a.md', 3, { code, keys, ...extra });
const elided = { text: (n: number) => `省略 ${n} 行`, i18nKey: 'yaml.elided' };

describe('focusRanges', () => {
  it('shows each key of the concept with two lines above and its value block, merged when close', () => {
    expect(focusRanges(ex([key('spec.hostAliases', 6, 3, { conceptId: 'ha' })]), 'ha')).toEqual([[4, 9]]);
    // A key at the end of its block: no value lines; the one line left at the end is shown too.
    expect(focusRanges(ex([key('spec.restartPolicy', 15, 3, { conceptId: 'rp' })]), 'rp')).toEqual([[13, 15]]);
    // Two keys far apart: two windows; a key near the top takes line 1 rather than hide one line.
    expect(focusRanges(ex([key('kind', 2, 1, { conceptId: 'k' }), key('spec.containers[].image', 12, 5, { conceptId: 'k' })]), 'k')).toEqual([[1, 2], [10, 12]]);
    // Windows one line apart are one window (and line 1 is shown rather than hidden alone).
    expect(focusRanges(ex([key('metadata.name', 4, 3, { conceptId: 'x' }), key('spec.hostAliases[].hostnames', 8, 5, { conceptId: 'x' })]), 'x')).toEqual([[1, 9]]);
  });

  it('is undefined when no key links to the concept', () => {
    expect(focusRanges(ex([key('spec.hostAliases', 6, 3, { conceptId: 'other' })]), 'ha')).toBeUndefined();
    expect(focusRanges(ex([]), 'ha')).toBeUndefined();
  });

  it('caps the value block and the number of keys', () => {
    const long = ['spec:', '  hostAliases:', ...Array.from({ length: 20 }, (_, i) => `  - ip: "10.0.0.${i}"`), 'status: {}'].join('\n');
    expect(focusRanges(example('e', 'n.md', 1, { code: long, keys: [key('spec.hostAliases', 2, 3, { conceptId: 'ha' })] }), 'ha')).toEqual([[1, 7]]);
    const many = Array.from({ length: 40 }, (_, i) => `k${i}: 1`).join('\n');
    const keys = [5, 15, 25, 35].map((l) => key(`k${l - 1}`, l, 1, { conceptId: 'k' }));
    expect(focusRanges(example('e', 'n.md', 1, { code: many, keys }), 'k')).toEqual([[3, 5], [13, 15], [23, 25]]);
  });
});

describe('excerptHighlighted', () => {
  const opts = { conceptHref: (id: string) => `/concepts/${id}/`, idPrefix: 'yx-a', findingsListId: 'yx-a-findings', markerLabel: { error: '错误', warning: '警告' } };
  const withFinding = ex([key('spec.hostAliases', 6, 3, { conceptId: 'ha' }), key('spec.restartPolicy', 15, 3)], {
    diagnostics: [{ severity: 'error', code: 'yaml-x', message: 'bad', file: 'notes/a.md', line: 3 + 7, column: 5 }],
  });

  it('keeps the chosen lines of the one highlighting, with markers for the lines left out and their line numbers', async () => {
    const hl = await highlightExample(withFinding, opts);
    const marked = markCurrentKeys(hl.html, '/concepts/ha/');
    const out = excerptHighlighted(marked, [[4, 9]], elided)!;
    const split = splitHighlightedLines(marked)!;
    expect(split.lines).toHaveLength(15);
    // Lines 4–9 as highlighted (the finding marker of line 7 removed), nothing else.
    for (let l = 4; l <= 9; l++) expect(out).toContain(withoutFindings(split.lines[l - 1]!));
    expect(out).not.toContain(split.lines[2]!);
    expect(out).not.toContain(split.lines[9]!);
    expect(out).toContain('yaml-key--current');
    // A marker before (3 lines, counter set to 3 so the next line is numbered 4) and after (6 lines).
    expect(out).toContain('<small class="yaml-elided" style="counter-set: yaml-line 3" data-i18n="yaml.elided" data-i18n-vars="{&#x22;n&#x22;:3}">省略 3 行</small>');
    expect(out).toContain('data-i18n-vars="{&#x22;n&#x22;:6}">省略 6 行</small>');
    // No link to a findings list the excerpt does not have.
    expect(hl.html).toContain('finding-marker');
    expect(hl.html).toContain('aria-describedby="yx-a-findings"');
    expect(out).not.toContain('finding-marker');
    expect(out).not.toContain('aria-describedby');
    expect(out).not.toContain('line--error');
    expect(out.startsWith('<pre class="shiki')).toBe(true);
    expect(out.endsWith('</code></pre>')).toBe(true);
  });

  it('shows the whole example without markers for one range over all lines, and refuses ranges out of bounds or foreign markup', async () => {
    const hl = await highlightExample(ex([]), opts);
    expect(excerptHighlighted(hl.html, [[1, 15]], elided)).toBe(hl.html);
    expect(excerptHighlighted(hl.html, [[1, 16]], elided)).toBeUndefined();
    expect(excerptHighlighted(hl.html, [[5, 6], [4, 8]], elided)).toBeUndefined();
    expect(excerptHighlighted('<div>not code</div>', [[1, 1]], elided)).toBeUndefined();
    expect(splitHighlightedLines('<pre><code><span class="line">a</span><b>x</b></code></pre>')).toBeUndefined();
  });

  it('splits every bundled example into exactly its code lines (text and markup), keys with quotes and `>` in their descriptions included', async () => {
    const graph = await loadGraph(fileURLToPath(new URL('../../../content', import.meta.url)), { layout: false });
    const titles = new Map(graph.concepts.map((c) => [c.id, c.title]));
    const decode = (s: string) =>
      s
        .replace(/<(?:[^>"']|"[^"]*"|'[^']*')*>/g, '')
        .replace(/&#x([0-9a-f]+);/gi, (_m, h: string) => String.fromCodePoint(parseInt(h, 16)))
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&');
    let withDesc = 0;
    for (const e of graph.examples) {
      const ids = exampleHighlightIds(e.id);
      const hl = await highlightExample(e, { conceptHref: (id) => (titles.has(id) ? `/concepts/${id}/` : undefined), conceptTitle: (id) => titles.get(id), ...ids, markerLabel: { error: '错误', warning: '警告' } });
      const split = splitHighlightedLines(hl.html);
      expect(split, e.id).toBeDefined();
      const lines = displayCode(e.code).split('\n');
      expect(split!.lines.length, e.id).toBe(lines.length);
      if (!hl.html.includes('aria-describedby')) expect(split!.open + split!.lines.join('\n') + split!.close).toBe(hl.html);
      split!.lines.forEach((l, i) => expect(decode(withoutFindings(l)), `${e.id}:${i + 1}`).toBe(lines[i]));
      if (hl.html.includes('data-desc=')) withDesc++;
    }
    expect(withDesc).toBeGreaterThan(50);
  }, 120_000);
});

describe('splitElsewhere', () => {
  const note = (file: string, extra: Partial<NoteRecord> = {}): NoteRecord => ({ id: file.replace(/\W/g, '-'), title: `Note ${file}`, file, headings: [], defines: [], mentions: [], body: '', ...extra });
  // Each a manifest of its own (copies of one code are shown once: example-copies.test.ts).
  const uses = (id: string, file: string, line: number) =>
    example(id, file, line, { code: `${code}# ${id}\n`, conceptIds: ['ha'], keys: [key('spec.hostAliases', 6, 3, { conceptId: 'ha' })] });

  function graphWith(examples: YamlExample[], notes: NoteRecord[]) {
    const idx = makeIndex([concept('root', { kind: 'topic' }), concept('ha', { kind: 'field', fieldPath: 'spec.hostAliases' }), concept('pod', { kind: 'object' })], [], examples);
    const graph: Graph = { ...idx.graph, notes };
    return indexGraph(graph);
  }
  const body = (...ids: string[]) => ids.map((id) => `<pre><code class="language-yaml" data-example-id="${id}">x</code></pre>`).join('');

  it('keeps examples of notes about or defining the concept in full, excerpts the first few of the others and links the rest', () => {
    const many = Array.from({ length: ELSEWHERE_EXCERPTS + 3 }, (_, i) => uses(`u${i}`, 'notes/uses.md', 10 + i * 20));
    const about = uses('about', 'notes/about.md', 3);
    const defines = uses('defines', 'notes/defines.md', 3);
    const inPod = uses('in-pod', 'concepts/pod.md', 8);
    const nowhere = uses('nowhere', 'notes/hidden.md', 3);
    const noKey = example('no-key', 'notes/other.md', 3, { code, conceptIds: ['ha'] });
    const index = graphWith([about, defines, inPod, nowhere, noKey, ...many], [
      note('notes/about.md', { home: 'ha', body: body('about') }),
      note('notes/defines.md', { defines: ['ha'], body: body('defines') }),
      note('notes/hidden.md', { body: '<p>the fence is not rendered in place</p>' }),
      note('notes/other.md', { body: body('no-key') }),
      note('notes/uses.md', { title: 'Uses <b>it</b>', body: body(...many.map((e) => e.id)) }),
    ]);
    const ha = index.byId.get('ha')!;
    const { elsewhere } = examplesFor(index, ha);
    const shown = splitElsewhere(index, ha, elsewhere, '/k8s-map/');
    // In full: about (home), defines, no key to excerpt around, no page showing it in full.
    expect(shown.full.map((e) => e.id).sort()).toEqual(['about', 'defines', 'no-key', 'nowhere']);
    // Of those, the ones another page shows in full (left out of this page's search index): not
    // 'nowhere', whose note does not render its fence, so this page is the only one to find it on.
    expect([...shown.shownElsewhere].sort()).toEqual(['about', 'defines', 'no-key']);
    // Excerpts: the first ones in source order (the concept note of pod comes first), then links.
    expect(shown.focused.map((f) => f.example.id)).toEqual(['in-pod', 'u0', 'u1', 'u2']);
    expect(shown.links.map((l) => l.example.id)).toEqual(['u3', 'u4', 'u5', 'u6']);
    expect(shown.focused[0]!.home).toEqual({ href: `/k8s-map/concepts/pod/#${exampleAnchor('in-pod')}`, title: 'pod' });
    expect(shown.links[0]!.home).toEqual({ href: `/k8s-map/notes/notes-uses-md/#${exampleAnchor('u3')}`, title: 'Uses <b>it</b>' });
    expect(shown.focused[1]!.ranges).toEqual([[4, 9]]);
    // Every example of other notes is in exactly one of the three.
    expect(shown.full.length + shown.focused.length + shown.links.length).toBe(elsewhere.length);
    expect(conceptPageData(index, 'ha', undefined, '/k8s-map/')!.elsewhereShown).toEqual(shown);
  });

  it("lists the manifests of an object's kind from notes not about it as links, in full in a note that defines it", () => {
    // A custom kind no catalogue knows: its object concept is found by its title (views/field-owner.ts).
    const manifest = (id: string, file: string) =>
      example(id, file, 3, { code: `apiVersion: example.io/v1\nkind: Widget\nmetadata:\n  name: ${id}\n`, kinds: ['Widget'], keys: [key('kind', 2, 1)] });
    const mentioned = manifest('w-other', 'notes/other.md');
    const defining = manifest('w-def', 'notes/defines.md');
    const idx = makeIndex([concept('root', { kind: 'topic' }), concept('widget', { kind: 'object', title: 'Widget' })], [], [mentioned, defining]);
    const index = indexGraph({
      ...idx.graph,
      notes: [note('notes/other.md', { body: body('w-other') }), note('notes/defines.md', { defines: ['widget'], body: body('w-def') })],
    });
    const w = index.byId.get('widget')!;
    const { own, elsewhere } = examplesFor(index, w);
    expect(own).toEqual([]);
    expect(elsewhere.map((e) => e.id)).toEqual(['w-def', 'w-other']);
    const shown = splitElsewhere(index, w, elsewhere, '/');
    expect(shown.full.map((e) => e.id)).toEqual(['w-def']);
    expect(shown.focused).toEqual([]);
    expect(shown.links.map((l) => [l.example.id, l.home.href])).toEqual([['w-other', `/notes/notes-other-md/#${exampleAnchor('w-other')}`]]);
  });

  it('links only to pages that show the example in full under that anchor, on the bundled notes', async () => {
    const graph = await loadGraph(fileURLToPath(new URL('../../../content', import.meta.url)), { layout: false });
    const index = indexGraph(graph);
    const notesById = new Map((graph.notes ?? []).map((n) => [n.id, n]));
    let excerpts = 0;
    let links = 0;
    for (const c of graph.concepts) {
      const page = conceptPageData(index, c.id, undefined, '/')!;
      const { full, focused, links: linked } = page.elsewhereShown;
      expect(full.length + focused.length + linked.length).toBe(page.elsewhere.length);
      excerpts += focused.length;
      links += linked.length;
      for (const { example: e, home } of [...focused, ...linked]) {
        const [path, anchor] = home.href.split('#');
        expect(anchor).toBe(exampleAnchor(e.id));
        const m = /^\/(notes|concepts)\/([^/]+)\/$/.exec(path!);
        expect(m, home.href).not.toBeNull();
        const id = decodeURIComponent(m![2]!);
        if (m![1] === 'notes') {
          // The note page renders the example in place (NoteHtml → YamlExample, id = the anchor).
          const n = notesById.get(id)!;
          expect(splitAtExamples(n.body, (x) => x === e.id).some((p) => 'exampleId' in p), home.href).toBe(true);
          expect(home.title).toBe(n.title);
        } else {
          // The concept page of the note holds it: in its text, or in its own examples below.
          const owner = conceptPageData(index, id, undefined, '/')!;
          const inText = splitAtExamples(owner.concept.body, (x) => x === e.id).some((p) => 'exampleId' in p);
          expect(inText || owner.ownExamples.some((o) => o.id === e.id), home.href).toBe(true);
          expect(conceptPath('/', id)).toBe(path);
        }
      }
    }
    // The bundled notes use container fields and images in many examples: most become excerpts and links.
    expect(excerpts).toBeGreaterThan(20);
    expect(links).toBeGreaterThan(100);
  }, 60_000);
});
