/**
 * kind42 (issue 12 item 1): the custom kind a note names without declaring it (docs/miner.md "kind42").
 *
 * An operator developer's chapter about the status subresource or the metadata a controller relies on names its own
 * custom resource (`QueueCluster`, `XdbCluster`, `WebApp`) in prose only: no example of the chapter writes
 * `kind: QueueCluster` and no CRD of it defines `names.kind`, so note-kinds.ts reads no custom kind and crd41's
 * standard fields (`status.conditions`, `metadata.generation`) have no object to be fields of. An expert reads the
 * object off how the chapter handles it as a resource of the API:
 *
 *   - its resource name: the lower-case plural of the name the chapter spells as a kind (`queueclusters` and
 *     `queueclusters/status` beside `QueueCluster`, `kubectl get xdbclusters`), the name two words or more (a one-word
 *     name's plural is an English word: `images`, `claims`);
 *   - kubectl taking the name's plural or lower-case name as a resource type (`kubectl get taskruns`,
 *     `kubectl -n x describe queuecluster/a`): kind-evidence.ts's `kubectlResourceTypes` / `listedByKubectl`, the one
 *     reader of that shape (kind43), which typing46's `kubectl-listed-kind` reads too;
 *   - an object reference to it: `kind: X` beside `apiVersion: group/v…` of a group outside Kubernetes' own, below
 *     the top of an example (an ownerReference of the StatefulSet the operator creates, `- apiVersion:
 *     cache.example.com/v1alpha1` / `kind: QueueCluster`).
 *
 * A name the API, a catalogue or the configuration APIs know, an enum value, a spelling of a built-in kind's plural
 * (`EndPoint` beside `endpoints`) and RBAC's subject kinds (`User`, `Group`: `kubectl get users` is said to fail)
 * are not taken. Counted over every dev set in `bench/kinds42.mjs`.
 */
import type { FenceAnalysis } from '../examples.ts';
import { isCatalogued, isConfigKind, isEnumValue, kindNamed } from '../vocabulary/index.ts';
import { COMPOUND_KIND, kubectlResourceTypes, listedByKubectl, resourcePlurals } from './kind-evidence.ts';

export { resourcePlurals };

/** The rule, as data (named for `--explain` and the tests). */
export const PROSE_KINDS = {
  name: 'prose-kind',
  /** A name spelt as a kind. */
  kindWord: /(?<![A-Za-z0-9_$])[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*(?![A-Za-z0-9_])/g,
  /** Two words or more (`QueueCluster`, `IPAddressPool`): a one-word name's plural is an English word. */
  compound: COMPOUND_KIND,
  /** An object reference: `apiVersion: group/v…` then `kind: X` (or the other order), indented or in a list. */
  reference:
    /^([ \t]*-?[ \t]*)(?:apiVersion:[ \t]*["']?([a-z0-9-]+(?:\.[a-z0-9-]+)+)\/v[0-9a-z]+["']?[ \t]*\n[ \t]*-?[ \t]*kind:[ \t]*["']?([A-Z][A-Za-z0-9]*)["']?|kind:[ \t]*["']?([A-Z][A-Za-z0-9]*)["']?[ \t]*\n[ \t]*-?[ \t]*apiVersion:[ \t]*["']?([a-z0-9-]+(?:\.[a-z0-9-]+)+)\/v[0-9a-z]+)/gm,
  /** Kubernetes' own groups (`rbac.authorization.k8s.io`): a reference to one is to a built-in kind. */
  builtinGroup: /(?:^|\.)k8s\.io$/,
  /** RBAC's subject kinds: names of who is authorised, no stored object. */
  subjectKinds: new Set(['User', 'Group']),
} as const;

/** True when a name spelt as a kind may be a custom kind of the note: nothing the API or a catalogue knows. */
export function unknownKindName(name: string): boolean {
  if (PROSE_KINDS.subjectKinds.has(name)) return false;
  if (kindNamed(name) !== undefined || kindNamed(`${name}s`) !== undefined || isCatalogued(name) || isConfigKind(name)) return false;
  return !isEnumValue(name);
}

/**
 * The custom kinds a note names as resources of the API without declaring them (by the shapes above), in the order
 * the note first spells them. `text` is the note's whole text (code included); `fences` its YAML examples.
 */
export function proseNamedKinds(text: string, fences: readonly FenceAnalysis[], kubectlTypes?: ReadonlySet<string>): string[] {
  const r = PROSE_KINDS;
  const normal = text.normalize('NFKC');
  const words: string[] = [];
  for (const m of normal.matchAll(r.kindWord)) if (!words.includes(m[0])) words.push(m[0]);
  if (words.length === 0) return [];
  const tokens = new Set(normal.match(/[a-z][a-z0-9]*/g) ?? []);
  // (kubectl's resource types, read by kind-evidence.ts: the note's own set when the caller has it)
  const listed = kubectlTypes ?? kubectlResourceTypes(text);
  const referenced = new Set<string>();
  for (const f of fences) {
    const declared = new Set(f.docKinds.filter((k) => k !== ''));
    for (const m of f.node.value.matchAll(r.reference)) {
      const kind = m[3] ?? m[4]!;
      const group = m[2] ?? m[5]!;
      // (below the top of the document: a reference inside an object, not the document's own kind)
      if (m[1] === '' || declared.has(kind) || r.builtinGroup.test(group)) continue;
      referenced.add(kind);
    }
  }
  const out: string[] = [];
  for (const w of words) {
    if (!unknownKindName(w)) continue;
    const plurals = resourcePlurals(w);
    const byPlural = r.compound.test(w) && plurals.some((p) => tokens.has(p));
    const byKubectl = listedByKubectl(w, [], listed);
    if (byPlural || byKubectl || referenced.has(w)) out.push(w);
  }
  return out;
}
