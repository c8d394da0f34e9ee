/**
 * crd41 (docs/miner.md "crd41", issue 12 item 1): a field every object has — ObjectMeta's bookkeeping
 * (`metadata.finalizers`, `metadata.generation`) and the standard status (`status.conditions`,
 * `status.observedGeneration`) — that only the catalogue gave a built-in kind, in a note about one
 * custom kind of its own, is that kind's. Kinds and notes written for the test (demo.example.com
 * is no project's group). Look-alikes keep their reading.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { STANDARD_OBJECT_FIELD, standardFieldOwner, type StandardFieldInput } from '../../../src/graph/miner/standard-object-fields.ts';
import { byTitle, cleanup, mineNotes } from './helpers.ts';

afterAll(cleanup);

const widgetExample = ['```yaml', 'apiVersion: demo.example.com/v1', 'kind: WidgetSet', 'metadata:', '  name: shop', 'spec:', '  size: 3', '```'];
const gadgetExample = ['```yaml', 'apiVersion: demo.example.com/v1', 'kind: GadgetPool', 'metadata:', '  name: pool', 'spec:', '  capacity: 10', '```'];
const deploymentExample = ['```yaml', 'apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: web', 'spec:', '  replicas: 2', '```'];
const note = (lines: string[]) => ({ 'notes/widget.md': ['# 写一个 Operator 的笔记', '', ...lines] });
const glossary = [
  '## 术语',
  '',
  '**finalizers：** 一组字符串，列表不空时对象不会真正被删除，控制器清理完外部资源后再把自己的那一项拿掉。',
  '',
  '**generation：** 每次修改 spec 都会加一的计数，由 API Server 维护。',
  '',
  '**observedGeneration：** 控制器处理完一次调和后写回的计数，和上一条对比就知道有没有跟上。',
  '',
  '**conditions：** status 里的一个列表，每一项说明对象的一个方面当前是否成立。',
];

describe('crd41: standard object fields of the note\'s one custom kind', () => {
  it('ObjectMeta bookkeeping and the standard status explained in a note about one custom kind: that kind\'s fields at the standard paths', async () => {
    const g = await mineNotes(note(['## 例子', '', ...widgetExample, '', ...glossary]));
    for (const [name, path] of [
      ['finalizers', 'metadata.finalizers'],
      ['generation', 'metadata.generation'],
      ['observedGeneration', 'status.observedGeneration'],
      ['conditions', 'status.conditions'],
    ] as const) {
      const c = byTitle(g, name);
      expect(c.kind, name).toBe('field');
      expect(c.owner, name).toBe('WidgetSet');
      expect(c.fieldPath, name).toBe(path);
    }
  });

  it('a section whose example declares a built-in kind keeps that kind\'s field (a Deployment\'s generation)', async () => {
    const g = await mineNotes(note(['## 例子', '', ...widgetExample, '', '## Deployment 的滚动', '', ...deploymentExample, '', '**generation：** 每次修改 spec 都会加一的计数，由 API Server 维护。']));
    expect(byTitle(g, 'generation').owner).not.toBe('WidgetSet');
  });

  it('a definition whose own sentence names the built-in kind keeps it (`Pod 的 finalizers`)', async () => {
    const g = await mineNotes(note(['## 例子', '', ...widgetExample, '', '## 删除', '', '**finalizers：** Pod 的 finalizers 列表不空时，Pod 不会真正被删除。']));
    expect(byTitle(g, 'finalizers').owner).not.toBe('WidgetSet');
  });

  it('a note without a custom kind: no custom owner', async () => {
    const g = await mineNotes(note(glossary));
    expect(byTitle(g, 'finalizers').owner).not.toBe('WidgetSet');
    expect(byTitle(g, 'conditions').owner).not.toBe('WidgetSet');
  });

  it('two custom kinds and a section about neither: not read as either', async () => {
    const g = await mineNotes(note(['## 例子', '', ...widgetExample, '', ...gadgetExample, '', ...glossary]));
    for (const name of ['finalizers', 'generation', 'conditions']) expect(['WidgetSet', 'GadgetPool']).not.toContain(byTitle(g, name).owner);
  });

  it('labels and annotations (about the child objects an operator makes) are not read this way', async () => {
    const g = await mineNotes(note(['## 例子', '', ...widgetExample, '', '## 术语', '', '**annotations：** 给工具和人看的任意元数据，不能被 selector 查询。']));
    expect(byTitle(g, 'annotations').owner).not.toBe('WidgetSet');
  });
});

describe('crd41: the rule as data', () => {
  const base: StandardFieldInput = { paths: ['metadata.finalizers'], picked: ['Pod'], rule: 'api-field', sectionKinds: [], declaredKinds: ['WidgetSet'], definitionKinds: [], noteKinds: ['WidgetSet'] };
  it('fires on a guess of a standard path in a note with one custom kind', () => {
    expect(standardFieldOwner(base)).toEqual({ owner: 'WidgetSet', path: 'metadata.finalizers' });
    expect(standardFieldOwner({ ...base, paths: ['status.conditions[].reason'] })).toEqual({ owner: 'WidgetSet', path: 'status.conditions[].reason' });
    // (several owners left at the same path, or one standard path among theirs: Namespace's `spec.finalizers` is another field)
    expect(standardFieldOwner({ ...base, picked: ['Pod', 'Node'], paths: ['status.conditions', 'status.conditions'] })?.owner).toBe('WidgetSet');
    expect(standardFieldOwner({ ...base, picked: ['Pod', 'Namespace'], paths: ['metadata.finalizers', 'spec.finalizers'] })?.path).toBe('metadata.finalizers');
    expect(standardFieldOwner({ ...base, picked: ['Deployment', 'Ingress'], paths: ['status.observedGeneration', 'status.conditions[].observedGeneration'] })?.path).toBe('status.observedGeneration');
    // (an example's key read as a Pod's where no example declares a Pod)
    expect(standardFieldOwner({ ...base, rule: 'yaml-key' })?.owner).toBe('WidgetSet');
  });
  it('does not fire', () => {
    expect(standardFieldOwner({ ...base, rule: 'note-example-key' })).toBeUndefined();
    expect(standardFieldOwner({ ...base, rule: 'yaml-key', declaredKinds: ['WidgetSet', 'Pod'] })).toBeUndefined();
    expect(standardFieldOwner({ ...base, paths: ['metadata.labels'] })).toBeUndefined();
    expect(standardFieldOwner({ ...base, paths: ['metadata.generation', 'status.conditions'] })).toBeUndefined();
    expect(standardFieldOwner({ ...base, paths: ['spec.finalizers'] })).toBeUndefined();
    expect(standardFieldOwner({ ...base, sectionKinds: ['Pod'] })).toBeUndefined();
    expect(standardFieldOwner({ ...base, definitionKinds: ['Pod'] })).toBeUndefined();
    expect(standardFieldOwner({ ...base, noteKinds: [] })).toBeUndefined();
    expect(standardFieldOwner({ ...base, noteKinds: ['WidgetSet', 'GadgetPool'] })).toBeUndefined();
  });
  it('a section about one of two custom kinds picks that one', () => {
    expect(standardFieldOwner({ ...base, noteKinds: ['WidgetSet', 'GadgetPool'], sectionKinds: ['GadgetPool'] })?.owner).toBe('GadgetPool');
  });
  it('the paths are the standard ones only', () => {
    expect([...STANDARD_OBJECT_FIELD.paths].every((p) => /^(metadata|status)\./.test(p))).toBe(true);
    expect(STANDARD_OBJECT_FIELD.paths.has('metadata.ownerReferences')).toBe(false);
  });
});
