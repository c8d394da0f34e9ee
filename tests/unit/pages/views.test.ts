/** The views layer (src/views): built once per graph, page data from indexes, sources, the graph store. */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { createViews, type ViewContext } from '../../../src/views/index.ts';
import { fieldInfo } from '../../../src/views/concept-page.ts';
import { buildConceptList, listsBranch } from '../../../src/views/concept-list.ts';
import { sourceLinks } from '../../../src/views/sources.ts';
import { currentGraph, publishGraph } from '../../../src/lib/graph-store.ts';
import { concept, example, makeIndex, podGraph } from './graph-fixture.ts';

const ctx = (lastUpdated?: (file: string) => string | undefined): ViewContext => ({
  base: '/k8s-map/',
  sources: { projectRoot: '/repo', contentDir: '/repo/content', repoUrl: 'https://github.com/o/r', editBranch: 'main', lastUpdated },
});

describe('createViews', () => {
  it('builds each view once and hands out the same object afterwards', () => {
    const views = createViews(podGraph().graph, ctx());
    expect(views.mapData).toBe(views.mapData);
    expect(views.progress).toBe(views.progress);
    expect(views.searchIndexJson).toBe(views.searchIndexJson);
    expect(views.conceptList).toBe(views.conceptList);
    expect(views.index.byId.get('pod')?.id).toBe('pod');
  });

  it('gives a concept page everything it shows, with repository links and the date from the sources', () => {
    const files: string[] = [];
    const views = createViews(podGraph().graph, ctx((f) => (files.push(f), '2024-05-01T12:00:00+08:00')));
    const page = views.conceptPage('host-aliases')!;
    expect(page.concept.id).toBe('host-aliases');
    expect(page.ancestors.map((c) => c.id)).toEqual([]);
    expect(page.prerequisites).toEqual([]);
    expect(page.ownExamples.map((e) => e.id)).toEqual(['ex-own']);
    expect(page.elsewhere.map((e) => e.id)).toEqual(['ex-note']);
    expect(page.field?.description).toMatch(/HostAliases is an optional list/);
    expect(page.prev?.id).toBe('unknown');
    expect(page.next?.id).toBe('lonely-state');
    expect(page.editUrl).toBe('https://github.com/o/r/edit/main/content/concepts/host-aliases.md');
    expect(page.updated).toBe('2024-05-01T12:00:00+08:00');
    expect(files).toEqual(['concepts/host-aliases.md']);
    // A stub has neither an edit link nor a date; an unknown id has no page.
    expect(views.conceptPage('k8s')).toMatchObject({ editUrl: undefined, updated: undefined });
    expect(views.conceptPage('nope')).toBeUndefined();
  });

  it('does not repeat below the note the examples its text already shows in place', () => {
    const { graph } = podGraph();
    const concepts = graph.concepts.map((c) =>
      c.id === 'host-aliases' ? { ...c, body: '<p>x</p><pre><code class="language-yaml" data-example-id="ex-own">a: 1</code></pre>' } : c,
    );
    const views = createViews({ ...graph, concepts }, ctx());
    expect(views.conceptPage('host-aliases')!.ownExamples).toEqual([]);
  });

  it('lays out each state machine once, whichever of its pages asks', () => {
    const views = createViews(podGraph().graph, ctx());
    const a = views.stateDiagram(views.conceptPage('running')!.diagram!);
    const b = views.stateDiagram(views.conceptPage('failed')!.diagram!);
    expect(a.layouts).toBe(b.layouts);
    expect(a.nodes.find((n) => n.current)?.id).toBe('running');
    expect(b.nodes.find((n) => n.current)?.id).toBe('failed');
    expect(a.nodes[0]!.url).toBe('/k8s-map/concepts/pending/');
  });
});

