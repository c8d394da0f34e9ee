/**
 * Labels that are clauses, not names (label-rules.ts `clause`, `circumstance`): an adverb of
 * degree before an adjective, a demonstrative pointing back into the sentence, a verb's
 * directional complement, a bare 后/前 after what happens. The labels are made up for this
 * test; each rule has look-alike names that must still pass.
 */
import { describe, expect, it } from 'vitest';
import { notAConcept } from '../../../src/graph/miner/label-rules.ts';

describe('clause words', () => {
  it('an adverb of degree makes an adjective a predicate', () => {
    expect(notAConcept('缓存非常重要')?.name).toBe('clause');
    expect(notAConcept('开销很大')?.name).toBe('clause');
    expect(notAConcept('副本数相当多')?.name).toBe('clause');
  });
  it('a demonstrative points at something already named', () => {
    expect(notAConcept('带上这个标签')?.name).toBe('clause');
    expect(notAConcept('那种写法')?.name).toBe('clause');
    expect(notAConcept('这些节点')?.name).toBe('clause');
  });
  it('a directional complement closes a verb phrase', () => {
    expect(notAConcept('把日志收起来')?.name).toBe('clause');
    expect(notAConcept('导出来')?.name).toBe('clause');
  });
  it('a bare 后 or 前 after an event is a circumstance', () => {
    expect(notAConcept('扩容后')?.name).toBe('circumstance');
    expect(notAConcept('升级前')?.name).toBe('circumstance');
  });
  it('names with look-alike characters still pass', () => {
    for (const name of ['最小权限原则', '有状态应用', '向后兼容', '特权容器', '后端', '前置检查']) {
      expect(notAConcept(name)?.name, name).toBeUndefined();
    }
  });
});
