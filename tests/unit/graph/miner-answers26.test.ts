/**
 * answers26 (docs/miner.md, "answers26"): interview notes written as paragraphs — a question after a
 * marker (`**问：**X 是什么？`, `问：…？`, `Q3：…？`, `追问：…？`) over its answer (`答：…`, `**答：** …`, `A：…`).
 * A question is a structure like a heading: the name it asks about, explained in its answer, is defined
 * there, as under a question heading (`### Q3：X 是什么？`) or a bold question (`**Q3：X 是什么？**`).
 * Notes written for this test, not taken from the corpora.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Paragraph } from 'mdast';
import { loadGraph } from '../../../src/graph/index.ts';
import { runStages } from '../../../src/graph/load.ts';
import { parseMarkdown } from '../../../src/graph/markdown.ts';
import { QUESTION_MARKERS, answerBody, markedQuestion } from '../../../src/graph/miner/question-subjects.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const note = (...lines: string[]) => lines.join('\n') + '\n';
const graphOf = async (...lines: string[]) => loadGraph(await contentDir({ 'notes/n.md': note(...lines) }), { layout: false });
const byTitle = (g: Awaited<ReturnType<typeof graphOf>>) => new Map(g.concepts.map((c) => [c.title, c]));
// (the note parser, CJK-friendly: `**问：**X` is bold there, as in the editors writers use)
const para = (md: string) => parseMarkdown(md).children[0] as Paragraph;

/** The same interview chapter with its questions and answers marked in one style. */
const chapter = (q: (text: string) => string, a = '答：') =>
  [
    '# 存储面试题整理',
    '',
    '面试前整理的，答案是自己的话。',
    '',
    q('PersistentVolumeClaim 是什么？'),
    '',
    `${a}用户对存储的申请，写明要多大、什么访问模式，由控制器去绑定一个合适的卷。`,
    '',
    q('StorageClass 有什么用？'),
    '',
    `${a}它描述一类存储怎么供应，provisioner 指定由哪个插件建卷，PVC 写上类名就能动态供应。`,
    '',
    q('reclaimPolicy 有哪些取值？'),
    '',
    `${a}Retain 和 Delete。Retain 表示申请删掉以后卷保留，数据要人工清理；Delete 会连同后端的盘一起删掉。`,
    '',
    q('什么是 WaitForFirstConsumer？'),
    '',
    `${a}这是卷绑定模式的一个取值：等第一个用它的 Pod 调度以后再建卷，卷就建在 Pod 所在的可用区。`,
    '',
    q('这个坑大家都踩过吗？'),
    '',
    `${a}踩过，回头再补。`,
  ];

describe('QUESTION_MARKERS: each example is read as a question after its marker', () => {
  for (const marker of QUESTION_MARKERS) {
    it(marker.name, () => {
      const q = markedQuestion(para(marker.example));
      expect(q).toBeDefined();
      expect(q!.endsWith('？')).toBe(true);
      expect(q).not.toMatch(/^\*|^(?:问|Q\d*|追问)[:：]/u);
    });
  }
});

describe('markedQuestion: the question a paragraph opens with a marker', () => {
  it('reads the marker in bold or plain, with or without a space, and a question holding its answer on the next line', () => {
    expect(markedQuestion(para('**问：**StorageClass 有什么用？'))).toBe('StorageClass 有什么用？');
    expect(markedQuestion(para('**问：** StorageClass 有什么用？'))).toBe('StorageClass 有什么用？');
    expect(markedQuestion(para('**问**：StorageClass 有什么用？'))).toBe('StorageClass 有什么用？');
    expect(markedQuestion(para('**Q：** Headless Service 是什么？'))).toBe('Headless Service 是什么？');
    expect(markedQuestion(para('问：ndots 是什么意思？\n答：resolv.conf 里的一个选项。'))).toBe('ndots 是什么意思？');
    expect(markedQuestion(para('**追问：为什么需要 uid？** 因为名字会被复用。'))).toBe('为什么需要 uid？');
  });

  it('leaves a bold question alone (a bold label of its own), a statement, a rubric and an answer', () => {
    expect(markedQuestion(para('**Q7：Matrix generator 是什么？**'))).toBeUndefined();
    expect(markedQuestion(para('问：节点升级的顺序'))).toBeUndefined();
    expect(markedQuestion(para('问题：节点 NotReady 了吗？'))).toBeUndefined();
    expect(markedQuestion(para('答：Headless Service 是什么？先看定义。'))).toBeUndefined();
    expect(markedQuestion(para('Pod 是什么？'))).toBeUndefined();
  });
});

