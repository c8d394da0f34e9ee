/**
 * qa53: Hexo / Hugo shortcodes, HackMD's containers, embeds, attribution and tags line, Bear's
 * `::highlight::` (src/graph/blog-shortcodes.ts). Every test here failed on the base (698c92c):
 * the shapes were shown as text with their braces, and a code block's YAML was read as prose.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/graph/index.ts';
import { parseMarkdown } from '../../../src/graph/markdown.ts';
import { rewriteBlogShortcodes, shortcodeArgs } from '../../../src/graph/blog-shortcodes.ts';
import { cleanup, contentDir, diag } from './helpers.ts';

afterAll(cleanup);

const HEXO = [
  '---', // 1
  'title: HPA 水平自动扩缩容', // 2
  'tags: [k8s]', // 3
  '---', // 4
  '', // 5
  '**HPA** 根据指标自动调整副本数。', // 6
  '', // 7
  '<!-- more -->', // 8
  '', // 9
  '{% note info %}', // 10
  'HPA 依赖 **metrics-server**。', // 11
  '{% endnote %}', // 12
  '', // 13
  '{% note warning 注意 %}', // 14
  'Pod 必须设置 `resources.requests`。', // 15
  '{% endnote %}', // 16
  '', // 17
  '{% codeblock hpa.yaml lang:yaml %}', // 18
  'apiVersion: autoscaling/v2', // 19
  'kind: HorizontalPodAutoscaler', // 20
  'metadata:', // 21
  '  name: web', // 22
  'spec:', // 23
  '  minReplicas: 2', // 24
  '  maxReplicas: 10', // 25
  '  scaleTargetRef:', // 26
  '    apiVersion: apps/v1', // 27
  '    kind: Deployment', // 28
  '    name: web', // 29
  '{% endcodeblock %}', // 30
  '', // 31
  '{% raw %}', // 32
  '{{ .Values.image }}', // 33
  '{% endraw %}', // 34
  '', // 35
  '参见 {% post_link sched 调度笔记 %}，视频 {% youtube w7Ft2ymGmfc %}。', // 36
  '', // 37
  '{% asset_img hpa.png HPA 示意图 %}', // 38
  '', // 39
  '```text', // 40
  '{% note info %}', // 41
  '{% endnote %}', // 42
  '```', // 43
  '',
].join('\n');

const HUGO = [
  '---',
  'title: "调度：污点与容忍"',
  'categories: ["Kubernetes"]',
  '---',
  '',
  '{{< notice warning "效果" >}}',
  '`NoSchedule` 与 `NoExecute`。',
  '{{< /notice >}}',
  '',
  '{{% notice tip %}}',
  '**容忍（Toleration）**：写在 Pod 上。',
  '{{% /notice %}}',
  '',
  '{{< highlight yaml "linenos=table,hl_lines=3" >}}',
  'tolerations:',
  '- key: "dedicated"',
  '  operator: "Equal"',
  '  value: "gpu"',
  '  effect: "NoSchedule"',
  '{{< /highlight >}}',
  '',
  '{{< figure src="taint.png" title="污点示意" >}}',
  '',
  '参见 {{< ref "hpa.md" >}} 和 [排错]({{< relref "trouble.md" >}})。',
  '',
].join('\n');

const HACKMD = [
  '# Service 与 Ingress', // 1
  '###### tags: `k8s` `network`', // 2
  '', // 3
  ':::info', // 4
  '**Service**：为一组 Pod 提供稳定入口。', // 5
  ':::', // 6
  '', // 7
  '> Ingress 需要 Ingress Controller 才生效', // 8
  '> [name=小王] [time=Mon, Mar 20, 2023 9:59 PM] [color=#907bf7]', // 9
  '', // 10
  '{%youtube 7bA0gTroJjw %}', // 11
  '', // 12
  ':::spoiler 点开看示例', // 13
  '```yaml=', // 14
  'apiVersion: v1', // 15
  'kind: Service', // 16
  'metadata:', // 17
  '  name: web', // 18
  'spec:', // 19
  '  ports:', // 20
  '  - port: 80', // 21
  '```', // 22
  ':::', // 23
  '',
].join('\n');

const BEAR = [
  '# Deployment 滚动更新',
  '#k8s/workload#',
  '',
  '::maxSurge::：更新时最多多出几个 Pod。',
  '',
  '`std::vector::iterator` 与 std::vector 和 status:: 进行中 都不是高亮。',
  '',
].join('\n');

describe('blog block shortcodes are rewritten in place, positions kept', () => {
  it('every line keeps its number and is never longer; code is left as written', () => {
    const out = rewriteBlogShortcodes(HEXO, parseMarkdown(HEXO))!;
    const a = HEXO.split('\n');
    const b = out.split('\n');
    expect(b).toHaveLength(a.length);
    b.forEach((l, i) => expect(l.length).toBe(a[i]!.length));
    expect(b[9]!.trimEnd()).toBe(':::info');
    expect(b[11]!.trimEnd()).toBe(':::');
    expect(b[13]!.trimEnd()).toBe(':::warning 注意');
    expect(b[17]!.trimEnd()).toBe('```yaml');
    expect(b[29]!.trimEnd()).toBe('```');
    expect(b[31]!.trim()).toBe('');
    expect(b[40]).toBe('{% note info %}');
    expect(b[41]).toBe('{% endnote %}');
  });

  it("a shortcode's arguments: named, quoted and bare", () => {
    expect(shortcodeArgs('warning "效果" title=\'T\' linenos=table')).toEqual({
      named: { title: 'T', linenos: 'table' },
      positional: ['warning', '效果'],
    });
  });

  it("Bear's ::highlight:: is ==highlight==; std::vector, `code` and a Logseq property are not", () => {
    const out = rewriteBlogShortcodes(BEAR, parseMarkdown(BEAR))!;
    const b = out.split('\n');
    expect(b[3]).toBe('==maxSurge==：更新时最多多出几个 Pod。');
    expect(b[5]).toBe(BEAR.split('\n')[5]);
  });

  it("HackMD's [name=…] [time=…] [color=…] are rewritten, never a link's text", () => {
    const text = '> 引文\n> [name=小王] [time=Mon] [color=red]\n\n见 [color=red](https://example.com/c) 与 [name=x][r]。\n\n[r]: https://example.com\n';
    const b = rewriteBlogShortcodes(text, parseMarkdown(text))!.split('\n');
    expect(b[1]!.trimEnd()).toBe('> — 小王 · Mon');
    expect(b[3]).toBe('见 [color=red](https://example.com/c) 与 [name=x][r]。');
  });
});

describe('on the page', () => {
  it("Hexo's note, codeblock, raw, post_link, youtube and asset_img show what they mean", async () => {
    const dir = await contentDir({ 'blog/hpa.md': HEXO, 'blog/sched.md': '# 调度\n\n调度器。\n', 'blog/hpa/hpa.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47]) });
    const g = await loadGraph(dir, { layout: false });
    const note = g.notes?.find((n) => n.file === 'blog/hpa.md')!;
    const sched = g.notes?.find((n) => n.file === 'blog/sched.md')!;
    const body = note.body;
    expect(body).toMatch(/<div class="callout callout-info"[\s\S]*依赖 <strong>/);
    expect(body).toMatch(/<div class="callout callout-warning"[\s\S]*注意[\s\S]*必须设置/);
    // the code block is an example checked as YAML, not prose
    expect(g.examples?.some((e) => e.source.file === 'blog/hpa.md' && e.kinds.includes('HorizontalPodAutoscaler'))).toBe(true);
    expect(body).toContain(`<a href="@base/notes/${encodeURI(sched.id)}/">调度笔记</a>`);
    expect(body).toContain('<a href="https://www.youtube.com/watch?v=w7Ft2ymGmfc"');
    expect(body).toMatch(/<img[^>]*alt="HPA 示意图"/);
    expect(body).toContain('{{ .Values.image }}');
    const prose = body.replace(/<pre[\s\S]*?<\/pre>/g, '');
    expect(prose).not.toMatch(/\{%|%\}|endnote|endcodeblock/);
    expect(diag(g, 'missing-image')).toEqual([]);
    expect(diag(g, 'dangling-reference')).toEqual([]);
  });

  it("Hugo's notice and highlight, figure and ref show what they mean", async () => {
    const dir = await contentDir({ 'post/sched.md': HUGO, 'post/hpa.md': '# HPA 笔记\n\n扩缩容。\n', 'post/trouble.md': '# 排错\n\n看日志。\n', 'post/taint.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47]) });
    const g = await loadGraph(dir, { layout: false });
    const note = g.notes?.find((n) => n.file === 'post/sched.md')!;
    const hpa = g.notes?.find((n) => n.file === 'post/hpa.md')!;
    const trouble = g.notes?.find((n) => n.file === 'post/trouble.md')!;
    const body = note.body;
    expect(body).toMatch(/<div class="callout callout-warning"[\s\S]*效果/);
    expect(body).toMatch(/<div class="callout callout-tip"[\s\S]*<strong>/);
    expect(body).toMatch(/<img[^>]*alt="污点示意"/);
    expect(body).toContain(`<a href="@base/notes/${encodeURI(hpa.id)}/">HPA 笔记</a>`);
    expect(body).toContain(`<a href="@base/notes/${encodeURI(trouble.id)}/">排错</a>`);
    expect(body.replace(/<pre[\s\S]*?<\/pre>/g, '')).not.toMatch(/\{\{|\}\}/);
    expect(body).toMatch(/<pre[\s\S]*tolerations/);
  });

  it("HackMD's tags line tags the note; its attribution, embed, spoiler and yaml= fence are read", async () => {
    const dir = await contentDir({ 'hackmd/svc.md': HACKMD });
    const g = await loadGraph(dir, { layout: false });
    const note = g.notes?.find((n) => n.file === 'hackmd/svc.md')!;
    expect(note.tags).toEqual(['k8s', 'network']);
    const body = note.body;
    expect(body).not.toMatch(/tags:|<h6/);
    expect(body).toMatch(/— 小王 · Mon, Mar 20, 2023 9:59 PM/);
    expect(body).not.toMatch(/\[color=|\[name=|\{%/);
    expect(body).toContain('<a href="https://www.youtube.com/watch?v=7bA0gTroJjw"');
    // the spoiler is folded (closed), its fence an example checked as YAML
    expect(body).toMatch(/<details class="callout callout-note"(?![^>]* open)[^>]*>\s*<summary[^>]*>[\s\S]*点开看示例/);
    expect(g.examples?.some((e) => e.source.file === 'hackmd/svc.md' && e.kinds.includes('Service'))).toBe(true);
  });
});

describe("yarle's (Evernote) metadata lines", () => {
  it('are shown as the page metadata, a line each, its tags read', async () => {
    const note = [
      '# Pod 基础',
      '',
      'Pod 是最小的调度单元。',
      '',
      '---',
      '',
      'Created at: 2023-03-14T09:21:05+08:00',
      'Last updated at: 2023-03-20T22:10:44+08:00',
      'Source URL: https://kubernetes.io/zh-cn/docs/concepts/workloads/pods/',
      'Tags: #k8s #印象笔记',
      '',
    ].join('\n');
    const dir = await contentDir({ 'evernote/Pod 基础.md': note });
    const g = await loadGraph(dir, { layout: false });
    const n = g.notes?.find((x) => x.file === 'evernote/Pod 基础.md')!;
    expect(n.tags).toEqual(['k8s', '印象笔记']);
    expect(n.body).toMatch(/<p class="note-properties"[^>]*>Created at: 2023-03-14T09:21:05\+08:00<br>\nLast updated at: [^<]*<br>\nSource URL: /);
  });
});

describe('a root-relative image (/images/a.png), as blog posts write it', () => {
  it("is the content folder's file when it has it, else a warning at its file:line:col (it was an image the site 404s on)", async () => {
    const note = '# 亲和性\n\n![有](/images/a.png)\n\n说明 ![没有](/images/b.png)\n';
    const dir = await contentDir({ 'blog/aff.md': note, 'images/a.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47]) });
    const g = await loadGraph(dir, { layout: false });
    const body = g.notes?.find((x) => x.file === 'blog/aff.md')!.body;
    expect(body).toMatch(/<img[^>]*src="@base\/[^"]*images\/a\.png"/);
    expect(body).not.toContain('/images/b.png');
    const d = diag(g, 'missing-image');
    expect(d.map((x) => [x.file, x.line, x.column])).toEqual([['blog/aff.md', 5, 4]]);
    expect(d[0]!.message).toContain('images/b.png');
    expect(d[0]!.hint).toContain('static/');
  });
});

describe("an HTML block's paragraphs (Evernote's / 有道云's `<div>` lines)", () => {
  it('each stand at their own line: definitions, source links and anchors point at it', async () => {
    const note = [
      '# 探针', // 1
      '', // 2
      '<div><b>livenessProbe（存活探针）</b>：失败就重启容器。</div>', // 3
      '<div><b>readinessProbe（就绪探针）</b>：失败就摘掉流量。</div>', // 4
      '<div><br/></div>', // 5
      '<div><b>startupProbe（启动探针）</b>：慢启动应用用它。</div>', // 6
      '',
    ].join('\n');
    const dir = await contentDir({ 'evernote/探针.md': note });
    const g = await loadGraph(dir, { layout: false });
    const body = g.notes?.find((x) => x.file === 'evernote/探针.md')!.body;
    expect(body).toMatch(/<p id="L3">[\s\S]*livenessProbe/);
    expect(body).toMatch(/<p id="L4">[\s\S]*readinessProbe/);
    expect(body).toMatch(/<p id="L6">[\s\S]*startupProbe/);
    const src = (t: string) => g.concepts.find((c) => c.title === t)?.source;
    expect([src('readinessProbe')?.line, src('startupProbe')?.line]).toEqual([4, 6]);
  });
});
