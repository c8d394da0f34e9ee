#!/usr/bin/env node
/**
 * Builds the Kubernetes field catalogue (src/graph/yaml/catalogue.json) from real sources:
 *
 * - `kubernetes-types` (1.30): every built-in API type as a TypeScript interface; a field's
 *   JSDoc is its description and a field without `?` is required. It also says which
 *   apiVersions Kubernetes 1.30 serves.
 * - `kubernetes-models`: the built-in API across many Kubernetes releases (older, removed
 *   apiVersions such as `extensions/v1beta1`, and kinds/versions newer than 1.30 such as
 *   `networking.k8s.io/v1` ServiceCIDR), plus the OpenAPI schema compiled to validators.
 * - `@kubernetes-models/gateway-api` and `@kubernetes-models/autoscaler`: the Gateway API and
 *   the VerticalPodAutoscaler custom resources, in the same form as kubernetes-models.
 * - the custom resources of ecosystem projects (PROJECTS below), from their packages of the
 *   `@kubernetes-models` scope (tommy351/kubernetes-models-ts, third-party/*), pinned to exact
 *   versions in package.json so that the catalogue is reproducible (the build reads only the
 *   committed JSON, never the packages). Criterion, two parts:
 *   1. every CNCF graduated or incubating project that has such a package — Argo (CD, Rollouts,
 *      Workflows), cert-manager, Cilium, Flux, Istio, KEDA, Knative (graduated) and Kyverno
 *      (incubating) — which also covers every project whose custom resources the bundled content
 *      uses and that has a package (vocab3);
 *   2. a project outside the CNCF whose package is current (its API's GA version where the
 *      project has one) and whose custom resources general Kubernetes study notes use: the
 *      usual chapters of a course reach them — monitoring (Prometheus Operator), secrets
 *      (External Secrets, Sealed Secrets), node autoscaling (Karpenter), ingress (Traefik, the
 *      ingress controller k3s ships) (vocab4). Of these only the GA kinds are read where a project
 *      has any (`gaOnly`: Prometheus Operator's alpha ScrapeConfig/PrometheusAgent and beta
 *      AlertmanagerConfig, External Secrets' alpha PushSecret, Karpenter's alpha NodeOverlay are
 *      not); Sealed Secrets and Traefik have only v1alpha1.
 *   Left out: GKE (one cloud's managed add-ons) and TiDB Operator (one database's operator);
 *   projects without a package (MetalLB, Calico, kops, Multus, OpenShift, Velero, Linkerd) stay
 *   "not checked: no schema". Each project links to a reference page whose existence was checked
 *   (docs/miner.md, "vocab4").
 *   Each kind of a project's own API groups is checked at its best version (GA over beta over
 *   alpha: Argo and KEDA only have v1alpha1); other versions are "not checked", described by the
 *   checked one. Some packages write a CRD's schema as one nested literal (Istio): each inline
 *   object becomes a type named after where it is met first (`VirtualServiceSpecHttp`), inline
 *   types of the same shape are merged, and they are probed through the nearest validator above.
 *
 * All of them are read with the TypeScript compiler, starting from the checked kinds and
 * following every type they reach. Enum values and integer-vs-number are read by probing the
 * OpenAPI validators with deliberately invalid values (they answer with
 * `params.allowedValues` / `params.type`) and from string-literal unions, never from prose.
 *
 * Which (apiVersion, kind) pairs are checked:
 * - every kind Kubernetes 1.30 serves (kubernetes-types, List kinds and meta/v1 excepted), and
 *   every built-in kind kubernetes-models knows, at its best version (GA over beta over alpha;
 *   `v1` over `v1beta1`); for a kind that went GA after 1.30 that is the newer version;
 * - the Gateway API kinds with a page of their own (every non-alpha version) and the VPA
 *   kinds at `autoscaling.k8s.io/v1`;
 * - the ecosystem projects' kinds (objects with metadata; a project may exclude a Go type the
 *   package ships as a kind) at their best version. A kind name Kubernetes or the Gateway API
 *   has too (Knative's Service, Istio's Gateway) keeps Kubernetes' as its preferred apiVersion;
 *   the project's is checked at the project's apiVersion.
 * Other versions served by 1.30 (`autoscaling/v1` HPA, beta versions …) are not checked; the
 * versions kubernetes-models knows but 1.30 no longer serves are listed as `removed`, with
 * the apiVersion to use instead.
 *
 * Run: `npm run catalogue` (`--check`: fail when the committed file is stale; `--verbose`).
 * The output is committed; the build only reads it.
 */
import { createRequire } from 'node:module';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(root, 'src/graph/yaml/catalogue.json');
const pkgDir = (name) => path.dirname(require.resolve(`${name}/package.json`));
const pkgVersion = (name) => JSON.parse(readFileSync(path.join(pkgDir(name), 'package.json'), 'utf8')).version;
const typesDir = pkgDir('kubernetes-types');
const modelsDir = pkgDir('kubernetes-models');
const machineryDir = pkgDir('@kubernetes-models/apimachinery');
const gatewayDir = pkgDir('@kubernetes-models/gateway-api');
const vpaDir = pkgDir('@kubernetes-models/autoscaler');
const verbose = process.argv.includes('--verbose');

const K8S_DOCS = 'https://kubernetes.io/docs/reference/kubernetes-api/';
/** The single-page reference of exactly the release kubernetes-types describes. */
const K8S_GENERATED = 'https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.30/';
const GATEWAY_DOCS = 'https://gateway-api.sigs.k8s.io/api-types/';
const VPA_DOCS = 'https://github.com/kubernetes/autoscaler/blob/master/vertical-pod-autoscaler/docs/api.md';

/**
 * Custom resources of ecosystem projects (see the header for the criterion). Each entry: the
 * package (pinned in package.json), the project (`family`: the CNCF project several packages
 * belong to), its CNCF maturity, and the API groups read from it
 * with the project's API reference for each (one link per group: the projects' references are
 * not one page per type). Groups a package also carries that are not the project's own API
 * (cert-manager's package has AWS PCA's issuer, Kyverno's the policy-report working group's,
 * Istio's the deprecated installer's, Knative's internal and operator groups) are left out.
 */
