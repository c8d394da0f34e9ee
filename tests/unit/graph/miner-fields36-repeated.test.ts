/**
 * fields36 (docs/miner.md, "fields36 (thirty-sixth session)"): a field the section's YAML example sets, named in
 * that section's running text and named twice or more in the note, is a field concept of the note
 * (`field-set-named`), explained or not; a field named once, in a list of names, in a list item, in a command or a
 * log line, set to a value as YAML is written, or a one-word key (`replicas`), is not read so. A chapter written for this test, not taken from the corpora.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { runStages } from '../../../src/graph/load.ts';
import { explainConcept } from '../../../src/graph/explain.ts';
import { REPEATED_FIELD_SHAPE } from '../../../src/graph/miner/field-repeated.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const stagesOf = async (...lines: string[]) => runStages(await contentDir({ 'notes/n.md': lines.join('\n') + '\n' }), { layout: false });
const FENCE = '```';

const CHAPTER = [
  '# 滚动更新踩坑',
  '',
  '## 发布配置',
  '',
  `${FENCE}yaml`,
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata:',
  '  name: web',
  'spec:',
  '  replicas: 2',
  '  minReadySeconds: 10',
  '  template:',
  '    spec:',
  '      terminationGracePeriodSeconds: 60',
  '      containers:',
  '        - name: web',
  '          image: nginx:1.27',
  '          readinessProbe:',
  '            httpGet:',
  '              path: /healthz',
  '              port: 8080',
  '          terminationMessagePath: /dev/termination-log',
  '          terminationMessagePolicy: File',
  FENCE,
  '',
  '上线那天我们没配 readinessProbe，新 Pod 一启动就被当成 Ready，流量打进来全是 502。',
  '',
  '日志相关的 `terminationMessagePath`、`terminationMessagePolicy` 这次没动，副本数 `replicas` 也没改。',
  '',
  '- terminationMessagePath 保持默认。',
  '- minReadySeconds 设成 10 秒，观察一阵再继续。',
  '',
  'kubectl patch deploy web -p terminationGracePeriodSeconds',
  '',
  'I1203 10:00:00.000 kubelet terminationGracePeriodSeconds 60 killing container',
  '',
  '## 复盘',
  '',
  '补上 readinessProbe 之后，滚动更新才平稳下来；minReadySeconds 在列表里提过一次，`replicas` 还是 2。',
];

describe('REPEATED_FIELD_SHAPE', () => {
  it('is data: the rule, the mention count and look-alikes', () => {
    expect(REPEATED_FIELD_SHAPE.rule).toBe('field-set-named');
    expect(REPEATED_FIELD_SHAPE.minMentions).toBe(2);
    expect(REPEATED_FIELD_SHAPE.camel.test(REPEATED_FIELD_SHAPE.example.names[0])).toBe(true);
    // a name in a list of names, a flag, a path, a value set: the characters around it say so
    expect(REPEATED_FIELD_SHAPE.before.test('Path`、')).toBe(true);
    expect(REPEATED_FIELD_SHAPE.before.test(' --')).toBe(true);
    expect(REPEATED_FIELD_SHAPE.before.test('spec.')).toBe(true);
    expect(REPEATED_FIELD_SHAPE.after.test(': {}')).toBe(false);
    expect(REPEATED_FIELD_SHAPE.after.test('、podSelector')).toBe(true);
    expect(REPEATED_FIELD_SHAPE.after.test('=true')).toBe(true);
    expect(REPEATED_FIELD_SHAPE.after.test(': 10001')).toBe(true);
    // a one-word key is no field's spelling here (`replicas`, `source`, `key`)
    expect(REPEATED_FIELD_SHAPE.camel.test('replicas')).toBe(false);
    expect(REPEATED_FIELD_SHAPE.before.test('没配 ')).toBe(false);
    expect(REPEATED_FIELD_SHAPE.notProse.test('kubectl get pods')).toBe(true);
    expect(REPEATED_FIELD_SHAPE.notProse.test('I1203 10:00:00.000 kubelet')).toBe(true);
  });
});

describe('field-set-named in a note', () => {
  it('makes a field named in the prose of its example\'s section, and again in the note, a field concept; --explain names the rule', async () => {
    const ctx = await stagesOf(...CHAPTER);
    const g = ctx.graph!;
    const probe = g.concepts.find((c) => c.title === 'readinessProbe');
    expect(probe, g.concepts.map((c) => c.title).join(', ')).toBeDefined();
    expect(probe!.kind).toBe('field');
    expect(explainConcept(ctx, probe!.id)).toContain('field-set-named');
  });

  it('leaves a name in a list of names, in a list item, in a command or a log line, and a one-word key', async () => {
    const ctx = await stagesOf(...CHAPTER);
    const g = ctx.graph!;
    for (const t of ['terminationMessagePath', 'terminationMessagePolicy', 'terminationGracePeriodSeconds', 'minReadySeconds', 'replicas']) {
      const c = g.concepts.find((x) => x.title === t);
      if (c) expect(explainConcept(ctx, c.id), t).not.toContain('field-set-named');
    }
  });

  it('leaves a field the note names once', async () => {
    const ctx = await stagesOf(...CHAPTER.slice(0, 28));
    const g = ctx.graph!;
    const probe = g.concepts.find((c) => c.title === 'readinessProbe');
    if (probe) expect(explainConcept(ctx, probe.id)).not.toContain('field-set-named');
  });
});
