/**
 * dups1: two concepts one note made for one thing. A reader of the note sees one thing under two
 * names when the note itself says they are one: a name the note gave one concept as another name
 * (a gloss, a heading over its definition) is the title of a term it made apart (`**Indexed 模式**`
 * after `completionMode` glossed `Indexed 模式`; `identity` after `Security Identity` under the
 * heading `Identity`), or an abbreviation the note made a term of is the initials of a longer name
 * it defines (`ESO` and `External Secrets Operator`, `VPA` and the kind `VerticalPodAutoscaler`).
 *
 * Pure: the names of two concepts in, the rule that joins them (or none) out. The merge itself is
 * stages/mine.ts `joinSameThings`. Two names that only share a word (`cgroup` and `cgroup v2`,
 * `SPIFFE` and `SPIFFE ID`, `Calico NetworkPolicy` and `NetworkPolicy`) are never joined: a rule
 * reads a whole name against a whole name.
 */
import { closingParen, hasCjk, initialsOf, normKey } from '../labels.ts';
import { isEnumValue, kindNamed } from '../vocabulary/index.ts';
import { commonFieldWord } from './field-owner.ts';

/** The names of a concept as the merge reads them. */
export interface ConceptNames {
  title: string;
  titleZh?: string;
  titleEn?: string;
  aliases: readonly string[];
  kind: string;
  fieldPath?: string;
}

/** An abbreviation of three to six capitals (a plural `s` allowed): `VPA`, `ESO`, `CAPI`, `PDBs`. */
const ABBREVIATION = /^[A-Z][A-Z0-9]{2,5}s?$/;
/** A kind's name in PascalCase, two words or more: `VerticalPodAutoscaler`, `PodDisruptionBudget`. */
const PASCAL_COMPOUND = /^(?:[A-Z][a-z0-9]+){2,}$/;
/** `projected 投射卷`, `投射卷 projected`: one Latin word and one Chinese name, side by side. */
const LATIN_THEN_HAN = /^([A-Za-z][\w.-]*)\s*(\p{Script=Han}[\p{Script=Han}\s]*)$/u;
const HAN_THEN_LATIN = /^(\p{Script=Han}[\p{Script=Han}\s]*?)\s*([A-Za-z][\w.-]*)$/u;

/** The names a concept stands under, as its title gives them (not its other names). */
function ownNames(c: ConceptNames): string[] {
  return [c.title, c.titleZh ?? '', c.titleEn ?? ''].filter((n) => n !== '');
}

/** The keys a field's own spelling gives it: its path and the path's last segment. */
function fieldKeys(c: ConceptNames): string[] {
  if (c.fieldPath === undefined) return [];
  return [c.fieldPath, c.fieldPath.split('.').pop()!.replace(/\[\]$/, '')].map(normKey);
}

/**
 * The alias of `other` that one of `term`'s own names is, if one: the note gave `other` that name as
 * another name, and made `term` under it too. A title of two parts side by side (`projected 投射卷`)
 * is that concept when both parts are its names and one of them another name the note gave it.
 */
export function aliasTitle(term: ConceptNames, other: ConceptNames): string | undefined {
  const aliases = new Map(other.aliases.map((a) => [normKey(a), a] as const));
  // (an alias that is also the concept's own title is no evidence: the index finds that already)
  for (const k of ownNames(other).map(normKey)) aliases.delete(k);
  // (a field of a common word, `kind`, `rules`, takes other names from the glosses of whatever the
  // sentence names around it: one such name alone is no evidence that a term is that field)
  const common = other.kind === 'field' && commonFieldWord((other.fieldPath ?? other.title).split('.').pop()!.replace(/\[\]$/, ''));
  for (const name of common ? [] : ownNames(term)) {
    const hit = aliases.get(normKey(name));
    if (hit !== undefined) return hit;
  }
  const m = LATIN_THEN_HAN.exec(term.title.trim()) ?? HAN_THEN_LATIN.exec(term.title.trim());
  if (m) {
    const parts = [m[1]!, m[2]!].map((p) => normKey(p));
    const names = new Set([...ownNames(other).map(normKey), ...fieldKeys(other), ...aliases.keys()]);
    const alias = parts.map((p) => aliases.get(p)).find((a) => a !== undefined);
    if (alias !== undefined && parts.every((p) => names.has(p))) return alias;
  }
  return undefined;
}

