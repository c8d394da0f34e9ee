#!/usr/bin/env node
/**
 * Builds src/graph/vocabulary/config-kinds.json: the fields of the Kubernetes *component
 * configuration* APIs, which study notes explain as often as the REST API's objects but which
 * kubernetes-types does not describe (they are files the components read, not resources the
 * apiserver serves): KubeletConfiguration, KubeProxyConfiguration, KubeSchedulerConfiguration and
 * its plugin arguments, kubeadm's Init/Cluster/Join/Reset/UpgradeConfiguration, the apiserver's
 * EncryptionConfiguration / AdmissionConfiguration / AuthorizationConfiguration /
 * AuthenticationConfiguration / EgressSelectorConfiguration, the configuration of the PodSecurity and
 * EventRateLimit admission plugins (written alone or inside an AdmissionConfiguration), the audit
 * policy file (`kind: Policy`), the kubeconfig file (`kind: Config`), and meta/v1's DeleteOptions
 * (the body of a delete request: no resource the apiserver serves, so kubernetes-types gives it
 * no kind).
 *
 * Source: the Go type definitions in kubernetes/kubernetes, listed in SOURCES below with the
 * path and the commit each file was read at. The Go files are parsed with tree-sitter (the Go
 * grammar of `tree-sitter-go`, run by `web-tree-sitter`), never with regular expressions: every
 * struct type, its fields, their Go types and `json` tags, and the string constants of named
 * string types (enum values). A field's key is its `json` tag (what a YAML file writes); an
 * embedded struct with an inline tag contributes its fields; `metav1.TypeMeta` (apiVersion,
 * kind) is left out. Types from other packages are resolved when SOURCES lists the package
 * (component-base's ClientConnectionConfiguration …), read as their YAML scalar when they are one
 * (metav1.Duration is `Duration`, a string such as `10s`), kept by name when they are core API
 * types (`core:Taint`, typed in the field catalogue; an inlined embedded one is listed in the
 * type's `inline`) and opaque (`Object`) otherwise.
 *
 * One package is read from kubernetes/website's reference page generated from its Go types instead
 * (`reference` in SOURCES, scripts/lib/reference-page.mjs): where the Go file at hand is older than
 * the release notes are written for and the newer one is not (EncryptionConfiguration's KMS v2).
 * Such a page gives names and types, not enum values.
 *
 * Run: `node scripts/build-config-catalogue.mjs --from <kubernetes checkout> --website <website checkout>`
 * (the roots of kubernetes/kubernetes and kubernetes/website working trees at, or near, the commits
 * below; only the listed files are read). `--check`: fail when the committed file differs from what the sources give. The output
 * is committed; the build only reads it. No descriptions are copied: names, types and values only.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { goParser, sourceOptions } from './lib/go-sources.mjs';
import { readReferencePage } from './lib/reference-page.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(root, 'src/graph/vocabulary/config-kinds.json');
const REPO = 'kubernetes/kubernetes';

/**
 * Go packages read, by the import path other packages use for them. `files`: repository path →
 * commit it was read at. `kinds`: the package's top-level kinds with the apiVersion a file writes
 * (`named: false`: a kind whose name is an ordinary word, known only from a YAML example's `kind`).
 */
