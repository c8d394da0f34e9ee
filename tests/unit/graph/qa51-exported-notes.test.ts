/**
 * qa51: notes exported from 语雀 (containers with no blank line around them), Typora (`$$` math,
 * HTML blocks such as `<center>`), 有道云笔记 (`file:///` images, `<div>` paragraphs) and Joplin
 * (`:/<id>` resource links).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/graph/index.ts';
import { htmlBlockText, parseMarkdown, renderHtml } from '../../../src/graph/markdown.ts';
import { markCallouts } from '../../../src/graph/callouts.ts';
import { isCardMarkerType } from '../../../src/graph/cards.ts';
import { cleanup, contentDir, diag } from './helpers.ts';

afterAll(cleanup);

function html(md: string): string {
  const tree = parseMarkdown(md);
  markCallouts(tree, md, isCardMarkerType);
  htmlBlockText(tree);
  return renderHtml(tree);
}

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

describe('语雀 containers with no blank line around them', () => {
  it('ends the container at its closing line when text follows on the next line', () => {
    const md = '## 一直 Pending\n:::warning\n先看 Events。\n:::\n常见原因：资源不足\n\n## OOMKilled\n:::tips\n退出码 137。\n:::\n';
    const out = html(md);
    expect(out).toMatch(/<div class="callout callout-warning">[\s\S]*<p>先看 Events。<\/p>\n<\/div>\n<\/div>\n<p>常见原因：资源不足<\/p>\n<h2>OOMKilled<\/h2>/);
    expect(out).toContain('<div class="callout callout-tip">');
    expect(out).not.toContain(':::');
  });

  it('starts a container at its opening line when text stands right before it, places kept', () => {
    const md = '前文\n:::info\n正文 **粗**\n:::\n后文\n';
    const tree = parseMarkdown(md);
    markCallouts(tree, md, isCardMarkerType);
    expect(tree.children.map((c) => [c.type, c.position?.start.line, c.position?.end.line])).toEqual([
      ['paragraph', 1, 1], ['blockquote', 2, 4], ['paragraph', 5, 5],
    ]);
    const out = renderHtml(tree);
    expect(out).toMatch(/^<p>前文<\/p>\n<div class="callout callout-info">[\s\S]*<strong>粗<\/strong>[\s\S]*<p>后文<\/p>$/);
  });

  it('keeps the headings after it out of the callout, so a 语雀 anchor before one is found', async () => {
    const dir = await contentDir({ '排查.md': '<a name="t1"></a>\n## Pending\n:::warning\n看 Events\n:::\n原因\n\n<a name="t2"></a>\n## CrashLoopBackOff\n:::tips\n看日志\n:::\n\n见 [崩溃](#t2)。\n' });
    const g = await loadGraph(dir);
    expect(diag(g, 'dangling-anchor')).toEqual([]);
    expect(g.notes!.find((n) => n.file === '排查.md')!.body).toContain('href="#crashloopbackoff"');
  });
});

describe('HTML blocks of Typora and 有道云笔记 notes', () => {
  it('shows the text of <center>, <div style> and <p> blocks instead of dropping it', () => {
    expect(html('<center>请求流程：Client → Ingress → Service</center>\n')).toBe('<p>请求流程：Client → Ingress → Service</p>');
    expect(html('<div style="color:#888"><b>stabilizationWindowSeconds</b>：缩容窗口<br/>默认 300 秒</div>\n'))
      .toBe('<p><strong>stabilizationWindowSeconds</strong>：缩容窗口<br>\n默认 300 秒</p>');
  });

  it('runs no script and shows no code of one: script, iframe, handlers and javascript: links are left out', () => {
    const out = html('<div onclick="steal()"><script>alert(1)</script><iframe src="https://x"></iframe>看<a href="javascript:alert(2)">这里</a><img src="https://e.com/a.png" onerror="alert(3)"></div>\n');
    expect(out).not.toMatch(/alert|steal|onclick|onerror|<script|<iframe|javascript:/);
    expect(out).toContain('看');
    expect(out).toContain('这里');
    expect(out).toContain('<img src="https://e.com/a.png"');
  });

  it('leaves a block that holds no text (an opening <div> alone, a comment) dropped as before', () => {
    expect(html('<div align="center">\n\n正文\n\n</div>\n')).toBe('<p>正文</p>');
    expect(html('<!-- 草稿 -->\n')).toBe('');
  });

  it('reads a definition in a <div> block, at the block\'s line', async () => {
    const dir = await contentDir({ 'HPA.md': '# HPA\n\n<div style="color: #888;"><strong>stabilizationWindowSeconds</strong>：缩容稳定窗口，默认 300 秒。</div>\n' });
    const g = await loadGraph(dir);
    const body = g.notes!.find((n) => n.file === 'HPA.md')!.body;
    expect(body).toContain('缩容稳定窗口，默认 300 秒。');
  });
});

describe('TeX math ($$ … $$) of Typora and Obsidian notes', () => {
  it('is drawn as MathML, with no concept link, highlight or lost backslash inside', () => {
    const out = html('$$\nreplicas - maxUnavailable \\le available\n$$\n');
    expect(out).toContain('<math xmlns="http://www.w3.org/1998/Math/MathML" display="block">');
    expect(out).toContain('<annotation encoding="application/x-tex">replicas - maxUnavailable \\le available</annotation>');
    expect(out).not.toContain('$$');
    expect(html('比例 $$\\frac{a}{b}$$ 行内\n')).toMatch(/<p>比例 <span class="katex"><math[^>]*><semantics><mrow><mfrac>/);
  });

  it('leaves one dollar as text ($HOME, $PATH) and runs nothing a formula asks for', () => {
    expect(html('设置 $HOME 和 $PATH 变量\n')).toBe('<p>设置 $HOME 和 $PATH 变量</p>');
    const out = html('$$\\href{javascript:alert(1)}{x}$$\n');
    // the source stays as the formula's text (its annotation); no link, no attribute holds it
    expect(out).not.toMatch(/<a[\s>]|href="/);
    expect(out).toContain('<mtext>\\href</mtext>');
  });

  it('links no concept inside a formula on a note page', async () => {
    const dir = await contentDir({ 'd.md': '# Deployment\n\n**replicas**：副本数。\n\n$$\nreplicas + maxSurge\n$$\n' });
    const g = await loadGraph(dir);
    const body = g.notes!.find((n) => n.file === 'd.md')!.body;
    expect(body).toContain('<annotation encoding="application/x-tex">replicas + maxSurge</annotation>');
    expect(body.slice(body.indexOf('<math'))).not.toContain('concept-link');
  });
});

describe('images and links a page cannot load', () => {
  it('reports a file:/// image (有道云笔记, a pasted picture) at its file:line:col with what to do, shown as its alt text', async () => {
    const dir = await contentDir({ '探针.md': '# 探针\n\n图：![截图](file:///C:/Users/z/YNote/clipboard.png)\n' });
    const g = await loadGraph(dir);
    const d = diag(g, 'missing-image');
    expect(d.map((x) => `${x.file}:${x.line}:${x.column}`)).toEqual(['探针.md:3:3']);
    expect(d[0]!.message).toContain('file:///C:/Users/z/YNote/clipboard.png cannot be shown on the site');
    expect(d[0]!.hint).toContain('copy the image next to the note');
    const body = g.notes!.find((n) => n.file === '探针.md')!.body;
    expect(body).toContain('图：截图');
    expect(body).not.toContain('<img');
  });

  it('finds a Joplin resource :/<id> by its file name anywhere in the folder, and says what an absent one is', async () => {
    const id = '9f2b3c4d5e6f47a8b9c0d1e2f3a4b5c6';
    const gone = '0a1b2c3d4e5f60718293a4b5c6d7e8f9';
    const dir = await contentDir({
      'notes/sts.md': `# StatefulSet\n\n![架构图](:/${id})\n\n附件：[demo](:/${gone})\n\n![丢了](:/${gone})\n`,
      [`resources/${id}.png`]: PNG,
    });
    const g = await loadGraph(dir);
    const body = g.notes!.find((n) => n.file === 'notes/sts.md')!.body;
    expect(body).toMatch(new RegExp(`<img src="[^"]*resources/${id}\\.png" alt="架构图"`));
    expect(body).toContain('附件：demo');
    const d = [...diag(g, 'missing-image'), ...diag(g, 'dangling-reference')];
    expect(d.map((x) => `${x.line}:${x.column} ${x.message}`).sort()).toEqual([
      `5:4 Joplin resource :/${gone} is not in the content folder (shown as its text)`,
      `7:1 Joplin resource :/${gone} is not in the content folder (shown as its text)`,
    ]);
    expect(d[0]!.hint).toContain('MD - Markdown');
  });
});

describe('one tilde is no strikethrough', () => {
  it('keeps ranges written with ~ (副本数 1~3 个) as text; ~~删除~~ still strikes', () => {
    expect(html('副本数 1~3 个，最多 5~10 个，重试 10s~5min。\n')).toBe('<p>副本数 1~3 个，最多 5~10 个，重试 10s~5min。</p>');
    expect(html('这是~~删除~~的，H~2~O\n')).toBe('<p>这是<del>删除</del>的，H~2~O</p>');
  });
});

describe('frontmatter written without its --- fences', () => {
  it('reads Hexo\'s form (title:, date:, then ---) and bare key lines as the note\'s frontmatter, with a warning at 1:1', async () => {
    const dir = await contentDir({
      'hexo.md': 'title: Hexo 文章\ndate: 2024-01-01\ntags:\n  - k8s\n---\n\n正文。\n',
      'typora.md': 'title: Deployment 滚动更新\ndate: 2024-03-01 10:00:00\ntags: [k8s, 工作负载]\n\n[toc]\n\n# Deployment 滚动更新\n\n正文在第 9 行，[链接](nope.md)。\n',
      'prose.md': 'Note: 这不是 frontmatter\ntitle: 也不是\n\n正文\n',
    });
    const g = await loadGraph(dir);
    const d = diag(g, 'frontmatter-unfenced');
    expect(d.map((x) => `${x.file}:${x.line}:${x.column}`).sort()).toEqual(['hexo.md:1:1', 'typora.md:1:1']);
    expect(d.find((x) => x.file === 'typora.md')!.message).toContain('lines 1–3 look like frontmatter');
    const hexo = g.notes!.find((n) => n.file === 'hexo.md')!;
    const typora = g.notes!.find((n) => n.file === 'typora.md')!;
    expect(hexo.title).toBe('Hexo 文章');
    expect(hexo.body).not.toContain('date:');
    expect(typora.title).toBe('Deployment 滚动更新');
    expect(typora.body).not.toContain('title:');
    expect(typora.body).not.toContain('<h1');
    expect(typora.body).toContain('正文在第 9 行');
    // line numbers kept: a finding on line 9 is placed there
    expect(diag(g, 'dangling-reference').map((x) => `${x.file}:${x.line}:${x.column}`)).toEqual(['typora.md:9:10']);
    expect(g.notes!.find((n) => n.file === 'prose.md')!.body).toContain('Note: 这不是 frontmatter');
  });
});

describe('语雀 cards the Markdown export left out', () => {
  it('are reported at their file:line:col and shown dimmed, not as a sentence of the note', async () => {
    const dir = await contentDir({ '卡片.md': '# 卡片\n\n演示视频：\n\n[此处为语雀卡片，点击链接查看](about:blank#SB2px)\n' });
    const g = await loadGraph(dir);
    const d = diag(g, 'dangling-reference');
    expect(d.map((x) => `${x.file}:${x.line}:${x.column}`)).toEqual(['卡片.md:5:1']);
    expect(d[0]!.message).toContain('语雀 card');
    expect(g.notes!.find((n) => n.file === '卡片.md')!.body).toContain('<span class="broken-link">此处为语雀卡片，点击链接查看</span>');
  });
});
