/**
 * steps27 (docs/miner.md, "steps27"): the counter of writing styles and the shapes they put names
 * in (bench/lib/style-shapes.mjs, CLI bench/style-shapes.mjs); and a list item opening on a key
 * read under a generic lead-in (definitions.ts KEY_SPELLINGS, itemKeyLabel: a diary's `**解决**：`
 * list of the settings changed). Notes written for this test, not taken from the corpora.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { KEY_SPELLINGS, itemKeyLabel } from '../../../src/graph/miner/definitions.ts';
import { parseMarkdown } from '../../../src/graph/markdown.ts';
import { cleanup, mineNotes } from './helpers.ts';
import {
  chapterStyles,
  headingSpelling,
  isOutputFence,
  outputTokens,
  splitFences,
  styleShapes,
  tallyShapes,
} from '../../../bench/lib/style-shapes.mjs';
import { normKey } from '../../../bench/lib/miner-score.mjs';
import { isEnumValue, kindNamed } from '../../../src/graph/vocabulary/index.ts';

const vocab = { isEnumValue, kindNamed };
const note = (...lines: string[]) => lines.join('\n') + '\n';
const fence = (lang: string, ...body: string[]) => ['```' + lang, ...body, '```'];

const diary = note(
  '# 发布排障记录',
  '',
  '## Day 1：worker 一直 CrashLoopBackOff',
  '',
  ...fence('', '$ kubectl get pod', 'NAME        READY   STATUS             RESTARTS', 'worker-0    0/1     CrashLoopBackOff   4'),
  '',
  'CrashLoopBackOff 表示容器反复退出，kubelet 在退避等待。',
  '',
  '## 3 月 5 日：Evicted 的 Pod 越来越多',
  '',
  '原来 `ephemeral-storage` 没设上限。',
);

const outline = note('# 存储', '## 一、卷', '### 1.1 emptyDir', '### 1.2 hostPath', '## 二、持久卷', '### 2.1 PersistentVolume');

const steps = note(
  '# 给节点升级',
  '1. 先腾空节点：',
  ...fence('bash', 'kubectl drain node-3 --ignore-daemonsets'),
  '2. 升级 kubelet 后放回：',
  ...fence('bash', 'systemctl restart kubelet', 'kubectl uncordon node-3'),
);

describe('chapterStyles: diary, outline, numbered steps with shell sessions', () => {
  it('two day headings make a diary; so does a file name saying so', () => {
    expect(chapterStyles(diary, 'a.md')).toEqual(['diary']);
    expect(chapterStyles(note('# 笔记', '正文'), '存储踩坑日记.md')).toEqual(['diary']);
    expect(chapterStyles(note('# 笔记', '## Day 1：开始', '正文'), 'a.md')).toEqual([]);
  });
  it('four numbered headings make an outline', () => {
    expect(chapterStyles(outline, 'a.md')).toEqual(['outline']);
    expect(chapterStyles(note('# 存储', '## 一、卷', '## 二、持久卷', '## 小结'), 'a.md')).toEqual([]);
  });
  it('two numbered steps each followed by a fence that runs a command make steps', () => {
    expect(chapterStyles(steps, 'a.md')).toEqual(['steps']);
    // a numbered item over a YAML example runs nothing
    expect(chapterStyles(note('1. 写 Pod：', ...fence('yaml', 'kind: Pod'), '2. 再写 Service：', ...fence('yaml', 'kind: Service')), 'a.md')).toEqual([]);
  });
});

describe('output fences and their tokens', () => {
  it('a fence of command output, not a YAML example', () => {
    const { fences } = splitFences(note(...fence('', '$ kubectl get pv', 'NAME  STATUS', 'pv-1  Bound'), ...fence('yaml', 'phase: Bound'), ...fence('', 'spec:', '  replicas: 2')));
    expect(fences.map(isOutputFence)).toEqual([true, false, false]);
  });
  it('capitalised words of the output, not the command nor its header', () => {
    const { fences } = splitFences(diary);
    expect(outputTokens(fences[0]!)).toEqual(['CrashLoopBackOff']);
  });
});

describe('headingSpelling', () => {
  it('spells a heading by its script and punctuation', () => {
    expect(headingSpelling('emptyDir')).toBe('latin1');
    expect(headingSpelling('Pod Security Admission')).toBe('latinN');
    expect(headingSpelling('镜像垃圾回收')).toBe('zh-short');
    expect(headingSpelling('为什么需要持久卷申领')).toBe('zh-long');
    expect(headingSpelling('drop-in 配置目录')).toBe('mixed');
    expect(headingSpelling('探针：三种写法')).toBe('punct');
  });
});

describe('styleShapes', () => {
  it('a state shown in output and explained right after the fence; a day heading; a conclusion', () => {
    const shapes = styleShapes(diary, vocab);
    expect(shapes).toContainEqual(['S1 out-token:after-explained:other', 'CrashLoopBackOff', 'CrashLoopBackOff 表示容器反复退出，kubelet 在退避等待。']);
    expect(shapes).toContainEqual(['S7 dayhead:Camel', 'CrashLoopBackOff', '## Day 1：worker 一直 CrashLoopBackOff']);
    expect(shapes).toContainEqual(['S7 dayhead:Capital', 'Evicted', '## 3 月 5 日：Evicted 的 Pod 越来越多']);
    expect(shapes).toContainEqual(['S3 concl:code', 'ephemeral-storage', '原来 `ephemeral-storage` 没设上限。']);
  });
  it('numbered and plain headings apart, a day heading in neither', () => {
    const shapes = styleShapes(note(outline, '## 小结', '## Day 3：emptyDir'), vocab);
    expect(shapes).toContainEqual(['S2 numbered-head:latin1', 'emptyDir', '### 1.1 emptyDir']);
    expect(shapes).toContainEqual(['S2 plain-head:zh-short', '小结', '## 小结']);
    expect(shapes.filter((s) => s[0].startsWith('S2') && s[2].includes('Day 3'))).toEqual([]);
  });
  it('a key a patch sets, named again in the prose', () => {
    const text = note(...fence('', `kubectl patch deploy web -p '{"spec":{"revisionHistoryLimit":3}}'`), '`revisionHistoryLimit` 决定留几个旧 ReplicaSet。');
    expect(styleShapes(text, vocab)).toContainEqual(['S4 patch-key:in-prose', 'revisionHistoryLimit', '`revisionHistoryLimit` 决定留几个旧 ReplicaSet。']);
  });
  it('a list item a command output shows, and one only YAML sets', () => {
    const text = note(...fence('', '$ kubectl get pvc', 'NAME  STATUS', 'data  Pending'), ...fence('yaml', 'volumeMode: Block'), '- `Pending`：还没绑定', '- `volumeMode`：卷的模式');
    const shapes = styleShapes(text, vocab).filter((s) => s[0].startsWith('S6'));
    expect(shapes.map((s) => [s[0], s[1]])).toEqual([['S6 item:in-output:Pascal', 'Pending'], ['S6 item:in-yaml:other', 'volumeMode']]);
  });
});

describe('tallyShapes', () => {
  it('counts once per chapter and name: a found label, a missed one, an unlabelled name the miner mines', () => {
    const tally = new Map();
    const labels = [{ name: 'CrashLoopBackOff' }, { name: 'exitCode', fieldPath: 'status.containerStatuses[].lastState.terminated.exitCode', also: ['exit code'] }];
    tallyShapes(tally, [['X', 'CrashLoopBackOff', 'a'], ['X', 'crashloopbackoff', 'b'], ['X', 'exit code', 'c'], ['X', 'Evicted', 'd']], {
      labels,
      normKey,
      set: 'dev9',
      chapter: 'a.md',
      isMissed: (n: string) => n === 'exitCode',
      isMined: (n: string) => n === 'Evicted',
    });
    const t = tally.get('X');
    expect([t.found, t.missed, t.other, t.mined, t.sets.size]).toEqual([1, 1, 1, 1, 1]);
  });
});

afterAll(cleanup);

describe('KEY_SPELLINGS: an item label spelt as a key', () => {
  it("each row's example is its spelling, and no other row's", () => {
    for (const k of KEY_SPELLINGS) {
      expect(k.test.test(k.example)).toBe(true);
      expect(KEY_SPELLINGS.filter((o) => o.test.test(k.example)).map((o) => o.name)).toEqual([k.name]);
    }
  });
  it('not a phrase, a command, a word in capitals or a capitalised name', () => {
    for (const w of ['有过期时间', 'kubectl get pod -o wide', 'TODO', 'GPU', 'Master', 'timeout', 'session 模式']) {
      expect(KEY_SPELLINGS.some((k) => k.test.test(w))).toBe(false);
    }
  });
});

describe('itemKeyLabel', () => {
  const items = (md: string) => {
    const list = parseMarkdown(md).children.find((n) => n.type === 'list');
    return list && list.type === 'list' ? list.children : [];
  };
  it('the bold or code label a list item opens on with a colon, when spelt as a key', () => {
    const got = items('- **maxRetryCount**：从 3 调到 5\n- `status.readyNodes`：就绪的节点数\n- **RETRY_LIMIT：** 重试上限\n- **有过期时间**：一小时\n- `maxRetryCount` 调到 5 以后好了\n').map(itemKeyLabel);
    expect(got).toEqual(['maxRetryCount', 'status.readyNodes', 'RETRY_LIMIT', undefined, undefined]);
  });
});

describe('a key opening an item under a generic lead-in is read', () => {
  it("a diary's fix lists the settings it changed (`**解决**：`)", async () => {
    const g = await mineNotes({ 'notes/n.md': ['# 网关超时', '', '### 3 月 9 日：上传大文件总是 504', '', '**解决**：', '- **uploadTimeoutSeconds**：从 30 调到 600，它限制的是整个上传请求的时长；', '- **idleStreamSeconds**：空闲多久断开流，设成 120。', ''] });
    const titles = g.concepts.map((c) => c.title);
    expect(titles).toContain('uploadTimeoutSeconds');
    expect(titles).toContain('idleStreamSeconds');
  });
  it('paths read one by one under `这段自己的理解：`', async () => {
    const g = await mineNotes({ 'notes/n.md': ['# 设备孪生', '', '这段自己的理解：', '- `spec.pollingCycle`：多久去设备上读一次值。', '- `status.reportedValues`：设备实际上报的值。', ''] });
    const titles = g.concepts.map((c) => c.title);
    expect(titles).toContain('status.reportedValues');
  });
  it('items spelt otherwise under the same lead-ins stay unread (the control)', async () => {
    const g = await mineNotes({ 'notes/n.md': ['# 令牌', '', '特点：', '', '1. **有过期时间**：默认一小时左右，到期前自动轮换。', '2. **绑定对象**：和具体 Pod 绑定，Pod 删了就失效。', '', '排查思路：', '', '1. `kubectl get pod -o wide`：看 STATUS 和节点。', '2. **TODO**：回头再看一下信号。', ''] });
    expect(g.concepts.filter((c) => c.id !== 'root').map((c) => c.title)).toEqual([]);
  });
});