/** The capitals of a PascalCase compound (`VerticalPodAutoscaler` → `VPA`). */
function pascalInitials(name: string): string | undefined {
  return PASCAL_COMPOUND.test(name) ? name.replace(/[^A-Z]/g, '') : undefined;
}

/**
 * Whether `term`, an abbreviation, is the initials of one of `other`'s own names: words spelt out
 * (`External Secrets Operator` → ESO) or, for an API or custom kind, the words of its PascalCase
 * name (`ValidatingAdmissionPolicy` → VAP). Three capitals at least: two stand for too many things.
 */
export function initialsTitle(term: ConceptNames, other: ConceptNames): boolean {
  const abbr = term.title.trim();
  if (!ABBREVIATION.test(abbr)) return false;
  const want = abbr.replace(/s$/, '');
  for (const name of ownNames(other)) {
    const core = name.replace(/\s*[（(][^（）()]*[）)]\s*$/u, '').trim();
    if (initialsOf(core) === want) return true;
    if (other.kind === 'object' && pascalInitials(core) === want) return true;
  }
  return false;
}

/** Two to four English words in lower case: `mount propagation`, `ephemeral container`. */
const LOWER_PHRASE = /^[a-z]+(?: [a-z]+){1,3}$/;

/**
 * The English name of `term` (its title in English or another name) that, its words joined in
 * camelCase, spells the field `other` (`mount propagation` → `mountPropagation`; a singular names
 * the list, `ephemeral container` → `ephemeralContainers`): the note explained the field under its
 * Chinese name glossed in plain words. A capitalised name (`Downward API`) names a feature, not the
 * field spelt alike (`downwardAPI`).
 */
export function fieldInWords(term: ConceptNames, other: ConceptNames): string | undefined {
  if (other.fieldPath === undefined) return undefined;
  const last = other.fieldPath.split('.').pop()!.replace(/\[\]$/, '');
  for (const name of [term.titleEn ?? '', ...term.aliases, term.title]) {
    const n = name.normalize('NFKC').trim();
    if (!LOWER_PHRASE.test(n)) continue;
    const camel = n.split(' ').map((w, i) => (i === 0 ? w : w[0]!.toUpperCase() + w.slice(1))).join('');
    if (camel === last || `${camel}s` === last) return n;
  }
  return undefined;
}

/**
 * Text as the gloss test reads it: NFKC, no spaces, emphasis or code marks. Case stays: `QoS class`
 * is not the field `qosClass`, `RollingUpdate` not `rollingUpdate` (resolve.ts spellingDiffers).
 */
