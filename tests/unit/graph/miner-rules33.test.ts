/**
 * rules33 (docs/miner.md, "rules33"): bold names given a role in running text. A bold name opening
 * its clause followed by any verb phrase (`prose-bold-subject`), a bold label after a full stop inside
 * a paragraph another bold label opens, a bold of two names joined by a slash, a bold English name
 * with a lower-case head word. Sentences written for this test, not taken from the corpora, each
 * with look-alikes that must not fire.
 */
import { describe, expect, it } from 'vitest';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Paragraph } from 'mdast';
import { boldCanBeSubject, boldHeadedName, boldLabelAfterStop, boldOpensClause, boldPair, boldPredicate, boldWordSubject } from '../../../src/graph/miner/bold-roles.ts';
import { isCommandName } from '../../../src/graph/miner/command-tools.ts';
import { proseDefinitions } from '../../../src/graph/miner/prose.ts';

const para = (md: string) => fromMarkdown(md).children[0] as Paragraph;
const defs = (md: string) => proseDefinitions(para(md)).map((d) => `${d.subject}:${d.rule}`);

describe('boldOpensClause: the bold stands where a clause opens', () => {
  it.each(['数据分两层：', '前一层很慢；', '这一步做完了。', '答：', '上面说完了。所以 '])('after %s', (before) => {
    expect(boldOpensClause(before)).toBe(true);
  });
  it.each(['授予', '数据先写进', '旁边还有一个老的 ', '做完以后，', ''])('not after %s', (before) => {
    expect(boldOpensClause(before)).toBe(false);
  });
  it('takes a comma and a short modifier before a Latin name only', () => {
    expect(boldOpensClause('每次改完配置，全局 ', true)).toBe(true);
    expect(boldOpensClause('每次改完配置，', true)).toBe(true);
    expect(boldOpensClause('每次改完配置，全局 ', false)).toBe(false);
    // a modifier of more than three characters: mid-clause
    expect(boldOpensClause('每次改完配置，再交给后台的 ', true)).toBe(false);
  });
});

describe('boldPredicate: a verb phrase follows the bold', () => {
  it.each([
    ['为每个请求挑一个后端，', '为每个请求挑一个后端'],
    [' 把结果写回存储；', '把结果写回存储'],
    ['（冷层）只在夜里跑。', '只在夜里跑'],
    [' 在 9100 端口暴露指标。', '在 9100 端口暴露指标'],
  ])('%s', (after, predicate) => {
    expect(boldPredicate(after)).toBe(predicate);
  });
  it.each([
    // a particle, a conjunction, a place word: the bold is no subject of a verb
    ' 的 `data` 只是编码过。',
    ' 和另一个一起用。',
    ' 里写的是默认值。',
    // a noun of sort: the name brought in with what sort it is (another rule's shape)
    ' 规则专门用来校验签名。',
    ' 状态，原因是拉不到镜像。',
    // punctuation or English right after: a whole clause in bold, or no predicate
    '。后面再说。',
    '，然后重启。',
    ' mode 打开就行。',
    // one character is no verb phrase
    '吗？',
  ])('%s → none', (after) => {
    expect(boldPredicate(after)).toBeUndefined();
  });
});

describe('boldCanBeSubject: emphasis and descriptions in bold name nothing', () => {
  it.each(['冷备节点', 'Log 后端', 'Prometheus exporter'])('%s', (name) => expect(boldCanBeSubject(name)).toBe(true));
  it.each(['一定', '千万别', '不能', '必须先备份', '老的那个节点'])('%s', (name) => expect(boldCanBeSubject(name)).toBe(false));
});

