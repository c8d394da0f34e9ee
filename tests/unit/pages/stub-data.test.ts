import { describe, expect, it } from 'vitest';
import { concept, makeIndex } from './graph-fixture.ts';
import { conceptPageData, stubStatus } from '../../../src/views/concept-page.ts';
import zhTable from '../../../src/i18n/zh-CN.json';
import enTable from '../../../src/i18n/en.json';
import { apiFacts, catalogueKindNamed, CURATED_DOCS, docsLinks } from '../../../src/views/docs-links.ts';

function stubGraph() {
  const root = concept('root', { kind: 'topic', title: 'Kubernetes 技能图谱' });
  const workloads = concept('workloads', { kind: 'topic', title: 'Workloads', titleZh: '作业管理', parent: 'root', ancestors: ['root'] });
  const pod = concept('pod', { kind: 'object', title: 'Pod', titleZh: '容器组', parent: 'workloads', ancestors: ['root', 'workloads'] });
  const deployment = concept('deployment', { kind: 'object', title: 'Deployment', hasNote: false, parent: 'workloads', ancestors: ['root', 'workloads'], source: { file: 'map.md', line: 5, column: 1 } });
  const paused = concept('pause-resume', { kind: 'field', title: 'Pause', fieldPath: 'spec.paused', hasNote: false, parent: 'deployment', ancestors: ['root', 'workloads', 'deployment'] });
  const probes = concept('probes', { kind: 'topic', title: 'Probes', titleZh: '探针', hasNote: false, parent: 'workloads', ancestors: ['root', 'workloads'],
    excerpts: [{ html: '<p>探针…</p>', source: { file: 'notes/a.md', line: 3, column: 1 } } as never] });
  const thing = concept('some-tool', { kind: 'term', title: 'Some tool', hasNote: false, parent: 'workloads', ancestors: ['root', 'workloads'], summary: '一个工具。' });
  const edges = [
    { from: 'root', to: 'workloads', type: 'child' as const },
    { from: 'workloads', to: 'pod', type: 'child' as const },
    { from: 'workloads', to: 'deployment', type: 'child' as const },
    { from: 'deployment', to: 'pause-resume', type: 'child' as const },
    { from: 'workloads', to: 'probes', type: 'child' as const },
    { from: 'workloads', to: 'some-tool', type: 'child' as const },
    { from: 'pod', to: 'some-tool', type: 'mentions' as const },
  ];
  return makeIndex([root, workloads, pod, deployment, paused, probes, thing], edges);
}

