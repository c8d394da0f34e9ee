/**
 * Notes exported from 思源笔记 (SiYuan) and 飞书 (Feishu/Lark docs), and the leftovers of qa47
 * (语雀's one-block `<details class="lake-collapse">`, Docusaurus's `:::tip[标题]`) (qa48).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/graph/index.ts';
import { htmlImages, pairInlineHtml, parseMarkdown, renderHtml } from '../../../src/graph/markdown.ts';
import { markCallouts } from '../../../src/graph/callouts.ts';
import { isCardMarkerType } from '../../../src/graph/cards.ts';
import { blankSiyuanMarkers } from '../../../src/graph/siyuan.ts';
import { markInlineTags, tagsIn } from '../../../src/graph/tags.ts';
import { cleanup, contentDir, diag } from './helpers.ts';

afterAll(cleanup);

function html(md: string): string {
  const tree = parseMarkdown(md);
  pairInlineHtml(tree);
  htmlImages(tree);
  markCallouts(tree, md, isCardMarkerType);
  return renderHtml(tree);
}

const SIYUAN = [
  '# Pod 探针', // 1
  '{: id="20231012094500-p0rb3aa"}', // 2
  '', // 3
  '**livenessProbe**：判断容器是否还活着。', // 4
  '{: id="20231012094530-a1b2c3d" updated="20231013101022"}', // 5
  '', // 6
  '{{{row', // 7
  '* {: id="20231012094701-li0001a"}`httpGet`：返回 200~399 算成功', // 8
  '* {: id="20231012094702-li0002b"}`exec`：退出码为 0', // 9
  '{: id="20231012094700-ls0000a"}', // 10
  '}}}', // 11
  '{: id="20231012094705-sb0000a"}', // 12
  '', // 13
  '{{SELECT * FROM blocks WHERE id=\'20231012094530-a1b2c3d\'}}', // 14
  '', // 15
  '和 ((20231012094530-a1b2c3d "存活探针")) 不同，见 ((20231012094600-b2c3d4e \'就绪探针\'))。**重点**{: style="color: red;"}', // 16
  '', // 17
  '```yaml', // 18
  'name: {{ .Values.name }}', // 19
  '}}}', // 20
  '```', // 21
  '', // 22
  '{: id="20231012094500-p0rb3aa" title="Pod 探针" type="doc"}', // 23
  '',
].join('\n');

describe('思源笔记 kramdown: block attributes (IAL), super blocks, embeds', () => {
  it('blanks them at parse, every line keeping its number and length; code is left as written', () => {
    const out = blankSiyuanMarkers(SIYUAN, parseMarkdown(SIYUAN))!;
    expect(out).toBeDefined();
    const a = SIYUAN.split('\n');
    const b = out.split('\n');
    expect(b.map((l) => l.length)).toEqual(a.map((l) => l.length));
    for (const n of [2, 5, 7, 10, 11, 12, 14, 23]) expect(b[n - 1]!.trim()).toBe('');
    expect(b[7]!.trimEnd()).toBe('* `httpGet`：返回 200~399 算成功');
    expect(b[15]!.trimEnd()).toContain('**重点**');
    expect(b[15]).not.toContain('{:');
    expect(b[18]).toBe('name: {{ .Values.name }}');
    expect(b[19]).toBe('}}}');
    expect(blankSiyuanMarkers('没有标记。\n', parseMarkdown('没有标记。\n'))).toBeUndefined();
  });

  it('shows the note without any of them, a block reference as its anchor text', async () => {
    const dir = await contentDir({ 'Pod 探针.md': SIYUAN });
    const g = await loadGraph(dir);
    const body = g.notes?.find((n) => n.file === 'Pod 探针.md')?.body ?? '';
    expect(body).not.toMatch(/\{:|\(\(|\{\{\{|\{\{SELECT/);
    // The list item is read at its own line (L8), its text whole.
    expect(body).toMatch(/<li id="L8">.*<code>httpGet<\/code>.*：返回 200~399 算成功<\/li>/);
    expect(body).toContain('和 存活探针 不同，见 就绪探针。');
    expect(body).toMatch(/>name: \{\{ \.Values\.name \}\}\n\}\}\}\n<\/code>/);
    // Positions stay the author's: the list item's text is read at its own line.
    expect(diag(g, 'comment-unclosed')).toHaveLength(0);
  });
});

describe('思源笔记 block references', () => {
  it('go to the note holding the block (a reference, or the export\'s siyuan://blocks/ link); a missing block is text and a warning at its file:line:col', async () => {
    const dir = await contentDir({
      '思源/Pod 探针.md': SIYUAN,
      '思源/速查.md': '# 速查\n\n探针见 ((20231012094530-a1b2c3d "存活探针"))，整篇见 [Pod 探针](siyuan://blocks/20231012094500-p0rb3aa)。\n\n日志见 ((20231105090000-log0001 "日志收集"))。\n',
    });
    const g = await loadGraph(dir);
    const body = g.notes?.find((n) => n.file === '思源/速查.md')?.body ?? '';
    const href = '/notes/%E6%80%9D%E6%BA%90-pod-%E6%8E%A2%E9%92%88/';
    expect(body).toContain(`<a href="@base${href}">存活探针</a>`);
    expect(body).toContain(`<a href="@base${href}">Pod 探针</a>`);
    expect(body).toContain('日志见 日志收集。');
    expect(body).not.toContain('siyuan:');
    const d = diag(g, 'dangling-reference');
    // Pod 探针's own ((…b2c3d4e '就绪探针')) names no block here either; its reference to a block of its own is text.
    expect(d.map((x) => `${x.file}:${x.line}:${x.column}`).sort()).toEqual(['思源/Pod 探针.md:16:42', '思源/速查.md:5:5']);
    expect(d[0]!.message).toContain('20231');
    const own = g.notes?.find((n) => n.file === '思源/Pod 探针.md')?.body ?? '';
    expect(own).toContain('和 存活探针 不同');
  });

  it('and any link whose scheme the page cannot keep (obsidian:, javascript:) is its text, not a link going nowhere', async () => {
    const dir = await contentDir({ 'a.md': '# A\n\n见 [别的库](obsidian://open?vault=k8s)、[坏](javascript:alert(1)) 和 [官网](https://kubernetes.io/)。\n' });
    const g = await loadGraph(dir);
    const body = g.notes?.find((n) => n.file === 'a.md')?.body ?? '';
    expect(body).toContain('见 别的库、坏 和 <a href="https://kubernetes.io/">官网</a>。');
    expect(body).not.toMatch(/<a>|obsidian:|javascript:/);
  });
});

describe('思源笔记 tags #tag# (closed by a second #)', () => {
  it('are tags without the closing #, in text and headings; Obsidian tags as before', () => {
    expect(tagsIn('#k8s/探针# #CKA# 正文')).toEqual(['k8s/探针', 'CKA']);
    expect(tagsIn('#注意#:请勿保存')).toEqual(['注意']);
    expect(tagsIn('#a #b')).toEqual(['a', 'b']);
    expect(tagsIn('#a#b')).toEqual(['a']);
    const tree = parseMarkdown('#k8s/探针# #CKA#\n');
    expect(markInlineTags(tree)).toEqual(['k8s/探针', 'CKA']);
    expect(JSON.stringify(tree)).not.toMatch(/"value":"[^"]*#/);
  });
});

describe('飞书 exports', () => {
  it('shows feishu2md\'s <strong>/<em>/<del>/<u> as bold, italic, struck and underlined text', () => {
    const out = html('<strong>Helm</strong> 是包管理器，<em>values</em> 有优先级，<del>helm init</del> 已废弃，<u>注意</u>。\n');
    expect(out).toBe('<p><strong>Helm</strong> 是包管理器，<em>values</em> 有优先级，<del>helm init</del> 已废弃，<u>注意</u>。</p>');
    // An unpaired tag, or one with attributes, is raw HTML: dropped, its text kept.
    expect(html('<strong>没有结尾\n')).toBe('<p>没有结尾</p>');
    expect(html('<b onclick="x()">y</b>\n')).toBe('<p>y</p>');
  });

  it('reads the bold text of <strong> as a bold definition does', async () => {
    const dir = await contentDir({ 'Helm 入门.md': '# Helm 入门\n\n## 一、概述\n\n<strong>Chart</strong>：Helm 的包，一组模板和默认值。\n' });
    const g = await loadGraph(dir);
    const body = g.notes?.find((n) => n.file === 'Helm 入门.md')?.body ?? '';
    // (the title `# Helm 入门` makes Helm the chapter's subject, a concept, so its name in the definition is a link too)
    expect(body).toContain('<strong>Chart</strong></a>：<a href="@base/concepts/helm/" class="concept-link">Helm</a> 的包');
    expect(g.concepts.some((c) => c.title === 'Chart')).toBe(true);
  });

  it('shows feishu-pages\' <div class="callout"> as a callout, not dropped; the emoji is no title', () => {
    const out = html('<div class="callout callout-bg-2 callout-border-2">\n<div class=\'callout-emoji\'>💡</div>\n<p>日志轮转由 <strong>kubelet</strong> 负责。</p>\n<p>第二段 &lt;b&gt;</p>\n</div>\n');
    expect(out).toContain('<div class="callout callout-note">');
    expect(out).toContain('<span data-i18n="callout.note">注意</span>');
    expect(out).toContain('<p>日志轮转由 kubelet 负责。</p>');
    expect(out).toContain('<p>第二段 &#x3C;b></p>');
    expect(out).not.toContain('💡');
  });

  it('shows a raw <img src width> as the image, copied like any other', async () => {
    expect(html('<img src="static/a.png" width="600">\n')).toBe('<p><img src="static/a.png" alt="" width="600"></p>');
    expect(html('见图 <img src="b.png" alt="图"> 。\n')).toBe('<p>见图 <img src="b.png" alt="图"> 。</p>');
    expect(html('<img onerror="x()">\n')).toBe('');
    // Untrusted: only src/alt/width/height are taken, and the sanitiser still drops a script URL.
    const bad = html('<img src="javascript:alert(1)" onerror="alert(2)" alt="&lt;b&gt;">\n');
    expect(bad).not.toMatch(/javascript|onerror|src=/);
    const dir = await contentDir({ '日志.md': '# 日志\n\n<img src="static/missing.png" width="600">\n' });
    const g = await loadGraph(dir);
    const d = diag(g, 'missing-image');
    expect(d).toHaveLength(1);
    expect(d[0]!.line).toBe(3);
  });
});

describe('语雀 and Docusaurus leftovers', () => {
  it('shows 语雀\'s one-block <details class="lake-collapse"> as a folded callout titled by its summary', () => {
    const out = html('<details class="lake-collapse"><summary id="u8f2"><span class="ne-text">三种 Service 的区别</span></summary><p id="u1b2" class="ne-p"><span class="ne-text">ClusterIP 只能集群内访问。</span></p><ul><li>NodePort</li><li>LoadBalancer</li></ul></details>\n');
    expect(out).toContain('<details class="callout callout-note">');
    expect(out).toContain('三种 Service 的区别');
    expect(out).toContain('<p>ClusterIP 只能集群内访问。</p>');
    expect(out).toMatch(/<li>NodePort<\/li>\s*<li>LoadBalancer<\/li>/);
    expect(out).not.toContain('ne-text');
    const evil = html('<details class="lake-collapse"><summary><img src=x onerror=alert(1)>&lt;b&gt;标题</summary><p><script>alert(1)</script>正文</p></details>\n');
    expect(evil).not.toMatch(/<script|onerror|<b>|<img/);
    expect(evil).toContain('&#x3C;b>标题');
  });

  it('reads a toggle with attributes over several blocks too', () => {
    const out = html('<details class="x" open>\n<summary class="y">标题</summary>\n\n正文。\n\n</details>\n');
    expect(out).toContain('<details class="callout callout-note" open>');
    expect(out).toContain('标题');
    expect(out).toContain('<p>正文。</p>');
  });

  it('reads Docusaurus\'s :::tip[标题] title', () => {
    const out = html(':::tip[排查技巧]\n先看 ingressclass。\n:::\n');
    expect(out).toContain('<div class="callout callout-tip">');
    expect(out).toContain('<div class="callout-title">排查技巧</div>');
    expect(out).not.toContain('[排查技巧]');
    expect(out).not.toContain(':::');
  });
});

describe('a highlight around a link', () => {
  it('marks the whole span, across inline elements, on one line only', () => {
    expect(html('==默认情况下 [Pod](x) 之间是全通的。==\n')).toBe('<p><mark>默认情况下 <a href="x">Pod</a> 之间是全通的。</mark></p>');
    expect(html('==**重点**== 与 ==a [b](c) d [e](f) g==\n')).toBe('<p><mark><strong>重点</strong></mark> 与 <mark>a <a href="c">b</a> d <a href="f">e</a> g</mark></p>');
    expect(html('==a\n[b](c)==\n')).not.toContain('<mark>');
    expect(html('`==` 与 [x](y)==\n')).not.toContain('<mark>');
  });
});
