/**
 * Lead, thirty-seventh session (docs/miner.md, "Lead (thirty-seventh session)"): a chapter title whose subtitle is exactly
 * one API kind's name (`# 第九章 有状态应用：StatefulSet`) is about that kind (`title-subtitle-kind`): the kind is an
 * `object` concept, the chapter's home, and the fields the chapter explains hang under it. A kind inside a longer
 * subtitle, a lower-case word and a title with no colon give nothing from this rule. Notes written for this test.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { runStages } from '../../../src/graph/load.ts';
import { explainConcept } from '../../../src/graph/explain.ts';
import { titleSubtitle } from '../../../src/graph/mining.ts';
import { TITLE_SUBTITLE_KIND, subtitleKind } from '../../../src/graph/miner/title-kinds.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const stagesOf = async (notes: Record<string, string[]>) =>
  runStages(await contentDir(Object.fromEntries(Object.entries(notes).map(([f, lines]) => [`notes/${f}`, lines.join('\n') + '\n']))), { layout: false });

const kindOfTitle = (t: string) => subtitleKind(titleSubtitle(t.replace(/^#\s*/, '')));

describe('subtitleKind: the API kind a subtitle is exactly', () => {
  it('gives the example its kind and each look-alike none', () => {
    expect([kindOfTitle(TITLE_SUBTITLE_KIND.example)]).toEqual([...TITLE_SUBTITLE_KIND.gives]);
    for (const t of TITLE_SUBTITLE_KIND.lookAlikes) expect(kindOfTitle(t), t).toBeUndefined();
  });

  it('reads full-width and ASCII colons, a trailing parenthesis and kinds of other groups', () => {
    expect(kindOfTitle('# 每个节点一个: DaemonSet')).toBe('DaemonSet');
    expect(kindOfTitle('# 第三章 配置管理：ConfigMap（上）')).toBe('ConfigMap');
    expect(kindOfTitle('# 网络入口：Ingress')).toBe('Ingress');
    expect(subtitleKind(undefined)).toBeUndefined();
    expect(subtitleKind('Kong')).toBeUndefined();
  });
});

describe('title-subtitle-kind in a note', () => {
  const chapter = [
    '# 第九章 有状态应用：StatefulSet',
    '',
    '数据库这种应用每个实例有自己的数据，要用 StatefulSet。',
    '',
    '默认的 podManagementPolicy 是 OrderedReady，Pod 按顺序一个一个创建。serviceName 指向一个 Headless Service。',
    '',
    '~~~',
    'apiVersion: apps/v1',
    'kind: StatefulSet',
    'metadata:',
    '  name: web',
    'spec:',
    '  serviceName: nginx',
    '  podManagementPolicy: OrderedReady',
    '  selector:',
    '    matchLabels:',
    '      app: web',
    '  template:',
    '    metadata:',
    '      labels:',
    '        app: web',
    '    spec:',
    '      containers:',
    '      - name: web',
    '        image: nginx:1.27',
    '~~~',
    '',
    '| 字段 | 含义 | 默认值 |',
    '| --- | --- | --- |',
    '| `updateStrategy.type` | RollingUpdate 或 OnDelete | RollingUpdate |',
    '| `rollingUpdate.partition` | 序号大于等于这个值的 Pod 才更新 | 0 |',
  ];

  it('makes the kind an object, the home of the chapter, with its fields under it, and --explain names the rule', async () => {
    const ctx = await stagesOf({ 'sts.md': chapter });
    const g = ctx.graph!;
    const sts = g.concepts.find((c) => c.title === 'StatefulSet')!;
    expect(sts, 'StatefulSet').toBeDefined();
    expect(sts.kind).toBe('object');
    const note = g.notes!.find((n) => n.file === 'notes/sts.md')!;
    expect(note.defines).toContain(sts.id);
    const fields = g.concepts.filter((c) => c.kind === 'field');
    expect(fields.length).toBeGreaterThan(0);
    for (const f of fields) expect(g.edges.some((e) => e.type === 'child' && e.from === sts.id && e.to === f.id), f.title).toBe(true);
    expect(explainConcept(ctx, sts.id)).toContain(TITLE_SUBTITLE_KIND.name);
  });

  it('leaves a chapter whose subtitle only mentions a kind as it was', async () => {
    const ctx = await stagesOf({ 'pending.md': ['# 第七课：Pod 一直 Pending 怎么查', '', '先看 Events，再看调度器的日志。'] });
    const rules = [...ctx.provenance.values()].flat().map((p) => p.rule);
    expect(rules).not.toContain(TITLE_SUBTITLE_KIND.name);
  });
});
