#!/usr/bin/env node
/**
 * Builds the Kubernetes field catalogue (src/graph/yaml/catalogue.json) from real sources:
 *
 * - `kubernetes-types`: every API type as a TypeScript interface; a field's JSDoc is its
 *   description and a field without `?` is required. Walked with the TypeScript compiler API,
 *   starting from the kinds listed in KINDS and following every type they reach.
 * - `kubernetes-models`: the OpenAPI schema compiled to validators. Enum values and
 *   integer-vs-number are read by probing those validators with deliberately invalid values
 *   (they answer with `params.allowedValues` / `params.type`), so nothing is parsed out of prose.
 *
 * Run: `npm run catalogue`. The output is committed; the build only reads it.
 */
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(root, 'src/graph/yaml/catalogue.json');
const typesDir = path.dirname(require.resolve('kubernetes-types/package.json'));
const typesVersion = JSON.parse(readFileSync(path.join(typesDir, 'package.json'), 'utf8')).version;
const modelsVersion = JSON.parse(
  readFileSync(path.join(path.dirname(require.resolve('kubernetes-models/package.json')), 'package.json'), 'utf8'),
).version;

/** kubernetes-types module directory → how kubernetes-models names its schemas. */
const MODULES = {
  'core/v1': { schema: 'kubernetes-models/_schemas/IoK8sApiCoreV1', models: 'kubernetes-models/v1' },
  'apps/v1': { schema: 'kubernetes-models/_schemas/IoK8sApiAppsV1', models: 'kubernetes-models/apps/v1' },
  'batch/v1': { schema: 'kubernetes-models/_schemas/IoK8sApiBatchV1', models: 'kubernetes-models/batch/v1' },
  'networking/v1': {
    schema: 'kubernetes-models/_schemas/IoK8sApiNetworkingV1',
    models: 'kubernetes-models/networking.k8s.io/v1',
  },
  'storage/v1': { schema: 'kubernetes-models/_schemas/IoK8sApiStorageV1', models: 'kubernetes-models/storage.k8s.io/v1' },
  'autoscaling/v2': {
    schema: 'kubernetes-models/_schemas/IoK8sApiAutoscalingV2',
    models: 'kubernetes-models/autoscaling/v2',
  },
  'rbac/v1': {
    schema: 'kubernetes-models/_schemas/IoK8sApiRbacV1',
    models: 'kubernetes-models/rbac.authorization.k8s.io/v1',
  },
  'policy/v1': { schema: 'kubernetes-models/_schemas/IoK8sApiPolicyV1', models: 'kubernetes-models/policy/v1' },
  'scheduling/v1': {
    schema: 'kubernetes-models/_schemas/IoK8sApiSchedulingV1',
    models: 'kubernetes-models/scheduling.k8s.io/v1',
  },
  'meta/v1': {
    schema: '@kubernetes-models/apimachinery/_schemas/IoK8sApimachineryPkgApisMetaV1',
    models: '@kubernetes-models/apimachinery/apis/meta/v1',
  },
  'api/resource': { schema: null, models: null },
  runtime: { schema: null, models: null },
};
const nodeModules = path.join(root, 'node_modules');

/**
 * The kinds whose manifests are checked, with their apiVersion and where the Kubernetes API
 * reference documents them (https://kubernetes.io/docs/reference/kubernetes-api/<section>/<page>/).
 * Order matters: a nested type is linked to the page of the first kind that reaches it.
 */
