#!/usr/bin/env node
/**
 * Builds src/graph/vocabulary/k8s-names.json: the *named things* of Kubernetes that are neither
 * REST API fields nor component configuration fields but that an expert recognises in a note —
 * admission plugins, scheduler framework plugins and extension points, kube-proxy modes, and the
 * well-known node labels and taints. Each name has its category and the concept kind it becomes
 * (`term`: the graph model has no better kind for a plugin, a mode or a label key).
 *
 * Source: Go files of kubernetes/kubernetes, listed in SOURCES with the path and the commit each
 * was read at. They are parsed with tree-sitter (the Go grammar of `tree-sitter-go`, run by
 * `web-tree-sitter`, the same parser as scripts/build-config-catalogue.mjs), never with regular
 * expressions over Go:
 * - admission plugins: the elements of `AllOrderedPlugins` in pkg/kubeapiserver/options/plugins.go,
 *   in execution order. Each element is `<package>.PluginName`; the plugin's name is the comment
 *   the file writes after it (the file documents every PluginName value there; the constants live
 *   in 40 packages). `defaultOn`: the element's package is among the `sets.New(...)` arguments of
 *   DefaultOffAdmissionPlugins' `defaultOnPlugins`.
 * - scheduler plugins: the string constants of pkg/scheduler/framework/plugins/names/names.go.
 * - scheduler extension points: the fields of the `Plugins` struct of the kube-scheduler
 *   configuration API (staging/src/k8s.io/kube-scheduler/config/v1/types.go), by their Go name
 *   (`PreFilter`, `Score`); `MultiPoint` is left out: it is a way to enable a plugin at every
 *   extension point it implements, not an extension point.
 * - kube-proxy modes: the constants of type `ProxyMode` in pkg/proxy/apis/config/types.go.
 * - well-known labels and annotations: the string constants of staging/src/k8s.io/api/core/v1/
 *   well_known_labels.go whose value is a key with a prefix (`kubernetes.io/hostname`); a
 *   constant named `Annotation…` is an annotation; a trailing `// deprecated` comment is kept.
 * - well-known taints: the string constants of staging/src/k8s.io/api/core/v1/well_known_taints.go.
 * - kubeadm's node labels, annotations and taints (cmd/kubeadm/app/constants/constants.go): the
 *   `Label…`/`Annotation…` constants whose value is a prefixed key, and the key of each `var` that
 *   is a `v1.Taint{…}` literal. A label that is also a taint key (`node-role.kubernetes.io/control-plane`)
 *   is one name, the label, marked `taint`.
 * - the taints of kubernetes/website's well-known taints page
 *   (content/en/docs/reference/labels-annotations-taints/taints.md, parsed with remark): every `###`
 *   heading, deprecated under "## Deprecated Taints" (`node-role.kubernetes.io/master`, which
 *   kubeadm no longer sets and so no current Go source names).
 * - kubectl commands: the first column (`` `drain` ``) of the table under "## Operations" of the
 *   kubectl reference page of kubernetes/website (content/en/docs/reference/kubectl/_index.md),
 *   parsed with remark (remark-parse + remark-gfm), as `kubectl drain`. kubectl's own Go sources
 *   give each command's name only in the `Use:` string of its package's constructor (40 packages);
 *   the page lists them in one table.
 *
 * Run: `node scripts/build-k8s-names.mjs --from <kubernetes checkout> --website <website checkout>`
 * (the roots of kubernetes/kubernetes and kubernetes/website working trees at, or near, the
 * commits below; only the listed files are read). `--check`: fail when the committed file differs from what the sources give. The output is
 * committed; the build only reads it. Names only: no descriptions are copied.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { goParser, sourceOptions } from './lib/go-sources.mjs';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(root, 'src/graph/vocabulary/k8s-names.json');
const REPO = 'kubernetes/kubernetes';

const FILES = {
  admission: { path: 'pkg/kubeapiserver/options/plugins.go', commit: '008b3652959ca58af8be3fb5b6ecfe9ae7638282' },
  schedulerPlugins: { path: 'pkg/scheduler/framework/plugins/names/names.go', commit: '07bca2d7919c192435949c53f81acff58d6f39eb' },
  schedulerConfig: { path: 'staging/src/k8s.io/kube-scheduler/config/v1/types.go', commit: '08ced910cf7fcea2f14052f3fab1a199eaf3064b' },
  proxyModes: { path: 'pkg/proxy/apis/config/types.go', commit: '008b3652959ca58af8be3fb5b6ecfe9ae7638282' },
  labels: { path: 'staging/src/k8s.io/api/core/v1/well_known_labels.go', commit: '4a0608cb77f6a53af41cb4a453af104a4d4a0610' },
  taints: { path: 'staging/src/k8s.io/api/core/v1/well_known_taints.go', commit: '0b9c780fbc427b598ad84caa32c50d174e20a626' },
  kubectl: { repo: 'kubernetes/website', path: 'content/en/docs/reference/kubectl/_index.md', commit: '006ccb40d1b5daf61f2beb47470524496fbfae96' },
  kubeadm: { path: 'cmd/kubeadm/app/constants/constants.go', commit: '3301161c36ac9c27854a7b4636139d4ebde43e72' },
  websiteTaints: { repo: 'kubernetes/website', path: 'content/en/docs/reference/labels-annotations-taints/taints.md', commit: '14e35bb5704567767e1f344ba7d7220630a3c03e' },
};
const SOURCE_INDEX = Object.fromEntries(Object.keys(FILES).map((k, i) => [k, i]));
/** A `Plugins` field that is a way of enabling plugins, not an extension point. */
const NOT_EXTENSION_POINTS = new Set(['MultiPoint']);

