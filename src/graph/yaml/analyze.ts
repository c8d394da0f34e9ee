/**
 * YAML examples: parse a fenced code block, find every key with its path and position, map
 * paths to Pod-relative field paths, look fields up in the Kubernetes field catalogue and check
 * the manifest against the API schema.
 *
 * Positions: a `YamlKey`'s `line`/`column` are 1-based within the code. A `Diagnostic`'s
 * `line`/`column` are in the note file: `source.line` is the note line of the code's FIRST
 * line (the line after the opening fence) and `source.column` the note column where the code's
 * text starts (1 unless the fence is indented, e.g. inside a list item), so a finding at code
 * line L, column C is reported at note line `source.line + L - 1`, column `source.column + C - 1`.
 *
 * What is checked (all findings are warnings):
 * - every document: YAML syntax (`yaml-syntax`);
 * - manifests of a checked (apiVersion, kind) pair of the catalogue: types (`yaml-type`), enum
 *   values (`yaml-enum`), unknown fields (`yaml-unknown-field`, with a suggestion) and missing
 *   required fields (`yaml-missing-field`, not for a field an unknown key of the same mapping
 *   was reported as a misspelling of, `verb` for `verbs`; never in a document with a `...` omission line: the
 *   author said that lines were left out; nor in one headed by a patch file's name,
 *   `# replica-patch.yaml`: a Kustomize or kubectl patch is partial by design);
 * - an apiVersion Kubernetes no longer serves for a known kind (`extensions/v1beta1` Ingress),
 *   or one of a Kubernetes API group that never served it (`apps/v1` Service): `yaml-api-version`,
 *   naming the apiVersion to write; a misspelt kind in a Kubernetes API group: `yaml-unknown-kind`;
 * - fragments (no apiVersion/kind, e.g. `spec:` with `...`): the same except missing fields;
 * - component configuration files (KubeletConfiguration, kubeadm's ClusterConfiguration,
 *   EncryptionConfiguration, the kubeconfig `Config` …; catalogue.ts presents their Go-derived
 *   types as `cfg:` types): the same checks with the same walker, never missing fields (the Go
 *   types mark none required); a scheduler plugin's `args` as its `<name>Args` kind; an
 *   apiVersion of another group is `yaml-api-version` naming the known one (`planConfig`);
 * - strings with a format: Go durations (`Duration`) and quantities (`Quantity`);
 * - manifests the catalogue has no schema for (custom resources such as a Kustomization, other
 *   served versions such as `autoscaling/v1` HPA or `kubeadm.k8s.io/v1beta3`): listed in
 *   `unchecked` (with the checked versions of a known kind), never silently passed;
 * - anything else (YAML that is not a manifest): keys only;
 * - a Helm template (`{{ .Values.x }}`): its keys as above, never its values or its syntax, and an
 *   excerpt cut from inside a manifest whose later lines climb out of its first lines' level: read
 *   as written, no syntax error (parse.ts, excerpt.ts).
 */
import { isAlias, isMap, isScalar, isSeq, visit } from 'yaml';
import type { Document, Node as YamlNode, YAMLMap } from 'yaml';
import type { Diagnostic, SourceRef, YamlKey } from '../model.ts';
import {
  catalogueKinds,
  checkApiVersion,
  checkConfigApiVersion,
  configKindsOfGroup,
  configRootType,
  displayTypeName,
  ecosystemProject,
  embeddedConfigType,
  fieldInfo,
  fieldSpec,
  isBuiltinGroup,
  isConfigGroup,
  isConfigKind,
  isEcosystemKind,
  isEcosystemType,
  isFileKind,
  kindApiVersion,
  kindApiVersions,
  kindType,
  kindsOfGroup,
  rootTypeName,
  shapeOf,
  typeSpec,
} from './catalogue.ts';
import type { FieldSpec, TypeSpec, ValueShape } from './catalogue.ts';
import {
  apiVersionFinding,
  configApiVersionFinding,
  enumFinding,
  formatFinding,
  missingFieldFinding,
  removedApiFinding,
  suggest,
  typeFinding,
  unknownFieldFinding,
  unknownKindFinding,
  said,
  hinted,
} from './findings.ts';
import type { Finding } from './findings.ts';
import type { FindingKey } from '../diagnostics.ts';
import { isOmissionValue } from './omission.ts';
import { parseYamlCode, positionOf } from './parse.ts';
import type { ParsedYaml } from './parse.ts';
import { toPodPath } from './pod-path.ts';

export interface YamlAnalysis {
  /** `kind` of each document. */
  kinds: string[];
  keys: YamlKey[];
  /** Distinct Pod-relative (else manifest) field paths, sorted. */
  fieldPaths: string[];
  /** Positions are in the note file (source.line + line within code - 1). */
  diagnostics: Diagnostic[];
  /** Manifests whose kind/apiVersion the catalogue has no schema for, in order, without repeats. */
  unchecked: UncheckedManifest[];
}

/** A manifest that was not checked: `apiVersion` is '' when the document has none. */
export interface UncheckedManifest {
  kind: string;
  apiVersion: string;
  /** For a known kind at another version of its API group: the apiVersions that are checked. */
  known?: string[];
}

