/**
 * Lead, thirty-eighth session (docs/miner.md): a plain list item's gloss before its colon gives the name's other names,
 * as a bold label's gloss does (`1. ReadWriteOnce（RWO）：…` → ReadWriteOnce, also RWO; alone-names.ts plainLeadGloss,
 * read by definitions.ts `list-name-colon`). Look-alikes: a remark in the parentheses (`（默认）`) is no name, an item
 * with no gloss has no other name. Notes written for this test.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { List, Paragraph } from 'mdast';
import { runStages } from '../../../src/graph/load.ts';
import { plainLeadGloss } from '../../../src/graph/miner/alone-names.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const firstParagraph = (md: string) => ((fromMarkdown(md).children[0] as List).children[0]!.children[0] as Paragraph);

describe('plainLeadGloss', () => {
  it('reads the parentheses between a plain lead and its colon, and nothing else', () => {
    expect(plainLeadGloss(firstParagraph('1. ReadWriteOnce（RWO）：只能被一个节点读写挂载'))).toBe('RWO');
    expect(plainLeadGloss(firstParagraph('- Recreate (重建): 先删后建'))).toBe('重建');
    expect(plainLeadGloss(firstParagraph('- ReadWriteOnce：只能被一个节点读写挂载'))).toBe('');
    expect(plainLeadGloss(firstParagraph('- 只能被一个节点（RWO）读写：挂载'))).toBe('');
  });
});

describe('list-name-colon with a gloss, in a note', () => {
  it('gives the access modes their abbreviations as other names; a remark or no gloss gives none', async () => {
    const dir = await contentDir({
      'notes/pv.md': [
        '# 存储笔记',
        '',
        '## 访问模式',
        '',
        'accessModes 有四种：',
        '',
        '1. ReadWriteOnce（RWO）：只能被一个节点以读写方式挂载；',
        '2. ReadOnlyMany（ROX）：可以被多个节点只读挂载；',
        '3. ReadWriteMany（RWX）：可以被多个节点读写挂载；',
        '4. ReadWriteOncePod：只能被一个 Pod 读写挂载。',
        '',
        '## 回收',
        '',
        '- Retain（默认）：保留数据，要管理员手动清理；',
        '- Delete：连同后端存储一起删掉。',
        '',
      ].join('\n'),
    });
    const g = (await runStages(dir, { layout: false })).graph!;
    const aliases = (t: string) => g.concepts.find((c) => c.title === t)?.aliases;
    expect(aliases('ReadWriteOnce')).toContain('RWO');
    expect(aliases('ReadOnlyMany')).toContain('ROX');
    expect(aliases('ReadWriteMany')).toContain('RWX');
    expect(aliases('ReadWriteOncePod') ?? []).toEqual([]);
    for (const c of g.concepts) expect(c.aliases ?? [], c.title).not.toContain('默认');
  });
});
