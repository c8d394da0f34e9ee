/**
 * A free-form note as a page (issue 13): inline links to the concepts it names (first mention
 * per section, never in code or headings), anchors of its passages, unique and readable slugs.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import { parseMarkdown } from '../../../src/graph/markdown.ts';
import { cloneTree, cloneTreeKeepingPositions, linkConceptMentions, renderNoteBody, type MentionLinkOptions } from '../../../src/graph/note-body.ts';
import { linkInlineTags, markInlineTags } from '../../../src/graph/tags.ts';
import { noteId } from '../../../src/graph/mining.ts';
import { loadGraph } from '../../../src/graph/index.ts';
import { cleanup, contentDir } from './helpers.ts';
import { buildBacklinkIndex } from '../../../src/views/backlinks.ts';
import { anchorBefore, placeOnPage } from '../../../src/views/note-page.ts';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const CORPUS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../corpus/miner');

afterAll(cleanup);

const NAMES: Record<string, string> = {
  pod: 'pod',
  deployment: 'deployment',
  'linux namespace': 'linux-namespaces',
  namespace: 'namespace',
  hostpid: 'host-pid',
  持久卷: 'persistent-volume',
};
const links: MentionLinkOptions = {
  lookup: (name) => NAMES[name.toLowerCase()],
  href: (id) => `@base/concepts/${id}/`,
  targetOf: (href) => /^@base\/concepts\/([^/#]+)/.exec(href)?.[1],
};

/** The concept ids of the links in rendered HTML, in order. */
function linked(html: string): string[] {
  return [...html.matchAll(/<a href="@base\/concepts\/([^/]+)\/" class="concept-link">/g)].map((m) => m[1]!);
}

function render(md: string): string {
  return renderNoteBody(parseMarkdown(md), [], links).html;
}

describe('linkConceptMentions', () => {
  it('links the first mention of each concept in each section, and again in the next section', () => {
    const html = render('Pod and Deployment. Pod again, Deployment again.\n\n## Next\n\nA Pod here.\n\nPod once more.\n');
    expect(linked(html)).toEqual(['pod', 'deployment', 'pod']);
    expect(html).toContain('Pod again, Deployment again.');
  });

  it('never links inside headings, code blocks or existing links; an existing link counts as the mention', () => {
    const html = render('## Pod basics\n\n```sh\nkubectl get pod # Pod\n```\n\nSee [the Pod page](@base/concepts/pod/), then Pod and Deployment.\n');
    expect(html).toContain('<h2 id="pod-basics">Pod basics</h2>');
    expect(html).toContain('kubectl get pod # Pod');
    // The written link stays as it is; the later "Pod" is not linked again.
    expect(linked(html)).toEqual(['deployment']);
    expect(html).toContain('then Pod and');
  });

  it('links a whole inline code span or bold phrase naming a concept, never part of one', () => {
    const html = render('Set `hostPID: true` in **持久卷**, and `kubectl get pod`.\n');
    expect(html).toContain('<a href="@base/concepts/host-pid/" class="concept-link"><code>hostPID: true</code></a>');
    expect(html).toContain('<a href="@base/concepts/persistent-volume/" class="concept-link"><strong>持久卷</strong></a>');
    expect(html).toContain('<code>kubectl get pod</code>');
    expect(linked(html)).toEqual(['host-pid', 'persistent-volume']);
  });

  it('never nests links: a bold phrase holding a link keeps just that link', () => {
    const html = render('**See [the page](https://example.com/) about Pod**\n');
    expect(html).toContain('<strong>See <a href="https://example.com/">the page</a> about <a href="@base/concepts/pod/" class="concept-link">Pod</a></strong>');
    expect(html.match(/<a /g)).toHaveLength(2);
  });

  it('prefers the longer name (Linux Namespace, not also Namespace)', () => {
    const html = render('A Linux Namespace is not a Kubernetes namespace.\n');
    expect(linked(html)).toEqual(['linux-namespaces', 'namespace']);
    expect(html).toContain('>Linux Namespace</a>');
  });

  it('counts the links it adds and leaves unknown words alone', () => {
    const tree: Root = parseMarkdown('Nothing known here, nor in 中文。\n');
    expect(linkConceptMentions(tree, links)).toBe(0);
  });
});

