import { describe, expect, it } from 'vitest';
import {
  backlinks,
  conceptPageData,
  examplesFor,
  extraAliases,
  fieldInfo,
  otherNames,
  aliasGroups,
  prevNext,
  resolveConcepts,
  stateDiagramFor,
  stubNotePath,
  stubSnippet,
  splitAtExamples,
  tocHeadings,
} from '../../../src/views/concept-page.ts';
import { blobUrl, editUrl, repoPath } from '../../../src/views/sources.ts';
import { parse } from 'yaml';
import { concept, podGraph } from './graph-fixture.ts';

const index = podGraph();
const get = (id: string) => index.byId.get(id)!;

describe('names', () => {
  it('shows the other names once, and aliases that are not already shown', () => {
    expect(otherNames(get('pod'))).toEqual(['容器组']);
    expect(otherNames(get('host-aliases'))).toEqual(['主机别名']);
    expect(extraAliases(get('pod'))).toEqual(['pods']);
  });
  it('shows the API fields a concept lists among its aliases apart from its other names', () => {
    const dep = { ...get('pod'), title: 'Deployment', titleZh: '无状态应用部署', titleEn: 'Deployment', kind: 'object' as const, aliases: ['deploy', '无状态应用', 'progressDeadlineSeconds', 'revisionHistoryLimit'] };
    expect(aliasGroups(dep)).toEqual({ names: ['deploy', '无状态应用'], fields: ['progressDeadlineSeconds', 'revisionHistoryLimit'], keywords: [] });
    // a field's own spelling is the concept's name, not a related field
    const na = { ...get('pod'), title: 'Node affinity', titleZh: '节点亲和性', titleEn: 'Node affinity', kind: 'term' as const, aliases: ['nodeAffinity', 'nodeSelector'] };
    expect(aliasGroups(na)).toEqual({ names: ['nodeAffinity'], fields: ['nodeSelector'], keywords: [] });
    // a field concept's aliases are all names
    const f = { ...get('host-aliases'), aliases: ['hostNetwork'] };
    expect(aliasGroups(f).fields).toEqual([]);
  });

  it('does not repeat names a bilingual title already shows', () => {
    const mesh = { ...get('pod'), title: '服务网格（Service Mesh）', titleZh: '服务网格', titleEn: 'Service Mesh' };
    expect(otherNames(mesh)).toEqual([]);
    const qos = { ...get('pod'), title: 'QoS (Quality of Service)', titleZh: '服务质量等级', titleEn: 'QoS' };
    expect(otherNames(qos)).toEqual(['服务质量等级']);
  });
});

describe('neighbours', () => {
  it('resolves ids in order, dropping unknown and repeated ones', () => {
    expect(resolveConcepts(index, ['pod', 'nope', 'k8s', 'pod']).map((c) => c.id)).toEqual(['pod', 'k8s']);
  });

  it('collects backlinks from mentions, prerequisites and related edges, not child edges or self-links', () => {
    expect(backlinks(index, 'pod').map((b) => [b.concept.id, b.types])).toEqual([
      ['pod-phase', ['related']],
      ['host-aliases', ['mentions', 'prerequisite']],
    ]);
    expect(backlinks(index, 'workloads')).toEqual([]);
  });

  it('finds previous and next in learning order', () => {
    const { prev, next } = prevNext(index, 'pod');
    expect(prev?.id).toBe('workloads');
    expect(next?.id).toBe('pod-phase');
    expect(prevNext(index, 'k8s').prev).toBeUndefined();
    expect(prevNext(index, 'lonely-state').next).toBeUndefined();
    expect(prevNext(index, 'nope')).toEqual({});
  });
});

describe('examples', () => {
  it("splits a field's examples into its own note's and every other note's that uses the field", () => {
    const ex = examplesFor(index, get('host-aliases'));
    expect(ex.own.map((e) => e.id)).toEqual(['ex-own']);
    expect(ex.elsewhere.map((e) => e.id)).toEqual(['ex-note']);
  });

  it('gathers examples by conceptIds for objects too', () => {
    const ex = examplesFor(index, get('pod'));
    expect(ex.own.map((e) => e.id)).toEqual(['ex-pod']);
    expect(ex.elsewhere.map((e) => e.id)).toEqual(['ex-other']);
  });

  it('a stub has no own examples', () => {
    expect(examplesFor(index, get('k8s'))).toEqual({ own: [], elsewhere: [] });
  });

  it('finds the best-documented key for a field concept', () => {
    expect(fieldInfo(index, get('host-aliases'))?.description).toMatch(/HostAliases is an optional list/);
    expect(fieldInfo(index, get('pod'))).toBeUndefined();
  });
});

