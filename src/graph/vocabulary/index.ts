/**
 * The Kubernetes vocabulary the note miner reads with: which words name an API kind (an
 * `object`), a field (with the kind that owns it and its path), a state (a value of a kind's
 * `status.phase`, or one of the alternatives of a state field such as a container's
 * `state`: Waiting, Running, Terminated) or a well-known design pattern. Built once per process
 * from the field catalogue (src/graph/yaml, through its exported API only), the list of every
 * API kind (api-kinds.json, generated from kubernetes-types and kubernetes-models) and the
 * small tables in names.ts (kubectl short names, Chinese names, patterns). The component
 * configuration APIs (KubeletConfiguration, KubeProxyConfiguration, kubeadm's
 * ClusterConfiguration …; config.ts) are kinds with fields too: their fields have no `spec`
 * (`cgroupDriver`, `networking.podSubnet`), and where a core field has the same name the core
 * one is read unless the context (a YAML example's `kind`, the section) is about the
 * configuration kind (`isConfigKind`).
 *
 * Custom resources of ecosystem projects (Argo CD's Application, Cilium's CiliumNetworkPolicy,
 * Istio's VirtualService …; the catalogue's `isEcosystemKind`) are read under a gate, so that
 * their many field names (`pause`, `tag`, `context`, `destination`) make no concept in a note
 * that never mentions the project:
 * - a kind with a compound name (`VirtualService`, `ScaledObject`, `GitRepository`) is an API kind
 *   like a built-in one: a note that writes the name names the kind. A one-word kind name
 *   (`Application`, `Certificate`, `Rollout`, `Workflow`, `Kustomization`, `Sidecar`) is an
 *   everyday word or another tool's (kustomize's kustomization.yaml is `kind: Kustomization`
 *   too): it is no kind here, and its fields are left to the note's own examples as before;
 * - their fields are never in the by-name index (`fieldsNamed`, `fieldsByPath`, enum values,
 *   states): they are found only relative to an owner the note's context names — a YAML example
 *   of the kind, a section about it, a written path (`fieldAt`, `fieldByPath` with owners).
 *
 * Field paths: relative to their owner kind, `[]` marks list items. Fields of the Pod template
 * inside a workload (`spec.template.spec.containers` of a Deployment) are Pod fields
 * (`spec.containers`, owner Pod), as everywhere else in the graph.
 */
import kindsData from './api-kinds.json' with { type: 'json' };
import { catalogueKinds, isBuiltinGroup, isDistinctEcosystemKind, isEcosystemKind, kindApiVersions, kindType, rootTypeName, shapeOf, typeSpec, type TypeSpec } from '../yaml/catalogue.ts';
import { POD_TEMPLATE_PREFIX } from '../yaml/pod-path.ts';
import { normKey } from '../labels.ts';
import { KIND_SHORT_NAMES, KIND_CHINESE_NAMES, PATTERN_NAMES } from './names.ts';
import { configKinds, configKindType, configShapeOf, embeddedKinds, isConfigKind, isNamedConfigKind } from './config.ts';

export { isConfigKind } from './config.ts';
/** True for a kind of an ecosystem project's custom resource (`ExternalSecret`, `VirtualService`), not Kubernetes' own. */
export { isEcosystemKind } from '../yaml/catalogue.ts';

export const DEFAULT_OWNER = 'Pod';

export interface FieldOccurrence {
  /** The field's name as the API spells it (`hostAliases`). */
  name: string;
  /** The kind the path is relative to. */
  owner: string;
  /** `spec.hostAliases`, `spec.containers[].imagePullPolicy`. */
  path: string;
  /** Type holding the field (`PodSpec`). */
  holder: string;
  /** `kubectl explain`-style type of the field ('' for a field only known by name). */
  type: string;
  enum?: string[];
  /**
   * A field a newer API version adds to the type, which the catalogue (Kubernetes 1.30) knows by
   * name only (the type's `x`; docs/kubernetes-version.md): `spec.resources` of a Pod (1.32).
   */
  newer?: true;
}

