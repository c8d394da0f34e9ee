/**
 * rules9 (s20) (docs/miner.md, "rules9 (twentieth session)"): three shapes whose precision fell on the sets written after them.
 *   - the learned path admits a built-in API kind only where the note sets it off somewhere (a gloss,
 *     bold, a heading that is not a question): elsewhere such kinds are named in passing;
 *   - a field in a genitive framed as the object of its clause (`在 Service 的 selector 里写…`, `和
 *     Deployment 的 matchLabels 写法一样`, `被 PV 的 nodeAffinity 要求`) is not explained there;
 *   - `是本机的 agent`, `是真正的 root`: a modifier saying which one describes no object.
 * Notes written for this test, not taken from the corpora.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { RootContent } from 'mdast';
import { NOT_LEARNED, knownKindInPassing, type Occurrence } from '../../../src/graph/miner/definer.ts';
import { framedGenitive, genitiveOwner } from '../../../src/graph/miner/field-clauses.ts';
import { cleanup, definedInNote } from './helpers.ts';

afterAll(cleanup);

/** Titles the one note of these lines defines (helpers.ts definedInNote's lines are `title kind …`). */
const defined = async (...lines: string[]) => (await definedInNote(lines)).map((d) => d.split(' ')[0]);

const heading = (text: string): RootContent => ({ type: 'heading', depth: 2, children: [{ type: 'text', value: text }] });
const paragraph = (text: string): RootContent => ({ type: 'paragraph', children: [{ type: 'text', value: text }] });
const occ = (form: Occurrence['form'], block: RootContent, extra: Partial<Occurrence> = {}): Occurrence => ({
  form, block, at: { file: 'n.md', line: 1, column: 1 }, unit: 0, opensUnit: false, inListItem: false, after: '', before: '', rest: '', ...extra,
});

describe('a built-in kind the learned scorer admits must be set off somewhere', () => {
  it('named only in passing: in a cell, a sentence, a question heading', () => {
    const occurrences = [occ('cell', paragraph('PersistentVolumeClaim')), occ('text', paragraph('Deployment 管的 Pod 是可以互相替换的')), occ('heading', heading('为什么 Deployment 跑不了数据库？'))];
    expect(knownKindInPassing({ name: 'Deployment', occurrences })).toBe(true);
  });
  it.each([
    ['a gloss', occ('gloss', paragraph('PodDisruptionBudget（PDB）'), { gloss: 'PDB' })],
    ['bold', occ('bold', paragraph('**ServiceAccount**'))],
    ['a heading that is no question', occ('heading', heading('3. Fluent Bit DaemonSet'))],
  ])('set off by %s', (_, o) => {
    expect(knownKindInPassing({ name: 'DaemonSet', occurrences: [occ('text', paragraph('x')), o] })).toBe(false);
  });
  it('a name no API has is not concerned', () => {
    expect(knownKindInPassing({ name: 'Strimzi', occurrences: [occ('text', paragraph('Strimzi 管 Kafka'))] })).toBe(false);
  });
});

describe('the conditions of the learned path are data', () => {
  it('lists the built-in kind in passing (and not the boilerplate keys, tried and dropped), then the aside in passing of subject29 and the later cells of rules44', () => {
    expect(NOT_LEARNED.map((r) => r.name)).toEqual(['known-kind-in-passing', 'aside-in-passing', 'later-cell-only', 'known-component-in-passing']);
    expect(NOT_LEARNED[0]!.test({ name: 'apiVersion', occurrences: [] })).toBe(false);
  });
});

describe('a field in a framed genitive is the object of its clause', () => {
  it.each(['在 Service 的 ', '写在 CRD 的 ', '和 Deployment 的 ', '又被 PV 的 ', '它不是 Pod 的 ', '另一个常见用法是 Gateway 的 '])('%s', (before) => {
    expect(genitiveOwner(before)).toBeDefined();
    expect(framedGenitive(before)).toBe(true);
  });
  it.each(['由 KubeletConfiguration 的 ', 'StorageClass 上的 ', '但是 Pod 的 ', '现在 Pod 的 ', '就是 Pod 的 '])('not framed: %s', (before) => {
    expect(framedGenitive(before)).toBe(false);
  });
  it('the field the genitive opens a clause about is still read', async () => {
    const titles = await defined('# kubelet 笔记', '', '目录位置由 KubeletConfiguration 的 staticPodPath 决定，kubelet 盯着这个目录建静态 Pod。', '');
    expect(titles).toContain('staticPodPath');
  });
  it('a field named as where to write something is not', async () => {
    const titles = await defined('# StatefulSet 笔记', '', '想单独给 web-0 暴露一个 Service，在 Service 的 selector 里写这个标签就行。', '');
    expect(titles).not.toContain('selector');
  });
});

describe('a modifier saying which one describes no object', () => {
  it.each([
    ['保证写到的是本机的 agent，省掉跨节点流量。', 'agent'],
    ['逃出去的进程在宿主机上就是真正的 root。', 'root'],
    ['只是一个普通的 map，只支持等值匹配。', 'map'],
  ])('%s', async (sentence, name) => {
    const titles = await defined('# 笔记', '', `${name} 这个词后面还会出现：${name} 在这里先提一次。`, '', sentence, '');
    expect(titles).not.toContain(name);
  });
  it('a modifier saying what it is still describes it', async () => {
    const titles = await defined('# 容器文件系统', '', '镜像的各层是只读的 lowerdir，容器自己有一个可写的 upperdir，改文件时先拷到 upperdir 再改。', '');
    expect(titles).toContain('upperdir');
  });
});