const PROJECTS = [
  { id: 'argo-cd', pkg: '@kubernetes-models/argo-cd', family: 'Argo', name: 'Argo CD', cncf: 'graduated', groups: { 'argoproj.io': 'https://argo-cd.readthedocs.io/en/stable/operator-manual/declarative-setup/' } },
  { id: 'argo-rollouts', pkg: '@kubernetes-models/argo-rollouts', family: 'Argo', name: 'Argo Rollouts', cncf: 'graduated', groups: { 'argoproj.io': 'https://argo-rollouts.readthedocs.io/en/stable/features/specification/' } },
  { id: 'argo-workflows', pkg: '@kubernetes-models/argo-workflows', family: 'Argo', name: 'Argo Workflows', cncf: 'graduated', groups: { 'argoproj.io': 'https://argo-workflows.readthedocs.io/en/latest/fields/' } },
  {
    id: 'cert-manager', pkg: '@kubernetes-models/cert-manager', name: 'cert-manager', cncf: 'graduated',
    groups: { 'cert-manager.io': 'https://cert-manager.io/docs/reference/api-docs/', 'acme.cert-manager.io': 'https://cert-manager.io/docs/reference/api-docs/' },
  },
  { id: 'cilium', pkg: '@kubernetes-models/cilium', name: 'Cilium', cncf: 'graduated', groups: { 'cilium.io': 'https://docs.cilium.io/en/stable/network/kubernetes/policy/' } },
  {
    id: 'flux', pkg: '@kubernetes-models/flux-cd', name: 'Flux', cncf: 'graduated',
    groups: {
      'source.toolkit.fluxcd.io': 'https://fluxcd.io/flux/components/source/',
      'kustomize.toolkit.fluxcd.io': 'https://fluxcd.io/flux/components/kustomize/',
      'helm.toolkit.fluxcd.io': 'https://fluxcd.io/flux/components/helm/',
      'notification.toolkit.fluxcd.io': 'https://fluxcd.io/flux/components/notification/',
      'image.toolkit.fluxcd.io': 'https://fluxcd.io/flux/components/image/',
    },
  },
  {
    id: 'istio', pkg: '@kubernetes-models/istio', name: 'Istio', cncf: 'graduated',
    groups: {
      'networking.istio.io': 'https://istio.io/latest/docs/reference/config/networking/',
      'security.istio.io': 'https://istio.io/latest/docs/reference/config/security/',
      'telemetry.istio.io': 'https://istio.io/latest/docs/reference/config/telemetry/',
      'extensions.istio.io': 'https://istio.io/latest/docs/reference/config/proxy_extensions/wasm-plugin/',
    },
  },
  {
    id: 'keda', pkg: '@kubernetes-models/keda', name: 'KEDA', cncf: 'graduated',
    groups: { 'keda.sh': 'https://keda.sh/docs/latest/concepts/', 'eventing.keda.sh': 'https://keda.sh/docs/latest/concepts/' },
    exclude: ['WithTriggers'], // a Go type KEDA's scalers share, not a CRD
  },
  {
    id: 'knative', pkg: '@kubernetes-models/knative', name: 'Knative', cncf: 'graduated',
    groups: {
      'serving.knative.dev': 'https://knative.dev/docs/serving/reference/serving-api/',
      'eventing.knative.dev': 'https://knative.dev/docs/eventing/reference/eventing-api/',
      'messaging.knative.dev': 'https://knative.dev/docs/eventing/reference/eventing-api/',
      'flows.knative.dev': 'https://knative.dev/docs/eventing/reference/eventing-api/',
      'sources.knative.dev': 'https://knative.dev/docs/eventing/reference/eventing-api/',
    },
  },
  { id: 'kyverno', pkg: '@kubernetes-models/kyverno', name: 'Kyverno', cncf: 'incubating', groups: { 'kyverno.io': 'https://kyverno.io/docs/crds/', 'policies.kyverno.io': 'https://kyverno.io/docs/crds/' } },
  // Outside the CNCF criterion, read because study notes use them (see the header, "vocab4").
  {
    id: 'prometheus-operator', pkg: '@kubernetes-models/prometheus-operator', gaOnly: true, name: 'Prometheus Operator', cncf: 'none',
    exclude: ['EmbeddedPersistentVolumeClaim'], // the PVC template embedded in `spec.storage`, not a CRD
    // The project's generated API reference, at a commit (its site's pages could not be confirmed).
    groups: { 'monitoring.coreos.com': 'https://github.com/prometheus-operator/prometheus-operator/blob/c29c5ecf1bdaf6a1aa2f0ca1132604c0fd625dae/Documentation/api-reference/api.md' },
  },
  // Only the main group: the generators' group (`generators.external-secrets.io`) names its kinds
  // after what they generate (Password, UUID, Webhook, Grafana), no study topic.
  { id: 'external-secrets', pkg: '@kubernetes-models/external-secrets', gaOnly: true, name: 'External Secrets', cncf: 'none', groups: { 'external-secrets.io': 'https://external-secrets.io/latest/api/secretstore' } },
  { id: 'sealed-secrets', pkg: '@kubernetes-models/sealed-secrets', gaOnly: true, name: 'Sealed Secrets', cncf: 'none', groups: { 'bitnami.com': 'https://github.com/bitnami-labs/sealed-secrets' } },
  {
    id: 'karpenter', pkg: '@kubernetes-models/karpenter', gaOnly: true, name: 'Karpenter', cncf: 'none',
    groups: { 'karpenter.sh': 'https://karpenter.sh/docs/concepts/nodepools', 'karpenter.k8s.aws': 'https://karpenter.sh/v1.9/concepts/nodeclasses/' },
  },
  { id: 'traefik', pkg: '@kubernetes-models/traefik', gaOnly: true, name: 'Traefik', cncf: 'none', groups: { 'traefik.io': 'https://doc.traefik.io/traefik/master/routing/providers/kubernetes-crd' } },
];
for (const p of PROJECTS) p.dir = pkgDir(p.pkg);
/** The project a file of the program belongs to, if any. */
const projectOfFile = (file) => PROJECTS.find((p) => file.startsWith(p.dir + path.sep));
const projectById = new Map(PROJECTS.map((p) => [p.id, p]));

/**
 * Section of the Kubernetes API reference that has a page `<section>/<kind>-<version>/` for a
 * kind. Kinds missing here link to the single-page 1.30 reference instead.
 */
const SECTIONS = {
  'workload-resources': [
    'Pod', 'PodTemplate', 'ReplicationController', 'ReplicaSet', 'Deployment', 'StatefulSet',
    'ControllerRevision', 'DaemonSet', 'Job', 'CronJob', 'HorizontalPodAutoscaler', 'PriorityClass',
    'ResourceClaim', 'ResourceClaimTemplate', 'ResourceSlice',
  ],
  'service-resources': ['Service', 'Endpoints', 'EndpointSlice', 'Ingress', 'IngressClass'],
  'config-and-storage-resources': [
    'ConfigMap', 'Secret', 'PersistentVolumeClaim', 'PersistentVolume', 'StorageClass', 'CSIDriver', 'CSINode',
    'CSIStorageCapacity', 'VolumeAttachment', 'VolumeAttributesClass',
  ],
  'authentication-resources': [
    'ServiceAccount', 'TokenRequest', 'TokenReview', 'CertificateSigningRequest', 'ClusterTrustBundle', 'SelfSubjectReview',
  ],
  'authorization-resources': [
    'Role', 'ClusterRole', 'RoleBinding', 'ClusterRoleBinding', 'LocalSubjectAccessReview', 'SelfSubjectAccessReview',
    'SelfSubjectRulesReview', 'SubjectAccessReview',
  ],
  'policy-resources': [
    'LimitRange', 'ResourceQuota', 'NetworkPolicy', 'PodDisruptionBudget', 'FlowSchema', 'PriorityLevelConfiguration',
    'ValidatingAdmissionPolicy', 'ValidatingAdmissionPolicyBinding', 'MutatingAdmissionPolicy', 'MutatingAdmissionPolicyBinding',
  ],
  'extend-resources': ['CustomResourceDefinition', 'MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration', 'DeviceClass'],
  'cluster-resources': [
    'Namespace', 'Node', 'APIService', 'Binding', 'ComponentStatus', 'Event', 'IPAddress', 'Lease', 'RuntimeClass', 'ServiceCIDR',
  ],
};
const KIND_SECTION = new Map(Object.entries(SECTIONS).flatMap(([s, ks]) => ks.map((k) => [k, s])));

/** Kinds whose every version is gone: a manifest of them is reported with this advice. */
const REMOVED_KINDS = {
  PodSecurityPolicy: { in: '1.25', use: 'Pod Security Admission (namespace labels `pod-security.kubernetes.io/enforce`)' },
  DeploymentRollback: { in: '1.16', use: '`kubectl rollout undo`' },
};

/**
 * The release that stopped serving a removed apiVersion (Kubernetes deprecated API migration
 * guide). `group/version` applies to all its kinds unless `group/version kind` is listed.
 */
const REMOVED_IN = {
  'extensions/v1beta1': '1.16',
  'extensions/v1beta1 Ingress': '1.22',
  'apps/v1beta1': '1.16',
  'apps/v1beta2': '1.16',
  'admissionregistration.k8s.io/v1beta1': '1.22',
  'apiextensions.k8s.io/v1beta1': '1.22',
  'apiregistration.k8s.io/v1beta1': '1.22',
  'apiregistration.k8s.io/v1beta1 APIService': '1.22',
  'authentication.k8s.io/v1beta1 TokenReview': '1.22',
  'authorization.k8s.io/v1beta1': '1.22',
  'certificates.k8s.io/v1beta1 CertificateSigningRequest': '1.22',
  'coordination.k8s.io/v1beta1': '1.22',
  'networking.k8s.io/v1beta1': '1.22',
  'rbac.authorization.k8s.io/v1beta1': '1.22',
  'scheduling.k8s.io/v1beta1': '1.22',
  'storage.k8s.io/v1beta1 CSIDriver': '1.22',
  'storage.k8s.io/v1beta1 CSINode': '1.22',
  'storage.k8s.io/v1beta1 StorageClass': '1.22',
  'storage.k8s.io/v1beta1 VolumeAttachment': '1.22',
  'batch/v1beta1': '1.25',
  'discovery.k8s.io/v1beta1': '1.25',
  'events.k8s.io/v1beta1': '1.25',
  'autoscaling/v2beta1': '1.25',
  'policy/v1beta1 PodDisruptionBudget': '1.25',
  'node.k8s.io/v1beta1': '1.25',
  'autoscaling/v2beta2': '1.26',
  'flowcontrol.apiserver.k8s.io/v1beta1': '1.26',
  'storage.k8s.io/v1beta1 CSIStorageCapacity': '1.27',
  'flowcontrol.apiserver.k8s.io/v1beta2': '1.29',
};

