/** Mining the free-form chapter fixture: every trap of the issue. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/graph/index.ts';
import type { Graph } from '../../../src/graph/model.ts';
import { COURSE, NOTE_FILE, cleanup, concept, contentDir, hasEdge, MINIMAL_MAP } from './helpers.ts';

let g: Graph;
beforeAll(async () => {
  g = await loadGraph(COURSE);
});
afterAll(cleanup);

const excerptLines = (id: string) => concept(g, id).excerpts.map((e) => e.source.line);

describe('free-form note: definitions and headings', () => {
  it('attaches a bold definition with the colon inside (**HostAliases：**) to hostAliases, case-insensitively', () => {
    const [ex] = concept(g, 'host-aliases').excerpts;
    expect(ex!.source).toEqual({ file: NOTE_FILE, line: 18, column: 1 });
    expect(ex!.heading).toBe('Pod 级别的字段');
    expect(ex!.html).toContain('<strong>HostAliases：</strong>定义了 Pod 的 hosts 文件');
    // the YAML right after the definition belongs to the passage
    expect(ex!.html).toContain('hostaliases-pod');
    expect(ex!.text).toContain('HostAliases：定义了');
  });

  it('reads shareProcessNamespace=true as shareProcessNamespace', () => {
    expect(excerptLines('share-process-namespace')).toEqual([35]);
  });

  it('attaches the "## Pending 状态" heading to the Pending phase', () => {
    const [ex] = concept(g, 'pod-phase-pending').excerpts;
    expect(ex!.heading).toBe('Pending 状态');
    // the passage's first block (line 75, the note page's L75 anchor), below the heading at line 73 (site42)
    expect(ex!.source.line).toBe(75);
    expect(ex!.text).toContain('镜像还在下载');
  });

  it('finds definitions inside list items (**Running**：…)', () => {
    expect(excerptLines('pod-phase-running')).toEqual([84]);
    expect(excerptLines('pod-phase-succeeded')).toEqual([85]);
  });

  it('matches the note title "Pod：从入门到实践" to Pod and its WHAT definition', () => {
    expect(excerptLines('pod')).toEqual([7]);
    expect(concept(g, 'pod').excerpts[0]!.heading).toBe('WHAT');
    expect(g.files.find((f) => f.file === NOTE_FILE)!.concepts).toContain('pod');
  });

  it('turns clear new bold terms (colon inside or after) into term concepts off the map', () => {
    const downward = concept(g, 'downward-api');
    expect(downward).toMatchObject({ kind: 'term', title: 'Downward API', hasNote: false, branch: 'kubernetes-workloads' });
    expect(downward.parent).toBeUndefined();
    expect(downward.position).toBeUndefined();
    expect(downward.source).toEqual({ file: NOTE_FILE, line: 65, column: 1 });
    expect(downward.summary).toContain('让容器拿到自己所在 Pod 的信息');
    const staticPod = g.concepts.find((c) => c.title === '静态 Pod')!;
    expect(staticPod.id).toMatch(/^term-[0-9a-f]{8}$/);
    expect(hasEdge(g, 'mentions', 'pod', 'downward-api')).toBe(true);
  });

  it('reads an API kind written as its kubectl short name as that object, not a new term (**PVC**：)', () => {
    // The course map has no PersistentVolumeClaim: the note's definition makes the object, PVC its alias.
    const pvc = concept(g, 'persistent-volume-claim');
    expect(pvc).toMatchObject({ kind: 'object', title: 'PersistentVolumeClaim', aliases: ['PVC'], hasNote: false });
    expect(pvc.source).toEqual({ file: NOTE_FILE, line: 63, column: 1 });
    expect(pvc.summary).toContain('对存储的“申请”');
    expect(g.concepts.some((c) => c.title === 'PVC')).toBe(false);
    expect(hasEdge(g, 'mentions', 'pod', 'persistent-volume-claim')).toBe(true);
  });

  it('never makes generic labels or sentences into concepts', () => {
    const titles = new Set(g.concepts.map((c) => c.title));
    for (const generic of ['WHAT', 'WHY', '实际工作中', '例如', '注意', '小结']) expect(titles.has(generic)).toBe(false);
    expect([...titles].some((t) => t.includes('记不住'))).toBe(false);
    expect(g.concepts.filter((c) => c.kind === 'term' && !c.parent).map((c) => c.title).sort()).toEqual(
      ['Downward API', '静态 Pod'].sort(),
    );
  });

  it('renders CJK emphasis in excerpts', () => {
    // generic labels are not excerpts, but the emphasis inside passages renders
    expect(concept(g, 'pod').excerpts[0]!.html).toContain('<strong>Pod：</strong>Kubernetes 里能被调度的最小单位');
  });
});

describe('free-form note: YAML fences', () => {
  const ex = (line: number) => g.examples.find((e) => e.source.file === NOTE_FILE && e.source.line === line)!;

  it('makes every YAML fence an example: tagged, untagged ~~~ in a list item, multi-document', () => {
    const lines = g.examples.filter((e) => e.source.file === NOTE_FILE).map((e) => e.source.line).sort((a, b) => a - b);
    expect(lines).toEqual([20, 41, 91]);
    expect(ex(20).lang).toBe('yaml');
    expect(ex(41).lang).toBe('');
    expect(ex(41).source.column).toBe(4); // indented inside the list item
    expect(ex(91).lang).toBe('yml');
  });

  it('keeps `...` omission lines in the code', () => {
    expect(ex(41).code).toContain('\n  ...\n');
  });

  it('attaches an example to every concept whose field it sets, plus the note concept', () => {
    expect(ex(20).conceptIds).toEqual(['host-aliases', 'pod']);
    expect(ex(41).conceptIds).toEqual(['host-network', 'pod']); // hostNetwork: true
    expect(ex(91).conceptIds).toEqual(['pod', 'share-process-namespace']); // second document
    expect(concept(g, 'host-network').examples).toEqual([ex(41).id]);
  });

  it('leaves shell snippets alone', () => {
    expect(g.examples.some((e) => e.code.includes('kubectl'))).toBe(false);
  });

  it('marks the rendered code block with its example id', () => {
    expect(concept(g, 'host-aliases').excerpts[0]!.html).toContain(`data-example-id="${ex(20).id}"`);
  });
});

describe('free-form note: links and images', () => {
  it('rewrites wiki links, note links with anchors and images with spaces and CJK in the path', async () => {
    const dir = await contentDir({
      'map.md': MINIMAL_MAP,
      'concepts/pod.md': '---\nid: pod\ntitle: Pod\n---\n正文\n',
      'notes/a b/图 1.png': new Uint8Array([1, 2, 3]),
      'notes/a b/笔记（一）.md':
        '# 随记\n\n**Pod：**见 [[pod|容器组]]、[[pod#生命周期]] 和 [概念](../../concepts/pod.md#x)。\n\n![示意](./图%201.png)\n',
    });
    const gg = await loadGraph(dir);
    expect(gg.diagnostics).toEqual([]);
    const html = concept(gg, 'pod').excerpts[0]!.html;
    expect(html).toContain('<a href="@base/concepts/pod/">容器组</a>');
    expect(html).toContain(`<a href="@base/concepts/pod/#${encodeURIComponent('生命周期')}">Pod</a>`);
    expect(html).toContain('<a href="@base/concepts/pod/#x">概念</a>');
    expect(gg.assets).toEqual([{ from: 'notes/a b/图 1.png', to: 'assets/notes/a b/图 1.png' }]);
  });

  it('links free-form notes to each other ([text](./other.md), [[other]], [[other#heading]]) and reports a link to a note that does not exist', async () => {
    const dir = await contentDir({
      'map.md': MINIMAL_MAP,
      'concepts/pod.md': '---\nid: pod\ntitle: Pod\n---\n正文\n',
      'notes/其他 笔记.md': '# 另一篇\n\n## 小节\n\n内容。\n',
      'notes/a.md':
        '# 第一篇\n\n见 [另一篇](./其他%20笔记.md#小节)、[[其他 笔记]]、[[另一篇|那篇]] 和 [[其他 笔记#小节]]。\n\n坏链接 [丢了](./missing.md) 与 [[不存在的笔记]]。\n',
    });
    const gg = await loadGraph(dir, { layout: false });
    const other = gg.notes!.find((n) => n.file === 'notes/其他 笔记.md')!;
    const a = gg.notes!.find((n) => n.file === 'notes/a.md')!;
    expect(other.id).toBe('其他-笔记');
    const body = decodeURIComponent(a.body);
    expect(body).toContain('见 <a href="@base/notes/其他-笔记/#小节">另一篇</a>、'); // relative Markdown link with an anchor
    expect(body).toContain('、<a href="@base/notes/其他-笔记/">另一篇</a>、'); // [[file name]] shows the note's title
    expect(body).toContain('<a href="@base/notes/其他-笔记/">那篇</a>'); // [[title|text]]
    expect(body).toContain('和 <a href="@base/notes/其他-笔记/#小节">另一篇</a>。'); // [[file name#heading]]
    expect(gg.mentionContexts!.filter((m) => m.note === other.id).map((m) => m.text)).toEqual(['另一篇', '另一篇', '那篇', '另一篇']);
    const broken = gg.diagnostics.filter((d) => d.code === 'dangling-reference').map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.message}`);
    expect(broken).toEqual([
      'notes/a.md:5:5 warning link to notes/missing.md, which does not exist (kept as text)',
      'notes/a.md:5:26 warning wiki link [[不存在的笔记]] points to no concept or note',
    ]);
    // a wiki link to nothing shows its text without the brackets, as Obsidian Publish does
    expect(a.body).toContain('坏链接 丢了 与 <span class="broken-link">不存在的笔记</span>');
  });

  it('drops javascript: links and raw HTML', async () => {
    const dir = await contentDir({
      'map.md': MINIMAL_MAP,
      'concepts/pod.md': '---\nid: pod\ntitle: Pod\n---\n[x](javascript:alert(1)) <script>alert(1)</script><b onclick="x()">b</b>\n',
    });
    const body = concept(await loadGraph(dir), 'pod').body;
    expect(body).not.toMatch(/javascript:|<script|onclick/);
  });
});