describe('cloneTree', () => {
  it('copies every bundled note tree as structuredClone does, sharing nothing with the original', () => {
    const root = fileURLToPath(new URL('../../../content', import.meta.url));
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md'));
    expect(files.length).toBeGreaterThan(50);
    for (const f of files) {
      const tree = parseMarkdown(readFileSync(path.join(root, f), 'utf8'));
      const copy = cloneTree(tree);
      expect(copy).toStrictEqual(structuredClone(tree));
      expect(copy).not.toBe(tree);
      expect(copy.children[0]).not.toBe(tree.children[0]);
      expect(copy.position).not.toBe(tree.position);
    }
    const odd = { a: [1, 'x', null, { b: true }], d: new Date(0), m: new Map([[1, 2]]) };
    const c = cloneTree(odd);
    expect(c).toStrictEqual(structuredClone(odd));
    expect(c.a[3]).not.toBe(odd.a[3]);
  });

  it('can keep the positions: every node copied, every position the original object', () => {
    const tree = parseMarkdown('# T\n\n- a **b**\n- c\n\n```yaml\nkind: Pod\n```\n');
    const copy = cloneTreeKeepingPositions(tree);
    expect(copy).toStrictEqual(structuredClone(tree));
    const pairs: [unknown, unknown][] = [];
    const walk = (a: Root['children'][number] | Root, b: Root['children'][number] | Root) => {
      pairs.push([a, b]);
      if ('children' in a) a.children.forEach((c, i) => walk(c, (b as Root).children[i]!));
    };
    walk(tree, copy);
    expect(pairs.length).toBeGreaterThan(8);
    for (const [a, b] of pairs) {
      expect(b).not.toBe(a);
      expect((b as Root).position).toBe((a as Root).position);
    }
  });
});

describe('renderNoteBody', () => {
  const md = [
    '# Chapter title',
    '',
    'Intro with Pod.',
    '',
    '## Pod 的字段',
    '',
    '**hostPID：**共享宿主机的进程名字空间。',
    '',
    '- **Deployment**：管理 Pod',
    '',
    '```yaml',
    'kind: Pod',
    '```',
  ].join('\n');

  it('drops the leading title, keeps heading ids and anchors each passage on its first block', () => {
    const tree = parseMarkdown(md);
    const before = JSON.stringify(tree);
    const heading = tree.children[2]!;
    const para = tree.children[3]!;
    const list = tree.children[4]! as { children: { children: unknown[] }[] };
    const item = list.children[0]!.children[0] as Root['children'][number];
    const code = tree.children[5]!;
    const refs = [{ first: heading }, { first: para }, { first: item }, { first: code }];
    const out = renderNoteBody(tree, refs, links);
    // The original tree (which the excerpts render from) is untouched.
    expect(JSON.stringify(tree)).toBe(before);
    expect(out.html).not.toContain('Chapter title');
    expect(out.headings.map((h) => h.id)).toEqual(['chapter-title', 'pod-的字段']);
    expect(out.anchors.get(refs[0]!)).toBe('pod-的字段');
    expect(out.anchors.get(refs[1]!)).toBe('L7');
    // The list item's paragraph starts on line 9; in a tight list the item carries the anchor.
    expect(out.anchors.get(refs[2]!)).toBe('L9');
    // A passage starting with a YAML fence (shown as its own component) points at its section.
    expect(out.anchors.get(refs[3]!)).toBe('pod-的字段');
    expect(out.html).toContain('<p id="L7">');
    expect(out.html).toContain('<li id="L9">');
    expect(out.html).toContain('<h2 id="pod-的字段">');
  });

  it('leaves out a line of tags alone before the text (the header lists them) and the title after it, not tags in a sentence', () => {
    const render = (text: string): string => {
      const tree = parseMarkdown(text);
      markInlineTags(tree);
      linkInlineTags(tree, (t) => `@base/tags/${t}/`);
      return renderNoteBody(tree, [], links).html;
    };
    const lead = render('#k8s #网络\n\n# NetworkPolicy 笔记\n\n正文 #todo\n');
    expect(lead).not.toContain('NetworkPolicy 笔记');
    expect(lead).not.toContain('#k8s');
    // A tag inside running text stays where it is written.
    expect(lead).toContain('正文 <a href="@base/tags/todo/" class="tag-link">#todo</a>');
    // Two lines of tags, then the title.
    expect(render('#a\n\n#b #c\n\n# T\n\ntext\n')).toBe('<p>text</p>');
    // A line that holds words as well as tags is text; so the title after it is a heading of the text.
    const mixed = render('标签： #k8s\n\n# T\n\ntext\n');
    expect(mixed).toContain('#k8s');
    expect(mixed).toContain('<h1');
    // Tags later in the note, alone on their line, are shown.
    expect(render('# T\n\ntext\n\n#k8s #pod\n')).toContain('class="tag-link">#pod</a>');
  });

  it('gives two blocks starting on one line different anchors', () => {
    const tree = parseMarkdown('> **Pod**：a quote\n');
    const quote = tree.children[0]! as { children: Root['children'] };
    const refs = [{ first: quote as Root['children'][number] }, { first: quote.children[0]! }];
    const out = renderNoteBody(tree, refs, links);
    expect(out.anchors.get(refs[0]!)).toBe('L1');
    expect(out.anchors.get(refs[1]!)).toBe('L1-3');
    expect(out.html).toContain('<blockquote id="L1">');
    expect(out.html).toContain('<p id="L1-3">');
  });

  it('finds a passage that starts inside a paragraph or a table cell, and one in a footnote', () => {
    const tree = parseMarkdown('## 标题\n\n前文 **Pod** 后文[^1]\n\n| a | b |\n| - | - |\n| `x` | y |\n\n[^1]: 脚注\n\n    > 引用\n');
    const strong = (tree.children[1] as { children: Root['children'] }).children[1]!;
    const table = tree.children[2] as unknown as { children: { children: { children: Root['children'] }[] }[] };
    const code = table.children[1]!.children[0]!.children[0]!;
    const note = tree.children[3] as { children: Root['children'] };
    const refs = [{ first: strong }, { first: code }, { first: note.children[1]! }];
    const out = renderNoteBody(tree, refs, links);
    expect(refs.map((r) => out.anchors.get(r))).toEqual(['L3', 'L7', 'L11']);
    expect(out.html).toContain('<strong id="L3">');
    expect(out.html).toContain('<code id="L7">');
  });
});

