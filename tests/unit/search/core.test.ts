import { describe, expect, it } from 'vitest';
import {
  camelParts,
  createSearchIndex,
  highlightPieces,
  highlightRanges,
  indexTokens,
  loadSearchIndex,
  naiveScan,
  preselectedHit,
  searchConcepts,
  serializeSearchIndex,
  type SearchDoc,
} from '../../../src/views/search-core.ts';

const DOCS: SearchDoc[] = [
  { id: 'share-process-namespace', t: 'shareProcessNamespace', z: '共享进程命名空间', k: 'field', f: 'spec.shareProcessNamespace', s: 'Pod 里的容器共享同一个 PID 命名空间。' },
  { id: 'host-network', t: 'hostNetwork', z: '宿主机网络', k: 'field', f: 'spec.hostNetwork', s: '直接使用宿主机的网络栈。' },
  { id: 'host-aliases', t: 'hostAliases', z: '主机别名', k: 'field', f: 'spec.hostAliases', a: ['/etc/hosts'] },
  { id: 'pod', t: 'Pod', z: '容器组', k: 'object', a: ['豆荚'], s: 'Kubernetes 调度的最小单位，一组共享网络命名空间的容器。' },
  { id: 'post-start', t: 'postStart', k: 'field', f: 'spec.containers[].lifecycle.postStart', p: 'Lifecycle hooks' },
  { id: 'linux-namespaces', t: 'Linux Namespaces', z: 'Linux 命名空间', k: 'topic' },
  { id: 'deployment', t: 'Deployment', z: '常规作业发布', k: 'object' },
  { id: 'hostile', t: '<img src=x onerror=alert(1)>', z: '<script>alert("zh")</script>恶意标题', k: 'term' },
];

const index = loadSearchIndex(serializeSearchIndex(createSearchIndex(DOCS)));
const ids = (q: string) => searchConcepts(index, q).hits.map((h) => h.id);

describe('tokenizer', () => {
  it('splits camelCase into parts and runs of parts', () => {
    expect(camelParts('shareProcessNamespace')).toEqual(['share', 'Process', 'Namespace']);
    expect(camelParts('HTTPGetAction')).toEqual(['HTTP', 'Get', 'Action']);
    expect(camelParts('IPv4')).toEqual(['IPv4']);
    const t = indexTokens('shareProcessNamespace');
    expect(t).toEqual(expect.arrayContaining(['shareprocessnamespace', 'share', 'process', 'namespace', 'processnamespace', 'shareprocess']));
  });

  it('splits field paths into segments', () => {
    expect(indexTokens('spec.containers[].lifecycle.postStart')).toEqual(
      expect.arrayContaining(['spec', 'containers', 'lifecycle', 'poststart', 'post', 'start']),
    );
  });

  it('indexes Chinese as words, characters and character pairs', () => {
    const t = indexTokens('宿主机网络');
    expect(t).toEqual(expect.arrayContaining(['宿', '主', '机', '宿主', '主机', '机网', '网络']));
    // Intl.Segmenter words of two or more characters are indexed too.
    expect(t).toContain('网络');
  });

  it('keeps Latin and Chinese runs apart when they touch', () => {
    const t = indexTokens('Pod容器组');
    expect(t).toContain('pod');
    expect(t).toContain('容器');
    expect(t).not.toContain('pod容器组');
  });
});

