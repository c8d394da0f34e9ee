/**
 * rules43 (docs/miner.md, "rules43"): names explained in running prose. A bold Latin name (or a
 * Latin name with the Chinese noun of its sort) set in the middle of a Chinese sentence, in passing
 * (`prose-bold-passing`). Sentences written for this test, not taken from the corpora, each with
 * look-alikes that must not fire.
 */
import { describe, expect, it } from 'vitest';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Paragraph } from 'mdast';
import { boldTermInPassing } from '../../../src/graph/miner/bold-roles.ts';
import { nameLike, proseDefinitions } from '../../../src/graph/miner/prose.ts';

const para = (md: string) => fromMarkdown(md).children[0] as Paragraph;
const defs = (md: string) => proseDefinitions(para(md)).map((d) => `${d.subject}:${d.rule}`);

describe('boldTermInPassing: a bold name in the middle of a Chinese sentence', () => {
  it.each([
    ['warm pool', '每个节点组可以挂一个 ', '，实例提前开好放着。'],
    ['spot interruption notice', '云厂商会提前两分钟发一个 ', '，收到以后赶紧 drain。'],
    ['overlayfs', '镜像的每一层最后都由 ', ' 叠在一起。'],
    ['Session 缓存', '网关里还有一层 ', '，重启以后就没了。'],
    ['vxlan 设备', '跨节点的包都要经过 ', '，所以 MTU 要减 50。'],
  ])('%s', (raw, before, after) => {
    expect(boldTermInPassing(raw, before, after, nameLike)).toBe(raw);
  });
  it.each([
    // an everyday English word, stressed
    ['limit', '真正起作用的是 ', '，不是别的。'],
    ['AND', '两条规则之间是 ', ' 关系。'],
    // a bold opening its line is a label, a colon after it the colon rules'
    ['warm pool', '', '：实例提前开好。'],
    ['warm pool', '上一段说完了。\n', ' 是什么？'],
    ['warm pool', '每个节点组可以挂一个 ', '：实例提前开好。'],
    // a Latin word and a phrase, not the noun of its sort
    ['Pod 级别', '这个限制是 ', '的。'],
    ['requests 之和', '它看的是 ', '，不是用量。'],
    ['webhook 超时', '出问题时先看 ', '，多半是证书过期。'],
    // an English sentence stresses words
    ['warm pool', 'Each node group can keep a ', ' of instances.'],
    // another name in parentheses after it: the naming rules'
    ['Session 缓存', '网关里还有一层 ', '（也叫会话缓存），重启就没了。'],
    // one word ending its sentence; the noun of its sort right after it (the field rules' shape)
    ['overlayfs', '最后所有层都交给 ', '。'],
    ['warm pool', '节点组里还有一个 ', ' 字段：设了以后…'],
    // a clause after it saying the writer leaves it aside
    ['warm pool', '另外每个节点组还能挂一个 ', '，这次用不上，不展开。'],
  ])('not %s in %s…%s', (raw, before, after) => {
    expect(boldTermInPassing(raw, before, after, nameLike)).toBeUndefined();
  });
});

describe('prose-bold-passing in a paragraph', () => {
  it('takes bold terms in passing, also inside another bold label’s definition', () => {
    expect(defs('**节点池**：每个池子可以挂一个 **warm pool**，实例提前开好放着，扩容时直接拿。')).toContain('warm pool:prose-bold-passing');
    expect(defs('扩容慢的时候，网关会先把请求放进 **Session 缓存**，等新副本起来再转发。')).toContain('Session 缓存:prose-bold-passing');
  });
  it('gives other bold rules the name only it spells (several lower-case English words, a file)', () => {
    // opening its clause with a verb phrase (prose-bold-subject), or with what it is in parentheses
    expect(defs('每个区域有两种池子。**spare node pool** 专门放预热好的机器，扩容时先从这里拿。')).toContain('spare node pool:prose-bold-subject');
    expect(defs('想省 IP 的话给子网再挂一段 **overlay range**（常用 100.64 段），Pod 从这段里分地址。')).toContain('overlay range:prose-bold-described');
    expect(defs('所有的开关都写在 **values.yaml** 里，升级前先对一遍。')).toContain('values.yaml:prose-bold-passing');
  });
  it('leaves API kinds stressed in passing', () => {
    expect(defs('这条规则检查的是 **Pod**，而不是它上面的控制器。').some((d) => d.startsWith('Pod:'))).toBe(false);
  });
  it('leaves Chinese phrases stressed in passing', () => {
    expect(defs('这里最容易错的是**先后顺序**，一定要先摘流量再停进程。').some((d) => d.includes('prose-bold-passing'))).toBe(false);
  });
});
