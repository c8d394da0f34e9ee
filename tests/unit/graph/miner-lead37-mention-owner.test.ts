/**
 * Lead, thirty-seventh session (docs/miner.md): a field named in running text is read by the kinds the note is about
 * (`mention-other-owner`, src/graph/miner/mention-owner.ts): a StatefulSet chapter's `updateStrategy` is no mention of
 * the DaemonSet's `updateStrategy` another chapter made; a Pod field in a workload's note, a field of a kind the note
 * is about too and a note with no kinds keep their mention. Notes written for this test.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { runStages } from '../../../src/graph/load.ts';
import { MENTION_OTHER_OWNER, namesOtherKindsField, namesOwnKindsField } from '../../../src/graph/miner/mention-owner.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const stagesOf = async (notes: Record<string, string[]>) =>
  runStages(await contentDir(Object.fromEntries(Object.entries(notes).map(([f, lines]) => [`notes/${f}`, lines.join('\n') + '\n']))), { layout: false });

describe('namesOwnKindsField', () => {
  it('reads the example as the note kind\'s own field and each look-alike as the concept it names', () => {
    const ex = MENTION_OTHER_OWNER.example;
    expect(namesOwnKindsField(ex.name, ex.owner, new Set(ex.note))).toBe(true);
    for (const l of MENTION_OTHER_OWNER.lookAlikes) expect(namesOwnKindsField(l.name, l.owner, new Set(l.note)), JSON.stringify(l)).toBe(false);
  });
});

describe('namesOtherKindsField', () => {
  it('applies the check to field concepts with an owner only, and asks for the note\'s kinds only then', () => {
    const ex = MENTION_OTHER_OWNER.example;
    let asked = 0;
    const kinds = () => { asked++; return new Set<string>(ex.note); };
    expect(namesOtherKindsField(ex.name, { kind: 'field', owner: ex.owner }, kinds)).toBe(true);
    expect(asked).toBe(1);
    expect(namesOtherKindsField(ex.name, { kind: 'term' }, kinds)).toBe(false);
    expect(namesOtherKindsField(ex.name, { kind: 'field' }, kinds)).toBe(false);
    expect(namesOtherKindsField(ex.name, undefined, kinds)).toBe(false);
    expect(asked).toBe(1);
    expect(namesOtherKindsField(ex.name, { kind: 'field', owner: 'StatefulSet' }, kinds)).toBe(false);
  });
});

const daemonSet = [
  '# DaemonSet 笔记',
  '',
  '## 更新',
  '',
  '**updateStrategy：** DaemonSet 的更新策略，有 RollingUpdate 和 OnDelete 两种。',
  '',
  '```yaml',
  'apiVersion: apps/v1',
  'kind: DaemonSet',
  'metadata:',
  '  name: agent',
  'spec:',
  '  selector:',
  '    matchLabels:',
  '      app: agent',
  '  updateStrategy:',
  '    type: RollingUpdate',
  '  template:',
  '    metadata:',
  '      labels:',
  '        app: agent',
  '    spec:',
  '      restartPolicy: Always',
  '      containers:',
  '      - name: agent',
  '        image: fluent-bit:3.0',
  '```',
  '',
  '**restartPolicy：** Pod 里容器退出后怎么办，DaemonSet 只能写 Always。',
];

describe('mention-other-owner in notes', () => {
  it('a StatefulSet chapter naming updateStrategy mentions no DaemonSet field; a Deployment note naming restartPolicy still mentions the Pod field', async () => {
    const ctx = await stagesOf({
      'ds.md': daemonSet,
      'sts.md': ['# 第九章 有状态应用：StatefulSet', '', '更新策略在 updateStrategy 里，默认 RollingUpdate。', '', '```yaml', 'apiVersion: apps/v1', 'kind: StatefulSet', 'metadata:', '  name: web', 'spec:', '  serviceName: web', '  selector:', '    matchLabels:', '      app: web', '  template:', '    metadata:', '      labels:', '        app: web', '    spec:', '      containers:', '      - name: web', '        image: nginx:1.27', '```'],
      'deploy.md': ['# Deployment 笔记', '', 'Deployment 的 Pod 模板里 restartPolicy 只能是 Always。', '', '```yaml', 'apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: web', 'spec:', '  selector:', '    matchLabels:', '      app: web', '  template:', '    metadata:', '      labels:', '        app: web', '    spec:', '      containers:', '      - name: web', '        image: nginx:1.27', '```'],
    });
    const g = ctx.graph!;
    const strategy = g.concepts.find((c) => c.title === 'updateStrategy' && c.owner === 'DaemonSet')!;
    const restart = g.concepts.find((c) => c.title === 'restartPolicy')!;
    expect(strategy, 'DaemonSet updateStrategy').toBeDefined();
    expect(restart, 'restartPolicy').toBeDefined();
    const note = (f: string) => g.notes!.find((n) => n.file === `notes/${f}`)!;
    expect(note('sts.md').mentions).not.toContain(strategy.id);
    expect(note('deploy.md').mentions).toContain(restart.id);
    // (the note page's inline links read the name the same way)
    expect(note('sts.md').body ?? '').not.toContain(`/concepts/${strategy.id}/`);
    expect(note('deploy.md').body ?? '').toContain(`/concepts/${restart.id}/`);
  });
});