describe('field documentation index', () => {
  it('picks the key with the most documentation, the first one in example order on a tie', () => {
    const key = (p: string, extra: object) => ({ path: p, line: 1, column: 1, ...extra });
    const index = makeIndex(
      [concept('root', { kind: 'topic' }), concept('f', { kind: 'field', fieldPath: 'spec.f' })],
      [],
      [
        example('e1', 'a.md', 1, { keys: [key('spec.f', { type: 'string' })] }),
        example('e2', 'b.md', 1, { keys: [key('spec.x', { conceptId: 'f', type: 'int' }), key('spec.f', { type: 'bool' })] }),
        example('e3', 'c.md', 1, { keys: [key('spec.f', { type: 'x', description: 'later but better' })] }),
      ],
    );
    expect(fieldInfo(index, index.byId.get('f')!)?.description).toBe('later but better');
    const tie = makeIndex(index.graph.concepts, [], index.graph.examples.slice(0, 2));
    expect(fieldInfo(tie, tie.byId.get('f')!)?.type).toBe('string');
    const byConceptFirst = makeIndex(index.graph.concepts, [], [index.graph.examples[1]!, index.graph.examples[0]!]);
    expect(fieldInfo(byConceptFirst, byConceptFirst.byId.get('f')!)?.type).toBe('int');
  });
});

describe('concept list', () => {
  it('groups concepts by branch in learning order, others last, and counts kinds', () => {
    const index = makeIndex(
      [
        concept('root', { kind: 'topic', branch: 'root' }),
        concept('a', { kind: 'topic', parent: 'root', branch: 'a' }),
        concept('a1', { kind: 'field', parent: 'a', branch: 'a' }),
        concept('b', { kind: 'topic', parent: 'root', branch: 'b' }),
        concept('loose', { kind: 'term', branch: 'root' }),
        concept('a2', { kind: 'object', parent: 'a1', branch: 'a' }),
      ],
      [],
    );
    const list = buildConceptList(index);
    expect(list.root?.id).toBe('root');
    expect(list.groups.map((g) => [g.branch?.id, g.concepts.map((c) => c.id)])).toEqual([
      ['a', ['a1', 'a2']],
      ['b', []],
      [undefined, ['loose']],
    ]);
    expect(list.total).toBe(3);
    expect(Object.fromEntries(list.counts)).toMatchObject({ field: 1, object: 1, term: 1, topic: 0 });
    expect(list.groups.map((g) => g.sharedTitles.size)).toEqual([0, 0, 0]);
  });

  it('counts a branch that is a concept, not a topic (no map.md: the notes’ objects are the branches)', () => {
    const index = makeIndex(
      [
        concept('root', { kind: 'topic', branch: 'root' }),
        concept('pod', { kind: 'object', parent: 'root', branch: 'pod' }),
        concept('host-network', { kind: 'field', parent: 'pod', branch: 'pod' }),
        concept('pending', { kind: 'state', parent: 'pod', branch: 'pod' }),
        concept('deployment', { kind: 'object', parent: 'root', branch: 'deployment' }),
        concept('storage', { kind: 'topic', parent: 'root', branch: 'storage' }),
        concept('pvc', { kind: 'object', parent: 'storage', branch: 'storage' }),
      ],
      [],
    );
    const list = buildConceptList(index);
    // Pod and Deployment head their groups and are API objects the kind filter keeps; a topic is not counted
    expect(list.groups.map((g) => g.branch?.id)).toEqual(['pod', 'deployment', 'storage']);
    expect(Object.fromEntries(list.counts)).toMatchObject({ object: 3, field: 1, state: 1, topic: 0 });
    expect(list.total).toBe(5);
    expect(listsBranch({ kind: 'object' })).toBe(true);
    expect(listsBranch({ kind: 'topic' })).toBe(false);
  });

  it('marks the titles two concepts of one branch share (their rows show the field path)', () => {
    const index = makeIndex(
      [
        concept('root', { kind: 'topic', branch: 'root' }),
        concept('policy', { kind: 'object', parent: 'root', branch: 'policy' }),
        concept('policy-subject-namespaces', { kind: 'field', title: 'namespaces', fieldPath: 'spec.subject.namespaces', parent: 'policy', branch: 'policy' }),
        concept('policy-from-namespaces', { kind: 'field', title: 'namespaces', fieldPath: 'spec.ingress[].from[].namespaces', parent: 'policy', branch: 'policy' }),
        concept('policy-action', { kind: 'field', title: 'action', fieldPath: 'spec.ingress[].action', parent: 'policy', branch: 'policy' }),
        concept('other', { kind: 'object', parent: 'root', branch: 'other' }),
        concept('other-action', { kind: 'field', title: 'action', fieldPath: 'spec.action', parent: 'other', branch: 'other' }),
      ],
      [],
    );
    const list = buildConceptList(index);
    // `action` is in both branches, but once in each: only `namespaces` needs its path.
    expect(list.groups.map((g) => [g.branch?.id, [...g.sharedTitles]])).toEqual([
      ['policy', ['namespaces']],
      ['other', []],
    ]);
  });
});

