/** Each diagnostic the graph reports, with its position, code and hint. */
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph, formatDiagnostics } from '../../../src/graph/index.ts';
import { codeSpans, findingMessage } from '../../../src/graph/diagnostics.ts';
import type { Diagnostic, Graph, LocalText } from '../../../src/graph/model.ts';
import { cleanup, concept, contentDir, diag, MINIMAL_MAP } from './helpers.ts';
import { ambiguousFieldHint } from '../../../src/graph/stages/mine.ts';
import { configFieldsNamed, fieldsNamed } from '../../../src/graph/vocabulary/index.ts';

afterAll(cleanup);

const note = (fm: string, body = '正文\n') => `---\n${fm}\n---\n${body}`;

const en = (t: LocalText) => findingMessage(t.key, t.vars, 'en', t.parts);
const zh = (t: LocalText) => findingMessage(t.key, t.vars, 'zh-CN', t.parts);

/**
 * The findings of `codes` in `g`, every code at least once, each with its message and its hint as
 * keys of finding-texts.json: their English is the message and hint the CLI prints, their Chinese
 * a Chinese text (a text missing in either language fails). Returns them.
 */
function inBothLanguages(g: Graph, codes: readonly string[]): Diagnostic[] {
  const found = g.diagnostics.filter((d) => codes.includes(d.code));
  expect(new Set(found.map((d) => d.code))).toEqual(new Set(codes));
  for (const d of found) {
    const where = `${d.file}:${d.line} ${d.code} ${d.message}`;
    expect(d.text, where).toBeDefined();
    expect(d.hintText, where).toBeDefined();
    expect(en(d.text!), where).toBe(d.message);
    expect(en(d.hintText!), where).toBe(d.hint);
    expect(zh(d.text!), where).toMatch(/\p{Script=Han}/u);
    expect(zh(d.hintText!), where).toMatch(/\p{Script=Han}/u);
  }
  return found;
}

