/**
 * rules40 (fortieth session, docs/miner.md "rules40 (fortieth session)"): (1) a table whose first header is `键`, the
 * Chinese of `key` (definitions.ts FIELD_HEADER), sets its rows out as keys, as a table headed `key` does (`| 键 | 含义 |
 * 示例 |` over a ResourceQuota's `requests.cpu`, `pods`); a first cell that is one code span is one name, slash and all
 * (`` `count/secrets` ``: not the fields `count` and `secrets`, definitions.ts oneCodeSpan). Look-alikes: a header
 * holding 键 in another word (`关键字`, `报错关键字`), names joined by a slash between code spans (`` `max` / `min` ``).
 * (2) A generic English word glossed with a Chinese name that is no rubric (`**Background（后台删除）**：…`,
 * `### Background（后台级联）`) names a term (label-rules.ts GLOSSED_GENERIC_WORD); `Background（背景）`,
 * `Summary（总结）` stay rubrics. Notes written for this test, not taken from the corpora.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Table } from 'mdast';
import { loadGraph } from '../../../src/graph/index.ts';
import { fieldsJoinedInCell, oneCodeSpan } from '../../../src/graph/miner/definitions.ts';
import { GLOSSED_GENERIC_WORD, glossedGenericWord } from '../../../src/graph/miner/label-rules.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const note = (...lines: string[]) => lines.join('\n') + '\n';
/** The concepts of a note written in these lines: the kinds of the concepts of a title. */
const conceptsOf = async (...lines: string[]) => {
  const g = await loadGraph(await contentDir({ 'notes/n.md': note(...lines) }), { layout: false });
  const of = (title: string) => g.concepts.filter((c) => c.title === title).map((c) => c.kind);
  return Object.assign(of, { titles: g.concepts.map((c) => c.title) });
};

const quotaTable = (header: string) => [
  '# 配额手册',
  '',
  '## spec.hard',
  '',
  '`spec.hard` 是一个 map，key 是资源名，value 是上限。常用的 key 见下表：',
  '',
  `| ${header} | 含义 | 示例 |`,
  '|---|---|---|',
  '| `requests.cpu` | 所有非终止状态 Pod 的 CPU request 之和 | `20` |',
  '| `limits.memory` | 内存 limit 之和 | `96Gi` |',
  '| `pods` | 非终止状态的 Pod 个数 | `200` |',
  '| `count/secrets` | Secret 个数 | `100` |',
  '| `services.loadbalancers` | LoadBalancer 类型 Service 个数 | `0` |',
];

describe('oneCodeSpan: a first cell that is one code span names one thing', () => {
  const firstCells = (md: string) => {
    const t = unified().use(remarkParse).use(remarkGfm).parse(md).children[0] as Table;
    return t.children.slice(1).map((r) => r.children[0]);
  };
  it('one code span with a slash is one name; names joined between code spans or in plain text are several', () => {
    const [one, joined, plain] = firstCells('| 键 | 含义 |\n|---|---|\n| `count/secrets` | 个数 |\n| `max` / `min` | 上下限 |\n| minAllowed / maxAllowed | 上下限 |\n');
    expect(oneCodeSpan(one)).toBe(true);
    expect(oneCodeSpan(joined)).toBe(false);
    expect(oneCodeSpan(plain)).toBe(false);
    expect(fieldsJoinedInCell('`max` / `min`')).toEqual(['max', 'min']);
    expect(fieldsJoinedInCell('minAllowed / maxAllowed')).toEqual(['minAllowed', 'maxAllowed']);
  });
});

describe('a table headed 键 sets its rows out as keys, as one headed key does', () => {
  it('each row under | 键 | 含义 | 示例 | is a term; `count/secrets` is no field count or secrets', async () => {
    const of = await conceptsOf(...quotaTable('键'));
    for (const name of ['requests.cpu', 'limits.memory', 'pods', 'services.loadbalancers']) expect(of(name), name).toEqual(['term']);
    expect(of('count')).toEqual([]);
    expect(of('secrets')).toEqual([]);
  });

  it('the same rows under | key | … | read the same way', async () => {
    const of = await conceptsOf(...quotaTable('key'));
    for (const name of ['requests.cpu', 'limits.memory', 'pods', 'services.loadbalancers']) expect(of(name), name).toEqual(['term']);
    expect(of('secrets')).toEqual([]);
  });

  it.each([['关键字'], ['报错关键字']])('not a table whose first header holds 键 in another word (%s)', async (header) => {
    const of = await conceptsOf(
      '# 排障速查',
      '',
      `| ${header} | 含义 |`,
      '|---|---|',
      '| `requests.cpu` | 日志里出现这个说明配额不够 |',
      '| `pods` | 日志里出现这个说明 Pod 个数超了 |',
    );
    expect(of('requests.cpu')).toEqual([]);
    expect(of('pods')).toEqual([]);
  });
});

describe('GLOSSED_GENERIC_WORD: a generic English word glossed with a Chinese name', () => {
  it('the shape: a generic word, a Chinese name that is no rubric', () => {
    expect(GLOSSED_GENERIC_WORD.test('Background', '后台删除')).toBe(true);
    expect(glossedGenericWord('Background', ['后台级联'])).toBe(true);
    expect(GLOSSED_GENERIC_WORD.test('Background', '背景')).toBe(false);
    expect(GLOSSED_GENERIC_WORD.test('Summary', '总结')).toBe(false);
    // (a word that is no generic one is GLOSSED_WORD_HEADING's, not this exception's)
    expect(GLOSSED_GENERIC_WORD.test('Foreground', '前台删除')).toBe(false);
    expect(glossedGenericWord('Background', ['后台删除', 'BG'])).toBe(false);
  });

  const lead = ['# 垃圾回收笔记', '', '删除主人时 propagationPolicy 决定怎么处理附属对象，有三种：', ''];
  it(`the example gives ${GLOSSED_GENERIC_WORD.gives}`, async () => {
    const of = await conceptsOf(...lead, '- **Foreground（前台删除）**：主人先进入删除中，GC 删完附属对象再删主人。', GLOSSED_GENERIC_WORD.example);
    expect(of.titles.some((t) => t.startsWith(GLOSSED_GENERIC_WORD.gives))).toBe(true);
  });

  it('a heading so', async () => {
    const of = await conceptsOf('# 级联删除实验', '', '### Background（后台级联）', '', '主人立刻被删掉，GC 之后在后台删附属对象，kubectl 默认就是这个。');
    expect(of.titles.some((t) => t.startsWith('Background'))).toBe(true);
  });

  it.each(GLOSSED_GENERIC_WORD.lookAlikes.map((x) => [x]))('no concept from %j', async (line) => {
    const of = await conceptsOf(...lead, line);
    expect(of.titles.filter((t) => /^(Background|Summary|Example)/.test(t))).toEqual([]);
  });
});