/** Gateway API kinds checked (each has a page under GATEWAY_DOCS). */
const GATEWAY_KINDS = ['GatewayClass', 'Gateway', 'HTTPRoute', 'GRPCRoute', 'ReferenceGrant', 'BackendTLSPolicy', 'TLSRoute', 'ListenerSet'];
const VPA_KINDS = ['VerticalPodAutoscaler', 'VerticalPodAutoscalerCheckpoint'];

/** Types with a page of their own in the API reference (common definitions and Volume). */
const STANDALONE_PAGES = {
  ObjectMeta: 'common-definitions/object-meta',
  ListMeta: 'common-definitions/list-meta',
  LabelSelector: 'common-definitions/label-selector',
  LocalObjectReference: 'common-definitions/local-object-reference',
  ObjectReference: 'common-definitions/object-reference',
  TypedLocalObjectReference: 'common-definitions/typed-local-object-reference',
  NodeSelectorRequirement: 'common-definitions/node-selector-requirement',
  NodeAffinity: 'common-definitions/node-affinity',
  PodAffinity: 'common-definitions/pod-affinity',
  PodAntiAffinity: 'common-definitions/pod-anti-affinity',
  ObjectFieldSelector: 'common-definitions/object-field-selector',
  ResourceFieldSelector: 'common-definitions/resource-field-selector',
  KeyToPath: 'common-definitions/key-to-path',
  DownwardAPIVolumeFile: 'common-definitions/downward-api-volume-file',
  ExecAction: 'common-definitions/exec-action',
  HTTPGetAction: 'common-definitions/http-get-action',
  TCPSocketAction: 'common-definitions/tcp-socket-action',
  Quantity: 'common-definitions/quantity',
  JSONSchemaProps: 'common-definitions/json-schema-props',
  Volume: 'config-and-storage-resources/volume',
};

/** Type aliases that are scalars on the wire, shown under their own name like `kubectl explain` does. */
const SCALAR_ALIASES = new Set(['Quantity', 'Time', 'MicroTime', 'IntOrString']);

const kebab = (s) => s.replace(/([a-z0-9])([A-Z])/g, '$1-$2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2').toLowerCase();
const groupOf = (apiVersion) => (apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : '');
const versionOf = (apiVersion) => apiVersion.slice(apiVersion.indexOf('/') + 1);

/** Kubernetes version priority: GA > beta > alpha, then the higher major, then the higher minor. */
function versionRank(apiVersion) {
  const m = /^v(\d+)(?:(alpha|beta)(\d+))?$/.exec(versionOf(apiVersion));
  if (!m) return [-1, 0, 0];
  return [m[2] === undefined ? 2 : m[2] === 'beta' ? 1 : 0, Number(m[1]), Number(m[3] ?? 0)];
}
const compareRank = (a, b) => {
  const x = versionRank(a);
  const y = versionRank(b);
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
};

// ---------------------------------------------------------------------------------------------
// 1. Find every kind in every source.

const listFiles = (dir) =>
  readdirSync(dir).flatMap((e) => {
    const p = path.join(dir, e);
    return statSync(p).isDirectory() ? listFiles(p) : [p];
  });

const literalOf = (member) =>
  member?.type && ts.isLiteralTypeNode(member.type) && ts.isStringLiteral(member.type.literal) ? member.type.literal.text : undefined;
