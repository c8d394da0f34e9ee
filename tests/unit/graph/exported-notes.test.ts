/**
 * Notes exported from 语雀 (Yuque) and Notion (qa47): `:::tips` containers, `<br />` in table
 * cells, `<a name>` anchors before headings, and the hint of a broken link between Notion pages.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/graph/index.ts';
import { parseMarkdown, renderHtml } from '../../../src/graph/markdown.ts';
import { markCallouts } from '../../../src/graph/callouts.ts';
import { isCardMarkerType } from '../../../src/graph/cards.ts';
import { cleanup, contentDir, diag } from './helpers.ts';

afterAll(cleanup);

function html(md: string): string {
  const tree = parseMarkdown(md);
  markCallouts(tree, md, isCardMarkerType);
  return renderHtml(tree);
}

describe('语雀 containers :::type … :::', () => {
  it('shows a one-paragraph container as a callout of its type, without the marker lines', () => {
    const out = html('前文。\n\n:::tips\n污点的 effect 有三种。\n:::\n\n后文。\n');
    expect(out).toContain('<div class="callout callout-tip">');
    expect(out).toContain('<div class="callout-title"><span data-i18n="callout.tip">提示</span></div>');
    expect(out).toContain('<p>污点的 effect 有三种。</p>');
    expect(out).not.toContain(':::');
    expect(out).toContain('<p>后文。</p>');
  });

  it('reads a container over several blocks, a title after the type, and 语雀 types by their name', () => {
    const out = html(':::warning 注意版本\n\n第一段。\n\n- 列表\n\n最后一段。\n:::\n');
    expect(out).toContain('<div class="callout callout-warning">');
    expect(out).toContain('<div class="callout-title">注意版本</div>');
    expect(out).toMatch(/第一段。[\s\S]*<li>列表<\/li>[\s\S]*最后一段。<\/p>\n<\/div>\n<\/div>/);
    expect(out).not.toContain(':::');
    expect(html(':::danger\nx\n:::\n')).toContain('callout-danger');
    expect(html(':::info\nx\n:::\n')).toContain('callout-info');
    expect(html(':::color3\nx\n:::\n')).toContain('callout-note');
  });

  it('closes a container after a list or a code block with no blank line before :::', () => {
    const out = html(':::tips\n- 第一条\n- 第二条\n:::\n\n后文\n');
    expect(out).toMatch(/<div class="callout callout-tip">[\s\S]*<li>第二条<\/li>\n<\/ul>\n<\/div>\n<\/div>/);
    expect(out).not.toContain(':::');
    const code = html(':::warning\n```yaml\nkind: Pod\n```\n:::\n');
    expect(code).toContain('callout-warning');
    expect(code).not.toContain(':::');
  });

  it('leaves an unclosed container and ::: in code as written', () => {
    expect(html(':::tips\n没有结尾。\n')).toContain(':::tips');
    expect(html('```\n:::tips\nx\n:::\n```\n')).toContain(':::tips');
  });
});

describe('raw HTML of exported notes', () => {
  it('keeps <br /> as a line break (a table cell of two lines), and nothing else', () => {
    const out = html('| a | b |\n| --- | --- |\n| x | 第一行<br />第二行<br>第三行 |\n');
    expect(out).toContain('<td>第一行<br>第二行<br>第三行</td>');
    expect(html('<br onclick="x()">y\n')).not.toContain('onclick');
  });

  it('writes no empty paragraph for a line of raw HTML alone (语雀 anchors)', () => {
    const out = html('<a name="Xk2fA"></a>\n## 基本概念\n\n正文\n');
    expect(out).not.toContain('<p></p>');
    expect(out).toContain('<h2>基本概念</h2>');
  });

  it('does not repeat the title heading after a 语雀 anchor on the note page', async () => {
    const dir = await contentDir({ '污点.md': '<a name="Xk2fA"></a>\n# 污点与容忍\n\n<a name="q8Wm1"></a>\n## 基本概念\n\n污点加在节点上。\n' });
    const g = await loadGraph(dir);
    const note = g.notes?.find((n) => n.file === "污点.md");
    expect(note?.body).toBeDefined();
    expect(note!.body).not.toContain('<h1');
    expect(note!.body).toContain('基本概念</h2>');
  });
});

describe('a broken link between Notion pages (file names end in a page id)', () => {
  it('suggests the page of the same name, written with %20 so the suggestion is a link', async () => {
    const dir = await contentDir({
      'Pod 调度 3f2a9c1e8b7d4e6f9a0b1c2d3e4f5a6b.md': '# Pod 调度\n\n正文。\n',
      'HPA 自动扩缩 1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e.md': '# HPA\n\n正文。\n',
      '故障排查.md': '# 故障排查\n\n见 [调度笔记](Pod%20调度%20a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6.md)。\n',
    });
    const g = await loadGraph(dir);
    const d = diag(g, 'dangling-reference');
    expect(d).toHaveLength(1);
    expect(d[0]!.hint).toContain('Pod 调度 3f2a9c1e8b7d4e6f9a0b1c2d3e4f5a6b.md');
    expect(d[0]!.hint).toContain('(./Pod%20调度%203f2a9c1e8b7d4e6f9a0b1c2d3e4f5a6b.md)');
  });
});

describe('a line break inside a Chinese sentence (CSS Text 3 segment-break rule)', () => {
  it('drops the break between two wide characters, full-width punctuation included', () => {
    const out = html('节点有了污点之后，\n只有能容忍这个污点的 Pod 才能被调度上去。它们和亲和性\n正好相反：“吸引”\n和“排斥”。\n');
    expect(out).toContain('<p>节点有了污点之后，只有能容忍这个污点的 Pod 才能被调度上去。它们和亲和性正好相反：“吸引”\n和“排斥”。</p>');
  });

  it('keeps it next to a Latin word, across inline elements, and in code', () => {
    expect(html('调度到 Pod\n所在的节点\n')).toContain('<p>调度到 Pod\n所在的节点</p>');
    expect(html('先**过滤**\n再**打分**\n')).toContain('<p>先<strong>过滤</strong>再<strong>打分</strong></p>');
    expect(html('- 第一行\n  第二行\n')).toContain('<li>第一行第二行</li>');
    expect(html('```\n中文\n中文\n```\n')).toContain('中文\n中文');
  });
});

describe('Notion toggles <details><summary>', () => {
  it('shows a toggle as a folded callout titled by its summary, its Markdown body inside', () => {
    const out = html('前文。\n\n<details>\n<summary>为什么<b>名字</b>这么长？</summary>\n\n**IgnoredDuringExecution** 表示运行后不驱逐。\n\n- 一\n\n</details>\n\n后文。\n');
    expect(out).toMatch(/<details class="callout callout-note">\n?<summary class="callout-title">为什么名字这么长？<\/summary>/);
    expect(out).toContain('<strong>IgnoredDuringExecution</strong> 表示运行后不驱逐。');
    expect(out).toMatch(/<li>一<\/li>[\s\S]*<\/details>[\s\S]*<p>后文。<\/p>/);
    expect(html('<details open>\n<summary>打开的</summary>\n\n内容\n\n</details>\n')).toContain('<details class="callout callout-note" open>');
  });

  it('reads the summary as a browser does: numeric and named character references decoded', () => {
    const out = html('<details>\n<summary>Pod&#x20;&#35843;&#24230;&nbsp;&amp;&nbsp;<i>污点</i></summary>\n\nx\n\n</details>\n');
    expect(out).toContain('<summary class="callout-title">Pod 调度 &#x26; 污点</summary>');
  });

  it('escapes the summary and leaves an unclosed toggle dropped as before', () => {
    const out = html('<details>\n<summary>&lt;script&gt;alert(1)&lt;/script&gt;</summary>\n\nx\n\n</details>\n');
    expect(out).toContain('&#x3C;script>alert(1)&#x3C;/script>');
    expect(out).not.toContain('<script');
    expect(html('<details>\n<summary>没有结尾</summary>\n\nx\n')).not.toContain('没有结尾');
  });
});

describe('images on another host (语雀 CDN)', () => {
  it('are fetched without a Referer (hotlink protection) and lazily; the site\'s own images as before', () => {
    const out = html('![image.png](https://cdn.nlark.com/yuque/0/2024/png/1/a.png#averageHue=%23f5f5f5&width=640)\n\n![本地](./image.png)\n');
    expect(out).toMatch(/<img src="https:\/\/cdn\.nlark\.com\/[^"]*" alt="image\.png" referrerpolicy="no-referrer" loading="lazy">/);
    expect(out).toContain('<img src="./image.png" alt="本地">');
  });
});

describe('links to a place in the note itself', () => {
  const NOTE = [
    '<a name="Xk2fA"></a>',
    '# 污点与容忍',
    '',
    '<a name="Lp3Zn"></a>',
    '## 常用命令',
    '',
    '<a name="Rt7Yb"></a>',
    '## 容忍的写法',
    '',
    '见 [容忍的写法](#Rt7Yb)，[命令](#常用命令)，[写法](#容忍的写法)，[第 5 行](#L5)。',
    '',
    '还有 [用法](#容忍写法) 和 [别处](#nope)。',
    '',
  ].join('\n');

  it('go to the heading a 语雀 anchor stands before; any other anchor to nothing is reported at its file:line:col', async () => {
    const dir = await contentDir({ '污点.md': NOTE });
    const g = await loadGraph(dir);
    const body = g.notes!.find((n) => n.file === '污点.md')!.body;
    const href = (id: string) => `href="#${encodeURIComponent(id)}"`;
    expect(body).toContain(`<a ${href('容忍的写法')}>容忍的写法</a>`);
    expect(body).toContain(`<a ${href('常用命令')}>命令</a>`);
    expect(body).toContain(`<a ${href('容忍的写法')}>写法</a>`);
    expect(body).toContain('<a href="#L5">第 5 行</a>');
    expect(body).not.toContain('href="#nope"');
    expect(body).toContain('<p id="L12">还有 用法 和 别处。</p>');
    const d = diag(g, 'dangling-anchor');
    expect(d.map((x) => `${x.line}:${x.column}`)).toEqual(['12:4', '12:18']);
    expect(d[0]!.message).toBe('link to #容忍写法 on this page, which has no such heading or anchor (kept as text)');
    expect(d[0]!.hint).toBe('Did you mean the heading “容忍的写法”? Write (#容忍的写法).');
    expect(d[1]!.hint).toContain('by its id on the page');
  });
});

describe('raw HTML in summaries and excerpts', () => {
  it('is left out of a concept\'s summary (a <br> is a space), as the page leaves it out', async () => {
    const dir = await contentDir({
      'map.md': '- Root {#root}\n  - Ingress {#ingress}\n',
      'concepts/ingress.md': '---\nid: ingress\ntitle: Ingress\n---\n\n<font color=red>**重点**</font>：Ingress 工作在七层<br />按域名转发。\n',
    });
    const g = await loadGraph(dir);
    expect(g.concepts.find((c) => c.id === 'ingress')!.summary).toBe('重点：Ingress 工作在七层 按域名转发。');
  });

  it('is left out of the text of a mined passage', async () => {
    const dir = await contentDir({
      '存储.md': '# 存储\n\n<a name="Xk2fA"></a>\n## StorageClass\n\n<font color=red>**StorageClass**</font>：描述存储的类型，<br />用来动态供给 PV。\n',
    });
    const g = await loadGraph(dir);
    const texts = g.concepts.flatMap((c) => [c.summary ?? '', ...(c.excerpts ?? []).map((e) => e.text)]);
    expect(texts.some((t) => t.includes('用来动态供给 PV'))).toBe(true);
    expect(texts.filter((t) => /<\/?(?:font|br|a)\b/.test(t))).toEqual([]);
  });
});

describe('a line break inside a Chinese sentence, in summaries and excerpts', () => {
  it('is no space in the text search results, previews and stub pages show', async () => {
    const dir = await contentDir({
      'map.md': '- Root {#root}\n  - Ingress {#ingress}\n',
      'concepts/ingress.md': '---\nid: ingress\ntitle: Ingress\n---\n\nIngress 工作在七层，可以按域名和路径\n把 HTTP 流量转发到不同的 Service，\n多个服务共用一个入口。\n',
    });
    const g = await loadGraph(dir);
    expect(g.concepts.find((c) => c.id === 'ingress')!.summary).toBe('Ingress 工作在七层，可以按域名和路径把 HTTP 流量转发到不同的 Service，多个服务共用一个入口。');
  });
});