const SOURCES = [
  {
    importPath: 'k8s.io/kubelet/config/v1beta1',
    files: { 'staging/src/k8s.io/kubelet/config/v1beta1/types.go': '001332b0422071acf4860769f18e34b5e9b7c1bc' },
    imports: { metav1: 'k8s.io/apimachinery/pkg/apis/meta/v1', v1: 'k8s.io/api/core/v1' },
    kinds: [
      { kind: 'KubeletConfiguration', apiVersion: 'kubelet.config.k8s.io/v1beta1' },
      { kind: 'CredentialProviderConfig', apiVersion: 'kubelet.config.k8s.io/v1' },
    ],
  },
  {
    importPath: 'k8s.io/kube-proxy/config/v1alpha1',
    files: { 'staging/src/k8s.io/kube-proxy/config/v1alpha1/types.go': '052d2d84f95e90aa94868b51a48b1ae7a1c91152' },
    imports: { metav1: 'k8s.io/apimachinery/pkg/apis/meta/v1', componentbaseconfigv1alpha1: 'k8s.io/component-base/config/v1alpha1' },
    kinds: [{ kind: 'KubeProxyConfiguration', apiVersion: 'kubeproxy.config.k8s.io/v1alpha1' }],
  },
  {
    importPath: 'k8s.io/kube-scheduler/config/v1',
    files: {
      'staging/src/k8s.io/kube-scheduler/config/v1/types.go': '08ced910cf7fcea2f14052f3fab1a199eaf3064b',
      'staging/src/k8s.io/kube-scheduler/config/v1/types_pluginargs.go': '128a49b7154907e81b6658fdf8aa06818890e0ee',
    },
    imports: { metav1: 'k8s.io/apimachinery/pkg/apis/meta/v1', corev1: 'k8s.io/api/core/v1', componentbaseconfigv1alpha1: 'k8s.io/component-base/config/v1alpha1' },
    kinds: [
      { kind: 'KubeSchedulerConfiguration', apiVersion: 'kubescheduler.config.k8s.io/v1' },
      ...['DefaultPreemptionArgs', 'InterPodAffinityArgs', 'NodeResourcesFitArgs', 'PodTopologySpreadArgs', 'NodeResourcesBalancedAllocationArgs', 'VolumeBindingArgs', 'NodeAffinityArgs', 'DynamicResourcesArgs']
        .map((kind) => ({ kind, apiVersion: 'kubescheduler.config.k8s.io/v1' })),
    ],
  },
  {
    importPath: 'k8s.io/component-base/config/v1alpha1',
    files: { 'staging/src/k8s.io/component-base/config/v1alpha1/types.go': '01e8d0dd52a81f98898fe05a813c38e2bf6022d7' },
    imports: { metav1: 'k8s.io/apimachinery/pkg/apis/meta/v1' },
    kinds: [],
  },
  {
    importPath: 'k8s.io/kubernetes/cmd/kubeadm/app/apis/kubeadm/v1beta4',
    files: { 'cmd/kubeadm/app/apis/kubeadm/v1beta4/types.go': '1329935739c3aa007d23cb9a4dadfee9d59ff79b' },
    imports: { metav1: 'k8s.io/apimachinery/pkg/apis/meta/v1', corev1: 'k8s.io/api/core/v1' },
    kinds: ['InitConfiguration', 'ClusterConfiguration', 'JoinConfiguration', 'ResetConfiguration', 'UpgradeConfiguration']
      .map((kind) => ({ kind, apiVersion: 'kubeadm.k8s.io/v1beta4' })),
  },
  {
    // EncryptionConfiguration: the Go file at hand (staging/src/k8s.io/apiserver/pkg/apis/config/v1/types.go
    // at 05fdbb201ffbaff4e92f0899f9e2ca038febb88d) predates KMS v2: its KMSConfiguration has no
    // `apiVersion` (added in 1.25; `apiVersion: v2` selects KMS v2, GA in 1.29), so a v1.30 file was
    // reported as having an unknown field. The types are read instead from the reference page
    // kubernetes/website generates from this package's Go types, at a commit whose page has it
    // (scripts/lib/reference-page.mjs). To go back to Go: the types.go of a v1.29+ tag.
    importPath: 'k8s.io/apiserver/pkg/apis/config/v1',
    reference: {
      repo: 'kubernetes/website',
      path: 'content/en/docs/reference/config-api/apiserver-encryption.v1.md',
      commit: '13c25bb940dbd1a899f8bcaf05b8ab6b6c57bb01',
      anchorPrefix: 'apiserver-config-k8s-io-v1-',
    },
    kinds: [{ kind: 'EncryptionConfiguration', apiVersion: 'apiserver.config.k8s.io/v1' }],
  },
  {
    importPath: 'k8s.io/apiserver/pkg/apis/apiserver/v1',
    files: { 'staging/src/k8s.io/apiserver/pkg/apis/apiserver/v1/types.go': '304df40441a07c1b616c601f45a48861161957a4' },
    imports: { metav1: 'k8s.io/apimachinery/pkg/apis/meta/v1' },
    kinds: [
      { kind: 'AdmissionConfiguration', apiVersion: 'apiserver.config.k8s.io/v1' },
      { kind: 'AuthorizationConfiguration', apiVersion: 'apiserver.config.k8s.io/v1' },
    ],
  },
  {
    importPath: 'k8s.io/apiserver/pkg/apis/apiserver/v1beta1',
    files: { 'staging/src/k8s.io/apiserver/pkg/apis/apiserver/v1beta1/types.go': '05cb0a55c88e0cdcfe2fb184328ad9be53e94d5c' },
    imports: { metav1: 'k8s.io/apimachinery/pkg/apis/meta/v1' },
    kinds: [
      { kind: 'AuthenticationConfiguration', apiVersion: 'apiserver.config.k8s.io/v1beta1' },
      { kind: 'EgressSelectorConfiguration', apiVersion: 'apiserver.k8s.io/v1beta1' },
    ],
  },
  {
    importPath: 'k8s.io/pod-security-admission/admission/api/v1',
    files: { 'staging/src/k8s.io/pod-security-admission/admission/api/v1/types.go': '4966917a139d6a29f8ef316ceb405b171bb362c2' },
    imports: { metav1: 'k8s.io/apimachinery/pkg/apis/meta/v1' },
    // the PodSecurity admission plugin's configuration (`plugins[].configuration` of an AdmissionConfiguration)
    kinds: [{ kind: 'PodSecurityConfiguration', apiVersion: 'pod-security.admission.config.k8s.io/v1' }],
  },
  {
    importPath: 'k8s.io/kubernetes/plugin/pkg/admission/eventratelimit/apis/eventratelimit/v1alpha1',
    files: { 'plugin/pkg/admission/eventratelimit/apis/eventratelimit/v1alpha1/types.go': '121460defea7874f50c64bb8de51018a86c6eef3' },
    imports: { metav1: 'k8s.io/apimachinery/pkg/apis/meta/v1' },
    // the EventRateLimit admission plugin's configuration: `kind: Configuration`, an ordinary word
    kinds: [{ kind: 'Configuration', apiVersion: 'eventratelimit.admission.k8s.io/v1alpha1', named: false }],
  },
  {
    importPath: 'k8s.io/apiserver/pkg/apis/audit/v1',
    files: { 'staging/src/k8s.io/apiserver/pkg/apis/audit/v1/types.go': '0a40c4e8a5678c0e8f4d01291875b754b0fc76fa' },
    imports: { metav1: 'k8s.io/apimachinery/pkg/apis/meta/v1' },
    // the audit policy file (--audit-policy-file): `kind: Policy`, an ordinary word
    kinds: [{ kind: 'Policy', apiVersion: 'audit.k8s.io/v1', named: false }],
  },
  {
    importPath: 'k8s.io/apimachinery/pkg/apis/meta/v1',
    files: { 'staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/types.go': '007b1173faf533318108a04b3fdc227173aa4cb1' },
    imports: { types: 'k8s.io/apimachinery/pkg/types' },
    // the body of a DELETE request (`kubectl proxy` + curl, client libraries): no resource the
    // apiserver serves, so kubernetes-types gives it no kind; the core group's `v1` is how it is written
    kinds: [{ kind: 'DeleteOptions', apiVersion: 'v1' }],
  },
  {
    importPath: 'k8s.io/client-go/tools/clientcmd/api/v1',
    files: { 'staging/src/k8s.io/client-go/tools/clientcmd/api/v1/types.go': '03a3b6c76bbf7ce7ca39ee5c53cc27f0572911bc' },
    imports: {},
    // the kubeconfig file: `kind: Config` (a word too common to name the kind in prose)
    kinds: [{ kind: 'Config', apiVersion: 'v1', named: false }],
  },
];

