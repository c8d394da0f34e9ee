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
  it('没 between two words negates a predicate; 没有 before a name does not', () => {
    expect(notAConcept('挂载顺序没保证')?.name).toBe('clause');
    expect(notAConcept('限额没生效')?.name).toBe('clause');
    expect(notAConcept('没有 selector 的 Service')?.name).toBeUndefined();
  });
  it('what the writer does or is about to talk about is an activity', () => {
    for (const label of ['聊调度框架', '讲讲 Pod 的终止流程', '谈谈 sidecar', '先看架构图', '写 KubeletConfiguration', '用 kubectl 打补丁', '在 Operator 里用']) {
      expect(notAConcept(label)?.name, label).toBe('activity');
    }
  });
  it('names with look-alike characters still pass', () => {
    for (const name of ['最小权限原则', '有状态应用', '向后兼容', '特权容器', '后端', '前置检查', '写时复制', '装箱', '用户命名空间', '在线扩容', '开关', '配置文件']) {
      expect(notAConcept(name)?.name, name).toBeUndefined();
    }
  });
});
