/**
 * Issue 14 item 5: the YAML checks cover every built-in kind, the Gateway API and the
 * VerticalPodAutoscaler; a wrong apiVersion of a known kind is a finding naming the current
 * one; a kind with no schema is recorded as "not checked", never silently passed, and is not
 * a warning.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LineCounter, parseAllDocuments } from 'yaml';
import { validate as validateHttpRoute } from '@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1HTTPRoute';
import { validate as validateGateway } from '@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1Gateway';
import { analyzeYaml } from '../../../src/graph/yaml/analyze.ts';
import { checkApiVersion, kindApiVersion, lookupField, resolveField, rootTypeName } from '../../../src/graph/yaml/catalogue.ts';

const src = { file: 'notes/x.md', line: 1, column: 1 };
const run = (lines: string[]) => analyzeYaml(lines.join('\n'), src);
const brief = (lines: string[]) => run(lines).diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`);
const fixture = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../../fixtures/yaml/${name}`, import.meta.url)), 'utf8');

describe('coverage', () => {
  it('checks every kind Kubernetes 1.30 serves (kubernetes-types), at a version at least as new', () => {
    const dir = path.dirname(fileURLToPath(import.meta.resolve('kubernetes-types/package.json')));
    const kinds = new Set<string>();
    for (const group of readdirSync(dir, { withFileTypes: true })) {
      if (!group.isDirectory() || group.name === 'meta') continue;
      for (const f of readdirSync(path.join(dir, group.name))) {
        const text = readFileSync(path.join(dir, group.name, f), 'utf8');
        for (const m of text.matchAll(/kind\?: "([A-Za-z]+)";/g)) if (!m[1]!.endsWith('List')) kinds.add(m[1]!);
      }
    }
    expect(kinds.size).toBeGreaterThan(70);
    const missing = [...kinds].filter((k) => kindApiVersion(k) === undefined);
    expect(missing).toEqual([]);
  });

  it.each([
    ['node.k8s.io/v1', 'RuntimeClass'],
    ['apiextensions.k8s.io/v1', 'CustomResourceDefinition'],
    ['apiregistration.k8s.io/v1', 'APIService'],
    ['discovery.k8s.io/v1', 'EndpointSlice'],
    ['admissionregistration.k8s.io/v1', 'MutatingWebhookConfiguration'],
    ['admissionregistration.k8s.io/v1', 'ValidatingWebhookConfiguration'],
    ['admissionregistration.k8s.io/v1', 'ValidatingAdmissionPolicy'],
    ['coordination.k8s.io/v1', 'Lease'],
    ['storage.k8s.io/v1', 'CSIDriver'],
    ['storage.k8s.io/v1', 'VolumeAttachment'],
    ['scheduling.k8s.io/v1', 'PriorityClass'],
    ['events.k8s.io/v1', 'Event'],
    ['v1', 'Event'],
    ['gateway.networking.k8s.io/v1', 'GatewayClass'],
    ['gateway.networking.k8s.io/v1', 'Gateway'],
    ['gateway.networking.k8s.io/v1', 'HTTPRoute'],
    ['gateway.networking.k8s.io/v1', 'GRPCRoute'],
    ['gateway.networking.k8s.io/v1', 'ReferenceGrant'],
    ['gateway.networking.k8s.io/v1beta1', 'ReferenceGrant'],
    ['gateway.networking.k8s.io/v1beta1', 'HTTPRoute'],
    ['autoscaling.k8s.io/v1', 'VerticalPodAutoscaler'],
  ])('checks %s %s', (apiVersion, kind) => {
    expect(checkApiVersion(apiVersion, kind)).toMatchObject({ state: 'checked' });
    expect(rootTypeName(apiVersion, kind)).toBeDefined();
  });

  it('keeps the Pod-first lookups the miner relies on', () => {
    expect(kindApiVersion('Pod')).toBe('v1');
    expect(lookupField('spec.containers[].image')?.type).toBe('string');
    expect(resolveField('spec.rules[].backendRefs[].weight', 'HTTPRoute')?.type).toBe('integer');
    expect(resolveField('spec.rules[].matches[].path.type', 'HTTPRoute')?.enum).toEqual(['Exact', 'PathPrefix', 'RegularExpression']);
    expect(resolveField('spec.updatePolicy.updateMode', 'VerticalPodAutoscaler')?.enum).toContain('Off');
    // A name two API groups define differently is shown without its qualifier.
    expect(resolveField('spec.conversion.webhook.clientConfig.service', 'CustomResourceDefinition')?.type).toBe('ServiceReference');
  });
});

describe('manifests of the new kinds', () => {
  it('the valid fixture has no findings and nothing unchecked', () => {
    const a = analyzeYaml(fixture('valid-more-kinds.yaml'), src);
    expect(a.diagnostics).toEqual([]);
    expect(a.unchecked).toEqual([]);
    expect(a.kinds).toContain('HTTPRoute');
    expect(a.keys.find((k) => k.path === 'spec.rules[].backendRefs[].weight')?.docUrl).toBe('https://gateway-api.sigs.k8s.io/api-types/httproute/');
    expect(a.keys.find((k) => k.path === 'handler')?.docUrl).toMatch(/cluster-resources\/runtime-class-v1\/#RuntimeClass$/);
  });

  it('agrees with the Gateway API validators on the fixture', () => {
    const lc = new LineCounter();
    for (const doc of parseAllDocuments(fixture('valid-more-kinds.yaml'), { lineCounter: lc })) {
      const obj = doc.toJS() as { kind: string };
      const v = obj.kind === 'HTTPRoute' ? validateHttpRoute : obj.kind === 'Gateway' ? validateGateway : undefined;
      if (v) expect(v(obj), JSON.stringify((v as { errors?: unknown }).errors)).toBe(true);
    }
  });

  it('finds the usual mistakes in an HTTPRoute', () => {
    const code = [
      'apiVersion: gateway.networking.k8s.io/v1',
      'kind: HTTPRoute',
      'metadata: {name: r}',
      'spec:',
      '  parentRef:', // parentRefs
      '  - name: web',
      '  rules:',
      '  - matches:',
      '    - path: {type: Prefix, value: /}', // PathPrefix
      '    backendRefs:',
      '    - name: api',
      '      port: "8080"', // integer
    ];
    expect(brief(code)).toEqual(['5:3 yaml-unknown-field', '9:20 yaml-enum', '12:13 yaml-type']);
    const d = run(code).diagnostics;
    expect(d[0]!.message).toContain('did you mean `parentRefs`?');
    expect(d[1]!.message).toContain('did you mean PathPrefix?');
  });
});

describe('wrong apiVersions are findings naming the current one', () => {
  it.each([
    ['extensions/v1beta1', 'Ingress', 'networking.k8s.io/v1', '1.22'],
    ['networking.k8s.io/v1beta1', 'Ingress', 'networking.k8s.io/v1', '1.22'],
    ['policy/v1beta1', 'PodDisruptionBudget', 'policy/v1', '1.25'],
    ['batch/v1beta1', 'CronJob', 'batch/v1', '1.25'],
    ['autoscaling/v2beta2', 'HorizontalPodAutoscaler', 'autoscaling/v2', '1.26'],
    ['apps/v1beta2', 'Deployment', 'apps/v1', '1.16'],
    ['events.k8s.io/v1beta1', 'Event', 'events.k8s.io/v1', '1.25'],
  ])('%s %s → %s', (apiVersion, kind, use, when) => {
    const a = run([`apiVersion: ${apiVersion}`, `kind: ${kind}`, 'metadata:', '  name: x']);
    expect(a.diagnostics).toHaveLength(1);
    const [d] = a.diagnostics;
    expect(d).toMatchObject({ code: 'yaml-api-version', line: 1, column: 13, severity: 'warning' });
    expect(d!.message).toContain(`removed in Kubernetes ${when}`);
    expect(d!.hint).toContain(`apiVersion: ${use}`);
    expect(a.unchecked).toEqual([]);
  });

  it('a removed kind names what replaced it', () => {
    const [d] = run(['apiVersion: policy/v1beta1', 'kind: PodSecurityPolicy', 'metadata: {name: p}']).diagnostics;
    expect(d!.code).toBe('yaml-api-version');
    expect(d!.message).toContain('1.25');
    expect(d!.hint).toContain('Pod Security Admission');
  });

  it('a known kind in a Kubernetes API group that never served it', () => {
    expect(brief(['apiVersion: apps/v1', 'kind: Service', 'metadata: {name: s}'])).toEqual(['1:13 yaml-api-version']);
    const [d] = run(['apiVersion: networking/v1', 'kind: Ingress', 'metadata: {name: i}']).diagnostics;
    expect(d!.hint).toContain('apiVersion: networking.k8s.io/v1');
  });

  it('a malformed version of a Kubernetes API group', () => {
    expect(brief(['apiVersion: V1', 'kind: Pod', 'metadata: {name: p}'])).toEqual(['1:13 yaml-api-version']);
    expect(run(['apiVersion: apps/v1.0', 'kind: Deployment', 'metadata: {name: d}']).diagnostics[0]!.hint).toContain('apiVersion: apps/v1');
    // A well-formed version the catalogue does not know is not a finding (it may be newer).
    expect(run(['apiVersion: networking.k8s.io/v1beta1', 'kind: ServiceCIDR', 'metadata: {name: c}']).diagnostics).toEqual([]);
  });

  it('a misspelt kind in a Kubernetes API group', () => {
    const [d] = run(['apiVersion: apps/v1', 'kind: Deploymnet', 'metadata: {name: d}']).diagnostics;
    expect(d).toMatchObject({ code: 'yaml-unknown-kind', line: 2, column: 7 });
    expect(d!.hint).toBe('Write `kind: Deployment`.');
  });

  it('a file format that borrows a built-in apiVersion (kubeconfig, kubectl List) is not a misspelt kind', () => {
    // kubeconfig is checked against the configuration catalogue (config.test.ts); a List has no schema.
    const kubeconfig = run(['apiVersion: v1', 'kind: Config', 'clusters: []', 'users: []', 'contexts: []']);
    expect(kubeconfig.diagnostics).toEqual([]);
    expect(kubeconfig.unchecked).toEqual([]);
    const list = run(['apiVersion: v1', 'kind: List', 'items: []']);
    expect(list.diagnostics).toEqual([]);
    expect(list.unchecked).toEqual([{ kind: 'List', apiVersion: 'v1' }]);
    // Still a misspelling next to the same group's kinds.
    expect(run(['apiVersion: v1', 'kind: ConfigMpa', 'metadata: {name: c}']).diagnostics[0]).toMatchObject({ code: 'yaml-unknown-kind' });
  });
});

describe('kinds without a schema are "not checked", never passed and never a warning', () => {
  it.each([
    ['kustomize.config.k8s.io/v1beta1', 'Kustomization'],
    ['config.openshift.io/v1', 'Ingress'], // a custom resource sharing a built-in name
    ['metallb.io/v1beta1', 'IPAddressPool'], // a project the catalogue does not read
    ['stable.example.com/v1', 'CronTab'],
    ['snapshot.storage.k8s.io/v1', 'VolumeSnapshot'],
  ])('%s %s', (apiVersion, kind) => {
    const a = run([`apiVersion: ${apiVersion}`, `kind: ${kind}`, 'metadata:', '  name: x', 'spec:', '  anything: [1, 2]']);
    expect(a.diagnostics).toEqual([]);
    expect(a.unchecked).toEqual([{ kind, apiVersion }]);
    expect(a.keys.every((k) => k.type === undefined)).toBe(true);
  });

  it('another served version of a known kind is not checked but its keys are still described', () => {
    const a = run(['apiVersion: autoscaling/v1', 'kind: HorizontalPodAutoscaler', 'metadata: {name: h}', 'spec:', '  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}', '  targetCPUUtilizationPercentage: 80']);
    expect(a.diagnostics).toEqual([]);
    expect(a.unchecked).toEqual([{ kind: 'HorizontalPodAutoscaler', apiVersion: 'autoscaling/v1', known: ['autoscaling/v2'] }]);
    expect(a.keys.find((k) => k.path === 'spec.scaleTargetRef')?.type).toBe('CrossVersionObjectReference');
  });

  it('lists each unchecked manifest once, next to checked ones', () => {
    const a = run([
      'apiVersion: kustomize.config.k8s.io/v1beta1',
      'kind: Kustomization',
      'resources: [deployment.yaml]',
      '---',
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata: {name: c}',
      'data: {a: "1"}',
      '---',
      'apiVersion: kustomize.config.k8s.io/v1beta1',
      'kind: Kustomization',
      'resources: [service.yaml]',
      '---',
      'kind: CronTab',
      'spec: {cronSpec: "* * * * */5"}',
    ]);
    expect(a.diagnostics).toEqual([]);
    expect(a.unchecked).toEqual([
      { kind: 'Kustomization', apiVersion: 'kustomize.config.k8s.io/v1beta1' },
      { kind: 'CronTab', apiVersion: '' },
    ]);
  });
});
