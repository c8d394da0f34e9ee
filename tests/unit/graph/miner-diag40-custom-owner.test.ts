/**
 * diag40 (docs/miner.md "diag40", issue 12 item 1): a key of a section about a custom kind of the
 * note that its examples do not set, which only the catalogue gives a built-in kind, is kept as a
 * field without an owner or a path and the build says so (`ambiguous-field`, with a hint fitted to
 * what the note already shows). Kinds and notes written for the test (demo.example.com is no
 * project's group). Look-alikes must keep their reading and say nothing.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { CUSTOM_OWNER_AMBIGUOUS, customOwnerAmbiguity, customOwnerHintKey } from '../../../src/graph/miner/custom-owner-ambiguous.ts';
import { runStages } from '../../../src/graph/load.ts';
import { explainConcept } from '../../../src/graph/explain.ts';
import { byTitle, cleanup, contentDir, diag, mineNotes } from './helpers.ts';

afterAll(cleanup);

const widgetExample = (extra: string[] = []) => [
  '```yaml',
  'apiVersion: demo.example.com/v1',
  'kind: WidgetSet',
  'metadata:',
  '  name: shop',
  'spec:',
  '  size: 3',
  ...extra,
  '```',
];
const gadgetExample = ['```yaml', 'apiVersion: demo.example.com/v1', 'kind: GadgetPool', 'metadata:', '  name: pool', 'spec:', '  capacity: 10', '```'];
const note = (lines: string[]) => ({ 'notes/widget.md': ['# WidgetSet 入门', '', ...lines] });
const warnings = (g: Awaited<ReturnType<typeof mineNotes>>) => diag(g, 'ambiguous-field').map((d) => `${d.line}:${d.column} ${d.message} | ${d.hint}`);

describe('diag40: the owner stays in doubt between a custom kind and a built-in kind', () => {
  it('a key that is also a built-in field (Deployment `paused`), under a heading and an example of a custom kind that do not set it: a field without a path, and a warning', async () => {
    const g = await mineNotes(note(['## WidgetSet', '', ...widgetExample(), '', '**paused：** 设为 true 时控制器暂停调和，已有的实例不动。']));
    const paused = byTitle(g, 'paused');
    expect(paused.kind).toBe('field');
    expect(paused.fieldPath).toBeUndefined();
    expect(paused.owner).toBeUndefined();
    const w = warnings(g);
    expect(w).toHaveLength(1);
    expect(w[0]).toContain('(WidgetSet, Deployment)');
    expect(w[0]).toMatch(/^14:1 /);
    // (the note shows an example of WidgetSet: the hint asks to set the key there, not to show an example)
    expect(w[0]).toContain("This section's example of WidgetSet does not set `paused`");
    const d = diag(g, 'ambiguous-field')[0]!;
    expect(d.hintText?.key).toBe('finding.hint.custom-owner-example');
    expect(d.text?.key).toBe('finding.ambiguous-field');
  });

  it('`--explain` prints the rule and the warning under the place that defined it', async () => {
    const lines = ['# WidgetSet 入门', '', '## WidgetSet', '', ...widgetExample(), '', '**paused：** 设为 true 时控制器暂停调和。'];
    const ctx = await runStages(await contentDir({ 'notes/widget.md': lines.join('\n') + '\n' }), { layout: false });
    const out = explainConcept(ctx, 'paused')!;
    expect(out).toContain('[bold-colon → custom-owner-ambiguous]');
    expect(out).toMatch(/warning +notes\/widget\.md:14:1 +ambiguous-field: "paused" is a field of several kinds \(WidgetSet, Deployment\)/);
    expect(out).toContain("hint: This section's example of WidgetSet does not set `paused`");
  });

  it('a key under two custom kinds the section names (WidgetSet and GadgetPool), neither of whose examples sets it: both are in doubt with the built-in kind', async () => {
    const g = await mineNotes(note(['## 例子', '', ...widgetExample(), '', '## WidgetSet 与 GadgetPool', '', ...gadgetExample, '', '**paused：** 设为 true 时控制器暂停调和。']));
    expect(byTitle(g, 'paused').fieldPath).toBeUndefined();
    const w = warnings(g);
    expect(w).toHaveLength(1);
    expect(w[0]).toContain('(GadgetPool, WidgetSet, Deployment)');
  });

  it('a heading that names the custom kind with no example of it: the hint asks for an example of the kind or the path, not for the heading', async () => {
    const g = await mineNotes(note(['## 例子', '', ...widgetExample(), '', '## WidgetSet 的暂停', '', '**paused：** 设为 true 时控制器暂停调和。']));
    const d = diag(g, 'ambiguous-field');
    expect(d).toHaveLength(1);
    expect(d[0]!.hintText?.key).toBe('finding.hint.custom-owner-heading');
    expect(d[0]!.hint).toContain('The heading names WidgetSet, but no example of WidgetSet in the note sets `paused`');
  });

  it('a key several built-in kinds have (`suspend`: Job, CronJob) in such a section: the existing warning lists the custom kind among the owners', async () => {
    const g = await mineNotes(note(['## WidgetSet', '', ...widgetExample(), '', '**suspend：** 为 true 时不再创建新的实例。']));
    const w = warnings(g);
    expect(w).toHaveLength(1);
    expect(w[0]).toContain('(WidgetSet, Job, CronJob)');
  });
});

describe('diag40 look-alikes: the reading stays and nothing is said', () => {
  it('the example sets the path: the custom kind\'s field at its path', async () => {
    const g = await mineNotes(note(['## WidgetSet', '', ...widgetExample(['  paused: false']), '', '**paused：** 设为 true 时控制器暂停调和。']));
    const paused = byTitle(g, 'paused');
    expect([paused.owner, paused.fieldPath]).toEqual(['WidgetSet', 'spec.paused']);
    expect(warnings(g)).toEqual([]);
  });

  it('the heading names the built-in owner: its field', async () => {
    const g = await mineNotes(note(['## WidgetSet', '', ...widgetExample(), '', '## Deployment 的暂停', '', '**paused：** 暂停 Deployment 的滚动更新。']));
    const paused = byTitle(g, 'paused');
    expect([paused.owner, paused.fieldPath]).toEqual(['Deployment', 'spec.paused']);
    expect(warnings(g)).toEqual([]);
  });

  it('the definition\'s own sentence names the built-in owner (`Pod 通过 schedulerName …`): its field', async () => {
    const g = await mineNotes(note(['## WidgetSet', '', ...widgetExample(), '', '**schedulerName：** Pod 通过它选择调度器，没写就归默认调度器。']));
    expect(byTitle(g, 'schedulerName').fieldPath).toBe('spec.schedulerName');
    expect(warnings(g)).toEqual([]);
  });

  it('a single custom kind shown in another section: a section about nothing custom keeps the catalogue\'s reading', async () => {
    const g = await mineNotes(note(['## WidgetSet', '', ...widgetExample(), '', '## 滚动更新', '', '**paused：** 设为 true 时暂停滚动更新。']));
    expect(byTitle(g, 'paused').fieldPath).toBe('spec.paused');
    expect(warnings(g)).toEqual([]);
  });
});

describe('diag40: the rule as data', () => {
  const base = {
    name: 'paused',
    rule: 'api-field',
    sectionKinds: ['WidgetSet'],
    exampleKinds: ['WidgetSet'],
    definitionKinds: [],
    isCustomKind: (k: string) => k === 'WidgetSet' || k === 'GadgetPool',
    customHas: () => false,
  };
  it('fires for a guessed owner outside a section about a custom kind', () => {
    expect(customOwnerAmbiguity({ ...base, picked: ['Deployment'] })).toEqual({ owners: ['WidgetSet', 'Deployment'], cue: 'example' });
    expect(customOwnerAmbiguity({ ...base, picked: ['Deployment'], exampleKinds: [] })?.cue).toBe('heading');
  });
  it('does not fire for a reading placed by the note, a picked kind in sight, a custom kind that has the name, a section about no custom kind', () => {
    expect(customOwnerAmbiguity({ ...base, picked: ['Deployment'], rule: 'yaml-key' })).toBeUndefined();
    expect(customOwnerAmbiguity({ ...base, picked: ['Deployment'], sectionKinds: ['WidgetSet', 'Deployment'] })).toBeUndefined();
    expect(customOwnerAmbiguity({ ...base, picked: ['Deployment'], definitionKinds: ['Deployment'] })).toBeUndefined();
    expect(customOwnerAmbiguity({ ...base, picked: ['Deployment'], customHas: () => true })).toBeUndefined();
    expect(customOwnerAmbiguity({ ...base, picked: ['Deployment'], sectionKinds: ['Service'] })).toBeUndefined();
  });
  it('every hint is a text of the table, and every guess rule is named', () => {
    expect(customOwnerHintKey('example')).toBe('finding.hint.custom-owner-example');
    expect(customOwnerHintKey('heading')).toBe('finding.hint.custom-owner-heading');
    expect(CUSTOM_OWNER_AMBIGUOUS.guessRules.has('api-field')).toBe(true);
  });
});
