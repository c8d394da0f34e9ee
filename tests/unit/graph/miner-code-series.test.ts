/**
 * rules23, twenty-third session (docs/miner.md, "rules23 (twenty-third session)"): a list item or paragraph that opens with several code spans
 * joined by `/` or `、` and then a colon explains each of them (definitions.ts leadingCodeSeries), and
 * a bare part after a domain/name key is under the key's prefix (code-names.ts qualifiedLike).
 * Names and notes written for this test, not taken from the corpora.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Paragraph } from 'mdast';
import { loadGraph } from '../../../src/graph/index.ts';
import { leadingCodeSeries, SERIES_JOINERS } from '../../../src/graph/miner/definitions.ts';
import { qualifiedLike } from '../../../src/graph/miner/code-names.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const note = (...lines: string[]) => lines.join('\n') + '\n';
const graphOf = async (...lines: string[]) => loadGraph(await contentDir({ 'notes/n.md': note(...lines) }), { layout: false });
const titles = (g: Awaited<ReturnType<typeof graphOf>>) => g.concepts.map((c) => c.title);
/** The first paragraph of a line of Markdown (a list item's own paragraph for `- …`). */
const paragraph = (md: string): Paragraph => {
  const root = fromMarkdown(md);
  const first = root.children[0]!;
  return (first.type === 'list' ? first.children[0]!.children[0] : first) as Paragraph;
};

describe('leadingCodeSeries', () => {
  it('two or more code spans joined by a slash or an enumeration comma, then a colon (等 allowed)', () => {
    expect(leadingCodeSeries(paragraph('- `QUAY_OS` / `QUAY_ARCH`：目标平台的系统和架构。'))).toEqual(['QUAY_OS', 'QUAY_ARCH']);
    expect(leadingCodeSeries(paragraph('- `gc_lag1`、`gc_lag5`、`gc_lag15`：回收的滞后'))).toEqual(['gc_lag1', 'gc_lag5', 'gc_lag15']);
    expect(leadingCodeSeries(paragraph('`mirror-push` / `mirror-pull` 等: 同步方向'))).toEqual(['mirror-push', 'mirror-pull']);
    for (const j of SERIES_JOINERS) expect(leadingCodeSeries(paragraph(`- \`a1\`${j}\`b1\`：说明`)), j).toEqual(['a1', 'b1']);
  });
  it('not one code span, nor a series with no colon, joined by a word, or after text', () => {
    expect(leadingCodeSeries(paragraph('- `QUAY_OS`：目标平台的系统。'))).toBeUndefined();
    expect(leadingCodeSeries(paragraph('- `QUAY_OS` / `QUAY_ARCH` 都由构建器注入。'))).toBeUndefined();
    expect(leadingCodeSeries(paragraph('- `QUAY_OS` 和 `QUAY_ARCH`：目标平台。'))).toBeUndefined();
    expect(leadingCodeSeries(paragraph('- 变量 `QUAY_OS` / `QUAY_ARCH`：目标平台。'))).toBeUndefined();
    expect(leadingCodeSeries(paragraph('- `QUAY_OS` / QUAY_ARCH：目标平台。'))).toBeUndefined();
  });
});

describe('qualifiedLike: a bare part after a name that writes its prefix once', () => {
  it('a domain/name key, as a Go package name', () => {
    expect(qualifiedLike('acme.example.com/disk-full', 'cpu-hot')).toBe('acme.example.com/cpu-hot');
    expect(qualifiedLike('quayutil.AddMirror', 'RemoveMirror')).toBe('quayutil.RemoveMirror');
  });
  it('anything else as written', () => {
    expect(qualifiedLike('acme.example.com/disk-full', 'CpuHot')).toBe('CpuHot');
    expect(qualifiedLike('gc_lag1', 'gc_lag5')).toBe('gc_lag5');
    expect(qualifiedLike('acme.example.com/disk-full', 'acme.example.com/disk-full')).toBe('acme.example.com/disk-full');
  });
});

describe('the mine stage reads each code span of a series as a name the item explains', () => {
  it('lower-case and upper-case names set out together', async () => {
    const g = await graphOf(
      '# 镜像仓库监控',
      '',
      '常看的几个指标：',
      '',
      '- `quay_gc_lag1` / `quay_gc_lag5`：回收队列的滞后，按 1 分钟和 5 分钟平均。',
      '- `QUAY_OS` / `QUAY_ARCH`：构建时注入的目标平台。',
    );
    expect(titles(g)).toEqual(expect.arrayContaining(['quay_gc_lag1', 'quay_gc_lag5', 'QUAY_OS', 'QUAY_ARCH']));
  });
  it('not flags, nor the bare tails of a key that writes its prefix once', async () => {
    const g = await graphOf(
      '# 镜像仓库运维',
      '',
      '- `--registry`、`--insecure`：切换仓库。',
      '- `acme.example.com/disk-full`、`cpu-hot`：节点上的两种压力污点。',
    );
    expect(titles(g)).not.toEqual(expect.arrayContaining(['--registry']));
    expect(titles(g)).not.toContain('--insecure');
    expect(titles(g)).not.toContain('cpu-hot');
  });
});
