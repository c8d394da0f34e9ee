/**
 * Typing (kinds6): the kind, owner and path the resolver gives a name it found. Each rule with
 * examples written for this test (not the corpora) and look-alikes that must keep their reading.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { kindOfResourceType, kindsPrinted } from '../../../src/graph/miner/field-place.ts';
import { isClusterTwin, kindFieldPhrase } from '../../../src/graph/miner/resolve.ts';
import { configFieldsNamed, fieldAt, fieldByPath, fieldsNamed } from '../../../src/graph/vocabulary/index.ts';
import { cleanup, definedInNote } from './helpers.ts';

afterAll(cleanup);

const defined = definedInNote;

describe('kindsPrinted: the objects a kubectl command prints', () => {
  it.each([
    ['kubectl get deploy web -o yaml', ['Deployment']],
    ['$ kubectl get statefulsets.apps db -o json | jq .metadata', ['StatefulSet']],
    ["kubectl -n prod get pvc/data-0 -o jsonpath='{.metadata.finalizers}'", ['PersistentVolumeClaim']],
    ['kubectl edit configmap app-config', ['ConfigMap']],
    ['kubectl get pods -o wide\nkubectl get services --output=yaml', ['Service']],
  ])('%s → %j', (code, kinds) => {
    expect(kindsPrinted(code)).toEqual(kinds);
  });

  it.each([
    // a table, not the object
    'kubectl get rs -l app=web',
    'kubectl describe pod web-0',
    'kubectl delete deployment web --cascade=orphan',
    // no resource type kubectl knows
    'kubectl get widgets x -o yaml',
  ])('%s → none', (code) => {
    expect(kindsPrinted(code)).toEqual([]);
  });

  it('reads resource types as kubectl takes them', () => {
    expect(['rs', 'replicasets', 'networkpolicies', 'ingresses.networking.k8s.io', 'pvc/data-0'].map(kindOfResourceType)).toEqual(['ReplicaSet', 'ReplicaSet', 'NetworkPolicy', 'Ingress', 'PersistentVolumeClaim']);
  });
});

describe('metadata fields of the object a section prints', () => {
  it('gives a field of an object\'s metadata the kind kubectl printed, not the fragment\'s default', async () => {
    const d = await defined([
      '# 看一下谁改过这个对象',
      '',
      '```bash',
      'kubectl get sts db -o yaml --show-managed-fields',
      '```',
      '',
      '```yaml',
      'metadata:',
      '  managedFields:',
      '  - manager: helm',
      '    operation: Update',
      '```',
      '',
      '- `manager`：写这些字段的客户端叫什么名字。',
      '- `operation`：这次写是 Apply 还是 Update。',
      '',
    ]);
    expect(d).toEqual(expect.arrayContaining(['manager field StatefulSet:metadata.managedFields[].manager', 'operation field StatefulSet:metadata.managedFields[].operation']));
  });

  it('reads a written metadata path with the printed kind', async () => {
    const d = await defined([
      '# 属主',
      '',
      '一个对象的属主写在 `metadata.ownerReferences` 里，每一项指向一个属主，随便看一个 Job：',
      '',
      '~~~',
      '$ kubectl get job nightly-1 -o yaml | grep -A5 ownerReferences',
      '~~~',
      '',
    ]);
    expect(d).toContain('ownerReferences field Job:metadata.ownerReferences');
  });

  it('keeps the kind an example declares, and the kind the words name', async () => {
    const declared = await defined([
      '# 标签',
      '',
      '```bash',
      'kubectl get svc web -o yaml',
      '```',
      '',
      '```yaml',
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata:',
      '  name: app',
      '  finalizers: [example.com/cleanup]',
      '```',
      '',
      '`finalizers`：删除之前必须先完成的清理工作，列表空了对象才真正删掉。',
      '',
    ]);
    expect(declared).toContain('finalizers field ConfigMap:metadata.finalizers');
    const named = await defined(['# 删除', '', '```bash', 'kubectl get svc web -o yaml', '```', '', 'Job 的 `metadata.deletionTimestamp` 表示这个 Job 已经被要求删除，设置以后不能撤销。', '']);
    expect(named).toContain('deletionTimestamp field Job:metadata.deletionTimestamp');
  });
});

describe('events.k8s.io/v1 Event: a kind served by two built-in groups', () => {
  it('knows the fields of both versions under the kind', () => {
    expect(fieldAt('Event', 'regarding')?.owner).toBe('Event');
    expect(fieldAt('Event', 'note')?.path).toBe('note');
    expect(fieldAt('Event', 'involvedObject')?.path).toBe('involvedObject');
    expect(fieldsNamed('reportingController').map((o) => `${o.owner}:${o.path}`)).toEqual(['Event:reportingController']);
  });

  it('adds no field of a project kind that shares a built-in kind\'s name (Knative Service, Istio Gateway)', () => {
    expect(fieldsNamed('traffic').some((o) => o.owner === 'Service')).toBe(false);
    expect(fieldsNamed('servers').some((o) => o.owner === 'Gateway')).toBe(false);
  });
});

describe('kindFieldPhrase: a kind and the words of its field', () => {
  it.each([
    ['Pod conditions', 'Pod:status.conditions'],
    ['Node status', 'Node:status'],
    ['Pod readiness gates', 'Pod:spec.readinessGates'],
    ['Service cluster ip', 'Service:spec.clusterIP'],
    ['Job completions', 'Job:spec.completions'],
  ])('%s → %s', (name, expected) => {
    const f = kindFieldPhrase(name);
    expect(f ? `${f.owner}:${f.path}` : undefined).toBe(expected);
  });

  it.each([
    // capitalised: a feature or a term
    'Pod Overhead',
    'Node Allocatable',
    'Pod Security Admission',
    // a kind's own name
    'Service account',
    // a word that is no top field of the kind
    'Pod lifecycle',
    'Node affinity',
    // a short name is no kind written out
    'PVC capacity',
  ])('%s → none', (name) => {
    expect(kindFieldPhrase(name)).toBeUndefined();
  });

  it('types a defined phrase as the field', async () => {
    const d = await defined(['# 节点', '', 'Node status 是 kubelet 定期上报的节点状况，包括地址、容量和条件。', '']);
    expect(d.filter((x) => x.endsWith('field Node:status'))).toHaveLength(1);
  });
});

describe('isClusterTwin: the namespaced and cluster-scoped twins of a declared kind', () => {
  const declared = new Set(['ClusterWidgetPool', 'GadgetPolicy']);
  it.each([
    ['WidgetPool', true],
    ['ClusterGadgetPolicy', true],
    ['Widget', false],
    ['GadgetPolicy', false],
    ['Cluster', false],
    ['widgetPool', false],
  ])('%s → %s', (name, expected) => {
    expect(isClusterTwin(name, declared)).toBe(expected);
  });

  it('types the twin the note explains as an object', async () => {
    const d = await defined([
      '# 配额插件',
      '',
      '这个项目带两种 CRD。WidgetPool 描述一个命名空间里能用的部件池，ClusterWidgetPool 字段完全一样，只是集群级的。',
      '',
      '```yaml',
      'apiVersion: widgets.example.com/v1',
      'kind: ClusterWidgetPool',
      'metadata:',
      '  name: shared',
      '```',
      '',
    ]);
    expect(d).toContain('WidgetPool object');
  });
});

describe('configuration fields named in the singular', () => {
  it('finds the plural field of a configuration kind, as for API fields', () => {
    expect(configFieldsNamed('profile').map((o) => `${o.owner}:${o.path}`)).toContain('KubeSchedulerConfiguration:profiles');
    expect(configFieldsNamed('profiles')).toEqual(configFieldsNamed('profile'));
  });

  it('types a singular glossing a Chinese name as the field where the context is the kind', async () => {
    const d = await defined([
      '# KubeSchedulerConfiguration 笔记',
      '',
      '**调度方案（profile）**：一个调度器进程可以同时提供好几套，每套有自己的名字和插件组合。',
      '',
    ]);
    expect(d).toContain('profiles field KubeSchedulerConfiguration:profiles');
  });
});

describe('fields newer versions add (known to the 1.30 catalogue by name only)', () => {
  it('knows them at their place, after the fields 1.30 describes', () => {
    expect(fieldAt('Pod', 'spec.resourceClaims[].resourceClaimTemplateName')?.newer).toBe(true);
    expect(fieldAt('Pod', 'spec.resources')?.path).toBe('spec.resources');
    // a bare `resources` is still first a container's
    expect(fieldsNamed('resources').find((o) => o.owner === 'Pod')?.path).toBe('spec.containers[].resources');
  });

  it('reads a path written from the root as that path, not as the end of a deeper one', () => {
    expect(fieldByPath('spec.resources', ['Pod'])?.path).toBe('spec.resources');
    expect(fieldByPath('volumeClaimTemplate.spec.resources', ['Pod'])?.path).toBe('spec.volumes[].ephemeral.volumeClaimTemplate.spec.resources');
  });
});
