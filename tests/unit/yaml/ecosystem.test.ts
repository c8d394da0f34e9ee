/**
 * Custom resources of ecosystem projects (Argo CD, cert-manager, Cilium, Flux, Istio, KEDA,
 * Knative, Kyverno …) are checked like built-in kinds at their group's apiVersion: unknown
 * fields, types, enums and required fields, with `...` omissions respected. A kind name that is
 * also another tool's (kustomize's `Kustomization`, the audit `Policy`) is read as the project's
 * only at the project's apiVersion.
 */
import { describe, expect, it } from 'vitest';
import { analyzeYaml } from '../../../src/graph/yaml/analyze.ts';
import { ecosystemProject, isEcosystemKind, kindApiVersion, lookupField, resolveField, typeDocUrl, kindType } from '../../../src/graph/yaml/catalogue.ts';

const src = { file: 'notes/x.md', line: 1, column: 1 };
const run = (lines: string[]) => analyzeYaml(lines.join('\n'), src);
const brief = (lines: string[]) => run(lines).diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`);

describe('valid manifests of several projects: no findings, every key described', () => {
  it.each([
    [
      'Argo CD Application',
      ['apiVersion: argoproj.io/v1alpha1', 'kind: Application', 'metadata: {name: guestbook, namespace: argocd}', 'spec:', '  project: default',
        '  source: {repoURL: "https://github.com/argoproj/argocd-example-apps.git", targetRevision: HEAD, path: guestbook}',
        '  destination: {server: "https://kubernetes.default.svc", namespace: guestbook}', '  syncPolicy: {automated: {prune: true, selfHeal: true}, syncOptions: [CreateNamespace=true]}'],
    ],
    [
      'Cilium CiliumNetworkPolicy',
      ['apiVersion: cilium.io/v2', 'kind: CiliumNetworkPolicy', 'metadata: {name: l7}', 'spec:', '  endpointSelector: {matchLabels: {app: api}}', '  ingress:',
        '  - fromEndpoints: [{matchLabels: {app: web}}]', '    toPorts:', '    - ports: [{port: "80", protocol: TCP}]', '      rules: {http: [{method: GET, path: "/v1/.*"}]}'],
    ],
    [
      'Flux GitRepository and Kustomization',
      ['apiVersion: source.toolkit.fluxcd.io/v1', 'kind: GitRepository', 'metadata: {name: app}', 'spec:', '  interval: 1m', '  url: https://github.com/x/y', '  ref: {branch: main}', '---',
        'apiVersion: kustomize.toolkit.fluxcd.io/v1', 'kind: Kustomization', 'metadata: {name: app}', 'spec:', '  interval: 10m', '  sourceRef: {kind: GitRepository, name: app}', '  path: ./deploy', '  prune: true'],
    ],
    [
      'Istio VirtualService (one-of objects, fractional percentage)',
      ['apiVersion: networking.istio.io/v1', 'kind: VirtualService', 'metadata: {name: r}', 'spec:', '  hosts: [reviews]', '  http:', '  - match: [{headers: {end-user: {exact: jason}}}]', '    route:',
        '    - destination: {host: reviews, subset: v2}', '      weight: 90', '    fault:', '      delay: {percentage: {value: 0.1}, fixedDelay: 5s}'],
    ],
    [
      'cert-manager Certificate',
      ['apiVersion: cert-manager.io/v1', 'kind: Certificate', 'metadata: {name: web}', 'spec:', '  secretName: web-tls', '  dnsNames: [example.com]', '  issuerRef: {name: letsencrypt, kind: ClusterIssuer}', '  privateKey: {algorithm: ECDSA, size: 256}'],
    ],
    [
      'KEDA ScaledObject',
      ['apiVersion: keda.sh/v1alpha1', 'kind: ScaledObject', 'metadata: {name: s}', 'spec:', '  scaleTargetRef: {name: web}', '  minReplicaCount: 0', '  maxReplicaCount: 10', '  triggers:',
        '  - type: prometheus', '    metadata: {serverAddress: "http://p:9090", threshold: "100", query: "sum(rate(x[1m]))"}'],
    ],
    [
      // Knative names a Service's only container itself: a Kubernetes type inside a custom
      // resource is not checked for missing fields.
      'Knative Service without a container name',
      ['apiVersion: serving.knative.dev/v1', 'kind: Service', 'metadata: {name: hello}', 'spec:', '  template:', '    spec:', '      containers:', '      - image: ghcr.io/knative/helloworld-go', '        env: [{name: TARGET, value: World}]'],
    ],
    [
      'Kyverno ClusterPolicy (free-form pattern)',
      ['apiVersion: kyverno.io/v1', 'kind: ClusterPolicy', 'metadata: {name: require-labels}', 'spec:', '  validationFailureAction: Enforce', '  rules:', '  - name: check-team',
        '    match: {any: [{resources: {kinds: [Pod]}}]}', '    validate: {message: "label team is required", pattern: {metadata: {labels: {team: "?*"}}}}'],
    ],
  ])('%s', (_name, lines) => {
    const a = run(lines);
    expect(a.diagnostics).toEqual([]);
    expect(a.unchecked).toEqual([]);
    // every key outside a free-form map (labels, a pattern) has a type from the catalogue
    expect(a.keys.filter((k) => k.path.startsWith('spec.') && k.type !== undefined).length).toBeGreaterThan(2);
    expect(a.keys.find((k) => k.path === 'spec')?.docUrl).toMatch(/^https:\/\/(?!kubernetes\.io)/);
  });
});

describe('invalid manifests: each mistake found once, where it is', () => {
  it('unknown field with a suggestion, and a type mismatch (Argo CD)', () => {
    const a = run(['apiVersion: argoproj.io/v1alpha1', 'kind: Application', 'metadata: {name: guestbook}', 'spec:', '  project: default', '  source: {repoURL: "https://x/y.git", path: app}',
      '  destination: {serverr: "https://kubernetes.default.svc", namespace: app}', '  syncPolicy: {automated: {prune: yes-please}}']);
    expect(a.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual(['7:17 yaml-unknown-field', '8:35 yaml-type']);
    expect(a.diagnostics[0]!.message).toContain('did you mean `server`?');
  });

  it('enum values from the project schema (Istio, cert-manager, Cilium)', () => {
    expect(brief(['apiVersion: networking.istio.io/v1', 'kind: DestinationRule', 'metadata: {name: r}', 'spec:', '  host: reviews', '  trafficPolicy:', '    loadBalancer: {simple: ROUND_ROBINN}'])).toEqual(['7:28 yaml-enum']);
    const cert = run(['apiVersion: cert-manager.io/v1', 'kind: Certificate', 'metadata: {name: web}', 'spec:', '  secretName: s', '  issuerRef: {name: i}', '  privateKey: {algorithm: RSAA}']);
    expect(cert.diagnostics.map((d) => d.message)).toEqual(['`algorithm: RSAA` is not one of ECDSA, Ed25519, RSA; did you mean RSA?']);
    expect(brief(['apiVersion: cilium.io/v2', 'kind: CiliumNetworkPolicy', 'metadata: {name: p}', 'spec:', '  endpointSelector: {}', '  egress:', '  - toPorts: [{ports: [{port: "53", protocol: TCPP}]}]'])).toEqual(['7:47 yaml-enum']);
  });

  it('integer fields reject fractions, number fields take them (probed from the validators)', () => {
    const vs = (weight: string) => ['apiVersion: networking.istio.io/v1', 'kind: VirtualService', 'metadata: {name: r}', 'spec:', '  hosts: [r]', '  http:', '  - route:', `    - {destination: {host: r}, weight: ${weight}}`, '    fault: {abort: {percentage: {value: 0.5}, httpStatus: 503}}'];
    expect(brief(vs('50'))).toEqual([]);
    expect(brief(vs('0.5'))).toEqual(['8:40 yaml-type']);
    expect(resolveField('spec.http.fault.abort.percentage.value', 'VirtualService')?.type).toBe('number');
  });

  it('required fields of the project types, and a `...` omission turns them off', () => {
    const spec = ['apiVersion: keda.sh/v1alpha1', 'kind: ScaledObject', 'metadata: {name: s}', 'spec:', '  scaleTargetRef: {name: web}', '  maxReplicas: 10'];
    expect(brief(spec)).toEqual(['5:3 yaml-missing-field', '6:3 yaml-unknown-field']);
    expect(run(spec).diagnostics[0]!.message).toContain('`triggers`');
    expect(brief([...spec.slice(0, 5), '  ...'])).toEqual([]);
    expect(brief(['apiVersion: cert-manager.io/v1', 'kind: Certificate', 'metadata: {name: web}', 'spec:', '  dnsNames: [example.com]'])).toEqual(['5:3 yaml-missing-field', '5:3 yaml-missing-field']);
    expect(brief(['apiVersion: cert-manager.io/v1', 'kind: Certificate', 'metadata: {name: web}', 'spec:', '  dnsNames: [example.com]', '  # ...'])).toEqual([]);
  });

  it('a Kubernetes type inside a custom resource: types, enums and unknown fields still checked', () => {
    const a = run(['apiVersion: serving.knative.dev/v1', 'kind: Service', 'metadata: {name: hello}', 'spec:', '  template:', '    spec:', '      containers:', '      - image: x', '        imagePullPolicy: Sometimes', '  type: ClusterIP']);
    expect(a.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual(['9:26 yaml-enum', '10:3 yaml-unknown-field']);
  });
});

describe('which manifests are read as an ecosystem kind', () => {
  it('knows the projects by API group, and the preferred version of each kind', () => {
    expect(ecosystemProject('cilium.io/v2')).toBe('Cilium');
    expect(ecosystemProject('kustomize.toolkit.fluxcd.io/v1')).toBe('Flux');
    expect(ecosystemProject('argoproj.io/v1alpha1')).toBe('Argo'); // Argo CD, Rollouts and Workflows share the group
    expect(ecosystemProject('apps/v1')).toBeUndefined();
    expect(ecosystemProject('gateway.networking.k8s.io/v1')).toBeUndefined();
    expect(ecosystemProject('metallb.io/v1beta1')).toBeUndefined();
    expect(kindApiVersion('VirtualService')).toBe('networking.istio.io/v1');
    expect(kindApiVersion('Application')).toBe('argoproj.io/v1alpha1');
    // a name Kubernetes or the Gateway API has first stays theirs
    expect(kindApiVersion('Service')).toBe('v1');
    expect(kindApiVersion('Gateway')).toBe('gateway.networking.k8s.io/v1');
    expect(isEcosystemKind('Service')).toBe(false);
    expect(isEcosystemKind('ScaledObject')).toBe(true);
    expect(lookupField('spec.hosts', 'VirtualService')?.type).toBe('[]string');
    expect(typeDocUrl(kindType('VirtualService')!)).toBe('https://istio.io/latest/docs/reference/config/networking/');
  });

  it('a shared name at another group is not the project kind (Istio Gateway, Knative Service)', () => {
    const istio = run(['apiVersion: networking.istio.io/v1', 'kind: Gateway', 'metadata: {name: g}', 'spec:', '  selector: {istio: ingressgateway}', '  servers:', '  - port: {number: 80, name: http, protocol: HTTP}', '    hosts: ["*"]']);
    expect(istio.diagnostics).toEqual([]);
    expect(istio.keys.find((k) => k.path === 'spec.servers')?.type).toBe('[]GatewaySpecServers');
    expect(brief(['apiVersion: networking.istio.io/v1', 'kind: Gateway', 'metadata: {name: g}', 'spec:', '  gatewayClassName: istio'])).toEqual(['5:3 yaml-unknown-field']);
  });

  it('a manifest without apiVersion is not read as a custom resource (kustomize’s kustomization.yaml)', () => {
    const a = run(['kind: Kustomization', 'resources: [a.yaml]', 'images: [{name: nginx, newTag: "1.25"}]']);
    expect(a.diagnostics).toEqual([]);
    expect(a.unchecked).toEqual([{ kind: 'Kustomization', apiVersion: '' }]);
    const k = run(['apiVersion: kustomize.config.k8s.io/v1beta1', 'kind: Kustomization', 'resources: [a.yaml]']);
    expect(k.diagnostics).toEqual([]);
    expect(k.unchecked).toEqual([{ kind: 'Kustomization', apiVersion: 'kustomize.config.k8s.io/v1beta1' }]);
  });

  it('a configuration kind sharing the name stays a configuration file (audit Policy vs Kyverno Policy)', () => {
    expect(brief(['apiVersion: audit.k8s.io/v1', 'kind: Policy', 'rules:', '- level: Metadatax'])).toEqual(['4:10 yaml-enum']);
    expect(brief(['kind: Policy', 'rules:', '- level: Metadata'])).toEqual([]);
    expect(brief(['apiVersion: kyverno.io/v1', 'kind: Policy', 'metadata: {name: p, namespace: default}', 'spec:', '  rules: []', '  bogus: 1'])).toEqual(['6:3 yaml-unknown-field']);
  });

  it('another version of the project group is not checked, its keys described by the checked one', () => {
    const a = run(['apiVersion: networking.istio.io/v1beta1', 'kind: VirtualService', 'metadata: {name: r}', 'spec:', '  hosts: [reviews]', '  bogus: 1']);
    expect(a.diagnostics).toEqual([]);
    expect(a.unchecked).toEqual([{ kind: 'VirtualService', apiVersion: 'networking.istio.io/v1beta1', known: ['networking.istio.io/v1'] }]);
    expect(a.keys.find((k) => k.path === 'spec.hosts')?.type).toBe('[]string');
  });

  it('a fragment without apiVersion/kind is never read as a custom resource, nor checked as a Pod when only a project knows its keys', () => {
    // `hosts` and `http` are VirtualService fields only. Read as a Pod (the rule for a `spec:`
    // nothing recognises), both were reported as unknown fields of PodSpec.
    const a = run(['spec:', '  hosts: [reviews]', '  http: [{route: [{destination: {host: reviews}}]}]']);
    expect(a.diagnostics).toEqual([]);
    expect(a.keys.find((k) => k.path === 'spec')?.type).toBeUndefined();
    expect(a.keys.map((k) => k.path)).toEqual(expect.arrayContaining(['spec', 'spec.hosts', 'spec.http']));
    // Argo CD's `syncPolicy` (Application and ApplicationSet alike) once got "did you mean `dnsPolicy`?".
    const argo = run(['spec:', '  syncPolicy:', '    preserveResourcesOnDeletion: true', '    applicationsSync: create-update']);
    expect(argo.diagnostics).toEqual([]);
    // A key nobody knows is still a misspelt Pod field, with its suggestion.
    const typo = run(['spec:', '  dnsPolcy: ClusterFirst']);
    expect(typo.diagnostics.map((d) => d.code)).toEqual(['yaml-unknown-field']);
    expect(typo.diagnostics[0]!.message).toContain('dnsPolicy');
  });

  it('a fragment whose spec: keys fit a project kind better than any Kubernetes kind is not checked as one', () => {
    // Karpenter's NodePool has `template` (as workloads do) and `limits` and `disruption` (no
    // Kubernetes kind's spec has both). Read as the first workload with a `template`, this gave
    // "unknown field `requirements` in PodSpec" and "`limits` in ReplicationControllerSpec".
    const pool = run(['spec:', '  template:', '    spec:', '      requirements:', '      - {key: kubernetes.io/arch, operator: In, values: [arm64]}',
      '  limits: {cpu: "200"}', '  disruption: {consolidationPolicy: WhenEmpty}']);
    expect(pool.diagnostics).toEqual([]);
    // A workload fragment with a misspelt key is still a workload's, named after a current kind.
    const typo = run(['spec:', '  template:', '    spec:', '      containers: [{name: a, image: busybox}]', '  replics: 2']);
    expect(typo.diagnostics.map((d) => d.message)).toEqual([expect.stringContaining('did you mean `replicas`?')]);
    expect(typo.diagnostics[0]!.message).not.toContain('ReplicationController');
  });
});