describe('searchConcepts', () => {
  it('finds a Chinese part of a word (主机 → 宿主机网络, 主机别名)', () => {
    const r = ids('主机');
    expect(r).toContain('host-network');
    expect(r).toContain('host-aliases');
    expect(r).not.toContain('pod');
  });

  it('finds a whole Chinese word and ranks the name match first', () => {
    expect(ids('宿主机')[0]).toBe('host-network');
    expect(ids('命名空间').slice(0, 2).sort()).toEqual(['linux-namespaces', 'share-process-namespace']);
  });

  it('finds camelCase fields by their parts, in any spelling', () => {
    for (const q of ['process namespace', 'processNamespace', 'Process Namespace', 'shareprocess']) {
      expect(ids(q)[0], q).toBe('share-process-namespace');
    }
    expect(ids('host network')[0]).toBe('host-network');
    expect(ids('hostNetwork')[0]).toBe('host-network');
  });

  it('finds fields by path segments', () => {
    expect(ids('lifecycle')).toEqual(['post-start']);
    expect(ids('containers postStart')[0]).toBe('post-start');
    expect(ids('spec.hostAliases')[0]).toBe('host-aliases');
  });

  it('matches prefixes while typing and forgives one typo in longer words', () => {
    expect(ids('deploy')[0]).toBe('deployment');
    expect(ids('namespce')).toContain('share-process-namespace');
  });

  it('searches aliases and summaries, ranking names above summaries', () => {
    expect(ids('豆荚')).toEqual(['pod']);
    expect(ids('/etc/hosts')[0]).toBe('host-aliases');
    const pod = ids('pod');
    expect(pod[0]).toBe('pod');
    expect(pod).toContain('share-process-namespace'); // its summary mentions Pod
  });

  it('requires every word, and falls back to any word (marked partial) when nothing has all', () => {
    const all = searchConcepts(index, 'host aliases');
    expect(all.hits.map((h) => h.id)).toEqual(['host-aliases']);
    expect(all.partial).toBe(false);
    const r = searchConcepts(index, 'host zzzz');
    expect(r.partial).toBe(true);
    expect(r.hits.map((h) => h.id)).toContain('host-network');
    expect(searchConcepts(index, 'hostNetwork').partial).toBe(false);
  });

  it('Enter opens the first hit only when it matches every word; partial hits leave Enter to the full-text search', () => {
    expect(preselectedHit(searchConcepts(index, 'host aliases'))).toBe(0);
    const partial = searchConcepts(index, 'host zzzz');
    expect(partial.hits.length).toBeGreaterThan(0);
    expect(preselectedHit(partial)).toBe(-1);
    expect(preselectedHit(searchConcepts(index, 'zzzz'))).toBe(-1);
  });

  it('returns nothing for empty or punctuation-only input', () => {
    expect(searchConcepts(index, '').hits).toEqual([]);
    expect(searchConcepts(index, '  ,。! ').hits).toEqual([]);
  });

  it('returns stored fields for display and needles that cover what matched', () => {
    const hit = searchConcepts(index, 'poststart').hits[0]!;
    expect(hit).toMatchObject({ id: 'post-start', t: 'postStart', k: 'field', f: 'spec.containers[].lifecycle.postStart', p: 'Lifecycle hooks' });
    expect(hit.needles).toContain('poststart');
    const fuzzy = searchConcepts(index, 'namespce').hits.find((h) => h.id === 'share-process-namespace')!;
    expect(fuzzy.needles).toContain('namespace');
  });

  it('treats hostile titles as plain data', () => {
    const hit = searchConcepts(index, 'onerror').hits[0]!;
    expect(hit.t).toBe('<img src=x onerror=alert(1)>');
    expect(ids('恶意')).toEqual(['hostile']);
  });
});

describe('highlighting', () => {
  it('finds needles case-insensitively and merges overlaps', () => {
    expect(highlightRanges('shareProcessNamespace', ['process', 'namespace'])).toEqual([[5, 21]]);
    expect(highlightRanges('宿主机网络', ['主机'])).toEqual([[1, 3]]);
    expect(highlightRanges('abcabc', ['bc'])).toEqual([[1, 3], [4, 6]]);
    expect(highlightRanges('abc', ['zz', ''])).toEqual([]);
  });

  it('splits text into plain and marked pieces that join back to the text', () => {
    const text = '<img src=x onerror=alert(1)>';
    const pieces = highlightPieces(text, ['onerror']);
    expect(pieces).toEqual([
      { text: '<img src=x ', mark: false },
      { text: 'onerror', mark: true },
      { text: '=alert(1)>', mark: false },
    ]);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
  });
});

describe('naiveScan baseline', () => {
  it('finds substrings in names only', () => {
    expect(naiveScan(DOCS, '主机').map((d) => d.id)).toEqual(['host-network', 'host-aliases']);
    expect(naiveScan(DOCS, 'process namespace')).toEqual([]);
  });
});
