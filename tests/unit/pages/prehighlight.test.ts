/** Highlighting YAML examples in a worker thread (src/lib/prehighlight.ts) gives what the main thread gives. */
import { describe, expect, it } from 'vitest';
import { availableParallelism } from 'node:os';
import { exampleHighlightIds, prehighlighted, startPrehighlight } from '../../../src/lib/prehighlight.ts';
import { highlightExample } from '../../../src/lib/highlight.ts';
import { conceptPath } from '../../../src/views/urls.ts';
import { keyDescriptions } from '../../../src/views/key-descriptions.ts';
import { concept, example, makeIndex } from './graph-fixture.ts';

const labels = { error: '错误', warning: '警告' };

function bigGraph() {
  const concepts = [concept('root', { kind: 'topic' }), concept('host-aliases', { kind: 'field', fieldPath: 'spec.hostAliases', title: 'hostAliases' })];
  const examples = Array.from({ length: 240 }, (_, i) =>
    example(`ex-${String(i).padStart(3, '0')}`, `notes/n${i}.md`, 3, {
      code: `apiVersion: v1\nkind: Pod\nspec:\n  hostAliases:\n  - ip: 10.0.0.${i}\n  bogus${i}: <b>&</b>\n`,
      conceptIds: i % 2 ? ['host-aliases'] : [],
      keys: [
        { path: 'spec.hostAliases', line: 4, column: 3, conceptId: 'host-aliases', type: '[]HostAlias', description: 'Hosts "and" <IPs>' },
        { path: `spec.bogus${i}`, line: 6, column: 3 },
      ],
      diagnostics: [{ severity: 'warning', code: 'yaml-unknown-field', message: `Unknown field \`bogus${i}\``, file: `notes/n${i}.md`, line: 9, column: 3 }],
    }),
  );
  return makeIndex(concepts, [], examples).graph;
}

describe.skipIf(availableParallelism() < 2)('prehighlight', () => {
  it('highlights every example in a worker exactly as the main thread does', async () => {
    const graph = bigGraph();
    expect(startPrehighlight(graph, '/k8s-map/', labels)).toBe(true);
    expect(startPrehighlight(graph, '/k8s-map/', labels)).toBe(false); // once per graph
    const titles = new Map(graph.concepts.map((c) => [c.id, c.title]));
    for (const ex of graph.examples.filter((_, i) => i % 40 === 0 || i === graph.examples.length - 1)) {
      const fromWorker = await prehighlighted(graph, '/k8s-map/', labels, ex.id)!;
      const here = await highlightExample(ex, {
        conceptHref: (id) => (titles.has(id) ? conceptPath('/k8s-map/', id) : undefined),
        conceptTitle: (id) => titles.get(id),
        ...exampleHighlightIds(ex.id),
        markerLabel: labels,
        // The pages' option (page-highlight.ts): descriptions by id into key-descriptions.json.
        descriptionId: (t) => keyDescriptions(graph).idOf.get(t),
      });
      expect(fromWorker).toEqual(here);
      expect(fromWorker.html).toContain(`data-desc-id="${keyDescriptions(graph).idOf.get('Hosts "and" <IPs>')}"`);
      expect(fromWorker.html).toContain('href="/k8s-map/concepts/host-aliases/"');
    }
    // Other options (base, labels) get no worker result: the page highlights itself.
    expect(prehighlighted(graph, '/', labels, 'ex-000')).toBeUndefined();
    expect(prehighlighted(graph, '/k8s-map/', { ...labels, error: 'x' }, 'ex-000')).toBeUndefined();
  });

  it('does not start for a few examples', () => {
    const graph = makeIndex([concept('root')], [], [example('a', 'a.md', 1)]).graph;
    expect(startPrehighlight(graph, '/', labels)).toBe(false);
    expect(prehighlighted(graph, '/', labels, 'a')).toBeUndefined();
  });
});