const { check, from, website } = sourceOptions('build-k8s-names', { from: 'kubernetes/kubernetes', website: 'kubernetes/website' });
const parser = await goParser();

function parse(key) {
  const file = FILES[key].path;
  const full = path.join(from, file);
  if (!existsSync(full)) {
    console.error(`build-k8s-names: ${full} not found (expected ${REPO} ${file} at ${FILES[key].commit}).`);
    process.exit(2);
  }
  const tree = parser.parse(readFileSync(full, 'utf8'));
  if (tree.rootNode.hasError) {
    console.error(`build-k8s-names: ${file} does not parse as Go.`);
    process.exit(2);
  }
  return tree.rootNode;
}

function fail(msg) {
  console.error(`build-k8s-names: ${msg}`);
  process.exit(2);
}

/** Every `const_spec` of a file: { name, type, value (string literal or undefined), comment (the line comment after it) }. */
function constSpecs(rootNode) {
  const out = [];
  for (const decl of rootNode.namedChildren) {
    if (decl.type !== 'const_declaration') continue;
    for (const spec of decl.namedChildren) {
      if (spec.type !== 'const_spec') continue;
      const name = spec.childForFieldName('name')?.text;
      const type = spec.childForFieldName('type')?.text;
      const lit = spec.childForFieldName('value')?.namedChildren[0];
      const value = lit?.type === 'interpreted_string_literal' ? JSON.parse(lit.text) : undefined;
      const next = spec.nextSibling;
      const comment = next?.type === 'comment' && next.startPosition.row === spec.endPosition.row ? next.text.replace(/^\/\/\s*/, '') : undefined;
      out.push({ name, type, value, comment });
    }
  }
  return out;
}

/** The node of a top-level `var`/function by name. */
function findVar(rootNode, name) {
  for (const decl of rootNode.namedChildren) {
    if (decl.type !== 'var_declaration') continue;
    for (const spec of decl.descendantsOfType('var_spec')) if (spec.childForFieldName('name')?.text === name) return spec;
  }
  return undefined;
}
function findFunc(rootNode, name) {
  return rootNode.namedChildren.find((d) => d.type === 'function_declaration' && d.childForFieldName('name')?.text === name);
}

/** `pkg.PluginName` elements of a literal or an argument list, with the line comment after each. */
function pluginElements(listNode) {
  const out = [];
  const kids = listNode.namedChildren;
  for (let i = 0; i < kids.length; i++) {
    let el = kids[i];
    if (el.type === 'literal_element') el = el.namedChildren[0];
    if (!el || el.type !== 'selector_expression') continue;
    const operand = el.childForFieldName('operand')?.text;
    const field = el.childForFieldName('field')?.text;
    if (field !== 'PluginName') continue;
    const c = kids[i + 1];
    const comment = c?.type === 'comment' && c.startPosition.row === kids[i].endPosition.row ? c.text.replace(/^\/\/\s*/, '') : undefined;
    out.push({ pkg: operand, comment });
  }
  return out;
}

const names = [];
const add = (name, category, source, extra = {}) => names.push({ name, category, kind: 'term', source: SOURCE_INDEX[source], ...extra });
/**
 * A name a later source gives again: the same category is the same thing (kept from the first
 * source); a well-known label that is also a taint key (`node-role.kubernetes.io/control-plane`)
 * stays one label, marked `taint`; anything else is a contradiction between the sources.
 */