export interface StateOccurrence {
  /** The value as the API spells it (`Pending`, `Waiting`). */
  value: string;
  owner: string;
  /** The state field (`status.phase`, `status.containerStatuses[].state`). */
  field: string;
  /** The type whose values these are, for states other than a phase (`ContainerState`). */
  type?: string;
}

/** The field every kind's phase lives in. */
export const PHASE_FIELD = 'status.phase';

/**
 * The index is built in parts, each on its first use: the page chunks have their own copy of this
 * module (the engine's is another instance) and ask only for kinds by name and for fields at a
 * path of an owner (src/views/field-owner.ts), which need the names and one owner's fields, not
 * the walk of every kind's types (about 0.1 s of CPU, done once by the engine).
 */
interface Names {
  /** normKey(kind name, short name, Chinese name) → kind. */
  kinds: Map<string, string>;
  /** Kinds whose fields the catalogue knows. */
  catalogued: Set<string>;
}

interface ApiIndex {
  /** normKey(field name) → occurrences, shortest path first per owner. */
  fields: Map<string, FieldOccurrence[]>;
  /** normKey(singular of a plural field name) → occurrences (`toleration` → tolerations). */
  singulars: Map<string, FieldOccurrence[]>;
  /** normKey(value) → phase values. */
  states: Map<string, StateOccurrence[]>;
  /** normKey(value) of every enum value of every field (`Always`, `IfNotPresent`, `Retain`). */
  enumValues: Set<string>;
  /** struct26: an enum value as the API spells it → the fields that enumerate it (`Recreate` → Deployment's `spec.strategy.type`). */
  enumFields: Map<string, FieldOccurrence[]>;
}

interface ConfigIndex {
  /**
   * normKey(field name) → occurrences in the component configuration kinds (config.ts), apart
   * from `fields`: a word is a Kubernetes field name for the miner's candidate rules only by the
   * REST API; a configuration field is read where the context is about its kind.
   */
  configFields: Map<string, FieldOccurrence[]>;
  /** normKey(singular of a plural configuration field name) → occurrences (`profile` → profiles). */
  configSingulars: Map<string, FieldOccurrence[]>;
}

let names: Names | undefined;
let api: ApiIndex | undefined;
let configIndex: ConfigIndex | undefined;
/** The REST API kinds whose fields are indexed by name, in the catalogue's order. */
let indexedKinds: Set<string> | undefined;
/** By indexed kind: its fields, each path once, in the walk's order (the by-name index holds these objects). */
const ownerFieldsOf = new Map<string, readonly FieldOccurrence[]>();
/** By indexed kind: its fields by path without `[]` (the one `fieldAt` finds; see `ownerPaths`). */
const ownerPathsOf = new Map<string, Map<string, FieldOccurrence>>();

/** How often each part of the index was built in this module instance, for tests. */
export const vocabularyBuilds = { names: 0, api: 0, config: 0, owners: 0 };

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}
/** A type as both catalogues describe it: fields with a type string and maybe enum values. */
interface WalkType {
  f: Record<string, { t: string; e?: string[] }>;
  /** Names of fields newer API versions add (the REST catalogue's types only). */
  x?: string[];
}
type WalkShape<T> = { shape: 'list'; of: string } | { shape: 'object'; type: string; spec: T } | { shape: string };

/**
 * One field of a type at its place: the occurrence, the shape below its lists, and its path with a
 * `[]` per list (what a walk goes on with).
 */
function placeOf<T extends WalkType>(kind: string, holder: string, prefix: string, name: string, f: { t: string; e?: string[] }, shapeOf: (t: string) => WalkShape<T>): { occ: FieldOccurrence; shape: WalkShape<T>; path: string } {
  let shape = shapeOf(f.t);
  let path = prefix + name;
  while (shape.shape === 'list') {
    path += '[]';
    shape = shapeOf((shape as { of: string }).of);
  }
  const occ: FieldOccurrence = { name, owner: kind, path: prefix + name, holder, type: f.t };
  if (f.e) occ.enum = f.e;
  return { occ, shape, path };
}

