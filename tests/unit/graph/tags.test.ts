/**
 * Tags (graph/tags.ts, frontmatter.ts, parse-file.ts, the link stage): read from frontmatter
 * (a list or a string), headings and the running text; validated with their place; never names.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { toString } from 'mdast-util-to-string';
import { loadGraph } from '../../../src/graph/index.ts';
import { parseMarkdown, renderHtml } from '../../../src/graph/markdown.ts';
import { isTag, linkInlineTags, markInlineTags, parentTag, tagKey, tagProblem, tagUrlPath, uniqueTags } from '../../../src/graph/tags.ts';
import { splitFrontmatter } from '../../../src/graph/frontmatter.ts';
import { DiagnosticSink, findingMessage } from '../../../src/graph/diagnostics.ts';
import { parseNote } from '../../../src/graph/parse-file.ts';
import { cleanup, concept, contentDir, diag, MINIMAL_MAP } from './helpers.ts';

afterAll(cleanup);

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

function fmTags(yaml: string): { tags: string[]; warnings: string[] } {
  const sink = new DiagnosticSink();
  const split = splitFrontmatter(`---\n${yaml}\n---\n正文\n`, 'n.md', sink);
  return { tags: (split.frontmatter.tags ?? []).map((t) => t.tag), warnings: sink.items.map((d) => `${d.code}@${d.line}:${d.column}`) };
}

describe('tag names', () => {
  it('follows Obsidian: letters of any script, digits, _ - and / between parts, not digits only', () => {
    for (const t of ['k8s', 'pod/probe', '探针', 'y1984', 'a_b-c', '探针/就绪']) expect(isTag(t), t).toBe(true);
    for (const t of ['1984', '', 'a b', 'a//b', '/a', 'a/', '<b>', 'a.b']) expect(isTag(t), t).toBe(false);
    // The problem is a text of finding-texts.json (the warning's `{problem}`, in the reader's language).
    const problem = (t: string) => findingMessage(tagProblem(t)!);
    expect(problem('1984')).toMatch(/not a digit/);
    expect(problem('a b')).toMatch(/white space/);
    expect(problem('a//b')).toMatch(/between two parts/);
    expect(problem('<b>x</b>')).toMatch(/only letters/);
    expect(findingMessage(tagProblem('<b>x</b>')!, {}, 'zh-CN')).toMatch(/只能包含字母/);
    expect(tagProblem('k8s')).toBeUndefined();
  });

  it('knows a tag by its lower-case key, its parent, and a URL path safe for any script', () => {
    expect(tagKey('Pod/Probe')).toBe('pod/probe');
    expect(parentTag('pod/probe/http')).toBe('pod/probe');
    expect(parentTag('pod')).toBeUndefined();
    expect(tagUrlPath('Pod/Probe')).toBe('tags/pod/probe/');
    expect(tagUrlPath('探针/就绪')).toBe(`tags/${encodeURIComponent('探针')}/${encodeURIComponent('就绪')}/`);
    expect(uniqueTags(['K8s', 'pod', 'k8s', 'POD', 'x'])).toEqual(['K8s', 'pod', 'x']);
  });
});

describe('frontmatter tags', () => {
  it('reads a list, a string with commas or spaces, `#` or not, and Quartz\'s `tag`', () => {
    expect(fmTags('tags: [k8s, "#pod/probe", 探针]').tags).toEqual(['k8s', 'pod/probe', '探针']);
    expect(fmTags('tags:\n  - k8s\n  - pod/probe').tags).toEqual(['k8s', 'pod/probe']);
    expect(fmTags('tags: k8s, pod/probe').tags).toEqual(['k8s', 'pod/probe']);
    expect(fmTags('tags: k8s pod').tags).toEqual(['k8s', 'pod']);
    expect(fmTags('tag: 网络').tags).toEqual(['网络']);
    expect(fmTags('tags:').tags).toEqual([]);
    expect(fmTags('tags: [k8s]').warnings).toEqual([]);
  });

  it('warns at the bad tag (file:line:col) and keeps the good ones; the note stays valid', () => {
    const r = fmTags('id: x\ntags: [ok, "<b>x</b>", 1984, {a: 1}]');
    expect(r.tags).toEqual(['ok']);
    expect(r.warnings).toEqual(['tag-invalid@3:12', 'tag-invalid@3:24', 'tag-invalid@3:30']);
    expect(fmTags('tags: ok, 2024').warnings).toEqual(['tag-invalid@2:11']);
    expect(fmTags('tags: {a: b}').warnings).toEqual(['tag-invalid@2:7']);
    const sink = new DiagnosticSink();
    expect(splitFrontmatter('---\nid: x\ntags: [a b]\n---\n', 'c.md', sink).valid).toBe(true);
  });
});

describe('tags in the running text', () => {
  it('finds tags after white space or at a line\'s start, never in code, links, URLs or after another inline node', () => {
    const tree = parseMarkdown('#k8s 开头，中间 #探针/就绪 和 #1984；`#code`、C#、a#b、[链 #x](https://e.io/#frag)、https://e.io/#y、**粗**#no\n\n- 列表里 #pod\n\n> 引用 #quote\n\n```\n#fence\n```\n');
    expect(markInlineTags(tree)).toEqual(['k8s', '探针/就绪', 'pod', 'quote']);
  });

  it('takes each tag out of its text: the miner reads no tag, the link stage makes it a link', () => {
    const md = '探针 #Pod 要配好。\n';
    const tree = parseMarkdown(md);
    markInlineTags(tree);
    expect(toString(tree)).toBe('探针  要配好。');
    const tag = (tree.children[0] as { children: { type: string; position?: { start: { column: number } } }[] }).children[1]!;
    expect(tag).toMatchObject({ type: 'obsidianTag', tag: 'Pod', position: { start: { line: 1, column: 4 }, end: { line: 1, column: 8 } } });
    // Not linked (a concept note the link stage skips): shown as written.
    expect(renderHtml(parseMarkdownMarked(md))).toBe('<p>探针 #Pod 要配好。</p>');
    linkInlineTags(tree, (t) => `@base/${tagUrlPath(t)}`);
    expect(renderHtml(tree)).toBe('<p>探针 <a href="@base/tags/pod/" class="tag-link">#Pod</a> 要配好。</p>');
  });

  it('parseNote collects frontmatter, heading and body tags once each, and forwards only tag warnings of a free-form note', () => {
    const md = '---\ntags: [k8s, "a b"]\ndate: 2024-01-01\n---\n# 标题 #K8s #pod\n\n正文 #探针 和 #pod。\n';
    const p = parseNote({ file: 'notes/n.md', role: 'note' }, bytes(md));
    expect(p.tags).toEqual(['k8s', 'pod', '探针']);
    expect(p.diagnostics.map((d) => `${d.code}@${d.line}:${d.column}`)).toEqual(['tag-invalid@2:13']);
    expect(toString(p.tree.children[0]!)).toBe('标题');
  });
});

function parseMarkdownMarked(md: string) {
  const tree = parseMarkdown(md);
  markInlineTags(tree);
  return tree;
}

describe('tags in the graph', () => {
  it('puts tags on notes and concept notes, links body tags, and never makes a concept or a name of one', async () => {
    const dir = await contentDir({
      'map.md': MINIMAL_MAP,
      'concepts/pod.md': '---\nid: pod\ntitle: Pod\ntags: [k8s, 工作负载]\n---\n\nPod 是最小的调度单位。 #核心\n',
      'notes/探针.md': '---\ntags: 网络\n---\n# 探针 #k8s\n\n**就绪探针：**决定 Pod 能不能接流量。 #Pod #存活探针\n',
    });
    const g = await loadGraph(dir, { layout: false });
    expect(concept(g, 'pod').tags).toEqual(['k8s', '工作负载', '核心']);
    expect(concept(g, 'pod').body).toContain('<a href="@base/tags/%E6%A0%B8%E5%BF%83/" class="tag-link">#核心</a>');
    const note = g.notes![0]!;
    expect(note.tags).toEqual(['网络', 'k8s', 'Pod', '存活探针']);
    expect(note.body).toContain('<a href="@base/tags/pod/" class="tag-link">#Pod</a>');
    expect(diag(g, 'frontmatter-unknown-key')).toEqual([]);
    // A tag is no name: no concept is called after one, and no alias holds `#`.
    const names = g.concepts.flatMap((c) => [c.title, ...c.aliases]);
    expect(names).not.toContain('存活探针');
    expect(names.join(' ')).not.toContain('#');
    // The tag `#Pod` is no mention of the concept Pod.
    const untagged = await loadGraph(await contentDir({
      'map.md': MINIMAL_MAP,
      'concepts/pod.md': '---\nid: pod\ntitle: Pod\n---\n\nPod 是最小的调度单位。\n',
      'notes/探针.md': '# 探针\n\n**就绪探针：**决定能不能接流量。 #Pod\n',
    }), { layout: false });
    expect(untagged.notes![0]!.mentions).toEqual([]);
  });
});