function addOnce(name, category, source, extra = {}) {
  const prev = names.find((n) => n.name === name);
  if (!prev) return add(name, category, source, extra);
  if (prev.category === category) return undefined;
  if (prev.category === 'well-known-label' && category === 'well-known-taint') {
    prev.taint = true;
    return undefined;
  }
  return fail(`${name} is both ${prev.category} and ${category}`);
}

// admission plugins, in execution order
{
  const rootNode = parse('admission');
  const spec = findVar(rootNode, 'AllOrderedPlugins');
  const lit = spec?.descendantsOfType('literal_value')[0];
  if (!lit) fail('AllOrderedPlugins not found');
  const fn = findFunc(rootNode, 'DefaultOffAdmissionPlugins');
  const call = fn?.descendantsOfType('call_expression').find((c) => c.childForFieldName('function')?.text === 'sets.New');
  if (!call) fail('DefaultOffAdmissionPlugins: sets.New(...) not found');
  const defaultOn = new Set(pluginElements(call.childForFieldName('arguments')).map((e) => e.pkg));
  let order = 0;
  for (const e of pluginElements(lit)) {
    const m = /^([A-Z][A-Za-z]+)\b/.exec(e.comment ?? '');
    if (!m) fail(`AllOrderedPlugins: ${e.pkg}.PluginName has no comment naming the plugin`);
    add(m[1], 'admission-plugin', 'admission', { order: order++, defaultOn: defaultOn.has(e.pkg) });
  }
}

// scheduler framework plugins
for (const c of constSpecs(parse('schedulerPlugins'))) if (c.value) add(c.value, 'scheduler-plugin', 'schedulerPlugins');

// scheduler framework extension points: the fields of the configuration's Plugins struct
{
  const rootNode = parse('schedulerConfig');
  const spec = rootNode.descendantsOfType('type_spec').find((s) => s.childForFieldName('name')?.text === 'Plugins');
  const list = spec?.childForFieldName('type')?.namedChildren.find((c) => c.type === 'field_declaration_list');
  if (!list) fail('type Plugins struct not found');
  let order = 0;
  for (const fd of list.namedChildren) {
    if (fd.type !== 'field_declaration') continue;
    for (const id of fd.namedChildren.filter((c) => c.type === 'field_identifier')) {
      if (NOT_EXTENSION_POINTS.has(id.text)) continue;
      add(id.text, 'scheduler-extension-point', 'schedulerConfig', { order: order++ });
    }
  }
}

// kube-proxy modes
for (const c of constSpecs(parse('proxyModes'))) if (c.type === 'ProxyMode' && c.value) add(c.value, 'proxy-mode', 'proxyModes');

// well-known labels / annotations and taints: constants whose value is a prefixed key
const prefixedKey = /^[a-z0-9.-]+\.[a-z]+\/[A-Za-z0-9._-]+$/;
for (const c of constSpecs(parse('labels'))) {
  if (!c.value || !prefixedKey.test(c.value)) continue;
  add(c.value, c.name.startsWith('Annotation') ? 'well-known-annotation' : 'well-known-label', 'labels', /deprecated/i.test(c.comment ?? '') ? { deprecated: true } : {});
}
for (const c of constSpecs(parse('taints'))) if (c.value && prefixedKey.test(c.value)) add(c.value, 'well-known-taint', 'taints');

// kubeadm's node labels and annotations (`Label…`/`Annotation…` constants whose value is a prefixed
// key: node-role.kubernetes.io/control-plane) and the taints it applies: each `var` whose value is
// a `v1.Taint{Key: <constant>}` literal (ControlPlaneTaint)
{
  const rootNode = parse('kubeadm');
  const consts = constSpecs(rootNode);
  for (const c of consts) {
    if (!c.value || !prefixedKey.test(c.value)) continue;
    if (c.name.startsWith('Label')) addOnce(c.value, 'well-known-label', 'kubeadm');
    else if (c.name.startsWith('Annotation')) addOnce(c.value, 'well-known-annotation', 'kubeadm');
  }
  for (const spec of rootNode.descendantsOfType('var_spec')) {
    const lit = spec.childForFieldName('value')?.namedChildren[0];
    if (lit?.type !== 'composite_literal' || !/(^|\.)Taint$/.test(lit.childForFieldName('type')?.text ?? '')) continue;
    const keyed = lit.childForFieldName('body')?.namedChildren.filter((e) => e.type === 'keyed_element') ?? [];
    const key = keyed.find((e) => e.namedChildren[0]?.text === 'Key')?.namedChildren[1];
    const ref = key?.type === 'literal_element' ? key.namedChildren[0] : key;
    const value = ref?.type === 'interpreted_string_literal' ? JSON.parse(ref.text) : consts.find((c) => c.name === ref?.text)?.value;
    if (!value || !prefixedKey.test(value)) fail(`${FILES.kubeadm.path}: the Key of ${spec.childForFieldName('name')?.text} is no taint key`);
    addOnce(value, 'well-known-taint', 'kubeadm');
  }
}