const KINDS = [
  ['Pod', 'core/v1', 'v1', 'workload-resources'],
  ['PodTemplate', 'core/v1', 'v1', 'workload-resources'],
  ['ReplicationController', 'core/v1', 'v1', 'workload-resources'],
  ['ReplicaSet', 'apps/v1', 'apps/v1', 'workload-resources'],
  ['Deployment', 'apps/v1', 'apps/v1', 'workload-resources'],
  ['StatefulSet', 'apps/v1', 'apps/v1', 'workload-resources'],
  ['ControllerRevision', 'apps/v1', 'apps/v1', 'workload-resources'],
  ['DaemonSet', 'apps/v1', 'apps/v1', 'workload-resources'],
  ['Job', 'batch/v1', 'batch/v1', 'workload-resources'],
  ['CronJob', 'batch/v1', 'batch/v1', 'workload-resources'],
  ['HorizontalPodAutoscaler', 'autoscaling/v2', 'autoscaling/v2', 'workload-resources'],
  ['PriorityClass', 'scheduling/v1', 'scheduling.k8s.io/v1', 'workload-resources'],
  ['Service', 'core/v1', 'v1', 'service-resources'],
  ['Endpoints', 'core/v1', 'v1', 'service-resources'],
  ['Ingress', 'networking/v1', 'networking.k8s.io/v1', 'service-resources'],
  ['IngressClass', 'networking/v1', 'networking.k8s.io/v1', 'service-resources'],
  ['ConfigMap', 'core/v1', 'v1', 'config-and-storage-resources'],
  ['Secret', 'core/v1', 'v1', 'config-and-storage-resources'],
  ['PersistentVolumeClaim', 'core/v1', 'v1', 'config-and-storage-resources'],
  ['PersistentVolume', 'core/v1', 'v1', 'config-and-storage-resources'],
  ['StorageClass', 'storage/v1', 'storage.k8s.io/v1', 'config-and-storage-resources'],
  ['ServiceAccount', 'core/v1', 'v1', 'authentication-resources'],
  ['Role', 'rbac/v1', 'rbac.authorization.k8s.io/v1', 'authorization-resources'],
  ['ClusterRole', 'rbac/v1', 'rbac.authorization.k8s.io/v1', 'authorization-resources'],
  ['RoleBinding', 'rbac/v1', 'rbac.authorization.k8s.io/v1', 'authorization-resources'],
  ['ClusterRoleBinding', 'rbac/v1', 'rbac.authorization.k8s.io/v1', 'authorization-resources'],
  ['LimitRange', 'core/v1', 'v1', 'policy-resources'],
  ['ResourceQuota', 'core/v1', 'v1', 'policy-resources'],
  ['NetworkPolicy', 'networking/v1', 'networking.k8s.io/v1', 'policy-resources'],
  ['PodDisruptionBudget', 'policy/v1', 'policy/v1', 'policy-resources'],
  ['Namespace', 'core/v1', 'v1', 'cluster-resources'],
  ['Node', 'core/v1', 'v1', 'cluster-resources'],
];

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
  Volume: 'config-and-storage-resources/volume',
};

/** Type aliases that are scalars on the wire, shown under their own name like `kubectl explain` does. */
const SCALAR_ALIASES = new Set(['Quantity', 'Time', 'MicroTime']);

const kebab = (s) => s.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();

// ---------------------------------------------------------------------------------------------
// 1. Load kubernetes-types with the TypeScript compiler.

const files = Object.keys(MODULES).map((m) => path.join(typesDir, `${m}.d.ts`));
const program = ts.createProgram(files, { noEmit: true, skipLibCheck: true, types: [] });
const checker = program.getTypeChecker();

/** `${module}:${Name}` → declaration */
const decls = new Map();
for (const m of Object.keys(MODULES)) {
  const sf = program.getSourceFile(path.join(typesDir, `${m}.d.ts`));
  if (!sf) throw new Error(`kubernetes-types: ${m}.d.ts not found`);
  for (const st of sf.statements) {
    if ((ts.isInterfaceDeclaration(st) || ts.isTypeAliasDeclaration(st)) && st.name) {
      decls.set(`${m}:${st.name.text}`, st);
    }
  }
}

function moduleOf(node) {
  const file = node.getSourceFile().fileName;
  return path.relative(typesDir, file).replace(/\\/g, '/').replace(/\.d\.ts$/, '');
}

function resolveReference(typeName) {
  let sym = checker.getSymbolAtLocation(typeName);
  if (sym && sym.flags & ts.SymbolFlags.Alias) sym = checker.getAliasedSymbol(sym);
  const decl = sym?.declarations?.[0];
  if (!decl) throw new Error(`cannot resolve type ${typeName.getText()}`);
  return decl;
}

const docOf = (node) => {
  const sym = node.name ? checker.getSymbolAtLocation(node.name) : undefined;
  const text = sym ? ts.displayPartsToString(sym.getDocumentationComment(checker)) : '';
  return text.replace(/\r/g, '').trim();
};

// ---------------------------------------------------------------------------------------------
// 2. Walk every type reachable from the kinds.