describe('prose-bold-subject: a bold name opening its clause, then what it does', () => {
  it('reads each of two bold names given a role in one sentence', () => {
    const md = '备份分成两段：**快照段**为每个卷拍一份快照，可以并发；**推送段**把快照推到对象存储，一次只传一个。';
    expect(defs(md)).toEqual(expect.arrayContaining(['快照段:prose-bold-subject', '推送段:prose-bold-subject']));
  });
  it('reads an English name with its head word after a full stop', () => {
    expect(defs('日志收集有两条路。**Fluent exporter** 往远端推事件，延迟低。')).toContain('Fluent exporter:prose-bold-subject');
  });
  it('reads a bold after 所以 opening a sentence', () => {
    expect(defs('配置写错了就起不来。所以 **confcheck** 在启动前先校验一遍。')).toContain('confcheck:prose-bold-subject');
  });
  it('reads a Latin name after a comma, a command after 用, a lower-case word after a full stop', () => {
    expect(defs('每次改完配置，全局 **revision** 就加一，旧的留作回滚。')).toContain('revision:prose-bold-subject');
    expect(defs('镜像都换好了，最后用 **kubectl rollout undo** 退回上一版。')).toContain('kubectl rollout undo:prose-bold-subject');
    expect(defs('两者不是一回事。**hostpid** 是让容器看到节点上的全部进程。')).toContain('hostpid:prose-bold-subject');
  });
  it('boldWordSubject: a command or one lower-case word, not several words', () => {
    expect(boldWordSubject('kubectl rollout undo', isCommandName)).toBe('kubectl rollout undo');
    expect(boldWordSubject('hostpid', isCommandName)).toBe('hostpid');
    expect(boldWordSubject('read only', isCommandName)).toBeUndefined();
    expect(boldWordSubject('ttl', isCommandName)).toBeUndefined();
  });
  it.each([
    // a Chinese phrase bolded after a comma is an emphasis
    '节点排空以后，**倒序**一个一个重建。',
    // a lower-case word bolded mid-clause
    '调度器只按 **requests** 算，不看实际用量。',
    // mid-clause emphasis
    '启动以后要**尽快**把流量切过来。',
    '这一步做完了。**一定**要先备份再升级。',
    // a phrase with 的 in bold
    '先说结论：**默认的存储类**不支持扩容。',
    // a whole clause in bold, then punctuation
    '换句话说：**旧节点不会再被调度**。',
    // after a comma: part of the sentence, not a subject of its own
    '节点重启以后，**冷备节点**接管流量。',
  ])('%s → none', (md) => {
    expect(defs(md).filter((d) => d.endsWith(':prose-bold-subject'))).toEqual([]);
  });
});

describe('bold labels after a full stop, slash-joined and headed bold names', () => {
  it('boldLabelAfterStop wants a sentence end before and a colon', () => {
    expect(boldLabelAfterStop('档位B：', '**档位A：** 最快的一档。', ' 慢一些。')).toBe(true);
    expect(boldLabelAfterStop('档位B', '最快的一档。', '：慢一些。')).toBe(true);
    expect(boldLabelAfterStop('档位B：', '最快的一档，', ' 慢一些。')).toBe(false);
    expect(boldLabelAfterStop('档位B', '最快的一档。', ' 慢一些。')).toBe(false);
  });
  it('reads a second bold label after a full stop in a paragraph a bold label opens', () => {
    expect(defs('**HotTier：** 放最近一周的数据。**ColdTier：** 放更早的数据，按月归档。')).toContain('ColdTier:prose-bold-colon');
  });
  it('boldPair splits two names joined by a slash', () => {
    const isName = (x: string) => /[A-Z-]/.test(x);
    expect(boldPair('kube-ps1 / kubeon', isName)).toEqual(['kube-ps1', 'kubeon']);
    expect(boldPair('kube-ps1 / kubeon：', isName)).toEqual(['kube-ps1', 'kubeon']);
    // no name among the parts, or a part that is no single word
    expect(boldPair('read / write', isName)).toBeUndefined();
    expect(boldPair('Kubeon / 只读模式', isName)).toBeUndefined();
    expect(boldPair('a/b', isName)).toBeUndefined();
  });
  it('reads both names of a slash-joined bold with a colon', () => {
    const md = '顺手装了 **kube-ps1 / kubeon**：前者在提示符里显示集群，后者一键打开。';
    expect(defs(md)).toEqual(expect.arrayContaining(['kube-ps1:prose-bold-colon', 'kubeon:prose-bold-colon']));
  });
  it('boldHeadedName takes a capitalised name and a lower-case head word', () => {
    expect(boldHeadedName('Fluent exporter')).toBe('Fluent exporter');
    expect(boldHeadedName('Vault agent injector')).toBe('Vault agent injector');
    expect(boldHeadedName('Pod level')).toBeUndefined();
    expect(boldHeadedName('Read only')).toBeUndefined();
    expect(boldHeadedName('Cluster based')).toBeUndefined();
    expect(boldHeadedName('exporter')).toBeUndefined();
  });
});