/**
 * Breadth-first over the types a kind reaches: each type once, at its shortest path. One walk for
 * the REST API catalogue (`shapeOf`; the embedded Pod template of a workload is not entered,
 * its fields are Pod fields) and the configuration catalogue (`configShapeOf`).
 */
function walkTypes<T extends WalkType>(kind: string, root: T, shapeOf: (t: string) => WalkShape<T>, visit: (o: FieldOccurrence) => void, opts: { stopAt?: string; seen?: string[] } = {}): void {
  const seen = new Set<string>(opts.seen ?? []);
  const queue: { spec: T; holder: string; prefix: string }[] = [{ spec: root, holder: kind, prefix: '' }];
  for (let qi = 0; qi < queue.length; qi++) {
    const { spec, holder, prefix } = queue[qi]!;
    for (const [name, f] of Object.entries(spec.f)) {
      const { occ, shape, path } = placeOf(kind, holder, prefix, name, f, shapeOf);
      visit(occ);
      if (shape.shape !== 'object') continue;
      const obj = shape as { type: string; spec: T };
      if (seen.has(obj.type)) continue;
      if (opts.stopAt !== undefined && prefix + name === opts.stopAt) continue;
      seen.add(obj.type);
      queue.push({ spec: obj.spec, holder: obj.type, prefix: `${path}.` });
    }
    // the fields newer versions add, known by name and place only
    for (const name of spec.x ?? []) {
      if (Object.hasOwn(spec.f, name)) continue;
      visit({ name, owner: kind, path: prefix + name, holder, type: '', newer: true });
    }
  }
}

function walkKind(kind: string, root: TypeSpec, visit: (o: FieldOccurrence) => void): void {
  const podPrefix = POD_TEMPLATE_PREFIX[kind];
  // Where the embedded Pod template starts (its spec/metadata are Pod fields).
  walkTypes(kind, root, shapeOf, visit, { stopAt: podPrefix ? podPrefix.replace(/\.$/, '') : undefined, seen: [kind] });
}

function buildNames(): Names {
  vocabularyBuilds.names++;
  const v: Names = { kinds: new Map(), catalogued: new Set() };
  const allKinds = new Set<string>([...Object.keys(kindsData.kinds), ...Object.keys(kindsData.otherKinds), ...catalogueKinds().filter((k) => !isEcosystemKind(k) || isDistinctEcosystemKind(k))]);
  for (const k of allKinds) v.kinds.set(normKey(k), k);
  for (const [short, k] of Object.entries(KIND_SHORT_NAMES)) if (allKinds.has(k)) v.kinds.set(normKey(short), k);
  for (const [zh, k] of Object.entries(KIND_CHINESE_NAMES)) if (allKinds.has(k)) v.kinds.set(normKey(zh), k);
  for (const kind of catalogueKinds()) {
    if (!kindType(kind)) continue;
    // an ecosystem kind is read by owner only (see the header); a one-word name is no kind here
    if (!isEcosystemKind(kind) || isDistinctEcosystemKind(kind)) v.catalogued.add(kind);
  }
  for (const kind of configKinds()) {
    if (!configKindType(kind)) continue;
    if (isNamedConfigKind(kind)) v.kinds.set(normKey(kind), kind);
    v.catalogued.add(kind);
  }
  return v;
}

/** The REST API kinds whose fields the by-name index holds: catalogued, and no ecosystem kind. */
function indexed(): Set<string> {
  return (indexedKinds ??= new Set(catalogueKinds().filter((kind) => kindType(kind) !== undefined && !isEcosystemKind(kind))));
}

/**
 * An indexed kind's fields, each path once: the kind's own type first (its preferred version),
 * then the versions other built-in API groups serve under the same kind: events.k8s.io/v1 Event
 * names core/v1 Event's `involvedObject` `regarding` and its `message` `note`; a path both have
 * is read once.
 */
