/**
 * inc55: files a note includes (mdBook `{{#include}}`, MkDocs `--8<--`, VitePress `<!--@include-->` and
 * `<<<`) are read in (src/graph/includes.ts): shown, highlighted, their YAML checked with findings at
 * the included file's line; errors at file:line:col; include-only folders; the parse cache (disk and
 * the dev server's) keyed on the included files too. Every test here failed on the base (88706026):
 * includes were `include-unresolved` warnings and nothing was read in.
 */
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadGraph } from '../../../src/graph/index.ts';
import { keepParsedFiles } from '../../../src/graph/parse-files.ts';
import { findIncludes, includeSignature, selectLines } from '../../../src/graph/includes.ts';
import { classify, isIncludeOnly } from '../../../src/graph/files.ts';
import { mapFindings } from '../../../src/lib/highlight.ts';
import { cleanup, contentDir, diag } from './helpers.ts';

afterAll(cleanup);
afterEach(() => keepParsedFiles(false));

const POD_YAML = [
  '# ANCHOR: all', // 1
  'apiVersion: v1', // 2
  'kind: Pod', // 3
  'metadata:', // 4
  '  name: web', // 5
  'spec:', // 6
  '  containers:', // 7
  '    - name: web', // 8
  '      image: nginx', // 9
  '      imagePullPolicyy: Always', // 10: a typo, reported here
  '# ANCHOR_END: all', // 11
  '',
].join('\n');

const NOTE = [
  '# Pod 的镜像', // 1
  '', // 2
  '共享的例子：', // 3
  '', // 4
  '```yaml', // 5
  '{{#include ../_snippets/pod.yaml}}', // 6
  '```', // 7
  '', // 8
  '自己的例子：', // 9
  '', // 10
  '```yaml', // 11
  'apiVersion: v1', // 12
  'kind: Service', // 13
  'metadata:', // 14
  '  name: web', // 15
  'spec:', // 16
  '  selectorr: {}', // 17: the note's own typo, reported at the note's line
  '```', // 18
  '',
].join('\n');