/**
 * Go types of other packages that YAML writes as a scalar, by the field catalogue's name for it:
 * a metav1.Duration is a string Go's time.ParseDuration reads (`10s`, `2m0s`), checked as such.
 */
const SCALAR_TYPES = {
  'k8s.io/apimachinery/pkg/apis/meta/v1.Duration': 'Duration',
  'k8s.io/apimachinery/pkg/apis/meta/v1.Time': 'Time',
  'k8s.io/apimachinery/pkg/apis/meta/v1.MicroTime': 'MicroTime',
  'k8s.io/apimachinery/pkg/types.UID': 'string',
};
/** Packages whose types are the core API's (typed in the field catalogue under the same name). */
const CORE_PACKAGE = 'k8s.io/api/core/v1';
const GO_SCALARS = {
  string: 'string', bool: 'boolean', byte: 'integer', rune: 'integer',
  int: 'integer', int8: 'integer', int16: 'integer', int32: 'integer', int64: 'integer',
  uint: 'integer', uint8: 'integer', uint16: 'integer', uint32: 'integer', uint64: 'integer',
  float32: 'number', float64: 'number',
};

const { check, from, website } = sourceOptions('build-config-catalogue', { from: 'kubernetes/kubernetes', website: 'kubernetes/website' });
const parser = await goParser();