function ownerFields(kind: string): readonly FieldOccurrence[] {
  let out = ownerFieldsOf.get(kind);
  if (out) return out;
  vocabularyBuilds.owners++;
  const list: FieldOccurrence[] = [];
  const seenPath = new Set<string>();
  for (const r of [kindType(kind)!, ...otherBuiltinTypes(kind)]) walkKind(kind, r, (o) => {
    if (seenPath.has(o.path)) return;
    seenPath.add(o.path);
    list.push(o);
  });
  out = list;
  ownerFieldsOf.set(kind, out);
  return out;
}

/**
 * An indexed kind's fields by path without `[]`: of the occurrences with that path, the first a
 * by-name lookup gives (`fieldsNamed`, shortest path first and the fields known by name only
 * last): the first one the catalogue describes, else the first known by name only. (The 1.30
 * catalogue has no two fields of a kind at one path without `[]`; the rule keeps the answer the
 * by-name lookup's if a later one does.)
 */
function ownerPaths(kind: string): Map<string, FieldOccurrence> {
  let m = ownerPathsOf.get(kind);
  if (m) return m;
  m = new Map();
  for (const o of ownerFields(kind)) {
    const k = o.path.replace(/\[\]/g, '');
    const had = m.get(k);
    if (!had || (had.newer && !o.newer)) m.set(k, o);
  }
  ownerPathsOf.set(kind, m);
  return m;
}

/** Shortest path first; a field known by name only after every field the catalogue describes. */
function sortOccurrences(lists: Iterable<FieldOccurrence[]>): void {
  // (the place a note most likely means is one 1.30 has: `resources` of a container, not of the Pod)
  for (const list of lists) list.sort((a, b) => Number(a.newer === true) - Number(b.newer === true) || depth(a.path) - depth(b.path));
}

function buildApi(): ApiIndex {
  vocabularyBuilds.api++;
  const v: ApiIndex = { fields: new Map(), singulars: new Map(), states: new Map(), enumValues: new Set(), enumFields: new Map() };
  for (const kind of indexed()) {
    for (const o of ownerFields(kind)) {
      const k = normKey(o.name);
      push(v.fields, k, o);
      const singular = singularKey(k);
      if (singular !== k) push(v.singulars, singular, o);
      if (o.enum) {
        for (const e of o.enum) v.enumValues.add(normKey(e));
        for (const e of o.enum) push(v.enumFields, e, o);
        if (o.path === PHASE_FIELD) for (const e of o.enum) push(v.states, normKey(e), { value: e, owner: o.owner, field: o.path });
      }
      for (const s of stateAlternatives(o)) {
        const list = v.states.get(normKey(s.value)) ?? [];
        const same = list.findIndex((x) => x.owner === s.owner && x.type === s.type);
        // `state` and `lastState` share a type: the state is read from the field named `state`.
        if (same < 0) push(v.states, normKey(s.value), s);
        else if (o.name === 'state') list[same] = s;
      }
    }
  }
  sortOccurrences([...v.fields.values(), ...v.singulars.values()]);
  return v;
}

function buildConfig(): ConfigIndex {
  vocabularyBuilds.config++;
  const v: ConfigIndex = { configFields: new Map(), configSingulars: new Map() };
  for (const kind of configKinds()) {
    const root = configKindType(kind);
    if (!root) continue;
    walkTypes(kind, root, configShapeOf, (o) => {
      const k = normKey(o.name);
      push(v.configFields, k, o);
      const singular = singularKey(k);
      if (singular !== k) push(v.configSingulars, singular, o);
    });
  }
  sortOccurrences([...v.configFields.values(), ...v.configSingulars.values()]);
  return v;
}

/**
 * The types of a kind at the versions other than its preferred one that other built-in API groups
 * serve (`events.k8s.io/v1` Event beside core `v1`); versions of the kind's own group describe
 * the same fields, and a project's kind of the same name (Knative's Service) is another kind.
 */
