/**
 * The named things of Kubernetes beyond the API and configuration fields (k8s-names.json,
 * generated from kubernetes/kubernetes by scripts/build-k8s-names.mjs): admission plugins,
 * scheduler framework plugins and extension points, kube-proxy modes, well-known labels,
 * annotations and taints. Each has a category, the concept kind it becomes and its source file.
 *
 * Matching is by spelling with the decoration a note puts around a name taken off
 * (`` `NodeResourcesFit` ``, `NodeResourcesFit 插件`, `iptables 模式`): a multi-word PascalCase
 * name also matches with a lower-case first letter (`nodeResourcesFit`); a one-word name
 * (`Filter`, `Score`, `Priority`) only as written, since `filter` or `priority` is a plain word
 * or a configuration key; label and taint keys, proxy modes and kubectl commands (`kubectl drain`,
 * never a bare `drain`) match in any case.
 */
import data from './k8s-names.json' with { type: 'json' };

export type NamedThingCategory =
  | 'admission-plugin'
  | 'scheduler-plugin'
  | 'scheduler-extension-point'
  | 'proxy-mode'
  | 'well-known-label'
  | 'well-known-annotation'
  | 'well-known-taint'
  | 'kubectl-command';

export interface NamedThing {
  name: string;
  category: NamedThingCategory;
  kind: 'term';
  /** `repo path@commit` of the file the name was read from. */
  source: string;
  deprecated?: boolean;
  /** A well-known label whose key is also a taint's (`node-role.kubernetes.io/control-plane`). */
  taint?: boolean;
}

/** How each category is said in explanations. */
export const CATEGORY_LABEL: Record<NamedThingCategory, string> = {
  'admission-plugin': 'admission plugin',
  'scheduler-plugin': 'scheduler plugin',
  'scheduler-extension-point': 'scheduler extension point',
  'proxy-mode': 'kube-proxy mode',
  'well-known-label': 'well-known label',
  'well-known-annotation': 'well-known annotation',
  'well-known-taint': 'well-known taint',
  'kubectl-command': 'kubectl command',
};

/** Head nouns a note writes after a name (`PodSecurity 准入插件`, `ipvs 模式`, `Score 扩展点`). */
const HEAD_NOUN = /(\s*(准入控制器|准入插件|调度插件|插件|扩展点|模式|标签|污点|注解)|\s+(admission plugin|admission controller|scheduler plugin|plugin|extension point|proxy mode|mode|label|taint|annotation))$/iu;

let byKey: Map<string, NamedThing> | undefined;

function table(): Map<string, NamedThing> {
  if (byKey) return byKey;
  byKey = new Map();
  const sources = data.sources.map((s) => `${s.repo} ${s.path}@${s.commit.slice(0, 7)}`);
  for (const n of data.names) {
    const thing: NamedThing = { name: n.name, category: n.category as NamedThingCategory, kind: 'term', source: sources[n.source]! };
    if ('deprecated' in n && n.deprecated) thing.deprecated = true;
    if ('taint' in n && n.taint) thing.taint = true;
    for (const k of keysOf(thing)) if (!byKey.has(k)) byKey.set(k, thing);
  }
  return byKey;
}

function keysOf(t: NamedThing): string[] {
  if (/^[A-Z]/.test(t.name)) {
    const humps = t.name.match(/[A-Z][a-z0-9]*/g)?.length ?? 1;
    return humps >= 2 ? [t.name, t.name[0]!.toLowerCase() + t.name.slice(1)] : [t.name];
  }
  return [t.name.toLowerCase()];
}

/** The bare name a label spells: backticks, quotes and a head noun taken off. */
export function bareName(label: string): string {
  let s = label.normalize('NFKC').trim().replace(/^[`"'“‘]+|[`"'”’]+$/g, '').trim();
  if (/^kubectl\s/i.test(s)) return s; // `kubectl label` is a command, not `kubectl` + a head noun
  s = s.replace(HEAD_NOUN, '').replace(/^[`"'“‘]+|[`"'”’]+$/g, '').trim();
  return s;
}

/** The named thing a label names, if any. */
export function namedThing(label: string): NamedThing | undefined {
  const s = bareName(label).replace(/^kubectl\s+/i, 'kubectl ');
  if (s === '' || /\s/.test(s.replace(/^kubectl /, ''))) return undefined;
  const t = table();
  return t.get(s) ?? (/^[a-z0-9.-]+\.[a-z]+\/|^[a-z]+$|^kubectl [a-z-]+$/i.test(s) ? lowerOnly(t, s) : undefined);
}

function lowerOnly(t: Map<string, NamedThing>, s: string): NamedThing | undefined {
  const hit = t.get(s.toLowerCase());
  return hit && !/^[A-Z]/.test(hit.name) ? hit : undefined;
}

/** Every named thing (tests, docs). */
export function namedThings(): NamedThing[] {
  return [...new Set(table().values())];
}
