/**
 * alias25: what is never another name of a concept, whatever rule proposed it as an alias (stages/mine.ts
 * `addAlias` asks every alias here). A concept's aliases are shown on its page and used for search and
 * for matching the note's text, so each must be a real other name of it. Each shape has an example
 * (no other name) and a look-alike (a real other name it must leave alone); tests/unit/graph/
 * miner-alias25.test.ts runs them.
 *
 *   default-value  a default or a value said in brackets after the name: `node-monitor-grace-period
 *                  （默认 40 秒）`, `（默认为 true）`, `（缺省：3）`. 默认 followed by a value (a number, a
 *                  quoted or code value, on/off); a name that starts with 默认 (`默认调度器`) stays.
 *   quantity       a number and a unit alone (`300 秒`, `40s`, `1Gi`, `3 次`): an amount, not a name
 *                  (`7 层代理`, a name that opens on a number, stays).
 *   dangling-joiner  a name and the word that joins it to the next (`preStop 与` of `也就是 preStop 与 postStart`,
 *                  fix29): half of a pair, not a name (`Pod 与容器`, a joined name, stays).
 */
import { kindNamed } from '../vocabulary/index.ts';

export interface NotANameShape {
  name: 'default-value' | 'quantity' | 'dangling-joiner';
  re: RegExp;
  example: string;
  lookAlike: string;
}

