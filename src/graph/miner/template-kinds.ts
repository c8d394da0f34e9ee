/**
 * typing46: a custom resource's template that is another kind's object. Kubernetes' workloads hold a
 * Pod template (`spec.template` of a Deployment: its fields are the Pod's, yaml/pod-path.ts), and so
 * do many custom resources (a training job's replica specs, a database operator's Pod template, a
 * Ray cluster's groups); others hold another custom kind's template (KubeVirt's VirtualMachine holds
 * a VirtualMachineInstance's in `spec.template`, Knative's Service a Revision's, a VirtualMachine's
 * `dataVolumeTemplates[]` DataVolumes). By the corpus conventions the fields inside such a template
 * belong to the kind it is a template of, at that kind's own path. The template's kind is read only
 * where the note shows it:
 *
 *   `spec.template` 里装着一个 VMI 模板 / 它的 `spec.template` 就是 Revision 的模板
 *        the note's text says the path (in code) holds a template of a kind (a kind's name, or the
 *        abbreviation the note glosses it with: `VirtualMachineInstance（VMI）`), in one clause
 *   `dataVolumeTemplates:` beside `kind: DataVolume` in the note
 *        the key is named after a kind the note's examples declare or the API knows (`<kind>Template(s)`)
 *   `template:` / `  spec:` / `    containers:`
 *        the template's spec holds `containers`: a Pod template, as in every workload
 *
 * Only keys of a custom kind's documents (one no catalogue describes) are read again: the catalogue
 * already types a catalogued kind's template. The keys move to the template's kind: its `spec.…`
 * (and, for a Pod, its `metadata.…` as a workload's do); the template's own metadata otherwise stays
 * the holder's, as the labels write it (`spec.template.metadata.labels` of a VirtualMachine).
 */
import type { FenceAnalysis } from '../examples.ts';
import { isUncataloguedKind } from './note-kinds.ts';
import { declaredFieldAt, fieldAt, kindNamed } from '../vocabulary/index.ts';
import { POD_TEMPLATE_PREFIX, toPodPath } from '../yaml/pod-path.ts';
import { rootTypeName, typeSpec } from '../yaml/catalogue.ts';

/** A key that holds a template: `template`, `podTemplate`, `dataVolumeTemplates[]` (group 1 the kind's words). */
const TEMPLATE_KEY = /^(?:template|([a-z][A-Za-z0-9]*?)Templates?)$/;
/** The words after a kind's name that say a template of it: `VMI 模板`, `Revision 的模板`, `Pod template`. */
const TEMPLATE_NOUN = String.raw`[ \t]*(?:的)?[ \t]*(?:模板|模版|template)(?![A-Za-z])`;
const KIND_NAME = String.raw`(?<![A-Za-z0-9_.-])([A-Z][A-Za-z0-9]*)`;
/** What may sit between the path's code span and the kind in one clause: no sentence or clause end. */
const BETWEEN = String.raw`[^。；;！!？?\n\x60]{0,24}?`;

/** `VirtualMachineInstance（VMI）`, `Knative Service (ksvc)`: a kind-spelt name and the abbreviation glossing it. */
export function abbreviationsIn(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.normalize('NFKC').matchAll(/(?<![A-Za-z0-9])([A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)*)\*{0,2}[ \t]*[（(][ \t]*([A-Z]{2,6}|[a-z]{2,6})[ \t]*[)）]/gu)) {
    if (!out.has(m[2]!)) out.set(m[2]!, m[1]!);
  }
  return out;
}

/**
 * The kinds the text says a written path holds a template of: for each path written in code
 * (`spec.template`, `template`), the kind named in the same clause after it before 模板 / template.
 * Abbreviations are read through `abbrev`.
 */