describe('diagnostics', () => {
  it('duplicate-id: two notes with one id (reported at the second id line), two map items with one id', async () => {
    const g = await loadGraph(await contentDir({
      'map.md': '- Root {#root}\n  - A {#pod}\n  - B {#pod}\n',
      'concepts/a.md': note('id: pod\ntitle: A'),
      'concepts/b.md': note('title: B\nid: pod'),
    }));
    const d = diag(g, 'duplicate-id');
    expect(d.map((x) => `${x.file}:${x.line}:${x.column}`)).toEqual(['concepts/b.md:3:1', 'map.md:3:3']);
    expect(d[0]!.message).toContain('concepts/a.md:1');
    expect(d.every((x) => x.severity === 'error')).toBe(true);
    expect(g.files.find((f) => f.file === 'concepts/b.md')!.status).toBe('error');
    expect(concept(g, 'pod').title).toBe('A');
  });

  it('link-destination-space: [text](a note with spaces.md) is no link; warned at its bracket, with <…> and %20 as fixes', async () => {
    const g = await loadGraph(await contentDir({
      'notes/日志收集：Fluent Bit 与 Loki.md': '# 日志收集\n\n正文。\n',
      'notes/a.md':
        '# A\n\n先看 [日志收集](日志收集：Fluent Bit 与 Loki.md) 一章，\n再看 [图](../img/my pic.png)。\n\n' +
        // look-alikes: a working link, a bracket in prose, code, a destination that is no file
        '[好的](<日志收集：Fluent Bit 与 Loki.md>) 和 [也好](日志收集：Fluent%20Bit%20与%20Loki.md)；数组 [0](a b) 与 [x](见 上文)。\n\n' +
        '`[代码](a b.md)`\n\n```\n[块](c d.md)\n```\n',
    }), { layout: false });
    const d = inBothLanguages(g, ['link-destination-space']);
    expect(d.map((x) => `${x.file}:${x.line}:${x.column} ${x.severity}`)).toEqual(['notes/a.md:3:4 warning', 'notes/a.md:4:4 warning']);
    expect(d[0]!.message).toBe('[日志收集](日志收集：Fluent Bit 与 Loki.md) is not a link: its destination has a space, which Markdown does not allow (shown as raw text)');
    expect(d[0]!.hint).toBe('Put the destination in angle brackets, [日志收集](<日志收集：Fluent Bit 与 Loki.md>), or write the spaces as %20: [日志收集](日志收集：Fluent%20Bit%20与%20Loki.md).');
    expect(g.notes!.find((n) => n.file === 'notes/a.md')).toBeDefined();
  });

  it('dangling-reference in free-form notes: the hint names the note meant, never an unrelated concept', async () => {
    // A learner's folder with no map.md: a renamed chapter and a wiki link with one character changed.
    const g = await loadGraph(await contentDir({
      'notes/04-Service和Ingress.md': '# Service 和 Ingress\n\n**Service**：把一组 Pod 暴露成稳定的网络端点。\n',
      'notes/07-调度.md': '# 调度\n\n**污点（Taint）**：打在节点上。\n\n**存储类（StorageClass）**：一类存储。\n',
      'notes/05-存储.md':
        '# 存储\n\n**Delete**：回收策略，连盘一起删。\n\n详见[调度那一章](07-调度器.md)，' +
        '还有 [[04-Service与Ingress]]、[另一篇](./完全无关的文件名.md) 和 [[zzqqxx]]。\n',
    }), { layout: false });
    const d = diag(g, 'dangling-reference');
    const byCol = Object.fromEntries(d.map((x) => [`${x.line}:${x.column}`, x]));
    expect(Object.keys(byCol)).toEqual(['5:3', '5:25', '5:48', '5:71']);
    // A Markdown link to a note file that is not there: the note with the nearest file name, as a path relative to this note.
    expect(byCol['5:3']!.hintText).toEqual({ key: 'finding.hint.link-dangling-note', vars: { file: 'notes/07-调度.md', href: './07-调度.md' } });
    expect(byCol['5:3']!.hint).toBe('Did you mean the note notes/07-调度.md? The path is relative to this note: (./07-调度.md).');
    // A wiki link one character off a note's file name: that note, not a concept id.
    expect(byCol['5:25']!.hintText).toEqual({ key: 'finding.hint.wiki-dangling-note', vars: { near: '04-Service和Ingress', file: 'notes/04-Service和Ingress.md' } });
    expect(zh(byCol['5:25']!.hintText!)).toBe('是不是想链接笔记 [[04-Service和Ingress]]（notes/04-Service和Ingress.md）？');
    // Nothing near: the general hints, not the least distant of unrelated ids (`delete`, `service`).
    expect(byCol['5:48']!.hintText?.key).toEqual('finding.hint.fix-path');
    expect(byCol['5:71']!.hintText?.key).toEqual('finding.hint.wiki-dangling');
  });

  it('dangling-reference: a wiki link that names only the first words of one long chapter name suggests that chapter', async () => {
    const g = await loadGraph(await contentDir({
      '09-备忘：命令 & 坑.md': '# 备忘\n\n零散的东西。\n',
      '10-网络：Service.md': '# Service\n\n**Service**：稳定的虚拟 IP。\n',
      '10-网络：Ingress.md': '# Ingress\n\n**Ingress**：七层路由。\n',
      '08-日志.md': '# 日志\n\n见 [[09-备忘]]、[[10-网络]] 和 [[0]]。\n',
    }), { layout: false });
    const d = diag(g, 'dangling-reference');
    expect(d.map((x) => `${x.file}:${x.line}:${x.column}`)).toEqual(['08-日志.md:3:3', '08-日志.md:3:13', '08-日志.md:3:25']);
    expect(d[0]!.hintText).toEqual({ key: 'finding.hint.wiki-dangling-note', vars: { near: '09-备忘：命令 & 坑', file: '09-备忘：命令 & 坑.md' } });
    expect(d[0]!.hint).toBe('Did you mean the note [[09-备忘：命令 & 坑]] (09-备忘：命令 & 坑.md)?');
    // two names go on from `10-网络`: no guess; one letter: none
    expect(d[1]!.hintText?.key).toBe('finding.hint.wiki-dangling');
    expect(d[2]!.hintText?.key).toBe('finding.hint.wiki-dangling');
  });

  it('codeSpans: a finding shown on a page has its backticked parts as code (the note page\'s findings list and the YAML panel)', () => {
    const hint = findingMessage('finding.hint.card-copy', {}, 'zh-CN')!;
    expect(hint).toContain('`> [!question] 问题 {#my-id}`');
    expect(codeSpans(hint).filter((s) => s.code).map((s) => s.part)).toEqual(['> [!question] 问题 {#my-id}']);
    expect(codeSpans(hint).map((s) => s.part).join('')).toBe(hint.replaceAll('`', ''));
    // An unpaired backtick leaves the text whole; an empty pair is no code.
    expect(codeSpans('a ` b')).toEqual([{ code: false, part: 'a ` b' }]);
    expect(codeSpans('x``y')).toEqual([{ code: false, part: 'x' }, { code: false, part: '' }, { code: false, part: 'y' }]);
  });

  it('yaml-syntax: an untagged fence that is plainly a manifest but does not parse is reported, not silently shown as text', async () => {
    const svc = (protocolIndent: string) =>
      `~~~\napiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports:\n  - port: 80\n    targetPort: 8080\n${protocolIndent}protocol: TCP\n~~~\n`;
    const g = await loadGraph(await contentDir({
      // line 5: the fence; its line 9 (note line 14) is indented one space short: reported at its column 4
      'notes/svc.md': '# Service\n\n**Service**：把一组 Pod 暴露成稳定的端点。\n\n' + svc('   ') +
        // not a manifest: command output is no YAML, and says nothing
        '\n~~~\nEvents:\n  Warning  FailedScheduling  0/3 nodes: didn\'t match\n   x: y\n~~~\n' +
        // the author's omission is no error
        '\n~~~\napiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - name: a\n    image: nginx\n      ...\n~~~\n',
      'notes/ok.md': '# OK\n\n' + svc('    '),
      'notes/tagged.md': '# Tagged\n\n' + svc('   ').replace('~~~\napiVersion', '~~~yaml\napiVersion'),
    }), { layout: false });
    const d = diag(g, 'yaml-syntax');
    expect(d.map((x) => `${x.file}:${x.line}:${x.column} ${x.severity}`)).toEqual(['notes/svc.md:14:4 warning', 'notes/tagged.md:12:4 warning']);
    const [untagged, tagged] = d;
    expect(untagged!.message).toBe('this untagged fence looks like a Kubernetes manifest but is not valid YAML: Sequence item without - indicator; it is shown as plain text, unchecked');
    expect(zh(untagged!.text!)).toBe('这段没有标语言的代码块像是 Kubernetes 清单，但不是合法的 YAML：Sequence item without - indicator；它按普通文本显示，没有检查');
    expect(untagged!.hint).toContain('indentation');
    // A tagged fence keeps its own message (and is an example, checked).
    expect(tagged!.message).toBe('YAML syntax error: Sequence item without - indicator');
    // The fixed one is an example, checked.
    expect(g.examples.filter((e) => e.source.file === 'notes/ok.md')).toHaveLength(1);
  });

  it('yaml-syntax (lead47): an untagged fragment of a manifest (`spec:` then indented keys) that does not parse is reported too; one that parses, or a fence that opens otherwise, says nothing', async () => {
    const g = await loadGraph(await contentDir({
      // line 3: the fence; `targetPort` is back at `ports`' indent and `name` under a scalar
      'notes/frag.md': '# Service\n\n~~~\n# 这段缩进是乱的\nspec:\n  ports:\n   - port: 80\n  targetPort: 8080\n    name: http\n~~~\n' +
        '\n~~~\nspec:\n  ports:\n  - port: 80\n    targetPort: 8080\n~~~\n' +
        '\n~~~\n步骤:\n  先删 Pod: 然后: 再看\n~~~\n',
    }), { layout: false });
    const d = g.diagnostics.filter((x) => x.code === 'yaml-syntax');
    expect(d).toHaveLength(1);
    expect(d[0]!.file).toBe('notes/frag.md');
    expect(d[0]!.line).toBeGreaterThanOrEqual(7);
    expect(d[0]!.message).toMatch(/^this untagged fence looks like part of a Kubernetes manifest but is not valid YAML: .+; it is shown as plain text, unchecked$/);
    expect(zh(d[0]!.text!)).toMatch(/^这段没有标语言的代码块像是 Kubernetes 清单的片段，但不是合法的 YAML：/);
    expect(g.examples.filter((e) => e.source.file === 'notes/frag.md')).toHaveLength(1);
  });

  it('dangling-reference: prerequisite, related, parent, transition, wiki link, note link, map link; with the closest id', async () => {
    const g = await loadGraph(await contentDir({
      'map.md': '- Root {#root}\n  - [Pod](concepts/pods.md)\n  - Host network {#host-network}\n',
      'concepts/pod.md': note(
        'id: pod\nprerequisites: [host-netwrok]\nrelated: [rooot]\ntransitions:\n  - to: runing\n    label: x',
        '见 [[host-netwrk]] 和 [这里](./nothing.md)。\n',
      ),
      'concepts/x.md': note('id: x\nparent: pood'),
      'notes/n.md': '# 随记\n\n[[nope]]\n',
    }));
    const d = diag(g, 'dangling-reference');
    const where = d.map((x) => `${x.file}:${x.line}:${x.column} ${x.severity}`);
    expect(where).toEqual([
      'concepts/pod.md:3:17 error', // prerequisites item
      'concepts/pod.md:4:11 error', // related item
      'concepts/pod.md:6:9 error', // transition target
      'concepts/pod.md:9:3 error', // wiki link
      'concepts/pod.md:9:21 error', // note link
      'concepts/x.md:3:9 error', // parent
      'map.md:2:5 error', // map link to a missing note
      'notes/n.md:3:1 warning', // wiki link in a free-form note
    ]);
    const hint = (line: number, file = 'concepts/pod.md') => d.find((x) => x.line === line && x.file === file)!.hint;
    expect(hint(3)).toContain('"host-network"');
    expect(hint(4)).toContain('"root"');
    expect(hint(3, 'concepts/x.md')).toContain('"pod"');
    expect(hint(9)).toContain('"host-network"');
    // A note's link hints are keys of finding-texts.json too (pages show them in the reader's
    // language); the CLI's English is the table's English, the closest id a value, not text.
    const wiki = d.find((x) => x.line === 9 && x.column === 3)!;
    expect(wiki.hintText).toEqual({ key: 'finding.hint.wiki-dangling-near', vars: { near: 'host-network' } });
    expect(wiki.hint).toBe('Did you mean "host-network"? Link to an existing concept id. To link a free-form note, write its file name ([[my-note]]) or a relative link ([text](./my-note.md)).');
    expect(findingMessage(wiki.hintText!.key, wiki.hintText!.vars, 'zh-CN')).toBe('是不是想写 "host-network"？请链接到已有的概念 id。要链接自由笔记，写它的文件名（[[my-note]]）或相对链接（[text](./my-note.md)）。');
    const link = d.find((x) => x.line === 9 && x.column === 21)!;
    expect(link.hintText?.key).toMatch(/^finding\.hint\.(link-dangling-near|fix-path)$/);
    expect(link.hint).toBe(findingMessage(link.hintText!.key, link.hintText!.vars, 'en'));
    // the dangling prerequisite makes no edge
    expect(g.edges.some((e) => e.type === 'prerequisite')).toBe(false);
    expect(concept(g, 'pod').prerequisites).toEqual([]);
  });

  it('prerequisite-cycle: prints the cycle once', async () => {
    const g = await loadGraph(await contentDir({
      'map.md': '- Root {#root}\n  - A {#a}\n  - B {#b}\n  - C {#c}\n  - D {#d}\n',
      'concepts/a.md': note('id: a\nprerequisites: [b]'),
      'concepts/b.md': note('id: b\nprerequisites: [c]'),
      'concepts/c.md': note('id: c\nprerequisites: [a, d]'),
      'concepts/d.md': note('id: d\nprerequisites: [d]'),
    }));
    const d = diag(g, 'prerequisite-cycle');
    expect(d.map((x) => x.message)).toEqual([
      'prerequisite cycle: a → b → c → a (each needs the next first)',
      'prerequisite cycle: d → d (each needs the next first)',
    ]);
    expect(d[0]).toMatchObject({ file: 'concepts/a.md', line: 3, column: 17, severity: 'error' });
  });

  it('frontmatter: wrong type is an error at the value line, unknown key a warning, bad YAML an error', async () => {
    const g = await loadGraph(await contentDir({
      'map.md': MINIMAL_MAP,
      'concepts/pod.md': note('id: pod\ntitle: Pod\naliases: HostAliases\norder: first\nkind: widget\ncolour: red\ntransitions: [{ to: 3 }]'),
      'concepts/bad.md': '---\nid: bad\ntitle: [unclosed\n---\n正文\n',
      'concepts/list.md': '---\n- a\n- b\n---\n正文\n',
      'concepts/badid.md': note('id: Bad_ID'),
    }));
    const types = diag(g, 'frontmatter-type').filter((x) => x.file === 'concepts/pod.md');
    expect(types.map((x) => `${x.line}:${x.column}`)).toEqual(['4:10', '5:8', '6:7', '8:21']);
    expect(types[0]!.message).toBe('frontmatter key "aliases" must be a list of strings, e.g. [a, b]');
    const unknown = diag(g, 'frontmatter-unknown-key');
    expect(unknown).toHaveLength(1);
    expect(unknown[0]).toMatchObject({ file: 'concepts/pod.md', line: 7, column: 1, severity: 'warning' });
    expect(diag(g, 'frontmatter-invalid').map((x) => x.file)).toEqual(['concepts/bad.md', 'concepts/list.md']);
    expect(diag(g, 'frontmatter-invalid')[0]!.line).toBeGreaterThanOrEqual(3);
    expect(diag(g, 'invalid-id')).toMatchObject([{ file: 'concepts/badid.md', line: 2 }]);
    expect(g.files.filter((f) => f.status === 'error').map((f) => f.file)).toEqual([
      'concepts/bad.md', 'concepts/badid.md', 'concepts/list.md', 'concepts/pod.md',
    ]);
  });

  it('unreadable-file: binary and invalid UTF-8 notes, with the position of the bad byte', async () => {
    const utf8 = (s: string) => new TextEncoder().encode(s);
    const g = await loadGraph(await contentDir({
      'map.md': MINIMAL_MAP,
      'notes/binary.md': new Uint8Array([...utf8('# 标题\n'), 0, 1, 2]),
      'notes/latin1.md': new Uint8Array([...utf8('第一行\nab'), 0xe9, 0x0a]),
      'notes/ok.md': '# 好的\n',
    }));
    const d = diag(g, 'unreadable-file');
    expect(d.map((x) => `${x.file}:${x.line}:${x.column}`)).toEqual(['notes/binary.md:2:1', 'notes/latin1.md:2:3']);
    expect(d[0]!.message).toContain('binary');
    expect(d[1]!.message).toContain('UTF-8');
    expect(g.files.map((f) => [f.file, f.status])).toEqual([
      ['map.md', 'ok'], ['notes/binary.md', 'error'], ['notes/latin1.md', 'error'], ['notes/ok.md', 'ok'],
    ]);
  });

  it('unclosed-fence: ``` and ~~~, at top level and in a list item', async () => {
    const g = await loadGraph(await contentDir({
      'map.md': MINIMAL_MAP,
      'notes/a.md': '# A\n\n```yaml\nkind: Pod\n',
      'notes/b.md': '# B\n\n- 步骤\n\n  ~~~\n  kubectl get pods\n- 下一步\n\n```\nclosed\n```\n',
      'notes/c.md': '# C\n\n````\n```\nstill open\n',
    }));
    expect(diag(g, 'unclosed-fence').map((x) => `${x.file}:${x.line}:${x.column}`)).toEqual([
      'notes/a.md:3:1', 'notes/b.md:5:3', 'notes/c.md:3:1',
    ]);
  });

  it('missing-image: a warning naming file:line, the alt text stays', async () => {
    const g = await loadGraph(await contentDir({
      'map.md': MINIMAL_MAP,
      'concepts/pod.md': note('id: pod', '第一段\n\n![结构图](./img/none.png)\n'),
    }));
    expect(diag(g, 'missing-image')).toMatchObject([
      { file: 'concepts/pod.md', line: 6, column: 1, severity: 'warning' },
    ]);
    expect(concept(g, 'pod').body).toContain('结构图');
    expect(concept(g, 'pod').body).not.toContain('<img');
  });

  it('unsafe-asset: HTML pages and scripted SVGs are not published; images and clean SVGs are', async () => {
    const g = await loadGraph(await contentDir({
      'map.md': MINIMAL_MAP,
      'concepts/pod.md': note(
        'id: pod',
        '![图](./img/ok.png)\n\n![图2](./img/clean.svg)\n\n![坏图](./img/evil.svg)\n\n[页面](./page.html)\n',
      ),
      'concepts/img/ok.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
      'concepts/img/clean.svg': '<svg xmlns="http://www.w3.org/2000/svg"><circle r="4"/></svg>',
      'concepts/img/evil.svg': '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>',
      'concepts/page.html': '<script>alert(1)</script>',
    }));
    expect(diag(g, 'unsafe-asset').map((d) => `${d.file}:${d.line}:${d.column} ${d.severity}`)).toEqual([
      'concepts/pod.md:8:1 warning',
      'concepts/pod.md:10:1 warning',
    ]);
    expect(g.assets.map((a) => a.from)).toEqual(['concepts/img/clean.svg', 'concepts/img/ok.png']);
    const body = concept(g, 'pod').body;
    expect(body).not.toContain('evil.svg');
    expect(body).not.toContain('page.html');
    expect(body).toContain('坏图');
    expect(body).toContain('页面');
  });

  it('map structure: extra roots, not-on-map notes, parent cycles, parent conflicts, missing map', async () => {
    const g = await loadGraph(await contentDir({
      'map.md': '- Root {#root}\n  - Pod {#pod}\n- Second root\n',
      'concepts/pod.md': note('id: pod\nparent: second-root'),
      'concepts/lonely.md': note('id: lonely'),
      'concepts/a.md': note('id: a\nparent: b'),
      'concepts/b.md': note('id: b\nparent: a'),
    }));
    expect(diag(g, 'map-extra-root')).toMatchObject([{ file: 'map.md', line: 3 }]);
    expect(concept(g, 'second-root').parent).toBe('root');
    expect(diag(g, 'parent-conflict')).toMatchObject([{ file: 'concepts/pod.md', line: 3 }]);
    expect(concept(g, 'pod').parent).toBe('root');
    expect(diag(g, 'not-on-map').map((x) => x.file)).toEqual(['concepts/lonely.md']);
    expect(diag(g, 'parent-cycle').map((x) => x.message)).toEqual(['parent cycle: a → b → a']);
    for (const id of ['a', 'b', 'lonely']) {
      expect(concept(g, id).parent).toBeUndefined();
      expect(concept(g, id).position).toBeUndefined();
    }

    const noMap = await loadGraph(await contentDir({ 'concepts/pod.md': note('id: pod') }));
    expect(diag(noMap, 'map-missing')).toHaveLength(1);
    // it points at the folder (the file does not exist) and says the file is absent
    const printed = formatDiagnostics(diag(noMap, 'map-missing'), { pathPrefix: '/srv/notes/' });
    expect(printed).toMatch(/^\/srv\/notes\/ warning map-missing this folder has no map\.md file: /);
    expect(printed).not.toContain('map.md:1:1');
    expect(formatDiagnostics(diag(noMap, 'map-missing'))).toMatch(/^\.\/ warning map-missing /);
    expect(concept(noMap, 'pod').parent).toBe(noMap.root);
  });

  it('a missing content folder is a diagnostic, not a crash', async () => {
    const g = await loadGraph('/nonexistent/k8smap/content');
    expect(diag(g, 'content-missing')).toHaveLength(1);
    expect(g.stats.errors).toBe(1);
    // and the only finding: no advice on how to lay out the notes of a folder that is not there
    expect(g.diagnostics.map((d) => d.code)).toEqual(['content-missing']);
  });

  it('unclassified Markdown outside the three places is a warning (READMEs excepted)', async () => {
    const g = await loadGraph(await contentDir({ 'map.md': MINIMAL_MAP, 'misc/todo.md': 'x', 'README.md': 'x' }));
    expect(diag(g, 'unclassified-note').map((x) => x.file)).toEqual(['misc/todo.md']);
    expect(g.files.map((f) => f.role)).toEqual(['ignored', 'map', 'ignored']);
  });
});