/** name → { module, decl, page } in discovery order */
const types = new Map();
const queue = [];

function enqueue(decl, page) {
  const name = decl.name.text;
  const module = moduleOf(decl);
  const prev = types.get(name);
  if (prev) {
    if (prev.module !== module) {
      throw new Error(`type name collision: ${name} in ${prev.module} and ${module}; qualify names first`);
    }
    return;
  }
  types.set(name, { module, decl, page: STANDALONE_PAGES[name] ?? KIND_SECTIONS.get(name) ?? page });
  queue.push(name);
}

/** kubectl-explain style type of a property, enqueueing the object types it refers to. */
function typeString(node, page) {
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
      break;
    case ts.SyntaxKind.ArrayType:
      return `[]${typeString(node.elementType, page)}`;
    case ts.SyntaxKind.ParenthesizedType:
      return typeString(node.type, page);
    case ts.SyntaxKind.UnionType: {
      const parts = new Set(node.types.map((t) => typeString(t, page)));
      if (parts.size === 2 && parts.has('integer') && parts.has('string')) return 'IntOrString';
      if (parts.size === 1) return [...parts][0];
      return 'Object';
    }
    case ts.SyntaxKind.TypeLiteral: {
      const index = node.members.find(ts.isIndexSignatureDeclaration);
      if (index && node.members.length === 1) return `map[string]${typeString(index.type, page)}`;
      return 'Object';
    }
    case ts.SyntaxKind.TypeReference: {
      const name = node.typeName.getText();
      if (name === 'Array' || name === 'ReadonlyArray') return `[]${typeString(node.typeArguments[0], page)}`;
      if (name === 'Record') return `map[string]${typeString(node.typeArguments[1], page)}`;
      const decl = resolveReference(node.typeName);
      if (ts.isTypeAliasDeclaration(decl)) {
        const aliasName = decl.name.text;
        if (SCALAR_ALIASES.has(aliasName)) return aliasName;
        return typeString(decl.type, page);
      }
      if (ts.isInterfaceDeclaration(decl)) {
        if (decl.members.length === 0) return 'Object'; // RawExtension and friends: free-form
        enqueue(decl, page);
        return decl.name.text;
      }
      break;
    }
    default:
      break;
  }
  throw new Error(`unsupported type syntax ${ts.SyntaxKind[node.kind]}: ${node.getText()}`);
}

/** Each kind's page has sections for Kind, KindSpec and KindStatus, wherever else they are used. */
const kindPage = (kind, module, section) => `${section}/${kebab(kind)}-${module.split('/').pop()}`;
const KIND_SECTIONS = new Map([['PodTemplateSpec', 'workload-resources/pod-template-v1']]);
for (const [kind, module, , section] of KINDS) {
  for (const suffix of ['', 'Spec', 'Status']) {
    if (decls.has(`${module}:${kind}${suffix}`)) KIND_SECTIONS.set(`${kind}${suffix}`, kindPage(kind, module, section));
  }
}

const kinds = {};
for (const [kind, module, apiVersion, section] of KINDS) {
  const decl = decls.get(`${module}:${kind}`);
  if (!decl) throw new Error(`kind ${kind} not found in kubernetes-types ${module}`);
  const page = kindPage(kind, module, section);
  kinds[kind] = apiVersion;
  enqueue(decl, page);
}