// the taints of kubernetes/website's well-known taints page: each `###` heading is a taint key;
// those under "## Deprecated Taints" are deprecated (node-role.kubernetes.io/master)
{
  const file = FILES.websiteTaints.path;
  const full = path.join(website, file);
  if (!existsSync(full)) fail(`${full} not found (expected kubernetes/website ${file} at ${FILES.websiteTaints.commit}).`);
  const tree = unified().use(remarkParse).use(remarkGfm).parse(readFileSync(full, 'utf8'));
  const text = (n) => n.children.map((c) => c.value ?? '').join('').trim();
  let deprecated;
  let found = 0;
  for (const n of tree.children) {
    if (n.type !== 'heading') continue;
    if (n.depth === 2) deprecated = /deprecated/i.test(text(n));
    if (n.depth !== 3 || deprecated === undefined) continue;
    const key = text(n);
    if (!prefixedKey.test(key)) fail(`${file}: a taint heading that is no taint key: ${key}`);
    found++;
    const prev = names.find((x) => x.name === key);
    if (deprecated && prev) fail(`${file}: ${key} is deprecated here but current in another source`);
    addOnce(key, 'well-known-taint', 'websiteTaints', deprecated ? { deprecated: true } : {});
  }
  if (found === 0) fail(`${file}: no taint headings`);
}

// kubectl commands: the first column of the Operations table of the kubectl reference page
{
  const file = FILES.kubectl.path;
  const full = path.join(website, file);
  if (!existsSync(full)) fail(`${full} not found (expected kubernetes/website ${file} at ${FILES.kubectl.commit}).`);
  const tree = unified().use(remarkParse).use(remarkGfm).parse(readFileSync(full, 'utf8'));
  const at = tree.children.findIndex((n) => n.type === 'heading' && n.children.map((c) => c.value ?? '').join('').trim() === 'Operations');
  const table = at >= 0 ? tree.children.slice(at + 1).find((n) => n.type === 'table' || n.type === 'heading') : undefined;
  if (!table || table.type !== 'table') fail(`${file}: no table under "## Operations"`);
  for (const row of table.children.slice(1)) {
    const cell = row.children[0]?.children ?? [];
    const code = cell.length === 1 && cell[0].type === 'inlineCode' ? cell[0].value.trim() : undefined;
    if (!code || !/^[a-z][a-z-]*$/.test(code)) fail(`${file}: an Operations row whose first cell is not one command name`);
    add(`kubectl ${code}`, 'kubectl-command', 'kubectl');
  }
}

{
  const seen = new Map();
  for (const n of names) {
    const prev = seen.get(n.name);
    if (prev) fail(`${n.name} is both ${prev} and ${n.category}`);
    seen.set(n.name, n.category);
  }
}

const out = {
  generator: 'scripts/build-k8s-names.mjs (tree-sitter-go)',
  sources: Object.values(FILES).map((f) => ({ repo: f.repo ?? REPO, path: f.path, commit: f.commit })),
  names,
};
const text = `${JSON.stringify(out, null, 1)}\n`;
if (check) {
  const old = existsSync(OUT) ? readFileSync(OUT, 'utf8') : '';
  if (old !== text) {
    console.error(`${path.relative(root, OUT)} is stale: run node scripts/build-k8s-names.mjs --from <dir> --website <dir>`);
    process.exit(1);
  }
  console.log(`${path.relative(root, OUT)} is up to date`);
} else {
  writeFileSync(OUT, text);
  const counts = {};
  for (const n of names) counts[n.category] = (counts[n.category] ?? 0) + 1;
  console.log(`wrote ${path.relative(root, OUT)}: ${names.length} names (${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', ')}) from ${out.sources.length} files`);
}