const memberNamed = (iface, name) => iface.members.find((m) => ts.isPropertySignature(m) && m.name.getText().replace(/^["']|["']$/g, '') === name);

/** kubernetes-types: module (`apps/v1`) of each file; its kinds. */
const typesModules = listFiles(typesDir)
  .filter((f) => f.endsWith('.d.ts'))
  .map((f) => path.relative(typesDir, f).replace(/\\/g, '/').replace(/\.d\.ts$/, ''))
  .filter((m) => m.includes('/') || m === 'runtime');
/** Models-style files (interfaces `IName`) of the packages, for the program and for kinds. */
/** Only the files that declare a kind go into the program; the compiler follows their imports. */
const isKindFile = (f) => f.endsWith('.d.ts') && !f.includes(`${path.sep}_schemas${path.sep}`) && !f.endsWith('index.d.ts') && readFileSync(f, 'utf8').includes('"kind": "');
const modelsFiles = [
  ...[modelsDir, gatewayDir, vpaDir].flatMap((d) => listFiles(d).filter(isKindFile)),
  // An ecosystem package: only the directories of the groups read from it.
  ...PROJECTS.flatMap((p) => Object.keys(p.groups).flatMap((g) => (statSync(path.join(p.dir, g), { throwIfNoEntry: false }) ? listFiles(path.join(p.dir, g)).filter(isKindFile) : []))),
];

const program = ts.createProgram(
  [...typesModules.map((m) => path.join(typesDir, `${m}.d.ts`)), ...modelsFiles],
  { noEmit: true, skipLibCheck: true, types: [] },
);
const checker = program.getTypeChecker();

/** A source of a kind: { apiVersion, kind, decl, origin: 'types' | 'models' | 'gateway' | 'vpa' } */
const found = [];
/** `${module}:${Name}` → kubernetes-types declaration */
const typesDecls = new Map();
for (const m of typesModules) {
  const sf = program.getSourceFile(path.join(typesDir, `${m}.d.ts`));
  if (!sf) throw new Error(`kubernetes-types: ${m}.d.ts not found`);
  for (const st of sf.statements) {
    if (!(ts.isInterfaceDeclaration(st) || ts.isTypeAliasDeclaration(st)) || !st.name) continue;
    typesDecls.set(`${m}:${st.name.text}`, st);
    if (!ts.isInterfaceDeclaration(st) || m.startsWith('meta/')) continue;
    const apiVersion = literalOf(memberNamed(st, 'apiVersion'));
    const kind = literalOf(memberNamed(st, 'kind'));
    if (apiVersion && kind && !(kind.endsWith('List') && memberNamed(st, 'items'))) found.push({ apiVersion, kind, decl: st, origin: 'types' });
  }
}
for (const file of modelsFiles) {
  const sf = program.getSourceFile(file);
  const base = path.basename(file, '.d.ts');
  const iface = sf?.statements.find((st) => ts.isInterfaceDeclaration(st) && st.name.text === `I${base}`);
  if (!iface) continue;
  const apiVersion = literalOf(memberNamed(iface, 'apiVersion'));
  const kind = literalOf(memberNamed(iface, 'kind'));
  if (!apiVersion || !kind || (kind.endsWith('List') && memberNamed(iface, 'items'))) continue;
  const project = projectOfFile(file);
  if (project) {
    // A kind is an object with metadata (Knative's EventPolicySelector and ChannelTemplateSpec
    // carry apiVersion/kind without being served), and not one the project excludes.
    if (Object.hasOwn(project.groups, groupOf(apiVersion)) && memberNamed(iface, 'metadata') && !project.exclude?.includes(kind)) {
      found.push({ apiVersion, kind, decl: iface, origin: project.id });
    }
    continue;
  }
  const origin = file.startsWith(gatewayDir) ? 'gateway' : file.startsWith(vpaDir) ? 'vpa' : 'models';
  if (origin === 'gateway' && (!GATEWAY_KINDS.includes(kind) || groupOf(apiVersion) !== 'gateway.networking.k8s.io')) continue;
  if (origin === 'vpa' && !VPA_KINDS.includes(kind)) continue;
  found.push({ apiVersion, kind, decl: iface, origin });
}

// ---------------------------------------------------------------------------------------------
// 2. Decide what is checked, what is served but not checked, and what was removed.

/** kind → apiVersion → source (kubernetes-types wins over kubernetes-models for the same version) */
const byKind = new Map();
const isProjectOrigin = (origin) => projectById.has(origin);
for (const f of found) {
  if (isProjectOrigin(f.origin)) continue;
  const versions = byKind.get(f.kind) ?? new Map();
  byKind.set(f.kind, versions);
  const prev = versions.get(f.apiVersion);
  if (!prev || (prev.origin === 'models' && f.origin === 'types')) versions.set(f.apiVersion, f);
}

const checked = []; // { apiVersion, kind, decl, origin }
const removed = {}; // apiVersion → kind → { use, in? }
const servedUnchecked = []; // `${apiVersion} ${kind}`, for the report
for (const [kind, versions] of [...byKind].sort(([a], [b]) => (a < b ? -1 : 1))) {
  const all = [...versions.values()];
  const thirdParty = all.filter((v) => v.origin === 'gateway' || v.origin === 'vpa');
  if (thirdParty.length) {
    for (const v of thirdParty.sort((a, b) => -compareRank(a.apiVersion, b.apiVersion))) {
      if (versionRank(v.apiVersion)[0] === 0 || (v.origin === 'vpa' && versionRank(v.apiVersion)[0] < 2)) servedUnchecked.push(`${v.apiVersion} ${kind}`);
      else checked.push(v);
    }
    continue;
  }
  if (REMOVED_KINDS[kind]) {
    for (const v of all) (removed[v.apiVersion] ??= {})[kind] = { in: REMOVED_KINDS[kind].in, use: REMOVED_KINDS[kind].use };
    continue;
  }
  const best = all.reduce((a, b) => (compareRank(b.apiVersion, a.apiVersion) > 0 ? b : a));
  const top = all.filter((v) => compareRank(v.apiVersion, best.apiVersion) === 0);
  // Core before named groups (Event: `v1` first, then `events.k8s.io/v1`).
  top.sort((a, b) => (groupOf(a.apiVersion) < groupOf(b.apiVersion) ? -1 : 1));
  checked.push(...top);
  const served130 = all.filter((v) => v.origin === 'types');
  const newest130 = served130.length ? served130.reduce((a, b) => (compareRank(b.apiVersion, a.apiVersion) > 0 ? b : a)) : undefined;
  for (const v of all) {
    if (top.includes(v)) continue;
    // Newer than what 1.30 serves (or 1.30 serves it): valid, just not the checked version. A
    // kind 1.30's types do not have (APIService, from kube-aggregator) is removed only where
    // the migration guide says so.
    const older = newest130 ? compareRank(v.apiVersion, newest130.apiVersion) < 0 : Boolean(REMOVED_IN[`${v.apiVersion} ${kind}`]);
    if (v.origin === 'types' || !older) {
      servedUnchecked.push(`${v.apiVersion} ${kind}`);
      continue;
    }
    // The checked version of the same group (Event: `events.k8s.io/v1`, not core `v1`).
    const entry = { use: (top.find((t) => groupOf(t.apiVersion) === groupOf(v.apiVersion)) ?? top[0]).apiVersion };
    const when = REMOVED_IN[`${v.apiVersion} ${kind}`] ?? REMOVED_IN[v.apiVersion];
    if (when) entry.in = when;
    (removed[v.apiVersion] ??= {})[kind] = entry;
  }
}
// Ecosystem projects: each kind of each group at its best version (GA over beta over alpha, as
// Kubernetes ranks them; Argo's and KEDA's kinds only have v1alpha1). A kind is keyed by its
// group as well as its name: Knative's Service and Istio's Gateway are not Kubernetes' own.
{
  const byGroupKind = new Map();
  for (const f of found) {
    if (!isProjectOrigin(f.origin)) continue;
    const key = `${groupOf(f.apiVersion)} ${f.kind}`;
    const list = byGroupKind.get(key) ?? [];
    if (!list.some((v) => v.apiVersion === f.apiVersion)) list.push(f);
    byGroupKind.set(key, list);
  }
  // (a project marked `gaOnly` that has GA kinds: only those, its alpha and beta kinds are not read)
  const isGa = (apiVersion) => /^v\d+$/.test(versionOf(apiVersion));
  const hasGa = new Set(found.filter((f) => isProjectOrigin(f.origin) && isGa(f.apiVersion)).map((f) => f.origin));
  for (const [, list] of [...byGroupKind].sort(([a], [b]) => (a < b ? -1 : 1))) {
    list.sort((a, b) => -compareRank(a.apiVersion, b.apiVersion));
    if (projectById.get(list[0].origin).gaOnly && hasGa.has(list[0].origin) && !isGa(list[0].apiVersion)) {
      for (const v of list) servedUnchecked.push(`${v.apiVersion} ${v.kind}`);
      continue;
    }
    checked.push(list[0]);
    for (const v of list.slice(1)) servedUnchecked.push(`${v.apiVersion} ${v.kind}`);
  }
}
// Built-in kinds first (core, then by group), in the order people meet them: Pod first.
const ORDER = ['Pod', 'PodTemplate', 'ReplicationController', 'ReplicaSet', 'Deployment', 'StatefulSet', 'ControllerRevision', 'DaemonSet', 'Job', 'CronJob', 'HorizontalPodAutoscaler', 'PriorityClass', 'Service', 'Endpoints', 'Ingress', 'IngressClass', 'ConfigMap', 'Secret', 'PersistentVolumeClaim', 'PersistentVolume', 'StorageClass', 'ServiceAccount', 'Role', 'ClusterRole', 'RoleBinding', 'ClusterRoleBinding', 'LimitRange', 'ResourceQuota', 'NetworkPolicy', 'PodDisruptionBudget', 'Namespace', 'Node'];
const originRank = { types: 0, models: 1, vpa: 2, gateway: 3, ...Object.fromEntries(PROJECTS.map((p, i) => [p.id, 4 + i])) };
checked.sort((a, b) => {
  const ia = ORDER.indexOf(a.kind);
  const ib = ORDER.indexOf(b.kind);
  if (ia !== ib) return (ia < 0 ? 1e9 : ia) - (ib < 0 ? 1e9 : ib);
  return (
    originRank[a.origin] - originRank[b.origin] ||
    (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0) ||
    (groupOf(a.apiVersion) < groupOf(b.apiVersion) ? -1 : groupOf(a.apiVersion) > groupOf(b.apiVersion) ? 1 : 0) ||
    -compareRank(a.apiVersion, b.apiVersion)
  );
});

// ---------------------------------------------------------------------------------------------
// 3. Walk every type reachable from the checked kinds.

/** Where a declaration lives: `{ group/version, typesModule?, origin, file }`. */
function locate(decl) {
  const file = decl.getSourceFile().fileName;
  if (file.startsWith(typesDir)) {
    const module = path.relative(typesDir, file).replace(/\\/g, '/').replace(/\.d\.ts$/, '');
    return { origin: 'types', typesModule: module, gv: typesModuleGroupVersion(module) };
  }
  if (file.startsWith(machineryDir)) {
    const rel = path.relative(machineryDir, path.dirname(file)).replace(/\\/g, '/'); // apis/meta/v1, api/resource, util/intstr
    const module = rel === 'apis/meta/v1' ? 'meta/v1' : rel === 'api/resource' ? 'api/resource' : rel;
    return { origin: 'models', typesModule: module, gv: rel };
  }
  const project = projectOfFile(file);
  if (project) {
    // Its own directories (cilium's `policy/api`, `v1`) are no Kubernetes modules: never a kubernetes-types twin.
    return { origin: project.id, typesModule: undefined, gv: path.relative(project.dir, path.dirname(file)).replace(/\\/g, '/') };
  }
  const pkg = file.startsWith(gatewayDir) ? gatewayDir : file.startsWith(vpaDir) ? vpaDir : modelsDir;
  const gv = path.relative(pkg, path.dirname(file)).replace(/\\/g, '/'); // networking.k8s.io/v1, v1, gateway.networking.k8s.io/v1
  return { origin: pkg === gatewayDir ? 'gateway' : pkg === vpaDir ? 'vpa' : 'models', typesModule: modelsGroupVersionToTypesModule(gv), gv };
}
function typesModuleGroupVersion(module) {
  const [dir, version] = module.split('/');
  const group = {
    core: '', meta: 'meta', api: 'api', rbac: 'rbac.authorization.k8s.io', flowcontrol: 'flowcontrol.apiserver.k8s.io',
    apiserverinternal: 'internal.apiserver.k8s.io', apps: 'apps', batch: 'batch', autoscaling: 'autoscaling', policy: 'policy',
  }[dir] ?? `${dir}.k8s.io`;
  return group ? `${group}/${version}` : version;
}
function modelsGroupVersionToTypesModule(gv) {
  const parts = gv.split('/');
  if (parts.length === 1) return `core/${parts[0]}`;
  const [group, version] = parts;
  const dir = group === 'internal.apiserver.k8s.io' ? 'apiserverinternal' : group.split('.')[0];
  return `${dir}/${version}`;
}
/** The bare type name: kubernetes-models' interfaces are `IName`. */
const bareName = (decl) =>
  synthBase.get(decl) ?? (locate(decl).origin === 'types' ? decl.name.text : decl.name.text.replace(/^I(?=[A-Z])/, ''));
/**
 * Object types written inline (a CRD's schema as one nested TypeScript literal, as Istio's
 * package has them): node → the name given to it, its holder's name followed by the field's
 * (`VirtualServiceSpec`, `VirtualServiceSpecHttp`), as kubectl explain shows no name for them.
 */
const synthBase = new Map();
const synthField = new Map(); // inline type node → the field it was met at
/** Inline type → { parent, field, t }: where it was met first, for probing through its parent's validator. */
const probeVia = new Map();
const pascal = (s) => s.replace(/(^|[^A-Za-z0-9]+)([A-Za-z0-9])/g, (_, __, c) => c.toUpperCase());

/** Prefer the kubernetes-types (1.30) declaration of the same module and name. */
function canonical(decl) {
  const loc = locate(decl);
  if (loc.origin === 'types' || loc.typesModule === undefined || synthBase.has(decl)) return decl;
  const twin = typesDecls.get(`${loc.typesModule}:${bareName(decl)}`);
  return twin ?? decl;
}

function resolveReference(typeName) {
  let sym = checker.getSymbolAtLocation(typeName);
  if (sym && sym.flags & ts.SymbolFlags.Alias) sym = checker.getAliasedSymbol(sym);
  const decl = sym?.declarations?.find((d) => ts.isInterfaceDeclaration(d) || ts.isTypeAliasDeclaration(d) || ts.isClassDeclaration(d));
  if (!decl) throw new Error(`cannot resolve type ${typeName.getText()}`);
  return decl;
}

/**
 * JSDoc of a node, without Gateway API's `<gateway:…>` markers. Gateway API documents its
 * fields at great length (conformance levels, implementer notes): only the first paragraph
 * is kept there, which keeps the catalogue small; the page link has the rest.
 */
function docOf(node) {
  const text = fullDocOf(node);
  const file = node.getSourceFile().fileName;
  // Ecosystem projects document at length too (Cilium, Argo Workflows): the same rule.
  if (!file.startsWith(gatewayDir) && !projectOfFile(file)) return text;
  return text.split(/\n\s*\n/)[0].trim();
}
function fullDocOf(node) {
  const sym = node.name ? checker.getSymbolAtLocation(node.name) : undefined;
  const text = sym ? ts.displayPartsToString(sym.getDocumentationComment(checker)) : '';
  return text
    .replace(/\r/g, '')
    .split('\n')
    .filter((l) => !/^\s*<gateway:[^>]*>\s*$/.test(l))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** decl → { name, page, loc } in discovery order */
const types = new Map();
const nameOwner = new Map(); // name → decl
const queue = [];

/**
 * Bare names the projects read first may still claim at the end (section 5 names a merged inline
 * type after its field: Istio's `headers` → `Headers`): a type of a project read later does not
 * take one of them, so adding a project renames nothing of those before it.
 */
const reservedLater = new Set();
const yieldedNames = new Set(); // the names given instead: they do not make the bare name taken
function nameFor(decl) {
  const base = bareName(decl);
  const owner = nameOwner.get(base);
  if (reservedLater.has(base) && projectOfFile(decl.getSourceFile().fileName)?.cncf === 'none' && !owner) {
    const name = `${base}@${locate(decl).gv}`;
    yieldedNames.add(name);
    return name;
  }
  if (!owner || owner === decl) return base;
  const loc = locate(decl);
  let name = `${base}@${loc.gv}`;
  for (let i = 2; nameOwner.has(name) && nameOwner.get(name) !== decl; i++) name = `${base}@${loc.gv}#${i}`;
  return name;
}

function enqueue(declIn, page) {
  const decl = canonical(declIn);
  const known = types.get(decl);
  if (known) return known.name;
  const name = nameFor(decl);
  nameOwner.set(name, decl);
  const info = { name, decl, loc: locate(decl), page: STANDALONE_PAGES[name] ? K8S_DOCS + STANDALONE_PAGES[name] + '/#' + name : pageFor(decl, name, page) };
  types.set(decl, info);
  queue.push(decl);
  return name;
}

/** String-literal values of a type (through aliases and arrays), if it is a union of them. */
function literalValues(node) {
  if (ts.isParenthesizedTypeNode(node)) return literalValues(node.type);
  if (ts.isArrayTypeNode(node)) return literalValues(node.elementType);
  if (ts.isTypeReferenceNode(node)) {
    const n = node.typeName.getText();
    if (n === 'Array' && node.typeArguments) return literalValues(node.typeArguments[0]);
    let decl;
    try {
      decl = resolveReference(node.typeName);
    } catch {
      return undefined;
    }
    return ts.isTypeAliasDeclaration(decl) ? literalValues(decl.type) : undefined;
  }
  if (ts.isLiteralTypeNode(node) && ts.isStringLiteral(node.literal)) return [node.literal.text];
  if (ts.isUnionTypeNode(node)) {
    const parts = node.types.map(literalValues);
    return parts.every(Boolean) ? parts.flat() : undefined;
  }
  return undefined;
}

/** kubectl-explain style type of a property, enqueueing the object types it refers to. */
function typeString(node, page, ctx) {
  switch (node.kind) {
    case ts.SyntaxKind.StringKeyword:
      return 'string';
    case ts.SyntaxKind.NumberKeyword:
      return 'integer'; // refined to `number` below when the OpenAPI schema accepts fractions
    case ts.SyntaxKind.BooleanKeyword:
      return 'boolean';
    case ts.SyntaxKind.AnyKeyword:
    case ts.SyntaxKind.UnknownKeyword:
    case ts.SyntaxKind.ObjectKeyword:
      return 'Object';
    case ts.SyntaxKind.LiteralType:
      if (ts.isStringLiteral(node.literal)) return 'string';
      if (node.literal.kind === ts.SyntaxKind.TrueKeyword || node.literal.kind === ts.SyntaxKind.FalseKeyword) return 'boolean';
      if (ts.isNumericLiteral(node.literal)) return 'integer'; // e.g. HTTP status codes `301 | 302`
      break;
    case ts.SyntaxKind.ArrayType:
      return `[]${typeString(node.elementType, page, ctx)}`;
    case ts.SyntaxKind.ParenthesizedType:
      return typeString(node.type, page, ctx);
    case ts.SyntaxKind.IntersectionType: {
      // A CRD's one-of written as `{ a?, b? } & (Exclude<…> | …)`: the fields are those of
      // the object part; the other parts only narrow which of them may be set together.
      const base = node.types.find((t) => ts.isTypeLiteralNode(t) || ts.isTypeReferenceNode(t));
      if (base) return typeString(base, page, ctx);
      break;
    }
    case ts.SyntaxKind.UnionType: {
      const parts = new Set(node.types.map((t) => typeString(t, page, ctx)));
      if (parts.size === 2 && parts.has('integer') && parts.has('string')) return 'IntOrString';
      if (parts.size === 1) return [...parts][0];
      return 'Object';
    }
    case ts.SyntaxKind.TypeLiteral: {
      const index = node.members.find(ts.isIndexSignatureDeclaration);
      if (index && node.members.length === 1) return `map[string]${typeString(index.type, page, ctx)}`;
      // An object written inline: a type of its own, named after where it was met first.
      if (!index && ctx && node.members.length > 0 && node.members.every(ts.isPropertySignature)) {
        if (!synthBase.has(node)) {
          synthBase.set(node, `${ctx.holder.replace(/@.*$/, '')}${pascal(ctx.field)}`);
          synthField.set(node, ctx.field);
        }
        return enqueue(node, page);
      }
      return 'Object';
    }
    case ts.SyntaxKind.IndexedAccessType:
      return 'string'; // `IPod["apiVersion"]` in kubernetes-models' classes
    case ts.SyntaxKind.TypeReference: {
      const name = node.typeName.getText();
      if (name === 'Array' || name === 'ReadonlyArray') return `[]${typeString(node.typeArguments[0], page, ctx)}`;
      if (name === 'Record') return `map[string]${typeString(node.typeArguments[1], page, ctx)}`;
      const decl = resolveReference(node.typeName);
      if (ts.isTypeAliasDeclaration(decl)) {
        const aliasName = bareName(decl);
        if (SCALAR_ALIASES.has(aliasName)) return aliasName;
        return typeString(decl.type, page, { holder: aliasName, field: '' });
      }
      if (ts.isInterfaceDeclaration(decl)) {
        const props = checker.getPropertiesOfType(checker.getTypeAtLocation(decl.name));
        if (props.length === 0) return 'Object'; // RawExtension and friends: free-form
        return enqueue(decl, page);
      }
      break;
    }
    default:
      break;
  }
  throw new Error(`unsupported type syntax ${ts.SyntaxKind[node.kind]}: ${node.getText()}`);
}

const PROJECT_DOCS = new Set(PROJECTS.flatMap((p) => Object.values(p.groups)));
/** Doc page of a type: its kind's page when it is the kind, its spec or its status; else the page of the kind that reached it first. */
const kindPages = new Map(); // decl of a kind, spec or status → page base (without anchor)
function pageBase(kind, apiVersion, origin) {
  if (origin === 'gateway') return `${GATEWAY_DOCS}${kind.toLowerCase()}/`;
  if (origin === 'vpa') return VPA_DOCS;
  if (projectById.has(origin)) return projectById.get(origin).groups[groupOf(apiVersion)];
  const section = KIND_SECTION.get(kind);
  if (section) return `${K8S_DOCS}${section}/${kebab(kind)}-${versionOf(apiVersion)}/`;
  return undefined;
}
function anchorFor(base, name, loc) {
  const bare = name.replace(/@.*$/, '');
  if (base.startsWith(GATEWAY_DOCS) || PROJECT_DOCS.has(base)) return base;
  if (base === VPA_DOCS) return `${VPA_DOCS}#${bare.toLowerCase()}`;
  if (base === K8S_GENERATED) {
    const [group, version] = loc.gv.includes('/') ? loc.gv.split('/') : ['core', loc.gv];
    const g = group === 'meta' || group === 'apis' ? 'meta' : group.replace(/\./g, '-');
    return `${K8S_GENERATED}#${bare.toLowerCase()}-${version}-${g}`;
  }
  return `${base}#${bare}`;
}
function pageFor(decl, name, fallback) {
  const own = kindPages.get(decl);
  if (own) return anchorFor(own, name, locate(decl));
  return anchorFor(fallback, name, locate(decl));
}

const apis = {}; // apiVersion → kind → root type name
const kinds = {}; // kind → preferred apiVersion
for (const k of checked) {
  const base = pageBase(k.kind, k.apiVersion, k.origin) ?? K8S_GENERATED;
  const decl = canonical(k.decl);
  if (!kindPages.has(decl)) kindPages.set(decl, base);
  // Spec and status of the same module share the kind's page.
  for (const suffix of ['Spec', 'Status']) {
    const loc = locate(decl);
    const twinName = `${bareName(decl)}${suffix}`;
    const twin =
      loc.origin === 'types'
        ? typesDecls.get(`${loc.typesModule}:${twinName}`)
        : (() => {
            const t = memberNamed(k.decl, suffix.toLowerCase())?.type;
            return t && ts.isTypeReferenceNode(t) ? canonical(resolveReference(t.typeName)) : undefined;
          })();
    if (twin && !kindPages.has(twin)) kindPages.set(twin, base);
  }
}
const PodTemplateSpecDecl = typesDecls.get('core/v1:PodTemplateSpec');
kindPages.set(PodTemplateSpecDecl, `${K8S_DOCS}workload-resources/pod-template-v1/`);
const out = new Map(); // decl → entry
const rootDecls = new Set();
// The kinds the catalogue always had are walked first, breadth-first as one group, so their
// types keep their bare names and pages; then every other kind.
// The ecosystem projects' kinds come last, so their types never take a bare name from a
// Kubernetes type (`PolicyRule` stays RBAC's); the CNCF projects before the others, so that adding
// a project never renames a type of one read before (Argo's `Prometheus` metric stays
// `Prometheus`, the Prometheus Operator's kind becomes `Prometheus@monitoring.coreos.com/v1`).
const isCncf = (k) => projectById.get(k.origin)?.cncf !== 'none';
const groups = [
  checked.filter((k) => ORDER.includes(k.kind)),
  checked.filter((k) => !ORDER.includes(k.kind) && !isProjectOrigin(k.origin)),
  checked.filter((k) => isProjectOrigin(k.origin) && isCncf(k)),
  checked.filter((k) => isProjectOrigin(k.origin) && !isCncf(k)),
];
for (const group of groups) {
  if (group === groups[3]) for (const f of synthField.values()) reservedLater.add(pascal(f));
  for (const k of group) {
    const base = pageBase(k.kind, k.apiVersion, k.origin) ?? K8S_GENERATED;
    const rootName = enqueue(k.decl, base);
    rootDecls.add(canonical(k.decl));
    (apis[k.apiVersion] ??= {})[k.kind] = rootName;
    kinds[k.kind] ??= k.apiVersion;
  }
  while (queue.length) walkOne(queue.shift());
}

function walkOne(decl) {
  const info = types.get(decl);
  const fields = {};
  const type = checker.getTypeAtLocation(decl.name ?? decl);
  for (const prop of checker.getPropertiesOfType(type)) {
    const member = prop.declarations?.find((d) => ts.isPropertySignature(d));
    if (!member || !member.type) continue;
    const fieldName = prop.getName();
    const before = queue.length;
    const field = { t: typeString(member.type, info.page.replace(/#.*$/, ''), { holder: info.name, field: fieldName }) };
    // An inline type met here first is probed through this field (section 4).
    for (const d of queue.slice(before)) if (synthBase.has(d)) probeVia.set(d, { parent: decl, field: fieldName, t: field.t });
    const d = docOf(member);
    if (d) field.d = d;
    // (a type that is no checked kind but carries its own name as a literal `kind`, with a literal
    // apiVersion: the package's rendering of an inlined TypeMeta, optional in the CRD's schema —
    // Prometheus Operator's EmbeddedPersistentVolumeClaim, Knative's ChannelTemplateSpec. A
    // reference's literal kind, Flux's `kind: GitRepository`, names another kind and stays required.)
    const typeMeta =
      (fieldName === 'apiVersion' || fieldName === 'kind') && ts.isLiteralTypeNode(member.type) && !rootDecls.has(decl) && decl.members !== undefined && literalOf(memberNamed(decl, 'kind')) === bareName(decl);
    if (!member.questionToken && !typeMeta) field.r = 1;
    const values = literalValues(member.type);
    if (values && fieldName !== 'apiVersion' && fieldName !== 'kind') {
      const clean = [...new Set(values.filter((v) => v !== ''))].sort();
      if (clean.length) field.e = clean;
    }
    fields[fieldName] = field;
  }
  // Kubernetes API reference pages are stored relative to `docBase`, other sites in full.
  const entry = { d: docOf(decl), u: info.page.startsWith(K8S_DOCS) ? info.page.slice(K8S_DOCS.length) : info.page, f: fields };
  if (!entry.d) delete entry.d;
  out.set(decl, entry);
}

// ---------------------------------------------------------------------------------------------
// 4. Enums and integer/number from the OpenAPI validators.

/** The validator module of a type, if the package ships one. */
function schemaModule(decl) {
  const loc = locate(decl);
  const name = bareName(decl);
  if (loc.origin === 'types') {
    const [dir, version] = loc.typesModule.split('/');
    if (!version) return undefined;
    const V = version[0].toUpperCase() + version.slice(1);
    if (dir === 'meta') return path.join(machineryDir, '_schemas', `IoK8sApimachineryPkgApisMetaV1${name}.js`);
    if (dir === 'apiextensions') return path.join(modelsDir, '_schemas', `IoK8sApiextensionsApiserverPkgApisApiextensions${V}${name}.js`);
    const G = dir[0].toUpperCase() + dir.slice(1);
    return path.join(modelsDir, '_schemas', `IoK8sApi${G}${V}${name}.js`);
  }
  if (synthBase.has(decl)) return undefined; // probed through its parent (probeTarget)
  const project = projectById.get(loc.origin);
  // kubernetes-models style: `export type { IName as IIoK8s…Name }` names the schema.
  for (const st of decl.getSourceFile().statements) {
    if (!ts.isExportDeclaration(st) || !st.exportClause || !ts.isNamedExports(st.exportClause)) continue;
    for (const el of st.exportClause.elements) {
      // `IIoK8s…` in kubernetes-models, `IComGithub…`/`IDevKnative…` in the ecosystem packages.
      if ((el.propertyName ?? el.name).text === decl.name.text && /^I[A-Z]/.test(el.name.text) && el.name.text !== decl.name.text) {
        // By file: not every package lists `_schemas/*` in its exports map.
        const pkg = project ? project.dir : loc.origin === 'gateway' ? gatewayDir : loc.origin === 'vpa' ? vpaDir : decl.getSourceFile().fileName.startsWith(machineryDir) ? machineryDir : modelsDir;
        return path.join(pkg, '_schemas', `${el.name.text.slice(1)}.js`);
      }
    }
  }
  // A kind of a CRD-generated package (Istio): its class module imports the validator.
  if (project && rootDecls.has(decl)) {
    const js = decl.getSourceFile().fileName.replace(/\.d\.ts$/, '.js');
    const m = /["']((?:\.\.?\/)+_schemas\/\w+\.js)["']/.exec(readFileSync(js, 'utf8'));
    if (m) return path.resolve(path.dirname(js), m[1]);
  }
  return undefined;
}

/**
 * How to probe a type: its own validator (`wrap` is the identity, `at` ''), or, for a type
 * written inline, the validator of the nearest ancestor that has one, with the probe object
 * nested along the fields that lead to it (a list as one item, a map as one entry) and `at`
 * the JSON pointer of where it lands.
 */
async function probeTarget(decl) {
  const mod = schemaModule(decl);
  if (mod && statSync(mod, { throwIfNoEntry: false })) {
    const { validate } = await import(pathToFileURL(mod).href);
    return { validate, wrap: (x) => x, at: '' };
  }
  const via = probeVia.get(decl);
  if (!via) return undefined;
  const outer = await probeTarget(via.parent);
  if (!outer) return undefined;
  // `[]map[string]X` is reached as `[{ probe: x }]` at `/field/0/probe`.
  const steps = [];
  for (let t = via.t; t.startsWith('[]') || t.startsWith('map[string]'); t = t.startsWith('[]') ? t.slice(2) : t.slice('map[string]'.length)) steps.push(t.startsWith('[]') ? 'list' : 'map');
  const ptr = `/${via.field.replace(/~/g, '~0').replace(/\//g, '~1')}` + steps.map((x) => (x === 'list' ? '/0' : '/probe')).join('');
  const wrap = (x) => {
    let v = x;
    for (const step of [...steps].reverse()) v = step === 'list' ? [v] : { probe: v };
    return outer.wrap({ [via.field]: v });
  };
  return { validate: outer.validate, wrap, at: outer.at + ptr };
}

const PROBE = '\u0000probe';
const report = { newer: 0, enums: 0, numbers: 0, probedTypes: 0, missingSchemas: [], requiredDiffs: [] };

for (const [decl, entry] of out) {
  const name = types.get(decl).name;
  let target;
  try {
    target = await probeTarget(decl);
    if (!target) throw new Error('no schema');
  } catch {
    report.missingSchemas.push(name);
    continue;
  }
  const { validate, wrap, at } = target;
  report.probedTypes++;
  const probe = {};
  for (const [f, spec] of Object.entries(entry.f)) {
    if (spec.t === 'string') probe[f] = PROBE;
    else if (spec.t === '[]string') probe[f] = [PROBE];
    else if (spec.t === 'integer') probe[f] = 0.5;
    else if (spec.t === '[]integer') probe[f] = [0.5];
  }
  validate(wrap(probe));
  const errors = validate.errors ?? [];
  const fractionRejected = new Set();
  for (const e of errors) {
    if (!e.instancePath.startsWith(at)) continue;
    const m = /^\/([^/]+)(?:\/0)?$/.exec(e.instancePath.slice(at.length));
    if (!m) continue;
    const f = m[1].replace(/~1/g, '/').replace(/~0/g, '~');
    const spec = entry.f[f];
    if (!spec) continue;
    if (e.keyword === 'enum' && Array.isArray(e.params?.allowedValues)) {
      const values = e.params.allowedValues.filter((v) => typeof v === 'string' && v !== '');
      if (values.length) {
        spec.e = [...new Set([...(spec.e ?? []), ...values])].sort();
        report.enums++;
      }
    }
    if (e.keyword === 'type' && e.params?.type === 'integer') fractionRejected.add(f);
  }
  for (const [f, spec] of Object.entries(entry.f)) {
    if ((spec.t === 'integer' || spec.t === '[]integer') && !fractionRejected.has(f) && f in probe) {
      spec.t = spec.t.replace('integer', 'number');
      report.numbers++;
    }
  }
  // Required fields: the TypeScript source (`?`) is the source; note where the OpenAPI schema differs.
  validate(wrap({}));
  const openapiRequired = new Set(
    // (a one-of's branches report theirs too: Cilium's Rule "requires" endpointSelector and
    // nodeSelector; harmless, as only what the TypeScript source requires is kept)
    (validate.errors ?? []).filter((e) => e.keyword === 'required' && e.instancePath === at).map((e) => e.params.missingProperty),
  );
  for (const [f, spec] of Object.entries(entry.f)) {
    const a = Boolean(spec.r);
    const b = openapiRequired.has(f);
    if (a !== b && f !== 'apiVersion' && f !== 'kind') report.requiredDiffs.push(`${name}.${f}: types=${a} openapi=${b}`);
    // Only what both sources require is reported as missing: no false alarms across versions.
    if (a && !b) delete spec.r;
  }
}
for (const [decl, entry] of out) {
  for (const f of ['apiVersion', 'kind']) {
    if (!entry.f[f]) continue;
    delete entry.f[f].e; // the catalogue's own `apis` says which apiVersion goes with which kind
    if (rootDecls.has(decl)) delete entry.f[f].r; // a manifest's kind is what the check starts from
  }
}

// Fields that newer API versions (kubernetes-models' TypeScript interfaces) know but
// kubernetes-types does not yet: listed under `x` so they are never reported as unknown.
for (const [decl, entry] of out) {
  const loc = locate(decl);
  if (loc.origin !== 'types' || !loc.typesModule.includes('/')) continue;
  const [dir, version] = loc.typesModule.split('/');
  const gv = typesModuleGroupVersion(loc.typesModule);
  const rel = dir === 'meta' ? null : dir === 'core' ? version : gv;
  const file = rel === null ? path.join(machineryDir, 'apis/meta/v1', `${decl.name.text}.d.ts`) : path.join(modelsDir, rel, `${decl.name.text}.d.ts`);
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    continue;
  }
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
  const iface = sf.statements.find((st) => ts.isInterfaceDeclaration(st) && st.name.text === `I${decl.name.text}`);
  if (!iface) continue;
  const newer = [];
  for (const m of iface.members) {
    if (!ts.isPropertySignature(m)) continue;
    const f = m.name.getText(sf).replace(/^["']|["']$/g, '');
    if (!(f in entry.f) && f !== 'apiVersion' && f !== 'kind') newer.push(f);
  }
  if (newer.length) {
    entry.x = newer.sort();
    report.newer += newer.length;
  }
}

// ---------------------------------------------------------------------------------------------
// 5. Merge qualified types that turned out identical to the type owning the bare name
//    (Gateway API's v1beta1 kinds reuse the v1 types; a few helpers repeat across groups).

const byName = new Map([...types.values()].map((i) => [i.name, out.get(i.decl)]));
const alias = new Map(); // qualified name → name it merges into
const resolveName = (n) => {
  while (alias.has(n)) n = alias.get(n);
  return n;
};
const renameT = (t) => t.replace(/^((?:\[\]|map\[string\])*)(.*)$/, (_, pre, n) => pre + resolveName(n));
const shapeKey = (entry) => JSON.stringify(Object.entries(entry.f).map(([f, s]) => [f, renameT(s.t), s.d ?? '', s.r ?? 0, s.e ?? []]).concat([[entry.d ?? '', entry.x ?? []]]));
for (let changed = true; changed; ) {
  changed = false;
  for (const name of byName.keys()) {
    if (!name.includes('@') || alias.has(name)) continue;
    const bare = name.replace(/@.*$/, '');
    const a = byName.get(name);
    const b = byName.get(resolveName(bare));
    if (b && shapeKey(a) === shapeKey(b)) {
      alias.set(name, resolveName(bare));
      changed = true;
    }
  }
}
// Inline types of the same shape met at several places (Istio's StringMatch under every
// header, URI and authority match) become one, under the name met first.
const synthNames = new Set([...types.values()].filter((i) => synthBase.has(i.decl)).map((i) => i.name));
for (let changed = true; changed; ) {
  changed = false;
  const firstOfShape = new Map();
  for (const name of byName.keys()) {
    if (!synthNames.has(name) || alias.has(name)) continue;
    const entry = byName.get(name);
    const key = `${entry.u}\u0000${shapeKey(entry)}`;
    const first = firstOfShape.get(key);
    if (first === undefined) firstOfShape.set(key, name);
    else {
      alias.set(name, first);
      changed = true;
    }
  }
}
// A shape met under several holders is named after the field that holds it most often
// (`destination` → `Destination`, as the project's reference names it), when that name is free.
{
  const members = new Map(); // kept name → names merged into it
  for (const [n, to] of alias) if (synthNames.has(n)) members.set(resolveName(to), [...(members.get(resolveName(to)) ?? []), n]);
  const fieldOfName = new Map([...types.values()].filter((i) => synthField.has(i.decl)).map((i) => [i.name, synthField.get(i.decl)]));
  const taken = new Set([...byName.keys()].filter((n) => !alias.has(n) && !yieldedNames.has(n)).map((n) => n.replace(/[@#].*$/, '')));
  for (const [kept, merged] of members) {
    const counts = new Map();
    for (const n of [kept, ...merged]) {
      const f = fieldOfName.get(n);
      if (f) counts.set(f, (counts.get(f) ?? 0) + 1);
    }
    const best = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    if (!best) continue;
    let name = pascal(best[0]);
    // Taken (Knative has a `Destination`): the shortest name of those met at that field.
    if (taken.has(name) || /^\d/.test(name)) {
      name = [kept, ...merged].filter((n) => fieldOfName.get(n) === best[0]).sort((a, b) => a.length - b.length || (a < b ? -1 : 1))[0];
      if (name === kept) continue;
    }
    taken.add(name);
    alias.delete(name);
    byName.set(name, byName.get(kept));
    alias.set(kept, name);
  }
}
const final = {};
for (const [name, entry] of byName) {
  if (alias.has(name)) continue;
  for (const spec of Object.values(entry.f)) spec.t = renameT(spec.t);
  final[name] = entry;
}
for (const v of Object.values(apis)) for (const k of Object.keys(v)) v[k] = resolveName(v[k]);

// ---------------------------------------------------------------------------------------------
// 6. Write: one type per line so diffs stay readable.

const sortedNames = Object.keys(final).sort();
const lines = sortedNames.map((n) => `    ${JSON.stringify(n)}: ${JSON.stringify(final[n])}`);
const sortObj = (o) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
const header = {
  source:
    `kubernetes-types@${pkgVersion('kubernetes-types')}; enums and other versions from kubernetes-models@${pkgVersion('kubernetes-models')}; ` +
    `@kubernetes-models/gateway-api@${pkgVersion('@kubernetes-models/gateway-api')}; @kubernetes-models/autoscaler@${pkgVersion('@kubernetes-models/autoscaler')}; ` +
    `ecosystem: ${PROJECTS.map((p) => `${p.pkg}@${pkgVersion(p.pkg)}`).join(', ')}`,
  docBase: K8S_DOCS,
  scalars: { Quantity: 'string|number', IntOrString: 'string|number', Time: 'string', MicroTime: 'string', Object: 'any' },
  kinds,
  apis: sortObj(Object.fromEntries(Object.entries(apis).map(([v, ks]) => [v, sortObj(ks)]))),
  removed: sortObj(Object.fromEntries(Object.entries(removed).map(([v, ks]) => [v, sortObj(ks)]))),
  // API groups of Kubernetes itself (not custom resources): every kind they serve is known here.
  builtinGroups: [...new Set(found.filter((f) => f.origin === 'types' || f.origin === 'models').map((f) => groupOf(f.apiVersion)))].sort(),
  // API groups of the ecosystem projects' custom resources → the project (Argo's three share
  // `argoproj.io`) and the references their types link to.
  ecosystem: sortObj(
    PROJECTS.reduce((acc, p) => {
      for (const [g, docs] of Object.entries(p.groups)) {
        const e = (acc[g] ??= { project: p.family ?? p.name, docs: [] });
        if (!e.docs.includes(docs)) e.docs.push(docs);
      }
      return acc;
    }, {}),
  ),
};
const json =
  '{\n' +
  Object.entries(header)
    .map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},`)
    .join('\n') +
  '\n  "types": {\n' +
  lines.join(',\n') +
  '\n  }\n}\n';
JSON.parse(json);
if (process.argv.includes('--check')) {
  // CI/test mode: fail when the committed catalogue is not what the sources produce.
  let current = '';
  try {
    current = readFileSync(OUT, 'utf8');
  } catch {
    /* missing counts as stale */
  }
  if (current !== json) {
    console.error(`${path.relative(root, OUT)} is stale: run \`npm run catalogue\``);
    process.exit(1);
  }
  console.log(`${path.relative(root, OUT)} is up to date`);
  process.exit(0);
}
writeFileSync(OUT, json);

const fieldCount = Object.values(final).reduce((n, t) => n + Object.keys(t.f).length, 0);
const pairs = Object.values(apis).reduce((n, ks) => n + Object.keys(ks).length, 0);
console.log(
  `catalogue: ${sortedNames.length} types, ${fieldCount} fields, ${Object.keys(kinds).length} kinds (${pairs} apiVersion/kind pairs checked), ` +
    `${Object.values(removed).reduce((n, ks) => n + Object.keys(ks).length, 0)} removed apiVersion/kind pairs, ` +
    `${report.enums} enums, ${report.numbers} number fields, ${report.newer} newer-version field names, ${(json.length / 1024).toFixed(0)} KiB → ${path.relative(root, OUT)}`,
);
if (verbose) {
  console.log(`served but not checked: ${servedUnchecked.join(', ')}`);
  console.log(`merged: ${[...alias].map(([a, b]) => `${a} → ${b}`).join(', ')}`);
  if (report.missingSchemas.length) console.log(`no validator for: ${report.missingSchemas.join(', ')}`);
  console.log(`required differs between the TypeScript source and OpenAPI:\n  ${report.requiredDiffs.join('\n  ')}`);
} else if (report.requiredDiffs.length || report.missingSchemas.length) {
  console.log(`${report.requiredDiffs.length} required-field differences with the OpenAPI schema, ${report.missingSchemas.length} types without a validator (--verbose lists them)`);
}