describe('sources', () => {
  it('builds repository paths and links once per file', () => {
    const s = sourceLinks({ projectRoot: '/repo', contentDir: '/repo/content', repoUrl: 'https://github.com/o/r', editBranch: 'dev' });
    expect(s.repoFile('notes/笔记 1.md')).toBe('content/notes/笔记 1.md');
    expect(s.blob('notes/笔记 1.md', 3)).toBe('https://github.com/o/r/blob/dev/content/notes/%E7%AC%94%E8%AE%B0%201.md#L3');
    expect(s.blobRepo('docs/content-format.md')).toBe('https://github.com/o/r/blob/dev/docs/content-format.md');
    expect(s.edit('map.md')).toBe('https://github.com/o/r/edit/dev/content/map.md');
    expect(s.create('concepts/x.md', 'text')).toBe('https://github.com/o/r/new/dev/content/concepts?filename=x.md&value=text');
    expect(s.lastUpdated('map.md')).toBeUndefined();
    const none = sourceLinks({ projectRoot: '/repo', contentDir: '/elsewhere', repoUrl: '', editBranch: 'main' });
    expect(none.repoFile('map.md')).toBe('map.md');
    expect(none.blob('map.md')).toBeUndefined();
    expect(none.edit('map.md')).toBeUndefined();
  });
});

describe('graph store', () => {
  it('hands pages the graph the loader published, and loads it once itself when none was', async () => {
    const { graph } = podGraph();
    publishGraph('/some/notes', graph);
    expect(await currentGraph('/some/notes')).toBe(graph);
    const fixture = path.resolve(import.meta.dirname, '../../fixtures/site');
    const [a, b] = await Promise.all([currentGraph(fixture), currentGraph(fixture)]);
    expect(a).toBe(b);
    expect(a.concepts.length).toBeGreaterThan(3);
    expect(await currentGraph(fixture)).toBe(a);
  });
});

describe('graph export', () => {
  it('streams exactly the bytes graphToJson gives, for a built graph and a hand-made one', async () => {
    const { graphExportChunks } = await import('../../../src/views/graph-export.ts');
    const { graphToJson } = await import('../../../src/graph/json.ts');
    const { loadGraph } = await import('../../../src/graph/load.ts');
    const built = await loadGraph(path.resolve(import.meta.dirname, '../../fixtures/site'));
    expect(built.layout?.nodes.length).toBeGreaterThan(3);
    expect([...graphExportChunks(built)].join('')).toBe(graphToJson(built));
    const { graph } = podGraph();
    const odd = { ...graph, concepts: [...graph.concepts, undefined], extra: undefined } as never;
    expect([...graphExportChunks(odd)].join('')).toBe(graphToJson(odd));
    expect([...graphExportChunks(graph)].length).toBeGreaterThan(graph.concepts.length);
  });
});