const structs = new Map(); // `${importPath}.${Name}` → { pkg, fields: node[] }
const stringTypes = new Map(); // `${importPath}.${Name}` → enum values
const named = new Map(); // `${importPath}.${Name}` → underlying type node (non-struct named types)

/** Struct types read from a reference page: `${importPath}.${Name}` → { pkg, fields: [{ key, type }] }. */
const refStructs = new Map();
for (const pkg of SOURCES) {
  if (!pkg.reference) continue;
  const full = path.join(website, pkg.reference.path);
  if (!existsSync(full)) {
    console.error(`build-config-catalogue: ${full} not found (expected ${pkg.reference.repo} ${pkg.reference.path} at ${pkg.reference.commit}).`);
    process.exit(2);
  }
  let page;
  try {
    page = readReferencePage(readFileSync(full, 'utf8'), pkg.reference.anchorPrefix, pkg.reference.path);
  } catch (e) {
    console.error(`build-config-catalogue: ${e.message}`);
    process.exit(2);
  }
  for (const [name, fields] of page) refStructs.set(`${pkg.importPath}.${name}`, { pkg, fields });
}

/** The `importPath.Name` keys a reference page's field type refers to. */
function refReferenced(type, pkg, out) {
  if (type.list) return refReferenced(type.list, pkg, out);
  if (type.map) return refReferenced(type.map, pkg, out);
  if (type.local) out.push(`${pkg.importPath}.${type.local}`);
  if (type.qualified) out.push(type.qualified);
  return out;
}

for (const pkg of SOURCES) {
  for (const file of Object.keys(pkg.files ?? {})) {
    const full = path.join(from, file);
    if (!existsSync(full)) {
      console.error(`build-config-catalogue: ${full} not found (expected ${REPO} ${file} at ${pkg.files[file]}).`);
      process.exit(2);
    }
    const tree = parser.parse(readFileSync(full, 'utf8'));
    if (tree.rootNode.hasError) {
      console.error(`build-config-catalogue: ${file} does not parse as Go.`);
      process.exit(2);
    }
    for (const decl of tree.rootNode.namedChildren) {
      if (decl.type === 'type_declaration') {
        for (const spec of decl.namedChildren) {
          if (spec.type !== 'type_spec') continue;
          const name = spec.childForFieldName('name').text;
          const type = spec.childForFieldName('type');
          const key = `${pkg.importPath}.${name}`;
          if (type.type === 'struct_type') structs.set(key, { pkg, node: type });
          else named.set(key, { pkg, node: type });
        }
      } else if (decl.type === 'const_declaration') {
        for (const spec of decl.namedChildren) {
          if (spec.type !== 'const_spec') continue;
          const t = spec.childForFieldName('type');
          const value = spec.childForFieldName('value');
          if (!t || !value || t.type !== 'type_identifier') continue;
          const lit = value.namedChildren[0];
          if (!lit || lit.type !== 'interpreted_string_literal') continue;
          const key = `${pkg.importPath}.${t.text}`;
          const list = stringTypes.get(key) ?? [];
          list.push(JSON.parse(lit.text));
          stringTypes.set(key, list);
        }
      }
    }
  }
}

/** Go types a type node refers to, as `importPath.Name` keys (for the reachability pass). */
function referenced(node, pkg, out) {
  if (node.type === 'type_identifier') out.push(`${pkg.importPath}.${node.text}`);
  else if (node.type === 'qualified_type') {
    const importPath = pkg.imports[node.childForFieldName('package').text];
    if (importPath !== undefined) out.push(`${importPath}.${node.childForFieldName('name').text}`);
  } else for (const c of node.namedChildren) if (c.type !== 'raw_string_literal' && c.type !== 'field_identifier') referenced(c, pkg, out);
  return out;
}

