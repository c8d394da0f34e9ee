/**
 * kinds31 (docs/miner.md, "kinds31"): (1) a path from the root that several API kinds have
 * (`status.phase`, `status.conditions`), written where the context names one of the note's own
 * custom kinds, is that kind's field (ambiguous-path-owner.ts, resolve.ts `ambiguousPathField`);
 * (2) an item of a list of keys most of which one custom kind's examples set at one place is that
 * kind's field at the same place, wherever the list is after the example (crd-example-key.ts
 * `CRD_LIST_KEYS`, resolve.ts `crdListKeyField`). Notes written for this test: two made-up projects,
 * `Beehive` / `HiveInspection` (apiary.example.org) and `Kiln` / `FiringPlan` (pottery.example.dev),
 * each rule in more than one variant, each with look-alikes.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../../src/graph/model.ts';
import { loadGraph } from '../../../src/graph/index.ts';
import { ambiguousPathOwner } from '../../../src/graph/miner/ambiguous-path-owner.ts';
import { listItemKey, tableKeyPath, CRD_LIST_KEYS } from '../../../src/graph/miner/crd-example-key.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const note = (...lines: string[]) => lines.join('\n') + '\n';
const mine = async (...lines: string[]): Promise<Graph> => loadGraph(await contentDir({ 'notes/n.md': note(...lines) }), { layout: false });
const typed = (g: Graph, title: string) => g.concepts.filter((c) => c.title === title).map((c) => `${c.kind}|${c.owner ?? ''}|${c.fieldPath ?? ''}`);

const BEEHIVE = [
  '```yaml',
  'apiVersion: apiary.example.org/v1',
  'kind: Beehive',
  'metadata:',
  '  name: hive-a',
  'spec:',
  '  frames: 10',
  '  queen:',
  '    breed: carniolan',
  '```',
];

const KILN = [
  '```yaml',
  'apiVersion: pottery.example.dev/v1beta1',
  'kind: FiringPlan',
  'metadata:',
  '  name: bisque',
  'spec:',
  '  kilnRef: kiln-1',
  '  schedule:',
  '    rampRate: 100',
  '    peakTemperature: 1000',
  '    holdMinutes: 15',
  '```',
];

describe('ambiguousPathOwner: the evidence, as a pure function', () => {
  const base = {
    name: 'status.phase',
    apiOwners: ['Pod', 'Namespace', 'PersistentVolume'],
    evidence: { cue: 'heading' as const, kinds: ['Beehive'] },
    isCustomKind: (k: string) => k === 'Beehive',
  };
  it('gives the one custom kind the context names to a path several API kinds have', () => {
    expect(ambiguousPathOwner(base)).toBe('Beehive');
    expect(ambiguousPathOwner({ ...base, evidence: { cue: 'example', kinds: ['Beehive'] } })).toBe('Beehive');
  });
  it('leaves a path one API kind has, a bare name, two kinds of evidence, an API kind, no evidence', () => {
    expect(ambiguousPathOwner({ ...base, apiOwners: ['Pod'] })).toBeUndefined();
    expect(ambiguousPathOwner({ ...base, name: 'phase' })).toBeUndefined();
    expect(ambiguousPathOwner({ ...base, evidence: { cue: 'heading', kinds: ['Beehive', 'HiveInspection'] } })).toBeUndefined();
    expect(ambiguousPathOwner({ ...base, evidence: { cue: 'heading', kinds: ['Pod'] } })).toBeUndefined();
    expect(ambiguousPathOwner({ ...base, evidence: undefined })).toBeUndefined();
  });
  it('a spec path the kind\'s examples do not set: only on the evidence of its own definition, paragraph or heading', () => {
    const spec = { ...base, name: 'spec.revisionHistoryLimit', shown: () => false };
    expect(ambiguousPathOwner({ ...spec, evidence: { cue: 'example', kinds: ['Beehive'] } })).toBeUndefined();
    expect(ambiguousPathOwner({ ...spec, evidence: { cue: 'heading', kinds: ['Beehive'] } })).toBe('Beehive');
    expect(ambiguousPathOwner({ ...spec, shown: () => true, evidence: { cue: 'example', kinds: ['Beehive'] } })).toBe('Beehive');
  });
});

describe('a path several API kinds have, in a note about a custom kind (Beehive)', () => {
  it('under a heading naming the custom kind, after its example: its field as written, not an ownerless field', async () => {
    const g = await mine(
      '# 养蜂 operator 笔记',
      '',
      '## Beehive 对象',
      '',
      ...BEEHIVE,
      '',
      '建好以后 `status.phase` 会从 Swarming 变成 Settled，删除时是 Leaving。',
    );
    expect(typed(g, 'phase')).toEqual(['field|Beehive|status.phase']);
  });
  it('a section whose heading names no kind: the nearest example above in the section decides', async () => {
    const g = await mine(
      '# 养蜂 operator 笔记',
      '',
      '## 看状态',
      '',
      ...BEEHIVE,
      '',
      '建好以后看 `status.conditions` 里 `type: Settled` 的那一条，reason 写着没安顿下来的原因。',
    );
    expect(typed(g, 'conditions')).toEqual(['field|Beehive|status.conditions']);
  });
  it('the same path under a heading naming an API kind stays the catalogue\'s reading', async () => {
    const g = await mine(
      '# 养蜂 operator 笔记',
      '',
      '## Beehive 对象',
      '',
      ...BEEHIVE,
      '',
      '## 顺便看 Pod',
      '',
      'Pod 的 `status.phase` 是 Pending、Running、Succeeded、Failed、Unknown 之一。',
    );
    expect(typed(g, 'phase')).not.toContain('field|Beehive|status.phase');
  });
  it('a path exactly one API kind has keeps that kind (no ambiguity to decide)', async () => {
    const g = await mine(
      '# 养蜂 operator 笔记',
      '',
      '## Beehive 对象',
      '',
      ...BEEHIVE,
      '',
      '`spec.dataSource` 可以从快照建卷。',
    );
    expect(typed(g, 'dataSource')).not.toContain('field|Beehive|spec.dataSource');
  });
});

describe('listItemKey: the key a list item opens with', () => {
  it('reads a code span, a key set to a value, a bold label with its colon inside or after a gloss', () => {
    expect(listItemKey({ form: 'code', text: 'rampRate' }, '：每小时升温多少度')).toBe('rampRate');
    expect(listItemKey({ form: 'code', text: 'dryRun: true' }, '：只算不烧')).toBe('dryRun');
    expect(listItemKey({ form: 'bold', text: 'holdMinutes：' }, ' 保温时间')).toBe('holdMinutes');
    expect(listItemKey({ form: 'bold', text: 'coolDown' }, '（spec.schedule.coolDown）：降温')).toBe('coolDown');
  });
  it('leaves an item with no colon, a capitalised word, a path', () => {
    expect(listItemKey({ form: 'code', text: 'rampRate' }, ' 和 peakTemperature 一起看')).toBeUndefined();
    expect(listItemKey({ form: 'bold', text: 'Kiln：' }, ' 窑')).toBeUndefined();
    expect(listItemKey({ form: 'code', text: 'spec.schedule' }, '：')).toBeUndefined();
    expect(listItemKey(undefined, '：')).toBeUndefined();
  });
  it('places a row with the list thresholds', () => {
    const pathOf = (k: string) => ({ rampRate: 'spec.schedule.rampRate', peakTemperature: 'spec.schedule.peakTemperature', holdMinutes: 'spec.schedule.holdMinutes' })[k];
    expect(tableKeyPath(['rampRate', 'peakTemperature', 'coolDown'], 'coolDown', pathOf, CRD_LIST_KEYS)).toBe('spec.schedule.coolDown');
    expect(tableKeyPath(['rampRate', 'coolDown'], 'coolDown', pathOf, CRD_LIST_KEYS)).toBeUndefined();
  });
});

describe('a list of a custom kind\'s settings after its example (FiringPlan)', () => {
  it('a list in a later section headed by the parent key: the items the example leaves out sit beside the ones it sets', async () => {
    const g = await mine(
      '# 烧窑计划笔记',
      '',
      '## 一个素烧计划',
      '',
      ...KILN,
      '',
      '## schedule',
      '',
      '升温曲线的几个参数：',
      '',
      '- `rampRate`：每小时升温多少度，太快坯体会裂。',
      '- `peakTemperature`：最高温度，素烧一般九百到一千度。',
      '- `holdMinutes`：到顶后保温多久。',
      '- `coolDown`：降温方式，`natural` 是关窑自然冷却，`forced` 开风扇。',
      '- `activeDeadlineSeconds`：整个计划最长跑多久，超时就熄火。',
    );
    expect(typed(g, 'coolDown')).toEqual(['field|FiringPlan|spec.schedule.coolDown']);
    expect(typed(g, 'activeDeadlineSeconds')).toEqual(['field|FiringPlan|spec.schedule.activeDeadlineSeconds']);
  });
  it('items written as a key set to a value, right under the example: beside the example\'s keys at the root of spec', async () => {
    const g = await mine(
      '# 烧窑计划笔记',
      '',
      '## 定时烧',
      '',
      ...KILN,
      '',
      '- `kilnRef`：用哪座窑。',
      '- `schedule`：升温曲线，见下。',
      '- `suspend: true`：先不点火，等人确认。',
    );
    expect(typed(g, 'suspend')).toEqual(['field|FiringPlan|spec.suspend']);
  });
  it('a list whose other items are not the kind\'s keys, and a list under an API kind\'s example, are not read', async () => {
    const g = await mine(
      '# 烧窑计划笔记',
      '',
      '## 一个素烧计划',
      '',
      ...KILN,
      '',
      '## 顺便记一下 Job',
      '',
      '```yaml',
      'apiVersion: batch/v1',
      'kind: Job',
      'metadata:',
      '  name: glaze-mix',
      'spec:',
      '  backoffLimit: 2',
      '  template:',
      '    spec:',
      '      restartPolicy: Never',
      '```',
      '',
      '- `backoffLimit`：失败重试几次。',
      '- `completions`：要成功几次。',
      '- `activeDeadlineSeconds`：整个 Job 最长跑多久。',
    );
    expect(typed(g, 'activeDeadlineSeconds')).toEqual(['field|Job|spec.activeDeadlineSeconds']);
  });
  it('a list before the example explains no example', async () => {
    const g = await mine(
      '# 烧窑计划笔记',
      '',
      '## FiringPlan',
      '',
      '- `rampRate`：每小时升温多少度。',
      '- `peakTemperature`：最高温度。',
      '- `holdMinutes`：保温多久。',
      '- `coolDown`：降温方式。',
      '',
      ...KILN,
    );
    expect(typed(g, 'coolDown')).not.toContain('field|FiringPlan|spec.schedule.coolDown');
  });
});