const VALUE = String.raw`(?:[${'`'}"“'‘][^${'`'}"”'’]+[${'`'}"”'’]|[-+]?\d|(?:true|false|on|off|none|null)\b|开启|关闭|启用|禁用|打开|不开启|不启用|无|空|不限)`;
const UNIT = String.raw`(?:秒钟?|毫秒|分钟|小时|天|周|个|次|倍|%|ms|s|m|h|d|Ki|Mi|Gi|Ti|KB|MB|GB|TB|KiB|MiB|GiB|[kKMG]|核|m?CPU|副本)`;

export const NOT_A_NAME_SHAPES: readonly NotANameShape[] = [
  { name: 'default-value', re: new RegExp(String.raw`^(?:默认值?|缺省值?|default)\s*(?:[:：=]|是|为)?\s*${VALUE}`, 'iu'), example: '默认 40 秒', lookAlike: '默认调度器' },
  { name: 'quantity', re: new RegExp(String.raw`^[-+]?\d+(?:\.\d+)?\s*${UNIT}?$`, 'u'), example: '300 秒', lookAlike: '7 层代理' },
  // fix29: `也就是 preStop 与 postStart` read `preStop 与` as a name: a name and the word joining it to the next
  { name: 'dangling-joiner', re: /[A-Za-z0-9`]\s*(?:与|和|及|以及|或|、)$/u, example: 'preStop 与', lookAlike: 'Pod 与容器' },
];

/** The shape by which `alias` is no other name of anything (a default, a value, an amount), or undefined. */
export function notAnotherName(alias: string): NotANameShape['name'] | undefined {
  const s = alias.normalize('NFKC').replace(/\s+/g, ' ').trim();
  return NOT_A_NAME_SHAPES.find((x) => x.re.test(s))?.name;
}

/**
 * fix29: what is never another name of one concept, given the names it already has (stages/mine.ts
 * `addAlias`). `虚拟 IP（ClusterIP）` reads `IP` as the gloss's Chinese side (definer.ts trailingName stops
 * at the space), and an alias `IP` then names ClusterIP wherever a note writes IP.
 *   name-fragment  a Latin alias that is a piece of one of the concept's own Latin names: a hump of a
 *                  one-word name (`IP` of `ClusterIP`, `Port` of `NodePort`) or one word of a name of
 *                  Latin words (`Service` of `Headless Service`). The longer name says more; the piece
 *                  names other things too.
 *   short-generic  a two-letter abbreviation every field uses for something (`IP`, `ID`, `OS`, `IO` …:
 *                  GENERIC_SHORT_NAMES), unless it is the initials of the concept's name (`IO` of
 *                  `Input Output`).
 *   another-kind   (lead47) a Latin alias that names an API kind (`PV`) of a concept another of whose names is a
 *                  different kind (`Pod`): `或者独立于 Pod（PV）` sets the PV beside the Pod; two kinds are never
 *                  each other's other name (`deploy` of `Deployment`, one kind, stays).
 * Each has an example and a look-alike (`PV` of `Persistent Volume`, initials; `SA` of `ServiceAccount`;
 * `iptables 模式` of `iptables`, longer); tests/unit/graph/miner-fix29.test.ts runs them.
 */
export const GENERIC_SHORT_NAMES: ReadonlySet<string> = new Set(['ip', 'id', 'os', 'io', 'ui', 'db', 'vm', 'ok', 'pc', 'qa', 'tv', 'hz']);

/**
 * fix30 (`known-name-attribute`): an API kind's name and one of GENERIC_SHORT_NAMES after it (`Pod IP`, `Node IP`,
 * Latin words only) is that object's address or id, a property the passage states about the kind, not a concept
 * of its own: the labels of dev34, dev54 and dev69 leave `Pod IP` out where a note says `Pod IP 会变`. The
 * look-alike `SPIFFE ID` (no kind; dev45 and dev67 label it) stays: a first version that took any known name
 * lost it (dev67 −2 found). Found when fix29's short-generic alias shape stopped `IP` naming NetworkPolicy
 * (dev34), which had made `Pod IP` a `relation` of two known names.
 */
export const KNOWN_NAME_ATTRIBUTE = {
  name: 'known-name-attribute',
  re: /^([A-Za-z][A-Za-z0-9-]*)\s+([A-Za-z]{2})$/u,
  example: 'Pod IP',
  lookAlike: 'SPIFFE ID',
} as const;

/** The known name a `<name> <generic>` label is an attribute of (`Pod` of `Pod IP`), or undefined. */
export function knownNameAttribute(label: string, known: (name: string) => boolean): string | undefined {
  const m = KNOWN_NAME_ATTRIBUTE.re.exec(label.normalize('NFKC').trim());
  return m && GENERIC_SHORT_NAMES.has(m[2]!.toLowerCase()) && known(m[1]!) ? m[1] : undefined;
}

export interface NotAliasOfShape {
  name: 'name-fragment' | 'short-generic' | 'another-kind';
  example: { alias: string; names: string[] };
  lookAlike: { alias: string; names: string[] };
}

export const NOT_ALIAS_OF_SHAPES: readonly NotAliasOfShape[] = [
  { name: 'name-fragment', example: { alias: 'IP', names: ['ClusterIP'] }, lookAlike: { alias: 'iptables 模式', names: ['iptables'] } },
  { name: 'short-generic', example: { alias: 'IP', names: ['虚拟地址'] }, lookAlike: { alias: 'PV', names: ['Persistent Volume'] } },
  // lead47: `或者独立于 Pod（PV）` — a bracket after a kind that names another kind says what the sentence sets
  // beside it (the PV that outlives the Pod), never the kind's other name: two API kinds are two things
  { name: 'another-kind', example: { alias: 'PV', names: ['Pod'] }, lookAlike: { alias: 'PVC', names: ['PersistentVolumeClaim'] } },
];

/** The humps and words of a Latin name: `ClusterIP` → Cluster, IP; `Headless Service` → Headless, Service. */
function nameParts(name: string): string[] {
  return name.split(/[\s]+/).flatMap((w) => w.match(/[A-Z]{2,}(?=[A-Z][a-z]|$|[^A-Za-z])|[A-Z]?[a-z0-9]+|[A-Z]+/g) ?? []);
}

/** The shape by which `alias` is no other name of a concept named `names`, or undefined. */
export function notAnAliasOf(alias: string, names: readonly string[]): NotAliasOfShape['name'] | undefined {
  const a = alias.normalize('NFKC').trim();
  if (!/^[A-Za-z][A-Za-z0-9]*$/.test(a)) return undefined;
  const lower = a.toLowerCase();
  for (const n of names) {
    const name = n.normalize('NFKC').trim();
    if (!/^[A-Za-z][A-Za-z0-9]*(?: [A-Za-z][A-Za-z0-9]*)*$/.test(name) || name.length <= a.length) continue;
    const words = name.split(' ');
    const parts = words.length > 1 ? words : nameParts(name);
    if (parts.length > 1 && parts.some((p) => p.toLowerCase() === lower)) return 'name-fragment';
  }
  // (another-kind: the alias names an API kind, and so does one of the concept's names, a different one)
  const aliasKind = kindNamed(a);
  if (aliasKind !== undefined && names.some((n) => { const k = kindNamed(n); return k !== undefined && k !== aliasKind; })) return 'another-kind';
  if (lower.length === 2 && GENERIC_SHORT_NAMES.has(lower)) {
    const initials = names.some((n) => {
      const parts = nameParts(n.normalize('NFKC').trim());
      return parts.length === 2 && parts.map((p) => p[0]!.toLowerCase()).join('') === lower;
    });
    if (!initials) return 'short-generic';
  }
  return undefined;
}

/**
 * Words right before a Chinese word that make it a verb or a predicate of the sentence, not a name:
 * a passive (`被驱逐（tolerationSeconds）`: Pod is evicted, and the field in brackets says after how
 * long), a disposal (`把…`), a modal or an aspect (`就会重启`, `已经删除`, `可以扩容`). Only markers that end
 * no noun: a bare 要, 能, 会 or 将 ends 需要, 功能, 机会 (`需要存储类（StorageClass）` glosses a name). A gloss in brackets
 * after such a word explains the action by the setting that governs it; it is no other name of the
 * setting. (miner/definer.ts reads it for the learned definer's `gloss` pairs.)
 */
export const VERB_MARKERS: readonly string[] = ['被', '把', '已经', '就会', '将会', '不会', '可以'];
const VERB_BEFORE = new RegExp(`(?:${VERB_MARKERS.join('|')})\\s*$`, 'u');

/** Whether the text right before a Chinese word (`…Pod 被`) makes that word a verb of the sentence. */
export function verbBefore(before: string): boolean {
  return VERB_BEFORE.test(before);
}

/**
 * neg26: kinds of concept that make a series of definitions under one heading. A heading over several
 * definitions (`## 策略` over `**BlueGreen**：…` and `**Recreate**：…`) is their category, never the first
 * one's other name (stages/mine.ts `seriesAfter`, with heading-shapes.ts `headingOverSeries`). reader11 asked
 * for the same kind; a pattern beside a term (`BlueGreen`, a design pattern, then `Recreate`, a strategy's
 * value) or an object beside a term is still a series of names. What stays apart: a field then names that
 * are not fields (`**imagePullPolicy**：…` then `**Always**：…`: one setting and its values, the heading
 * `### 镜像拉取策略` the setting's other name), and a state (a phase listed under its kind).
 */
export interface SeriesKinds {
  name: string;
  kinds: readonly string[];
  example: readonly [string, string];
}

export const SERIES_KIND_GROUPS: readonly SeriesKinds[] = [
  { name: 'names', kinds: ['term', 'pattern', 'object'], example: ['pattern', 'term'] },
  { name: 'fields', kinds: ['field'], example: ['field', 'field'] },
  { name: 'topics', kinds: ['topic'], example: ['topic', 'topic'] },
];

/** Whether a definition of kind `later` after an opener of kind `opener` continues a series (never a state). */
export function sameSeries(opener: string, later: string): boolean {
  if (opener === 'state' || later === 'state') return false;
  return opener === later || SERIES_KIND_GROUPS.some((g) => g.kinds.includes(opener) && g.kinds.includes(later));
}