export function squashed(text: string): string {
  return text.normalize('NFKC').replace(/[\s`*_]+/g, '');
}

/**
 * perf48: the last text glossPaired squashed, and its squash. The mine stage asks about every pair
 * of names a note defines against that note's whole text (stages/mine.ts joinSameThings): one
 * squash per note instead of one per pair (3–4 s of a 40 s mine stage on the dev chapters).
 */
let lastText: string | undefined;
let lastSquashed = '';
function squashedText(text: string): string {
  if (text !== lastText) {
    lastSquashed = squashed(text);
    lastText = text;
  }
  return lastSquashed;
}

/**
 * A Chinese name (its Latin words, if any, API kinds as modifiers: `Pod 拓扑分布约束`) and an English
 * name (no Chinese), the one glossing the other in parentheses somewhere in the note (`容差（tolerance）`,
 * `节点状况（Node conditions）`, `Pod 拓扑分布约束（topologySpreadConstraints）` in a title): the writer
 * says they are one thing. `kube-proxy（iptables 模式）` glosses no translation: the Chinese side names
 * a mode of something not a kind. `longer` are other names of the note that end on the first name
 * (`非优雅关机` over `优雅关机`): an occurrence inside one of them is not this name's.
 */
export function glossPaired(text: string, a: string, b: string, longer: readonly string[] = []): boolean {
  const [zh, en] = hasCjk(a) && !hasCjk(b) ? [a, b] : hasCjk(b) && !hasCjk(a) ? [b, a] : [undefined, undefined];
  if (zh === undefined || en === undefined || !/[A-Za-z]/.test(en)) return false;
  const latin = zh.match(/[A-Za-z][A-Za-z0-9-]*/g) ?? [];
  if (!latin.every((w) => kindNamed(w) === w)) return false;
  const t = squashedText(text);
  const [p, q] = [squashed(a), squashed(b)];
  if (p === '' || q === '') return false;
  for (const [x, y] of [[p, q], [q, p]] as const) {
    // (the longer names are read only where the pair is found: most pairs are not)
    let outer: string[] | undefined;
    const needle = `${x}(${y})`;
    for (let i = t.indexOf(needle); i >= 0; i = t.indexOf(needle, i + 1)) {
      const before = t.slice(0, i);
      if (/[a-z0-9.-]$/.test(before) && /^[a-z0-9]/.test(x)) continue;
      outer ??= longer.map(squashed).filter((l) => l.length > x.length && l.endsWith(x));
      if (outer.some((l) => before.endsWith(l.slice(0, l.length - x.length)))) continue;
      return true;
    }
  }
  return false;
}

/** One capitalised English word (`Volume`, `Webhook`, `Canary`). */
const ONE_WORD = /^[A-Z][a-z]+$/;

/**
 * prec34: the one-word English name of `term` — its title, its title's closing gloss (`存储卷（Volume）`)
 * or its English title, capitalised (`Volume`, `Webhook`) — that spells the field `other`'s key when
 * that key is one plain lower-case word, as written or in the singular (`volumes`, `webhooks`,
 * `canary`). The merge asks it only of a term and a field the note made on one line (stages/mine.ts
 * joinSameThings: `**存储卷（Volume）**：在 \`spec.volumes\` 里声明的卷`): there the writer names the
 * field by its word. A compound key (`rollingUpdate`, `qosClass`) is never spelt so (`RollingUpdate`
 * is a value, `QoS class` a name of the field's values): see squashed. Counted on all dev sets and
 * holdout106–108: 5 duplicates in 4 sets, no label; without the one line, 3 labels lost (`Rego` and
 * the field `rego`, `Privileged` and the field `privileged`).
 */
export function fieldOfOneWord(term: ConceptNames, other: ConceptNames): string | undefined {
  const key = other.fieldPath?.split('.').pop()!.replace(/\[\]$/, '');
  if (key === undefined || !/^[a-z]{3,}$/.test(key)) return undefined;
  const singular = key.replace(/ies$/, 'y').replace(/(?:ses|xes)$/, (m) => m.slice(0, -2)).replace(/([^s])s$/, '$1');
  const gloss = closingParen(term.title.normalize('NFKC').trim())?.inside.trim();
  for (const w of [term.title.trim(), gloss ?? '', term.titleEn ?? '']) {
    if (ONE_WORD.test(w) && (w.toLowerCase() === key || w.toLowerCase() === singular)) return w;
  }
  return undefined;
}

/**
 * prec36: the name of `term` — its title or its English title — that, without its spaces and case, is the
 * key of the field `other` (`Last State` of `lastState`, `QoS class` of `qosClass`, `inferFromVolume` itself),
 * and no value of a field (`LoadBalancer` is a Service type, not `status.loadBalancer`). The merge asks it only
 * of a term and a field the note made on one line (stages/mine.ts joinSameThings): `**Last State**：…` over
 * `lastState`, `服务质量等级，也就是 QoS class，写在 Pod 的 \`status.qosClass\``. Counted on all 107 dev sets,
 * each chapter alone (base 768b5691): a term and a field of one name made on one line were 6 duplicates in 5
 * sets and no label found twice; the value `LoadBalancer` was one of the six (dev24: the term is the labelled
 * one). Apart (not on one line) 7 duplicates against 20 found twice (`Downward API` / `downwardAPI`,
 * `NodePort` / `nodePort`, `Privileged` / `privileged`), so never there.
 */
export function fieldOfCompactName(term: ConceptNames, other: ConceptNames): string | undefined {
  const key = other.fieldPath?.split('.').pop()!.replace(/\[\]$/, '');
  if (key === undefined || !/^[a-z][A-Za-z0-9]{2,}$/.test(key)) return undefined;
  for (const w of [term.title.normalize('NFKC').trim(), (term.titleEn ?? '').normalize('NFKC').trim()]) {
    if (!/^[A-Za-z][A-Za-z0-9]*(?: [A-Za-z][A-Za-z0-9]*)*$/.test(w) || isEnumValue(w)) continue;
    if (w.replace(/ /g, '').toLowerCase() === key.toLowerCase()) return w;
  }
  return undefined;
}

/**
 * dup42: the Chinese head words a writer puts after a Latin name to say what sort of thing the name is, not which
 * thing: `Spot 实例` is Spot, `Operator 模式` the Operator pattern, `sidecar 容器` the sidecar, `handler 名字` the
 * field `handler`, `placement 服务` the placement service, `QoS 类` QoS. Counted on all 122 dev sets alone (base
 * 09661954, every pair of concepts one chapter made, one titled the other's name plus one of these words): 13
 * duplicates or false positives in 9 sets, no label found twice. Left out as counted: `控制器` (`Endpoints 控制器`
 * is the controller that writes Endpoints, another label), `配额` (`CFS 配额` is the quota, not CFS).
 */
export const HEAD_WORDS: readonly string[] = ['实例', '模式', '容器', '服务', '名字', '名称', '插件', '格式', '镜像', '类', '类别', '等级', '对象', '机制', '字段'];
const HEADED = new RegExp(`^([A-Za-z][\\w.-]*(?: [A-Za-z][\\w.-]*)*)\\s*(?:${HEAD_WORDS.join('|')})$`, 'u');

/**
 * dup42: the name `other` stands under that `term`'s title is, with a head word of HEAD_WORDS after it (`Spot 实例`
 * over `Spot`, `handler 名字` over the field `handler`), or undefined. The other way round (`Spot` over `Spot 实例`) is
 * never read: the headed name is the one folded in.
 */
export function headWordTitle(term: ConceptNames, other: ConceptNames): string | undefined {
  const m = HEADED.exec(term.title.normalize('NFKC').trim());
  if (!m) return undefined;
  const core = normKey(m[1]!);
  const key = other.fieldPath?.split('.').pop()!.replace(/\[\]$/, '');
  for (const n of [...ownNames(other), ...(key !== undefined ? [key] : [])]) if (normKey(n) === core) return n;
  return undefined;
}

/**
 * dup42: the command-line tools whose subcommand a writer names alone (`drain` for `kubectl drain`, `patch` for
 * `kubectl patch`). Counted on all 122 dev sets alone: a term titled a command's subcommand word beside the command
 * in one chapter was 5 duplicates or false positives in 4 sets, no label found twice (a field of that word,
 * `template` beside `helm template`, is another thing: only a term joins).
 */
export const SUBCOMMAND_TOOLS: readonly string[] = ['kubectl', 'kubeadm', 'helm', 'virtctl', 'argocd', 'istioctl', 'velero', 'crictl', 'etcdctl', 'clusterctl'];
const TOOL_COMMAND = new RegExp(`^(?:${SUBCOMMAND_TOOLS.join('|')})\\s+([a-z][a-z-]*)$`);

/** dup42: whether `term` (a term) is titled the subcommand word of the command `other` is (`drain`, `kubectl drain`). */
export function subcommandTitle(term: ConceptNames, other: ConceptNames): boolean {
  if (term.kind !== 'term' || other.kind !== 'term') return false;
  const m = TOOL_COMMAND.exec(other.title.normalize('NFKC').trim());
  return m !== null && term.title.normalize('NFKC').trim() === m[1];
}

/**
 * rules51: the fields whose `type` says which of their strategies the object uses (`spec.strategy.type` of a
 * Deployment, `spec.updateStrategy.type` of a StatefulSet or a DaemonSet): a reader of `` `updateStrategy.type` 有两种 ``
 * learns the update strategy, and the writers label the strategy once, its `type` as another name of it (`also:
 * [spec.updateStrategy.type]` in eleven chapters of nine dev sets). Counted on all 149 dev sets, each chapter alone
 * (base aecbf432 and dev147–149 at rules51's first commit): a note that made both the strategy field and its
 * `….type` field made 11 such pairs in 9 sets: the `type` field was 5 duplicates (dev20, dev77 ×2, dev127, dev147),
 * 4 false positives (dev83 ×2, dev99, dev104), 1 of the wrong type (dev146) and 1 found (dev23, whose writer labels
 * the type apart as `type`: still found after the fold, by the name `type` the fold brings along). Other `type` keys
 * name a thing of their own (`hostPath.type`, `seccompProfile.type`, `spec.limits[].type`: labels apart) and are not
 * read.
 */
export const STRATEGY_HOLDERS: readonly { key: string; example: string }[] = [
  { key: 'strategy', example: '`spec.strategy.type` 默认是 RollingUpdate' },
  { key: 'updateStrategy', example: '`spec.updateStrategy.type` 有两种：RollingUpdate 和 OnDelete' },
];
const STRATEGY_KEYS: ReadonlySet<string> = new Set(STRATEGY_HOLDERS.map((h) => h.key));

/** The field path split into keys, list marks dropped (`spec.volumes[].name` → spec, volumes, name). */
function pathKeys(path: string): string[] {
  return path.split('.').map((k) => k.replace(/\[\]$/, ''));
}

/**
 * rules51: whether `term` (a field) is the `type` of the strategy field `other` (STRATEGY_HOLDERS): `term`'s path ends
 * in `<key>.type` and `other`'s in `<key>`, the path before it the same where both give it.
 */
export function strategyTypeOf(term: ConceptNames, other: ConceptNames): boolean {
  if (term.kind !== 'field' || other.kind !== 'field' || term.fieldPath === undefined || other.fieldPath === undefined) return false;
  const t = pathKeys(term.fieldPath);
  const o = pathKeys(other.fieldPath);
  if (t.length < 2 || t[t.length - 1] !== 'type') return false;
  const key = t[t.length - 2]!;
  if (!STRATEGY_KEYS.has(key) || o[o.length - 1] !== key) return false;
  // (the shorter of the two paths before the key is the end of the longer: `spec.updateStrategy` and `updateStrategy.type`)
  const tb = t.slice(0, -2);
  const ob = o.slice(0, -1);
  const [a, b] = tb.length <= ob.length ? [tb, ob] : [ob, tb];
  return a.every((k, i) => b[b.length - a.length + i] === k);
}

/** The rule that says `term` (a term the note made) is `other`, or undefined. */
export function sameThing(term: ConceptNames, other: ConceptNames): { rule: string; via: string } | undefined {
  const alias = aliasTitle(term, other);
  if (alias !== undefined) return { rule: 'alias-title', via: alias };
  if (initialsTitle(term, other)) return { rule: 'initials-title', via: term.title };
  const words = fieldInWords(term, other);
  if (words !== undefined) return { rule: 'field-in-words', via: words };
  const head = headWordTitle(term, other);
  if (head !== undefined) return { rule: 'head-word', via: head };
  if (subcommandTitle(term, other)) return { rule: 'subcommand-word', via: term.title };
  return undefined;
}

/**
 * dup42: the key two states a note made are one concept by: their value as written (`Bound` of a PV and of a PVC,
 * `Running` of a Pod's phase and of a container's state). A reader of the note learns one word; the labels of all
 * 122 dev sets never list two states of one value in one chapter (16 duplicates in 13 sets, none found twice).
 */
export function sameStateKey(value: string): string {
  return value.normalize('NFKC').trim();
}

/**
 * The abbreviation a Latin name's Latin gloss gives (`CloudNativePG (CNPG)` → `CNPG`, `AWS Load
 * Balancer Controller (AWS LBC)` → `AWS LBC`): the gloss, without its spaces, is the name's capitals
 * in order (or the initials of its words). Undefined for any other gloss (`dockershim（Docker）`).
 */
export function abbreviationGloss(label: string): string | undefined {
  const m = closingParen(label.normalize('NFKC').trim());
  if (!m || m.before === '') return undefined;
  const gloss = m.inside.trim();
  if (!/^[A-Z][A-Za-z0-9]*(?: [A-Z][A-Za-z0-9]*)*$/.test(gloss)) return undefined;
  const letters = gloss.replace(/\s+/g, '');
  if (letters.length < 2 || !/^[A-Z0-9]+s?$/.test(letters)) return undefined;
  const want = letters.replace(/s$/, '');
  const capitals = m.before.replace(/[^A-Z0-9]/g, '');
  return capitals === want || initialsOf(m.before) === want ? gloss : undefined;
}