export { lookupField } from './catalogue.ts';

const YAML_TAGS = new Set(['yaml', 'yml']);
/** A key as people write them in manifests and config files: no spaces, no shell syntax. */
const PLAIN_KEY = /^[A-Za-z_][\w.\-/]*$/;

/** True when a fenced block should be treated as YAML: tagged yaml/yml, or untagged and parses as a YAML mapping that looks like a manifest or config (not shell or command output). */
export function isYamlBlock(lang: string, code: string): boolean {
  const l = lang.trim().toLowerCase();
  if (YAML_TAGS.has(l)) return true;
  if (l !== '') return false;
  if (!code.includes(':')) return false;
  const parsed = parseYamlCode(code);
  if (parsed.docs.length === 0) return false;
  let first: YamlNode | undefined;
  for (const doc of parsed.docs) {
    if (doc.errors.length) return false;
    const c = doc.contents;
    if (c === null) continue;
    if (!isMap(c)) return false;
    first ??= c;
  }
  return first !== undefined && looksLikeYamlMapping(first);
}

/** A Kubernetes manifest's first keys, each at the start of a line: `apiVersion: …` and `kind: …`. */
const MANIFEST_LINES = [/^apiVersion:[ \t]*\S/m, /^kind:[ \t]*\S/m];

/**
 * lead47: the keys a fragment of a manifest opens on (`spec:` then indented keys, the way notes quote the part they
 * talk about): a manifest's own top-level fields and a Pod template's. Counted before it was built: 103 untagged
 * fences of the dev chapters, the bundled content and the fixtures open so, every one parses (no finding); a learner's
 * fragment with its indentation broken was shown as plain text and said nothing.
 */
export const FRAGMENT_OPENING_KEYS: readonly string[] = ['metadata', 'spec', 'status', 'data', 'stringData', 'rules', 'subjects', 'roleRef', 'webhooks', 'template', 'containers', 'initContainers', 'volumes'];
const FRAGMENT_OPENING = new RegExp(`^(?:${FRAGMENT_OPENING_KEYS.join('|')}):[ \\t]*(?:#.*)?$`);

