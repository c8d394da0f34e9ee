import { describe, expect, it } from 'vitest';
import { joinSingles, matchRanges, parseFullTextQuery, snippetPieces, titleRank, writtenFirst } from '../../../src/scripts/search/match.ts';

const has = (text: string, query: string): boolean => matchRanges(text, parseFullTextQuery(query)) !== null;

describe('full-text results must contain the query', () => {
  it('Latin words match whole words, not prefixes inside other words', () => {
    expect(has('Pod 是最小的调度单位', 'pod')).toBe(true);
    expect(has('podman 是另一个工具', 'pod')).toBe(false);
    expect(has('the prefix of a word', 'pre')).toBe(false);
    expect(has('use preStop to drain', 'prestop')).toBe(true);
    expect(has('use preStop to drain', 'sto')).toBe(false);
    expect(has('use preStop to drain', 'prest')).toBe(false);
  });

  it('a camelCase part is a word, plurals are allowed', () => {
    expect(has('spec.hostNetwork: true', 'host')).toBe(true);
    expect(has('spec.hostNetwork: true', 'network')).toBe(true);
    expect(has('two Pods share it', 'pod')).toBe(true);
    expect(has('all namespaces', 'namespace')).toBe(true);
    expect(has('all namespaces', 'namespac')).toBe(false);
    expect(has('two boxes', 'box')).toBe(true);
    expect(has('use preStop to drain', 'stop')).toBe(true);
    expect(has('ghost', 'host')).toBe(false);
  });

  it('every query word must occur', () => {
    expect(has('Pod 的 hostAliases 字段', 'pod hostAliases')).toBe(true);
    expect(has('Pod 的字段', 'pod hostAliases')).toBe(false);
  });

  it('CJK by segment: each segment of the query occurs in the text', () => {
    expect(has('容器共享宿主机的网络命名空间', '宿主机')).toBe(true);
    expect(has('容器共享宿主机的网络命名空间', '网络命名空间')).toBe(true);
    expect(has('容器运行在节点上', '宿主机')).toBe(false);
    // A one-character segment is not looked for alone: 容器组 is not 容器 … 组.
    expect(has('容器运行时，分三组', '容器组')).toBe(false);
    expect(has('Pod（容器组）', '容器组')).toBe(true);
    expect(joinSingles(['容器', '组'])).toEqual(['容器组']);
    expect(joinSingles(['的', '网络'])).toEqual(['的网络']);
    expect(joinSingles(['组'])).toEqual(['组']);
  });

  it('an empty query matches nothing', () => {
    expect(has('anything', '  ')).toBe(false);
  });
});

describe('snippetPieces', () => {
  it('marks every match in a window around the first one, as plain text', () => {
    const text = 'x '.repeat(100) + '用 <b>hostNetwork</b> 共享宿主机网络，hostNetwork 很常用。' + ' y'.repeat(100);
    const q = parseFullTextQuery('hostNetwork');
    const pieces = snippetPieces(text, matchRanges(text, q)!, 80);
    expect(pieces.filter((p) => p.mark).map((p) => p.text)).toEqual(['hostNetwork', 'hostNetwork']);
    expect(pieces[0]).toEqual({ text: '…', mark: false });
    expect(pieces.map((p) => p.text).join('')).toContain('<b>'); // text stays text: the UI never parses it
    expect(pieces.map((p) => p.text).join('').length).toBeLessThanOrEqual(82);
  });

  it('collapses whitespace and keeps marks on the right characters', () => {
    const text = 'a\n\n   b   Pod   c';
    const pieces = snippetPieces(text, matchRanges(text, parseFullTextQuery('pod'))!);
    expect(pieces).toEqual([
      { text: 'a b ', mark: false },
      { text: 'Pod', mark: true },
      { text: ' c', mark: false },
    ]);
  });
});

describe('writtenFirst', () => {
  it('puts written pages before stubs, keeping the order within each', () => {
    expect(writtenFirst([
      { page: 'a', stub: true },
      { page: 'b', stub: false },
      { page: 'c', stub: true },
      { page: 'd', stub: false },
    ])).toEqual(['b', 'd', 'a', 'c']);
  });

  it('puts a draft or copy of a note after the written pages, before stubs', () => {
    // A reader's chapter and its copy `… 副本.md` both hold the passage 'Headless Service 是什么？';
    // Pagefind listed the copy first (same text, and its URL sorts first).
    expect(writtenFirst([
      { page: 'copy', stub: false, draft: true, titleRank: 0 },
      { page: 'chapter', stub: false, titleRank: 0 },
      { page: 'stub', stub: true },
      { page: 'other', stub: false, titleRank: 0 },
    ])).toEqual(['chapter', 'other', 'copy', 'stub']);
  });
});

describe('titleRank', () => {
  it('prefers a page named by the query, then titles with every query word', () => {
    expect(titleRank('Pod（容器组）', 'pod')).toBe(2);
    expect(titleRank('Pod（容器组）', '容器组')).toBe(2);
    expect(titleRank('Pod affinity & anti-affinity（Pod 亲和性与反亲和性）', 'pod')).toBe(1);
    expect(titleRank('HorizontalPodAutoscaler（Pod 水平自动扩缩）', 'liveness')).toBe(0);
  });

  it('orders by stub, then title rank, then the given order', () => {
    expect(writtenFirst([
      { page: 'hpa', stub: false, titleRank: 1 },
      { page: 'stub-pod', stub: true, titleRank: 2 },
      { page: 'pod', stub: false, titleRank: 2 },
      { page: 'other', stub: false, titleRank: 0 },
    ])).toEqual(['pod', 'hpa', 'other', 'stub-pod']);
  });
});