const out = {};
while (queue.length) {
  const name = queue.shift();
  const info = types.get(name);
  const { decl, page } = info;
  const fields = {};
  for (const member of decl.members) {
    if (!ts.isPropertySignature(member) || !member.type) continue;
    const fieldName = member.name.getText().replace(/^["']|["']$/g, '');
    const field = { t: typeString(member.type, page) };
    const d = docOf(member);
    if (d) field.d = d;
    if (!member.questionToken) field.r = 1;
    fields[fieldName] = field;
  }
  const entry = { d: docOf(decl), u: `${page}/#${name}`, f: fields };
  if (!entry.d) delete entry.d;
  out[name] = entry;
}

// ---------------------------------------------------------------------------------------------
// 3. Enums and integer/number from the OpenAPI validators in kubernetes-models.

const PROBE = '\u0000probe';
const report = { newer: 0, enums: 0, numbers: 0, probedTypes: 0, missingSchemas: [], requiredDiffs: [] };

for (const [name, entry] of Object.entries(out)) {
  const { module } = types.get(name);
  const prefix = MODULES[module]?.schema;
  if (!prefix) continue;
  let validate;
  try {
    ({ validate } = await import(`${prefix}${name}`));
  } catch {
    report.missingSchemas.push(`${module}/${name}`);
    continue;
  }
  report.probedTypes++;
  const probe = {};
  for (const [f, spec] of Object.entries(entry.f)) {
    if (spec.t === 'string') probe[f] = PROBE;
    else if (spec.t === '[]string') probe[f] = [PROBE];
    else if (spec.t === 'integer') probe[f] = 0.5;
    else if (spec.t === '[]integer') probe[f] = [0.5];
  }
  validate(probe);
  const errors = validate.errors ?? [];
  const fractionRejected = new Set();
  for (const e of errors) {
    const m = /^\/([^/]+)(?:\/0)?$/.exec(e.instancePath);
    if (!m) continue;
    const f = m[1].replace(/~1/g, '/').replace(/~0/g, '~');
    const spec = entry.f[f];
    if (!spec) continue;
    if (e.keyword === 'enum' && Array.isArray(e.params?.allowedValues)) {
      const values = e.params.allowedValues.filter((v) => typeof v === 'string' && v !== '');
      if (values.length) {
        spec.e = [...values].sort();
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
  // Required fields: kubernetes-types (`?`) is the source; note where the OpenAPI schema differs.
  validate({});
  const openapiRequired = new Set(
    (validate.errors ?? []).filter((e) => e.keyword === 'required').map((e) => e.params.missingProperty),
  );
  for (const [f, spec] of Object.entries(entry.f)) {
    const a = Boolean(spec.r);
    const b = openapiRequired.has(f);
    if (a !== b && f !== 'apiVersion' && f !== 'kind') report.requiredDiffs.push(`${name}.${f}: types=${a} openapi=${b}`);
    // Only what both sources require is reported as missing: no false alarms across versions.
    if (a && !b) delete spec.r;
    if (f === 'apiVersion' || f === 'kind') delete spec.e;
  }
}

// Fields that newer API versions (kubernetes-models' TypeScript interfaces) know but
// kubernetes-types does not yet: listed under `x` so they are never reported as unknown.
for (const [name, entry] of Object.entries(out)) {
  const { module } = types.get(name);
  const dir = MODULES[module]?.models;
  if (!dir) continue;
  const file = path.join(nodeModules, dir, `${name}.d.ts`);
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    continue;
  }
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
  const iface = sf.statements.find((st) => ts.isInterfaceDeclaration(st) && st.name.text === `I${name}`);
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
// 4. Write: one type per line so diffs stay readable.

const sortedNames = Object.keys(out).sort();
const lines = sortedNames.map((n) => `    ${JSON.stringify(n)}: ${JSON.stringify(out[n])}`);
const header = {
  source: `kubernetes-types@${typesVersion}; enums from kubernetes-models@${modelsVersion}`,
  docBase: 'https://kubernetes.io/docs/reference/kubernetes-api/',
  scalars: { Quantity: 'string|number', IntOrString: 'string|number', Time: 'string', MicroTime: 'string', Object: 'any' },
  kinds,
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

const fieldCount = Object.values(out).reduce((n, t) => n + Object.keys(t.f).length, 0);
console.log(
  `catalogue: ${sortedNames.length} types, ${fieldCount} fields, ${Object.keys(kinds).length} kinds, ` +
    `${report.enums} enums, ${report.numbers} number fields, ${report.newer} newer-version field names, ${(json.length / 1024).toFixed(0)} KiB → ${path.relative(root, OUT)}`,
);
if (report.missingSchemas.length) console.log(`no kubernetes-models schema for: ${report.missingSchemas.join(', ')}`);
if (report.requiredDiffs.length && process.argv.includes('--verbose')) {
  console.log(`required differs between kubernetes-types and OpenAPI:\n  ${report.requiredDiffs.join('\n  ')}`);
} else if (report.requiredDiffs.length) {
  console.log(`${report.requiredDiffs.length} required-field differences with the OpenAPI schema (--verbose lists them)`);
}