/** Whether an untagged fence is plainly a manifest, or a fragment of one: its first line (comments aside) one of FRAGMENT_OPENING_KEYS alone, and an indented key below it. */
function plainlyManifest(code: string): 'manifest' | 'fragment' | undefined {
  if (MANIFEST_LINES.every((re) => re.test(code))) return 'manifest';
  const first = code.split('\n').find((l) => l.trim() !== '' && !/^\s*#/.test(l));
  return first !== undefined && FRAGMENT_OPENING.test(first) && /\n[ \t]+[\w-]+:/.test(code) ? 'fragment' : undefined;
}

/**
 * An untagged fence that `isYamlBlock` does not take as YAML because it does not parse, although it
 * is plainly a manifest (`apiVersion:` and `kind:` at the start of lines) or a fragment of one (lead47:
 * `spec:` then indented keys, FRAGMENT_OPENING_KEYS): its first syntax error,
 * said so (the fence is shown as plain text and not checked), else undefined. An author's
 * omission (`...`) is no error here either.
 */
export function untaggedManifestSyntax(code: string): Finding | undefined {
  const shape = plainlyManifest(code);
  if (shape === undefined) return undefined;
  const parsed = parseYamlCode(code);
  for (const doc of parsed.docs) {
    const f = syntaxFinding(parsed, doc);
    if (!f) continue;
    return { ...f, ...said(shape === 'manifest' ? 'finding.yaml-untagged-syntax' : 'finding.yaml-untagged-fragment-syntax', { error: parserMessage(doc.errors[0]!) }) };
  }
  return undefined;
}

function looksLikeYamlMapping(node: YamlNode): boolean {
  if (!isMap(node) || node.items.length === 0) return false;
  let hasManifestKey = false;
  let hasNested = false;
  let lowerCamel = 0;
  for (const pair of node.items) {
    const name = keyName(pair.key);
    if (name === undefined || !PLAIN_KEY.test(name)) return false;
    if (name === 'apiVersion' || name === 'kind') hasManifestKey = true;
    if (/^[a-z]/.test(name)) lowerCamel++;
    if (isMap(pair.value) || isSeq(pair.value)) hasNested = true;
  }
  if (hasManifestKey) return true;
  // Command output such as `Name: nginx` / `Events:` uses capitalised labels.
  if (lowerCamel !== node.items.length) return false;
  return hasNested || node.items.length >= 2;
}

function keyName(key: unknown): string | undefined {
  if (isScalar(key)) {
    if (typeof key.source === 'string') return key.source;
    if (key.value === null || key.value === undefined) return undefined;
    return String(key.value);
  }
  return undefined;
}

function scalarString(node: unknown): string | undefined {
  return isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
}

// ---------------------------------------------------------------------------------------------
// What each document is

interface DocPlan {
  /** The document's own `kind`. */
  kind?: string;
  /** Kind used for Pod-relative paths. */
  pathKind?: string;
  /** Path of the document root inside a whole manifest of `pathKind` (fragments rooted below the object). */
  prefix: string;
  /** Catalogue type name of the document root, when known. */
  rootType?: string;
  /** Types, enums and unknown fields. */
  checks: boolean;
  /** Missing required fields (whole manifests only). */
  required: boolean;
  /**
   * A custom resource of an ecosystem project: required fields are those of the project's own
   * types only. A Kubernetes type it embeds may be completed by the project (Knative names a
   * Service's only container `user-container`), so there only types, enums and unknown fields
   * are checked.
   */
  ecosystem?: boolean;
  /** A finding about the document's apiVersion or kind. */
  finding?: Finding;
  /** Set when the document is a manifest the catalogue has no schema for. */
  unchecked?: UncheckedManifest;
  /** Set for a component configuration file (KubeletConfiguration …): its kind and apiVersion. */
  config?: { kind: string; apiVersion: string };
}

const KEYS_ONLY: DocPlan = { prefix: '', checks: false, required: false };

/** Kinds a kindless `spec:` fragment is read as only when no other kind fits it as well. */
const LEGACY_KINDS: ReadonlySet<string> = new Set(['ReplicationController', 'PodTemplate', 'ControllerRevision', 'ComponentStatus']);

/** Fragments that are not rooted at an object: tried in order when all top-level keys fit. */
const FRAGMENT_ROOTS: readonly { type: string; prefix: string }[] = [
  { type: 'PodSpec', prefix: 'spec.' },
  { type: 'Container', prefix: 'spec.containers[].' },
];

function topLevelNames(map: YAMLMap): string[] | undefined {
  const names: string[] = [];
  for (const pair of map.items) {
    const n = keyName(pair.key);
    if (n === undefined) return undefined;
    names.push(n);
  }
  return names;
}

function allKnown(spec: TypeSpec, names: readonly string[]): boolean {
  return names.length > 0 && names.every((n) => fieldSpec(spec, n) !== undefined);
}

function planDocument(parsed: ParsedYaml, doc: Document.Parsed): DocPlan {
  const c = doc.contents;
  if (!isMap(c)) return KEYS_ONLY;
  const kindNode = c.get('kind', true);
  const apiVersionNode = c.get('apiVersion', true);
  const kind = scalarString(kindNode);
  const apiVersion = scalarString(apiVersionNode);
  const clean = doc.errors.length === 0;
  // A configuration kind, unless the name is also an API kind's and the apiVersion is not the
  // configuration's: Kyverno's `Policy` (kyverno.io) is not the audit Policy, Knative's
  // `Configuration` (serving.knative.dev) not a component's.
  if (kind !== undefined && isConfigKind(kind) && !(kindApiVersion(kind) !== undefined && (!isEcosystemKind(kind) || (apiVersion !== undefined && ecosystemProject(apiVersion) !== undefined)))) {
    return planConfig(parsed, c, kind, apiVersion, clean);
  }
  if (kind !== undefined) {
    const plan: DocPlan = { kind, pathKind: kind, prefix: '', checks: false, required: false };
    const preferred = kindApiVersion(kind);
    const preferredRoot = preferred === undefined ? undefined : rootTypeName(preferred, kind);
    if (apiVersion === undefined) {
      // A manifest without apiVersion (an excerpt): checked as the preferred version, nothing required.
      // Not a custom resource of an ecosystem project: its name may be another project's
      // (a kustomization.yaml's `kind: Kustomization` is kustomize's, not Flux's).
      if (preferredRoot === undefined || isEcosystemKind(kind)) return { ...plan, unchecked: { kind, apiVersion: '' } };
      return { ...plan, rootType: preferredRoot, checks: clean };
    }
    const at = nodeStart(parsed, (apiVersionNode ?? c) as YamlNode);
    const check = checkApiVersion(apiVersion, kind);
    switch (check.state) {
      case 'checked': {
        const out: DocPlan = { ...plan, rootType: check.rootType, checks: clean, required: clean };
        if (ecosystemProject(apiVersion) !== undefined) out.ecosystem = true;
        return out;
      }
      case 'removed':
        // Keys are still described with the current version's types (tooltips, field paths).
        return { ...plan, rootType: preferredRoot, finding: removedApiFinding(apiVersion, kind, check, at.line, at.column) };
      case 'wrong-api-version':
        return { ...plan, rootType: preferredRoot, finding: apiVersionFinding(apiVersion, kind, check.use, at.line, at.column) };
      case 'unchecked': {
        const out: DocPlan = { ...plan, unchecked: { kind, apiVersion } };
        if (check.related) {
          out.rootType = preferredRoot;
          out.unchecked!.known = kindApiVersions(kind);
        }
        // `apps/v1` with `kind: Deploymnet`: a Kubernetes group serves a known set of kinds (and
        // `kubelet.config.k8s.io/v1beta1` with `kind: KubeletConfig`, a configuration group).
        const groupKinds = isBuiltinGroup(apiVersion) ? kindsOfGroup(apiVersion) : isConfigGroup(apiVersion) ? configKindsOfGroup(apiVersion) : [];
        if (preferred === undefined && groupKinds.length > 0 && !isFileKind(apiVersion, kind)) {
          const near = suggest(kind, groupKinds);
          if (near !== undefined && near !== kind) {
            const k = nodeStart(parsed, (kindNode ?? c) as YamlNode);
            return { ...plan, finding: unknownKindFinding(kind, apiVersion, near, k.line, k.column) };
          }
        }
        return out;
      }
    }
  }
  if (apiVersion !== undefined) return KEYS_ONLY;
  const names = topLevelNames(c);
  if (!names || names.length === 0) return KEYS_ONLY;
  // A fragment of an object: `spec:` (and metadata/status) without apiVersion/kind.
  if (names.includes('spec') || names.includes('metadata')) {
    const spec = c.get('spec', true);
    const specNames = isMap(spec) ? (topLevelNames(spec) ?? []) : [];
    let best: string | undefined;
    let bestScore = -1;
    let ecosystemScore = 0;
    for (const k of catalogueKinds()) {
      const t = kindType(k)!;
      if (!allKnown(t, names)) continue;
      const specField = fieldSpec(t, 'spec');
      const specType = specField ? typeSpec(specField.t) : undefined;
      const score = specType ? specNames.filter((n) => fieldSpec(specType, n) !== undefined).length : 0;
      // A fragment is read as a Kubernetes kind, never as a project's custom resource.
      if (isEcosystemKind(k)) {
        ecosystemScore = Math.max(ecosystemScore, score);
        continue;
      }
      // Ties go to the kind a note is more likely about: a legacy kind (ReplicationController)
      // only when nothing else fits as well.
      if (score > bestScore || (score === bestScore && best !== undefined && LEGACY_KINDS.has(best) && !LEGACY_KINDS.has(k))) {
        best = k;
        bestScore = score;
      }
    }
    // More keys under spec: fit a project's kind than any Kubernetes kind (Argo CD's
    // `syncPolicy`, Istio's `hosts`, Karpenter's `template` beside `limits`): the fragment is that
    // project's resource, whose kind the fragment does not say (Application and ApplicationSet
    // both have a `syncPolicy`, with different fields). Read as a Kubernetes kind, each of its own
    // keys would be an "unknown field" with a suggestion (`syncPolicy` → `dnsPolicy`) the author
    // cannot act on; its keys are listed only.
    if (ecosystemScore > bestScore) return KEYS_ONLY;
    if (best !== undefined) {
      // With nothing recognisable under spec:, read it as a Pod, the usual subject of a note.
      const kindOf = bestScore === 0 && kindType('Pod') && allKnown(kindType('Pod')!, names) ? 'Pod' : best;
      return { pathKind: kindOf, prefix: '', rootType: kindOf, checks: clean, required: false };
    }
    return KEYS_ONLY;
  }
  // The first root that knows every top-level name and, one level down, the most names: a bare
  // `securityContext:` holding `capabilities` is a container's (PodSecurityContext has none).
  // A root whose fields hold mostly keys their types do not have is not that root: a schema's
  // `ports:` with `type: array` and `items:` (a CRD's OpenAPI) is not a container's ports.
  let fit: (typeof FRAGMENT_ROOTS)[number] | undefined;
  let fitUnknown = Number.POSITIVE_INFINITY;
  for (const root of FRAGMENT_ROOTS) {
    const spec = typeSpec(root.type);
    if (!spec || !allKnown(spec, names)) continue;
    const { known, unknown } = keysOneLevelDown(spec, c);
    if (unknown > known) continue;
    if (unknown < fitUnknown) {
      fit = root;
      fitUnknown = unknown;
    }
  }
  return fit ? { pathKind: 'Pod', prefix: fit.prefix, rootType: fit.type, checks: clean, required: false } : KEYS_ONLY;
}

/**
 * How many keys of the mappings under `map`'s keys the types of those keys have and do not have
 * (a mapping written where a list is expected counts as its one item, as `walk` reads it).
 */
function keysOneLevelDown(spec: TypeSpec, map: YAMLMap): { known: number; unknown: number } {
  let known = 0;
  let unknown = 0;
  for (const pair of map.items) {
    const name = keyName(pair.key);
    const field = name === undefined ? undefined : fieldSpec(spec, name);
    const t = field ? typeSpec(field.t.replace(/^(\[\])+/, '')) : undefined;
    if (!t) continue;
    const items = isMap(pair.value) ? [pair.value] : isSeq(pair.value) ? pair.value.items.filter(isMap) : [];
    for (const item of items) {
      for (const child of item.items) {
        const cn = keyName(child.key);
        if (cn === undefined) continue;
        if (fieldSpec(t, cn) === undefined) unknown++;
        else known++;
      }
    }
  }
  return { known, unknown };
}

/**
 * A component configuration file (KubeletConfiguration, ClusterConfiguration, EncryptionConfiguration,
 * the kubeconfig `Config` …): checked against the configuration catalogue at the one apiVersion
 * it knows, never for missing fields (the Go types mark none). Another version of the kind's own
 * API group (kubeadm.k8s.io/v1beta3) is not checked, its keys described with the known version's
 * types; a version of another group is a finding naming the known one.
 */
function planConfig(parsed: ParsedYaml, c: YAMLMap, kind: string, apiVersion: string | undefined, clean: boolean): DocPlan {
  const root = configRootType(kind)!;
  const plan: DocPlan = { kind, pathKind: kind, prefix: '', checks: false, required: false };
  if (apiVersion === undefined) return { ...plan, rootType: root, checks: clean, config: { kind, apiVersion: '' } };
  const check = checkConfigApiVersion(apiVersion, kind);
  const config = { kind, apiVersion };
  switch (check.state) {
    case 'checked':
      return { ...plan, rootType: root, checks: clean, config };
    case 'wrong-api-version': {
      // Keys are still described with the known version's types (tooltips), nothing else is checked.
      const at = nodeStart(parsed, (c.get('apiVersion', true) ?? c) as YamlNode);
      return { ...plan, rootType: root, config, finding: configApiVersionFinding(apiVersion, kind, check.known, at.line, at.column) };
    }
    default: {
      const out: DocPlan = { ...plan, unchecked: { kind, apiVersion, known: [check.known] } };
      if (check.state === 'unchecked' && check.related) Object.assign(out, { rootType: root, config });
      return out;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Walking a document

interface WalkContext {
  parsed: ParsedYaml;
  doc: Document.Parsed;
  plan: DocPlan;
  keys: YamlKey[];
  /** Keys inside free-form maps (labels, annotations, ConfigMap data): not field paths. */
  dataKeys: Set<YamlKey>;
  findings: Finding[];
  seen: Set<YamlNode>;
}

function nodeStart(parsed: ParsedYaml, node: YamlNode): { line: number; column: number } {
  return positionOf(parsed, node.range ? node.range[0] : 0);
}

function walk(node: unknown, path: string, t: string | undefined, ctx: WalkContext): void {
  if (node === null || node === undefined) return;
  if (isAlias(node)) {
    if (node.resolve(ctx.doc) === undefined) {
      const { line, column } = nodeStart(ctx.parsed, node);
      ctx.findings.push({
        code: 'yaml-syntax',
        ...said('finding.yaml-alias', { anchor: node.source }),
        ...hinted({ key: 'finding.hint.alias', vars: { anchor: node.source } }),
        line,
        column,
      });
    }
    return;
  }
  const yamlNode = node as YamlNode;
  let shape: ValueShape | undefined = t === undefined ? undefined : shapeOf(t);
  if (shape && ctx.plan.checks) {
    const f = checkShape(yamlNode, shape, t!, path, ctx);
    if (f) ctx.findings.push(f);
  }
  if (isMap(node)) {
    if (ctx.seen.has(node)) return;
    ctx.seen.add(node);
    // A mapping where a list was expected (a forgotten `- `): read it as one item.
    if (shape?.shape === 'list') shape = shapeOf(shape.of);
    const holder = shape?.shape === 'object' ? shape.spec : undefined;
    const holderName = shape?.shape === 'object' ? displayTypeName(shape.type) : '';
    const mapOf = shape?.shape === 'map' ? shape.of : undefined;
    let hasMerge = false;
    /** Fields an unknown key here was reported as a likely misspelling of (`verb` → `verbs`). */
    const misspelt = new Set<string>();
    for (const pair of node.items) {
      const name = keyName(pair.key);
      if (name === undefined) continue;
      if (name === '<<') {
        hasMerge = true;
        continue;
      }
      const keyNode = pair.key as YamlNode;
      const p = path ? `${path}.${name}` : name;
      const { line, column } = nodeStart(ctx.parsed, keyNode);
      const key: YamlKey = { path: p, line, column };
      const podPath = toPodPath(ctx.plan.pathKind, ctx.plan.prefix + p);
      if (podPath !== undefined) key.podPath = podPath;
      ctx.keys.push(key);
      if (holder) {
        const field = fieldSpec(holder, name);
        if (field) {
          const info = fieldInfo(holder, field);
          key.type = info.type;
          if (info.description) key.description = info.description;
          if (info.docUrl) key.docUrl = info.docUrl;
          if (info.enum && ctx.plan.config) key.enum = info.enum;
          if (ctx.plan.checks) checkEnum(pair.value, field, name, ctx);
          // A scheduler plugin's `args`: the kind `<name>Args` of the plugin named next to it.
          const embedded = field.t === 'Object' && ctx.plan.config ? embeddedConfigType(ctx.plan.config.kind, p, scalarString(node.get('name', true))) : undefined;
          walk(pair.value, p, embedded ?? field.t, ctx);
        } else {
          if (ctx.plan.checks && !holder.x?.includes(name)) {
            const finding = unknownFieldFinding(name, holder, holderName, line, column, explainPath(ctx, path), ctx.plan.config);
            const near = finding.text?.vars.near;
            if (near !== undefined) misspelt.add(near);
            ctx.findings.push(finding);
          }
          walk(pair.value, p, undefined, ctx);
        }
      } else {
        if (mapOf !== undefined) ctx.dataKeys.add(key);
        walk(pair.value, p, mapOf, ctx);
      }
    }
    if (holder && ctx.plan.required && !hasMerge && !(ctx.plan.ecosystem && !isEcosystemType(holder))) {
      const present = new Set(node.items.map((pair) => keyName(pair.key)));
      const at = nodeStart(ctx.parsed, node);
      for (const [name, field] of Object.entries(holder.f)) {
        // A required field the author wrote misspelt is the unknown key's finding (its hint says the
        // right name), not a second finding that asks to add what is already there.
        if (field.r === 1 && !present.has(name) && !misspelt.has(name)) {
          ctx.findings.push(missingFieldFinding(name, field, holderName, at.line, at.column, path));
        }
      }
    }
  } else if (isSeq(node)) {
    if (ctx.seen.has(node)) return;
    ctx.seen.add(node);
    const of = shape?.shape === 'list' ? shape.of : undefined;
    for (const item of node.items) walk(item, `${path}[]`, of, ctx);
  }
}

function explainPath(ctx: WalkContext, path: string): string {
  const kind = (ctx.plan.pathKind ?? 'pod').toLowerCase();
  const full = (ctx.plan.prefix + path).replace(/\[\]/g, '').replace(/\.$/, '');
  return full ? `${kind}.${full}` : kind;
}

type ValueKind = 'string' | 'integer' | 'number' | 'boolean' | 'null' | 'list' | 'object';

function valueKind(node: YamlNode): ValueKind {
  if (isMap(node)) return 'object';
  if (isSeq(node)) return 'list';
  if (isScalar(node)) {
    const v = node.value;
    if (v === null || v === undefined) return 'null';
    if (typeof v === 'boolean') return 'boolean';
    if (typeof v === 'number' || typeof v === 'bigint') return Number.isInteger(Number(v)) ? 'integer' : 'number';
    return 'string'; // strings, and YAML 1.1 timestamps (Kubernetes reads them as strings)
  }
  return 'null';
}

/** A plain scalar that only marks an omitted value (`schema: ...`): it has no type of its own. */
function omittedValue(node: unknown): boolean {
  return isScalar(node) && node.type === 'PLAIN' && typeof node.value === 'string' && isOmissionValue(node.value);
}

function checkShape(node: YamlNode, shape: ValueShape, t: string, path: string, ctx: WalkContext): Finding | undefined {
  if (omittedValue(node)) return undefined;
  const got = valueKind(node);
  if (got === 'null') return undefined; // `field:` with no value leaves it unset
  let ok: boolean;
  switch (shape.shape) {
    case 'list':
      ok = got === 'list';
      break;
    case 'map':
    case 'object':
      ok = got === 'object';
      break;
    case 'scalar':
      ok =
        shape.accepts.includes('any') ||
        shape.accepts.includes(got as 'string') ||
        (got === 'integer' && shape.accepts.includes('number'));
      break;
  }
  if (ok) {
    // Strings with a format of their own: a Go duration (`10s`, `2m0s`), a quantity (`500m`, `1Gi`).
    if (got !== 'string' || shape.shape !== 'scalar' || (t !== 'Duration' && t !== 'Quantity')) return undefined;
    const value = String((node as { value: unknown }).value);
    if ((t === 'Duration' ? DURATION : QUANTITY).test(value)) return undefined;
    const { line, column } = nodeStart(ctx.parsed, node);
    return formatFinding(path, t, value, line, column);
  }
  const { line, column } = nodeStart(ctx.parsed, node);
  const text = isScalar(node) ? scalarText(node) : undefined;
  return typeFinding(path, displayTypeName(t), got, text, line, column);
}

/** What Go's time.ParseDuration reads (metav1.Duration): `0`, or numbers each with a unit: `1h30m`, `2.5s`, `100ms`. */
const DURATION = /^[-+]?(?:0|(?:(?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|μs|ms|s|m|h))+)$/;
/** What resource.ParseQuantity reads: a number with an optional binary (Ki … Ei), decimal (n u m k M G T P E) or exponent suffix. */
const QUANTITY = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[KMGTPE]i|[numkMGTPE]|[eE][+-]?\d+)?$/;

/** A scalar as written, quotes included. */
function scalarText(node: YamlNode): string {
  if (!isScalar(node)) return '';
  const raw = node.source ?? String(node.value);
  if (node.type === 'QUOTE_DOUBLE') return `"${raw}"`;
  if (node.type === 'QUOTE_SINGLE') return `'${raw}'`;
  return raw;
}

function checkEnum(value: unknown, field: FieldSpec, name: string, ctx: WalkContext): void {
  if (!field.e) return;
  const items = isSeq(value) ? value.items : [value];
  for (const item of items) {
    if (!isScalar(item) || typeof item.value !== 'string' || item.value === '' || omittedValue(item)) continue;
    if (field.e.includes(item.value)) continue;
    const { line, column } = nodeStart(ctx.parsed, item as YamlNode);
    ctx.findings.push(enumFinding(name, item.value, field.e, line, column));
  }
}

// ---------------------------------------------------------------------------------------------
// Omissions: a document with a `...` line is an excerpt, so nothing in it is "missing".

/**
 * For each document, whether one of the code's omission lines falls inside it. A document
 * owns the lines from its start (the `---` that opens it; line 1 for the first) up to the
 * start of the next one, so an omission line between two documents belongs to the one above.
 */
function documentsWithOmissions(parsed: ParsedYaml): boolean[] {
  const docs = parsed.docs;
  if (parsed.omittedLines.length === 0) return docs.map(hasOmittedValue);
  const starts = docs.map((d, i) => (i === 0 ? 1 : positionOf(parsed, d.range[0]).line));
  return docs.map((_, i) => {
    const from = starts[i]!;
    const to = i + 1 < docs.length ? starts[i + 1]! - 1 : Number.POSITIVE_INFINITY;
    return parsed.omittedLines.some((l) => l >= from && l <= to) || hasOmittedValue(docs[i]!);
  });
}

/** Whether a value in the document is an omission marker (`schema: ...`). */
function hasOmittedValue(doc: Document.Parsed): boolean {
  let found = false;
  visit(doc, {
    Scalar(_, node) {
      if (!omittedValue(node)) return undefined;
      found = true;
      return visit.BREAK;
    },
  });
  return found;
}

/**
 * Per document, whether its first lines name it a patch file (`# replica-patch.yaml`,
 * `# patches/add-sidecar.yml`): Kustomize's and kubectl's patches are partial resources by design,
 * so, as with an omission line, their missing fields are no error.
 */
function documentsThatArePatches(parsed: ParsedYaml): boolean[] {
  const docs = parsed.docs;
  if (!/patch/i.test(parsed.code)) return docs.map(() => false);
  const lines = parsed.code.split('\n');
  return docs.map((doc) => {
    const root = doc.contents as YamlNode | null;
    if (!root?.range) return false;
    // The comment lines right above the document's first key, up to its `---`.
    for (let n = positionOf(parsed, root.range[0]).line - 2; n >= 0; n--) {
      const t = lines[n]!.trim();
      if (t === '') continue;
      if (!t.startsWith('#')) return false;
      if (PATCH_FILE.test(t)) return true;
    }
    return false;
  });
}

/** A comment naming a YAML file whose path says it is a patch (`x-patch.yaml`, `patches/x.yaml`). */
const PATCH_FILE = /^#\s*[\w./-]*patch[\w./-]*\.ya?ml\b/i;

// ---------------------------------------------------------------------------------------------
// Syntax errors

const SYNTAX_HINTS: Record<string, FindingKey> = {
  BAD_INDENT: 'finding.hint.syntax-indent',
  TAB_AS_INDENT: 'finding.hint.syntax-tab',
  DUPLICATE_KEY: 'finding.hint.syntax-duplicate-key',
  MISSING_CHAR: 'finding.hint.syntax-unclosed',
  BLOCK_AS_IMPLICIT_KEY: 'finding.hint.syntax-key-indent',
  MULTILINE_IMPLICIT_KEY: 'finding.hint.syntax-multiline-key',
};

/**
 * Hints for errors whose code covers several mistakes (`MISSING_CHAR` is both an unclosed quote
 * and a list item without its `-`): matched on the parser's message first.
 */
const SYNTAX_MESSAGE_HINTS: readonly (readonly [RegExp, FindingKey])[] = [
  [/^Sequence item without - indicator/, 'finding.hint.syntax-list-item'],
  [/^Implicit map keys need to be followed by map values/, 'finding.hint.syntax-colon'],
  [/^Comments must be separated/, 'finding.hint.syntax-comment'],
  [/^Missing , between/, 'finding.hint.syntax-comma'],
];

/** Errors of indentation: what an omission line that skips levels (`...` then a deeper key) causes. */
const INDENT_ERRORS: ReadonlySet<string> = new Set(['BAD_INDENT', 'BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY']);

/**
 * Whether code line `line` is an omission line or the first key after one, reached without
 * another key: an author who writes `...` and goes on deeper (`spec:` … `...` … the container's
 * `image:`) has left out the keys in between on purpose, and the indentation error that follows
 * is the omission, not a mistake to report.
 */
function followsOmission(parsed: ParsedYaml, line: number): boolean {
  if (parsed.omittedLines.length === 0) return false;
  const lines = parsed.code.split('\n');
  return parsed.omittedLines.some((o) => {
    if (line < o) return false;
    for (let n = o + 1; n <= lines.length; n++) {
      const t = lines[n - 1]!.trim();
      if (t === '' || t.startsWith('#')) continue;
      return line <= n;
    }
    return true;
  });
}

/** `offset` moved past the spaces and tabs there, unless only blanks follow on its line. */
function pastIndent(code: string, offset: number): number {
  let i = offset;
  while (code[i] === ' ' || code[i] === '\t') i++;
  return i < code.length && code[i] !== '\n' && code[i] !== '\r' ? i : offset;
}

/** The first line of the YAML parser's message, without its position (the finding has it). */
function parserMessage(err: Document.Parsed['errors'][number]): string {
  return err.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

function syntaxFinding(parsed: ParsedYaml, doc: Document.Parsed): Finding | undefined {
  if (doc.errors.length === 0) return undefined;
  const err = doc.errors[0]!;
  // The parser's offset of a misplaced line (`BAD_INDENT`, …) is where the line's indentation
  // starts: the finding goes to the line's first character, where the misplacement shows.
  const pos = positionOf(parsed, pastIndent(parsed.code, err.pos[0]));
  // The document is not checked (it does not parse), but the author's elision is no error.
  if (INDENT_ERRORS.has(err.code) && followsOmission(parsed, pos.line)) return undefined;
  const firstLine = parserMessage(err);
  // The parser's own words (`firstLine`) stay English in every language.
  const n = doc.errors.length - 1;
  return {
    code: 'yaml-syntax',
    ...said(n === 0 ? 'finding.yaml-syntax' : n === 1 ? 'finding.yaml-syntax-more1' : 'finding.yaml-syntax-more', { error: firstLine, ...(n > 1 ? { n: String(n) } : {}) }),
    ...hinted({ key: SYNTAX_MESSAGE_HINTS.find(([re]) => re.test(firstLine))?.[1] ?? SYNTAX_HINTS[err.code] ?? 'finding.hint.syntax' }),
    line: pos.line,
    column: pos.column,
  };
}

/** Note-file position of code line/column (see the module comment). */
export function notePosition(source: SourceRef, line: number, column: number): SourceRef {
  return {
    file: source.file,
    line: source.line + line - 1,
    column: (source.column > 0 ? source.column : 1) + column - 1,
  };
}

// ---------------------------------------------------------------------------------------------

/** `source` is where the code's first line sits in its note (see the module comment). */
export function analyzeYaml(code: string, source: SourceRef): YamlAnalysis {
  const { kinds, keys, fieldPaths, findings, unchecked } = analyzeYamlCode(code);
  return { kinds, keys, fieldPaths, diagnostics: placeFindings(findings, source), unchecked };
}

/** What `analyzeYaml` finds in a code, the findings' positions within the code: a function of the code alone. */
export interface CodeAnalysis {
  kinds: string[];
  keys: YamlKey[];
  fieldPaths: string[];
  findings: Finding[];
  unchecked: UncheckedManifest[];
}

/** The findings of a code as diagnostics at their place in the note (`source`: where the code's first line sits), in order. */
export function placeFindings(findings: readonly Finding[], source: SourceRef): Diagnostic[] {
  return findings
    .map((f) => {
      const d: Diagnostic = {
        severity: 'warning',
        code: f.code,
        message: f.message,
        ...notePosition(source, f.line, f.column),
      };
      if (f.text) d.text = f.text;
      if (f.hint) d.hint = f.hint;
      if (f.hintText) d.hintText = f.hintText;
      return d;
    })
    .sort((a, b) => a.line - b.line || a.column - b.column || a.code.localeCompare(b.code));
}

/** The findings a Helm template does not get (see `analyzeYamlCode`). */
const TEMPLATE_UNCHECKED = new Set(['yaml-type', 'yaml-enum', 'yaml-missing-field', 'yaml-syntax']);

/** `analyzeYaml` before the findings are placed in a note. */
export function analyzeYamlCode(code: string): CodeAnalysis {
  const parsed = parseYamlCode(code);
  const kinds: string[] = [];
  const keys: YamlKey[] = [];
  const dataKeys = new Set<YamlKey>();
  const findings: Finding[] = [];
  const unchecked: UncheckedManifest[] = [];
  const elided = documentsWithOmissions(parsed);
  const patches = documentsThatArePatches(parsed);
  for (const [i, doc] of parsed.docs.entries()) {
    const planned = planDocument(parsed, doc);
    if (planned.finding) findings.push(planned.finding);
    if (planned.unchecked && !unchecked.some((u) => u.kind === planned.unchecked!.kind && u.apiVersion === planned.unchecked!.apiVersion)) {
      unchecked.push(planned.unchecked);
    }
    // The author marked this document as an excerpt: required fields may be among the omitted lines.
    const plan = elided[i] || patches[i] ? { ...planned, required: false } : planned;
    if (plan.kind !== undefined) kinds.push(plan.kind);
    const ctx: WalkContext = { parsed, doc, plan, keys, dataKeys, findings, seen: new Set() };
    walk(doc.contents, '', plan.rootType, ctx);
    const syntax = syntaxFinding(parsed, doc);
    if (syntax) findings.push(syntax);
  }
  const fieldPaths = [...new Set(keys.filter((k) => !dataKeys.has(k)).map((k) => k.podPath ?? k.path))].sort();
  // A Helm template's values come from values.yaml and its text is YAML only once rendered: what the
  // keys say (unknown fields, apiVersion, kind) is still checked, its values and syntax are not.
  const kept = parsed.templated ? findings.filter((f) => !TEMPLATE_UNCHECKED.has(f.code)) : findings;
  return { kinds, keys, fieldPaths, findings: kept, unchecked };
}
