/**
 * rules9 (docs/miner.md, "rules9"): names in structural places and glosses — a heading that is a
 * name glossed in parentheses (`## 令牌桶（Token Bucket）`), a question heading asking what a Chinese
 * name is (`级联删除有几种？`), a table row whose first cell is a bold name, and a Chinese or mixed
 * name glossed in English inside the definition another label opens. Sentences written for this
 * test, not taken from the corpora, with look-alikes that must not fire, then whole notes and
 * `--explain`.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { loadGraph } from '../../../src/graph/index.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const note = (...lines: string[]) => lines.join('\n') + '\n';
const explain = (dir: string, name: string) => spawnSync(process.execPath, ['src/cli/main.ts', 'graph', '--content', dir, '--explain', name], { encoding: 'utf8' }).stdout;

describe('rules9 in a whole note', () => {
  it('a name glossed in English inside another label\'s definition is a term of its own; a glossed modifier is not', async () => {
    const dir = await contentDir({
      'notes/n.md': note(
        '# 节点维护',
        '',
        '- **主动干扰：** 管理员自己发起的操作，比如排空节点。和它相对的是节点失联时由控制器发起的强制回收（forced reclaim），它不看任何预算。',
        '- **重启窗口：** 允许重启的时间段，一般配合滚动重启（rolling restart）的脚本使用。',
        '- **磁盘上限：** 超过了 Pod 会被驱逐，默认算的是节点的临时空间（scratch-space）。',
      ),
    });
    const g = await loadGraph(dir, { layout: false });
    const t = g.concepts.find((c) => c.title === '强制回收');
    expect(t?.kind).toBe('term');
    expect(t!.aliases.concat(t!.titleEn ?? '')).toContain('forced reclaim');
    expect(g.concepts.some((c) => c.title === '滚动重启')).toBe(false);
    // (a one-word gloss there is the spelling of a value named in passing)
    expect(g.concepts.some((c) => c.title === '临时空间')).toBe(false);
  });
});
