/**
 * The configuration kinds read from the Go types of the admission plugins, the audit policy and
 * meta/v1 (scripts/build-config-catalogue.mjs) as vocabulary of the note miner: PodSecurityConfiguration
 * and DeleteOptions are names a note may write in prose; the audit `Policy` and the EventRateLimit
 * `Configuration` are ordinary words, known only from a YAML example's `kind`. Notes written for
 * this test, each with a look-alike that must not change.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/graph/index.ts';
import type { Graph } from '../../../src/graph/model.ts';
import { configFieldsNamed, fieldAt, fieldsNamed, isConfigKind, kindNamed } from '../../../src/graph/vocabulary/index.ts';
import { CONFIG_SOURCES, configApiVersion, embeddedKind, embeddedKinds } from '../../../src/graph/vocabulary/config.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const note = (...lines: string[]) => lines.join('\n') + '\n';
const defined = (g: Graph) => g.notes![0]!.defines.map((id) => g.concepts.find((c) => c.id === id)!);
const byTitle = (g: Graph, title: string) => defined(g).find((c) => c.title === title);
const alone = async (md: string) => loadGraph(await contentDir({ 'notes/n.md': md }), { layout: false });

describe('the kinds and where they come from', () => {
  it('knows each kind at the apiVersion a file is written with, read from the Go source', () => {
    expect(configApiVersion('PodSecurityConfiguration')).toBe('pod-security.admission.config.k8s.io/v1');
    expect(configApiVersion('Configuration')).toBe('eventratelimit.admission.k8s.io/v1alpha1');
    expect(configApiVersion('Policy')).toBe('audit.k8s.io/v1');
    expect(configApiVersion('DeleteOptions')).toBe('v1');
    for (const file of ['pod-security-admission/admission/api/v1/types.go', 'eventratelimit/v1alpha1/types.go', 'apiserver/pkg/apis/audit/v1/types.go', 'apimachinery/pkg/apis/meta/v1/types.go']) {
      expect(CONFIG_SOURCES.some((s) => s.includes(`${file}@`))).toBe(true);
    }
  });

  it('names in prose: PodSecurityConfiguration and DeleteOptions; never the ordinary words Policy and Configuration', () => {
    expect(kindNamed('PodSecurityConfiguration')).toBe('PodSecurityConfiguration');
    expect(kindNamed('DeleteOptions')).toBe('DeleteOptions');
    expect(isConfigKind('Policy')).toBe(true);
    expect(isConfigKind('Configuration')).toBe(true);
    expect(kindNamed('Policy')).toBeUndefined();
    expect(kindNamed('policy')).toBeUndefined();
    expect(kindNamed('Configuration')).toBeUndefined();
  });

  it('gives the fields their owner and path; REST API fields of the same name stay the REST API\'s', () => {
    expect(fieldAt('DeleteOptions', 'propagationPolicy')).toMatchObject({ owner: 'DeleteOptions', path: 'propagationPolicy', enum: ['Orphan', 'Background', 'Foreground'] });
    expect(fieldAt('DeleteOptions', 'preconditions.resourceVersion')).toMatchObject({ owner: 'DeleteOptions', holder: 'Preconditions' });
    expect(fieldAt('Policy', 'rules.level')).toMatchObject({ owner: 'Policy', path: 'rules[].level', enum: ['None', 'Metadata', 'Request', 'RequestResponse'] });
    expect(fieldAt('Policy', 'omitStages')).toMatchObject({ owner: 'Policy', path: 'omitStages' });
    expect(fieldAt('PodSecurityConfiguration', 'exemptions.runtimeClasses')).toMatchObject({ owner: 'PodSecurityConfiguration', path: 'exemptions.runtimeClasses' });
    expect(configFieldsNamed('propagationPolicy').map((o) => o.owner)).toEqual(['DeleteOptions']);
    expect(configFieldsNamed('gracePeriodSeconds').map((o) => o.owner)).toEqual(['DeleteOptions']);
    // `verbs` is a Role's (rules[].verbs) for the REST API, whatever the audit policy has
    expect(fieldsNamed('verbs').every((o) => !isConfigKind(o.owner))).toBe(true);
    expect(fieldsNamed('verbs').length).toBeGreaterThan(0);
  });

  it('an AdmissionConfiguration plugin\'s `configuration` is the plugin\'s own kind', () => {
    expect(embeddedKinds('AdmissionConfiguration', 'plugins.configuration').sort()).toEqual(['Configuration', 'PodSecurityConfiguration']);
    expect(embeddedKind('AdmissionConfiguration', 'plugins.configuration', 'PodSecurity')).toBe('PodSecurityConfiguration');
    expect(embeddedKind('AdmissionConfiguration', 'plugins.configuration', 'EventRateLimit')).toBe('Configuration');
    expect(embeddedKind('AdmissionConfiguration', 'plugins.configuration', 'NodeRestriction')).toBeUndefined();
    expect(embeddedKind('AdmissionConfiguration', 'plugins.path', 'PodSecurity')).toBeUndefined();
    // the scheduler's plugin args as before
    expect(embeddedKind('KubeSchedulerConfiguration', 'profiles.pluginConfig.args', 'NodeResourcesFit')).toBe('NodeResourcesFitArgs');
    expect(embeddedKind('KubeSchedulerConfiguration', 'profiles.pluginConfig.args', 'PrioritySort')).toBeUndefined();
    expect(fieldAt('AdmissionConfiguration', 'plugins[].configuration.defaults.enforce')).toMatchObject({ owner: 'PodSecurityConfiguration', path: 'defaults.enforce' });
    expect(fieldAt('AdmissionConfiguration', 'plugins[].configuration.limits[].burst')).toMatchObject({ owner: 'Configuration', path: 'limits[].burst' });
  });
});

describe('in a note', () => {
  it('a DeleteOptions example and the fields explained under it: object and fields with their paths', async () => {
    const g = await alone(note(
      '# 级联删除',
      '',
      '**DeleteOptions**：删除请求的请求体，决定怎么删。',
      '',
      '~~~',
      'apiVersion: v1',
      'kind: DeleteOptions',
      'propagationPolicy: Foreground',
      'gracePeriodSeconds: 0',
      '~~~',
      '',
      '**propagationPolicy**：级联删除的方式，Foreground 先删依赖对象再删自己。',
      '',
      '**gracePeriodSeconds**：优雅终止的秒数，0 表示立即删除。',
    ));
    expect(byTitle(g, 'DeleteOptions')).toMatchObject({ kind: 'object' });
    expect(byTitle(g, 'propagationPolicy')).toMatchObject({ kind: 'field', owner: 'DeleteOptions', fieldPath: 'propagationPolicy' });
    expect(byTitle(g, 'gracePeriodSeconds')).toMatchObject({ kind: 'field', owner: 'DeleteOptions', fieldPath: 'gracePeriodSeconds' });
  });

  it('a PodSecurityConfiguration section: the kind is an object, its fields are fields with paths', async () => {
    const g = await alone(note(
      '# Pod 安全准入',
      '',
      '## PodSecurityConfiguration',
      '',
      '~~~yaml',
      'apiVersion: pod-security.admission.config.k8s.io/v1',
      'kind: PodSecurityConfiguration',
      'defaults:',
      '  enforce: baseline',
      'exemptions:',
      '  namespaces: [kube-system]',
      '~~~',
      '',
      '**exemptions**：豁免名单，列出来的用户、命名空间和 RuntimeClass 不受检查。',
    ));
    expect(g.concepts.find((c) => c.title === 'PodSecurityConfiguration')).toMatchObject({ kind: 'object' });
    expect(byTitle(g, 'exemptions')).toMatchObject({ kind: 'field', owner: 'PodSecurityConfiguration', fieldPath: 'exemptions' });
  });

  it('an audit policy example: `rules[].level` is the Policy\'s field; the word Policy is no concept', async () => {
    const g = await alone(note(
      '# 审计日志',
      '',
      '审计策略写在一个文件里，用 --audit-policy-file 交给 apiserver：',
      '',
      '~~~yaml',
      'apiVersion: audit.k8s.io/v1',
      'kind: Policy',
      'omitStages: ["RequestReceived"]',
      'rules:',
      '- level: Metadata',
      '  resources:',
      '  - group: ""',
      '    resources: ["secrets"]',
      '~~~',
      '',
      '**omitStages**：哪些阶段不产生审计事件。',
      '',
      'Policy 里的规则按顺序匹配，第一条命中的规则决定记录级别。',
    ));
    expect(byTitle(g, 'omitStages')).toMatchObject({ kind: 'field', owner: 'Policy', fieldPath: 'omitStages' });
    expect(g.concepts.some((c) => c.title === 'Policy')).toBe(false);
  });

  it('the look-alikes: `policy` and `configuration` in prose stay words', async () => {
    const g = await alone(note('# 笔记', '', '这个 Policy 很重要，Configuration 也要写对。', '', '**重试策略**：失败以后多久再试一次。'));
    expect(g.concepts.some((c) => c.title === 'Policy' || c.title === 'Configuration')).toBe(false);
  });
});