/** The struct types reachable from the listed kinds (a package's other types are not emitted). */
const reachable = new Set();
{
  const queue = SOURCES.flatMap((pkg) => pkg.kinds.map((k) => `${pkg.importPath}.${k.kind}`));
  while (queue.length > 0) {
    const key = queue.shift();
    if (reachable.has(key)) continue;
    const s = structs.get(key);
    const n = named.get(key);
    const r = refStructs.get(key);
    if (r) {
      reachable.add(key);
      for (const f of r.fields) queue.push(...refReferenced(f.type, r.pkg, []));
    } else if (s) {
      reachable.add(key);
      queue.push(...referenced(s.node, s.pkg, []));
    } else if (n) queue.push(...referenced(n.node, n.pkg, []));
  }
}

/** Short, unique name of a struct type in the output: `KubeletConfiguration`, or `Name@importPath` when two packages share it. */
const shortNames = new Map();
{
  const counts = new Map();
  for (const key of reachable) {
    const n = key.slice(key.lastIndexOf('.') + 1);
    counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  for (const key of reachable) {
    const n = key.slice(key.lastIndexOf('.') + 1);
    shortNames.set(key, counts.get(n) > 1 ? `${n}@${key.slice(0, key.lastIndexOf('.'))}` : n);
  }
}

/** Resolve a Go type node to the catalogue's type string (`string`, `[]X`, `map[string]X`, a struct name, `core:Taint`, `Object`). */
function typeString(node, pkg) {
  switch (node.type) {
    case 'pointer_type':
      return typeString(node.namedChildren[0], pkg);
    case 'slice_type': {
      const el = node.childForFieldName('element');
      if (el.text === 'byte') return 'string'; // []byte is base64 text in YAML
      return `[]${typeString(el, pkg)}`;
    }
    case 'map_type':
      return `map[string]${typeString(node.childForFieldName('value'), pkg)}`;
    case 'type_identifier': {
      if (GO_SCALARS[node.text]) return GO_SCALARS[node.text];
      return resolveNamed(`${pkg.importPath}.${node.text}`);
    }
    case 'qualified_type': {
      const alias = node.childForFieldName('package').text;
      const name = node.childForFieldName('name').text;
      const importPath = pkg.imports[alias];
      if (importPath === undefined) return 'Object';
      if (importPath === CORE_PACKAGE) return `core:${name}`;
      const full = `${importPath}.${name}`;
      if (SCALAR_TYPES[full]) return SCALAR_TYPES[full];
      return resolveNamed(full);
    }
    default:
      return 'Object';
  }
}

function resolveNamed(full) {
  if (structs.has(full) || refStructs.has(full)) return shortNames.get(full) ?? 'Object';
  const n = named.get(full);
  if (n) return typeString(n.node, n.pkg);
  return 'Object';
}

/** Key a field is written with: its json tag's name; '' for an inlined embedded struct; undefined for `json:"-"`. */
function jsonKey(tagNode, goName) {
  if (!tagNode) return goName;
  const tag = tagNode.text.replace(/^`|`$/g, '');
  const m = /(?:^|\s)json:"([^"]*)"/.exec(tag);
  if (!m) return goName;
  const name = m[1].split(',')[0];
  if (name === '-') return undefined;
  return name;
}

const types = {};
function emitStruct(full) {
  const short = shortNames.get(full);
  if (types[short]) return short;
  const spec = { f: {} };
  types[short] = spec;
  const ref = refStructs.get(full);
  if (ref) {
    for (const f of ref.fields) spec.f[f.key] = refFieldSpec(f.type, ref.pkg);
    return short;
  }
  const { pkg, node } = structs.get(full);
  const list = node.namedChildren.find((c) => c.type === 'field_declaration_list');
  for (const fd of list?.namedChildren ?? []) {
    if (fd.type !== 'field_declaration') continue;
    const typeNode = fd.childForFieldName('type');
    const tag = fd.childForFieldName('tag');
    const names = fd.namedChildren.filter((c) => c.type === 'field_identifier').map((c) => c.text);
    if (names.length === 0) {
      // embedded: TypeMeta is apiVersion/kind; another struct inlines its fields
      if (/(^|\.)TypeMeta$/.test(typeNode.text)) continue;
      // encoding/json inlines an embedded struct written without a name of its own
      const key = jsonKey(tag, typeNode.text.split('.').pop());
      const t = typeString(typeNode, pkg);
      const inner = structByShort(t);
      if (inner && (tag === null || key === '')) {
        Object.assign(spec.f, types[emitStruct(inner)].f);
        continue;
      }
      // an inlined core API type (kubeadm's EnvVar is a corev1.EnvVar): its fields are the
      // field catalogue's, named here as `inline`
      if (t.startsWith('core:') && (tag === null || key === '')) {
        (spec.inline ??= []).push(t);
        continue;
      }
      if (key) spec.f[key] = fieldSpec(typeNode, pkg);
      continue;
    }
    for (const goName of names) {
      const key = jsonKey(tag, goName);
      if (!key) continue;
      spec.f[key] = fieldSpec(typeNode, pkg);
    }
  }
  return short;
}