function otherBuiltinTypes(kind: string): TypeSpec[] {
  const [preferred, ...others] = kindApiVersions(kind);
  if (preferred === undefined) return [];
  const group = (v: string) => (v.includes('/') ? v.slice(0, v.indexOf('/')) : '');
  const out: TypeSpec[] = [];
  for (const v of others) {
    if (!isBuiltinGroup(v) || group(v) === group(preferred)) continue;
    const name = rootTypeName(v, kind);
    const t = name === undefined ? undefined : typeSpec(name);
    if (t) out.push(t);
  }
  return out;
}

/**
 * A state field whose type is a one-of of objects (`ContainerState`: `waiting`, `running`,
 * `terminated`, exactly one set): each alternative, capitalised, is a state its owner can be in.
 */
function stateAlternatives(o: FieldOccurrence): StateOccurrence[] {
  if (!/state$/i.test(o.name)) return [];
  const shape = shapeOf(o.type);
  if (shape.shape !== 'object') return [];
  const fields = Object.entries(shape.spec.f);
  if (fields.length < 2 || !fields.every(([, f]) => shapeOf(f.t).shape === 'object')) return [];
  return fields.map(([name]) => ({ value: name[0]!.toUpperCase() + name.slice(1), owner: o.owner, field: o.path, type: shape.type }));
}

const kindNames = (): Names => (names ??= buildNames());
const apiIndex = (): ApiIndex => (api ??= buildApi());
const configFieldIndex = (): ConfigIndex => (configIndex ??= buildConfig());

function depth(path: string): number {
  let n = 1;
  for (let i = 0; i < path.length; i++) if (path.charCodeAt(i) === 46) n++;
  return n;
}

/** `tolerations` → `toleration`, `hostaliases` → `hostalias`; other words unchanged. */
function singularKey(k: string): string {
  if (/(ses|xes|ches|shes)$/.test(k)) return k.slice(0, -2);
  if (/ies$/.test(k)) return k.slice(0, -3) + 'y';
  if (/[^s]s$/.test(k)) return k.slice(0, -1);
  return k;
}

/** The API kind a name stands for (`Pod`, `persistent volume`, `PVC`, `持久卷`), or undefined. */
export function kindNamed(name: string): string | undefined {
  return kindNames().kinds.get(normKey(name));
}

/** True when the field catalogue knows the kind's fields. */
export function isCatalogued(kind: string): boolean {
  return kindNames().catalogued.has(kind);
}

/**
 * Every place a field of this name occurs in the API (`HostAliases`, `hostAliases`), grouped
 * by owner with the shortest path first. A singular (`Toleration`) finds the plural field
 * (`tolerations`) when no field has the singular name.
 */
export function fieldsNamed(name: string): readonly FieldOccurrence[] {
  const k = normKey(name);
  const v = apiIndex();
  return v.fields.get(k) ?? v.singulars.get(k) ?? [];
}

/**
 * Owners of the state value (`Pending` → the phase of Pod, PersistentVolumeClaim,
 * PersistentVolume, Node; `Running` → Pod's phase and a container's state).
 */
export function statesNamed(value: string): readonly StateOccurrence[] {
  return apiIndex().states.get(normKey(value)) ?? [];
}

/**
 * Every place a field of this name occurs in the component configuration kinds (`cgroupDriver`
 * of KubeletConfiguration, `podSubnet` at `networking.podSubnet` of ClusterConfiguration), shortest
 * path first per owner; a singular (`profile`) finds the plural field (`profiles`) when no field
 * has the singular name, as `fieldsNamed` does. Read only for an owner the context names.
 */
export function configFieldsNamed(name: string): readonly FieldOccurrence[] {
  const k = normKey(name);
  const v = configFieldIndex();
  return v.configFields.get(k) ?? v.configSingulars.get(k) ?? [];
}

