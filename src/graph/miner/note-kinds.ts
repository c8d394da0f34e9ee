/**
 * The note's own vocabulary of custom resources: the kinds its YAML examples declare that no
 * catalogue describes, with the field paths the note itself gives them (docs/miner.md, "crd8").
 *
 * Notes about ecosystem projects (Cluster API, Tekton, Gatekeeper, Crossplane, Rook, Velero,
 * MetalLB, Multus …) show their custom resources in examples: `apiVersion: tekton.dev/v1`,
 * `kind: Pipeline`, `spec.tasks[].runAfter`. The field catalogue has no package for most of them,
 * so the note is the dictionary:
 *
 * - a document whose `apiVersion` is in a group that is neither Kubernetes' own, nor a component
 *   configuration group, nor one whose kinds the catalogue holds (`kindsOfGroup`), declares a
 *   custom kind (its `kind`); so does a document without `apiVersion` whose kind the API does not
 *   know (`kind: Kustomization` in a kustomization.yaml): the keys it sets are the kind's paths;
 * - a definition of a kind (`kind: CustomResourceDefinition`, or any document with a `names.kind`
 *   beside an `openAPIV3Schema`, as Crossplane's CompositeResourceDefinition and Gatekeeper's
 *   ConstraintTemplate have) declares the kind it names, and the properties of a schema that
 *   describes the whole object (its top properties hold `spec` or `status`) are its paths
 *   (`properties.spec.properties.cronSpec` → `spec.cronSpec`, `items` → `[]`).
 *
 * A kind declared under a group the catalogue knows is left to the catalogue (vocabulary/index.ts),
 * unless the vocabulary does not read it: a project's one-word kind (`Application`, `Workflow`:
 * vocab3's gate) is described by the note's examples like any other custom kind. Paths are owner-relative like the API
 * vocabulary's (`spec.tasks[].runAfter`); `metadata.*` is the API's ObjectMeta and not the kind's.
 */
import type { FenceAnalysis } from '../examples.ts';
import { isBuiltinGroup, isBuiltinKind, isConfigGroup, kindsOfGroup } from '../yaml/catalogue.ts';
import { parseYamlCode } from '../yaml/parse.ts';
import { isMap, isScalar, isSeq, type Node as YamlNode } from 'yaml';
import { isCatalogued, isConfigKind, kindNamed, writtenPath } from '../vocabulary/index.ts';
import { englishWord } from './english-words.ts';
import { kindsSaid } from './kind-sayings.ts';
import type { Nodes as MdNode } from 'mdast';
import { fragmentPrefix, joinedPath } from './cr-field-owner.ts';

export interface NoteKind {
  kind: string;
  /** The apiVersion the note writes it with ('' when no document says; `group/version` of a definition). */
  apiVersion: string;
  /** Owner-relative paths (`spec.addresses`, `spec.steps[].image`), in the note's order. */
  paths: string[];
  /** Declared by a definition (a CRD's `spec.names.kind`) rather than by an example of an object. */
  defined: boolean;
}

