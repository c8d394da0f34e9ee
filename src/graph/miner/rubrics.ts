/**
 * rubric46 (docs/miner.md "rubric46"): a heading or a bold label that opens with a rubric — a step, part, question,
 * problem, lab, day, phase, option or case marker with its number or letter, then a separator — names what follows
 * the rubric, never the rubric (`### Step 1 — AdmissionConfiguration`, `## Part D — 用 ValidatingAdmissionPolicy 限制
 * registry`, `## 问题三：CRD 的 storedVersions`, `**方案 A：kubectl convert 批量转换**`). As data:
 *
 *   RUBRIC_WORDS   the words, each with its sort (English words match in any case, as a whole word);
 *   RUBRIC_NUMBERS the number forms (Arabic `1` `2.3`, Chinese numerals `三`, a capital letter `D`, circled `②`);
 *   RUBRIC_SEPARATORS what sets the name off after the number (`：` `:` `—` `–` `-` `.` `、` `)`), or nothing before a
 *                  CJK word (`Part 1 在线扩容`, `实验 3 用 Deployment…`) — never a bare space before a Latin word:
 *                  `Day 2 operations` is a name, `Part 3 Ingress` stays as it was; a short Chinese word there before a
 *                  colon qualifies the rubric (`Day 2 下午：升 add-on`: the name follows the colon).
 *
 * Not rubrics (the unit tests run them): a rubric word with no number (`Step Functions`, `Phase`, `Q&A`, `Part of`), a
 * rubric word inside a longer word (`Partition 2`, `Stages`), a Chinese numeral that begins a word after a Chinese
 * rubric with no separator (`问题一直没复现`: only Arabic numbers and letters may go without a separator), and the
 * ordinals `第 3 天：`, `第二步：` that rules40's numbered-section rules read (label-rules.ts SEQUENCE_MARKER,
 * heading-shapes.ts NUMBERED_SECTION_PHRASE), nor `Q3：`, which question-subjects.ts reads with its question.
 */

export interface RubricWord {
  /** The word as written (English matched in any case). */
  word: string;
  sort: 'step' | 'part' | 'question' | 'problem' | 'lab' | 'day' | 'phase' | 'option' | 'case' | 'pitfall' | 'symptom' | 'task';
}

export const RUBRIC_WORDS: readonly RubricWord[] = [
  { word: 'Step', sort: 'step' },
  { word: '步骤', sort: 'step' },
  { word: 'Part', sort: 'part' },
  { word: 'Question', sort: 'question' },
  { word: '问题', sort: 'problem' },
  { word: 'Problem', sort: 'problem' },
  { word: '题', sort: 'problem' },
  { word: '思考题', sort: 'problem' },
  { word: '练习', sort: 'lab' },
  { word: 'Exercise', sort: 'lab' },
  { word: 'Lab', sort: 'lab' },
  { word: '实验', sort: 'lab' },
  { word: 'Experiment', sort: 'lab' },
  { word: 'Day', sort: 'day' },
  { word: 'Phase', sort: 'phase' },
  { word: 'Stage', sort: 'phase' },
  { word: '阶段', sort: 'phase' },
  { word: 'Option', sort: 'option' },
  { word: '方案', sort: 'option' },
  { word: 'Case', sort: 'case' },
  { word: '案例', sort: 'case' },
  { word: '场景', sort: 'case' },
  { word: '坑', sort: 'pitfall' },
  { word: '踩坑', sort: 'pitfall' },
  { word: '现象', sort: 'symptom' },
  { word: 'Task', sort: 'task' },
  { word: '任务', sort: 'task' },
];

/** The number forms a rubric takes, each with one example. */
export const RUBRIC_NUMBERS = {
  arabic: { re: String.raw`\d{1,3}(?:\.\d{1,3})*`, example: '2.3' },
  chinese: { re: '[一二三四五六七八九十两]{1,3}', example: '三' },
  letter: { re: '[A-Z](?![A-Za-z])', example: 'D' },
  // (NFKC makes `②` a `2`: read as Arabic after it; kept for a text read as written)
  circled: { re: '[\u2460-\u2473]', example: '②' },
} as const;

/** What sets the name off after a rubric's number (ASCII forms after NFKC: `：` is `:`). */
export const RUBRIC_SEPARATORS: readonly string[] = [':', '：', '—', '–', '-', '.', '、', ')', '）'];

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
const WORDS = [...RUBRIC_WORDS].sort((a, b) => b.word.length - a.word.length);
const LATIN_WORDS = WORDS.filter((w) => /^[A-Za-z]/.test(w.word)).map((w) => w.word);
const CJK_WORDS = WORDS.filter((w) => !/^[A-Za-z]/.test(w.word)).map((w) => w.word);
const N = RUBRIC_NUMBERS;
const NUMBER = `(?:(${N.arabic.re})|(${N.chinese.re})|(${N.letter.re})|(${N.circled.re}))`;
const SEPARATOR = `(?:\\s*(?:${RUBRIC_SEPARATORS.filter((s) => s !== '-').map(escape).join('|')}|-(?=\\s))\\s*)`;
const RUBRIC = new RegExp(`^\\s*(?:(${LATIN_WORDS.join('|')})(?![A-Za-z])|(${CJK_WORDS.join('|')}))\\s*${NUMBER}(?![\\d.]*\\d)(${SEPARATOR}|\\s*(?=[\\u4e00-\\u9fff])|\\s*$)`, 'iu');

