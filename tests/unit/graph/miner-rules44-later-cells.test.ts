/**
 * rules44: a name the note writes only inside a table cell that is not its row's first (`| resources | 容器 |
 * requests（调度依据）+ limits |`, `| 内存 | … | cgroup 内存上限（memory.max） |`) is a detail of the row the first
 * cell names, named in passing: the learned path does not add it (definer.ts NOT_LEARNED `later-cell-only`). The rules
 * still read such cells where a table explains fields (field-table, table-concept-row). Notes written for the test.
 */
import { describe, expect, it } from 'vitest';
import { NOT_LEARNED, nameCandidates, namedOnlyInLaterCells } from '../../../src/graph/miner/definer.ts';
import { note } from './definer-note.ts';

const table = (...rows: string[]) => ['# 笔记', '', '| 项 | 说明 | 备注 |', '| --- | --- | --- |', ...rows, ''];

describe('a name written only in later cells of a table (rules44)', () => {
  it('marks the occurrences in a row’s later cells, not in its first cell', () => {
    const n = note(...table('| resources | 容器 | requests（调度依据）+ limits（运行上限） |', '| `memory.max` | cgroup 的内存上限 | 超了 OOM |'));
    const c = nameCandidates(n);
    expect(c.get('requests')!.occurrences.every((o) => o.laterCell === true)).toBe(true);
    expect(c.get('resources')!.occurrences.some((o) => o.laterCell === true)).toBe(false);
    expect(c.get('memory.max')!.occurrences.some((o) => o.laterCell === true)).toBe(false);
  });

  it('says a name is only in later cells when every occurrence is', () => {
    const only = nameCandidates(note(...table('| resources | 容器 | requests（调度依据） |')));
    expect(namedOnlyInLaterCells(only.get('requests')!.occurrences)).toBe(true);
    // written again in a paragraph, a heading or a first cell: not only a detail of a row
    const prose = nameCandidates(note(...table('| resources | 容器 | requests（调度依据） |'), 'requests 决定调度，limits 决定上限。'));
    expect(namedOnlyInLaterCells(prose.get('requests')!.occurrences)).toBe(false);
    const heading = nameCandidates(note(...table('| resources | 容器 | requests（调度依据） |'), '## requests'));
    expect(namedOnlyInLaterCells(heading.get('requests')!.occurrences)).toBe(false);
    const first = nameCandidates(note(...table('| resources | 容器 | requests（调度依据） |', '| requests | 调度依据 | 必填 |')));
    expect(namedOnlyInLaterCells(first.get('requests')!.occurrences)).toBe(false);
    // a list item or a paragraph is no cell
    const item = nameCandidates(note('# 笔记', '', '- resources：requests（调度依据）'));
    expect(namedOnlyInLaterCells(item.get('requests')!.occurrences)).toBe(false);
    expect(namedOnlyInLaterCells([])).toBe(false);
  });

  it('is a veto of the learned path, after the kind and the aside in passing', () => {
    expect(NOT_LEARNED.map((r) => r.name)).toEqual(['known-kind-in-passing', 'aside-in-passing', 'later-cell-only', 'known-component-in-passing']);
    const veto = NOT_LEARNED.find((r) => r.name === 'later-cell-only')!;
    const c = nameCandidates(note(...table('| updateStrategy | RollingUpdate（倒序逐个）或 OnDelete | 默认 RollingUpdate |')));
    expect(veto.test(c.get('rollingupdate')!)).toBe(true);
    expect(veto.test(c.get('updatestrategy')!)).toBe(false);
  });
});