/** A kind name as Kubernetes spells kinds: PascalCase, letters and digits. */
const KIND_SPELLING = /^[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*$/;

/** Keys every object has, which are no field of the kind itself. */
const OBJECT_KEYS = new Set(['apiVersion', 'kind', 'metadata']);

/**
 * True when a document of this apiVersion and kind is a custom resource no catalogue describes
 * (or none the vocabulary reads): a group outside Kubernetes', the configuration APIs' and the
 * catalogue's projects', a one-word kind of a project's group, or no apiVersion and a kind the
 * API does not know.
 */
export function isUncataloguedKind(apiVersion: string, kind: string): boolean {
  if (!KIND_SPELLING.test(kind)) return false;
  if (apiVersion === '') return kindNamed(kind) === undefined && !isConfigKind(kind);
  if (!apiVersion.includes('/')) return false;
  if (isBuiltinGroup(apiVersion) || isConfigGroup(apiVersion)) return false;
  // (a project's one-word kind the vocabulary does not read, vocab3's gate: `Application` of
  // argoproj.io, is the note's to describe too; so is a project's kind that shares its name with a
  // kind of Kubernetes, Knative's `Service`, Volcano's `Job`: the vocabulary reads that name as
  // Kubernetes' kind)
  return !kindsOfGroup(apiVersion).includes(kind) || !isCatalogued(kind) || isBuiltinKind(kind);
}

const memo = new WeakMap<readonly FenceAnalysis[], ReadonlyMap<string, NoteKind>>();

/** The custom kinds a note's YAML examples declare or define, by kind name (once per fence list). */
export function noteKinds(fences: readonly FenceAnalysis[]): ReadonlyMap<string, NoteKind> {
  let m = memo.get(fences);
  if (!m) memo.set(fences, (m = readNoteKinds(fences)));
  return m;
}

/** The note kinds a piece of text names as a whole word, spelt as declared (`## PodMonitor`). */
export function noteKindsIn(text: string, kinds: ReadonlyMap<string, NoteKind>): string[] {
  const out: string[] = [];
  if (kinds.size === 0) return out;
  for (const m of text.normalize('NFKC').matchAll(/[A-Za-z][A-Za-z0-9]*/g)) if (kinds.has(m[0]) && !out.includes(m[0])) out.push(m[0]);
  return out;
}

/** The PascalCase words of a kind name (`VolumeSnapshotContent` → Volume, Snapshot, Content; `EC2NodeClass` → EC2, Node, Class). */
function kindWords(name: string): string[] {
  return name.match(/[A-Z0-9]+(?![a-z])|[A-Z0-9]*[A-Z][a-z0-9]*/g) ?? [];
}

/**
 * The note kind a compound kind name belongs with, as one project names its kinds (`PipelineRun`
 * and `TaskRun` beside `kind: Pipeline`, `VolumeSnapshotContent` beside `VolumeSnapshot`,
 * `PodVolumeBackup` beside `Backup`, `PodMonitor` beside `ServiceMonitor`, `CephBlockPool` beside
 * `CephCluster`): the name (two words or more, spelt as a kind) starts or ends with the whole name
 * of a kind the note declares under a group no catalogue describes, or shares its last word with
 * one, or its first word where that word is the project's own (no API kind and no English word:
 * `Ceph`, not `Node` or `Service`). `NodeAffinity` beside `NodePool` shares nothing of the kind.
 */
export function kindFamily(name: string, kinds: ReadonlyMap<string, NoteKind>): string | undefined {
  if (!KIND_SPELLING.test(name) || kinds.has(name)) return undefined;
  const words = kindWords(name);
  if (words.length < 2 || words.join('') !== name) return undefined;
  const own = (w: string) => w.length > 3 && kindNamed(w) === undefined;
  for (const k of kinds.values()) {
    if (name.startsWith(k.kind) && /^[A-Z0-9]/.test(name.slice(k.kind.length))) return k.kind;
    if (name.endsWith(k.kind) && /[a-z0-9]$/.test(name.slice(0, -k.kind.length))) return k.kind;
    const theirs = kindWords(k.kind);
    if (theirs.length < 2) continue;
    const last = words[words.length - 1]!;
    if (theirs[theirs.length - 1] === last && own(last)) return k.kind;
    const first = words[0]!;
    if (theirs[0] === first && own(first) && !englishWord(first.toLowerCase())) return k.kind;
  }
  return undefined;
}

function readNoteKinds(fences: readonly FenceAnalysis[]): Map<string, NoteKind> {
  const out = new Map<string, NoteKind>();
  const entry = (kind: string, apiVersion: string, defined: boolean): NoteKind => {
    let k = out.get(kind);
    if (!k) {
      k = { kind, apiVersion, paths: [], defined };
      out.set(kind, k);
    } else if (k.apiVersion === '' && apiVersion !== '') k.apiVersion = apiVersion;
    return k;
  };
  const addPath = (k: NoteKind, path: string) => {
    if (path === '' || OBJECT_KEYS.has(path.split('.')[0]!.replace(/\[\]$/, ''))) return;
    if (!k.paths.includes(path)) k.paths.push(path);
  };
  for (const f of fences) {
    const declared = f.docKinds.map((kind, i) => (kind !== '' && isUncataloguedKind(f.docApiVersions[i] ?? '', kind) ? kind : ''));
    for (const [i, kind] of declared.entries()) if (kind !== '') entry(kind, f.docApiVersions[i] ?? '', false);
    for (const key of f.keys) {
      if (key.data || key.owner === undefined) continue;
      // (typing46: a key of a custom kind's template that is another custom kind's object, template-kinds.ts)
      if (key.via !== undefined && declared.includes(key.via) && isUncataloguedKind('', key.owner)) addPath(out.get(key.owner) ?? entry(key.owner, '', false), key.path);
      if (!declared.includes(key.owner)) continue;
      addPath(out.get(key.owner)!, key.path);
    }
    if (/\bnames\s*:/.test(f.node.value) && /\bkind\s*:/.test(f.node.value)) {
      for (const d of definedKinds(f.node.value)) {
        // (a definition of a kind the API or a catalogued project already has is no new kind)
        if (kindNamed(d.kind) !== undefined || (d.apiVersion !== '' && !isUncataloguedKind(d.apiVersion, d.kind))) continue;
        const k = entry(d.kind, d.apiVersion, true);
        for (const p of d.paths) addPath(k, p);
      }
    }
  }
  // rules45: a fragment without `kind` cut from a custom kind shown whole above it is that kind's
  // (cr-field-owner.ts `fragmentPrefix`): its keys join the kind's paths below the prefix they fit
  for (const [i, f] of fences.entries()) {
    if (f.docKinds.some((k) => k !== '') || f.keys.length === 0) continue;
    const paths = f.keys.filter((k) => !k.data && k.owner === undefined).map((k) => k.path);
    if (paths.length < 2) continue;
    const before: NoteKind[] = [];
    for (let b = i - 1; b >= 0; b--) for (const k of fences[b]!.docKinds) if (k !== '' && out.has(k) && !before.includes(out.get(k)!)) before.push(out.get(k)!);
    for (const k of before) {
      const prefix = fragmentPrefix(paths, k.paths);
      if (prefix === undefined) continue;
      joins.set(f, { kind: k.kind, prefix });
      for (const p of paths) addPath(k, joinedPath(prefix, p));
      break;
    }
  }
  return out;
}

const joins = new WeakMap<FenceAnalysis, { kind: string; prefix: string }>();

/** rules45: the custom kind a fragment without `kind` was cut from, and the prefix its keys sit below (after `noteKinds` read the note's fences). */
export function fragmentJoin(f: FenceAnalysis): { kind: string; prefix: string } | undefined {
  return joins.get(f);
}

/**
 * The note kind's path that a written name or path names: the whole path (`spec.addresses`), a
 * path it ends (`addresses`, `tasks.runAfter`), list markers ignored; the shortest first.
 */
export function noteKindPath(k: NoteKind, written: string): string | undefined {
  const clean = writtenPath(written);
  if (clean === '') return undefined;
  const strip = (p: string) => p.replace(/\[\]/g, '');
  let best: string | undefined;
  for (const p of k.paths) {
    const s = strip(p);
    if (s !== clean && !s.endsWith(`.${clean}`)) continue;
    if (s === clean) return p;
    if (best === undefined || p.split('.').length < best.split('.').length) best = p;
  }
  return best;
}

/**
 * rules20: the path of a field `name` that sits in the note kind's field the written name or path
 * names (a list's lead-in, `egress 的 \`to\` 还能写：`): the kind's own path when its examples set
 * it, else the parent's path and the name, through the parent's list marker when the examples give
 * the parent as a list. Only a parent the examples show holding fields counts (a scalar holds none).
 */
export function noteKindChildPath(k: NoteKind, parentWritten: string, name: string): string | undefined {
  const parent = noteKindPath(k, parentWritten);
  if (parent === undefined) return undefined;
  const own = noteKindPath(k, `${parentWritten}.${name}`);
  if (own !== undefined && own.startsWith(parent)) return own;
  const asList = k.paths.some((p) => p.startsWith(`${parent}[].`));
  if (!asList && !k.paths.some((p) => p.startsWith(`${parent}.`))) return undefined;
  return `${parent}${asList ? '[]' : ''}.${name}`;
}

interface DefinedKind {
  kind: string;
  apiVersion: string;
  paths: string[];
}

/**
 * The kinds a YAML text defines: each document with a `names` map holding a `kind` (a CRD's
 * `spec.names`, an XRD's `spec.names` and `spec.claimNames`, a ConstraintTemplate's
 * `spec.crd.spec.names`), with the group and first version the document gives and the paths of
 * an `openAPIV3Schema` that describes the whole object.
 */
export function definedKinds(code: string): DefinedKind[] {
  const out: DefinedKind[] = [];
  let parsed;
  try {
    parsed = parseYamlCode(code);
  } catch {
    return out;
  }
  for (const doc of parsed.docs) {
    const root = doc.contents as YamlNode | null;
    if (!isMap(root)) continue;
    const spec = root.get('spec', true) as YamlNode | undefined;
    if (!isMap(spec)) continue;
    const kinds: string[] = [];
    const schemas: YamlNode[] = [];
    findDefinitions(spec, 0, kinds, schemas);
    if (kinds.length === 0) continue;
    const group = scalarText(spec.get('group', true));
    const versions = spec.get('versions', true);
    const first = isSeq(versions) && isMap(versions.items[0]) ? scalarText(versions.items[0].get('name', true)) : undefined;
    const apiVersion = group ? `${group}/${first ?? ''}`.replace(/\/$/, '/v1') : '';
    const paths: string[] = [];
    for (const s of schemas) {
      const props = isMap(s) ? s.get('properties', true) : undefined;
      // (a schema of the whole object: its top properties are the object's, spec or status)
      if (!isMap(props) || !props.items.some((p) => ['spec', 'status'].includes(scalarText(p.key) ?? ''))) continue;
      schemaPaths(props, '', paths, 0);
    }
    for (const kind of kinds) out.push({ kind, apiVersion, paths });
  }
  return out;
}

function scalarText(n: unknown): string | undefined {
  return isScalar(n) && (typeof n.value === 'string' || typeof n.value === 'number') ? String(n.value) : undefined;
}

/** `names.kind` values and `openAPIV3Schema` maps under a map, a few levels down. */
function findDefinitions(node: YamlNode, depth: number, kinds: string[], schemas: YamlNode[]): void {
  if (depth > 6) return;
  if (isSeq(node)) {
    for (const item of node.items) findDefinitions(item as YamlNode, depth + 1, kinds, schemas);
    return;
  }
  if (!isMap(node)) return;
  for (const pair of node.items) {
    const key = scalarText(pair.key);
    const value = pair.value as YamlNode;
    if (key === 'openAPIV3Schema') {
      schemas.push(value);
      continue;
    }
    if ((key === 'names' || key === 'claimNames') && isMap(value)) {
      const kind = scalarText(value.get('kind', true));
      if (kind !== undefined && KIND_SPELLING.test(kind) && !kinds.includes(kind)) kinds.push(kind);
      continue;
    }
    findDefinitions(value, depth + 1, kinds, schemas);
  }
}

/** The paths of a schema's `properties` (`items` of an array add `[]`). */
function schemaPaths(props: YamlNode, prefix: string, out: string[], depth: number): void {
  if (!isMap(props) || depth > 8) return;
  for (const pair of props.items) {
    const name = scalarText(pair.key);
    if (name === undefined || !/^[A-Za-z_$][\w$-]*$/.test(name)) continue;
    let path = prefix + name;
    let schema = pair.value as YamlNode;
    while (isMap(schema) && scalarText(schema.get('type', true)) === 'array' && isMap(schema.get('items', true))) {
      path += '[]';
      schema = schema.get('items', true) as YamlNode;
    }
    if (!out.includes(path)) out.push(path);
    if (isMap(schema)) schemaPaths(schema.get('properties', true) as YamlNode, `${path}.`, out, depth + 1);
  }
}

/**
 * rules27: the platform's own name before 对象 / 资源 (`Kubernetes 对象`, `K8s 资源`) means any object, not a kind of that name.
 */
const PLATFORM_NAMES: ReadonlySet<string> = new Set(['Kubernetes', 'K8s', 'k8s']);

/** A name spelt as a kind, optionally in a code span or bold (`` `Machine` ``, `**ExecCredential**`). */
const KIND_WORD = String.raw`(?<![A-Za-z0-9_./-])(?:\*\*|\x60)?([A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*)(?:\*\*|\x60)?(?![A-Za-z0-9_/-])`;
/** An API version in a code span: `group.tld/v1beta1`, or a bare `v1alpha2`. */
const VERSION_CODE = String.raw`\x60(?:[a-z0-9-]+(?:\.[a-z0-9-]+)+\/)?v\d+(?:alpha\d+|beta\d+)?\x60`;

/**
 * The text's sayings that a name spelt as a kind is an object, each with the name in its first group:
 *
 *   `ExecCredential 对象`, `PodGroup CRD`, `Prometheus CR`       the name, then the noun of an object
 *   `一个叫 AdmissionReview 的对象`                              an object called by the name
 *   `KubeadmControlPlane 就是它的对象`, `ServiceProfile 是 Linkerd 自己的 CRD`   the name is an object
 *   `Machine 的 \x60status.phase\x60`, `Schedule 对象的 \x60spec.template\x60`, `Machine 的 spec`   it has a spec or a status (only an object has)
 *   `ResourceBinding（\x60work.karmada.io/v1alpha2\x60）`             an API version glossing it
 */
const SAYS_OBJECT: readonly RegExp[] = [
  new RegExp(`${KIND_WORD}[ \\t]*(?:对象|资源|CRD|CR)(?![A-Za-z])`, 'gu'),
  new RegExp(`叫[ \\t]*${KIND_WORD}[ \\t]*的[ \\t]*(?:对象|资源|CRD|CR)(?![A-Za-z])`, 'gu'),
  new RegExp(`${KIND_WORD}[ \\t]*(?:就|也)?是[ \\t]*(?:它的|一个|一种|一类)?[^，。；,;：:\\n\`*]{0,12}?的?[ \\t]*(?:对象|资源|CRD|CR)(?=[ \\t]*[，。；,;（(：:]|[ \\t]*$)`, 'gmu'),
  new RegExp(`${KIND_WORD}[ \\t]*(?:对象|资源|CR)?[ \\t]*的[ \\t]*(?:\`(?:spec|status)(?:\\.|\`)|spec(?![A-Za-z]))`, 'gu'),
  new RegExp(`${KIND_WORD}[ \\t]*[（(][ \\t]*${VERSION_CODE}`, 'gu'),
];
/** A bold label spelt as a kind opening a line, whose line writes an API version in code that is not another thing's (`\`velero.io/v1\` 的 CR`). */
const BOLD_LABEL_VERSION = new RegExp(String.raw`^[ \t]*(?:[-*+>][ \t]+)*\*\*([A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*)(?:[（(][^*\n]*[）)])?[：:]?\*\*[：:]?[^\n]*?${VERSION_CODE}(?![ \t]*(?:的|里的|下的))`, 'gmu');
/** A negation right before the name (`API 里没有 User 对象`). */
const NEGATED_BEFORE = /(?:没有|并没有|不是|并非|不存在)\s*(?:\*\*|`)?$/u;

/**
 * rules27: the kinds the note's own running text says are objects, although no catalogue, API or
 * example of the note knows them (a project's kinds named in prose: Cluster API's Machine,
 * Karmada's ResourceBinding, client-go's ExecCredential), read off a block's text (`markedText`:
 * code spans and bold marked, code blocks left out) by the sayings above (`SAYS_OBJECT`,
 * `BOLD_LABEL_VERSION`). A kind the API or a catalogue knows, a configuration kind, the
 * platform's name and a name under a negation are not taken.
 */
export function textKinds(node: MdNode): Set<string> {
  const out = new Set<string>();
  const text = markedText(node).normalize('NFKC');
  if (!/[A-Z]/.test(text)) return out;
  const take = (name: string, at: number) => {
    if (PLATFORM_NAMES.has(name) || kindNamed(name) !== undefined || isCatalogued(name) || isConfigKind(name)) return;
    if (NEGATED_BEFORE.test(text.slice(Math.max(0, at - 8), at))) return;
    out.add(name);
  };
  for (const re of SAYS_OBJECT) for (const m of text.matchAll(re)) take(m[1]!, m.index + m[0].indexOf(m[1]!));
  for (const m of text.matchAll(BOLD_LABEL_VERSION)) take(m[1]!, m.index);
  // (rules44: a demonstrative between the name and the noun, a pronoun, a plural demonstrative; kind-sayings.ts)
  for (const s of kindsSaid(text)) take(s.name, s.at);
  return out;
}

/** Nodes whose children are blocks: their texts stand on lines of their own. */
const BLOCK_PARENTS: ReadonlySet<string> = new Set(['root', 'list', 'listItem', 'blockquote']);

/** A block's text with its code spans in backticks and its bold in `**` (what `textKinds` reads), code blocks left out. */
export function markedText(node: MdNode): string {
  if (node.type === 'code') return '';
  if (node.type === 'inlineCode') return `\`${node.value}\``;
  if (node.type === 'text') return node.value;
  if (node.type === 'break') return '\n';
  const inner = 'children' in node ? (node.children as MdNode[]).map(markedText).join(BLOCK_PARENTS.has(node.type) ? '\n' : '') : '';
  return node.type === 'strong' ? `**${inner}**` : inner;
}