describe('selectLines: ranges and regions as the tools read them', () => {
  const text = 'a\nb\nc\nd\n';
  it('mdBook / MkDocs ranges: one line, open ends, a closed range', () => {
    const sel = (from?: number, to?: number) => selectLines(text, { kind: 'lines', ...(from ? { from } : {}), ...(to ? { to } : {}) });
    expect(sel(2, 2)).toEqual({ ok: true, lines: [{ text: 'b', line: 2 }] });
    expect(sel(undefined, 2)).toMatchObject({ ok: true, lines: [{ line: 1 }, { line: 2 }] });
    expect(sel(3)).toMatchObject({ ok: true, lines: [{ line: 3 }, { line: 4 }] });
    expect(sel(9)).toMatchObject({ ok: false });
    expect(sel(3, 2)).toMatchObject({ ok: false });
  });
  it('regions: mdBook anchors, MkDocs sections, VS Code regions; marker lines left out', () => {
    expect(selectLines(POD_YAML, { kind: 'anchor', name: 'all' })).toMatchObject({ ok: true });
    const all = selectLines(POD_YAML, { kind: 'all' });
    expect(all.ok && all.lines.map((l) => l.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const mk = selectLines('x\n<!-- --8<-- [start:s] -->\ny\n<!-- --8<-- [end:s] -->\n', { kind: 'anchor', name: 's' });
    expect(mk).toEqual({ ok: true, lines: [{ text: 'y', line: 3 }] });
    const vs = selectLines('# #region r\nk: v\n# #endregion r\n', { kind: 'anchor', name: 'r' });
    expect(vs).toEqual({ ok: true, lines: [{ text: 'k: v', line: 2 }] });
    expect(selectLines('a\n', { kind: 'anchor', name: 'nope' })).toMatchObject({ ok: false });
  });
});

describe('findIncludes: every form, its path resolved', () => {
  it('reads the forms and their selections', () => {
    const text = [
      '{{#include ../y/pod.yaml:2:10}}',
      '{{#include pod.yaml:all}}',
      '--8<-- "_snippets/a.md:3:9"',
      '--8<--',
      '_snippets/b.md',
      '; _snippets/skipped.md',
      '--8<--',
      '<!--@include: ./parts/intro.md{2,}-->',
      '<<< @/_snippets/pod.yaml{2-3 yaml}',
      '<<< ./code.ts#region-a',
      '--8<-- "https://example.com/x.md"',
      'not an include {{#include a.md}} mid-line',
    ].join('\n');
    const refs = [...findIncludes(text, 'book/src/ch.md').entries()].map(([i, r]) => r && [i, r.tool, r.target, r.select, r.codeImport?.lang, r.remote]);
    expect(refs).toEqual([
      [0, 'mdBook', 'book/y/pod.yaml', { kind: 'lines', from: 2, to: 10 }, undefined, undefined],
      [1, 'mdBook', 'book/src/pod.yaml', { kind: 'anchor', name: 'all' }, undefined, undefined],
      [2, 'MkDocs', '_snippets/a.md', { kind: 'lines', from: 3, to: 9 }, undefined, undefined],
      null,
      [4, 'MkDocs', '_snippets/b.md', { kind: 'all' }, undefined, undefined],
      null,
      null,
      [7, 'VitePress', 'book/src/parts/intro.md', { kind: 'lines', from: 2 }, undefined, undefined],
      [8, 'VitePress', '_snippets/pod.yaml', { kind: 'all' }, 'yaml', undefined],
      [9, 'VitePress', 'book/src/code.ts', { kind: 'anchor', name: 'region-a' }, undefined, undefined],
      [10, 'MkDocs', undefined, { kind: 'all' }, undefined, true],
    ]);
    // VitePress's forms are no include in code; mdBook's and MkDocs' are (that is where they mostly are)
    expect([...findIncludes('<<< @/a.yaml\n{{#include a.yaml}}', 'n.md', () => true).keys()]).toEqual([1]);
    // a path that leaves the content folder
    expect(findIncludes('{{#include ../../etc/passwd}}', 'notes/a.md').get(0)?.target).toBeUndefined();
  });
});

describe('include-only folders', () => {
  it('a Markdown file under _snippets/, snippets/, _includes/, includes/, _partials/, partials/ is no note', () => {
    for (const f of ['_snippets/a.md', 'notes/snippets/a.md', 'docs/_includes/x.md', 'Partials/y.md']) {
      expect(isIncludeOnly(f)).toBe(true);
      expect(classify(f, 'loose')).toBe('ignored');
    }
    // look-alikes: a note named so, a folder that only starts so
    for (const f of ['notes/snippets.md', 'notes/includes-and-more/a.md', 'notes/_snippet/a.md']) {
      expect(isIncludeOnly(f)).toBe(false);
      expect(classify(f, 'laid-out')).toBe('note');
    }
  });
});

describe('on the page', () => {
  it('mdBook: a shared YAML example in a fence is shown, highlighted and checked at the included file\'s line', async () => {
    const dir = await contentDir({ 'notes/pod.md': NOTE, '_snippets/pod.yaml': POD_YAML });
    const g = await loadGraph(dir, { layout: false, cache: false });
    const note = g.notes!.find((n) => n.file === 'notes/pod.md')!;
    expect(note.body).not.toContain('{{#include');
    expect(note.body).toContain('imagePullPolicyy');
    expect(note.body).not.toContain('ANCHOR');
    const unknown = diag(g, 'yaml-unknown-field').map((d) => `${d.file}:${d.line}:${d.column}`);
    expect(unknown).toEqual(['_snippets/pod.yaml:10:7', 'notes/pod.md:17:3']);
    const pod = g.examples.find((e) => e.source.file === 'notes/pod.md' && e.kinds.includes('Pod'))!;
    // the page marks the finding on the example's own line 9 (pod.yaml's line 10: its anchor line is left out)
    expect(pod.lineOrigins?.slice(0, 2)).toEqual([{ file: '_snippets/pod.yaml', line: 2 }, { file: '_snippets/pod.yaml', line: 3 }]);
    expect(mapFindings(pod, 'x').map((f) => f.codeLine)).toEqual([9]);
    expect(diag(g, 'include-unresolved')).toEqual([]);
    // the snippet folder is no page, and no file is reported unclassified
    expect(g.notes!.some((n) => n.file.startsWith('_snippets/'))).toBe(false);
    expect(diag(g, 'unclassified-note')).toEqual([]);
    expect(diag(g, 'include-only-unused')).toEqual([]);
  });

  it('an include-only Markdown file no note includes is reported (it is on no page)', async () => {
    const dir = await contentDir({ 'notes/a.md': '# A\n\n正文。\n', 'notes/_snippets/unused.md': '没人引入。\n', '_snippets/pod.yaml': 'a: 1\n' });
    const g = await loadGraph(dir, { layout: false, cache: false });
    expect(diag(g, 'include-only-unused').map((d) => `${d.file}:${d.line}:${d.column}`)).toEqual(['notes/_snippets/unused.md:1:1']);
    expect(g.notes!.map((n) => n.file)).toEqual(['notes/a.md']);
  });

  it('MkDocs and VitePress: a shared Markdown part (its fence checked at its own line), a code import, nested includes', async () => {
    const shared = ['共享段落：**探针**每 10 秒检查一次。', '', '```yaml', '--8<-- "_snippets/probe.yaml"', '```', ''].join('\n');
    const probe = ['apiVersion: v1', 'kind: Pod', 'metadata:', '  name: p', 'spec:', '  containers:', '    - name: a', '      image: nginx', '      livenessProbe:', '        periodSecond: 10', ''].join('\n');
    const mk = ['# 探针', '', '--8<-- "_snippets/shared.md"', '', '结尾。', ''].join('\n');
    const vp = ['# 代码', '', '<<< @/_snippets/probe.yaml{9-10 yaml}', '', '<!--@include: ./parts/intro.md{2,2}-->', ''].join('\n');
    const dir = await contentDir({
      'notes/mk.md': mk, 'notes/vp.md': vp, 'notes/parts/intro.md': '第一行\n引入的第二行。\n第三行\n',
      '_snippets/shared.md': shared, '_snippets/probe.yaml': probe,
    });
    const g = await loadGraph(dir, { layout: false, cache: false });
    const body = (f: string) => g.notes!.find((n) => n.file === f)!.body;
    expect(body('notes/mk.md')).toContain('<strong>探针</strong>');
    expect(body('notes/mk.md')).toContain('periodSecond');
    expect(body('notes/mk.md')).not.toContain('8&#x3C;');
    expect(body('notes/vp.md')).toMatch(/language-yaml/);
    expect(body('notes/vp.md')).toContain('引入的第二行');
    expect(body('notes/vp.md')).not.toContain('第三行');
    // both notes show the probe as a checked example; its typo is reported once, at the YAML file's line 10
    for (const f of ['notes/mk.md', 'notes/vp.md']) expect(g.examples.some((e) => e.source.file === f && e.kinds.includes('Pod'))).toBe(true);
    expect(diag(g, 'yaml-unknown-field').map((d) => `${d.file}:${d.line}`)).toEqual(['_snippets/probe.yaml:10']);
    // an included Markdown file that is a note itself is still its own page
    expect(g.notes!.some((n) => n.file === 'notes/parts/intro.md')).toBe(true);
  });

  it('errors at file:line:col with a hint: missing file, outside the folder, cycle, bad range, too deep', async () => {
    const chain: Record<string, string> = {};
    for (let i = 0; i < 12; i++) chain[`notes/deep/d${i}.md`] = `# d${i}\n\n{{#include d${i + 1}.md}}\n`;
    const dir = await contentDir({
      'notes/bad.md': ['# 坏的', '', '{{#include nope.yaml}}', '', '  --8<-- "../../etc/passwd"', '', '```yaml', '{{#include ok.yaml:5:9}}', '```', ''].join('\n'),
      'notes/ok.yaml': 'a: 1\n',
      'notes/a.md': '# A\n\n{{#include b.md}}\n',
      'notes/b.md': '# B\n\n{{#include a.md}}\n',
      ...chain,
      'notes/deep/d12.md': '# 最深\n',
    });
    const g = await loadGraph(dir, { layout: false, cache: false });
    const at = (code: string) => diag(g, code).map((d) => `${d.file}:${d.line}:${d.column}`);
    expect(at('include-missing')).toEqual(['notes/bad.md:3:1']);
    expect(at('include-outside')).toEqual(['notes/bad.md:5:3']);
    expect(at('include-range')).toEqual(['notes/bad.md:8:1']);
    // a.md includes b.md, which includes a.md: said once from each note, at the line that closes the cycle
    expect(at('include-cycle').sort()).toEqual(['notes/a.md:3:1', 'notes/b.md:3:1']);
    expect(diag(g, 'include-cycle')[0]!.message).toMatch(/notes\/(a|b)\.md → notes\/(a|b)\.md → notes\/(a|b)\.md/);
    expect(at('include-depth').length).toBeGreaterThan(0);
    for (const d of [...diag(g, 'include-missing'), ...diag(g, 'include-range')]) expect(d.hint).toBeTruthy();
    // an include line that shares its paragraph with text (here the end of a MkDocs block, rewritten to `:::`) is warned, not lost
    const adm = await loadGraph(await contentDir({ 'a.md': '# 提示\n\n!!! note "共享"\n\n    --8<-- "_snippets/tip.md"\n\n正文。\n', '_snippets/tip.md': '提示。\n' }), { layout: false, cache: false });
    expect(diag(adm, 'include-unresolved').map((d) => `${d.file}:${d.line}:${d.column}`)).toEqual(['a.md:5:1']);
    // the lines are shown as written
    expect(g.notes!.find((n) => n.file === 'notes/bad.md')!.body).toContain('{{#include nope.yaml}}');
  });
});

describe('the parse cache keys a note on what it includes', () => {
  const setup = async () => {
    const dir = await contentDir({ 'notes/pod.md': NOTE, '_snippets/pod.yaml': POD_YAML });
    const cache = await mkdtemp(path.join(tmpdir(), 'k8smap-inc55-cache-'));
    return { dir, cache };
  };
  const fixed = POD_YAML.replace('imagePullPolicyy', 'imagePullPolicy');

  it('the disk cache: editing only the included file shows the change on the next build', async () => {
    const { dir, cache } = await setup();
    const first = await loadGraph(dir, { layout: false, cache });
    expect(diag(first, 'yaml-unknown-field').map((d) => d.file)).toEqual(['_snippets/pod.yaml', 'notes/pod.md']);
    await writeFile(path.join(dir, '_snippets/pod.yaml'), fixed);
    const second = await loadGraph(dir, { layout: false, cache });
    expect(diag(second, 'yaml-unknown-field').map((d) => d.file)).toEqual(['notes/pod.md']);
    expect(second.notes!.find((n) => n.file === 'notes/pod.md')!.body).not.toContain('imagePullPolicyy');
  });

  it('the dev server (parse results kept between loads): the same', async () => {
    const { dir } = await setup();
    keepParsedFiles(true);
    const first = await loadGraph(dir, { layout: false, cache: false });
    expect(first.notes!.find((n) => n.file === 'notes/pod.md')!.body).toContain('imagePullPolicyy');
    await writeFile(path.join(dir, '_snippets/pod.yaml'), fixed);
    const second = await loadGraph(dir, { layout: false, cache: false });
    expect(second.notes!.find((n) => n.file === 'notes/pod.md')!.body).not.toContain('imagePullPolicyy');
    expect(diag(second, 'yaml-unknown-field').map((d) => d.file)).toEqual(['notes/pod.md']);
  });

  it('includeSignature: empty for a note with no include, changes with an included file\'s bytes', async () => {
    const files: Record<string, Uint8Array> = { 'a.yaml': Buffer.from('x: 1\n') };
    const read = (f: string) => files[f] ?? Object.assign(new Error('missing'), { code: 'ENOENT' });
    expect(includeSignature(read, 'n.md', Buffer.from('# 没有引入\n'))).toBe('');
    const note = Buffer.from('```yaml\n{{#include a.yaml}}\n```\n');
    const before = includeSignature(read, 'n.md', note);
    files['a.yaml'] = Buffer.from('x: 2\n');
    expect(includeSignature(read, 'n.md', note)).not.toBe(before);
    expect(before).not.toBe('');
  });
});