function structByShort(short) {
  for (const [full, s] of shortNames) if (s === short) return full;
  return undefined;
}

function fieldSpec(typeNode, pkg) {
  const t = typeString(typeNode, pkg);
  const out = { t };
  // enum values: the constants of the field's named string type
  let inner = typeNode;
  while (inner.type === 'pointer_type') inner = inner.namedChildren[0];
  // a list of a named string type (audit's `omitStages: []Stage`): each item is one of the values
  if (inner.type === 'slice_type' && inner.childForFieldName('element')?.type === 'type_identifier') inner = inner.childForFieldName('element');
  if (inner.type === 'type_identifier') {
    const values = stringTypes.get(`${pkg.importPath}.${inner.text}`);
    if (values && (t === 'string' || t === '[]string')) out.e = [...values];
  }
  // reach the struct types the field uses
  const base = t.replace(/^(\[\]|map\[string\])+/, '');
  const full = structByShort(base);
  if (full) emitStruct(full);
  return out;
}

/** A reference page's field type as the catalogue's type string (the same strings the Go reader gives). */
function refTypeString(type, pkg) {
  if (type.list) return `[]${refTypeString(type.list, pkg)}`;
  if (type.map) return `map[string]${refTypeString(type.map, pkg)}`;
  if (type.local) return resolveNamed(`${pkg.importPath}.${type.local}`);
  if (type.core) return `core:${type.core}`;
  if (type.qualified) return SCALAR_TYPES[type.qualified] ?? resolveNamed(type.qualified);
  if (type.scalar) return GO_SCALARS[type.scalar] ?? 'Object';
  return 'Object';
}

function refFieldSpec(type, pkg) {
  const t = refTypeString(type, pkg);
  const full = structByShort(t.replace(/^(\[\]|map\[string\])+/, ''));
  if (full) emitStruct(full);
  return { t };
}

const kinds = {};
for (const pkg of SOURCES) {
  for (const k of pkg.kinds) {
    const full = `${pkg.importPath}.${k.kind}`;
    if (!structs.has(full) && !refStructs.has(full)) {
      console.error(`build-config-catalogue: ${k.kind} not found in ${pkg.importPath}.`);
      process.exit(2);
    }
    kinds[k.kind] = { apiVersion: k.apiVersion, type: emitStruct(full), ...(k.named === false ? { named: false } : {}) };
  }
}

const sortedTypes = Object.fromEntries(Object.keys(types).sort().map((k) => [k, types[k]]));
const out = {
  generator: 'scripts/build-config-catalogue.mjs (tree-sitter-go)',
  sources: SOURCES.flatMap((p) => (p.reference ? [{ repo: p.reference.repo, path: p.reference.path, commit: p.reference.commit }] : Object.entries(p.files).map(([file, commit]) => ({ repo: REPO, path: file, commit })))),
  kinds,
  types: sortedTypes,
};
const text = `${JSON.stringify(out, null, 1)}\n`;
if (check) {
  const old = existsSync(OUT) ? readFileSync(OUT, 'utf8') : '';
  if (old !== text) {
    console.error(`${path.relative(root, OUT)} is stale: run node scripts/build-config-catalogue.mjs --from <dir>`);
    process.exit(1);
  }
  console.log(`${path.relative(root, OUT)} is up to date`);
} else {
  writeFileSync(OUT, text);
  const fields = Object.values(types).reduce((n, t) => n + Object.keys(t.f).length, 0);
  console.log(`wrote ${path.relative(root, OUT)}: ${Object.keys(kinds).length} kinds, ${Object.keys(types).length} types, ${fields} fields from ${out.sources.length} files`);
}
