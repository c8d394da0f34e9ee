/**
 * rules46 (docs/miner.md "rules46"): an admission plugin the vocabulary knows, written with its sort
 * (`X 准入插件`), is read wherever the sentence names it when the words after the sort say what it does
 * (sort-instances.ts knownPluginWithItsSort); and the `known-colon` predicate does not read an ASCII colon glued
 * to the next Latin word (a taint's `key:Effect`). Sentences written for this test, not taken from the corpora.
 */
import { describe, expect, it } from 'vitest';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { List, Paragraph } from 'mdast';
import { proseDefinitions } from '../../../src/graph/miner/prose.ts';
import { instancesWithTheirSort, knownPluginWithItsSort, KNOWN_PLUGIN_DOES } from '../../../src/graph/miner/sort-instances.ts';

const names = (s: string) => instancesWithTheirSort(s).map((k) => k.name);
const para = (md: string): Paragraph => {
  const node = fromMarkdown(md).children[0]!;
  return node.type === 'list' ? ((node as List).children[0]!.children[0] as Paragraph) : (node as Paragraph);
};
const rules = (md: string) => proseDefinitions(para(md), {}).map((d) => `${d.subject}:${d.rule}`);

describe('knownPluginWithItsSort (rules46)', () => {
  it.each([
    ['mid-clause, after 答案是', '答案是 DefaultTolerationSeconds 准入插件自动给 Pod 加上两条容忍。', 'DefaultTolerationSeconds'],
    ['in a passive clause', '每个 Pod 都会被 DefaultTolerationSeconds 准入插件加上两条容忍，各 300 秒。', 'DefaultTolerationSeconds'],
    ['in parentheses, a relative clause', '容忍默认 300 秒（DefaultTolerationSeconds 准入插件加的）。', 'DefaultTolerationSeconds'],
    ['after 是, with 在…时', '这个 finalizer 是 StorageObjectInUseProtection 准入插件在 PVC 创建时自动加上的。', 'StorageObjectInUseProtection'],
    ['after a time clause', '没写 storageClassName 时 DefaultStorageClass 准入插件会自动填上默认类。', 'DefaultStorageClass'],
    ['in parentheses, with 会', '要有 finalizers 子资源的 update 权限（OwnerReferencesPermissionEnforcement 准入控制器会检查）。', 'OwnerReferencesPermissionEnforcement'],
  ])('reads %s', (_what, sentence, name) => {
    expect(names(sentence)).toContain(name);
  });

  it.each([
    ['nothing said after it', '需要 apiserver 开 PodNodeSelector 准入插件。'],
    ['a genitive, not what it does', '在开启了 OwnerReferencesPermissionEnforcement 准入插件的集群里要多一个权限。'],
    ['a kind with the sort (the kind is its own concept)', 'Pod 创建时 ServiceAccount 准入插件会把 imagePullSecrets 补上。'],
    ['a name the vocabulary does not know, mid-clause', '答案是 ImageGuard 准入插件自动给 Pod 改了镜像。'],
    ['after an enumeration comma', '要开 AlwaysPullImages、NodeRestriction 准入插件会更安全。'],
  ])('leaves out %s', (_what, sentence) => {
    expect(names(sentence).filter((n) => n !== 'AlwaysPullImages')).toEqual([]);
  });

  it('takes only admission plugins of the vocabulary, under the sorts 准入插件 / 准入控制器', () => {
    expect(knownPluginWithItsSort('DefaultTolerationSeconds', '准入插件', '会加上容忍')).toBe(true);
    expect(knownPluginWithItsSort('DefaultTolerationSeconds', '插件', '会加上容忍')).toBe(false);
    expect(knownPluginWithItsSort('NodeResourcesFit', '准入插件', '会打分')).toBe(false);
    expect(knownPluginWithItsSort('LimitRange', '准入插件', '会补默认值')).toBe(false);
    expect(KNOWN_PLUGIN_DOES.test('的集群')).toBe(false);
    expect(KNOWN_PLUGIN_DOES.test('在创建时自动加上的')).toBe(true);
  });

  it('makes a prose-sort-instance definition of the plugin in a passive clause', () => {
    expect(rules('而每个 Pod 默认都会被 DefaultTolerationSeconds 准入插件加上两条容忍，分别针对两个污点。')).toContain('DefaultTolerationSeconds:prose-sort-instance');
  });
});

describe('known-colon and a colon glued to the next word (rules46)', () => {
  it('still reads a colon before what a known name is', () => {
    expect(rules('NodeRestriction：限制 kubelet 只能改自己节点上的对象。')).toContain('NodeRestriction:known-colon');
    expect(rules('NodeRestriction: 限制 kubelet 只能改自己节点上的对象。')).toContain('NodeRestriction:known-colon');
  });

  it.each([
    '- node.kubernetes.io/not-ready:NoExecute（不带 tolerationSeconds，永远不被赶走）',
    '- node.kubernetes.io/memory-pressure:NoSchedule',
    'node.kubernetes.io/unreachable:NoExecute 这条容忍由控制器自动加上。',
  ])('does not read a taint written as key:Effect: %s', (md) => {
    expect(rules(md).filter((r) => r.endsWith(':known-colon'))).toEqual([]);
  });
});
