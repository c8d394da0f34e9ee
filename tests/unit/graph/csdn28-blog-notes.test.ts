/**
 * csdn28: notes exported from CSDN and 掘金 blogs. Sections written as `#` headings
 * (h1-sections.ts), table-of-contents markers (toc-markers.ts), emoji on headings
 * (pictographs.ts) and `<kbd>` / `<sup>` / `<sub>` (pairInlineHtml in markdown.ts). The chapters in
 * tests/fixtures/csdn28 are written for these tests, one shape each.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import { loadGraph } from '../../../src/graph/index.ts';
import type { Graph, NoteRecord } from '../../../src/graph/model.ts';
import { pairInlineHtml, parseMarkdown, renderHtml } from '../../../src/graph/markdown.ts';
import { demoteSectionH1s, titleH1 } from '../../../src/graph/h1-sections.ts';
import { dropTocMarkers, tocMarkerOf } from '../../../src/graph/toc-markers.ts';
import { stripPictographs } from '../../../src/graph/pictographs.ts';
import { isClearTerm, isGenericLabel, nameCandidates, normKey } from '../../../src/graph/labels.ts';
import { headingName } from '../../../src/graph/miner/heading-name.ts';
import { cleanup, contentDir, copyFixture, diag, FIXTURES } from './helpers.ts';

const BLOG = path.resolve(FIXTURES, '../csdn28');
let g: Graph;

beforeAll(async () => {
  g = await loadGraph(await copyFixture(BLOG), { layout: false });
});
afterAll(cleanup);

const note = (prefix: string): NoteRecord => g.notes!.find((n) => n.file.startsWith(prefix))!;
const related = (file: string): string[] =>
  g.edges.filter((e) => e.type === 'related' && e.source?.file === file).map((e) => [e.from, e.to].sort().join('~'));

describe('a note whose sections are all # headings (CSDN)', () => {
  it('takes its title from the file name, or the frontmatter, never from its first section', () => {
    expect(note('01').title).toBe('01-NetworkPolicy实战');
    expect(note('03').title).toBe('HPA 弹性伸缩笔记');
    // one H1 and H2 sections: as before
    expect(note('04').title).toBe('StorageClass 入门：动态供给存储');
  });

  it('keeps a leading H1 with nothing under it as the title, the other H1s as sections', () => {
    expect(note('02').title).toBe('【K8s】Ingress 把 HTTP 流量接进集群，一篇就够');
    expect(note('02').headings.map((h) => h.depth)).toEqual([1, 2, 2, 2, 2]);
  });

  it('moves every heading one level down, at its own line', () => {
    expect(note('01').headings.map((h) => `${h.depth}:${h.text}@${h.line}`)).toEqual([
      '2:前言@5', '2:🔐 一、NetworkPolicy 的选择器@11', '2:🚦 二、规则的方向@19', '3:1. 入站@21', '3:2. 出站@27', '2:总结@47',
    ]);
  });

  it('renders no <h1> in the body (the page has one, the title) and keeps the anchors', () => {
    const body = note('01').body;
    expect(body).not.toContain('<h1');
    expect(body).toContain('<h2 id="前言">前言</h2>');
    expect(body).toContain('<h3 id="1-入站">1. 入站</h3>');
    expect(note('02').body).not.toContain('<h1');
  });

  it('reads each section on its own: no related edge joins names of two sections', () => {
    // 02: ingressClassName and rules under 一, tls under 二
    expect(related('02-Ingress入门.md')).toContain('ingress-ingress-class-name~ingress-rules');
    expect(related('02-Ingress入门.md')).not.toContain('ingress-rules~ingress-tls');
    // 03: metrics under 一, minReplicas and maxReplicas under 二
    expect(related('03-HPA弹性伸缩.md')).toEqual(['horizontal-pod-autoscaler-max-replicas~horizontal-pod-autoscaler-min-replicas']);
  });

  it('keeps sources at their file:line:col', () => {
    // (fix29b: the heading `# 🔐 一、NetworkPolicy 的选择器` now places namespaceSelector, so the
    // ambiguous-field warning this case read at 15:1 is gone; the concept's own source is checked)
    const c = g.concepts.find((x) => x.title === 'namespaceSelector' && x.source.file === '01-NetworkPolicy实战.md');
    expect(c && `${c.source.line}:${c.source.column}`).toBe('15:1');
    expect(c?.owner).toBe('NetworkPolicy');
  });

  it('is the tree transform alone: leaves a note with one H1 as it is', () => {
    const one = parseMarkdown('# 标题\n\n## 一\n\n# 不在顶层？\n'.replace('# 不在顶层？\n', '> # 引用里的\n'));
    expect(demoteSectionH1s(one)).toBe(false);
    const two: Root = parseMarkdown('# 甲\n\n正文\n\n# 乙\n\n## 丙\n\n###### 丁\n');
    expect(titleH1(two)).toBeUndefined();
    expect(demoteSectionH1s(two)).toBe(true);
    expect(two.children.filter((c) => c.type === 'heading').map((c) => (c as { depth: number }).depth)).toEqual([2, 2, 3, 6]);
    expect(two.children[0]!.position!.start).toMatchObject({ line: 1, column: 1, offset: 0 });
  });
});

describe('table-of-contents markers', () => {
  it('recognises each editor\'s marker on a paragraph of its own', () => {
    for (const m of ['@[TOC](这里写目录标题)', '@[toc]', '[TOC]', '[[toc]]', '[[_TOC_]]', '${toc}']) expect(tocMarkerOf(m)).toBeDefined();
    for (const m of ['见 [TOC]', '@[TOC](a) 正文', '[toc](./toc.md) 以后', '`[TOC]`']) expect(tocMarkerOf(m)).toBeUndefined();
  });

  it('drops the marker: no dangling-reference, no "TOC" on the page', () => {
    expect(diag(g, 'dangling-reference')).toEqual([]);
    for (const n of g.notes!) expect(n.body).not.toMatch(/TOC|\[\[toc|\$\{toc/i);
  });

  it('leaves a marker in code or in a sentence as written', async () => {
    const md = '```\n[TOC]\n```\n\n写 `@[TOC](目录)` 会生成目录。\n';
    const tree = parseMarkdown(md);
    expect(dropTocMarkers(tree, md)).toBe(0);
    expect(renderHtml(tree)).toContain('[TOC]');
    const d = await loadGraph(await contentDir({ 'a.md': '# 甲\n\n[TOC]\n\n正文\n' }), { layout: false });
    expect(d.notes![0]!.body).not.toContain('TOC');
  });
});

describe('emoji on headings and labels', () => {
  it('reads a name without its emoji', () => {
    expect(stripPictographs('🎯 前言')).toBe('前言');
    expect(stripPictographs('👩‍💻 总结')).toBe('总结');
    expect(stripPictographs('1️⃣ 概述')).toBe('1 概述');
    expect(stripPictographs('kubelet ↔ 运行时')).toBe('kubelet ↔ 运行时');
    expect(isGenericLabel('✨ 前言')).toBe(true);
    expect(isGenericLabel('💡 总结：')).toBe(true);
    expect(isClearTerm('📌 备注')).toBe(false);
    expect(normKey('🧰 Velero')).toBe(normKey('Velero'));
    expect(nameCandidates('🚀 二、初识Ingress')[0]).toBe('初识Ingress');
    expect(headingName('🔐 一、NetworkPolicy 的选择器')).toBe('NetworkPolicy 的选择器');
  });

  it('gives no concept an emoji-decorated generic heading as another name', () => {
    const aliases = g.concepts.flatMap((c) => c.aliases ?? []);
    expect(aliases.filter((a) => /前言|总结/.test(a))).toEqual([]);
    expect(aliases.filter((a) => /\p{Extended_Pictographic}/u.test(a))).toEqual([]);
  });
});

describe('inline HTML a note keeps: <kbd>, <sup>, <sub>', () => {
  // As parse-file.ts does: the raw tags are paired on the tree before rendering.
  const html = (md: string): string => {
    const tree = parseMarkdown(md);
    pairInlineHtml(tree);
    return renderHtml(tree);
  };

  it('keeps keys, superscripts and subscripts', () => {
    expect(html('按 <kbd>Ctrl</kbd>+<kbd>D</kbd> 断开\n')).toContain('<p>按 <kbd>Ctrl</kbd>+<kbd>D</kbd> 断开</p>');
    expect(html('2<sup>20</sup> 与 CO<sub>2</sub>\n')).toContain('2<sup>20</sup> 与 CO<sub>2</sub>');
    expect(html('<sup><kbd>K</kbd></sup>\n')).toContain('<sup><kbd>K</kbd></sup>');
    expect(note('01').body).toContain('<kbd>Ctrl</kbd>+<kbd>C</kbd>');
  });

  it('escapes their text; a tag with attributes, or left unpaired, is raw HTML: dropped, its text kept', () => {
    const out = html('<kbd onclick="steal()" style="color:red">&lt;Tab&gt;</kbd> <kbd>未闭合 </sup>\n');
    expect(out).toContain('&#x3C;Tab>');
    expect(out).not.toMatch(/onclick|style=|<\/?sup|<kbd/);
    expect(html('<kbd><script>alert(1)</script></kbd>\n')).not.toContain('<script');
  });
});
