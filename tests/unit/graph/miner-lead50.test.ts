/**
 * lead50 (docs/miner.md "Lead (fiftieth session)"): a title joining two areas (`存储与调度笔记`, `Windows 网络与存储`) makes
 * a topic of neither: the first area was made the chapter's topic and the other area's concepts hung under it. Notes
 * written for this test, not taken from the corpora.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { runStages } from '../../../src/graph/load.ts';
import { titleNames } from '../../../src/graph/mining.ts';
import { conjuncts } from '../../../src/graph/miner/label-rules.ts';
import { titleJoinsAreas } from '../../../src/graph/miner/title-areas.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const BODY = [
  '调度器给还没有节点的 Pod 挑一个节点。',
  '',
  '## 节点选择',
  '',
  'nodeSelector 是 Pod spec 里的一个 map，节点必须带上写的全部标签才行。',
  '',
  '## 容忍',
  '',
  'tolerationSeconds 只对 NoExecute 有意义：容忍多少秒，到点以后还是会被赶走。',
];

const homeOf = async (file: string, text: string) => {
  const ctx = await runStages(await contentDir({ [file]: text }), { layout: false });
  const g = ctx.graph!;
  const note = g.notes!.find((n) => n.file === file)!;
  const home = g.concepts.find((c) => c.id === note.home);
  const about = note.home === undefined ? [] : (ctx.provenance.get(note.home) ?? []).filter((p) => p.role === 'about' && p.at.file === file).map((p) => p.rule);
  return { home, about, parentOf: (title: string) => g.concepts.find((c) => c.id === g.concepts.find((x) => x.title === title)?.parent)?.title };
};

describe('a title joining two areas names no one topic', () => {
  const joins = (t: string) => titleJoinsAreas(conjuncts(titleNames(t)[0]!));
  it('titleJoinsAreas', () => {
    for (const t of ['网络与存储笔记', 'Linux 节点的调度和存储', '临时存储和配置注入']) expect(joins(t), t).toBe(true);
    for (const t of ['集群网络', '调度：节点亲和与污点', '优先级、抢占与调度器配置', '边缘集群的调度与优先级', 'Pod 与容器']) expect(joins(t), t).toBe(false);
  });

  it('the concepts of each area keep their own places: none under a topic named after the first area', async () => {
    const file = 'notes/笔记.md';
    const { home, parentOf } = await homeOf(file, ['# 网络与调度笔记', '', ...BODY].join('\n') + '\n');
    expect(home?.title).not.toBe('网络');
    expect(parentOf('tolerationSeconds')).not.toBe('网络');
  });

  it('look-alike: one area in the title is still its topic', async () => {
    const { home } = await homeOf('notes/笔记.md', ['# 调度笔记', '', ...BODY].join('\n') + '\n');
    expect(home?.title).toBe('调度');
  });
});