/** True for a value some field enumerates (`Always`, `IfNotPresent`, `Retain`, `ClientIP`). */
export function isEnumValue(value: string): boolean {
  return apiIndex().enumValues.has(normKey(value));
}

/**
 * struct26: the fields whose declared values include `value` as the API spells it, case and all
 * (`Guaranteed` → Pod's `status.qosClass`; `Recreate` → Deployment's `spec.strategy.type` and the
 * VerticalPodAutoscaler's `updateMode`); none for a word no field enumerates.
 */
export function enumFieldsOf(value: string): readonly FieldOccurrence[] {
  return apiIndex().enumFields.get(value) ?? [];
}

/**
 * The occurrence of a field path written in a note (`spec.containers[].imagePullPolicy`,
 * `template.metadata.labels`, `status.phase`) for one of `owners` (tried in order), matching
 * the path's end; undefined when none has it.
 */
/** A path as written in a note, as the catalogue spells paths: no list indices, no leading dot (`.spec.containers[0].image` → `spec.containers.image`). */
export function writtenPath(written: string): string {
  return written.replace(/\[\d*\]/g, '').replace(/^\./, '');
}

export function fieldByPath(written: string, owners: readonly string[]): FieldOccurrence | undefined {
  const clean = writtenPath(written);
  const last = clean.split('.').pop() ?? '';
  const occs = [...fieldsNamed(last), ...configFieldsNamed(last)].filter((o) => o.name.toLowerCase() === last.toLowerCase() || normKey(o.name) === normKey(last));
  const strip = (p: string) => p.replace(/\[\]/g, '');
  // (a path written from the object's root, `spec.resources`, before one it ends: `…volumeClaimTemplate.spec.resources`)
  const matches = occs.filter((o) => strip(o.path) === clean || strip(o.path).endsWith(`.${clean}`)).sort((a, b) => Number(strip(b.path) === clean) - Number(strip(a.path) === clean));
  for (const owner of owners) {
    const m = matches.find((o) => o.owner === owner);
    if (m) return m;
    // A path through a type the index holds at another place only (`initContainers[].restartPolicy`:
    // Container is indexed under `containers[]`): walk the owner's types.
    const walked = walkedPath(owner, clean);
    if (walked) return walked;
  }
  return undefined;
}

/** The field at a written path of `owner`, rooted at the object or at its spec/status. */
function walkedPath(owner: string, clean: string): FieldOccurrence | undefined {
  if (!isCatalogued(owner) || clean.split('.').includes('template')) return undefined;
  const roots = /^(spec|status|metadata)\./.test(clean) ? [''] : ['', 'spec.', 'status.'];
  for (const root of roots) {
    const occ = fieldAt(owner, root + clean);
    if (occ) return occ;
  }
  return undefined;
}

/** All occurrences of a written path (any owner), for when the context names no owner. */
export function fieldsByPath(written: string): FieldOccurrence[] {
  const clean = writtenPath(written);
  const last = clean.split('.').pop() ?? '';
  const strip = (p: string) => p.replace(/\[\]/g, '');
  return fieldsNamed(last).filter((o) => strip(o.path) === clean || strip(o.path).endsWith(`.${clean}`));
}

/** The field at exactly this owner-relative path (as an example key gives it), if the API has it. */
export function fieldAt(owner: string, path: string): FieldOccurrence | undefined {
  const segs = path.replace(/\[\]/g, '').split('.');
  const want = segs.join('.');
  // (what `fieldsNamed(last segment)` holds for this owner at this path: the by-name index holds
  // the same occurrences, built from `ownerFields`)
  const direct = indexed().has(owner) ? ownerPaths(owner).get(want) : undefined;
  if (direct) return direct;
  if (isConfigKind(owner)) return configFieldAt(owner, segs);
  // A one-word ecosystem kind (`Application`) is not read from the catalogue (see the header).
  if (isEcosystemKind(owner) && !isCatalogued(owner)) return undefined;
  // A path through a type reached more than once (initContainers[] after containers[]), or a
  // field of an ecosystem kind (never in the by-name index): walk the types.
  return fieldAlong(owner, kindType(owner), shapeOf, segs);
}