describe('answerBody: an answer marker in bold reads as the plain marker', () => {
  it('turns `**答：**` before running text into the text `答：`', () => {
    const p = answerBody(para('**答：** Headless Service 就是不分配 clusterIP 的 Service。'));
    expect(p.children[0]).toMatchObject({ type: 'text', value: '答：Headless Service 就是不分配 clusterIP 的 Service。' });
    expect(answerBody(para('**A**：ndots 是一个选项。')).children[0]).toMatchObject({ type: 'text', value: 'A：ndots 是一个选项。' });
  });

  it('leaves a bold label after the marker to the answer (rules29), and a bold label that is no marker', () => {
    expect(answerBody(para('**答：** **PLEG** 是 kubelet 的一个循环。')).children[0]).toMatchObject({ type: 'strong' });
    const p = para('**优点：** 简单。');
    expect(answerBody(p)).toBe(p);
  });
});

describe('a chapter of questions after markers defines what each question asks about', () => {
  const asked = (g: Awaited<ReturnType<typeof graphOf>>) => {
    const t = byTitle(g);
    expect(t.get('PersistentVolumeClaim')?.kind).toBe('object');
    expect(t.get('StorageClass')?.kind).toBe('object');
    expect(t.get('reclaimPolicy')?.kind).toBe('field');
    expect(t.has('WaitForFirstConsumer')).toBe(true);
    // (a question about no name, `这个坑大家都踩过吗？`, asks about nothing)
    expect([...t.keys()].some((x) => /坑|踩过/u.test(x))).toBe(false);
  };

  it('`**问：**` then `答：`', async () => asked(await graphOf(...chapter((q) => `**问：**${q}`))));
  it('`问：` then `答：`', async () => asked(await graphOf(...chapter((q) => `问：${q}`))));
  it('`**Q：**` then `**答：**`', async () => asked(await graphOf(...chapter((q) => `**Q：** ${q}`, '**答：** '))));
  it('the heading form, as a control', async () => asked(await graphOf(...chapter((q) => `### Q：${q}`))));

  it('says which rule read the question (--explain)', async () => {
    const ctx = await runStages(await contentDir({ 'notes/n.md': note(...chapter((q) => `**问：**${q}`)) }), { layout: false });
    const sc = ctx.graph!.concepts.find((c) => c.title === 'StorageClass')!;
    expect((ctx.provenance.get(sc.id) ?? []).map((p) => p.rule).join(' ')).toMatch(/^question-paragraph → question paragraph \(what-for\) → /u);
  });
});

describe('an answer after a bold marker is read as after a plain one', () => {
  it('finds the names the answer explains in running text', async () => {
    const g = await graphOf(
      '# 网络面试题',
      '',
      '**问：** Service 的流量怎么到 Pod？',
      '',
      '**答：** Headless Service 就是 clusterIP 设成 None 的 Service，DNS 直接返回各个 Pod 的地址。',
      '',
      '**问：** 查外部域名为什么慢？',
      '',
      '**答：** ndots 是 resolv.conf 里的选项，名字里的点少于 ndots 个时，会先依次拼上搜索域去查。',
    );
    const t = byTitle(g);
    expect(t.has('Headless Service')).toBe(true);
    expect(t.has('ndots')).toBe(true);
  });
});
