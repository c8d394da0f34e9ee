/**
 * rules36 (docs/miner.md, "rules36"): a project's API kinds declared in the note's own YAML
 * (`apiVersion` of a group outside Kubernetes'), the abbreviations a note gives them, their fields
 * read from the catalogue's type for that API version, and the one-word kinds of the same group
 * (project-kinds.ts; resolve.ts `projectKindField`, `project-group-kind`). Notes and sentences
 * written for this test, not taken from the corpora, each with a look-alike that must stay as it was.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../../src/graph/model.ts';
import { loadGraph } from '../../../src/graph/index.ts';
import { abbreviates, groupKindsIn, isProjectGroup, kindGlosses, labelPaths, projectFieldMatches, projectKindsDeclared } from '../../../src/graph/miner/project-kinds.ts';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Paragraph } from 'mdast';
import { projectKindFields } from '../../../src/graph/vocabulary/index.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const note = (...lines: string[]) => lines.join('\n') + '\n';
const mine = async (...lines: string[]): Promise<Graph> => loadGraph(await contentDir({ 'notes/n.md': note(...lines) }), { layout: false });
const typed = (g: Graph, title: string) => g.concepts.filter((c) => c.title === title).map((c) => `${c.kind}|${c.owner ?? ''}|${c.fieldPath ?? ''}`);

describe('isProjectGroup: a group outside Kubernetes and its configuration APIs', () => {
  it.each(['networking.istio.io/v1', 'keda.sh/v1alpha1', 'cluster.x-k8s.io/v1beta1', 'serving.knative.dev/v1'])('%s is a project\'s', (v) => {
    expect(isProjectGroup(v)).toBe(true);
  });
  it.each(['v1', 'apps/v1', 'gateway.networking.k8s.io/v1', 'autoscaling.k8s.io/v1', 'kubelet.config.k8s.io/v1beta1', ''])('%s is not', (v) => {
    expect(isProjectGroup(v)).toBe(false);
  });
});

describe('projectKindsDeclared', () => {
  it('lists the project kinds in order, once', () => {
    const docs = [
      { kinds: ['Deployment', 'ScaledObject'], apiVersions: ['apps/v1', 'keda.sh/v1alpha1'] },
      { kinds: ['ScaledObject', 'TriggerAuthentication'], apiVersions: ['keda.sh/v1alpha1', 'keda.sh/v1alpha1'] },
    ];
    expect(projectKindsDeclared(docs)).toEqual([
      { kind: 'ScaledObject', apiVersion: 'keda.sh/v1alpha1' },
      { kind: 'TriggerAuthentication', apiVersion: 'keda.sh/v1alpha1' },
    ]);
  });
  it('leaves out a name the note also declares under a Kubernetes group (the word alone is no evidence there)', () => {
    const docs = [{ kinds: ['Service', 'Service'], apiVersions: ['v1', 'serving.knative.dev/v1'] }];
    expect(projectKindsDeclared(docs)).toEqual([]);
  });
});

describe('abbreviates / kindGlosses: a short form a writer gives a kind', () => {
  it('takes capitals of the kind in order, the first its first letter', () => {
    expect(abbreviates('SO', 'ScaledObject')).toBe(true);
    expect(abbreviates('TA', 'TriggerAuthentication')).toBe(true);
    expect(abbreviates('ENC', 'EC2NodeClass')).toBe(true);
    expect(abbreviates('OS', 'ScaledObject')).toBe(false);
    expect(abbreviates('S', 'ScaledObject')).toBe(false);
    expect(abbreviates('SJ', 'ScaledObject')).toBe(false);
  });
  it('reads `X = Kind`, `Kind = X`, `Kind（X）` and `X（Kind）` for the declared kinds', () => {
    const kinds = ['ScaledObject', 'TriggerAuthentication', 'EC2NodeClass'];
    expect(kindGlosses('约定：SO = ScaledObject，TA=TriggerAuthentication。', kinds).map((g) => `${g.abbreviation}→${g.kind}`)).toEqual(['SO→ScaledObject', 'TA→TriggerAuthentication']);
    expect(kindGlosses('先写一个 `EC2NodeClass`（ENC，节点模板）再说。', kinds).map((g) => `${g.abbreviation}→${g.kind}`)).toEqual(['ENC→EC2NodeClass']);
    expect(kindGlosses('TA（TriggerAuthentication）放凭据。', kinds).map((g) => g.kind)).toEqual(['TriggerAuthentication']);
  });
  it('reads nothing for a kind the note does not declare, a value, or letters that are not the kind\'s', () => {
    expect(kindGlosses('SJ = ScaledJob，另说。', ['ScaledObject'])).toEqual([]);
    expect(kindGlosses('QPS = 100，Burst = 200', ['ScaledObject'])).toEqual([]);
    expect(kindGlosses('XY = ScaledObject', ['ScaledObject'])).toEqual([]);
  });
});

describe('projectFieldMatches: a written name or path against a project kind\'s fields', () => {
  const so = projectKindFields('ScaledObject', 'keda.sh/v1alpha1');
  const paths = (w: string) => projectFieldMatches(w, so).map((o) => o.path);
  it('reads the catalogue\'s type for the declared API version', () => {
    expect(so.length).toBeGreaterThan(10);
    expect(projectKindFields('ScaledObject', 'apps/v1')).toEqual([]);
  });
  it('matches the whole path, a path from the root, a tail', () => {
    expect(paths('pollingInterval')).toEqual(['spec.pollingInterval']);
    expect(paths('spec.pollingInterval')).toEqual(['spec.pollingInterval']);
    expect(paths('advanced.horizontalPodAutoscalerConfig')).toEqual(['spec.advanced.horizontalPodAutoscalerConfig']);
  });
  it('does not read a rooted path as a tail, nor the object\'s own keys', () => {
    expect(paths('status.pollingInterval')).toEqual([]);
    expect(paths('labels')).toEqual([]);
    expect(paths('name')).toEqual([]);
  });
});

const KEDA_NOTE = [
  '# 事件驱动扩缩容小抄',
  '',
  '> 这里 SO = ScaledObject。',
  '',
  '```yaml',
  'apiVersion: keda.sh/v1alpha1',
  'kind: ScaledObject',
  'metadata:',
  '  name: worker',
  'spec:',
  '  scaleTargetRef:',
  '    name: worker',
  '  triggers:',
  '  - type: kafka',
  '    metadata:',
  '      topic: orders',
  '```',
  '',
  '## 缩容前的等待',
  '',
  '**scalingModifiers**：`advanced.scalingModifiers`，把几个触发器的指标用公式合成一个。',
  '',
  '- `horizontalPodAutoscalerConfig.behavior`：转交给底层 HPA 的扩缩行为。',
  '',
];

describe('a project kind the note declares, glossed: an object with the short form as its name', () => {
  it('makes ScaledObject an object, SO another name of it, no second concept', async () => {
    const g = await mine(...KEDA_NOTE);
    const so = g.concepts.filter((c) => c.title === 'ScaledObject');
    expect(so.map((c) => c.kind)).toEqual(['object']);
    expect(so[0]!.aliases).toContain('SO');
    expect(g.concepts.filter((c) => c.title === 'SO')).toEqual([]);
  });
  it('makes nothing of a gloss of a kind the note does not declare', async () => {
    const g = await mine(...KEDA_NOTE.map((l) => l.replace('SO = ScaledObject', 'SJ = ScaledJob')));
    expect(g.concepts.filter((c) => c.title === 'ScaledJob')).toEqual([]);
  });
});

describe('a field of the declared project kind, read from the catalogue under its API version', () => {
  it('places a bold label with its own path and a path written below the root', async () => {
    const g = await mine(...KEDA_NOTE);
    expect(typed(g, 'scalingModifiers')).toEqual(['field|ScaledObject|spec.advanced.scalingModifiers']);
    expect(typed(g, 'behavior')).toEqual(['field|ScaledObject|spec.advanced.horizontalPodAutoscalerConfig.behavior']);
  });
  it('leaves a field of a Kubernetes kind the section is about to that kind', async () => {
    const g = await mine(
      ...KEDA_NOTE,
      '## 被扩缩的 Deployment',
      '',
      '```yaml',
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: worker',
      'spec:',
      '  minReadySeconds: 5',
      '```',
      '',
      '**minReadySeconds**：新 Pod 就绪后还要稳定这么久才算可用。',
    );
    expect(typed(g, 'minReadySeconds')).toEqual(['field|Deployment|spec.minReadySeconds']);
  });
});

describe('project-group-kind: a one-word kind of the group of a declared project kind', () => {
  const KNATIVE = [
    '# 无服务器笔记',
    '',
    '```yaml',
    'apiVersion: serving.knative.dev/v1',
    'kind: Service',
    'metadata:',
    '  name: echo',
    'spec:',
    '  template:',
    '    spec:',
    '      containers:',
    '      - image: example.com/echo',
    '```',
    '',
    '- **Revision**：每次改模板留下的一份只读快照，回滚就是把流量指回旧的那份。',
  ];
  it('makes Revision an object where the note declares a kind of serving.knative.dev', async () => {
    const g = await mine(...KNATIVE);
    expect(g.concepts.filter((c) => c.title === 'Revision').map((c) => c.kind)).toEqual(['object']);
  });
  it('makes no object of the word beside a kind of another group', async () => {
    const g = await mine(...KNATIVE.map((l) => l.replace('serving.knative.dev/v1', 'keda.sh/v1alpha1').replace('kind: Service', 'kind: ScaledObject')));
    expect(g.concepts.filter((c) => c.title === 'Revision' && c.kind === 'object')).toEqual([]);
  });
});

describe('groupKindsIn / labelPaths: a kind of the declared kind\'s group, and the root paths its definition writes', () => {
  const keda = [{ kind: 'ScaledObject', apiVersion: 'keda.sh/v1alpha1' }];
  const para = (md: string) => fromMarkdown(md).children[0] as Paragraph;
  it('finds the group\'s kinds a text names, with the version the catalogue serves them under', () => {
    expect(groupKindsIn('### TriggerAuthentication 与 ScaledObject', keda)).toEqual([
      { kind: 'TriggerAuthentication', apiVersion: 'keda.sh/v1alpha1' },
      { kind: 'ScaledObject', apiVersion: 'keda.sh/v1alpha1' },
    ]);
    expect(groupKindsIn('### Deployment 与 HPA', keda)).toEqual([]);
  });
  it('reads the root paths a bold label of such a kind walks through, that the kind has', () => {
    const p = para('**TriggerAuthentication（凭据）**：把凭据从业务里拆出去，`spec.secretTargetRef` 指向 Secret 的某个键，`spec.noSuchField` 随便写写。');
    expect(labelPaths(p, keda).map((x) => `${x.kind} ${x.path}`)).toEqual(['TriggerAuthentication spec.secretTargetRef']);
  });
  it('reads nothing under a label that is a Kubernetes kind, or no label', () => {
    expect(labelPaths(para('**Deployment**：`spec.replicas` 决定副本数。'), keda)).toEqual([]);
    expect(labelPaths(para('TriggerAuthentication 里 `spec.secretTargetRef` 指向 Secret。'), keda)).toEqual([]);
  });
});
