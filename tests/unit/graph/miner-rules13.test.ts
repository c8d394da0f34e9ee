/**
 * rules13 (docs/miner.md, "rules13"): a keyword of a concept note (`keywords:`, search-only words)
 * is evidence that a name a free-form note explains, weakly (a code span opening a list item, a
 * name glossed in running text that the learned scorer leaves under its threshold), is a concept
 * of its own: it gets its own page, related to the concept whose keywords list it, and never
 * attaches to that concept. Without the keyword the same note makes no concept of the name. The
 * names and sentences are made up for this test. (rules26: the list items' names are capitalised
 * words, which a code span may be as a field's value; a name spelt with hyphens, `tenant-critical`,
 * is a term of its own without a keyword: miner-rules26.test.ts.)
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { loadGraph } from '../../../src/graph/index.ts';
import { cleanup, concept, contentDir, hasEdge } from './helpers.ts';

afterAll(cleanup);

const MAP = '- 技能图谱 {#root}\n  - [沙箱运行时（Sandboxed runtime）](concepts/sandbox.md)\n';
const sandboxNote = (keywords: string) =>
  `---\nid: sandbox\ntitle: Sandboxed runtime\ntitleZh: 沙箱运行时\naliases: [沙箱容器]\n${keywords}\nkind: topic\n---\n\n沙箱运行时把不可信的容器和宿主机内核隔开。\n`;
const CHAPTER = [
  '# 跑不可信的代码',
  '',
  '租户上传的脚本不可信，我们给这些 Pod 换成 Quartzbox（在用户态重新实现内核接口、拦截系统调用的运行时）来跑，别的 Pod 照旧用 runc。',
  '',
  '调度上有两档优先级：',
  '',
  '- `TenantCritical`：租户核心服务用的优先级，资源紧张时最后被挤掉。',
  '- `TenantBatch`：批处理任务用的优先级，先被挤掉。',
  '',
  '听说 Flintbox 也能做同样的事，我们没试过。',
  '',
].join('\n');

async function build(keywords: string, withConceptNote = true) {
  const files: Record<string, string> = { 'notes/untrusted.md': CHAPTER };
  if (withConceptNote) Object.assign(files, { 'map.md': MAP, 'concepts/sandbox.md': sandboxNote(keywords) });
  const dir = await contentDir(files);
  return { dir, g: await loadGraph(dir) };
}

const titles = (g: Awaited<ReturnType<typeof loadGraph>>) => g.concepts.map((c) => c.title);
const idOf = (g: Awaited<ReturnType<typeof loadGraph>>, title: string) => g.concepts.find((c) => c.title === title)?.id;

describe('a keyword of a concept note is evidence for a concept of its own', () => {
  it('a name the note glosses weakly becomes a concept only when a concept note lists it as a keyword', async () => {
    const without = await build('keywords: [隔离]');
    expect(titles(without.g)).not.toContain('Quartzbox');
    const alone = await build('', false);
    expect(titles(alone.g)).not.toContain('Quartzbox');

    const { g } = await build('keywords: [Quartzbox, Flintbox]');
    const id = idOf(g, 'Quartzbox');
    expect(id).toBeDefined();
    expect(id).not.toBe('sandbox');
    expect(concept(g, id!).kind).toBe('term');
    // its own page, related to the concept whose keywords list it; nothing attached to that concept
    expect(hasEdge(g, 'related', id!, 'sandbox') || hasEdge(g, 'related', 'sandbox', id!)).toBe(true);
    expect(concept(g, 'sandbox').aliases).toEqual(['沙箱容器']);
    expect(concept(g, 'sandbox').excerpts).toEqual([]);
    // a keyword named in passing (no gloss, no defining word after it) is still nothing
    expect(titles(g)).not.toContain('Flintbox');
  });

  it('a code span opening a list item (a rule that names only known things) is a term when it is a keyword', async () => {
    const without = await build('keywords: [隔离]');
    expect(titles(without.g)).not.toContain('TenantCritical');
    const { g } = await build('keywords: [TenantCritical]');
    const id = idOf(g, 'TenantCritical');
    expect(id).toBeDefined();
    expect(hasEdge(g, 'related', id!, 'sandbox') || hasEdge(g, 'related', 'sandbox', id!)).toBe(true);
    // the other item is no keyword: not a concept
    expect(titles(g)).not.toContain('TenantBatch');
  });

  it('a keyword that is also a name of a concept stays that concept (no second one)', async () => {
    const { g } = await build('keywords: [沙箱容器, Quartzbox]');
    expect(g.concepts.filter((c) => c.title === '沙箱容器' || c.aliases.includes('沙箱容器')).map((c) => c.id)).toEqual(['sandbox']);
  });

  it('--explain says which rule and which keyword', async () => {
    const { dir } = await build('keywords: [Quartzbox, TenantCritical]');
    const run = (name: string) => spawnSync(process.execPath, ['src/cli/main.ts', 'graph', '--content', dir, '--explain', name], { encoding: 'utf8' }).stdout;
    expect(run('Quartzbox')).toMatch(/\[learned-keyword → learned-keyword-term ← keyword \(Quartzbox of sandbox\)\]/);
    expect(run('TenantCritical')).toMatch(/\[code-colon → code-colon-term ← keyword \(TenantCritical of sandbox\)\]/);
    // the weak candidate that is no keyword says why it is nothing (a name that is no concept: on stderr)
    const { dir: plain } = await build('keywords: [隔离]');
    const none = spawnSync(process.execPath, ['src/cli/main.ts', 'graph', '--content', plain, '--explain', 'Quartzbox'], { encoding: 'utf8' }).stderr;
    expect(none).toMatch(/\[learned-keyword → not-a-keyword\] the learned scorer scored it under its threshold, and no concept note lists it as a keyword/);
  });
});
