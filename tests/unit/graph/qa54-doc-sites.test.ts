/**
 * qa54: notes kept in documentation-site tools — MkDocs (Material), Docusaurus, VuePress / VitePress,
 * GitBook, mdBook (src/graph/blog-shortcodes.ts, callouts.ts). Every test here failed on the base
 * (8b8ded3): the shapes were shown as text (`!!! note "…"`, `{% hint %}`), a tab's YAML was indented
 * code (unchecked), a tab label was no heading, includes vanished into text with no warning.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/graph/index.ts';
import { parseMarkdown } from '../../../src/graph/markdown.ts';
import { includeDirectives, rewriteBlogShortcodes, rewriteIndentedBlocks } from '../../../src/graph/blog-shortcodes.ts';
import { cleanup, contentDir, diag } from './helpers.ts';

afterAll(cleanup);

const MKDOCS = [
  '# 健康检查', // 1
  '', // 2
  '!!! note "先说结论"', // 3
  '    livenessProbe 决定重启。', // 4
  '', // 5
  '!!! warning', // 6
  '    不要检查外部依赖。', // 7
  '', // 8
  '??? tip "折叠的小技巧"', // 9
  '    **initialDelaySeconds**：第一次探测前等待的秒数。', // 10
  '', // 11
  '???+ question "为什么"', // 12
  '    因为慢启动。', // 13
  '', // 14
  '=== "httpGet"', // 15
  '', // 16
  '    ```yaml', // 17
  '    apiVersion: v1', // 18
  '    kind: Pod', // 19
  '    metadata:', // 20
  '      name: probe', // 21
  '    spec:', // 22
  '      containers:', // 23
  '        - name: app', // 24
  '          image: nginx', // 25
  '          livenessProbe:', // 26
  '            periodSecond: 5', // 27
  '    ```', // 28
  '', // 29
  '=== "exec"', // 30
  '', // 31
  '    用 `exec` 执行命令。', // 32
  '', // 33
  '价格 !!! 便宜 !!!，`!!! note` 在代码里。', // 34
  '', // 35
  '```text', // 36
  '!!! note "代码块里"', // 37
  '    不变', // 38
  '```', // 39
  '', // 40
  '访问模式 { #access-modes }', // 41
  '--------', // 42
  '', // 43
  'PVC 是申请。', // 44
  '{ .annotate }', // 45
  '', // 46
  '*[PVC]: PersistentVolumeClaim', // 47
  '*[PV]: PersistentVolume', // 48
].join('\n');

const DOCUSAURUS = [
  '---',
  'sidebar_position: 3',
  '---',
  '',
  "import Tabs from '@theme/Tabs';",
  "import TabItem from '@theme/TabItem';",
  '',
  '# Service',
  '',
  ':::tip 记住',
  'Service 通过 label selector 找到 Pod。',
  ':::',
  '',
  '<Tabs>',
  '  <TabItem value="np" label="NodePort" default>',
  '',
  '```yaml',
  'apiVersion: v1',
  'kind: Service',
  'metadata:',
  '  name: web',
  'spec:',
  '  type: NodePort',
  '  ports:',
  '    - port: 80',
  '      targtPort: 8080',
  '```',
  '',
  '  </TabItem>',
  '</Tabs>',
  '',
  ':::note',
  '```bash',
  'echo ":::tip 不要改我"',
  "import x from 'y'",
  '```',
  ':::',
  '',
  '<script>alert(1)</script>',
  '<img src=x onerror="alert(2)">',
  '',
].join('\n');

const GITBOOK = [
  '# RBAC',
  '',
  '{% hint style="warning" %}',
  '**不要**给 default 绑定 cluster-admin。',
  '{% endhint %}',
  '',
  '{% tabs %}',
  '{% tab title="Role" %}',
  '```yaml',
  'apiVersion: rbac.authorization.k8s.io/v1',
  'kind: Role',
  'metadata:',
  '  name: r',
  'rules:',
  '  - apiGroups: [""]',
  '    resources: ["pods"]',
  '    verbs: ["get"]',
  '    extra: 1',
  '```',
  '{% endtab %}',
  '{% endtabs %}',
  '',
  '{% code title="check.sh" %}',
  '```bash',
  'kubectl auth can-i list pods',
  '```',
  '{% endcode %}',
  '',
  '{% content-ref url="sa.md" %}',
  '[sa.md](sa.md)',
  '{% endcontent-ref %}',
  '',
  '{% embed url="https://kubernetes.io/docs/reference/access-authn-authz/rbac/" %}',
  'RBAC 文档',
  '{% endembed %}',
  '',
  '{% embed url="javascript:alert(1)" %}',
  '',
].join('\n');

const VITEPRESS = [
  '# ConfigMap', // 1
  '', // 2
  '::: code-group', // 3
  '', // 4
  '```yaml [cm.yaml]', // 5
  'apiVersion: v1', // 6
  'kind: ConfigMap', // 7
  'metadata:', // 8
  '  name: demo', // 9
  'data:', // 10
  '  key: value', // 11
  '```', // 12
  '', // 13
  ':::', // 14
  '', // 15
  '::: info <img src=x onerror=alert(3)>标题', // 16
  '内容', // 17
  ':::', // 18
  '', // 19
  '<<< @/snippets/pod.yaml{4-6}', // 20
  '', // 21
].join('\n');

const MDBOOK = [
  '# Pod 基础', // 1
  '', // 2
  '```yaml', // 3
  '{{#include ../yaml/pod.yaml:1:4}}', // 4
  '```', // 5
  '', // 6
  '  --8<-- "../../etc/passwd"', // 7
  '', // 8
  '行内 `{{#include file.rs}}` 不算。', // 9
  '', // 10
  '{{#title Pod 基础 - 笔记}}', // 11
  '', // 12
].join('\n');

describe("MkDocs' indented blocks become containers, lines kept", () => {
  it('admonitions, collapsibles and tabs: the opening line a container, the body out-dented, a blank line the close', () => {
    const out = rewriteIndentedBlocks(MKDOCS)!;
    const a = MKDOCS.split('\n');
    const b = out.split('\n');
    expect(b).toHaveLength(a.length);
    // the note is as long as it was: positions after each block stay file positions
    expect(out.length).toBe(MKDOCS.length);
    expect(b[2]!.trimEnd()).toBe(':::note 先说结论');
    expect(b[3]).toBe('livenessProbe 决定重启。');
    expect(b[4]!.trim()).toBe(':::');
    expect(b[5]!.trimEnd()).toBe(':::warning');
    expect(b[8]!.trimEnd()).toBe(':::tip- 折叠的小技巧');
    // `question` is the self-check card marker: an admonition is written `help` (styled as a question)
    expect(b[11]!.trimEnd()).toBe(':::help+ 为什么');
    expect(b[14]!.trimEnd()).toBe(':::tab httpGet');
    expect(b[16]).toBe('```yaml');
    expect(b[20]).toBe('  name: probe');
    expect(b[22]).toBe('  containers:');
    expect(b[28]!.trim()).toBe(':::');
    expect(b[29]!.trimEnd()).toBe(':::tab exec');
    // look-alikes: `!!!` inside a line, in a code span, in a fence
    for (const i of [33, 36, 37]) expect(b[i]).toBe(a[i]);
  });

  it('a block with no blank line after it, or with no body, is left as written', () => {
    expect(rewriteIndentedBlocks('!!! note\n    正文\n下一段\n')).toBeUndefined();
    expect(rewriteIndentedBlocks('!!! note "无正文"\n\n下一段\n')).toBeUndefined();
    expect(rewriteIndentedBlocks('上一段\n!!! note\n    正文\n')).toBeUndefined();
    expect(rewriteIndentedBlocks('==高亮== 与 === 不是标签\n')).toBeUndefined();
  });

  it('a block at the end of the note is closed on a line of its own', () => {
    expect(rewriteIndentedBlocks('!!! tip\n    正文')).toBe(':::tip\t\n正文\n:::');
  });

  it('a block inside a tab is read when a blank line ends it', () => {
    const out = rewriteIndentedBlocks('=== "A"\n\n    !!! note\n        正文\n\n    后文\n\n下一段\n')!;
    expect(out.split('\n').map((l) => l.trimEnd())).toEqual([':::tab A', '', ':::note', '正文', ':::', '后文', ':::', '下一段', '']);
  });
});

describe('the other tools: block lines rewritten in place, never longer', () => {
  it("GitBook's hint, tabs, code wrapper, content-ref and embed; Docusaurus's Tabs and imports; VitePress's code-group", () => {
    for (const text of [GITBOOK, DOCUSAURUS, VITEPRESS]) {
      const out = rewriteBlogShortcodes(text, parseMarkdown(text))!;
      const a = text.split('\n');
      const b = out.split('\n');
      expect(b).toHaveLength(a.length);
      b.forEach((l, i) => expect(l.length).toBeLessThanOrEqual(a[i]!.length));
    }
    const g = rewriteBlogShortcodes(GITBOOK, parseMarkdown(GITBOOK))!.split('\n').map((l) => l.trimEnd());
    expect(g[2]).toBe(':::warning');
    expect(g[4]).toBe(':::');
    expect([g[6], g[20]]).toEqual(['', '']);
    expect(g[7]).toBe(':::tab Role');
    expect(g[19]).toBe(':::');
    // `{% code %}` around a fence: the tags dropped, the fence kept
    expect([g[22], g[23], g[25], g[26]]).toEqual(['', '```bash', '```', '']);
    expect([g[28], g[30]]).toEqual(['', '']);
    expect(g[32]).toBe('<https://kubernetes.io/docs/reference/access-authn-authz/rbac/>');
    expect(g[34]).toBe('');
    // no link to anything but http(s)
    expect(g[36]).toBe('{% embed url="javascript:alert(1)" %}');
    const d = rewriteBlogShortcodes(DOCUSAURUS, parseMarkdown(DOCUSAURUS))!.split('\n').map((l) => l.trimEnd());
    expect([d[4], d[5], d[13], d[29]]).toEqual(['', '', '', '']);
    expect(d[14]).toBe('  :::tab NodePort');
    expect(d[28]).toBe('  :::');
    // in code: left as written
    expect(d[33]).toBe('echo ":::tip 不要改我"');
    expect(d[34]).toBe("import x from 'y'");
    const v = rewriteBlogShortcodes(VITEPRESS, parseMarkdown(VITEPRESS))!.split('\n').map((l) => l.trimEnd());
    expect([v[2], v[13]]).toEqual(['', '']);
    expect(v[17]).toBe(':::');
  });

  it('attribute lists go; braces in text, Helm templates and code stay', () => {
    const text = '# 标题 { #id .cls }\n\n段落 { .annotate }\n\n值 {a=1} 与 {{ .Values.image }} 与 `x { .y }`\n\nfoo{ .bar }\n\n> [!question] 问题？ {#card-id}\n';
    const b = rewriteBlogShortcodes(text, parseMarkdown(text))!.split('\n').map((l) => l.trimEnd());
    expect(b[0]).toBe('# 标题');
    // the site's own explicit id (a card's, a map item's)
    expect(b[8]).toBe('> [!question] 问题？ {#card-id}');
    expect(b[2]).toBe('段落');
    expect(b[4]).toBe('值 {a=1} 与 {{ .Values.image }} 与 `x { .y }`');
    expect(b[6]).toBe('foo{ .bar }');
  });

  it('includes: each directive line with its tool and whether it stays in the content folder', () => {
    const inc = includeDirectives(MDBOOK, parseMarkdown(MDBOOK), 'book/src/pod.md');
    expect(inc).toEqual([
      { line: 4, column: 1, tool: 'mdBook', path: '../yaml/pod.yaml', target: 'book/yaml/pod.yaml' },
      { line: 7, column: 3, tool: 'MkDocs', path: '../../etc/passwd', target: undefined },
    ]);
    const v = includeDirectives(VITEPRESS, parseMarkdown(VITEPRESS), 'vp/cm.md');
    expect(v).toEqual([{ line: 20, column: 1, tool: 'VitePress', path: '@/snippets/pod.yaml', target: 'snippets/pod.yaml' }]);
    // `<<<` in code is no include
    const code = '```\n<<< @/a.yaml\n```\n';
    expect(includeDirectives(code, parseMarkdown(code), 'a.md')).toEqual([]);
  });
});

describe('on the page', () => {
  it('MkDocs: callouts (folded, open), tabs with their YAML checked, labels no concepts, attr lists and abbreviations', async () => {
    const dir = await contentDir({ 'mkdocs/probe.md': MKDOCS });
    const g = await loadGraph(dir, { layout: false });
    const body = g.notes!.find((n) => n.file === 'mkdocs/probe.md')!.body;
    expect(body).toMatch(/<div class="callout callout-note"[\s\S]*先说结论[\s\S]*livenessProbe/);
    expect(body).toMatch(/<div class="callout callout-warning"/);
    expect(body).toMatch(/<details class="callout callout-tip">\s*<summary class="callout-title">[\s\S]*折叠的小技巧/);
    expect(body).toMatch(/<details class="callout callout-question" open>/);
    expect(body).toMatch(/<div class="callout callout-example callout-tab">\s*<div class="callout-title">httpGet/);
    const prose = body.replace(/<pre[\s\S]*?<\/pre>/g, '').replace(/<code>[\s\S]*?<\/code>/g, '');
    expect(prose).not.toMatch(/!!! note "|\?\?\? |=== "|\{ #access|\.annotate|:::/);
    expect(prose).toContain('价格 !!! 便宜 !!!');
    // the tab's YAML is an example, checked (line 27 of the file)
    const unknown = diag(g, 'yaml-unknown-field');
    expect(unknown.map((d) => [d.line, d.message.includes('periodSecond')])).toEqual([[27, true]]);
    // the tab labels and the heading id are no concepts, no tags
    expect(g.concepts.map((c) => c.title)).not.toContain('httpGet');
    expect(g.notes!.find((n) => n.file === 'mkdocs/probe.md')!.tags ?? []).not.toContain('access-modes');
    // abbreviations: a line each
    expect(body).toMatch(/<p class="note-properties">\*\[PVC\]: [\s\S]*<br>\s*\*\[PV\]/);
  });

  it('Docusaurus, GitBook, VitePress: callouts, tabs, links; no script or handler from the note', async () => {
    const dir = await contentDir({ 'd/service.md': DOCUSAURUS, 'g/rbac.md': GITBOOK, 'g/sa.md': '# SA\n\n身份。\n', 'v/cm.md': VITEPRESS });
    const g = await loadGraph(dir, { layout: false });
    const d = g.notes!.find((n) => n.file === 'd/service.md')!.body;
    const gb = g.notes!.find((n) => n.file === 'g/rbac.md')!.body;
    const v = g.notes!.find((n) => n.file === 'v/cm.md')!.body;
    expect(d).toMatch(/callout-tab">\s*<div class="callout-title">NodePort/);
    expect(d).not.toContain('import Tabs');
    expect(gb).toMatch(/<div class="callout callout-warning"[\s\S]*<strong>不要<\/strong>/);
    expect(gb).toMatch(/callout-tab">\s*<div class="callout-title">Role/);
    expect(gb).toContain('<a href="https://kubernetes.io/docs/reference/access-authn-authz/rbac/"');
    expect(gb.replace(/<pre[\s\S]*?<\/pre>/g, '')).not.toMatch(/\{%[^]*?(hint|tab|code|content-ref|endembed)/);
    expect(v).not.toContain('code-group');
    expect(v).toContain('@/snippets/pod.yaml');
    // YAML in a tab and in a code group is checked
    expect(diag(g, 'yaml-unknown-field').map((d) => `${d.file}:${d.line}`).sort()).toEqual(['d/service.md:26', 'g/rbac.md:18']);
    expect(g.examples.some((e) => e.source.file === 'v/cm.md' && e.kinds.includes('ConfigMap'))).toBe(true);
    for (const html of [d, gb, v]) {
      expect(html).not.toMatch(/<script|<img[^>]*onerror|href="javascript:/i);
    }
    // the include names no file here (inc55: includes are read in): a warning at its line:col, shown as written
    expect(diag(g, 'include-missing').map((x) => `${x.file}:${x.line}:${x.column}`)).toEqual(['v/cm.md:20:1']);
  });

  it('mdBook: includes read in (inc55), one outside the content folder warned at line:col, {{#title}} dropped', async () => {
    const dir = await contentDir({ 'book/src/pod.md': MDBOOK, 'book/yaml/pod.yaml': 'apiVersion: v1\n' });
    const g = await loadGraph(dir, { layout: false });
    expect(diag(g, 'include-unresolved')).toEqual([]);
    const inc = diag(g, 'include-outside');
    expect(inc.map((x) => `${x.line}:${x.column}`)).toEqual(['7:3']);
    expect(inc[0]!.message).toMatch(/outside|之外/);
    const body = g.notes!.find((n) => n.file === 'book/src/pod.md')!.body;
    expect(body).not.toContain('{{#title');
    expect(body).not.toContain('{{#include ../yaml/pod.yaml:1:4}}');
    expect(body).toContain('apiVersion');
  });

  it("mdBook's fence attributes `yaml,editable` leave the language: its YAML checked", async () => {
    const text = ['# 调度', '', '```yaml,editable', 'apiVersion: v1', 'kind: Pod', 'metadata:', '  name: p', 'spec:', '  containers:',
      '    - name: a', '      image: nginx', '```', '', '```rust,ignore,noplayground', 'fn main() {}', '```', ''].join('\n');
    const g = await loadGraph(await contentDir({ 'book/s.md': text }), { layout: false });
    expect(g.examples.some((e) => e.source.file === 'book/s.md' && e.kinds.includes('Pod'))).toBe(true);
    expect(g.notes!.find((n) => n.file === 'book/s.md')!.body).toContain('class="language-rust"');
  });
});
