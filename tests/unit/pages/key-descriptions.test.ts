/**
 * The key descriptions once per site (src/views/key-descriptions.ts): keys reference their
 * description by id, and the ids lead back to exactly the text a key carried inline before.
 */
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { toHtml } from 'hast-util-to-html';
import { loadGraph } from '../../../src/graph/index.ts';
import { buildKeyDescriptionsJson, descriptionId, keyDescriptions, keyDescriptionsFrom, keyDescriptionsPath, type KeyDescriptionsFile } from '../../../src/views/key-descriptions.ts';
import { highlightExample } from '../../../src/lib/highlight.ts';
import { exampleHighlightIds } from '../../../src/lib/prehighlight.ts';
import { concept, example, makeIndex } from './graph-fixture.ts';

describe('key descriptions table', () => {
  it('holds each distinct text once under an id made from the text alone, in id order', () => {
    const t = keyDescriptionsFrom(['b', 'a', 'b', 'c <x>', 'a']);
    expect(Object.values(t.descriptions).sort()).toEqual(['a', 'b', 'c <x>']);
    expect(Object.keys(t.descriptions)).toEqual(Object.keys(t.descriptions).sort());
    for (const [text, id] of t.idOf) {
      expect(id).toMatch(/^[0-9a-f]{8}$/);
      expect(t.descriptions[id]).toBe(text);
      expect(id).toBe(descriptionId(text));
    }
    // The same text has the same id whatever else the site describes (another deployment, a cached file).
    expect(keyDescriptionsFrom(['a', 'zzz', 'yyy']).idOf.get('a')).toBe(t.idOf.get('a'));
  });

  it('leaves texts whose ids collide without an id (they stay inline), and keeps the rest', () => {
    // FNV-1a 32-bit collisions (hash8): 'costarring' / 'liquid', 'declinate' / 'macallums'.
    expect(descriptionId('costarring')).toBe(descriptionId('liquid'));
    const t = keyDescriptionsFrom(['costarring', 'liquid', 'declinate', 'macallums', 'plain']);
    expect(Object.values(t.descriptions)).toEqual(['plain']);
    expect([...t.idOf.keys()]).toEqual(['plain']);
    expect(keyDescriptionsFrom(['liquid']).idOf.has('liquid')).toBe(true); // alone it is fine
  });

  it('is built once per graph from every key of every example; the file escapes `<`', () => {
    const graph = makeIndex([concept('root')], [], [
      example('e1', 'a.md', 1, { keys: [{ path: 'spec', line: 1, column: 1, description: 'Spec <b>x</b>' }, { path: 'kind', line: 2, column: 1 }] }),
      example('e2', 'b.md', 1, { keys: [{ path: 'spec', line: 1, column: 1, description: 'Spec <b>x</b>' }, { path: 'metadata', line: 3, column: 1, description: 'Meta "m"' }] }),
    ]).graph;
    expect(keyDescriptions(graph)).toBe(keyDescriptions(graph));
    const { descriptions } = keyDescriptions(graph);
    expect(Object.values(descriptions).sort()).toEqual(['Meta "m"', 'Spec <b>x</b>']);
    const json = buildKeyDescriptionsJson(graph);
    expect(json).not.toContain('<');
    expect(JSON.parse(json) as KeyDescriptionsFile).toEqual({ version: 2, descriptions });
    expect(keyDescriptionsPath('/k8s-map/')).toBe('/k8s-map/key-descriptions.json');
    expect(keyDescriptionsPath('/')).toBe('/key-descriptions.json');
  });

  it('every bundled example: the ids resolve to exactly the inline descriptions, and nothing else in the markup changes', async () => {
    const graph = await loadGraph(fileURLToPath(new URL('../../../content', import.meta.url)), { layout: false });
    const titles = new Map(graph.concepts.map((c) => [c.id, c.title]));
    const table = keyDescriptions(graph);
    /** ` data-desc="…"` as the serialiser writes it. */
    const inlineAttr = (text: string) => {
      const tag = toHtml({ type: 'element', tagName: 'a', properties: { 'data-desc': text }, children: [] });
      return tag.slice('<a'.length, tag.length - '></a>'.length);
    };
    let refs = 0;
    for (const e of graph.examples) {
      const base = { conceptHref: (id: string) => (titles.has(id) ? `/concepts/${id}/` : undefined), conceptTitle: (id: string) => titles.get(id), ...exampleHighlightIds(e.id), markerLabel: { error: '错误', warning: '警告' } };
      const inline = await highlightExample(e, base);
      const byRef = await highlightExample(e, { ...base, descriptionId: (t) => table.idOf.get(t) });
      expect(byRef.html, e.id).not.toContain(' data-desc="');
      const restored = byRef.html.replace(/ data-desc-id="([0-9a-f]{8})"/g, (_m, id: string) => {
        refs++;
        return inlineAttr(table.descriptions[id]!);
      });
      expect(restored, e.id).toBe(inline.html);
      expect(byRef.linkedKeys).toBe(inline.linkedKeys);
    }
    expect(refs).toBeGreaterThan(100);
    // Every description of the graph is used by some key (nothing dead in the file).
    const used = new Set(graph.examples.flatMap((e) => e.keys.map((k) => k.description)));
    expect(Object.values(table.descriptions).every((d) => used.has(d))).toBe(true);
    expect(table.idOf.size).toBe(used.size - (used.has(undefined) ? 1 : 0)); // no collisions among the bundled texts
  }, 120_000);
});
