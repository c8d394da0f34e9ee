/**
 * rules24, twenty-fourth session (docs/miner.md, "rules24 (twenty-fourth session)"): a field path from an
 * object's root written as plain text is read as one in a code span (plain-paths.ts, definitions.ts
 * `inlineCandidates`), and a general word of computing or an English function word named in a sentence
 * is no term of the note (generic-words.ts GENERAL_WORDS, label-rules.ts `general-word`).
 * Notes written for this test, not taken from the corpora.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { PhrasingContent } from 'mdast';
import { loadGraph } from '../../../src/graph/index.ts';
import { fromPlainText, plainPaths, withPlainPaths } from '../../../src/graph/miner/plain-paths.ts';
import { GENERAL_WORDS, generalWord } from '../../../src/graph/miner/generic-words.ts';
import { DEFINING_RULES, notATermInNote } from '../../../src/graph/miner/label-rules.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const note = (...lines: string[]) => lines.join('\n') + '\n';
const graphOf = async (...lines: string[]) => loadGraph(await contentDir({ 'notes/n.md': note(...lines) }), { layout: false });

describe('plainPaths: a rooted path in plain text', () => {
  it('spec. and status. paths, lists and nested keys, before Chinese, a comma or a full stop', () => {
    expect(plainPaths('PVC 创建后，status.phase 会从 Pending 变成 Bound')).toEqual([{ path: 'status.phase', index: 8 }]);
    expect(plainPaths('还有一个字段 spec.minReadySeconds，新 Pod')).toEqual([{ path: 'spec.minReadySeconds', index: 7 }]);
    expect(plainPaths('spec.containers[].image 是镜像')).toEqual([{ path: 'spec.containers[].image', index: 0 }]);
    expect(plainPaths('写在 spec.hard.')).toEqual([{ path: 'spec.hard', index: 3 }]);
    expect(plainPaths('status.used 接近 status.hard 时')).toEqual([
      { path: 'status.used', index: 0 },
      { path: 'status.hard', index: 15 },
    ]);
  });
  it('not a path under metadata, whose keys every object has (PLAIN_PATH_ROOTS)', () => {
    expect(plainPaths('在 metadata.annotations 上加一个注解')).toEqual([]);
    expect(plainPaths('metadata.name 和 metadata.generation')).toEqual([]);
  });
  it('not part of a longer token: a JSONPath, a path after a slash or a dot, another root, a code span, a bare root', () => {
    expect(plainPaths('kubectl get pod -o jsonpath={.status.phase}')).toEqual([]);
    expect(plainPaths('.status.phase 和 a/spec.x 和 $spec.y')).toEqual([]);
    expect(plainPaths('specx.y 和 data.key 和 spec 本身')).toEqual([]);
    expect(plainPaths('`spec.replicas` 已经是代码')).toEqual([]);
    expect(plainPaths('spec.a.b-c 与 spec.x.y/z')).toEqual([]);
  });
});

describe('withPlainPaths: the children of a paragraph with each plain path split out', () => {
  it('splits a text node into text, a marked code span and text, with positions; leaves the tree alone', () => {
    const text = { type: 'text' as const, value: '看 status.phase 就知道', position: { start: { line: 3, column: 1, offset: 10 }, end: { line: 3, column: 19, offset: 28 } } };
    const kids: PhrasingContent[] = [text];
    const out = withPlainPaths(kids);
    expect(out.map((n) => n.type)).toEqual(['text', 'inlineCode', 'text']);
    expect(out[1]).toMatchObject({ value: 'status.phase', position: { start: { line: 3, column: 3, offset: 12 } } });
    expect(fromPlainText(out[1]!)).toBe(true);
    expect(kids).toEqual([text]);
    const code = { type: 'inlineCode' as const, value: 'status.phase' };
    expect(withPlainPaths([code])[0]).toBe(code);
    expect(fromPlainText(code)).toBe(false);
  });
});

describe('the mine stage reads a plain rooted path as the field it points at', () => {
  it('a field named by its path in running text, as it is in a code span', async () => {
    const g = await graphOf(
      '# DaemonSet 更新',
      '',
      '## 更新节奏',
      '',
      '还有一个字段 spec.minReadySeconds，新 Pod Ready 之后还要持续多少秒才算 available，滚动更新以 available 为准往下走。',
      '',
    );
    const f = g.concepts.find((c) => c.title === 'minReadySeconds');
    expect(f?.kind).toBe('field');
    expect(f?.fieldPath).toBe('spec.minReadySeconds');
  });
  it('not a path inside a JSONPath', async () => {
    const g = await graphOf(
      '# 查看状态',
      '',
      '## 一条命令',
      '',
      '用 kubectl get pod -o jsonpath={.status.phase} 可以只打印阶段，结果一般是 Running。',
      '',
    );
    expect(g.concepts.map((c) => c.title)).not.toContain('phase');
  });
});

describe('general-word: a general word of computing named in a sentence is no term', () => {
  it('the table holds function words, formats, protocols and general words; compared without case', () => {
    for (const w of ['from', 'to', 'with', 'yaml', 'json', 'dns', 'http', 'ip', 'api', 'cpu', 'linux']) expect(GENERAL_WORDS.has(w), w).toBe(true);
    expect(generalWord('YAML')).toBe(true);
    expect(generalWord('DNS：')).toBe(true);
    expect(generalWord('CoreDNS')).toBe(false);
    expect(generalWord('ClusterIP')).toBe(false);
    expect(generalWord('Delete')).toBe(false);
  });
  it('turned down from a sentence, kept where the chapter sets it out as a definition', () => {
    expect(notATermInNote('API', { rule: 'prose-copula', openings: 1 })?.name).toBe('general-word');
    expect(notATermInNote('DNS', { rule: 'learned', openings: 1 })?.name).toBe('general-word');
    for (const rule of DEFINING_RULES) expect(notATermInNote('YAML', { rule, openings: 1 })?.name, rule).not.toBe('general-word');
    expect(notATermInNote('Karpenter', { rule: 'prose-copula', openings: 1 })).toBeUndefined();
  });
  it('in a note: API said of in prose is no term, a bold YAML label is', async () => {
    const g = await graphOf(
      '# 集群自动扩缩复盘',
      '',
      '## 背景',
      '',
      'API 是云厂商对外提供的接口，Karpenter 调用它来创建节点，调用次数多了就会被限流。',
      '',
      '## 格式',
      '',
      '**YAML**：一种用缩进表示层级的数据格式，Kubernetes 的清单都用它写。',
      '',
    );
    const titles = g.concepts.map((c) => c.title);
    expect(titles).not.toContain('API');
    expect(titles).toContain('YAML');
  });
});
