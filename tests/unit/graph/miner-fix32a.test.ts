/**
 * fix32a (docs/miner.md, "fix32a"): issue 12 items 1–4 on the findings qa52 left (a user's Notion / 思源 /
 * 飞书 exports), as general rules, on chapters written for this test (tests/fixtures/fix32a, one folder a
 * case; never the QA's). Look-alikes (`…x`) must stay as they were.
 *   f2*  a field whose own key is a generic word is titled with its holder (FIELD_TITLE_RULE)
 *   f7*  guard: a 飞书 table of a kind's sorts in a chapter about the kind (fix31a's rule; a heading-only variant
 *        was built, fired on no dev chapter, and was reverted: docs)
 *   m5*  a key the note's YAML sets inside a free-form map is no mention of a kind (MAP_KEY_MENTION)
 *   f1*, f3*  guards: what the base already did right (a Pod field under a workload, a list path)
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/graph/index.ts';
import type { Graph } from '../../../src/graph/model.ts';
import { FIELD_TITLE_RULE, fieldTitle } from '../../../src/graph/miner/field-titles.ts';
import { MAP_KEY_MENTION, mapKeyNamesKind } from '../../../src/graph/miner/mentions.ts';
import { cleanup, contentDir, mineNotes } from './helpers.ts';

afterAll(cleanup);

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/fix32a');
function chapters(dir: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const f of readdirSync(path.join(FIXTURES, dir)).sort()) out[`notes/${f}`] = readFileSync(path.join(FIXTURES, dir, f), 'utf8').replace(/\n$/, '').split('\n');
  return out;
}
const mine = (dir: string): Promise<Graph> => mineNotes(chapters(dir));
const field = (g: Graph, fieldPath: string) => g.concepts.find((c) => c.kind === 'field' && c.fieldPath === fieldPath);
const parentOf = (g: Graph, title: string) => {
  const c = g.concepts.find((x) => x.title === title);
  return g.concepts.find((p) => p.id === c?.parent)?.title;
};

describe('fix32a item 2: a field whose own key is a generic word is titled with its holder (FIELD_TITLE_RULE)', () => {
  it.each([
    ['spec.updateStrategy.type', 'type', 'updateStrategy.type'],
    ['spec.securityContext.seccompProfile.type', 'type', 'seccompProfile.type'],
    ['spec.limits[].type', 'type', 'limits[].type'],
    ['spec.containers[].name', 'name', 'containers[].name'],
    ['spec.volumes[].hostPath.path', 'path', 'hostPath.path'],
    ['status.conditions[].type', 'type', 'conditions[].type'],
  ])('%s (%s) → %s', (p, title, want) => {
    expect(fieldTitle(p, title)).toBe(want);
  });

  it.each([
    ['spec.type', 'type'], // right under spec: the owner says whose
    ['type', 'type'], // Secret's top-level `type`
    ['metadata.name', 'name'],
    ['spec.strategy.rollingUpdate.maxSurge', 'maxSurge'], // not a generic key
    ['spec.updateStrategy.type', 'updateStrategy.type'], // titled already (the rule is idempotent)
  ])('keeps %s (%s)', (p, title) => {
    expect(fieldTitle(p, title)).toBeUndefined();
  });

  it('the generic keys are field-clauses.ts GENERIC_PATH_LEAVES', () => {
    expect([...FIELD_TITLE_RULE.genericKeys].sort()).toEqual(['key', 'kind', 'name', 'path', 'type', 'value']);
  });

  it('f2a: a StatefulSet chapter\'s `spec.updateStrategy.type` is titled updateStrategy.type (the path, owner and id as before)', async () => {
    const g = await mine('f2a');
    const c = field(g, 'spec.updateStrategy.type')!;
    expect(c).toBeDefined();
    expect(c.title).toBe('updateStrategy.type');
    expect(c.owner).toBe('StatefulSet');
    expect(c.id).toBe('stateful-set-type');
    expect(g.concepts.some((x) => x.title === 'type')).toBe(false);
  });

  it('f2b: a Pod\'s `seccompProfile.type` is titled seccompProfile.type, under seccompProfile', async () => {
    const g = await mine('f2b');
    expect(field(g, 'spec.securityContext.seccompProfile.type')?.title).toBe('seccompProfile.type');
    expect(parentOf(g, 'seccompProfile.type')).toBe('seccompProfile');
  });

  it('look-alike f2x: a Service\'s `spec.type` keeps the title type', async () => {
    const g = await mine('f2x');
    expect(field(g, 'spec.type')?.title).toBe('type');
  });
});

describe('fix32a item 7 (guard): a 飞书 <lark-table> of Service types in a chapter about Service (fix31a\'s enum-value-table)', () => {
  it('f7a (title naming Service, no YAML, no Service definition): the four types are terms under Service', async () => {
    const g = await mine('f7a');
    const terms = g.concepts.filter((c) => c.kind === 'term').map((c) => c.title).sort();
    expect(terms).toEqual(['ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort']);
    expect(parentOf(g, 'NodePort')).toBe('Service');
  });

  it('look-alike f7x: the same rows in a diary naming no kind make no concept', async () => {
    const g = await mine('f7x');
    expect(g.concepts.filter((c) => c.id !== g.root).map((c) => c.title)).toEqual([]);
  });
});

describe('fix32a item 5: a key the note\'s YAML sets inside a free-form map is no mention of a kind (MAP_KEY_MENTION)', () => {
  it('the rule: an object concept, a key\'s spelling, a key of the note\'s maps', () => {
    const keys = new Set(['services', 'requests.cpu', 'app']);
    expect(mapKeyNamesKind('services', keys, { kind: 'object' })).toBe(true);
    expect(mapKeyNamesKind('services', keys, { kind: 'term' })).toBe(false);
    expect(mapKeyNamesKind('Services', keys, { kind: 'object' })).toBe(false);
    expect(mapKeyNamesKind('secrets', keys, { kind: 'object' })).toBe(false);
    expect(MAP_KEY_MENTION.spelling.test('requests.cpu')).toBe(true);
    expect(MAP_KEY_MENTION.spelling.test('count/deployments.apps')).toBe(true);
  });

  const site = async (dir: string) =>
    loadGraph(
      await contentDir({
        'map.md': '- Root {#root}\n  - Service {#service}\n  - ConfigMap {#config-map}\n',
        'concepts/service.md': '---\nid: service\ntitle: Service\naliases: [services, svc]\nkind: object\n---\n正文\n',
        'concepts/config-map.md': '---\nid: config-map\ntitle: ConfigMap\naliases: [configmaps, cm]\nkind: object\n---\n正文\n',
        ...Object.fromEntries(Object.entries(chapters(dir)).map(([f, lines]) => [f, lines.join('\n') + '\n'])),
      }),
      { layout: false },
    );

  it('m5a: a quota chapter naming its `spec.hard` keys `services`, `configmaps` mentions neither Service nor ConfigMap', async () => {
    const g = await site('m5a');
    expect(g.notes!.find((n) => n.file === 'notes/团队配额.md')!.mentions).toEqual([]);
  });

  it('look-alike m5x: `configmaps` that is no key of the note\'s maps (its ConfigMap sets `db.host`) still mentions ConfigMap', async () => {
    const g = await site('m5x');
    expect(g.notes!.find((n) => n.file === 'notes/排查记录.md')!.mentions).toEqual(['config-map']);
  });
});

describe('fix32a guards: what the base already reads as the labels do (items 1 and 3)', () => {
  it.each(['f1a', 'f1b'])('%s: restartPolicy explained under a CronJob / Job is the Pod\'s spec.restartPolicy (the labels\' convention for a Pod template\'s fields), no workload field', async (dir) => {
    const g = await mine(dir);
    const rp = g.concepts.filter((c) => c.title === 'restartPolicy');
    expect(rp.map((c) => [c.owner ?? 'Pod', c.fieldPath])).toEqual([['Pod', 'spec.restartPolicy']]);
  });

  it('f3a: `egress.to` / `egress.ports` in a list over a NetworkPolicy example take the list path', async () => {
    const g = await mine('f3a');
    expect(field(g, 'spec.egress[].to')?.owner).toBe('NetworkPolicy');
    expect(field(g, 'spec.egress[].ports')?.owner).toBe('NetworkPolicy');
  });

  it('f3b: bold `from` / `ports` under `spec.ingress` take spec.ingress[].from / ports', async () => {
    const g = await mine('f3b');
    expect(field(g, 'spec.ingress[].from')).toBeDefined();
    expect(field(g, 'spec.ingress[].ports')).toBeDefined();
  });
});