describe('anchors on the blocks that mention a concept (backlinks link to them)', () => {
  const md = [
    '# 标题', //                              1
    '',
    '**Pod：**最小单元。', //                  3: a passage starts here
    '',
    '平时多半通过 Deployment 生成。', //        5: a mention
    '',
    '- 第一项 Deployment', //                  7: a mention in a tight list's item
    '- 第二项',
    '',
    '| 字段 | 说明 |', //                      10
    '| - | - |',
    '| a | 和 Pod 有关 |', //                  12: a mention in a table row
    '',
    '> 引用里的 Deployment', //                14: a mention in a quote
    '',
    '一段写了两行，',
    '第二行提到 Pod。', //                      17: a mention on a paragraph's second line
    '',
    '## Pod 的字段', //                        19: a mention in a heading
    '',
    '没有提到任何东西。', //                    21
  ].join('\n');
  const at = (line: number, column: number) => ({ line, column });

  it('gives each paragraph, list item and table row holding a mention L<its first line>, keeps a passage\'s anchor and marks nothing else', () => {
    const tree = parseMarkdown(md);
    const refs = [{ first: tree.children[1]! }];
    const out = renderNoteBody(tree, refs, links, [at(3, 3), at(5, 7), at(7, 7), at(12, 9), at(14, 8), at(17, 6), at(19, 4)]);
    expect(out.anchors.get(refs[0]!)).toBe('L3');
    const ids = [...out.html.matchAll(/<(\w+) id="([^"]+)"/g)].map((m) => `${m[1]}#${m[2]}`);
    // the row's cell holding the mention too (`| a | 和 Pod 有关 |`: the second cell starts at column 5)
    expect(ids).toEqual(['p#L3', 'p#L5', 'li#L7', 'tr#L12', 'td#L12-c5', 'p#L14', 'p#L16', 'h2#pod-的字段']);
    // The same note without mentions: only the passage's anchor.
    expect([...renderNoteBody(parseMarkdown(md), [{ first: parseMarkdown(md).children[1]! }], links).html.matchAll(/ id="L/g)]).toHaveLength(1);
  });

  it('a backlink\'s place links to the block that mentions it and is labelled with that block\'s line, in notes with and without front matter', async () => {
    // A reader's note (tmp-qa41/b): the excerpt of Pod starts on line 7; the sentence on line 9
    // names Deployment, which another note defines. Its backlink was labelled `:9` and linked to #L7.
    const pod = '# 容器组学习笔记\n\n这是我自己看文档时随手记的。\n\n## 初识Pod\n\n**Pod：**Kubernetes 里能创建和调度的最小单元。\n\n平时很少直接写 Pod，多半是通过 Deployment 之类的控制器间接生成。\n\n## 控制器\n\n- 列表里提到 **滚动更新**\n- 另一项\n';
    const deploy = '# 滚动更新\n\n## 发布\n\n**Deployment：**管理一组无状态 Pod 副本的控制器。\n\n**滚动更新：**新版本的 Pod 一批一批起来。\n';
    const fm = (text: string) => `---\ntitle: x\ntags: [a]\n---\n\n${text}`;
    const dir = await contentDir({ 'notes/pod.md': pod, 'notes/pod-fm.md': fm(pod), 'notes/deploy.md': deploy });
    const g = await loadGraph(dir, { layout: false });
    const idx = buildBacklinkIndex(g, '/');
    // (pod.md and pod-fm.md are copies of one note: a sentence both hold is one place, the other's after "also in", linked the same way)
    const places = [...idx.concepts.values()]
      .flat()
      .flatMap((b) => b.places.flatMap((p) => [{ file: b.file, note: b.note!, line: p.line }, ...(p.alsoIn ?? []).map((c) => ({ file: c.file, note: c.note!, line: c.line }))]))
      .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
    expect(places.map((p) => `${p.file}:${p.line}`)).toEqual(['notes/deploy.md:5', 'notes/pod-fm.md:14', 'notes/pod-fm.md:18', 'notes/pod.md:9', 'notes/pod.md:13']);
    for (const p of places) {
      const place = `${p.file}:${p.line}`;
      expect(anchorBefore(p.note.body, p.line, p.note.headings), place).toBe(`L${p.line}`);
      expect(placeOnPage(p.note.body, p.line, p.note.headings), place).toEqual({ anchor: `L${p.line}`, line: p.line });
      expect(p.note.body, place).toContain(`id="L${p.line}"`);
    }
  });

  it('a place in a wide table\'s row links to the cell holding it (issue 13: on a phone the row\'s first column showed, the cited one was off-screen)', async () => {
    const table = [
      '# 字段速查',
      '',
      '| 字段 | 类型 | 默认值 | 作用范围 | 说明 | 相关概念 |',
      '| --- | --- | --- | --- | --- | --- |',
      '| hostNetwork | boolean | false | Pod 级别 | 使用宿主机的网络命名空间 | 和 Service 的关系：不需要 Service 也能访问 |',
      '| dnsPolicy | string | ClusterFirst | Pod 级别 | 集群里 Service 的名字靠它解析 | 见 DNS |',
      '',
    ].join('\n');
    const service = '# 服务\n\n**Service：**给一组 Pod 一个稳定的访问入口，按标签选择后端。\n';
    const g = await loadGraph(await contentDir({ 'notes/table.md': table, 'notes/service.md': service }), { layout: false });
    const svc = g.concepts.find((c) => c.title === 'Service')!;
    const b = buildBacklinkIndex(g, '/').concepts.get(svc.id)!.find((x) => x.file === 'notes/table.md')!;
    const shown = b.places.map((p) => ({ at: `${p.line}:${p.column}`, place: placeOnPage(b.note!.body, p.line, b.note!.headings, p.unit === 'row' ? p.column : undefined) }));
    // the place (the note's first naming of Service) is in the last column of line 5: its cell
    const cell = table.split('\n')[4]!.lastIndexOf('| 和 Service') + 1;
    expect(shown.map((s) => s.place)).toEqual([{ anchor: `L5-c${cell}`, line: 5 }]);
    expect(b.note!.body).toContain(`<td id="L5-c${cell}">和 `);
    // the row keeps its own anchor (links by line alone still land on it)
    expect(b.note!.body).toContain('<tr id="L5">');
    expect(placeOnPage(b.note!.body, 5, b.note!.headings)).toEqual({ anchor: 'L5', line: 5 });
  });

  it('every backlink place of the miner corpora links to an element of its note page that starts on the line its label names', async () => {
    let checked = 0;
    const misplaced: string[] = [];
    for (const set of ['dev', 'dev2', 'dev50', 'dev55']) {
      const files: Record<string, string> = {};
      for (const f of readdirSync(path.join(CORPUS, set))) if (f.endsWith('.md')) files[`notes/${f}`] = readFileSync(path.join(CORPUS, set, f), 'utf8');
      const g = await loadGraph(await contentDir(files), { layout: false });
      const idx = buildBacklinkIndex(g, '/');
      for (const list of [...idx.concepts.values(), ...idx.notes.values()]) {
        for (const b of list) {
          for (const p of b.places) {
            const place = placeOnPage(b.note!.body, p.line, b.note!.headings);
            const where = `${set} ${b.file}:${p.line}`;
            expect(place, where).toBeDefined();
            checked++;
            // The title is the page's top; any other place has an element of its own.
            if (place!.anchor === undefined) continue;
            expect(b.note!.body.includes(`id="${place!.anchor}"`), where).toBe(true);
            // Only a paragraph written over several lines starts above the mention.
            if (place!.line !== p.line) misplaced.push(`${where} → ${place!.anchor}`);
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(150);
    // (lead42: dev55's `**缺点：**` / `**总节：**` lines under `**优点：**`, one paragraph written without blank lines, are
    // paragraphs of their own now, label-lines.ts: their places start on their own lines)
    expect(misplaced).toEqual(['dev50 notes/04-graceful-shutdown 零停机发布.md:144 → L143']);
  });
});

describe('note ids (page URLs)', () => {
  it('are readable slugs of the path that keep Chinese letters, full-width punctuation and spaces become -', () => {
    expect(noteId('notes/调度/亲和性与污点.md', new Set())).toBe('调度-亲和性与污点');
    expect(noteId('notes/Pod 进阶：字段与生命周期.md', new Set())).toBe('pod-进阶-字段与生命周期');
    expect(noteId('notes/第2章 Pod（草稿）.md', new Set())).toBe('第2章-pod-草稿');
    expect(noteId('notes/！！！.md', new Set())).toBe('note');
  });

  it('stay unique: a clash is published under a hashed slug and reported with both files', async () => {
    const dir = await contentDir({
      'notes/调度 笔记.md': '# 调度\n\n正文。\n',
      'notes/调度：笔记.md': '# 调度二\n\n正文。\n',
      'notes/Pod.md': '# Pod\n\n正文。\n',
      'notes/pod.MD.md': '# pod\n\n正文。\n',
    });
    const g = await loadGraph(dir, { layout: false });
    const ids = g.notes!.map((n) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('调度-笔记');
    const clash = g.diagnostics.filter((d) => d.code === 'note-slug-clash');
    expect(clash).toHaveLength(1);
    expect(clash[0]!.file).toBe('notes/调度：笔记.md');
    expect(clash[0]!.message).toContain('notes/调度 笔记.md');
    expect(clash[0]!.hint).toMatch(/Rename/);
    // Deterministic: the same folder gives the same ids.
    const again = await loadGraph(dir, { layout: false });
    expect(again.notes!.map((n) => n.id)).toEqual(ids);
  });

  it('the excerpts of a note carry anchors that exist on its page', async () => {
    const dir = await contentDir({
      'map.md': '- Root {#root}\n  - Pod {#pod kind=object}\n',
      'notes/第一章 Pod.md': '# 第一章 Pod\n\n## 基础\n\n**Pod：**最小的调度单位。\n\n## hostAliases\n\n`hostAliases` 往 /etc/hosts 里加条目。\n',
    });
    const g = await loadGraph(dir, { layout: false });
    const note = g.notes![0]!;
    const excerpts = g.concepts.flatMap((c) => c.excerpts).filter((e) => e.source.file === note.file);
    expect(excerpts.length).toBeGreaterThan(0);
    for (const e of excerpts) {
      expect(e.anchor, `${e.source.line}`).toBeTruthy();
      expect(note.body).toContain(`id="${e.anchor}"`);
    }
  });

  it('an excerpt\'s source label names the line its anchor marks, in notes with and without front matter', async () => {
    // A reader's note: the heading names both concepts, so the miner finds them at the heading
    // (line 3); the excerpt shows the blocks under it, the first on line 5, which the anchor marks.
    const pvc = '# 存储卷声明\n\n## PVC 和 StorageClass\n\n**PersistentVolumeClaim：**用户对存储的申请。\n\n**StorageClass：**描述一类存储的“模板”。\n';
    const rbac = '# 权限控制\n\n## RBAC\n\n**Role：**某个命名空间里的一组权限规则。\n\n**RoleBinding：**把 Role 授予某个用户。\n';
    const fm = (md: string) => `---\ntitle: x\ntags: [a]\n---\n\n${md}`;
    const dir = await contentDir({ 'notes/pvc.md': pvc, 'notes/pvc-fm.md': fm(pvc), 'notes/rbac.md': rbac, 'notes/rbac-fm.md': fm(rbac) });
    const g = await loadGraph(dir, { layout: false });
    const places = g.concepts.flatMap((c) => c.excerpts.flatMap((e) => [{ ...e.source, anchor: e.anchor }, ...(e.alsoIn ?? [])].map((p) => ({ id: c.id, ...p }))));
    const at = (id: string, file: string) => places.find((p) => p.id === id && p.file === file);
    expect(at('storage-class', 'notes/pvc.md')).toMatchObject({ line: 5, anchor: 'L5' });
    expect(at('storage-class', 'notes/pvc-fm.md')).toMatchObject({ line: 10, anchor: 'L10' });
    expect(at('role', 'notes/rbac.md')).toMatchObject({ line: 5, anchor: 'L5' });
    expect(at('role', 'notes/rbac-fm.md')).toMatchObject({ line: 10, anchor: 'L10' });
    expect(places.length).toBeGreaterThanOrEqual(8);
    for (const p of places) expect(p.anchor, `${p.id} ${p.file}:${p.line}`).toMatch(new RegExp(`^L${p.line}(-\\d+)?$`));
  });

  it('every excerpt of the miner corpora (drafts and copies included) links to an element that exists on its note page', async () => {
    const files: Record<string, string> = {};
    for (const set of ['dev', 'dev2']) {
      const dir = path.join(CORPUS, set);
      for (const f of readdirSync(dir)) if (f.endsWith('.md')) files[`notes/${set}/${f}`] = readFileSync(path.join(dir, f), 'utf8');
    }
    const g = await loadGraph(await contentDir(files), { layout: false });
    const bodies = new Map(g.notes!.map((n) => [n.file, n.body]));
    let checked = 0;
    const misnamed: string[] = [];
    for (const c of g.concepts) {
      for (const e of c.excerpts) {
        const body = bodies.get(e.source.file);
        if (body === undefined) continue;
        expect(e.anchor, `${c.id} ${e.source.file}:${e.source.line}`).toBeTruthy();
        expect(body.includes(`id="${e.anchor}"`), `${e.anchor} in ${e.source.file}`).toBe(true);
        for (const a of e.alsoIn ?? []) if (bodies.has(a.file)) expect(bodies.get(a.file)!.includes(`id="${a.anchor}"`), `${a.file} ${a.anchor}`).toBe(true);
        // The label names the line the anchor marks (a passage's own `L<line>`), or a section's
        // heading when the passage starts with a YAML example (it has no element of its own).
        const line = /^L(\d+)(?:-\d+)?$/.exec(e.anchor!)?.[1];
        if (line !== undefined) expect(Number(line), `${c.id} ${e.source.file}:${e.source.line} → #${e.anchor}`).toBe(e.source.line);
        else misnamed.push(`${c.id} ${e.source.file}:${e.source.line} → #${e.anchor}`);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
    expect(misnamed).toEqual([]);
  });
});
