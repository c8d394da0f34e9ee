import { describe, expect, it } from 'vitest';
import type { Concept, Graph } from '../../../src/graph/model.ts';
import { buildProgressGraph, names } from '../../../src/views/progress-data.ts';
import { emptyProgress, setConceptState, summarize } from '../../../src/scripts/progress/store.ts';
import { recommendNext } from '../../../src/scripts/progress/what-next.ts';

function concept(id: string, over: Partial<Concept>): Concept {
  return {
    id, title: id, aliases: [], kind: 'term', summary: '', body: '', headings: [], excerpts: [], examples: [],
    hasNote: false, source: { file: 'map.md', line: 1, column: 1 }, order: 0, prerequisites: [], related: [],
    transitions: [], ancestors: [], branch: id, ...over,
  };
}

const concepts = [
  // Deliberately out of order: the builder sorts by learning order.
  concept('tty', { kind: 'field', parent: 'pod', order: 3, branch: 'workloads', prerequisites: ['pod', 'missing', 'tty'], titleEn: 'tty' }),
  concept('root', { kind: 'topic', order: 0, branch: 'root' }),
  concept('workloads', { kind: 'topic', parent: 'root', order: 1, branch: 'workloads', title: '作业管理', titleEn: 'Workloads' }),
  concept('pod', { kind: 'object', parent: 'workloads', order: 2, branch: 'workloads', title: 'Pod', titleEn: 'Pod' }),
  concept('security', { kind: 'topic', parent: 'root', order: 4, branch: 'security' }),
];
const graph = { version: 1, root: 'root', concepts, edges: [], examples: [], diagnostics: [], files: [], assets: [], stats: { files: 0, concepts: 5, edges: 0, examples: 0, warnings: 0, errors: 0 } } as Graph;

describe('names', () => {
  it('puts the Chinese name first and keeps a different English one', () => {
    expect(names({ title: 'Cgroups', titleZh: '控制组', titleEn: 'Control groups' })).toEqual({ title: '控制组', titleEn: 'Control groups' });
    expect(names({ title: 'Pod', titleZh: '容器组' })).toEqual({ title: '容器组', titleEn: 'Pod' });
    expect(names({ title: 'Pod', titleEn: 'Pod' })).toEqual({ title: 'Pod' });
    expect(names({ title: 'tty', titleZh: '  ' })).toEqual({ title: 'tty' });
  });
});

describe('buildProgressGraph', () => {
  const pg = buildProgressGraph(graph);

  it('keeps concepts in learning order with only what the browser needs', () => {
    expect(pg.concepts.map((c) => c.id)).toEqual(['root', 'workloads', 'pod', 'tty', 'security']);
    // parent (and related, status when set) feed "what next" (issue 16).
    expect(pg.concepts[1]).toEqual({ id: 'workloads', title: '作业管理', titleEn: 'Workloads', kind: 'topic', order: 1, branch: 'workloads', prerequisites: [], parent: 'root' });
    expect(Object.keys(pg.concepts[2]!)).not.toContain('titleEn'); // same as title
  });

  it('lists the root’s children as branches in map order', () => {
    expect(pg.root).toBe('root');
    expect(pg.branches.map((b) => b.id)).toEqual(['workloads', 'security']);
  });

  it('drops prerequisites that are missing or self-references', () => {
    expect(pg.concepts.find((c) => c.id === 'tty')?.prerequisites).toEqual(['pod']);
  });

  it('feeds summaries and suggestions', () => {
    const d = setConceptState(emptyProgress(), 'pod', 'learned', new Date('2024-01-01T00:00:00Z'));
    expect(summarize(pg, d).branches.map((b) => `${b.id} ${b.counts.learned}/${b.counts.total}`)).toEqual(['workloads 1/2', 'security 0/0']);
    expect(recommendNext(pg, emptyProgress()).map((c) => c.concept.id)).toEqual(['pod', 'tty']);
    expect(recommendNext(pg, d).map((c) => c.concept.id)).toEqual(['tty']);
  });
});
