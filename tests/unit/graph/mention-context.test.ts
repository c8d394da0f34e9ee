/**
 * Mention contexts: the sentence, list item, heading or table row around a link to a concept
 * (or a concept named in a free-form note), computed once while the notes are parsed.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph, graphToJson } from '../../../src/graph/index.ts';
import type { Graph, MentionContext } from '../../../src/graph/model.ts';
import { graphExportChunks } from '../../../src/views/graph-export.ts';
import { CONTEXT_MAX_CHARS, sentenceAround, sentenceIn, sentenceStarts } from '../../../src/graph/mention-context.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const MAP = '- Root {#root}\n  - Pod（容器组） {#pod}\n  - Node（节点） {#node}\n  - Service（服务） {#service}\n  - Writer {#writer}\n';

function note(id: string, body: string, extra = ''): string {
  return `---\nid: ${id}\ntitle: ${id}\nkind: term\n${extra}---\n\n${body}\n`;
}

async function graphOf(files: Record<string, string>): Promise<Graph> {
  return loadGraph(await contentDir({ 'map.md': MAP, ...files }), { layout: false });
}

function contextsTo(g: Graph, to: string): MentionContext[] {
  return (g.mentionContexts ?? []).filter((m) => m.to === to);
}

const whole = (m: MentionContext) => `${m.before}[${m.text}]${m.after}`;

describe('mention contexts', () => {
  it('keeps the one Chinese sentence around a wiki link (。！？ end sentences, ；ends a clause)', async () => {
    const g = await graphOf({
      'concepts/writer.md': note('writer', '第一句话讲别的。调度器把 [[pod|Pod]] 放到某个节点上！这是第三句吗？是的；不过 [[node]] 在另一个分句里；最后一句。'),
    });
    const [pod] = contextsTo(g, 'pod');
    expect(pod).toMatchObject({ from: 'writer', via: 'link', unit: 'sentence', before: '调度器把 ', text: 'Pod', after: ' 放到某个节点上！' });
    expect(pod!.source).toMatchObject({ file: 'concepts/writer.md' });
    const [node] = contextsTo(g, 'node');
    expect(whole(node!)).toBe('不过 [Node] 在另一个分句里；');
  });

  it('finds English sentences with Intl.Segmenter', async () => {
    const g = await graphOf({
      'concepts/writer.md': note('writer', 'Containers share a network. A [[pod|Pod]] is the smallest unit, e.g. for scheduling. Nodes run them.'),
    });
    expect(whole(contextsTo(g, 'pod')[0]!)).toBe('A [Pod] is the smallest unit, e.g. for scheduling.');
  });

  it('keeps a short list item whole, and cuts a long one to its sentence', async () => {
    const long = '这是一个很长的列表项。'.repeat(20);
    const g = await graphOf({
      'concepts/writer.md': note('writer', `- 第一项：[[pod]] 是最小单位。它包含容器。\n- ${long}而 [[node]] 运行它们。${long}\n`),
    });
    const pod = contextsTo(g, 'pod')[0]!;
    expect(pod.unit).toBe('item');
    expect(whole(pod)).toBe('第一项：[Pod] 是最小单位。它包含容器。');
    const node = contextsTo(g, 'node')[0]!;
    expect(node.unit).toBe('sentence');
    expect(whole(node)).toBe('而 [Node] 运行它们。');
  });

  it('picks the right one of two links with the same text, and Markdown links to concept notes', async () => {
    const g = await graphOf({
      'concepts/pod.md': note('pod', 'Pod 的笔记。'),
      'concepts/writer.md': note('writer', '先看 Service 一词。参考 [Service](service.md) 和 [[service|Service]] 两处。'),
      'concepts/service.md': note('service', '服务。'),
    });
    const svc = contextsTo(g, 'service');
    expect(svc).toHaveLength(2);
    for (const m of svc) expect(whole(m)).toMatch(/^参考 /);
    expect(svc.map((m) => `${m.before}|${m.text}`)).toEqual(['参考 |Service', '参考 Service 和 |Service']);
  });

  it('gives a table row and a heading their own text', async () => {
    const g = await graphOf({
      'concepts/writer.md': note('writer', '## 关于 [[node]]\n\n| 名称 | 说明 |\n| --- | --- |\n| [[pod]] | 最小调度单位 |\n'),
    });
    expect(contextsTo(g, 'node')[0]).toMatchObject({ unit: 'heading', before: '关于 ', text: 'Node', after: '' });
    expect(contextsTo(g, 'pod')[0]).toMatchObject({ unit: 'row', before: '', text: 'Pod', after: ' · 最小调度单位' });
  });

  it('records concepts named in the running text of free-form notes (mined mentions)', async () => {
    const g = await graphOf({
      'concepts/service.md': note('service', '服务。', 'aliases: [Service]\n'),
      'notes/网络.md': '# 网络笔记\n\n集群里的流量先到 Service，再转给后端。第二句与它无关。\n',
    });
    const m = contextsTo(g, 'service').find((x) => x.via === 'name');
    expect(m).toBeDefined();
    expect(m!.source.file).toBe('notes/网络.md');
    expect(whole(m!)).toBe('集群里的流量先到 [Service]，再转给后端。');
  });

  it('shortens a very long sentence around the mention, keeping both sides', async () => {
    const pad = '很长的文字'.repeat(60);
    const g = await graphOf({ 'concepts/writer.md': note('writer', `${pad} [[pod]] ${pad}。`) });
    const m = contextsTo(g, 'pod')[0]!;
    expect([...m.before].length + [...m.text].length + [...m.after].length).toBeLessThanOrEqual(CONTEXT_MAX_CHARS + 2);
    expect(m.before.startsWith('…')).toBe(true);
    expect(m.after.endsWith('…')).toBe(true);
    expect(m.text).toBe('Pod');
  });

  it('keeps hostile link text as plain text (inline HTML is not text) and leaves contexts out of graph.json', async () => {
    const g = await graphOf({
      'concepts/writer.md': note('writer', '看这里 [<img src=x onerror=alert(1)>&lt;b&gt;坏&lt;/b&gt;](pod.md) 就好。'),
      'concepts/pod.md': note('pod', 'Pod。'),
    });
    const m = contextsTo(g, 'pod')[0]!;
    expect(m.text).toBe('<b>坏</b>');
    expect(whole(m)).not.toContain('onerror');
    const json = graphToJson(g);
    expect(json).not.toContain('mentionContexts');
    expect([...graphExportChunks(g)].join('')).toBe(json);
  });
});

describe('sentenceAround', () => {
  it('returns the sentence holding a range, and the whole text when there is one sentence', () => {
    const t = '甲。乙丙！丁？';
    expect(t.slice(...sentenceAround(t, 3, 4))).toBe('乙丙！');
    const u = 'no end here';
    expect(u.slice(...sentenceAround(u, 3, 5))).toBe(u);
  });
  it('gives the same sentences from starts found once (sentenceStarts + sentenceIn) for every span without a semicolon in it', () => {
    for (const t of ['甲是乙。丙是丁；戊用来做己！庚？', 'A pod is a group. 它的 spec 里；有 containers', '；开头；；连着两个；', '没有标点的一句']) {
      const starts = sentenceStarts(t);
      for (let from = 0; from < t.length; from++) {
        for (let to = from + 1; to <= t.length && t[to - 1] !== '；'; to++) expect(sentenceIn(starts, t, from, to)).toEqual(sentenceAround(t, from, to));
      }
    }
  });
  it('answers for each text as a fresh segmentation does, whichever text was asked about before', () => {
    // reference: the sentence holding [from, to) straight from Intl.Segmenter, widened no further than a `；`
    const seg = new Intl.Segmenter('zh', { granularity: 'sentence' });
    const fresh = (t: string, from: number, to: number): [number, number] => {
      const parts = [...seg.segment(t)];
      const holding = parts.filter((p) => p.index + p.segment.length > from && p.index < to);
      let start = holding.length > 0 ? holding[0]!.index : from;
      let end = holding.length > 0 ? holding[holding.length - 1]!.index + holding[holding.length - 1]!.segment.length : to;
      const semiBefore = t.lastIndexOf('；', from - 1);
      if (semiBefore >= start && semiBefore < from) start = semiBefore + 1;
      const semiAfter = t.indexOf('；', to);
      if (semiAfter !== -1 && semiAfter < end) end = semiAfter + 1;
      return [start, end];
    };
    const texts = ['甲是乙。丙是丁；戊用来做己！庚？', 'Pods run. 它会重启。', '一句', ''];
    for (let round = 0; round < 2; round++) {
      for (let from = 0; from < 20; from++) {
        for (const t of texts) {
          if (from >= t.length) continue;
          for (let to = from + 1; to <= t.length; to++) expect(sentenceAround(t, from, to), `${t} ${from}-${to}`).toEqual(fresh(t, from, to));
        }
      }
    }
    expect(sentenceAround('', 0, 0)).toEqual([0, 0]);
  });
});
