/**
 * The review page of notes whose cards all belong to no concept (qa45: an operations engineer's
 * `## 坑` section with two cards): it listed "these notes have no self-check cards yet", though
 * the notes have two. `unplacedCards` gives the page where each one is.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/graph/index.ts';
import { createViews } from '../../../src/views/index.ts';
import { unplacedCards } from '../../../src/views/cards.ts';
import { cleanup, contentDir } from '../graph/helpers.ts';

afterAll(cleanup);

describe('unplacedCards: cards the review cannot hold', () => {
  it('lists each card of no concept with its note, line and question, and its place on the note page', async () => {
    const md = '# 备忘：命令 & 坑\n\n## 坑\n\n一个自测：\n\n> [!question] 就绪探针失败时会被重启吗？\n> 不会，只会从 Endpoints 中摘除。\n\n> [!question] <b>两者</b>都为 0 会怎样？\n> apply 会被拒绝。\n';
    const dir = await contentDir({ 'notes/09-备忘.md': md, 'notes/01-入门.md': '# 入门\n\n**Pod：**最小的调度单位。\n' });
    const graph = await loadGraph(dir, { layout: false });
    const views = createViews(graph, { base: '/', sources: { projectRoot: dir, contentDir: dir, repoUrl: '', editBranch: 'main', lastUpdated: () => undefined } });
    expect(views.cards.cards).toEqual([]);
    const found = unplacedCards(graph);
    expect(found.map((c) => `${c.file}:${c.line}`)).toEqual(['notes/09-备忘.md:7', 'notes/09-备忘.md:10']);
    expect(found[0]!.question).toBe('就绪探针失败时会被重启吗？');
    // each place is an anchor of the note page (the card itself)
    const note = graph.notes!.find((n) => n.file === 'notes/09-备忘.md')!;
    for (const c of found) expect(note.body).toContain(` id="L${c.line}"`);
    expect(views.noteHref(found[0]!.file, `L${found[0]!.line}`)).toBe(`/notes/${encodeURIComponent(note.id)}/#L7`);
  });
  it('none when every card has a concept', async () => {
    const md = '# Pod\n\n**Pod：**最小的调度单位。\n\n## 自测\n\n> [!question] Pod 里的容器共享什么？\n> 网络命名空间。\n';
    const graph = await loadGraph(await contentDir({ 'notes/pod.md': md }), { layout: false });
    expect(graph.cards?.length).toBe(1);
    expect(unplacedCards(graph)).toEqual([]);
  });
});