describe('formatDiagnostics', () => {
  it('prints compiler-style lines, hints and the summary', async () => {
    const g = await loadGraph(await contentDir({
      'map.md': MINIMAL_MAP,
      'concepts/pod.md': note('id: pod\nrelated: [rot]\nfoo: 1'),
    }));
    const text = formatDiagnostics(g.diagnostics, { pathPrefix: 'content/', stats: g.stats });
    expect(text).toBe(
      'content/concepts/pod.md:3:11 error dangling-reference related "rot" is not a concept\n' +
        '  hint: Did you mean "root"?\n' +
        'content/concepts/pod.md:4:1 warning frontmatter-unknown-key unknown frontmatter key "foo" (ignored)\n' +
        '  hint: Known keys: id, title, titleZh, titleEn, aliases, keywords, kind, parent, fieldPath, owner, prerequisites, related, transitions, order, status, statusReason, summary, tags, tag. Did you mean "id"?\n' +
        `2 files, 2 concepts, 1 edges, 0 examples, 1 warnings, 1 errors\n`,
    );
  });
});

describe('free-form notes that start with a --- rule', () => {
  it('are read as Markdown with a warning, not rejected', async () => {
    const g = await loadGraph(await contentDir({
      'map.md': MINIMAL_MAP,
      'notes/rule.md': '---\n\n**Pod：**不是 frontmatter: [x\n\n---\n\n正文。\n',
    }));
    expect(g.diagnostics.map((d) => d.code)).toEqual(['note-frontmatter-ignored']);
    expect(concept(g, 'pod').excerpts.map((e) => e.source.line)).toEqual([3]);
  });
});