export function saidTemplates(text: string, abbrev: ReadonlyMap<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  const re = new RegExp(String.raw`\x60([A-Za-z][\w.\[\]]*?)\x60${BETWEEN}(?:\x60|\*\*)?${KIND_NAME}(?:\x60|\*\*)?${TEMPLATE_NOUN}`, 'gu');
  for (const m of text.normalize('NFKC').matchAll(re)) {
    const path = m[1]!.replace(/\[\]/g, '');
    const last = path.split('.').pop()!;
    if (!TEMPLATE_KEY.test(last)) continue;
    // (a negation or a question between: `不是 Pod 模板`)
    if (/不是|并非|没有|吗/u.test(m[0])) continue;
    const name = m[2]!;
    const kind = abbrev.get(name) ?? name;
    if (!/^[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*$/.test(kind)) continue;
    if (!out.has(path)) out.set(path, kind);
  }
  return out;
}

/** The kind a template key's own name spells (`dataVolumeTemplates` → DataVolume), if the note declares it or the API knows it. */
function keyNamedKind(key: string, declared: ReadonlySet<string>): string | undefined {
  const words = TEMPLATE_KEY.exec(key)?.[1];
  if (!words) return undefined;
  const kind = words[0]!.toUpperCase() + words.slice(1);
  if (declared.has(kind)) return kind;
  return kindNamed(kind) === kind ? kind : undefined;
}

/**
 * The kind a catalogued kind's template is of, by the catalogue's type of the template field: the API
 * names a template of a kind `<Kind>TemplateSpec` (`PodTemplateSpec` of an Argo Rollout's `spec.template`,
 * `RevisionTemplateSpec` of a Knative Configuration's), where the kind is the API's or the note's.
 */
function typeTemplateKind(owner: string, apiVersion: string, path: string, declared: ReadonlySet<string>): string | undefined {
  const type = (catalogueTypeAt(apiVersion, owner, path) ?? declaredFieldAt(owner, apiVersion, path) ?? fieldAt(owner, path))?.type.replace(/^\[\]/, '').replace(/@.*$/, '');
  const kind = type === undefined ? undefined : /^([A-Z][A-Za-z0-9]*)TemplateSpec$/.exec(type)?.[1];
  if (kind === undefined || kind === owner) return undefined;
  // (a kind of the API, of the note's examples, or one the catalogue serves beside the holder: Knative's Revision)
  return kind === 'Pod' || declared.has(kind) || kindNamed(kind) === kind || (apiVersion !== '' && rootTypeName(apiVersion, kind) !== undefined) ? kind : undefined;
}

/** The catalogue's type of a path of a kind served at this apiVersion (Knative's `Service` of serving.knative.dev/v1, not the core one). */
function catalogueTypeAt(apiVersion: string, kind: string, path: string): { type: string } | undefined {
  let t = apiVersion === '' ? undefined : rootTypeName(apiVersion, kind);
  for (const seg of path.split('.')) {
    const spec = t === undefined ? undefined : typeSpec(t);
    const field = spec && Object.hasOwn(spec.f, seg) ? spec.f[seg] : undefined;
    if (!field) return undefined;
    t = field.t.replace(/^\[\]/, '').replace(/^map\[string\]/, '');
  }
  return t === undefined ? undefined : { type: t };
}

/**
 * Moves the keys inside a custom kind's template to the kind it is a template of (see above), in
 * place; `text` is the note's text. Keys that move keep the holder in `via`.
 */
export function moveTemplateKeys(text: string, fences: readonly FenceAnalysis[]): TemplateMove[] {
  const moves: TemplateMove[] = [];
  const holders = new Set<string>();
  // (a catalogued kind that is no workload of Kubernetes' own: its template's kind is the catalogue's type, below)
  const catalogued = new Map<string, string>();
  const declared = new Set<string>();
  const apiVersions = new Map<string, string>();
  for (const f of fences) {
    for (const [i, kind] of f.docKinds.entries()) {
      if (kind === '') continue;
      declared.add(kind);
      const apiVersion = f.docApiVersions[i] ?? '';
      if (!apiVersions.has(kind)) apiVersions.set(kind, apiVersion);
      if (isUncataloguedKind(apiVersion, kind)) holders.add(kind);
      else if (POD_TEMPLATE_PREFIX[kind] === undefined && !catalogued.has(kind)) catalogued.set(kind, apiVersion);
    }
  }
  for (const k of catalogued.keys()) holders.add(k);
  if (holders.size === 0) return moves;
  let said: Map<string, string> | undefined;
  for (const f of fences) {
    // each template of each holder: its path (`spec.template`, `spec.dataVolumeTemplates[]`) → kind
    const targets = new Map<string, string>();
    for (const k of f.keys) {
      if (k.data || k.owner === undefined || !holders.has(k.owner) || k.via !== undefined) continue;
      const m = /^(.*?)\.spec\./.exec(k.path);
      if (!m) continue;
      // (the innermost template first: the path below the last `.spec.` that follows a template key)
      const segs = k.path.split('.');
      for (let i = segs.length - 2; i >= 0; i--) {
        if (segs[i + 1] !== 'spec') continue;
        const key = segs[i]!.replace(/\[\]$/, '');
        // (a catalogued kind's template is known by its type, whatever its key: ResourceClaimTemplate's `spec.spec`)
        if (!TEMPLATE_KEY.test(key) && !catalogued.has(k.owner)) continue;
        const prefix = `${k.owner}\u0000${segs.slice(0, i + 1).join('.')}`;
        if (targets.has(prefix)) break;
        const path = segs.slice(0, i + 1).join('.');
        const clean = path.replace(/\[\]/g, '');
        if (catalogued.has(k.owner)) {
          const kind = typeTemplateKind(k.owner, catalogued.get(k.owner)!, clean, declared);
          // (not a template: look further out, `spec.template.spec` holding a `spec` of its own is rare but possible)
          if (kind === undefined) continue;
          targets.set(prefix, kind);
          moves.push({ holder: k.owner, path, kind, cue: 'catalogue-type' });
          break;
        }
        said ??= saidTemplates(text, abbreviationsIn(text));
        const fromText = said.get(clean) ?? (clean.includes('.') ? undefined : said.get(key));
        const written = [...said.entries()].find(([p]) => clean.endsWith(`.${p}`) || p === clean)?.[1];
        let kind = fromText ?? written;
        let cue: TemplateMove['cue'] = 'said';
        // (a project's kind the catalogue serves under the apiVersion written, though the vocabulary reads its name as another's: Knative's Service)
        if (kind === undefined && (kind = typeTemplateKind(k.owner, apiVersions.get(k.owner) ?? '', clean, declared)) !== undefined) cue = 'catalogue-type';
        if (kind === undefined && (kind = keyNamedKind(key, declared)) !== undefined) cue = 'key-named';
        if (kind === undefined && f.keys.some((x) => x.owner === k.owner && !x.data && (x.path === `${path}.spec.containers` || x.path === `${path}.spec.containers[]`))) {
          kind = 'Pod';
          cue = 'pod-containers';
        }
        if (kind === k.owner) kind = undefined;
        targets.set(prefix, kind ?? '');
        if (kind !== undefined) moves.push({ holder: k.owner, path, kind, cue });
        break;
      }
    }
    if (![...targets.values()].some((v) => v !== '')) continue;
    for (const k of f.keys) {
      if (k.owner === undefined || !holders.has(k.owner) || k.via !== undefined) continue;
      let best: { path: string; kind: string } | undefined;
      for (const [prefix, kind] of targets) {
        const [owner, path] = prefix.split('\u0000') as [string, string];
        if (kind === '' || owner !== k.owner || !k.path.startsWith(`${path}.`)) continue;
        if (!best || path.length > best.path.length) best = { path, kind };
      }
      if (!best) continue;
      const rest = k.path.slice(best.path.length + 1);
      const root = rest.split('.')[0]!;
      if (!(root === 'spec' || (best.kind === 'Pod' && root === 'metadata'))) continue;
      k.via = k.owner;
      // (a workload's template, `deploymentTemplate`: its own Pod template is the Pod's, as in any Deployment)
      const podPath = best.kind === 'Pod' ? rest : toPodPath(best.kind, rest);
      k.owner = podPath !== undefined ? 'Pod' : best.kind;
      k.path = podPath ?? rest;
    }
  }
  return moves;
}

/** A template `moveTemplateKeys` read: the holder kind, the template's path in it, its kind, and what showed it. */
export interface TemplateMove {
  holder: string;
  path: string;
  kind: string;
  cue: 'said' | 'key-named' | 'pod-containers' | 'catalogue-type';
}
