/**
 * rules20 (docs/miner.md, "rules20"): the fields of a list whose lead-in names the field they sit
 * in (`\`to\` 里的 \`ipBlock\` 有两项：` above `` - `cidr`：… ``) are fields of that field, however
 * deep it is. Sentences and notes written for this test, not taken from the corpora, with
 * look-alikes that must not place anything.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Paragraph } from 'mdast';
import { loadGraph } from '../../../src/graph/index.ts';
import { leadInParents } from '../../../src/graph/miner/field-place.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const note = (...lines: string[]) => lines.join('\n') + '\n';
const paragraph = (md: string) => fromMarkdown(md).children[0] as Paragraph;
const show = (md: string) => leadInParents(paragraph(md)).map((p) => [p.kind ?? '', p.within ?? '', p.written].join('|'));
/** The concepts of a note written in these lines, as `title → owner:fieldPath` (kind when no field). */
const placesIn = async (...lines: string[]) => {
  const g = await loadGraph(await contentDir({ 'notes/n.md': note(...lines) }), { layout: false });
  return (title: string) => g.concepts.filter((c) => c.title === title).map((c) => `${c.owner ?? ''}:${c.fieldPath ?? c.kind}`);
};
/** A section of a note about NetworkPolicy's egress rules, in these lines. */
const egressNote = (...lines: string[]) => placesIn('# NetworkPolicy 出口规则笔记', '', '## 按网段放行', '', ...lines);

describe('leadInParents: the fields a list lead-in names', () => {
  it.each([
    ['`spec.template.spec` 下面常用的几个字段：', ['||spec.template.spec']],
    ['出口规则里 `to` 的每一项可以写：', ['||to']],
    ['说完入口，再看 egress 里的 `to`，它能写这些:', ['|egress|to']],
    ['Gateway 的 `listeners` 每项可以设：', ['Gateway||listeners']],
    ['`items[]` 里每个元素有两个值：', ['||items']],
    // the last field named is the nearest place
    ['`spec` 里最常改的是 `strategy`：', ['||strategy', '||spec']],
  ])('%s → %j', (md, expected) => {
    expect(show(md)).toEqual(expected);
  });

  it.each([
    // no colon: the paragraph leads into nothing
    '`to` 的每一项可以写这些。',
    // a command and a value are no field names
    '先跑一下 `kubectl get pods -o wide`：',
    '把策略改成 `Recreate`：',
    '下面这些字段都常用：',
  ])('%s → none', (md) => {
    expect(show(md)).toEqual([]);
  });
});

describe('a list under a lead-in that names the field its items sit in', () => {
  it('places a catalogued kind\'s fields deeper than the context reaches', async () => {
    const found = (await egressNote(
      'NetworkPolicy 的出口规则可以不按标签，而是按地址段放行。`to` 里的 `ipBlock` 有两项：',
      '',
      '- `cidr`：要放行的地址段，比如办公网的 10.8.0.0/16；',
      '- `except`：从上面那段里再挖掉的几段。',
    ))('cidr');
    expect(found).toEqual(['NetworkPolicy:spec.egress[].to[].ipBlock.cidr']);
  });

  it('picks, of a name the API has at many places, the one under the lead-in\'s field', async () => {
    const found = (await placesIn(
      '# HorizontalPodAutoscaler 扩容节奏',
      '',
      '## 扩容别太猛',
      '',
      'HPA 默认扩得很快，可以在 `behavior` 里限速。`scaleUp` 的 `policies` 每一项有三个字段：',
      '',
      '- `type`：按 Pods 个数还是按 Percent 百分比；',
      '- `value`：每个周期最多加多少；',
      '- `periodSeconds`：周期有多长，单位秒。',
    ))('periodSeconds');
    expect(found).toEqual(['HorizontalPodAutoscaler:spec.behavior.scaleUp.policies[].periodSeconds']);
  });

  it('places a field of the note\'s own custom kind under a list field its example shows', async () => {
    const found = await placesIn(
      '# Relay 路由笔记',
      '',
      '```yaml',
      'apiVersion: relay.example.org/v1',
      'kind: Relay',
      'metadata:',
      '  name: edge',
      'spec:',
      '  routes:',
      '    - host: a.example.org',
      '      backend: svc-a',
      '```',
      '',
      '## 路由',
      '',
      '`routes` 的每一项除了 host 还能写：',
      '',
      '- `backend`：转发到哪个 Service；',
      '- `retryBudget`：失败后最多重试几次，默认不重试。',
    );
    expect(found('retryBudget')).toEqual(['Relay:spec.routes[].retryBudget']);
    expect(found('backend')).toEqual(['Relay:spec.routes[].backend']);
  });

  it('a lead-in without a colon, or a field the parent does not have, places nothing', async () => {
    const found = (await egressNote(
      'NetworkPolicy 的出口规则也能按地址段放行，`to` 里的 `ipBlock` 写法见下。',
      '',
      '- `cidr`：要放行的地址段；',
      '',
      '`to` 里的 `ipBlock` 还可以配：',
      '',
      '- `protocol`：这里写协议是不行的，ipBlock 没有这个字段。',
    ))('protocol');
    expect(found.some((f) => f.includes('ipBlock'))).toBe(false);
  });
});
