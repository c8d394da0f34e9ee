/** A small hand-made graph for page helper tests (the shape `loadGraph` produces). */
import type { Concept, Edge, Graph, NoteRecord, YamlExample } from '../../../src/graph/model.ts';
import type { PageGraph } from '../../../src/views/concept-page.ts';
import { indexGraph } from '../../../src/graph/graph-index.ts';

export function concept(id: string, extra: Partial<Concept> = {}): Concept {
  return {
    id,
    title: id,
    aliases: [],
    kind: 'term',
    summary: '',
    body: '',
    headings: [],
    excerpts: [],
    examples: [],
    hasNote: true,
    source: { file: `concepts/${id}.md`, line: 1, column: 1 },
    order: 0,
    prerequisites: [],
    related: [],
    transitions: [],
    ancestors: [],
    branch: 'root',
    ...extra,
  };
}

export function example(id: string, file: string, line: number, extra: Partial<YamlExample> = {}): YamlExample {
  return {
    id,
    source: { file, line, column: 1 },
    lang: 'yaml',
    code: 'a: 1\n',
    kinds: [],
    keys: [],
    fieldPaths: [],
    conceptIds: [],
    diagnostics: [],
    ...extra,
  };
}

export function makeIndex(concepts: Concept[], edges: Edge[], examples: YamlExample[] = [], notes?: NoteRecord[]): PageGraph {
  concepts = concepts.map((c, i) => ({ ...c, order: c.order || i }));
  const graph: Graph = {
    version: 1,
    root: concepts[0]!.id,
    concepts,
    edges,
    examples,
    diagnostics: [],
    files: [],
    assets: [],
    stats: { files: 0, concepts: concepts.length, edges: edges.length, examples: examples.length, warnings: 0, errors: 0 },
    ...(notes ? { notes } : {}),
  };
  return indexGraph(graph);
}

/** Root → workloads → pod → {pod-phase → states, host-aliases}. */
export function podGraph(): PageGraph {
  const states = ['pending', 'running', 'succeeded', 'failed', 'unknown'];
  const concepts = [
    concept('k8s', { kind: 'topic', hasNote: false }),
    concept('workloads', { kind: 'topic', parent: 'k8s', hasNote: false, titleZh: '作业管理' }),
    concept('pod', { kind: 'object', parent: 'workloads', titleZh: '容器组', titleEn: 'Pod', aliases: ['pods', '容器组', 'POD'] }),
    concept('pod-phase', { kind: 'topic', parent: 'pod', titleZh: 'Pod 阶段' }),
    ...states.map((s) => concept(s, { kind: 'state', parent: 'pod-phase', title: s[0]!.toUpperCase() + s.slice(1) })),
    concept('host-aliases', { kind: 'field', parent: 'pod', fieldPath: 'spec.hostAliases', title: 'hostAliases', titleEn: 'HostAliases', titleZh: '主机别名' }),
    concept('lonely-state', { kind: 'state', parent: 'pod' }),
  ];
  const t = (from: string, to: string, label: string): Edge => ({ from, to, type: 'transition', label });
  const edges: Edge[] = [
    { from: 'k8s', to: 'workloads', type: 'child' },
    { from: 'workloads', to: 'pod', type: 'child' },
    { from: 'pod', to: 'pod-phase', type: 'child' },
    { from: 'pod', to: 'host-aliases', type: 'child' },
    { from: 'host-aliases', to: 'pod', type: 'prerequisite' },
    { from: 'host-aliases', to: 'pod', type: 'mentions', label: 'Pod' },
    { from: 'pod-phase', to: 'pod', type: 'related' },
    { from: 'pod', to: 'pod', type: 'mentions' },
    { from: 'pod', to: 'host-aliases', type: 'child' },
    t('pending', 'running', '调度成功，容器已启动'),
    t('running', 'succeeded', '所有容器成功退出'),
    t('running', 'failed', '有容器失败退出'),
    t('pending', 'failed', '镜像拉取失败'),
    t('running', 'unknown', '节点失联'),
  ];
  const examples = [
    example('ex-own', 'concepts/host-aliases.md', 10, { conceptIds: ['host-aliases'] }),
    example('ex-note', 'notes/pod.md', 40, { keys: [{ path: 'spec.hostAliases', line: 3, column: 3, conceptId: 'host-aliases', type: '[]HostAlias', description: 'HostAliases is an optional list of hosts and IPs', docUrl: 'https://kubernetes.io/x' }] }),
    example('ex-pod', 'concepts/pod.md', 20, { conceptIds: ['pod'], keys: [{ path: 'spec.hostAliases', line: 4, column: 3, type: '[]HostAlias' }] }),
    example('ex-other', 'notes/other.md', 5, { conceptIds: ['pod'] }),
  ];
  const withExamples = concepts.map((c) =>
    c.id === 'host-aliases' ? { ...c, examples: ['ex-own', 'missing-id'] } : c.id === 'pod' ? { ...c, examples: ['ex-pod'] } : c,
  );
  return makeIndex(withExamples, edges, examples);
}