describe('docs links (never guessed)', () => {
  it('finds API kinds by name in the field catalogue', () => {
    expect(catalogueKindNamed('Pod')).toBe('Pod');
    expect(catalogueKindNamed('horizontal pod autoscaler')).toBe('HorizontalPodAutoscaler');
    expect(catalogueKindNamed('Podcast')).toBeUndefined();
  });

  it('links a kind to its API reference page and a field to its section, with the API description', () => {
    const index = stubGraph();
    const dep = index.byId.get('deployment')!;
    const facts = apiFacts(dep)!;
    expect(facts.kind).toBe('Deployment');
    expect(facts.doc.url).toBe('https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/deployment-v1/#Deployment');
    const paused = apiFacts(index.byId.get('pause-resume')!, [index.byId.get('root')!, index.byId.get('workloads')!, dep])!;
    expect(paused.kind).toBe('Deployment');
    expect(paused.type).toBe('boolean');
    expect(paused.description).toMatch(/paused/i);
    expect(paused.doc.url).toMatch(/^https:\/\/kubernetes\.io\/docs\/reference\/kubernetes-api\/workload-resources\/deployment-v1\/#/);
  });

  it('uses the curated kubernetes.io page for known ids, and nothing for unknown ones', () => {
    expect(docsLinks(concept('probes', { kind: 'topic' }))).toEqual([{ url: `https://kubernetes.io/zh-cn/docs/${CURATED_DOCS.probes}`, source: 'docs' }]);
    expect(docsLinks(concept('some-tool'))).toEqual([]);
    for (const path of Object.values(CURATED_DOCS)) expect(path).toMatch(/^[a-z0-9-]+(\/[a-z0-9-]+)*\/$/);
  });
});

describe('stub page data', () => {
  it('is only for concepts without a note', () => {
    expect(conceptPageData(stubGraph(), 'pod')!.stub).toBeUndefined();
  });

  it('tells what the concept is, where, what is near, whether notes discuss it, and where to read more', () => {
    const index = stubGraph();
    const dep = conceptPageData(index, 'deployment')!.stub!;
    expect(dep.summary).toBeUndefined();
    expect(dep.api?.description).toMatch(/Deployment enables declarative updates/);
    expect(dep.docs.map((d) => d.source)).toEqual(['api']);
    expect(dep.parent?.id).toBe('workloads');
    expect(dep.siblings.map((c) => c.id)).toEqual(['pod', 'probes', 'some-tool']);
    expect(dep.excerptCount).toBe(0);
    expect(dep.mentionCount).toBe(0);

    const probes = conceptPageData(index, 'probes')!.stub!;
    expect(probes.excerptCount).toBe(1);
    expect(probes.summary).toBeUndefined();
    expect(probes.docs).toHaveLength(1);

    const tool = conceptPageData(index, 'some-tool')!.stub!;
    expect(tool.summary).toBe('一个工具。'); // the map label's summary comes first
    expect(tool.docs).toEqual([]);
    expect(tool.mentionCount).toBe(1); // so the page does not call it "only on the map"
  });

  it('links the notes a concept is the subject of: a topic made from a note title has no passage, and its page must not say no note mentions it', () => {
    const topic = concept('probe', { kind: 'topic', title: '探针（Probe）', hasNote: false, parent: 'root', ancestors: ['root'] });
    const note = { id: '探针', title: '探针 Probe 学习笔记', file: 'notes/探针.md', home: 'probe', headings: [], defines: ['probe'], mentions: [], body: '' };
    const other = { id: 'other', title: '别的笔记', file: 'notes/other.md', headings: [], defines: [], mentions: [], body: '' };
    const index = makeIndex([concept('root', { kind: 'topic' }), topic], [{ from: 'root', to: 'probe', type: 'child' }], [], [note, other]);
    const stub = conceptPageData(index, 'probe')!.stub!;
    expect(stub.excerptCount).toBe(0);
    expect(stub.mentionCount).toBe(0);
    expect(stub.aboutNotes).toEqual([{ id: '探针', title: '探针 Probe 学习笔记', draft: false }]);
    expect(stubStatus(stub)).toEqual({ key: 'concept.stub.aboutNote', count: 0 });
  });

  it('links a note that defines a concept and names it in its title beside its home (`# 配置与密钥：ConfigMap 和 Secret 学习记录` is about Secret too)', () => {
    const cm = concept('config-map', { kind: 'object', title: 'ConfigMap', hasNote: false, parent: 'root', ancestors: ['root'] });
    const secret = concept('secret', { kind: 'object', title: 'Secret', hasNote: false, parent: 'root', ancestors: ['root'] });
    const vol = concept('config-map-volume', { kind: 'field', title: 'configMap', hasNote: false, parent: 'root', ancestors: ['root'] });
    const res = concept('requests', { kind: 'field', title: 'requests', aliases: ['资源'], hasNote: false, parent: 'root', ancestors: ['root'] });
    const secrets = concept('secrets', { kind: 'term', title: 'Secrets', hasNote: false, parent: 'root', ancestors: ['root'] });
    const note = { id: 'cm', title: '配置与密钥：ConfigMap 和 Secret 学习记录', file: 'notes/cm.md', home: 'config-map', headings: [], defines: ['config-map', 'config-map-volume', 'secret', 'secrets'], mentions: [], body: '' };
    const other = { id: 'res', title: '资源管理：limits 与 QoS', file: 'notes/res.md', headings: [], defines: ['requests'], mentions: [], body: '' };
    const index = makeIndex([concept('root', { kind: 'topic' }), cm, secret, vol, res, secrets], ['config-map', 'secret', 'config-map-volume', 'requests', 'secrets'].map((to) => ({ from: 'root', to, type: 'child' as const })), [], [note, other]);
    const about = (id: string) => conceptPageData(index, id)!.stub!.aboutNotes.map((n) => n.id);
    expect(about('secret')).toEqual(['cm']);
    expect(about('config-map')).toEqual(['cm']);
    expect(stubStatus(conceptPageData(index, 'secret')!.stub!)).toEqual({ key: 'concept.stub.aboutNote', count: 0 });
    // look-alikes: a camelCase field is not the kind of that name; an alias in another script inside a longer
    // word (`资源` in `资源管理`) names nothing; a longer Latin word (`Secrets` in no title) is not `Secret`
    expect(about('config-map-volume')).toEqual([]);
    expect(about('requests')).toEqual([]);
    expect(about('secrets')).toEqual([]);
  });

  it('never says "no note is written about it" when a note is about it, excerpts or not (a learner\'s chapter 第一章 Pod 和探针 is about Pod)', () => {
    const pod = concept('pod', { kind: 'object', title: 'Pod', hasNote: false, parent: 'root', ancestors: ['root'],
      excerpts: [1, 2].map((line) => ({ html: '<p>Pod…</p>', source: { file: 'notes/01-Pod和探针.md', line, column: 1 } }) as never) });
    const note = { id: '01-pod和探针', title: '第一章 Pod 和探针', file: 'notes/01-Pod和探针.md', home: 'pod', headings: [], defines: ['pod'], mentions: [], body: '' };
    const index = makeIndex([concept('root', { kind: 'topic' }), pod], [{ from: 'root', to: 'pod', type: 'child' }], [], [note]);
    const stub = conceptPageData(index, 'pod')!.stub!;
    expect(stub.excerptCount).toBe(2);
    expect(stub.aboutNotes.map((n) => n.id)).toEqual(['01-pod和探针']);
    const status = stubStatus(stub);
    expect(status).toEqual({ key: 'concept.stub.aboutNoteExcerpts', count: 2 });
    for (const table of [zhTable, enTable] as Record<string, string>[]) {
      expect(table[status.key]).toBeTruthy();
      expect(table[status.key]).not.toMatch(/还没有专门写|No note is written/);
    }
    // Without a note about it, the excerpts alone say so.
    expect(stubStatus({ ...stub, aboutNotes: [] })).toEqual({ key: 'concept.stub.hasExcerpts', count: 2 });
    expect(stubStatus({ ...stub, aboutNotes: [], excerptCount: 1 })).toEqual({ key: 'concept.stub.hasExcerpt', count: 1 });
    expect(stubStatus({ ...stub, excerptCount: 1 }).key).toBe('concept.stub.aboutNoteExcerpt');
    expect(stubStatus({ excerptCount: 0, aboutNotes: [], generated: false, mentionCount: 0 }).key).toBe('concept.stub.mapOnly');
  });

  it('leaves a summary quoted from a free-form note out of the full-text index (the note page has it), and keeps a map label\'s', () => {
    // A learner's diary sentence made the concept; its summary is that sentence, indexed on the diary's page.
    const mined = concept('kubectl-get-pods', { kind: 'term', title: 'kubectl get pods', hasNote: false, parent: 'root', ancestors: ['root'],
      summary: '现象：kubectl get pods 显示 CrashLoopBackOff，RESTARTS 一直涨。', source: { file: 'notes/08-排错日记.md', line: 32, column: 4 } });
    const fromMap = concept('some-tool', { kind: 'term', title: 'Some tool', hasNote: false, parent: 'root', ancestors: ['root'], summary: '一个工具。', source: { file: 'map.md', line: 3, column: 1 } });
    const note = { id: '08-排错日记', title: '排错日记', file: 'notes/08-排错日记.md', headings: [], defines: [], mentions: ['kubectl-get-pods'], body: '' };
    const index = makeIndex([concept('root', { kind: 'topic' }), mined, fromMap],
      [{ from: 'root', to: 'kubectl-get-pods', type: 'child' }, { from: 'root', to: 'some-tool', type: 'child' }], [], [note]);
    expect(conceptPageData(index, 'kubectl-get-pods')!.stub!.summaryQuoted).toBe(true);
    expect(conceptPageData(index, 'some-tool')!.stub!.summaryQuoted).toBe(false);
  });
});
