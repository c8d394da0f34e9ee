/**
 * qa52: Notion's `<aside>` callouts and 飞书 (Lark docs)' `<callout>`, `<quote-container>`,
 * `<grid>`/`<column>` and `<mention-doc>` (feishu-cli / lark-cli exports), src/graph/export-tags.ts.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/graph/index.ts';
import { parseMarkdown } from '../../../src/graph/markdown.ts';
import { rewriteExportTags } from '../../../src/graph/export-tags.ts';
import { tagsIn, withoutTags } from '../../../src/graph/tags.ts';
import { noteId } from '../../../src/graph/mining.ts';
import { withoutNotionIds } from '../../../src/graph/files.ts';
import { noteLabels } from '../../../src/views/note-page.ts';
import { cleanup, contentDir, diag } from './helpers.ts';

afterAll(cleanup);

const POD = [
  '# Pod 基础', // 1
  '', // 2
  '<aside>', // 3
  '⚠️ 裸 Pod 删了不会重建，请用 [DaemonSet](DaemonSet%20c0ffee00112233445566778899aabbcc.md) 或 **Deployment**。', // 4
  '', // 5
  '</aside>', // 6
  '', // 7
  '```html', // 8
  '<aside>', // 9
  '</aside>', // 10
  '```', // 11
  '',
].join('\n');

const DS = '# DaemonSet\n\n每个节点一个 Pod。\n';

const LARK = [
  '# 资源配额', // 1
  '', // 2
  '<callout emoji="warning" background-color="light-red">', // 3
  'LimitRange 只对**新创建**的 Pod 生效。', // 4
  '</callout>', // 5
  '', // 6
  '<quote-container>', // 7
  '整理自团队分享。', // 8
  '</quote-container>', // 9
  '', // 10
  '<grid cols="2">', // 11
  '<column>', // 12
  '**计算资源**：`requests.cpu`', // 13
  '</column>', // 14
  '<column>', // 15
  '**对象数量**：`pods`', // 16
  '</column>', // 17
  '</grid>', // 18
  '', // 19
  '相关：<mention-doc token="doxcnAbC123" type="docx">Pod 基础</mention-doc>，还有 <mention-doc token="doxcnZZZ" type="docx">没导出的文档</mention-doc>。', // 20
  '',
].join('\n');

describe('export block tags are rewritten in place, positions kept', () => {
  it('every line keeps its number and length; code and unpaired tags are left as written', () => {
    const out = rewriteExportTags(POD, parseMarkdown(POD))!;
    expect(out).toBeDefined();
    const a = POD.split('\n');
    const b = out.split('\n');
    expect(b.map((l) => l.length)).toEqual(a.map((l) => l.length));
    expect(b[2]).toBe(':::note');
    expect(b[5]!.trimEnd()).toBe(':::');
    expect(b[8]).toBe('<aside>'); // in a fence
    expect(b[9]).toBe('</aside>');
    const lone = 'a\n\n<aside>\n\n正文\n';
    expect(rewriteExportTags(lone, parseMarkdown(lone))).toBeUndefined();
    expect(rewriteExportTags('no tags here', parseMarkdown('no tags here'))).toBeUndefined();
  });

  it('a 飞书 mention of a document becomes a wiki link as wide as it', () => {
    const out = rewriteExportTags(LARK, parseMarkdown(LARK))!.split('\n');
    expect(out[19]!.length).toBe(LARK.split('\n')[19]!.length);
    expect(out[19]).toMatch(/^相关：\[\[Pod 基础 +\]\]，还有 \[\[没导出的文档 +\]\]。$/);
    for (const n of [11, 12, 14, 15, 17, 18]) expect(out[n - 1]!.trim()).toBe('');
  });
});

describe('on the page', () => {
  it("Notion's <aside> is a callout whose Markdown is read: its link to another exported page resolves", async () => {
    const dir = await contentDir({
      'K8s 8a1b2c3d4e5f60718293a4b5c6d7e8f9/Pod 基础 3f2a9c1e8b7d4e6f9a0b1c2d3e4f5ac1.md': POD,
      'K8s 8a1b2c3d4e5f60718293a4b5c6d7e8f9/DaemonSet c0ffee00112233445566778899aabbcc.md': DS,
    });
    const g = await loadGraph(dir, { layout: false });
    const body = g.notes?.find((n) => n.title === 'Pod 基础')?.body ?? '';
    const ds = g.notes?.find((n) => n.title === 'DaemonSet')!;
    expect(body).toMatch(/<div class="callout callout-note"/);
    expect(body).toContain(`<a href="@base/notes/${encodeURI(ds.id)}/">DaemonSet</a>`);
    expect(body).toContain('<strong>Deployment</strong>');
    const callout = body.slice(0, body.indexOf('<pre'));
    expect(callout).not.toMatch(/%20c0ffee|\]\(|&#x3C;aside|:::/);
    // the fenced example keeps its tags as code
    expect(body).toMatch(/<code[^>]*>&#x3C;aside>\n&#x3C;\/aside>\n<\/code>/);
    expect(diag(g, 'dangling-reference')).toEqual([]);
  });

  it("飞书's callout, quote and columns are read as Markdown; <mention-doc> links to the note it names, or warns", async () => {
    const dir = await contentDir({
      'feishu/资源配额.md': LARK,
      'notion/Pod 基础 3f2a9c1e8b7d4e6f9a0b1c2d3e4f5ac1.md': '# Pod 基础\n\n最小的调度单位。\n',
    });
    const g = await loadGraph(dir, { layout: false });
    const body = g.notes?.find((n) => n.file === 'feishu/资源配额.md')?.body ?? '';
    const pod = g.notes?.find((n) => n.title === 'Pod 基础')!;
    expect(body).toMatch(/<div class="callout callout-note"[\s\S]*只对<strong>新创建<\/strong>的/);
    expect(body).toMatch(/<div class="callout callout-quote"[\s\S]*整理自团队分享。/);
    // each column's Markdown is its own paragraph (the miner may link the bold words: not checked here)
    expect(body).toMatch(/<p id="L13">.*<strong>计算资源<\/strong>.*：<code>requests\.cpu<\/code><\/p>/);
    expect(body).toMatch(/<p id="L16">.*<strong>对象数量<\/strong>.*：<code>pods<\/code><\/p>/);
    expect(body).toContain(`<a href="@base/notes/${encodeURI(pod.id)}/">Pod 基础</a>`);
    expect(body).not.toMatch(/\*\*|mention-doc|callout emoji|&#x3C;/);
    const d = diag(g, 'dangling-reference');
    // at the mention's own place: line 20, the column where `<mention-doc` of the second one starts
    const col = LARK.split('\n')[19]!.indexOf('<mention-doc token="doxcnZZZ"') + 1;
    expect(d.map((x) => [x.file, x.line, x.column])).toEqual([['feishu/资源配额.md', 20, col]]);
    expect(d[0]!.message).toContain('没导出的文档');
  });
});

describe("a Notion page's property block on its page", () => {
  it('shows each property on a line of its own, set apart, with no concept link in it', async () => {
    const dir = await contentDir({
      'Pod 基础 3f2a9c1e8b7d4e6f9a0b1c2d3e4f5ac1.md': [
        '# Pod 基础', '', 'Tags: k8s, pod', 'Created: 2024年3月12日 21:04', 'Status: 已完成', '',
        'Pod 是最小的调度单位。', '',
        '```yaml', 'apiVersion: v1', 'kind: Pod', 'metadata:', '  name: nginx', 'spec:', '  containers:', '  - name: nginx', '    image: nginx:1.25', '```', '',
      ].join('\n'),
    });
    const g = await loadGraph(dir, { layout: false });
    const note = g.notes!.find((n) => n.title === 'Pod 基础')!;
    expect(note.body).toMatch(/<p class="note-properties"[^>]*>Tags: k8s, pod<br>\nCreated: 2024年3月12日 21:04<br>\nStatus: 已完成<\/p>/);
    // the prose after it still links the concept
    expect(note.body).toMatch(/<p[^>]*><a href="@base\/concepts\/pod\/" class="concept-link">Pod<\/a> 是最小的调度单位。<\/p>/);
    expect(note.tags).toEqual(expect.arrayContaining(['k8s', 'pod']));
  });
});

describe("Notion's page ids where the site names folders and tells notes apart", () => {
  it('withoutNotionIds drops the 32-hex id of each part of a path', () => {
    expect(withoutNotionIds('K8s 学习笔记 8a1b2c3d4e5f60718293a4b5c6d7e8f9/Untitled deadbeefdeadbeefdeadbeefdeadbeef.md'))
      .toBe('K8s 学习笔记/Untitled.md');
    expect(withoutNotionIds('notes/网络/Service.md')).toBe('notes/网络/Service.md');
    expect(withoutNotionIds('deadbeefdeadbeefdeadbeefdeadbeef.md')).toBe('deadbeefdeadbeefdeadbeefdeadbeef.md');
  });

  it('two Untitled pages are told apart by their folders, not by their ids', () => {
    const labels = noteLabels([
      { id: 'a', title: 'Untitled', file: 'K8s 8a1b2c3d4e5f60718293a4b5c6d7e8f9/Untitled deadbeefdeadbeefdeadbeefdeadbeef.md' },
      { id: 'b', title: 'Untitled', file: 'K8s 8a1b2c3d4e5f60718293a4b5c6d7e8f9/学习进度 0f1e2d3c4b5a69788796a5b4c3d2e1f0/Untitled 5b5b5b5b5b5b5b5b5b5b5b5b5b5b5b5b.md' },
    ]);
    expect(labels.get('a')).toBe('Untitled · K8s/Untitled');
    expect(labels.get('b')).toBe('Untitled · K8s/学习进度/Untitled');
  });
});

describe('思源笔记 closed tags right after a Chinese character or full-width punctuation', () => {
  it('are tags (SiYuan reads them so); C# and a#b# after Latin letters stay text', () => {
    expect(tagsIn('需要 CNI 插件支持。#k8s/网络#')).toEqual(['k8s/网络']);
    expect(tagsIn('见网络隔离#安全#，下同')).toEqual(['安全']);
    expect(tagsIn('C#与Java、a#b#、版本#1#')).toEqual([]);
    expect(tagsIn('未闭合。#k8s 的写法')).toEqual([]);
    expect(withoutTags('插件支持。#k8s/网络#')).toBe('插件支持。');
  });

  it('on the page: a tag link, and the note is tagged', async () => {
    const dir = await contentDir({ 'NetworkPolicy.md': '# NetworkPolicy\n\n需要 CNI 插件支持（Flannel 不支持）。#k8s/网络#\n{: id="20240320211001-np1para"}\n' });
    const g = await loadGraph(dir, { layout: false });
    const note = g.notes![0]!;
    expect(note.tags).toContain('k8s/网络');
    expect(note.body).toMatch(/不支持）。<a href="@base\/tags\/k8s\/%E7%BD%91%E7%BB%9C\/" class="tag-link">#k8s\/网络<\/a><\/p>/);
    expect(note.body).not.toContain('网络#');
  });
});

describe('飞书 <lark-table>', () => {
  it('is a table whose cells are read as Markdown, not one run-on paragraph', async () => {
    const md = [
      '# Service', '',
      '<lark-table rows="3" cols="2" header-row="true">',
      '  <lark-tr>', '    <lark-td>类型</lark-td>', '    <lark-td>说明</lark-td>', '  </lark-tr>',
      '  <lark-tr>', '    <lark-td>**ClusterIP**</lark-td>', '    <lark-td>默认，只在集群内</lark-td>', '  </lark-tr>',
      '  <lark-tr>', '    <lark-td>`NodePort`</lark-td>', '    <lark-td><script>alert(1)</script>节点端口 <img src=x onerror=alert(2)></lark-td>', '  </lark-tr>',
      '</lark-table>', '',
    ].join('\n');
    const g = await loadGraph(await contentDir({ 'svc.md': md }), { layout: false });
    const body = g.notes![0]!.body;
    expect(body).toMatch(/<table[^>]*>\s*<thead>\s*<tr[^>]*>\s*<th>类型<\/th>\s*<th>说明<\/th>/);
    expect(body).toMatch(/<td>(?:<a [^>]*>)?<strong>ClusterIP<\/strong>(?:<\/a>)?<\/td>\s*<td>默认，只在集群内<\/td>/);
    expect(body).toMatch(/<td>(?:<a [^>]*>)?<code>NodePort<\/code>(?:<\/a>)?<\/td>\s*<td>节点端口<\/td>/);
    expect(body).not.toMatch(/<script|alert|onerror|<img|lark-/);
  });
});

describe("Notion's page ids in note URLs", () => {
  it('are left out of the slug; a second page of one name keeps its ids, with no clash warning', async () => {
    expect(noteId('notes/K8s 学习笔记 8a1b2c3d4e5f60718293a4b5c6d7e8f9/Pod 基础 3f2a9c1e8b7d4e6f9a0b1c2d3e4f5ac1.md', new Set()))
      .toBe('k8s-学习笔记-pod-基础');
    expect(noteId('notes/调度/亲和性.md', new Set())).toBe('调度-亲和性');
    const dir = await contentDir({
      'K8s 8a1b2c3d4e5f60718293a4b5c6d7e8f9/Untitled deadbeefdeadbeefdeadbeefdeadbeef.md': '# Untitled\n\n一\n',
      'K8s 8a1b2c3d4e5f60718293a4b5c6d7e8f9/Untitled 5b5b5b5b5b5b5b5b5b5b5b5b5b5b5b5b.md': '# Untitled\n\n二\n',
      'K8s 8a1b2c3d4e5f60718293a4b5c6d7e8f9/学习进度 0f1e2d3c4b5a69788796a5b4c3d2e1f0/Untitled 1234567890abcdef1234567890abcdef.md': '# Untitled\n\n三\n',
    });
    const g = await loadGraph(dir, { layout: false });
    expect(g.notes!.map((n) => n.id).sort()).toEqual([
      'k8s-untitled', 'k8s-untitled-deadbeefdeadbeefdeadbeefdeadbeef', 'k8s-学习进度-untitled',
    ].sort());
    expect(diag(g, 'note-slug-clash')).toEqual([]);
  });
});