/**
 * rules30: the field at an owner-relative path of a one-word ecosystem kind (`Prometheus`,
 * `Rollout`) that a note's YAML declares under an API version the catalogue describes for it
 * (`monitoring.coreos.com/v1`): the note says which kind the word is, so its fields are read from
 * the catalogue, which `fieldAt` does not do for a name that may be an everyday word or another
 * tool's kind.
 */
export function declaredFieldAt(owner: string, apiVersion: string, path: string): FieldOccurrence | undefined {
  if (!isEcosystemKind(owner) || !kindApiVersions(owner).includes(apiVersion)) return undefined;
  return fieldAlong(owner, kindType(owner), shapeOf, path.replace(/\[\]/g, '').split('.'));
}

const projectFieldsMemo = new Map<string, readonly FieldOccurrence[]>();

/**
 * rules36: every field of a project's kind (`VirtualService` of `networking.istio.io/v1`, Istio's
 * `Gateway`, not the Gateway API's) as the catalogue describes it under the API version a note's
 * YAML declares it with: the type the catalogue serves for that (apiVersion, kind) pair, not the
 * kind's preferred one, so that a project's kind that shares its name with a kind of Kubernetes is
 * read as the note's. Empty for a Kubernetes group, a configuration group or a pair the catalogue
 * does not serve. Paths owner-relative, `[]` for list items, shallowest first.
 */
export function projectKindFields(kind: string, apiVersion: string): readonly FieldOccurrence[] {
  const key = `${apiVersion} ${kind}`;
  let out = projectFieldsMemo.get(key);
  if (out) return out;
  const root = apiVersion.includes('/') && !isBuiltinGroup(apiVersion) ? rootTypeName(apiVersion, kind) : undefined;
  const type = root === undefined ? undefined : typeSpec(root);
  const list: FieldOccurrence[] = [];
  if (type) walkEveryPlace(kind, type, list);
  projectFieldsMemo.set(key, (out = list.sort((a, b) => a.path.split('.').length - b.path.split('.').length)));
  return out;
}

/** Paths below this depth are not walked (`walkEveryPlace`). */
const PROJECT_PATH_DEPTH = 8;

/**
 * Every place of every field below a root type, a type reached at several places read at each
 * (Istio's `Destination` under `http[].route[].destination` and `http[].mirror`), a type not read
 * again inside itself; `walkTypes` reads each type once, at its first place, as the by-name index
 * wants.
 */
function walkEveryPlace(kind: string, root: TypeSpec, out: FieldOccurrence[]): void {
  const visit = (spec: TypeSpec, holder: string, prefix: string, chain: readonly string[], depth: number): void => {
    for (const [name, f] of Object.entries(spec.f)) {
      const { occ, shape, path } = placeOf(kind, holder, prefix, name, f, shapeOf);
      out.push(occ);
      if (shape.shape !== 'object' || depth >= PROJECT_PATH_DEPTH) continue;
      const obj = shape as { type: string; spec: TypeSpec };
      if (chain.includes(obj.type)) continue;
      visit(obj.spec, obj.type, `${path}.`, [...chain, obj.type], depth + 1);
    }
  };
  visit(root, kind, '', [kind], 0);
}

/**
 * Follow an owner-relative path through a catalogue's types (`shapeOf` of the REST API or of the
 * configuration catalogue). `opaque(i)` answers for a path that goes on below a field that is no
 * object (segment i); by default there is no such field.
 */