describe("findings' messages in the reader's language", () => {
  it('a translated finding keeps its English message (the CLI prints it) and carries its key and parts for pages', async () => {
    const g = await loadGraph(await contentDir({
      'map.md': MINIMAL_MAP,
      'notes/n.md': '# 随记\n\n![图](./img/<b>x</b>.png)\n\n[[不存在的笔记]]\n',
    }));
    const img = diag(g, 'missing-image')[0]!;
    expect(img.message).toBe('image notes/img/<b>x</b>.png does not exist (shown as its alt text)');
    expect(img.text).toEqual({ key: 'finding.missing-image', vars: { path: 'notes/img/<b>x</b>.png' } });
    expect(findingMessage(img.text!.key, img.text!.vars, 'zh-CN')).toBe('图片 notes/img/<b>x</b>.png 不存在（显示为它的替代文字）');
    const wiki = diag(g, 'dangling-reference')[0]!;
    expect(wiki.text).toEqual({ key: 'finding.wiki-dangling', vars: { target: '不存在的笔记' } });
    expect(findingMessage(wiki.text!.key, wiki.text!.vars, 'en')).toBe(wiki.message);
    expect(formatDiagnostics([img])).toContain('missing-image image notes/img/<b>x</b>.png does not exist');
  });
});

describe("frontmatter and map-reference findings in the reader's language", () => {
  it('carry a key for their message and their hint (zh-CN and en); the English, which the CLI prints, is unchanged', async () => {
    const g = await loadGraph(await contentDir({
      'map.md': '- Root {#root}\n  - [Pod](concepts/pod.md)\n  - [Gone](concepts/pods.md)\n  - Twice {#pod}\n  - Host network {#host-network}\n',
      'concepts/pod.md': note('id: pod\ntags: ["<b>x</b>"]\ncolour: red\nstatus: weird\nprerequisites: [host-netwrok]\nkind: widget'),
      'concepts/lost.md': note('id: lost\nparent: rooot'),
      'concepts/b.md': note('id: b\nparent: pod\nprerequisites: [c]'),
      'concepts/c.md': note('id: c\nparent: pod\nprerequisites: [b]\naliases: 3'),
      'notes/rule.md': '---\n\n**Pod：**不是 frontmatter: [x\n\n---\n\n正文。\n',
      'notes/tags.md': note('tags: ["a b"]', '# 随记\n'),
    }));
    const found = inBothLanguages(g, ['tag-invalid', 'frontmatter-unknown-key', 'frontmatter-unknown-status', 'frontmatter-type', 'dangling-reference', 'duplicate-id', 'prerequisite-cycle', 'note-frontmatter-ignored']);
    const at = (file: string, code: string) => found.find((d) => d.file === file && d.code === code)!;
    // The English as before (the CLI's output is byte-identical).
    expect(at('concepts/pod.md', 'tag-invalid').message).toBe('tag "<b>x</b>" in frontmatter "tags" is no tag: a tag holds only letters, digits, `_`, `-` and `/` (ignored)');
    expect(at('concepts/lost.md', 'dangling-reference').message).toBe('parent "rooot" is not a concept');
    expect(at('concepts/lost.md', 'dangling-reference').hint).toBe('Did you mean "root"?');
    expect(at('map.md', 'dangling-reference').hint).toBe('Did you mean concepts/pod.md? Paths are relative to the content folder.');
    expect(at('concepts/c.md', 'frontmatter-type').hint).toBe('Write aliases as a list of strings, e.g. [a, b].');
    // The Chinese, with the parts (the tag's problem, what a reference is) in Chinese too.
    expect(zh(at('notes/tags.md', 'tag-invalid').text!)).toBe('frontmatter “tags” 里的 “a b” 不是标签：标签里不能有空白（改用 `-` 或 `_`，或者每项写一个标签）（已忽略）');
    expect(zh(at('concepts/pod.md', 'dangling-reference').text!)).toBe('先修概念（prerequisites） “host-netwrok” 不是概念');
    expect(zh(at('concepts/pod.md', 'dangling-reference').hintText!)).toBe('是不是想写 "host-network"？');
    expect(zh(at('notes/rule.md', 'note-frontmatter-ignored').hintText!)).toBe('删掉开头的 --- 行，或者改正两条 --- 之间的 YAML。');
  });
});

