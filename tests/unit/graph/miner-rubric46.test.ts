/**
 * rubric46: a heading or a bold label behind a numbered rubric (`Step 1 —`, `Part D —`, `问题三：`, `方案 A：`) names
 * what follows the rubric (src/graph/miner/rubrics.ts). The table's examples and look-alikes, and the name the
 * heading reading (heading-name.ts) and the learned path's label cleaning (definer.ts cleanName) give.
 */
import { describe, expect, it } from 'vitest';
import { RUBRIC_EXAMPLES, RUBRIC_NUMBERS, RUBRIC_WORDS, afterRubric, leadingRubric } from '../../../src/graph/miner/rubrics.ts';
import { headingName } from '../../../src/graph/miner/heading-name.ts';
import { cleanName } from '../../../src/graph/miner/definer.ts';

describe('leadingRubric: the table of rubric words, number forms and separators', () => {
  it.each(RUBRIC_EXAMPLES.map((e) => [e.text, e.rest] as const))('%s → %s', (text, rest) => {
    expect(leadingRubric(text)?.rest).toBe(rest);
  });
  it('reads every word of the table with each number form it takes', () => {
    for (const { word } of RUBRIC_WORDS) {
      const latin = /^[A-Za-z]/.test(word);
      expect(leadingRubric(`${word} 2：名字`)?.number, word).toBe('arabic');
      expect(leadingRubric(`${word} B：名字`)?.number, word).toBe('letter');
      if (!latin) expect(leadingRubric(`${word}三：名字`)?.number, word).toBe('chinese');
    }
    expect(leadingRubric(`Step ${RUBRIC_NUMBERS.circled.example} 配置`)?.rest).toBe('配置');
  });
  it.each([
    // a rubric word with no number, in a longer word, a lower-case letter, a Latin word after a bare space,
    // a Chinese numeral opening a word, an English word with a Chinese numeral, the ordinals and Q-numbers other rules read
    'Step Functions', 'Phase', 'phase: Running', 'Stages', 'Part of the plan', 'Partition 2：副本', 'Step a：x', 'Day 2 operations',
    'Part 3 Ingress', '问题一直没复现', '坑一大堆', 'Part 三：x', '第 3 天：扩容', '第二步：批准', 'Q3：ndots 是什么？', 'Q&A',
  ])('%s is no rubric', (text) => {
    expect(leadingRubric(text)).toBeUndefined();
    expect(afterRubric(text)).toBe(text);
  });
  it('leaves a rubric alone as written (other rules read it)', () => {
    expect(afterRubric('方案 A')).toBe('方案 A');
    expect(afterRubric('Step 2：')).toBe('Step 2：');
  });
});

describe('the name read from a heading or a bold label behind a rubric', () => {
  it.each([
    ['Step 1 — AdmissionConfiguration', 'AdmissionConfiguration'],
    ['Part D — 用 ValidatingAdmissionPolicy 限制 registry', '用 ValidatingAdmissionPolicy 限制 registry'],
    ['问题三：CRD 的 storedVersions', 'CRD 的 storedVersions'],
    ['Day 2：命名空间标签', '命名空间标签'],
    ['Part 1 在线扩容', '在线扩容'],
    // unchanged: no rubric
    ['Day 2 operations', 'Day 2 operations'],
    ['Step Functions：编排', 'Step Functions'],
    ['三、kubeconfig 文件', 'kubeconfig 文件'],
  ])('heading %s → %s', (title, name) => {
    expect(headingName(title)).toBe(name);
  });
  it.each([
    ['方案 A：kubectl convert', 'kubectl convert'],
    ['Option 2: sticky session', 'sticky session'],
    ['Phase', 'Phase'],
  ])('bold %s → %s', (label, name) => {
    expect(cleanName(label)).toBe(name);
  });
});
