/**
 * rules37 (docs/miner.md, "rules37 (thirty-seventh session)"): a plain list item opening on an API kind spelt as the
 * kind, a colon and what it is in words, among items opening on a Latin name and a colon (`- Gateway：…`,
 * `- HTTPRoute：…` beside `- GatewayClass：…`), is that kind (`list-name-colon`, which took only names spelt as names
 * before); a kind with no words after it, a kind in lower case and a kind alone among Chinese leads are not. Lists and a
 * note written for this test, not taken from the corpora.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { List } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { runStages } from '../../../src/graph/load.ts';
import { explainConcept } from '../../../src/graph/explain.ts';
import { LIST_KIND_SHAPE, listNamesAlone } from '../../../src/graph/miner/alone-names.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const listOf = (md: string) => fromMarkdown(md).children.find((n): n is List => n.type === 'list')!;

describe('listNamesAlone: a kind opening an item of an enumeration', () => {
  it('gives the example its names and each look-alike none', () => {
    expect(listNamesAlone(listOf(LIST_KIND_SHAPE.example)).map((x) => x.name)).toEqual([...LIST_KIND_SHAPE.gives]);
    for (const l of LIST_KIND_SHAPE.lookAlikes) expect(listNamesAlone(listOf(l)), l).toEqual([]);
  });

  it('takes no capitalised word that is no kind, and names spelt as names as before', () => {
    expect(listNamesAlone(listOf('- Azure：内部 LB 用注解。\n- Gateway：流量入口。')).map((x) => x.name)).toEqual(['Gateway']);
    expect(listNamesAlone(listOf('- Initial：创建时注入。\n- Auto：随时更新。'))).toEqual([]);
    expect(listNamesAlone(listOf('- node-agent：每台机器上一个。\n- Service：稳定的虚拟 IP。')).map((x) => x.name)).toEqual(['node-agent', 'Service']);
  });
});

describe('list-name-colon with kinds in a note', () => {
  it('makes the kinds objects, and --explain names the rule', async () => {
    const dir = await contentDir({
      'notes/n.md': ['# 入口层复习', '', '## Gateway API 三个对象', '', '- GatewayClass：集群级，选哪种实现。', '- Gateway：一个具体的入口实例，声明监听器。', '- HTTPRoute：路由规则，通过 parentRefs 挂到 Gateway 上。', ''].join('\n'),
    });
    const ctx = await runStages(dir, { layout: false });
    const g = ctx.graph!;
    for (const t of ['Gateway', 'HTTPRoute']) {
      const c = g.concepts.find((x) => x.title === t);
      expect(c, t).toBeDefined();
      expect(c!.kind).toBe('object');
      expect(explainConcept(ctx, c!.id)).toContain(LIST_KIND_SHAPE.name);
    }
  });
});