export interface LeadingRubric {
  /** The rubric as written, its separator and the spaces after it included. */
  rubric: string;
  word: string;
  sort: RubricWord['sort'];
  number: keyof typeof RUBRIC_NUMBERS;
  /** What follows the rubric (empty: the label is the rubric alone, `方案 A`, `Step 2`). */
  rest: string;
}

/** The rubric a heading's or a bold label's text opens with (after NFKC), or undefined. */
export function leadingRubric(text: string): LeadingRubric | undefined {
  const s = text.normalize('NFKC').replace(/\s+/g, ' ');
  const m = RUBRIC.exec(s);
  if (!m) return undefined;
  const number = m[3] !== undefined ? 'arabic' : m[4] !== undefined ? 'chinese' : m[5] !== undefined ? 'letter' : 'circled';
  const separated = m[7]!.trim() !== '';
  // (a Chinese numeral with nothing after it before a CJK word begins that word: `问题一直没复现`, `坑一大堆`)
  if (number === 'chinese' && !separated && s.slice(m[0].length).trim() !== '') return undefined;
  // (an English rubric word with a Chinese numeral is no rubric: `Part 三` is not written)
  if (number === 'chinese' && m[1] !== undefined) return undefined;
  const wordRaw = (m[1] ?? m[2])!;
  const word = WORDS.find((w) => w.word.toLowerCase() === wordRaw.toLowerCase())!;
  // (a letter is a capital: `Part a` is not written, `Step a` no rubric)
  if (number === 'letter' && !/[A-Z]/.test(m[5]!)) return undefined;
  let rest = s.slice(m[0].length).trim();
  let rubric = m[0];
  // (a short Chinese word after the number and before a colon qualifies the rubric: `Day 2 下午：升 add-on`,
  // `实验 3 补充：…`; the name follows the colon)
  const qualified = separated ? null : /^[\u4e00-\u9fff]{1,4}\s*:\s*(?=\S)/u.exec(rest);
  if (qualified) {
    rubric = s.slice(0, m[0].length) + qualified[0];
    rest = rest.slice(qualified[0].length).trim();
  }
  return { rubric, word: word.word, sort: word.sort, number, rest };
}

/**
 * The text a heading's or a bold label's name is read from: what follows its rubric (leadingRubric), when something
 * does; the text as written otherwise (no rubric, or a rubric alone, which other rules read: label-rules.ts
 * sequence-marker, numbered-generic).
 */
export function afterRubric(text: string): string {
  const r = leadingRubric(text);
  return r === undefined || r.rest === '' ? text : r.rest;
}

/** Examples and look-alikes (tests/unit/graph/miner-rubric46.test.ts runs them). */
export const RUBRIC_EXAMPLES: readonly { text: string; rest: string | undefined }[] = [
  { text: 'Step 1 — AdmissionConfiguration', rest: 'AdmissionConfiguration' },
  { text: 'Part D — 用 ValidatingAdmissionPolicy 限制 registry', rest: '用 ValidatingAdmissionPolicy 限制 registry' },
  { text: '问题三：CRD 的 storedVersions', rest: 'CRD 的 storedVersions' },
  { text: '方案 A：kubectl convert 批量转换', rest: 'kubectl convert 批量转换' },
  { text: '练习 2：滚动更新', rest: '滚动更新' },
  { text: '实验一：两个容器共享 emptyDir', rest: '两个容器共享 emptyDir' },
  { text: '案例 3 - OOMKilled', rest: 'OOMKilled' },
  { text: '阶段二、灰度', rest: '灰度' },
  { text: 'Day 3：PodDisruptionBudget', rest: 'PodDisruptionBudget' },
  { text: '坑 1：subPath 不更新', rest: 'subPath 不更新' },
  { text: 'Part 1 在线扩容', rest: '在线扩容' },
  { text: '步骤② 配置 RBAC', rest: '配置 RBAC' },
  { text: 'Phase 2. Rollout', rest: 'Rollout' },
  { text: 'Day 2 下午：升 add-on', rest: '升 add-on' },
  { text: '方案 A', rest: '' },
  { text: 'Step 2', rest: '' },
  // look-alikes: a rubric word that is the name or part of it, no number, a Latin word after a bare space
  { text: 'Step Functions', rest: undefined },
  { text: 'Phase', rest: undefined },
  { text: 'Partition 2：副本', rest: undefined },
  { text: 'Q&A', rest: undefined },
  { text: 'Day 2 operations', rest: undefined },
  { text: 'Part 3 Ingress', rest: undefined },
  { text: '问题一直没复现', rest: undefined },
  { text: 'Stage 2.5.1rc', rest: undefined },
  { text: 'Case sensitivity', rest: undefined },
];
