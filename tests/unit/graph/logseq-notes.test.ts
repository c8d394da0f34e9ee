/**
 * Notes kept in Logseq (pages/ and journals/ of a graph: tab-indented bullets, `key:: value`
 * page and block properties, `id::` blocks and `((uuid))` references, task markers, `#[[tags]]`)
 * and Obsidian Dataview's inline fields (qa50, src/graph/logseq.ts).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/graph/index.ts';
import { parseMarkdown, renderHtml } from '../../../src/graph/markdown.ts';
import { readLogseq } from '../../../src/graph/logseq.ts';
import { emptyFrontmatter } from '../../../src/graph/parse-file.ts';
import { markCallouts } from '../../../src/graph/callouts.ts';
import { isCardMarkerType } from '../../../src/graph/cards.ts';
import { cleanup, contentDir, diag } from './helpers.ts';

afterAll(cleanup);

const PROBES = [
  'title:: k8s/探针', // 1
  'alias:: Probe, 存活与就绪', // 2
  'tags:: k8s, [[health check]]', // 3
  'type:: [[学习笔记]]', // 4
  '', // 5
  '- 三种探针', // 6
  '  collapsed:: true', // 7
  '\t- livenessProbe:: 存活探针，失败时 kubelet 会重启容器。', // 8
  '\t  id:: 65f0b000-0001-4abc-9000-00000000aaaa', // 9
  '\t- readinessProbe:: 就绪探针，失败时 Pod 从 Endpoints 中摘除。', // 10
  '- TODO 看一下 [[Init 容器]] #[[待复习 知识点]]', // 11
  '- DONE 读完官方文档，记在 [[Mar 12th, 2024]]', // 12
  '  SCHEDULED: <2024-03-10 Sun>', // 13
  '  :LOGBOOK:', // 14
  '  CLOCK: [2024-03-10 Sun 10:00]--[2024-03-10 Sun 10:30] =>  00:30:00', // 15
  '  :END:', // 16
  '- 坑：见 {{embed ((65f0b000-0001-4abc-9000-00000000aaaa))}} {{query (todo now)}}', // 17
  '- ```yaml', // 18
  '  note:: not a property', // 19
  '  ```', // 20
  '',
].join('\n');

const JOURNAL = [
  '- 排查 [[k8s/探针]] 和 [[Probe]] #排障', // 1
  '\t- 原因见 ((65f0b000-0001-4abc-9000-00000000aaaa))，还有 ((65f0e000-dead-4abc-9000-00000000ffff))', // 2
  '',
].join('\n');

describe('Logseq pages: properties, blocks, tasks', () => {
  it('reads page properties into the note (title, aliases, tags) and shows no id::/collapsed::/LOGBOOK line', () => {
    const tree = parseMarkdown(PROBES);
    const fm = emptyFrontmatter();
    const r = readLogseq(tree, fm, 'pages/k8s___探针.md')!;
    expect(fm.title).toBe('k8s/探针');
    expect(fm.aliases).toEqual(['Probe', '存活与就绪']);
    expect(fm.tags?.map((t) => t.tag)).toEqual(['k8s', 'health-check']);
    expect(r.tags).toEqual(['待复习-知识点']);
    expect(r.blocks).toEqual([{ id: '65f0b000-0001-4abc-9000-00000000aaaa', line: 8, column: 4, text: 'livenessProbe: 存活探针，失败时 kubelet 会重启容器。' }]);
    const html = renderHtml(tree);
    expect(html).not.toMatch(/title::|alias::|tags::|collapsed|id::|LOGBOOK|CLOCK|\{\{query|TODO|DONE/);
    // Other page properties and "key:: value" blocks show as Logseq shows a property: the key, then its value.
    expect(html).toContain('<strong>type</strong>: [[学习笔记]]');
    expect(html).toContain('<strong>livenessProbe</strong>: 存活探针，失败时 kubelet 会重启容器。');
    // Task markers are the items' check boxes.
    expect(html).toMatch(/<li class="task-list-item"><input type="checkbox" disabled> 看一下/);
    expect(html).toMatch(/<li class="task-list-item"><input type="checkbox" checked disabled> 读完官方文档，记在 \[\[Mar 12th, 2024\]\]<br>\s*SCHEDULED: &#x3C;2024-03-10 Sun><\/li>/);
    // Code stays as written.
    expect(html).toContain('note:: not a property');
  });

  it('reads page properties written as the first bullet (older Logseq) and leaves no empty bullet', () => {
    const tree = parseMarkdown('- title:: 旧格式\n  tags:: a\n- 正文\n');
    const fm = emptyFrontmatter();
    readLogseq(tree, fm, 'x.md');
    expect(fm.title).toBe('旧格式');
    expect(renderHtml(tree)).toBe('<ul>\n<li>正文</li>\n</ul>');
  });

  it('shows each property of a paragraph on its own line (Dataview inline fields too)', () => {
    const tree = parseMarkdown('# ConfigMap\n\ntype:: 概念\nrelated:: [[Pod]]\n');
    readLogseq(tree, emptyFrontmatter(), 'ConfigMap.md');
    const inline = parseMarkdown('复习状态 [status:: 已复习]，难度 (difficulty:: 中)。\n');
    readLogseq(inline, emptyFrontmatter(), 'a.md');
    expect(renderHtml(inline)).toBe('<p>复习状态 <strong>status</strong>: 已复习，难度 中。</p>');
    expect(renderHtml(tree)).toMatch(/^<h1>ConfigMap<\/h1>\n<p><strong>type<\/strong>: 概念<br>\s*<strong>related<\/strong>: \[\[Pod\]\]<\/p>$/);
  });

  it('leaves notes without these shapes alone (a C++ `std::` or a `a:: b` with a space in the key is text)', () => {
    for (const md of ['用 std::vector 存。\n', 'Pause 容器:: 基础容器\n', '- TODOS 不是标记\n', '{{ .Values.name }} 不是宏\n']) {
      const tree = parseMarkdown(md);
      const before = JSON.stringify(tree);
      expect(readLogseq(tree, emptyFrontmatter(), 'a.md')).toBeUndefined();
      expect(JSON.stringify(tree)).toBe(before);
    }
  });

  it('links pages by title::, alias:: and their namespace file name, and block references to the block\'s line; a missing block is text and a warning at file:line:col', async () => {
    const dir = await contentDir({ 'pages/k8s___探针.md': PROBES, 'journals/2024_03_12.md': JOURNAL });
    const g = await loadGraph(dir, { layout: false });
    const journal = g.notes?.find((n) => n.file === 'journals/2024_03_12.md');
    expect(journal?.title).toBe('2024-03-12');
    const body = journal?.body ?? '';
    const page = g.notes?.find((n) => n.file === 'pages/k8s___探针.md');
    expect(page?.title).toBe('k8s/探针');
    const href = `@base/notes/${encodeURIComponent(page!.id)}/`;
    expect(body).toContain(`<a href="${href}">k8s/探针</a>`);
    // `[[Probe]]` (an alias) finds the page too, shown by its title as every `[[…]]` to a note is.
    expect(body.split(`<a href="${href}">k8s/探针</a>`)).toHaveLength(3);
    expect(body).toContain(`<a href="${href}#L8">livenessProbe: 存活探针，失败时 kubelet 会重启容器。</a>`);
    expect(body).toContain('((65f0e000-dead-4abc-9000-00000000ffff))');
    // A journal is found by its name in Logseq's default date format too.
    expect(page?.body).toContain(`<a href="@base/notes/${encodeURIComponent(journal!.id)}/">2024-03-12</a>`);
    // The block's place on its page carries that anchor.
    expect(page?.body).toMatch(/<li id="L8">/);
    // The embed on the page itself links within the page.
    expect(page?.body).toContain('<a href="#L8">livenessProbe: 存活探针');
    const d = diag(g, 'dangling-reference');
    expect(d.map((x) => `${x.file}:${x.line}:${x.column}`).sort()).toEqual(['journals/2024_03_12.md:2:52', 'pages/k8s___探针.md:11:12', 'pages/k8s___探针.md:4:7']);
    expect(d.find((x) => x.file.startsWith('journals'))!.message).toContain('65f0e000-dead');
    expect(g.diagnostics.filter((x) => x.code === 'dangling-anchor')).toHaveLength(0);
    // `#[[a b]]` is a tag, not a wiki link to nothing.
    expect(page?.tags).toContain('待复习-知识点');
  });

  it('gives the miner a `- key:: value` bullet as the definition it reads', async () => {
    const dir = await contentDir({
      'pages/探针.md': PROBES,
      'journals/2024_03_12.md': '- 今天排查 OOM\n\t- CrashLoopBackOff:: 容器反复启动失败，kubelet 以指数退避的间隔重启它的状态。\n',
      'pages/RBAC.md': '- 主体\n\t- ServiceAccount:: Pod 访问 API Server 时使用的身份。\n',
    });
    const g = await loadGraph(dir, { layout: false });
    const names = g.concepts.map((c) => c.title);
    expect(names).toEqual(expect.arrayContaining(['livenessProbe', 'readinessProbe', 'CrashLoopBackOff', 'ServiceAccount']));
  });

  it('shows Logseq admonitions #+BEGIN_TIP … #+END_TIP (and QUOTE) as callouts, not as their marker lines', () => {
    const md = '- #+BEGIN_WARNING\n  liveness 探针不要检查外部依赖。\n  #+END_WARNING\n- #+BEGIN_QUOTE\n  Kubelet restarts it.\n  #+END_QUOTE\n';
    const tree = parseMarkdown(md);
    markCallouts(tree, md, isCardMarkerType);
    const html = renderHtml(tree);
    expect(html).not.toContain('#+');
    expect(html).toMatch(/<div class="callout callout-warning">[\s\S]*<p>liveness 探针不要检查外部依赖。<\/p>/);
    expect(html).toContain('<div class="callout callout-quote">');
  });

  it('shows no raw HTML of a block in a reference to it (the block\'s page drops it too), and escapes the rest', async () => {
    const dir = await contentDir({
      'pages/a.md': 'title:: <img src=x onerror=alert(1)> 探针\n\n- note:: <script>alert(3)</script> 正文 &lt;b&gt;\n  id:: 11111111-2222-4333-8444-555555555555\n',
      'pages/b.md': '- 引 ((11111111-2222-4333-8444-555555555555))\n',
    });
    const g = await loadGraph(dir, { layout: false });
    expect(g.notes?.find((n) => n.file === 'pages/a.md')?.title).toBe('探针');
    const body = g.notes?.find((n) => n.file === 'pages/b.md')?.body ?? '';
    // As on the block's own page: the tags dropped, the text between them kept (docs: raw HTML), all of it escaped.
    expect(body).toContain('#L3">note: alert(3) 正文 &#x3C;b></a>');
    expect(body).not.toMatch(/<script|<img/);
  });

  it('escapes what the properties hold', () => {
    const tree = parseMarkdown('- note:: <img src=x onerror=alert(1)> & **b**\n');
    readLogseq(tree, emptyFrontmatter(), 'a.md');
    const html = renderHtml(tree);
    expect(html).not.toMatch(/<img|onerror/);
    expect(html).toContain('<strong>note</strong>: ');
  });
});
