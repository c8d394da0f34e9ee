/**
 * Obsidian comments `%%…%%` are the author's own (comments.ts): no page, excerpt, search text or
 * concept shows them, and positions after them stay where the author sees them.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/graph/index.ts';
import { blankComments } from '../../../src/graph/comments.ts';
import { parseMarkdown } from '../../../src/graph/markdown.ts';
import { cleanup, contentDir, diag } from './helpers.ts';

afterAll(cleanup);

const blanked = (md: string) => blankComments(md, parseMarkdown(md));

describe('blankComments', () => {
  it('blanks inline and block comments with spaces, keeping line breaks and length', () => {
    const md = '甲%%私密%%乙\n\n%%\n第一行\n第二行\n%%\n丙\n';
    const out = blanked(md)!;
    expect(out.body).toHaveLength(md.length);
    expect(out.body.split('\n')).toHaveLength(md.split('\n').length);
    expect(out.body).not.toMatch(/私密|第一行|第二行|%%/);
    expect(out.body.startsWith('甲')).toBe(true);
    expect(out.body).toContain('乙');
    expect(out.body).toContain('丙');
    expect(out.unclosedAt).toBeUndefined();
  });

  it('leaves %% in code spans and fences alone, and says nothing when there is no comment', () => {
    expect(blanked('用 `printf "%%d"` 打印\n')).toBeUndefined();
    expect(blanked('~~~\necho 100%%\n~~~\n')).toBeUndefined();
    expect(blanked('没有注释\n')).toBeUndefined();
    const out = blanked('`a%%b` 正文 %%藏起来%% 尾\n')!;
    expect(out.body).toContain('`a%%b`');
    expect(out.body).not.toContain('藏起来');
  });

  it('hides the rest of the note after a %% never closed, and says where it opened', () => {
    const md = '正文\n%% 开了没关\n后面全是注释\n';
    const out = blanked(md)!;
    expect(out.unclosedAt).toBe(md.indexOf('%%'));
    expect(out.body).not.toContain('后面全是注释');
    expect(out.body.startsWith('正文\n')).toBe(true);
  });
});

describe('comments in a built graph', () => {
  it('defines no concept, shows nothing on the page, and keeps later positions', async () => {
    const md = [
      '# 探针笔记',
      '',
      '**livenessProbe**：存活探针，失败时 kubelet 重启容器。%%面试时别说错%%',
      '',
      '%%',
      '**秘密术语**：只给自己看的定义，不要发布。',
      '%%',
      '',
      '另见 [[nowhere]]。',
      '',
    ].join('\n');
    const g = await loadGraph(await contentDir({ 'notes/探针.md': md }), { layout: false });
    const titles = g.concepts.map((c) => c.title);
    expect(titles).toContain('livenessProbe');
    expect(titles.join('|')).not.toContain('秘密术语');
    const note = g.notes!.find((n) => n.file === 'notes/探针.md' || n.file === '探针.md')!;
    expect(note.body).not.toMatch(/面试时别说错|秘密术语|只给自己看|%%/);
    const all = JSON.stringify(g);
    expect(all).not.toMatch(/面试时别说错|秘密术语|只给自己看/);
    expect(diag(g, 'dangling-reference')[0]!).toMatchObject({ line: 9, column: 4 });
    expect(diag(g, 'comment-unclosed')).toHaveLength(0);
  });

  it('warns at the line and column of a %% never closed', async () => {
    const md = '# 笔记\n\n正文 %% 忘了关\n\n**Pod**：最小的调度单位。\n';
    const g = await loadGraph(await contentDir({ 'notes/n.md': md }), { layout: false });
    expect(diag(g, 'comment-unclosed')).toMatchObject([{ line: 3, column: 4 }]);
    expect(JSON.stringify(g)).not.toContain('忘了关');
  });
});