describe("card, fence, note-URL and ambiguous-field findings in the reader's language", () => {
  it('carry a key for their message and hint (zh-CN and en); the English, which the CLI prints, is unchanged', async () => {
    const g = await loadGraph(await contentDir({
      'notes/杂记.md': '随手记一点东西。\n\n> [!question] 这是什么？\n> 不知道。\n',
      'notes/Service.md': '# Service\n\n**ClusterIP**：集群内部的虚拟 IP。\n\n> [!question] ClusterIP 能从集群外访问吗？\n> 不能。\n\n> [!question] ClusterIP 能从集群外访问吗？\n> 还是不能。\n',
      'notes/调度 笔记.md': '# 调度\n\n正文。\n',
      'notes/调度：笔记.md': '# 调度二\n\n正文。\n',
      'notes/参数.md': '# 笔记\n\n**clientConnection**：组件连接 apiserver 用的 kubeconfig 和限速设置。\n',
      'notes/fence.md': '# 代码\n\n~~~yaml\nkind: Pod\n',
    }), { layout: false });
    const found = inBothLanguages(g, ['card-no-concept', 'card-duplicate-id', 'note-slug-clash', 'ambiguous-field', 'unclosed-fence']);
    const at = (code: string) => found.find((d) => d.code === code)!;
    // The English as the CLI printed it before the keys.
    expect(at('card-no-concept').message).toBe('card "这是什么？" belongs to no concept: it is not part of any review');
    expect(at('card-duplicate-id').message).toMatch(/^card id \S+ is already used by the card at line 5 \(the same question\); this one gets \S+-2$/);
    expect(at('card-duplicate-id').hint).toBe('Ask a different question, or give one of them an explicit id: `> [!question] 问题 {#my-id}`.');
    expect(at('note-slug-clash').message).toMatch(/^this note's page URL notes\/调度-笔记\/ is already taken by notes\/调度 笔记\.md \(the two paths differ only in punctuation, spaces or case\); it is published at notes\/\S+\/ instead$/);
    expect(at('unclosed-fence').hint).toBe('Add a closing ~~~ line after the code.');
    expect(at('ambiguous-field').hint).toMatch(/^Name the kind nearby \(a heading such as "Kube\w+Configuration 的字段", or a YAML example of it\), or write the path \(Kube\w+Configuration: clientConnection\)\.$/);
    // The Chinese.
    expect(zh(at('unclosed-fence').hintText!)).toBe('在代码后面加一行 ~~~，结束这个代码块。');
    expect(zh(at('card-no-concept').text!)).toBe('卡片 “这是什么？” 不属于任何概念：它不会出现在任何复习里');
  });
});

describe("map-structure, card-marker, content-folder and unclassified-note findings in the reader's language", () => {
  it('carry a key for their message and hint (zh-CN and en); the English, which the CLI prints, is unchanged', async () => {
    const g = await loadGraph(await contentDir({
      'map.md': [
        '- 技能图谱 {#root}',
        '  - Pod（容器组） {#pod kind=object}',
        '    - {#only-attrs}',
        '    - ',
        '  - 坏 ID {#Bad_ID}',
        '  - 不能读 {#x "oops}',
        '  - 坏 kind {#bad-kind kind=widget}',
        '  - 坏 id 属性 {id="No Good"}',
        '  - 未知属性 {#unk color=red}',
        '- 第二个根 {#second}',
        '',
      ].join('\n'),
      'concepts/pod.md': note('id: pod', [
        '# Pod', '',
        '> [!questoin] 什么是 Pod？', '> 最小单元。', '',
        '> [!question]什么是 Pod？', '> 最小单元。', '',
        '>', '> [!question] 空行开头？', '> 答案。', '',
        '> [!question] 坏 id {#Bad_Id}', '> 答案。', '',
        '> [!question]', '> 没有问题。', '',
        '> [!question] 没有答案？', '',
      ].join('\n')),
      'misc/stray.md': '# 杂项\n',
    }), { layout: false });
    const found = inBothLanguages(g, ['map-empty-item', 'invalid-id', 'map-attribute', 'map-extra-root', 'card-marker', 'card-id', 'card-no-question', 'card-no-answer', 'unclassified-note']);
    // Every variant: two kinds of empty item, two invalid ids, three attribute findings, four card markers.
    expect(found.map((d) => d.text!.key).sort()).toEqual([
      'finding.card-id', 'finding.card-marker-not-first', 'finding.card-no-answer', 'finding.card-no-question', 'finding.card-no-space', 'finding.card-not-marker',
      'finding.map-attribute-unknown', 'finding.map-attribute-unreadable', 'finding.map-empty-item', 'finding.map-extra-root', 'finding.map-invalid-id', 'finding.map-invalid-id',
      'finding.map-item-no-label', 'finding.map-kind', 'finding.unclassified-note',
    ]);
    const at = (line: number, code: string) => found.find((d) => d.file === 'map.md' && d.line === line && d.code === code)!;
    // The English as the CLI printed it before the keys.
    expect(at(5, 'invalid-id').message).toBe('map id "#Bad_ID" is not a valid id');
    expect(at(5, 'invalid-id').hint).toBe('Use lower-case letters, digits and hyphens, e.g. {#rolling-update}.');
    expect(at(7, 'map-attribute').message).toBe('kind "widget" is not one of topic, object, field, state, pattern, term');
    expect(at(7, 'map-attribute').hint).toBe('Use one of: topic, object, field, state, pattern, term.');
    expect(at(6, 'map-attribute').message).toBe('cannot read ""oops" in the item\'s {…} attributes');
    expect(at(10, 'map-extra-root').message).toBe('"第二个根" is a second top-level item; placed under the root');
    expect(diag(g, 'card-id')[0]!.hint).toBe('Card ids are lowercase letters, digits and hyphens, starting with a letter or digit: `{#pod-logical}`.');
    // The Chinese.
    expect(zh(at(10, 'map-extra-root').text!)).toBe('“第二个根” 是第二个顶层条目；已放到根节点下');
    expect(zh(at(7, 'map-attribute').hintText!)).toBe('从这些值中选一个：topic, object, field, state, pattern, term。');
    expect(zh(diag(g, 'unclassified-note')[0]!.text!)).toBe('这个 Markdown 文件不在 map.md、concepts/ 或 notes/ 里（已忽略）');

    const noMap = await loadGraph(await contentDir({ 'concepts/pod.md': note('id: pod') }), { layout: false });
    expect(zh(inBothLanguages(noMap, ['map-missing'])[0]!.text!)).toBe('这个文件夹里没有 map.md 文件：没有上级的概念笔记挂在一个生成的根节点下');
    const emptyMap = await loadGraph(await contentDir({ 'map.md': '# 图谱\n\n没有列表。\n' }), { layout: false });
    inBothLanguages(emptyMap, ['map-empty']);
    const missing = inBothLanguages(await loadGraph('/nonexistent/k8smap/content'), ['content-missing']);
    expect(missing[0]!.message).toBe('content folder cannot be read (ENOENT)');
    expect(zh(missing[0]!.text!)).toBe('无法读取内容文件夹（ENOENT）');
  });
});

describe("a map attribute's finding points at the attribute (issue 13)", () => {
  it('gives the column of the attribute token, not of the item', async () => {
    const map = [
      '# 图谱',
      '',
      '- Kubernetes 技能图谱',
      '  - 工作负载 {kind=topik}',
      '    - Pod {#pod foo=bar}',
      '  - 网络 {#net',
      '    kind=nope}',
      '  * 存储 {#Bad_Id}',
      '',
    ].join('\n');
    const g = await loadGraph(await contentDir({ 'map.md': map }), { layout: false });
    const places = g.diagnostics
      .filter((d) => d.file === 'map.md' && (d.code === 'map-attribute' || d.code === 'invalid-id'))
      .map((d) => `${d.line}:${d.column} ${d.code}`);
    expect(places).toEqual([
      '4:11 map-attribute', // kind=topik, after `  - 工作负载 {`
      '5:17 map-attribute', // foo=bar
      '7:5 map-attribute', // kind=nope on the item's second line
      '8:9 invalid-id', // #Bad_Id
    ]);
  });
});

describe('ambiguous-field hint', () => {
  it('proposes only a path the field catalogue has, or none', async () => {
    const g = await loadGraph(await contentDir({
      'notes/探针.md': '# 探针参数\n\n**timeoutSeconds**：探测超时的秒数。\n\n**requests**：调度时预留的资源。\n',
    }), { layout: false });
    const found = inBothLanguages(g, ['ambiguous-field']);
    expect(found.length).toBeGreaterThan(0);
    for (const d of found) {
      const { kind, path } = d.hintText!.vars as { kind: string; path: string };
      const name = /\b(timeoutSeconds|requests)\b/.exec(d.message)![1]!;
      const known = [...fieldsNamed(name), ...configFieldsNamed(name)].filter((o) => o.owner === kind).map((o) => o.path);
      expect(known, d.hint).toContain(path);
      expect(d.hint).not.toMatch(/: spec\.(timeoutSeconds|requests)\)/);
    }
    // an owner the catalogue has no such field for: the hint names the kind and no path
    const none = ambiguousFieldHint('timeoutSeconds', ['NoSuchKind']);
    expect(none).toEqual({ key: 'finding.hint.ambiguous-field-kind', vars: { kind: 'NoSuchKind' } });
    // the first owner that has the field gives the path
    expect(ambiguousFieldHint('timeoutSeconds', ['NoSuchKind', 'Pod'])).toEqual({ key: 'finding.hint.ambiguous-field', vars: { kind: 'Pod', path: 'spec.containers[].livenessProbe.timeoutSeconds' } });
  });
});
