/**
 * qa46: a CKAD student's Obsidian vault (nested folders, callouts, image embeds, CRLF, BOM):
 * what the site and its diagnostics made of it.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/graph/index.ts';
import { cleanup, contentDir, diag } from './helpers.ts';

afterAll(cleanup);

describe('diagnostics inside callouts', () => {
  it('places a broken wiki link in a callout body at its own line and column, not 1:1', async () => {
    const md = ['# Pod基础', '', '正文。', '', '> [!warning] 易错', '> 直接创建的 Pod 没人管。生产里请用 [[Deployment]]。', ''].join('\n');
    const g = await loadGraph(await contentDir({ 'notes/Pod基础.md': md }), { layout: false });
    const d = diag(g, 'dangling-reference');
    expect(d).toHaveLength(1);
    expect(d[0]!).toMatchObject({ line: 6, column: 3 + '直接创建的 Pod 没人管。生产里请用 '.length });
  });

  it('places it on a later body line and with CRLF line endings too', async () => {
    const md = ['# 笔记', '', '> [!note]', '> 第一行', '> 第二行 [[nowhere]]', ''].join('\r\n');
    const g = await loadGraph(await contentDir({ 'notes/n.md': md }), { layout: false });
    expect(diag(g, 'dangling-reference')[0]!).toMatchObject({ line: 5, column: 7 });
  });

  it('counts a later line of a quote or a list item from where it is written, after frontmatter', async () => {
    const md = ['---', 'tags: [ckad]', '---', '# 笔记', '', '> 引用第一行', '> 第二行 [[nowhere]]', '', '- 列表项', '  续行 [[gone]]', ''].join('\n');
    const g = await loadGraph(await contentDir({ 'notes/n.md': md }), { layout: false });
    const at = diag(g, 'dangling-reference').map((d) => `${d.line}:${d.column}`);
    expect(at).toEqual(['7:7', '10:6']);
  });
});

describe('"linked from" sentences name the page a wiki link goes to', () => {
  it('shows a note\'s title, not the file name the wiki link wrote, in a sentence found by a concept\'s name', async () => {
    const g = await loadGraph(await contentDir({
      '01-基础/04-探针.md': '# 探针与健康检查\n\n**livenessProbe**：存活探针，失败时 kubelet 重启容器。\n',
      '01-基础/Pod基础.md': '# Pod基础\n\n**Pod**：最小的调度单位。\n\n探针：一个 Pod 的健康由 [[04-探针]] 说明，见 [[04-探针#livenessProbe]]。\n',
    }), { layout: false });
    const around = (g.mentionContexts ?? []).filter((c) => c.source.file === '01-基础/Pod基础.md' && c.source.line === 5);
    expect(around.length).toBeGreaterThan(0);
    for (const c of around) {
      const s = c.before + c.text + c.after;
      expect(s).not.toContain('04-探针');
      expect(s).toContain('探针与健康检查');
    }
  });

  it('shows a concept\'s title for a wiki link to its id, and a broken link\'s text as written', async () => {
    const g = await loadGraph(await contentDir({
      'Pod.md': '# Pod\n\n**Pod**：最小的调度单位。\n',
      'Service.md': '# Service\n\n**Service**：一组 Pod 的入口，后端见 [[pod]]，另见 [[网络策略]]。\n',
    }), { layout: false });
    const c = (g.mentionContexts ?? []).find((x) => x.via === 'name' && x.source.file === 'Service.md' && x.text === 'Pod')!;
    expect(c).toBeDefined();
    expect(c.after).toContain('后端见 Pod，另见 网络策略。');
  });

  it('highlights the link it is about when two wiki links in one sentence show the same title', async () => {
    const g = await loadGraph(await contentDir({
      '01-基础/04-探针.md': '# 探针与健康检查\n\n**livenessProbe**：存活探针。\n',
      '01-基础/Pod基础.md': '# Pod基础\n\n> 引用\n> 一个 Pod 的健康由 [[04-探针]] 说明，细节见 [[04-探针#livenessProbe]]。\n',
    }), { layout: false });
    const links = (g.mentionContexts ?? []).filter((c) => c.via === 'link' && c.source.file === '01-基础/Pod基础.md')
      .sort((a, b) => a.source.column - b.source.column);
    expect(links.map((c) => `${c.source.line}:${c.source.column} ${c.before}|${c.text}|${c.after}`)).toEqual([
      '4:15 一个 Pod 的健康由 |探针与健康检查| 说明，细节见 探针与健康检查。',
      '4:32 一个 Pod 的健康由 探针与健康检查 说明，细节见 |探针与健康检查|。',
    ]);
  });
});

describe('Obsidian embeds ![[file]]', () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

  it('shows ![[name.png]] as the image found by name anywhere in the folder, with a size, and copies it', async () => {
    const g = await loadGraph(await contentDir({
      '01-基础/Pod基础.md': '# Pod基础\n\n![[pod-结构.png]]\n\n图：![[sidecar 示意.png|400]] 和 ![[附件/流程.png|流程图|300x200]]\n',
      'attachments/pod-结构.png': png,
      'attachments/sidecar 示意.png': png,
      '附件/流程.png': png,
    }), { layout: false });
    const body = g.notes![0]!.body;
    expect(body).toContain('<img src="@base/assets/attachments/pod-%E7%BB%93%E6%9E%84.png" alt="">');
    expect(body).toContain('<img src="@base/assets/attachments/sidecar%20%E7%A4%BA%E6%84%8F.png" alt="" width="400">');
    expect(body).toContain('alt="流程图" width="300" height="200"');
    expect(body).not.toContain('!');
    expect(body).not.toContain('[[');
    expect(diag(g, 'dangling-reference')).toEqual([]);
    expect(g.assets.map((a) => a.from).sort()).toEqual(['attachments/pod-结构.png', 'attachments/sidecar 示意.png', '附件/流程.png']);
  });

  it('prefers the file next to the note, links other files, and warns at file:line:col for a missing one', async () => {
    const g = await loadGraph(await contentDir({
      'a/n.md': '# N\n\n看 ![[x.png]]，下载 ![[讲义.pdf]]。\n\n> [!note]\n> 缺图 ![[没有.png]]\n',
      'a/x.png': png,
      'b/x.png': png,
      'b/讲义.pdf': 'pdf',
    }), { layout: false });
    const body = g.notes![0]!.body;
    expect(body).toContain('src="@base/assets/a/x.png"');
    expect(body).toContain('<a href="@base/assets/b/%E8%AE%B2%E4%B9%89.pdf">讲义.pdf</a>');
    expect(body).toContain('<span class="broken-link">没有.png</span>');
    expect(diag(g, 'missing-image').map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([
      '6:6 embedded file 没有.png is not in the content folder (shown as its name)',
    ]);
  });

  it('shows ![[note]] as a link to the note, without the "!"', async () => {
    const g = await loadGraph(await contentDir({ 'a.md': '# 甲\n\n见 ![[b]]\n', 'b.md': '# 乙笔记\n\n正文。\n' }), { layout: false });
    const a = g.notes!.find((n) => n.title === '甲')!;
    expect(a.body).toMatch(/见 <a href="[^"]*">乙笔记<\/a>/);
  });
});

describe('wiki links to a heading', () => {
  it('link to the id the heading has on the note\'s page, not to its text; [[#heading]] stays on the page', async () => {
    const g = await loadGraph(await contentDir({
      '01-基础/04-探针与健康检查.md': '# 探针与健康检查\n\n## livenessProbe\n\n存活。\n\n## 资源限制：requests 与 limits\n\n见 [[#livenessProbe]]、[[#资源限制：requests 与 limits|上一节]]。\n',
      '01-基础/多容器Pod模式.md': '# 多容器 Pod 模式\n\n## Init 容器\n\n按顺序执行。\n',
      'Pod基础.md': '# Pod基础\n\n见 [[04-探针与健康检查#livenessProbe|存活探针]]、[[多容器Pod模式#Init 容器]]、[[04-探针与健康检查#资源限制：requests 与 limits]]。\n',
    }), { layout: false });
    const note = (title: string) => g.notes!.find((n) => n.title === title)!;
    const ids = (title: string) => note(title).headings.map((h) => h.id);
    const pod = note('Pod基础').body;
    const hrefs = [...pod.matchAll(/href="([^"]*)"/g)].map((m) => decodeURIComponent(m[1]!));
    expect(hrefs).toEqual([
      `@base/notes/${note('探针与健康检查').id}/#livenessprobe`,
      `@base/notes/${note('多容器 Pod 模式').id}/#init-容器`,
      `@base/notes/${note('探针与健康检查').id}/#资源限制requests-与-limits`,
    ]);
    expect(ids('探针与健康检查')).toEqual(expect.arrayContaining(['livenessprobe', '资源限制requests-与-limits']));
    expect(ids('多容器 Pod 模式')).toContain('init-容器');
    const probe = decodeURIComponent(note('探针与健康检查').body);
    expect(probe).toContain('<a href="#livenessprobe">livenessProbe</a>');
    expect(probe).toContain('<a href="#资源限制requests-与-limits">上一节</a>');
    expect(diag(g, 'dangling-reference')).toEqual([]);
  });
});

describe('a note\'s frontmatter aliases (Obsidian)', () => {
  it('name the note for wiki links, as in Obsidian', async () => {
    const g = await loadGraph(await contentDir({
      '01-基础/Pod基础.md': '---\ntags: [ckad]\naliases: [Pod 入门, pod-basics]\n---\n# Pod基础\n\n正文。\n',
      '02-工作负载/Job.md': '# Job\n\n先读 [[Pod 入门]]，再看 [[pod-basics#正文|基础]]。\n',
    }), { layout: false });
    expect(diag(g, 'dangling-reference')).toEqual([]);
    const job = g.notes!.find((n) => n.title === 'Job')!.body;
    const pod = g.notes!.find((n) => n.title === 'Pod基础')!;
    expect(job).toContain(`<a href="@base/notes/${encodeURIComponent(pod.id)}/">Pod基础</a>`);
    expect(job).toMatch(/>基础<\/a>/);
  });
});

describe('wiki links to a heading of a concept note', () => {
  it('go to the id the heading has on the concept\'s page', async () => {
    const g = await loadGraph(await contentDir({
      'map.md': '- Root {#root}\n  - [Pod（容器组）](concepts/pod.md)\n',
      'concepts/pod.md': '---\nid: pod\ntitle: Pod\n---\n# Pod\n\n## 为什么需要 Pod\n\n因为。\n',
      'notes/n.md': '# 笔记\n\n见 [[pod#为什么需要 Pod]]、[[pod#为什么需要-pod|同一节]]。\n',
    }), { layout: false });
    const body = decodeURIComponent(g.notes![0]!.body);
    expect(body).toContain('href="@base/concepts/pod/#为什么需要-pod">Pod</a>');
    expect(body).toContain('href="@base/concepts/pod/#为什么需要-pod">同一节</a>');
  });
});

describe('Obsidian highlights ==重点==', () => {
  it('render as <mark> in running text, never in code or across spaces', async () => {
    const { parseMarkdown, renderHtml } = await import('../../../src/graph/markdown.ts');
    const html = (md: string) => renderHtml(parseMarkdown(md));
    expect(html('Job 的 Pod ==不能用 Always== 重启策略，**==重点==**。\n')).toContain('Job 的 Pod <mark>不能用 Always</mark> 重启策略，<strong><mark>重点</mark></strong>。');
    expect(html('`.verb=="delete"` 和\n\n```\njq select(.a=="b")\n```\n')).not.toContain('<mark>');
    expect(html('a == b == c，x ==<script>y==\n')).not.toContain('<mark>');
    expect(html('==<img src=x onerror=alert(1)>==\n')).not.toContain('<img');
  });
});