describe('stateDiagramFor', () => {
  it('on the parent page draws its state children with their transitions, nothing highlighted', () => {
    const d = stateDiagramFor(index, get('pod-phase'))!;
    expect(d.states.map((s) => s.id)).toEqual(['pending', 'running', 'succeeded', 'failed', 'unknown']);
    expect(d.transitions).toHaveLength(5);
    expect(d.current).toBeUndefined();
  });

  it("on a state's page draws its machine with that state highlighted", () => {
    const d = stateDiagramFor(index, get('failed'))!;
    expect(d.current).toBe('failed');
    expect(d.states).toHaveLength(5);
  });

  it('draws nothing for concepts without a state machine', () => {
    expect(stateDiagramFor(index, get('pod'))).toBeUndefined();
    expect(stateDiagramFor(index, get('lonely-state'))).toBeUndefined();
    expect(stateDiagramFor(index, get('host-aliases'))).toBeUndefined();
  });
});

describe('links to the repository', () => {
  it('gives repository-relative paths and GitHub URLs, none without a repository', () => {
    expect(repoPath('/repo', '/repo/content', 'concepts/pod/pod.md')).toBe('content/concepts/pod/pod.md');
    expect(repoPath('/repo', '/elsewhere/notes', 'concepts/a.md')).toBe('concepts/a.md');
    expect(blobUrl('https://github.com/o/r', 'main', 'content/笔记 1.md', 12)).toBe(
      'https://github.com/o/r/blob/main/content/%E7%AC%94%E8%AE%B0%201.md#L12',
    );
    expect(blobUrl('', 'main', 'content/x.md', 1)).toBeUndefined();
    expect(editUrl('https://github.com/o/r', 'dev', 'content/x.md')).toBe('https://github.com/o/r/edit/dev/content/x.md');
    expect(editUrl('', 'dev', 'content/x.md')).toBeUndefined();
  });
});

describe('stub snippet', () => {
  it('is valid frontmatter that round-trips hostile titles as data', () => {
    const c = concept('evil', { title: 'a: b\n---\n<script>', titleZh: '"引号"', kind: 'term', parent: 'pod', hasNote: false });
    const s = stubSnippet(c);
    const m = /^---\n([\s\S]*?)\n---\n/.exec(s)!;
    expect(parse(m[1]!)).toEqual({ id: 'evil', title: 'a: b\n---\n<script>', titleZh: '"引号"', kind: 'term', parent: 'pod' });
    expect(stubNotePath(c)).toBe('concepts/evil.md');
  });

  it('includes the field path of a field stub', () => {
    expect(stubSnippet(get('host-aliases'))).toContain('fieldPath: spec.hostAliases');
  });
});

describe('table of contents', () => {
  it('appears only with three or more h2/h3 sections', () => {
    const h = (depth: number, id: string) => ({ depth, id, text: id });
    expect(tocHeadings(concept('a', { headings: [h(1, 'x'), h(2, 'a'), h(3, 'b')] }))).toEqual([]);
    expect(tocHeadings(concept('a', { headings: [h(1, 'x'), h(2, 'a'), h(3, 'b'), h(2, 'c'), h(4, 'd')] })).map((x) => x.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('splitAtExamples', () => {
  it('cuts the body at marked YAML blocks that have an example, keeping everything else', () => {
    const html =
      '<p>a</p>\n<pre><code class="language-yaml" data-example-id="ex-1">kind: Pod\n&#x3C;/code>\n</code></pre>\n<p>b</p>' +
      '<pre><code class="language-yaml" data-example-id="unknown">x: 1</code></pre><pre><code>plain</code></pre>' +
      '<pre><code data-example-id="ex-2">y: 2</code></pre>';
    const parts = splitAtExamples(html, (id) => id.startsWith('ex-'));
    expect(parts).toEqual([
      { html: '<p>a</p>\n' },
      { exampleId: 'ex-1' },
      { html: '\n<p>b</p><pre><code class="language-yaml" data-example-id="unknown">x: 1</code></pre><pre><code>plain</code></pre>' },
      { exampleId: 'ex-2' },
    ]);
    expect(splitAtExamples('<p>only</p>', () => true)).toEqual([{ html: '<p>only</p>' }]);
  });
});
