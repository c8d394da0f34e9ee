/**
 * kinds35 (docs/miner.md, "kinds35"): a path from an object's root that no API kind has and no
 * reading of the resolver placed, written in a code span under a heading naming one of the note's
 * own custom kinds, is that kind's field as written, not a term (heading-kind-path.ts, resolve.ts
 * `headingKindPathField`). Notes written for this test: a made-up project, `Orchard` / `Harvest`
 * (orchard.example.io), with look-alikes that must not change.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../../src/graph/model.ts';
import { loadGraph } from '../../../src/graph/index.ts';
import { HEADING_KIND_PATH, headingKindPathOwner } from '../../../src/graph/miner/heading-kind-path.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const note = (...lines: string[]) => lines.join('\n') + '\n';
const mine = async (...lines: string[]): Promise<Graph> => loadGraph(await contentDir({ 'notes/n.md': note(...lines) }), { layout: false });
const typed = (g: Graph, title: string) => g.concepts.filter((c) => c.title === title || c.title.endsWith(`.${title}`)).map((c) => `${c.kind}|${c.owner ?? ''}|${c.fieldPath ?? ''}`);

const ORCHARD = [
  '# 果园 Operator 笔记',
  '',
  '## Orchard 示例',
  '',
  '```yaml',
  'apiVersion: orchard.example.io/v1',
  'kind: Orchard',
  'metadata:',
  '  name: north',
  'spec:',
  '  trees: 120',
  '```',
  '',
  '```yaml',
  'apiVersion: orchard.example.io/v1',
  'kind: Harvest',
  'metadata:',
  '  name: autumn',
  'spec:',
  '  orchardRef: north',
  '```',
  '',
];

describe('headingKindPathOwner: the evidence, as a pure function', () => {
  const base = { name: 'spec.rowSpacing', sectionKinds: ['Orchard'], apiOwners: 0, isCustomKind: (k: string) => k === 'Orchard' || k === 'Harvest' };
  it('gives the one custom kind the own heading names to a path no API kind has', () => {
    expect(headingKindPathOwner(base)).toBe('Orchard');
    expect(headingKindPathOwner({ ...base, name: 'status.ripeness' })).toBe('Orchard');
  });
  it('leaves a path an API kind has, a bare name, metadata, two kinds, an API kind, no heading kind', () => {
    expect(headingKindPathOwner({ ...base, apiOwners: 1 })).toBeUndefined();
    expect(headingKindPathOwner({ ...base, name: 'rowSpacing' })).toBeUndefined();
    expect(headingKindPathOwner({ ...base, name: 'metadata.finalizers' })).toBeUndefined();
    expect(headingKindPathOwner({ ...base, sectionKinds: ['Orchard', 'Harvest'] })).toBeUndefined();
    expect(headingKindPathOwner({ ...base, sectionKinds: ['Deployment'] })).toBeUndefined();
    expect(headingKindPathOwner({ ...base, sectionKinds: [] })).toBeUndefined();
  });
  it('leaves a path its sentence calls an old or deprecated writing (another version\'s spelling)', () => {
    expect(headingKindPathOwner({ ...base, sentence: '旧写法 `spec.rowSpacing` 已废弃，新配置统一用 `spec.layout`' })).toBeUndefined();
    expect(headingKindPathOwner({ ...base, sentence: '老的 `v1alpha1` 写法是 `spec.rowSpacing`，网上的例子很多是这种' })).toBeUndefined();
    expect(headingKindPathOwner({ ...base, sentence: '还有一个 `spec.rowSpacing` 可以限制采摘车的宽度' })).toBe('Orchard');
  });
  it('does not read headings or table rows', () => {
    expect(HEADING_KIND_PATH.skipForms.has('heading')).toBe(true);
    expect(HEADING_KIND_PATH.skipForms.has('table')).toBe(true);
  });
});

describe('a path written under a heading naming a custom kind whose example does not set it', () => {
  it('is the heading kind\'s field as written, not a term (a list item)', async () => {
    const g = await mine(
      ...ORCHARD,
      '## Orchard 的关键字段',
      '',
      '- `spec.rowSpacing`：两行果树之间的间距，决定采摘车能不能开进去。',
      '- `spec.trees`：果树数量。',
      '',
    );
    expect(typed(g, 'rowSpacing')).toEqual(['field|Orchard|spec.rowSpacing']);
  });
  // (passes on the base too: rules31 reads a status path on heading evidence; kept as the status twin)
  it('a status path in a paragraph under the other kind\'s heading: that kind\'s', async () => {
    const g = await mine(
      ...ORCHARD,
      '## Harvest',
      '',
      '`status.basketsFilled` 是我们脚本里唯一信任的完成信号，满了就停。',
      '',
    );
    expect(typed(g, 'basketsFilled')).toEqual(['field|Harvest|status.basketsFilled']);
  });
});

describe('look-alikes that must not change', () => {
  it('a path an API kind has under the custom kind\'s heading keeps the catalogue\'s reading', async () => {
    const g = await mine(...ORCHARD, '## Orchard 的关键字段', '', '- `spec.hostNetwork`：照抄 Pod 的写法，采摘机器人要用宿主机网络。', '');
    expect(typed(g, 'hostNetwork')).not.toContain('field|Orchard|spec.hostNetwork');
  });
  it('a heading naming two custom kinds gives no owner by this rule (the base reading, the nearest example\'s, stays)', async () => {
    const g = await mine(...ORCHARD, '## Orchard 和 Harvest 的关系', '', '- `spec.rowSpacing`：两行果树之间的间距，决定采摘车能不能开进去。', '');
    expect(typed(g, 'rowSpacing')).not.toContain('field|Orchard|spec.rowSpacing');
  });
  it('a path the sentence calls an old writing is not placed by this rule', async () => {
    const g = await mine(...ORCHARD, '## Orchard 的关键字段', '', '- 旧写法 `spec.rowSpacing` 已废弃，新配置统一用 `spec.trees`。', '');
    expect(typed(g, 'rowSpacing')).not.toContain('field|Orchard|spec.rowSpacing');
  });
  it('a heading naming no kind (the kind only in an enclosing heading) gives no owner by this rule', async () => {
    const g = await mine(...ORCHARD, '## Orchard', '', '### 其他几个字段', '', '- `spec.rowSpacing`：两行果树之间的间距，决定采摘车能不能开进去。', '');
    expect(typed(g, 'rowSpacing')).not.toContain('field|Orchard|spec.rowSpacing');
  });
});
