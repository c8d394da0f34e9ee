/** Obsidian syntax in notes: callouts (and GitHub alerts), tags in headings, unresolved wiki links, footnotes' labels. */
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/graph/index.ts';
import { parseMarkdown, plainText, renderHtml } from '../../../src/graph/markdown.ts';
import { markCallouts } from '../../../src/graph/callouts.ts';
import { isCardMarkerType } from '../../../src/graph/cards.ts';
import { stripHeadingTags, tagsIn, withoutTags } from '../../../src/graph/tags.ts';
import { cleanup, concept, contentDir, diag } from './helpers.ts';

afterAll(cleanup);

/** Parse, mark callouts as the parse stage does, render. */
function html(md: string): string {
  const tree = parseMarkdown(md);
  markCallouts(tree, md, isCardMarkerType);
  return renderHtml(tree);
}

describe('callouts', () => {
  it('renders a titled callout as a box with its title, the body below, and no marker', () => {
    const out = html('> [!NOTE] 一句话\n> 正文 **粗体**。\n');
    expect(out).toContain('<div class="callout callout-note">');
    expect(out).toContain('<div class="callout-title">一句话</div>');
    expect(out).toContain('<div class="callout-body">\n<p>正文 <strong>粗体</strong>。</p>');
    expect(out).not.toContain('[!');
  });

  it('titles an untitled callout with its type label (zh-CN, switchable), aliases styled as their type', () => {
    expect(html('> [!warning]\n> 小心。\n')).toContain('<div class="callout-title"><span data-i18n="callout.warning">警告</span></div>');
    const hint = html('> [!HINT]\n> x\n');
    expect(hint).toContain('class="callout callout-tip"');
    expect(hint).toContain('data-i18n="callout.tip">提示<');
    // GitHub's alerts keep their own label
    expect(html('> [!CAUTION]\n> x\n')).toMatch(/class="callout callout-warning"[\s\S]*data-i18n="callout.caution">小心</);
    expect(html('> [!IMPORTANT]\n> x\n')).toMatch(/class="callout callout-tip"[\s\S]*data-i18n="callout.important">重要</);
  });

  it('folds with - (closed) and + (open)', () => {
    const closed = html('> [!tip]- 点开看\n> 内容\n');
    expect(closed).toContain('<details class="callout callout-tip">');
    expect(closed).toContain('<summary class="callout-title">点开看</summary>');
    expect(html('> [!tip]+ 展开的\n> 内容\n')).toContain('<details class="callout callout-tip" open>');
  });

  it('shows an unknown type as a note titled with the type as written, escaped', () => {
    const out = html('> [!自定义&lt;i&gt;]\n> 内容\n');
    expect(out).toContain('class="callout callout-note"');
    expect(out).toContain('<div class="callout-title">自定义&#x3C;i></div>');
    expect(html('> [!note] <img src=x onerror=alert(1)>标题\n> x\n')).not.toContain('<img');
  });

  it('keeps inline markup of a title, and leaves [!question] (self-check cards) and quotes that do not open with a marker alone', () => {
    expect(html('> [!note] **重点** 标题\n> x\n')).toContain('<div class="callout-title"><strong>重点</strong> 标题</div>');
    expect(html('> [!question] 问题？\n> 答案\n')).toContain('<blockquote>');
    expect(html('> 引用 [!note] 不是标记\n')).toContain('<blockquote>');
  });

  it('gives a callout as plain text with its title and body on lines of their own', () => {
    const md = '> [!NOTE] 先说结论\n> 三种探针。\n';
    const tree = parseMarkdown(md);
    markCallouts(tree, md, isCardMarkerType);
    expect(plainText(tree.children)).toBe('先说结论\n三种探针。');
  });

  it('gives the body paragraph the position of its first line', () => {
    const md = '正文\n\n> [!note] 标题\n> 第二行\n';
    const tree = parseMarkdown(md);
    markCallouts(tree, md, isCardMarkerType);
    const body = (tree.children[1] as { children: { children: { position: { start: { line: number; column: number; offset: number } } }[] }[] }).children[1]!.children[0]!;
    expect(body.position.start).toMatchObject({ line: 4, column: 3 });
    expect(md.slice(body.position.start.offset).startsWith('第二行')).toBe(true);
  });

  it('mines a bold definition inside a callout, and the marker is in no name, definition or excerpt', async () => {
    const g = await loadGraph(await contentDir({
      'notes/探针.md': ['# 探针笔记', '', '> [!tip]- 小技巧', '> **initialDelaySeconds：** 第一次探测前等多久。', '', '> [!NOTE]', '> **startupProbe**：给启动慢的应用留出时间的探针。', ''].join('\n'),
    }), { layout: false });
    const delay = concept(g, 'initial-delay-seconds');
    expect(delay.excerpts[0]!.text).toContain('第一次探测前等多久');
    expect(delay.excerpts[0]!.source.line).toBe(4);
    expect(concept(g, 'startup-probe').excerpts[0]!.source.line).toBe(7);
    for (const c of g.concepts) {
      expect(c.title).not.toContain('[!');
      expect(c.aliases.join(' ')).not.toMatch(/\[!|NOTE|tip/);
      for (const e of c.excerpts) expect(e.text + e.html).not.toContain('[!');
    }
  });
});

describe('tags', () => {
  it('follows Obsidian: after space or at the start, letters of any script, digits, _ - /, not digits only', () => {
    expect(tagsIn('#k8s 笔记 #pod/probe #探针 #1984 #y1984 C# a#b https://x.io/#frag')).toEqual(['k8s', 'pod/probe', '探针', 'y1984']);
    expect(withoutTags('探针 Probe 学习笔记 #k8s')).toBe('探针 Probe 学习笔记 ');
  });

  it('takes tags out of headings only, and the title and section names have none', async () => {
    const md = '# 探针 Probe 学习笔记 #k8s\n\n## 配置 #pod/probe\n\n正文里的 #k8s 留着，`#code` 也是。\n';
    const tree = parseMarkdown(md);
    expect(stripHeadingTags(tree)).toEqual(['k8s', 'pod/probe']);
    const out = renderHtml(tree);
    expect(out).toContain('<h1>探针 Probe 学习笔记</h1>');
    expect(out).toContain('<h2>配置</h2>');
    expect(out).toContain('正文里的 #k8s 留着');
    const g = await loadGraph(await contentDir({ 'notes/探针.md': `---\ntags: [k8s]\n---\n${md}` }), { layout: false });
    expect(g.notes![0]!.title).toBe('探针 Probe 学习笔记');
    expect(g.concepts.map((c) => c.title).join(' ')).not.toContain('#');
  });
});

describe('wiki links to nothing and footnotes', () => {
  it('shows an unresolved wiki link as its text without brackets, and still warns', async () => {
    const g = await loadGraph(await contentDir({ 'notes/n.md': '# 笔记\n\n相关：[[Pod 生命周期]]，[[nowhere|别处]]。\n' }), { layout: false });
    expect(diag(g, 'dangling-reference')).toHaveLength(2);
    const body = g.notes![0]!.body;
    expect(body).toContain('<span class="broken-link">Pod 生命周期</span>');
    expect(body).toContain('<span class="broken-link">别处</span>');
    expect(body).not.toContain('[[');
  });

  it('heads the footnotes in the pages\' language, and the references name the heading', () => {
    const out = html('正文[^1]。\n\n[^1]: 注释。\n');
    expect(out).toContain('<h2 data-i18n="note.footnotes" id="footnote-label">脚注</h2>');
    expect(out).toContain('aria-describedby="footnote-label"');
    expect(out).toContain('aria-label="回到正文引用 1 处"');
    expect(out).not.toContain('Footnotes');
  });

  it('marks each back link with its label\'s key and its {ref}, so the language switch labels it in English', () => {
    const out = html('一[^a]二[^b]三[^a]。\n\n[^a]: 甲。\n[^b]: 乙。\n');
    const backs = [...out.matchAll(/<a [^>]*data-footnote-backref[^>]*>/g)].map((m) => m[0]);
    expect(backs).toHaveLength(3);
    const refs = backs.map((a) => [a.match(/aria-label="([^"]*)"/)![1], JSON.parse(a.match(/data-i18n-vars="([^"]*)"/)![1]!.replace(/&#x22;/g, '"')).ref]);
    expect(refs).toEqual([['回到正文引用 1 处', '1'], ['回到正文引用 1-2 处', '1-2'], ['回到正文引用 2 处', '2']]);
    for (const a of backs) expect(a).toContain('data-i18n-label="note.footnoteBack"');
  });
});
