/**
 * Small general fixes the lead made after looking at built sites from free-form notes: each is a
 * reading an expert would never get wrong. Sentences written for this test.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/graph/index.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const note = (...lines: string[]) => lines.join('\n') + '\n';

describe('bold words of emphasis are not names', () => {
  it('a logical word in capitals (AND, OR, NOT) set in bold mid-sentence is no term; a bold proper name still is', async () => {
    const dir = await contentDir({
      'notes/n.md': note(
        '# 标签选择',
        '',
        '- 多个条件之间是 **OR**，满足一个就行；',
        '- 同一组里的表达式之间是 **AND**，必须全部满足；',
        '- 写成 NotIn 时表示 **NOT**，标签不在列表里才选中。',
        '',
        '组件之间通过 **Admission Review** 交换请求和应答。',
      ),
    });
    const g = await loadGraph(dir, { layout: false });
    const titles = g.concepts.map((c) => c.title);
    expect(titles).not.toContain('OR');
    expect(titles).not.toContain('AND');
    expect(titles).not.toContain('NOT');
    expect(titles).toContain('Admission Review');
  });
});
