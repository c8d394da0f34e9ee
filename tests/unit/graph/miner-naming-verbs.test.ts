/**
 * The naming-verb table (src/graph/miner/naming-verbs.ts): every verb group's own example and
 * look-alike, then sentences written for this test (not taken from the corpora) for the ways a
 * name is cut or is no name.
 */
import { describe, expect, it } from 'vitest';
import { NAMING_VERBS, namesGiven } from '../../../src/graph/miner/naming-verbs.ts';

const given = (s: string) => namesGiven(s).map((g) => `${g.name}:${g.rule}`);

describe('the naming-verb table', () => {
  it('has verbs, an example and a look-alike for every group', () => {
    for (const v of NAMING_VERBS) {
      expect(v.verbs).not.toBe('');
      expect(v.example[0]).toContain(v.example[1]);
      expect(v.lookAlike).not.toBe('');
    }
  });

  it.each(NAMING_VERBS.map((v) => [v.rule, v.example[0], v.example[1]] as const))('%s names its example: %s', (rule, sentence, name) => {
    expect(given(sentence)).toContain(`${name}:${rule}`);
  });

  it.each(NAMING_VERBS.map((v) => [v.rule, v.lookAlike] as const))('%s: the look-alike "%s" names nothing', (_rule, sentence) => {
    expect(given(sentence)).toEqual([]);
  });
});

describe('where a name ends', () => {
  it.each([
    ['两个阶段合起来称为一次调和循环（reconcile loop）。', '调和循环:text-naming'],
    ['这套东西被称为 Pod 安全标准（Pod Security Standards，PSS）。', 'Pod 安全标准:text-naming'],
    ['大家一般叫做 Pod Security Admission，简称 PSA。', 'Pod Security Admission:text-naming'],
    ['这个组件名为 "node-problem-detector"，跑在每个节点上。', 'node-problem-detector:text-naming-named'],
    ['it is commonly known as Pod Security Admission.', 'Pod Security Admission:text-naming-english'],
    // a Chinese head after the name stays
    ['所谓 in-tree 插件，就是编进 kubelet 的卷插件。', 'in-tree 插件:text-naming-so-called'],
  ])('%s → %s', (s, expected) => {
    expect(given(s)).toContain(expected);
  });

  it.each([
    '这个参数称为一次调和循环里最关键的东西。',
    '新建一个名为 demo 的命名空间。',
    '即使 Pod 被删了也不影响。',
    '立即 kubectl apply 一下。',
    '称为 Pod 安全那一套的东西。',
    'They named it after the author.',
    // an adverb or a modal after the name starts a predicate, it is no head of the name (and a
    // name a clause goes on from is no naming)
    '早些年所谓 ambassador 只是 Pod 里的另一个容器。',
    '大家说的所谓 warm pool 通常 10 台左右。',
  ])('%s names nothing', (s) => {
    expect(given(s)).toEqual([]);
  });
});

describe('a summing-up 这就是 before a phrase in scare quotes (rules3)', () => {
  it.each([
    '副本之间谁也不认识谁，挂了随便换一个，这就是"可替换"。',
    '三个请求同时进来只有一个能拿到锁，这就是所谓的“抢锁”问题。',
    '节点一重启就全丢了，这也就是「易失」的意思。',
  ])('%s names nothing', (s) => {
    expect(given(s)).toEqual([]);
  });
  it.each([
    // unquoted, glossed, or a Latin name in quotes: the writer gives a name
    ['主人没了就去清理它的附属对象，这就是垃圾收集（garbage collection）。', '垃圾收集:text-naming'],
    ['拉不到镜像时会越等越久，这就是"ImagePullBackOff"。', 'ImagePullBackOff:text-naming'],
    ['这一步通常称为"预热"。', '预热:text-naming'],
  ])('%s → %s', (s, expected) => {
    expect(given(s)).toContain(expected);
  });
});

describe('a name given inside an example clause (rules3)', () => {
  it.each([
    '镜像名字随便起，比如仓库叫 team-a，标签就写日期。',
    '假设有个 Deployment 叫 checkout，它的 ReplicaSet 名字后面会带一串哈希。',
    '例如命名空间名为 staging，DNS 后缀就跟着变。',
  ])('%s names nothing', (s) => {
    expect(given(s)).toEqual([]);
  });
  it.each([
    // outside the example clause, or a name with its gloss, the verb still names
    ['比如扩容这件事，社区把它叫做 HPA（Horizontal Pod Autoscaler）。', 'HPA:text-naming'],
    ['比如说得不对的地方，请指出。这一层叫 overlay。', 'overlay:text-naming'],
  ])('%s → %s', (s, expected) => {
    expect(given(s)).toContain(expected);
  });
});

describe('a kind as the subject of the verb and an object name after it', () => {
  it.each([
    '扩到五个副本以后，新 Pod 就叫 web-4，挂的卷也跟着编号。',
    '它的 Service 叫 orders-headless，所以解析的是每个副本自己的地址。',
    '每个副本的 PVC 也跟着叫 cache-redis-2 这种带序号的名字。',
  ])('%s names nothing', (s) => {
    expect(given(s)).toEqual([]);
  });
  it.each([
    // a name spelt as a concept (capitals, words), or no kind before the verb, still names
    ['这种由 kubelet 直接管的 Pod 叫 Static Pod，API Server 里只看得到它的镜像。', 'Static Pod:text-naming'],
    ['合并后看到的那一层叫 merged-dir，容器只看得到它。', 'merged-dir:text-naming'],
  ])('%s → %s', (s, expected) => {
    expect(given(s)).toContain(expected);
  });
});
