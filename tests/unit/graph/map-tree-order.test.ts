/**
 * Without map.md the notes' concepts are the map (stages/mine.ts tieIn): siblings the map does not
 * place follow the notes (file, then line), so the learning order, the map, "what to learn next"
 * and a concept page's previous/next read a chapter as it is written — its fields in the order it
 * explains them, the five phases Pending … Unknown — not alphabetically by id.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/graph/index.ts';
import { cleanup, concept, contentDir, POD_CHAPTER } from './helpers.ts';

afterAll(cleanup);

const chapter = POD_CHAPTER;

describe('map order without map.md', () => {
  it('keeps a chapter’s siblings in the order the chapter gives them', async () => {
    const g = await loadGraph(await contentDir({ 'notes/容器组笔记.md': chapter }), { layout: false });
    const pod = concept(g, 'pod');
    const kids = g.concepts.filter((c) => c.parent === pod.id).map((c) => c.title);
    // g.concepts is in learning order (the tree's pre-order)
    expect(kids).toEqual(['nodeSelector', 'hostNetwork', 'Pending', 'Running', 'Succeeded', 'Failed', 'Unknown']);
    const order = (title: string) => g.concepts.find((c) => c.title === title)!.order;
    expect(order('Pending')).toBeLessThan(order('Failed'));
    expect(order('nodeSelector')).toBeLessThan(order('hostNetwork'));
  });

  it('orders concepts of different notes by file, and builds the same graph twice', async () => {
    const dir = await contentDir({
      'notes/a.md': chapter,
      'notes/b.md': '# 发布\n\n**Deployment：**管理一组无状态 Pod 副本的控制器，负责滚动更新和回滚。\n',
    });
    const first = await loadGraph(dir, { layout: false });
    const objects = first.concepts.filter((c) => c.kind === 'object').map((c) => c.id);
    // a.md before b.md (by id it would be deployment, pod)
    expect(objects).toEqual(['pod', 'deployment']);
    const again = await loadGraph(dir, { layout: false });
    expect(again.concepts.map((c) => c.id)).toEqual(first.concepts.map((c) => c.id));
  });
});