function fieldAlong<T extends WalkType>(owner: string, root: T | undefined, shapeOf: (t: string) => WalkShape<T>, segs: readonly string[], opaque: (i: number) => FieldOccurrence | undefined = () => undefined): FieldOccurrence | undefined {
  let holder = root;
  let holderName = owner;
  let built = '';
  for (let i = 0; i < segs.length; i++) {
    if (!holder) return undefined;
    const f = Object.hasOwn(holder.f, segs[i]!) ? holder.f[segs[i]!] : undefined;
    if (!f) return undefined;
    built += (built ? '.' : '') + segs[i];
    if (i === segs.length - 1) {
      const occ: FieldOccurrence = { name: segs[i]!, owner, path: built, holder: holderName, type: f.t };
      if (f.e) occ.enum = f.e;
      return occ;
    }
    let shape = shapeOf(f.t);
    while (shape.shape === 'list') {
      built += '[]';
      shape = shapeOf((shape as { of: string }).of);
    }
    if (shape.shape !== 'object') return opaque(i);
    const obj = shape as { type: string; spec: T };
    holder = obj.spec;
    holderName = obj.type;
  }
  return undefined;
}

/** The field at a path of a configuration kind, walking its types (a type reached at two places). */
function configFieldAt(owner: string, segs: readonly string[]): FieldOccurrence | undefined {
  return fieldAlong(owner, configKindType(owner), configShapeOf, segs, (i) => {
    // an opaque field filled by another configuration kind (a scheduler plugin's `args`): the
    // rest of the path is that kind's, when exactly one of them has it
    const rest = segs.slice(i + 1);
    const found = embeddedKinds(owner, segs.slice(0, i + 1).join('.')).map((k) => configFieldAt(k, rest)).filter((o) => o !== undefined);
    return found.length === 1 ? found[0] : undefined;
  });
}

/**
 * The design pattern a name stands for (`Sidecar`, `大使模式`, `控制器模式`), from the table in
 * names.ts; `X 模式` / `X pattern` name the pattern X when X is one.
 */
export function patternNamed(name: string): string | undefined {
  // Chinese characters alone are their own key (NFKC and lower case keep them, nothing to drop):
  // the miner asks for every prefix of a clause's Chinese opening (prose.ts), so without the
  // key memo's lookup; only 模式/容器 can end them.
  if (HAN_ONLY.test(name)) return PATTERN_KEYS.get(name) ?? (HAN_SUFFIX.test(name) ? PATTERN_KEYS.get(name.slice(0, -2)) : undefined);
  const k = normKey(name);
  return PATTERN_KEYS.get(k) ?? PATTERN_KEYS.get(k.replace(/(模式|pattern|容器|containers?)$/u, ''));
}

const HAN_ONLY = /^[\u4e00-\u9fff]+$/;
const HAN_SUFFIX = /(?:模式|容器)$/;

const PATTERN_KEYS: Map<string, string> = new Map(
  Object.entries(PATTERN_NAMES).flatMap(([pattern, names]) => names.map((n) => [normKey(n), pattern] as [string, string])),
);

/**
 * Head nouns that say "a volume of this type": `configMap 卷`, `hostPath volume`; the type is
 * the word right before (`Generic Ephemeral Volume` → ephemeral).
 */
const VOLUME_HEAD = /^(?:[A-Za-z][A-Za-z0-9]*\s+)*([A-Za-z][A-Za-z0-9]*)\s*(?:卷|存储卷|volumes?)$/iu;

/**
 * The volume source a name like `configMap 卷` / `secret volume` stands for: the Pod field
 * `spec.volumes[].configMap` (a volume of that type), not the object ConfigMap.
 */
export function volumeSourceNamed(name: string): FieldOccurrence | undefined {
  const m = VOLUME_HEAD.exec(name.normalize('NFKC').trim());
  if (!m) return undefined;
  const want = m[1]!.toLowerCase();
  return fieldsNamed(want).find((o) => o.owner === DEFAULT_OWNER && o.path.toLowerCase() === `spec.volumes[].${want}`);
}

/** True when the field holds a list (`spec.initContainers`): its items are the things it names. */
export function isListField(o: FieldOccurrence): boolean {
  return shapeOf(o.type).shape === 'list';
}
