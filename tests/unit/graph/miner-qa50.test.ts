/**
 * qa50 (docs/miner.md, "qa50"): a question asking about each of several joined names — `A 和 B 有什么区别？`,
 * `A、B 分别管什么？` — as a heading, a bold question or a marked question paragraph, over an answer that
 * explains every one of the names (each opening a paragraph, a list item or a clause as its subject): the
 * names are concepts, read as a joined heading's names are. Questions, answers and notes written for this
 * test, not taken from the corpora, with look-alikes that must not fire.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { RootContent } from 'mdast';
import { parseMarkdown } from '../../../src/graph/markdown.ts';
import { loadGraph } from '../../../src/graph/index.ts';
import { joinedHeadingNames } from '../../../src/graph/miner/definitions.ts';
import { JOINED_QUESTION_SHAPES, joinedQuestionSubject, questionSubjects, withoutAnswerMarker } from '../../../src/graph/miner/question-subjects.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const note = (...lines: string[]) => lines.join('\n') + '\n';
const blocks = (...lines: string[]) => parseMarkdown(note(...lines)).children as RootContent[];
const titles = async (text: string) => (await loadGraph(await contentDir({ 'notes/n.md': text }), { layout: false })).concepts.map((c) => c.title);

describe('JOINED_QUESTION_SHAPES: a question asking about each of several names', () => {
  it.each(JOINED_QUESTION_SHAPES.map((s) => [s.name, s.example, s.lookAlike]))('%s: %s reads a joined subject, %s none', (_name, example, lookAlike) => {
    expect(joinedQuestionSubject(example)?.subject).toMatch(/和|、/u);
    expect(joinedQuestionSubject(lookAlike)).toBeUndefined();
  });

  it('reads the subject of the phrasings of a difference and of each in turn', () => {
    expect(joinedQuestionSubject('Q2：zstd 和 lz4 到底有啥区别？')).toEqual({ subject: 'zstd 和 lz4', rule: 'difference' });
    expect(joinedQuestionSubject('nerdctl 与 podman 的区别在哪？')).toEqual({ subject: 'nerdctl 与 podman', rule: 'difference' });
    expect(joinedQuestionSubject('问：预热阶段和冷却阶段有什么不同？')).toEqual({ subject: '预热阶段和冷却阶段', rule: 'difference' });
    expect(joinedQuestionSubject('burst、qps、timeout 各管什么？')).toEqual({ subject: 'burst、qps、timeout', rule: 'respectively' });
    expect(joinedQuestionSubject('minReplicas 和 maxReplicas 分别是什么意思？')).toEqual({ subject: 'minReplicas 和 maxReplicas', rule: 'respectively' });
  });

  it('an owner written before the names is no part of the subject', () => {
    expect(joinedQuestionSubject('Ingress 的 rules 和 defaultBackend 有什么区别？')?.subject).toBe('rules 和 defaultBackend');
    expect(joinedQuestionSubject('Pod 的 securityContext 里 fsGroup 和 supplementalGroups 有什么不同？')?.subject).toBe('fsGroup 和 supplementalGroups');
  });

  it('one name, a relation, a choice or a plain question asks about no joined names', () => {
    expect(joinedQuestionSubject('zstd 有什么区别？')).toBeUndefined();
    expect(joinedQuestionSubject('zstd 和 lz4 是什么关系？')).toBeUndefined();
    expect(joinedQuestionSubject('zstd 和 lz4 怎么选？')).toBeUndefined();
    expect(joinedQuestionSubject('升级前后分别要检查什么？')).toBeUndefined();
    // (the single-name shapes still read no joined subject: rules29)
    expect(questionSubjects('zstd 和 lz4 有什么区别？')).toEqual([]);
  });
});

describe('withoutAnswerMarker: an answer read without its marker', () => {
  it('strips 答： / A： and nothing else', () => {
    expect(withoutAnswerMarker('答：zstd 压缩率高。')).toBe('zstd 压缩率高。');
    expect(withoutAnswerMarker('A: lz4 更快。')).toBe('lz4 更快。');
    expect(withoutAnswerMarker('Alpha：一个阶段。')).toBe('Alpha：一个阶段。');
  });

  it('a joined name opening an answer after its marker is explained there', () => {
    expect(joinedHeadingNames('zstd 和 lz4', blocks(
      '答：zstd 压缩率更高；lz4 把速度放在第一位。',
    ))).toEqual(['zstd', 'lz4']);
  });
});

describe('joinedHeadingNames wholeName: a Latin word after the name makes a longer name', () => {
  const answer = () => blocks('**zstd -d 文件名：** 解压。', '', '**lz4 -9 文件名：** 用最高级别压缩。');
  it('the commands the answer explains are not the bare names asked about', () => {
    expect(joinedHeadingNames('zstd 和 lz4', answer(), { wholeName: true })).toEqual([]);
    expect(joinedHeadingNames('zstd 和 lz4', blocks('zstd 是压缩率优先的算法。', '', 'lz4 是速度优先的算法。'), { wholeName: true })).toEqual(['zstd', 'lz4']);
  });
});

describe('a joined question over an answer explaining each name, whole notes', () => {
  it('a question heading', async () => {
    const t = await titles(note(
      '# 压缩算法笔记',
      '',
      '## Q1：zstd 和 lz4 有什么区别？',
      '',
      'zstd 是 Facebook 开源的压缩算法，压缩率高。lz4 则把速度放在第一位，压缩率一般。',
    ));
    expect(t).toEqual(expect.arrayContaining(['zstd', 'lz4']));
  });

  it('a marked question paragraph with its answer', async () => {
    const t = await titles(note(
      '# 压缩算法笔记',
      '',
      '问：zstd 和 lz4 分别适合什么场景？',
      '',
      '问：zstd 和 lz4 有什么不同？',
      '答：zstd 是压缩率优先的算法；lz4 是速度优先的算法。',
    ));
    expect(t).toEqual(expect.arrayContaining(['zstd', 'lz4']));
  });

  it('a bold question with its answer after it in the same paragraph', async () => {
    const t = await titles(note(
      '# 压缩算法笔记',
      '',
      '**Q3 zstd、lz4 各是什么？** A：zstd 是压缩率优先的算法，lz4 是速度优先的算法。',
    ));
    expect(t).toEqual(expect.arrayContaining(['zstd', 'lz4']));
  });

  it('no names when the answer explains only one of them, or neither opens a clause', async () => {
    const one = await titles(note(
      '# 压缩算法笔记',
      '',
      '## Q1：zstd 和 lz4 有什么区别？',
      '',
      '我们线上一直用 zstd 做日志压缩，lz4 没怎么用过，只知道它快。',
    ));
    expect(one).not.toContain('zstd');
    expect(one).not.toContain('lz4');
    const pronouns = await titles(note(
      '# 压缩算法笔记',
      '',
      '问：zstd 和 lz4 有什么区别？',
      '答：前者压缩率高，后者速度快。',
    ));
    expect(pronouns).not.toContain('zstd');
    expect(pronouns).not.toContain('lz4');
  });
});
