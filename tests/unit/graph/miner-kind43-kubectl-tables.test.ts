/**
 * kind43 (docs/miner.md "kind43", issue 12 item 1): one reader of `kubectl <verb> <resource>` (kind-evidence.ts),
 * used by typing46's `kubectl-listed-kind` and by kind42's prose kinds. Kinds and notes written for the test
 * (demo.example.com is no project's group); each shape with a look-alike.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { COMPOUND_KIND, kubectlResourceTypes, listedByKubectl, resourcePlurals } from '../../../src/graph/miner/kind-evidence.ts';
import { PROSE_KINDS, proseNamedKinds } from '../../../src/graph/miner/prose-kinds.ts';
import { cleanup } from './helpers.ts';

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
