/**
 * lead45 (src/graph/dialogue-lines.ts): a question and its answer written on consecutive lines stay on lines of
 * their own on the page; every other soft line break renders as before (a space, or nothing between Chinese).
 */
import { describe, expect, it } from 'vitest';
import { parseMarkdown, plainText, renderHtml } from '../../../src/graph/markdown.ts';
import { DIALOGUE_MARKER } from '../../../src/graph/dialogue-lines.ts';

const html = (md: string) => renderHtml(parseMarkdown(md));

describe('dialogue lines', () => {
  it('keeps an answer under its question (Latin and Chinese markers, numbered, full- and half-width colons)', () => {
    expect(html('Q：Role 和 ClusterRole 差在哪？\nA：Role 只在一个 namespace 里生效。\n')).toBe('<p>Q：Role 和 ClusterRole 差在哪？<br>\nA：Role 只在一个 namespace 里生效。</p>');
    // (between two Chinese characters the join would have dropped the break altogether)
    expect(html('追问：Unknown 什么时候出现？\n答：kubelet 和 apiserver 失联。\n')).toBe('<p>追问：Unknown 什么时候出现？<br>\n答：kubelet 和 apiserver 失联。</p>');
    expect(html('Q3: 什么是 PDB?\nA3: 最少可用副本的约束。\n')).toContain('<br>\nA3: ');
    expect(html('问：为什么要 headless？\n回答：要每个 Pod 的 DNS 名。\n')).toContain('<br>\n回答：');
  });

  it('reads a bold marker, and a bold question before the break', () => {
    expect(html('**Q：** 怎么看权限？\n**A：** 用 kubectl auth can-i。\n')).toBe('<p><strong>Q：</strong> 怎么看权限？<br>\n<strong>A：</strong> 用 kubectl auth can-i。</p>');
    expect(html('**Q：roleRef 能改吗？**\n答：不能，只能删了重建。\n')).toBe('<p><strong>Q：roleRef 能改吗？</strong><br>\n答：不能，只能删了重建。</p>');
  });

  it('keeps several answers and a question after an answer apart, in list items too', () => {
    const out = html('Q：A 是什么？\nA：一个字母。\nQ：B 呢？\nA：另一个。\n');
    expect(out.match(/<br>/g)?.length).toBe(3);
    expect(html('- Q：探针有几种？\n  A：三种。\n')).toContain('Q：探针有几种？<br>\nA：三种。');
  });

  it('leaves other line breaks as they were (look-alikes)', () => {
    // a hard-wrapped Chinese sentence is joined, a break next to a Latin word is a space
    expect(html('只有能容忍\n这个污点的 Pod 才能调度。\n')).toBe('<p>只有能容忍这个污点的 Pod 才能调度。</p>');
    expect(html('先看 Pod\n调度的结果。\n')).toBe('<p>先看 Pod\n调度的结果。</p>');
    // a marker inside a line, a word that only starts like one, a code block
    expect(html('资源比例\n按 A：B 分配。\n')).not.toContain('<br>');
    expect(html('下面是\nAnswers: 不是标记。\n')).not.toContain('<br>');
    expect(html('```\nQ：x\nA：y\n```\n')).not.toContain('<br>');
    // a question on its own paragraph is a paragraph already
    expect(html('Q：什么是 Pod？\n\nA：最小调度单位。\n')).toBe('<p>Q：什么是 Pod？</p>\n<p>A：最小调度单位。</p>');
  });

  it('changes only the page: plain texts are unchanged', () => {
    expect(plainText(parseMarkdown('Q：什么是 Pod？\nA：最小调度单位。\n').children)).toBe('Q：什么是 Pod？\nA：最小调度单位。');
    expect(plainText(parseMarkdown('问：什么是 Pod？\n答：最小调度单位。\n').children)).toBe('问：什么是 Pod？答：最小调度单位。');
  });

  it('DIALOGUE_MARKER: markers and look-alikes', () => {
    for (const m of ['Q：', 'Q12:', 'A：', 'a: ', '问：', '答：', '追问：', '解答:', 'Question: ', '  答 ：']) expect(DIALOGUE_MARKER.test(m), m).toBe(true);
    for (const m of ['Answers:', 'QoS：', 'AB：', '问题：', 'API：', '答案是']) expect(DIALOGUE_MARKER.test(m), m).toBe(false);
  });
});

describe('label lines (lead46): a paragraph that opens with a short Chinese label keeps each labelled line', () => {
  it('keeps a pros-and-cons pair and a record\'s fields line by line, bold or not', () => {
    expect(html('优点：拷贝目录就能恢复。\n缺点：必须停机。\n')).toBe('<p>优点：拷贝目录就能恢复。<br>\n缺点：必须停机。</p>');
    expect(html('时间：周三 14:00\n参会：SRE 组、交易研发\n记录：我\n').match(/<br>/g)?.length).toBe(2);
    expect(html('**现象：** Pod 一直 Pending。\n原因：节点资源不够。\n解决：扩容。\n').match(/<br>/g)?.length).toBe(2);
    expect(html('- 优点：简单。\n  缺点：慢。\n')).toContain('优点：简单。<br>\n缺点：慢。');
  });

  it('leaves a label inside a line, a paragraph that does not open with a label, and a long heading-like run', () => {
    // the first line is a sentence: a later line opening with a label is a hard-wrapped sentence's rest
    expect(html('这个方案的问题在于\n缺点：必须停机。\n')).not.toContain('<br>');
    // a line that ends inside a clause goes on with the sentence on the next line
    expect(html('优点：简单，\n但是缺点：慢。\n')).not.toContain('<br>');
    expect(html('时间：周三、\n周四：都行。\n')).not.toContain('<br>');
    // longer than four characters is no label
    expect(html('优点：简单。\n这是一个很长的句子的开头：后面。\n')).not.toContain('<br>');
    expect(html('优点：简单。\n有两道保险：后面。\n')).not.toContain('<br>');
    // a half-width colon (`时间: 14:00`) is no label of this shape
    expect(html('时间: 周三\n参会: SRE 组\n')).not.toContain('<br>');
  });

  it('changes only the page: plain texts are unchanged', () => {
    expect(plainText(parseMarkdown('优点：简单。\n缺点：慢。\n').children)).toBe('优点：简单。缺点：慢。');
  });
});
