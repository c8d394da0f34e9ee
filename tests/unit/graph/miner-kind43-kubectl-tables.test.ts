/**
 * kind43 (docs/miner.md "kind43", issue 12 item 1): one reader of `kubectl <verb> <resource>` (kind-evidence.ts),
 * used by typing46's `kubectl-listed-kind` and by kind42's prose kinds; and a table of a condition's keys in a note
 * about one custom kind — declared, or named in prose only — read as that kind's `status.conditions[].*`
 * (standard-object-fields.ts `STANDARD_TABLE_KEYS`). Kinds and notes written for the test (demo.example.com is no
 * project's group); each shape with a look-alike.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { COMPOUND_KIND, kubectlResourceTypes, listedByKubectl, resourcePlurals } from '../../../src/graph/miner/kind-evidence.ts';
import { PROSE_KINDS, proseNamedKinds } from '../../../src/graph/miner/prose-kinds.ts';
import { customKindInSight, standardKeyPath } from '../../../src/graph/miner/standard-object-fields.ts';
import type { Graph } from '../../../src/graph/model.ts';
import { cleanup, mineNotes } from './helpers.ts';

afterAll(cleanup);

describe('kind43: one reader of kubectl resource types', () => {
  it('prose kinds read what kind-evidence.ts reads: lists, groups, flags and verbs beyond get/describe/edit/delete', () => {
    expect(proseNamedKinds('| `kubectl get backup,widgetsets` | WidgetSet 的备份记录 |', [])).toEqual(['WidgetSet']);
    expect(proseNamedKinds('`kubectl get gadgetpools.demo.example.com` 列出 GadgetPool', [])).toEqual(['GadgetPool']);
    expect(proseNamedKinds('`kubectl get --all-namespaces gadgetpool` 看 GadgetPool', [])).toEqual(['GadgetPool']);
    expect(proseNamedKinds('`kubectl explain widgetset.spec` 看 WidgetSet 的字段', [])).toEqual(['WidgetSet']);
    // (the caller's set of the note's types is the one read)
    expect(proseNamedKinds('WidgetSet 的事件', [], new Set(['widgetsets']))).toEqual(['WidgetSet']);
    expect(proseNamedKinds('`kubectl get widgetset` 看 WidgetSet', [], new Set())).toEqual([]);
  });

  it('look-alikes: another command, a one-word name\'s lower-case name', () => {
    expect(proseNamedKinds('`kubectl apply -f ws.yaml`，`kubectl logs widgetset-0` 看 WidgetSet', [])).toEqual([]);
    expect(proseNamedKinds('`kubectl get widget` 看 Widget', [])).toEqual([]);
  });

  it('listedByKubectl: plurals (s, es, ies) of any name, the lower-case name of a name of two words or more', () => {
    expect(listedByKubectl('PolicyEntry', [], new Set(['policyentries']))).toBe(true);
    expect(listedByKubectl('GadgetPool', [], new Set(['gadgetpool']))).toBe(true);
    expect(listedByKubectl('Widget', [], new Set(['widget']))).toBe(false);
    expect(listedByKubectl('Widget', [], new Set(['widgets']))).toBe(true);
    expect(resourcePlurals('Policy')).toEqual(['policys', 'policyes', 'policies']);
    expect(PROSE_KINDS.compound).toBe(COMPOUND_KIND);
    expect([...kubectlResourceTypes('kubectl get backup,scheduledbackup')].sort()).toEqual(['backup', 'scheduledbackup']);
  });
});

const conditionTable = (leadIn: string) => [
  leadIn,
  '',
  '| 字段 | 含义 |',
  '|---|---|',
  '| `type` | 方面的名字，比如 `Ready` |',
  '| `status` | `True` / `False` / `Unknown` |',
  '| `reason` | 机器可读的一个词 |',
  '| `lastTransitionTime` | `status` 上次变化的时间 |',
  '| `observedGeneration` | 写这个 condition 时看到的 generation |',
];
const typed = (g: Graph, path: string) => g.concepts.filter((c) => c.fieldPath === path).map((c) => `${c.kind}|${c.owner ?? ''}`);

describe('kind43: a table of a condition\'s keys in a note about one custom kind', () => {
  it('a kind named in prose only (its plural resource): the rows are its status.conditions[] fields', async () => {
    const g = await mineNotes({
      'notes/widget.md': ['# WidgetSet 的 status', '', '打开 status 子资源后，`widgetsets/status` 单独授权，控制器往 WidgetSet 写 conditions。', '', '## condition 的字段', '', ...conditionTable('每个 condition 有这几个字段：')],
    });
    expect(typed(g, 'status.conditions[].type')).toEqual(['field|WidgetSet']);
    expect(typed(g, 'status.conditions[].status')).toEqual(['field|WidgetSet']);
    expect(typed(g, 'status.conditions[].lastTransitionTime')).toEqual(['field|WidgetSet']);
    // (the key of two standard paths takes the table's place)
    expect(typed(g, 'status.conditions[].observedGeneration')).toEqual(['field|WidgetSet']);
  });

  it('a declared kind whose example does not show its conditions: the same', async () => {
    const g = await mineNotes({
      'notes/widget.md': ['# WidgetSet', '', '```yaml', 'apiVersion: demo.example.com/v1', 'kind: WidgetSet', 'metadata:', '  name: shop', 'spec:', '  size: 3', '```', '', '## condition 的字段', '', ...conditionTable('每个 condition 有这几个字段：')],
    });
    expect(typed(g, 'status.conditions[].reason')).toEqual(['field|WidgetSet']);
  });

  it('look-alikes: the lead-in names another kind with conditions; no custom kind; rows at no standard path', async () => {
    const pod = await mineNotes({
      'notes/widget.md': ['# WidgetSet 的 status', '', '`kubectl get widgetsets` 能看到 WidgetSet。', '', '## 排查', '', ...conditionTable('Pod 的每个 condition 有这几个字段：')],
    });
    expect(typed(pod, 'status.conditions[].reason').filter((t) => t.endsWith('|WidgetSet'))).toEqual([]);
    const none = await mineNotes({ 'notes/widget.md': ['# status 子资源', '', '控制器往 status 里写 conditions。', '', ...conditionTable('每个 condition 有这几个字段：')] });
    expect(none.concepts.filter((c) => c.owner === 'WidgetSet')).toEqual([]);
    const meta = await mineNotes({
      'notes/widget.md': [
        '# WidgetSet 依赖的 metadata',
        '',
        '`kubectl get widgetsets` 能看到 WidgetSet，它创建的 StatefulSet 指回它。',
        '',
        '| 字段 | 用途 |',
        '|---|---|',
        '| `ownerReferences` | StatefulSet 指回 WidgetSet |',
        '| `finalizers` | 删除前的清理 |',
        '| `generation` | spec 每改一次加一 |',
        '| `labels` | StatefulSet 的标签 |',
      ],
    });
    expect(meta.concepts.filter((c) => c.owner === 'WidgetSet' && /ownerReferences|labels/.test(c.fieldPath ?? ''))).toEqual([]);
  });

  it('the rule as data', () => {
    expect(standardKeyPath('lastTransitionTime')).toBe('status.conditions[].lastTransitionTime');
    expect(standardKeyPath('observedGeneration')).toBeUndefined();
    expect(standardKeyPath('labels')).toBeUndefined();
    expect(customKindInSight([], ['WidgetSet'])).toBe('WidgetSet');
    expect(customKindInSight([], ['WidgetSet', 'GadgetPool'])).toBeUndefined();
    expect(customKindInSight(['Deployment', 'GadgetPool'], ['WidgetSet', 'GadgetPool'])).toBe('GadgetPool');
  });
});
