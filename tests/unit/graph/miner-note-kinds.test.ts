/**
 * The note's own vocabulary of custom resources (crd8, miner/note-kinds.ts): kinds a note's YAML
 * declares under an API group no catalogue describes, or defines with a CRD, and the paths the note
 * gives them; how the resolver reads names and written paths with them. The projects, kinds and
 * sentences are made up for this test (`acme.io`, `Relay`, `Widget`), with look-alikes that keep
 * their reading.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Code } from 'mdast';
import { analyzeFence, type FenceAnalysis } from '../../../src/graph/examples.ts';
import { definedKinds, isUncataloguedKind, kindFamily, noteKindPath, noteKinds, noteKindsIn } from '../../../src/graph/miner/note-kinds.ts';
import { cleanup, definedInNote } from './helpers.ts';

afterAll(cleanup);

const fencesOf = (md: string): FenceAnalysis[] =>
  fromMarkdown(md).children.filter((n): n is Code => n.type === 'code').map((n) => analyzeFence(n, 'n.md')!).filter(Boolean);

const defined = definedInNote;

const RELAY = [
  '```yaml',
  'apiVersion: relays.acme.io/v1beta1',
  'kind: Relay',
  'metadata:',
  '  name: edge',
  '  labels:',
  '    tier: front',
  'spec:',
  '  replicas: 2',
  '  upstreams:',
  '  - host: a.internal',
  '    weight: 3',
  '```',
];

const WIDGET_CRD = [
  '```yaml',
  'apiVersion: apiextensions.k8s.io/v1',
  'kind: CustomResourceDefinition',
  'metadata:',
  '  name: widgets.toys.acme.io',
  'spec:',
  '  group: toys.acme.io',
  '  names:',
  '    kind: Widget',
  '    plural: widgets',
  '  scope: Namespaced',
  '  versions:',
  '  - name: v1',
  '    served: true',
  '    storage: true',
  '    schema:',
  '      openAPIV3Schema:',
  '        type: object',
  '        properties:',
  '          spec:',
  '            type: object',
  '            properties:',
  '              gearRatio:',
  '                type: integer',
  '              parts:',
  '                type: array',
  '                items:',
  '                  type: object',
  '                  properties:',
  '                    partLabel:',
  '                      type: string',
  '```',
];

describe('isUncataloguedKind: a custom resource no catalogue describes', () => {
  it.each([
    ['relays.acme.io/v1beta1', 'Relay'],
    ['pipelines.example.dev/v1', 'Pipeline'],
    // no apiVersion, a kind the API does not know (a kustomization.yaml's)
    ['', 'Overlay'],
    // a project's one-word kind, which the vocabulary does not read (vocab3's gate)
    ['argoproj.io/v1alpha1', 'Application'],
    // a project's kind that shares its name with a kind of Kubernetes (the vocabulary reads the
    // name as Kubernetes' kind): Knative's Service, a made-up project's Job
    ['serving.knative.dev/v1', 'Service'],
    ['batch.acme.io/v1', 'Job'],
  ])('%s %s → true', (v, k) => {
    expect(isUncataloguedKind(v, k)).toBe(true);
  });
  it.each([
    ['apps/v1', 'Deployment'],
    ['v1', 'ConfigMap'],
    // a project's kind the catalogue holds and the vocabulary reads is left to them
    ['cert-manager.io/v1', 'ClusterIssuer'],
    ['networking.istio.io/v1beta1', 'VirtualService'],
    ['gateway.networking.k8s.io/v1', 'HTTPRoute'],
    // a configuration API
    ['kubelet.config.k8s.io/v1beta1', 'KubeletConfiguration'],
    ['', 'Deployment'],
    // not spelt as a kind
    ['relays.acme.io/v1', 'RELAY'],
  ])('%s %s → false', (v, k) => {
    expect(isUncataloguedKind(v, k)).toBe(false);
  });
});

describe('noteKinds: the kinds and paths a note gives', () => {
  it('reads a custom kind and the keys its example sets, without metadata', () => {
    const kinds = noteKinds(fencesOf(RELAY.join('\n')));
    const relay = kinds.get('Relay')!;
    expect(relay.apiVersion).toBe('relays.acme.io/v1beta1');
    expect(relay.paths).toEqual(expect.arrayContaining(['spec', 'spec.replicas', 'spec.upstreams', 'spec.upstreams[].weight']));
    expect(relay.paths.some((p) => p.startsWith('metadata'))).toBe(false);
    expect(noteKindPath(relay, 'weight')).toBe('spec.upstreams[].weight');
    expect(noteKindPath(relay, 'spec.upstreams[0].host')).toBe('spec.upstreams[].host');
    expect(noteKindPath(relay, 'spec.weight')).toBeUndefined();
  });

  it('leaves built-in and catalogued kinds out', () => {
    const kinds = noteKinds(fencesOf(['```yaml', 'apiVersion: apps/v1', 'kind: Deployment', 'spec:', '  replicas: 3', '```'].join('\n')));
    expect([...kinds.keys()]).toEqual([]);
  });

  it('reads the kind a CRD defines and the paths of its schema', () => {
    expect(definedKinds(WIDGET_CRD.slice(1, -1).join('\n'))).toEqual([
      { kind: 'Widget', apiVersion: 'toys.acme.io/v1', paths: ['spec', 'spec.gearRatio', 'spec.parts[]', 'spec.parts[].partLabel'] },
    ]);
    const widget = noteKinds(fencesOf(WIDGET_CRD.join('\n'))).get('Widget')!;
    expect(widget.defined).toBe(true);
    expect(noteKindPath(widget, 'partLabel')).toBe('spec.parts[].partLabel');
  });

  it('takes no paths from a schema that is not the whole object', () => {
    const code = ['apiVersion: templates.acme.io/v1', 'kind: RuleTemplate', 'spec:', '  crd:', '    spec:', '      names:', '        kind: NeedsOwner', '      validation:', '        openAPIV3Schema:', '          properties:', '            owners:', '              type: array'].join('\n');
    expect(definedKinds(code)).toEqual([{ kind: 'NeedsOwner', apiVersion: '', paths: [] }]);
  });

  it('finds the note kinds a heading names, spelt as declared', () => {
    const kinds = noteKinds(fencesOf(RELAY.join('\n')));
    expect(noteKindsIn('## Relay 的上游', kinds)).toEqual(['Relay']);
    expect(noteKindsIn('## relay 是什么', kinds)).toEqual([]);
    expect(noteKindsIn('## Relays 一览', kinds)).toEqual([]);
  });
});

describe('kindFamily: kinds a project names after each other', () => {
  const kinds = noteKinds(fencesOf([...RELAY, '', '```yaml', 'apiVersion: watch.acme.io/v1', 'kind: QueueMonitor', 'spec:', '  interval: 30s', '---', 'apiVersion: store.zorbx.io/v1', 'kind: ZorbxCluster', 'spec: {}', '```'].join('\n')));
  it.each([
    ['RelayRun', 'Relay'],
    ['ClusterRelay', 'Relay'],
    ['TopicMonitor', 'QueueMonitor'],
    // the project's own first word
    ['ZorbxBlockPool', 'ZorbxCluster'],
  ])('%s → %s', (name, kind) => {
    expect(kindFamily(name, kinds)).toBe(kind);
  });
  it.each([
    // one word, or the kind itself
    'Relay',
    'Relays',
    // a shared first word that is an API kind says nothing (`Pod…`), nor a lower-case start
    'PodAffinity',
    'relayRun',
    // no shared whole name
    'Relayer',
    'ReplayRun',
    // a first word of English or an API kind is anyone's
    'QueueDepth',
    'ServiceAccount',
  ])('%s → none', (name) => {
    expect(kindFamily(name, kinds)).toBeUndefined();
  });
});

describe('the resolver with the note\'s custom kinds', () => {
  it('reads a written path after a custom kind\'s example as that kind\'s, not a built-in kind\'s', async () => {
    const d = await defined([
      '# Relay 笔记',
      '',
      '## Relay 的写法',
      '',
      ...RELAY,
      '',
      '- `spec.replicas`：转发进程的份数，Relay 控制器按它扩缩。',
      '- `spec.upstreams`：后端列表，按 weight 分流。',
    ]);
    expect(d).toEqual(expect.arrayContaining(['replicas field Relay:spec.replicas', 'upstreams field Relay:spec.upstreams']));
  });

  it('reads the keys of a project\'s kind named like a Kubernetes kind as that kind\'s fields', async () => {
    const d = await defined([
      '# 无服务器的 Service',
      '',
      '```yaml',
      'apiVersion: serving.knative.dev/v1',
      'kind: Service',
      'metadata:',
      '  name: hello',
      'spec:',
      '  template:',
      '    spec:',
      '      containerConcurrency: 10',
      '  traffic:',
      '  - percent: 20',
      '```',
      '',
      '- `containerConcurrency` 限制一个容器同时处理的请求数，0 表示不限。',
      '- `traffic` 决定流量怎么分到各个版本。',
    ]);
    // (typing46: the template is a Revision's, RevisionTemplateSpec in the catalogue: its fields are the Revision's, as the corpus labels them)
    expect(d).toEqual(expect.arrayContaining(['containerConcurrency field Revision:spec.containerConcurrency', 'traffic field Service:spec.traffic']));
  });

  it('keeps a built-in kind\'s path where its own example is the context', async () => {
    const d = await defined([
      '# 两种副本数',
      '',
      '## Relay',
      '',
      ...RELAY,
      '',
      '## Deployment',
      '',
      '```yaml',
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: web',
      'spec:',
      '  replicas: 3',
      '```',
      '',
      '- `spec.replicas`：期望的 Pod 副本数。',
    ]);
    expect(d).toContain('replicas field Deployment:spec.replicas');
  });

  it('makes a CRD\'s kind an object and its schema\'s properties its fields', async () => {
    const d = await defined([
      '# 自己定义一个 Widget',
      '',
      ...WIDGET_CRD,
      '',
      '**Widget**：上面这个 CRD 注册的新类型，装好之后就能 `kubectl get widgets`。',
      '',
      '- `gearRatio`：齿轮比，控制器据此决定转速。',
    ]);
    expect(d).toEqual(expect.arrayContaining(['Widget object', 'gearRatio field Widget:spec.gearRatio']));
  });

  it('types a compound name built on a declared kind as a kind of the same project', async () => {
    const d = await defined(['# Relay 笔记', '', ...RELAY, '', '**RelayRun**：每次发布时控制器生成的一条记录。']);
    expect(d).toContain('RelayRun object');
  });

  it('leaves a value some field enumerates to its field, beside a kind it starts with', async () => {
    const d = await defined([
      '# 集群对象',
      '',
      '```yaml',
      'apiVersion: fleet.acme.io/v1',
      'kind: Cluster',
      'spec:',
      '  region: eu',
      '```',
      '',
      '**ClusterIP**：只在集群内部能访问的虚拟 IP。',
    ]);
    expect(d.filter((x) => x.startsWith('ClusterIP object'))).toEqual([]);
  });

  it('gives a written path the custom kind named right before it, and a capitalised heading the object', async () => {
    const d = await defined([
      '# acme 的资源',
      '',
      '| CRD | 一句话 |',
      '|---|---|',
      '| Rotation | 定时轮换一组密钥 |',
      '',
      '## Rotation',
      '',
      'Rotation 对象的 `spec.schedule` 是 cron 表达式，到点就换一批密钥。',
      '',
      'CronJob 的 `spec.schedule` 也是 cron 表达式，到点就建一个 Job。',
    ]);
    expect(d).toEqual(expect.arrayContaining(['Rotation object', 'schedule field Rotation:spec.schedule', 'schedule field CronJob:spec.schedule']));
    expect(d.filter((x) => x.startsWith('Rotation field'))).toEqual([]);
  });

  it('reads the rows of a table of CRDs as kinds, and not the rows of other tables', async () => {
    const d = await defined([
      '# acme 的资源',
      '',
      '| CRD | 一句话 |',
      '|---|---|',
      '| Relay | 一组转发进程 |',
      '| RelayPolicy（RP） | 转发的限流规则 |',
      '',
      '| 类型 | 说明 |',
      '|---|---|',
      '| Fanout | 复制到所有上游 |',
    ]);
    expect(d).toEqual(expect.arrayContaining(['Relay object', 'RelayPolicy object']));
    expect(d.filter((x) => x.startsWith('Fanout'))).toEqual([]);
  });
});
