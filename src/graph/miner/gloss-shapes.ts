/**
 * Names a writer introduces with their English name in parentheses, in running text (rules3).
 * The English gloss is the evidence: a writer who puts the English name of a thing beside its
 * Chinese (or mixed) name is naming a concept, whatever the sentence goes on to say. Two shapes,
 * read by prose.ts (`proseDefinitions`), each a pure function of a string so the unit tests
 * (tests/unit/graph/miner-gloss-shapes.test.ts) can run examples and look-alikes:
 *
 *   `prose-gloss-mixed`  a name mixing a Latin word and a Chinese head or modifier, glossed:
 *                        `Pod 沙箱（sandbox）`, `cgroup 驱动（cgroup driver）`, `静态 Pod（static Pod）`,
 *                        `转换 Webhook（conversion webhook）`. A Chinese modifier before the Latin
 *                        word is read only when the gloss repeats that Latin word (`static Pod`):
 *                        the gloss then spells the whole name, so the modifier belongs to it.
 *   `prose-kind-initials` an API kind written out with its initials in parentheses, as a writer
 *                        introduces an object before using its short name
 *                        (`PodDisruptionBudget（PDB）`, `HorizontalPodAutoscaler（HPA）`).
 *   `prose-bold-gloss`   a name set in bold mid-paragraph with its English name inside or right
 *                        after the bold (`先是**变更准入（mutating admission）**，…`,
 *                        `CPU 是**可压缩资源**（compressible）：…`), also inside a paragraph that
 *                        opens with another bold label: the gloss says it is a name of its own,
 *                        not an emphasis inside that label's definition. (rules15) Also the other
 *                        way round, inside the bold only: an English name with its Chinese name
 *                        (`完成 **quota reservation（配额预留）**，…`).
 *   `prose-acronym-expanded` an abbreviation followed by the words it stands for, in parentheses,
 *                        anywhere in a sentence (`ARP（Address Resolution Protocol，地址解析协议）`,
 *                        rules6): the expansion must spell the abbreviation (acronymsExpanded).
 *   `prose-latin-glossed` (rules25) an English term of several words, or hyphenated, followed by its
 *                        Chinese name in parentheses (`OOM killer（内存不足杀手）`, `hub-and-spoke（中心辐射）`).
 *
 * (The pure Chinese shape, `写时复制（copy-on-write）`, is prose.ts `glossedNames`, `prose-gloss`.)
 */
import { fieldsNamed, kindNamed } from '../vocabulary/index.ts';
import { isRemark } from '../labels.ts';
import { wordsOf } from './label-rules.ts';

/**
 * An English name as a gloss: one to five words of Latin letters (hyphens and digits inside),
 * with lower-case letters, not an identifier (`imagePullPolicy`), an abbreviation (`PDB`), a path
 * or a value (`0644`, `true`), nor a remark (`比如 …`), nor a list of instances (`calico-node、cilium`,
 * `fluent-bit / filebeat`: examples of the name, not another name of it). A comma ends the name
 * (`desired state，一般就是 spec`: the rest is an aside).
 */
const GLOSS_WORDS = /^[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*(?: [A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*){0,4}$/;
const VALUE_WORDS = new Set(['true', 'false', 'none', 'null', 'yes', 'no', 'on', 'off', 'default', 'optional', 'required', 'alpha', 'beta', 'ga', 'deprecated', 'e.g', 'eg', 'etc', 'ie']);

export function englishGloss(raw: string): string | undefined {
  // `（calico-node、cilium）`, `（fluent-bit / filebeat）`: a list of instances, not another name
  if (/[、\/]/u.test(raw.normalize('NFKC').split(/[，,;；]/u)[0]!)) return undefined;
  const g = raw.normalize('NFKC').split(/[，,;；]/u)[0]!.trim();
  if (!GLOSS_WORDS.test(g) || !/[a-z]/.test(g)) return undefined;
  // `imagePullPolicy`, `RollingUpdate`: an identifier names a field or a value, not an English name
  if (/[a-z][A-Z]/.test(g)) return undefined;
  const words = g.split(' ');
  if (words.length === 1 && (VALUE_WORDS.has(g.toLowerCase()) || /^[A-Z][a-z]+$/.test(g))) return undefined;
  return g;
}

/** Chinese words that end a place, a time or a relation, not a name (`Pod 里`, `kubelet 启动时`). */
const NOT_A_HEAD = /^(?:里|中|上|下|内|外|时|后|前|间|的|和|与|或|等|里面|里头|上面|下面|之后|之前|以后|以前|时候|的时候|之间|当中|这边|那边|自己|本身|这个|那个|一样|一下|命令|参数|字段|配置|文件|默认|设置|写法|版本)$/u;
/** Words a Chinese modifier before a Latin word never is: function words, verbs of any sentence. */
/** A Chinese run that starts like a predicate, not a head noun (`NetworkPolicy 是有状态（stateful）的`). */
const CLAUSE_START = /^[是有在把被给让用从对向为和与或及的就也都还又再而但会能要不没很可已将]/u;
const NOT_A_MODIFIER = /^(?:的|是|和|与|或|及|在|把|被|给|让|用|从|对|向|为|有|个|一个|一种|这个|那个|这|那|该|其|每|各|叫|即|就|也|都|还|又|再|而|但|先|后|去|来|要|会|能|可以|通过|使用|创建|部署|配置|写|改|加|装|跑|起|建|开|看|查)$/u;

/** `Service 类型（type）`, `**副本数（replicas）**`: a one-word gloss that is a field of the API names that field. */
function fieldGloss(gloss: string): boolean {
  return !/[ -]/.test(gloss) && fieldsNamed(gloss).length > 0;
}

export interface GlossedName {
  /** The name as written, one space between its Latin and Chinese parts (`Pod 沙箱`). */
  name: string;
  /** The English name in the parentheses (`sandbox`). */
  gloss: string;
  /** Offsets of the name in the text, and of the end of the closing parenthesis. */
  index: number;
  end: number;
}

const LATIN = '[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*';
/** `cgroup 驱动（cgroup driver）`: a Latin word, a Chinese head of one to five characters, a gloss. */
const LATIN_HEAD = new RegExp(`(?<![A-Za-z0-9_.\\-/\`])(${LATIN}) ?([\\u4e00-\\u9fff]{1,5})\\s*[（(]([^（）()]{2,60})[）)]`, 'gu');
/** `静态 Pod（static Pod）`: a Chinese run, a Latin word, a gloss that repeats the Latin word. */
const HEAD_LATIN = new RegExp(`([\\u4e00-\\u9fff]{1,10}) ?(${LATIN})\\s*[（(]([^（）()]{2,60})[）)]`, 'gu');

/**
 * fix31b `MODIFIER_PIECES`: the dictionary segmenter leaves pieces of a modifier it does not know
 * as words of one character (`无|头`, `准|入`, `镜|像`, `堆|叠|式`, `结构|化`, `节点|级`), so the
 * last word alone (`头 Service`, `入 Webhook`, `像 Pod`) is a fragment, not the modifier. Each rule
 * says when the word before is joined to it (tests/unit/graph/miner-fix31b.test.ts):
 *   `one-char-piece`   the modifier so far starts with a word of one character: the word before is
 *                      part of it (`镜|像` → 镜像, `堆|叠|式` → 堆叠式, `节点|级` → 节点级);
 *   `bound-prefix`     the word before is a prefix that never stands alone before a noun
 *                      (`不|安全` → 不安全, `预|签名` → 预签名, `无|状态` → 无状态).
 * Never across a function word or verb (`是|静态`, `叫|子`, `的|转换`: NOT_A_MODIFIER), nor past
 * MODIFIER_MAX characters.
 */
export const MODIFIER_PIECES: readonly { name: string; joins: (first: string, before: string) => boolean; last?: boolean }[] = [
  { name: 'bound-compound', joins: (f, b) => BOUND_COMPOUNDS.has(b + f), last: true },
  { name: 'bound-prefix', joins: (_f, b) => BOUND_PREFIXES.has(b), last: true },
  { name: 'one-char-piece', joins: (f, b) => [...f].length === 1 && [...b].length <= 2 && !CLAUSE_START.test(b) && !/[的是]$/u.test(b) },
];
/** Prefixes that make an adjective of the word after them (`无头`, `不安全`, `非抢占`, `预签名`). */
const BOUND_PREFIXES: ReadonlySet<string> = new Set(['无', '不', '非', '预', '未', '半', '反', '伪', '免', '准', '超']);
/** A verb or function word that with the word after it makes one adjective (`有状态`, as `无状态`). */
const BOUND_COMPOUNDS: ReadonlySet<string> = new Set(['有状态', '有序', '有界', '可信', '可变', '不可变']);
const MODIFIER_MAX = 5;

/**
 * The modifier that ends a run of words (`wordsOf`), its pieces joined (MODIFIER_PIECES); with the
 * rule that joined each piece (for the tests).
 */
export function modifierPieces(words: readonly string[]): { modifier: string; rules: string[] } | undefined {
  if (words.length === 0) return undefined;
  let i = words.length - 1;
  let first = words[i]!;
  let modifier = first;
  const rules: string[] = [];
  // (a function word last, `命名空间化的`, ends no modifier: the caller rejects it as ever)
  if (NOT_A_MODIFIER.test(first) || NOT_A_HEAD.test(first)) return { modifier, rules };
  while (i > 0) {
    const before = words[i - 1]!;
    if (!/^[\u4e00-\u9fff]+$/u.test(before) || [...before].length + [...modifier].length > MODIFIER_MAX) break;
    const compound = BOUND_COMPOUNDS.has(before + first);
    if (!compound && (NOT_A_MODIFIER.test(before) || NOT_A_HEAD.test(before))) break;
    const rule = MODIFIER_PIECES.find((r) => r.joins(first, before));
    if (!rule) break;
    modifier = before + modifier;
    first = before;
    rules.push(rule.name);
    i--;
    if (rule.last) break;
  }
  return { modifier, rules };
}

/** The modifier that ends a run of words, its pieces joined. */
export function modifierBefore(words: readonly string[]): string | undefined {
  return modifierPieces(words)?.modifier;
}

/** Names mixing a Latin word and Chinese, glossed with their English name (`prose-gloss-mixed`). */
export function mixedGlossedNames(text: string): GlossedName[] {
  const out: GlossedName[] = [];
  for (const m of text.matchAll(LATIN_HEAD)) {
    const [, latin, head, rawGloss] = m;
    const gloss = englishGloss(rawGloss!);
    if (!gloss || NOT_A_HEAD.test(head!) || CLAUSE_START.test(head!)) continue;
    const words = wordsOf(head!);
    // the head is whole words (`驱动`, `准入控制器`), no function word among them
    if (words.some((w) => NOT_A_MODIFIER.test(w) || NOT_A_HEAD.test(w))) continue;
    if (fieldGloss(gloss)) continue;
    // the gloss follows the name's order: when it repeats the Latin word, it starts with it
    // (`cgroup driver`; `存储插件的 node 组件（CSI node plugin）` is short for more than it says);
    // otherwise it translates the head alone, in one to three words
    const gw = gloss.toLowerCase().split(' ');
    const lw = latin!.toLowerCase();
    if (gw.some((w) => w.split('-').includes(lw)) ? !gw[0]!.split('-')[0]!.startsWith(lw) : gw.length > 3) continue;
    out.push({ name: `${latin} ${head}`, gloss, index: m.index!, end: m.index! + m[0].length });
  }
  for (const m of text.matchAll(HEAD_LATIN)) {
    const [, run, latin, rawGloss] = m;
    const gloss = englishGloss(rawGloss!);
    if (!gloss) continue;
    const gw = gloss.toLowerCase().split(/[ -]/);
    const lw = latin!.toLowerCase();
    // the gloss spells the whole name: the Latin word last, an English word before it
    // (`static Pod`, `conversion webhook`; `subchart`: the Latin word closes the gloss's one word)
    const last = gw[gw.length - 1]!;
    if (!(last === lw || (gw.length === 1 && last.endsWith(lw) && last.length > lw.length))) continue;
    const modifier = modifierBefore(wordsOf(run!));
    if (modifier === undefined || NOT_A_MODIFIER.test(modifier) || NOT_A_HEAD.test(modifier) || !/^[\u4e00-\u9fff]+$/u.test(modifier)) continue;
    const index = m.index! + run!.length - modifier.length;
    out.push({ name: `${modifier} ${latin}`, gloss, index, end: m.index! + m[0].length });
  }
  return out.sort((a, b) => a.index - b.index);
}

/**
 * A bold phrase glossed with its English name: inside the bold (`**变更准入（mutating admission）**`)
 * or right after it (`**可压缩资源**（compressible）`). Returns the name and the gloss, or nothing.
 * `raw` is the bold's text, `after` the text that follows it.
 */
export function boldGlossed(raw: string, after: string): { name: string; gloss: string } | undefined {
  const t = raw.normalize('NFKC').trim().replace(/[:：]\s*$/u, '').trim();
  const inner = /^(.+?)\s*[（(]([^（）()]{1,60})[）)]$/u.exec(t);
  // rules15: `**quota reservation（配额预留）**`: an English name with its Chinese name, both set in
  // bold, is the same introduction the other way round (the gloss inside the bold only: a Chinese
  // remark after a bold English word, `**Eager**（默认）`, is no name; prose.ts boldName still asks
  // the English to be a name by its spelling)
  if (inner && LATIN_NAME.test(inner[1]!.trim()) && CHINESE_GLOSS.test(inner[2]!.trim()) && !isRemark(inner[2]!)) {
    return { name: inner[1]!.trim(), gloss: inner[2]!.trim() };
  }
  // rules45: `**Pod Security Admission（PSA）**`, `**Ingress Controller（Ingress 控制器）**`: the same introduction with
  // the name's abbreviation, or its Chinese name keeping a Latin word of it (BOLD_LATIN_GLOSS)
  if (inner && BOLD_LATIN_GLOSS.test(inner[1]!.trim(), inner[2]!.trim())) return { name: inner[1]!.trim(), gloss: inner[2]!.trim() };
  const outer = inner ? null : /^\s*[（(]([^（）()]{1,60})[）)]/u.exec(after);
  const gloss = inner ? englishGloss(inner[2]!) : outer ? englishGloss(outer[1]!) : undefined;
  if (!gloss || fieldGloss(gloss)) return undefined;
  const name = (inner ? inner[1]! : t).trim();
  // the English gloss names a Chinese (or mixed) name; a bold English word glossed in English is an emphasis
  if (!/[\u4e00-\u9fff]/u.test(name)) return undefined;
  return { name, gloss };
}

/**
 * rules45 (forty-fifth session): an English name set in bold mid-sentence with, inside the bold, its abbreviation
 * (`靠 **Pod Security Admission（PSA）**，内置准入控制器`, `**Node Auto Provisioning（NAP）**`, `**PodSecurityPolicy（PSP）**`:
 * the capitals spell the name, spellsAbbreviation) or its Chinese name keeping a Latin word of it (`**Ingress
 * Controller（Ingress 控制器）**`, `**virtual actor（虚拟 actor）**`, `**AttachDetach Controller（AD 控制器）**`: the Latin
 * word is a word of the name or spells its first words): rules15's introduction (`**quota reservation（配额预留）**`)
 * with the other two glosses writers give. Counted over the 131 dev sets (docs/miner.md "rules45"): a bold span
 * mid-sentence `**Latin（gloss）**` of these two glosses, 25 times a label's (14 found by other rules, 11 missed in 6
 * sets) and never a name of no label. Not an English gloss (`**rollout（rolling release）**`: an emphasis, rules15),
 * not capitals that spell no initials (`**ReadWriteMany（RWX）**`: the access mode's short name, no spelling), not a
 * remark or a Latin word from elsewhere in the parentheses (`**Deployment（比如 nginx）**`).
 */
export const BOLD_LATIN_GLOSS = {
  name: 'bold-latin-gloss',
  takes: 'a bold English name with its abbreviation, or its Chinese name keeping a Latin word of it, in parentheses inside the bold',
  example: '同一版本 **PodSecurityPolicy（PSP）** 被彻底移除',
  gives: 'PodSecurityPolicy',
  lookAlikes: ['**rollout（rolling release）**', '**ReadWriteMany（RWX）**', '**Deployment（比如 nginx）**', '**Ingress（默认 nginx）**', '**kubectl apply（v2 版）**'],
  test: (name: string, gloss: string): boolean => {
    if (!LATIN_NAME.test(name) || isRemark(gloss)) return false;
    const abbreviation = /^([A-Z]{2,6})s?$/.exec(gloss)?.[1];
    if (abbreviation !== undefined) return spellsAbbreviation(abbreviation, name);
    const m = MIXED_GLOSS.exec(gloss);
    const latin = m?.[1] ?? m?.[3];
    if (!m || latin === undefined || (m[1] !== undefined && m[3] !== undefined) || isRemark(m[2]!) || REMARK_OPENING.test(m[2]!)) return false;
    const words = name.split(' ');
    return words.some((w) => w.toLowerCase() === latin.toLowerCase()) || words.some((_, k) => spellsAbbreviation(latin, words.slice(0, k + 1).join(' ')));
  },
} as const;

/** rules45: a Chinese name of two to six characters with one Latin word before or after it (`Ingress 控制器`, `虚拟 actor`). */
const MIXED_GLOSS = /^(?:([A-Za-z][A-Za-z0-9-]*)\s*)?([\u4e00-\u9fff]{2,6})(?:\s*([A-Za-z][A-Za-z0-9-]*))?$/u;

/**
 * rules18 `prose-bold-described`: a Latin name set in bold mid-sentence and followed right after the
 * bold by what it is, in Chinese, in parentheses (`三件套是 **cosign**（签名命令行）、**Fulcio**（签发
 * 短期证书的 CA）`, `交给 **jq**（命令行 JSON 处理器）`): the bold and the description together are how a
 * writer presents a named thing, wherever the sentence puts it. Not a remark (`**Eager**（默认）`,
 * `（默认开启）`, `（1.30 GA）`), nor parentheses without Chinese words (`（IPv4）` alone), nor a Chinese
 * bold phrase (`**并集**（只加不减）`: an emphasis). `raw` is the bold's text, `after` the text that
 * follows it. Returns the name and the description, or nothing.
 */
export function boldDescribed(raw: string, after: string): { name: string; description: string } | undefined {
  const name = raw.normalize('NFKC').trim();
  if (!LATIN_NAME.test(name)) return undefined;
  const m = /^[（(]([^（）()]{1,60})[）)]/u.exec(after);
  if (!m) return undefined;
  const description = m[1]!.trim();
  if ((description.match(/[\u4e00-\u9fff]/gu) ?? []).length < 2) return undefined;
  // the first part of the parentheses says what the thing is; a remark there (默认, 推荐, a version) says nothing
  const first = description.normalize('NFKC').split(/[，,、；;]/u)[0]!.trim();
  if (isRemark(first) || REMARK_OPENING.test(first)) return undefined;
  return { name, description };
}

/** A remark opening the parentheses after a bold name (`默认开启`, `推荐用这个`, `可选`, `必考`, `1.30 起`). */
const REMARK_OPENING = /^(?:默认|缺省|推荐|不推荐|建议|可选|选填|必填|必选|必须|必考|常考|重点|已?废弃|已?弃用|注意|v?\d+(?:\.\d+)+)/u;

/** rules15: an English name of one to four words (`quota reservation`, `Device Plugin`, `mTLS`). */
const LATIN_NAME = /^[A-Za-z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*(?: [A-Za-z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*){0,3}$/;
/** rules15: a Chinese name of two to eight characters as a gloss (`配额预留`, `子集`). */
const CHINESE_GLOSS = /^[\u4e00-\u9fff]{2,8}$/u;

/** `CertificateSigningRequest（CSR）`: a PascalCase name, then two to six capitals (a plural s allowed). */
const KIND_INITIALS = /(?<![A-Za-z0-9_.\-/`])([A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+)\s*[（(]([A-Z]{2,6})s?[）)]/gu;

/**
 * API kinds written out and followed by their initials (`prose-kind-initials`): the initials must
 * be the capitals of the kind (`PDB` of PodDisruptionBudget, not `PVC` of PersistentVolume), and
 * the name a built-in kind, spelt as the API spells it.
 */
export function kindsWithInitials(text: string): GlossedName[] {
  const out: GlossedName[] = [];
  for (const m of text.matchAll(KIND_INITIALS)) {
    const [, name, initials] = m;
    if ((name!.match(/[A-Z]/g) ?? []).join('') !== initials || kindNamed(name!) !== name) continue;
    out.push({ name: name!, gloss: initials!, index: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

/**
 * `prose-acronym-expanded` (rules6): an abbreviation followed by what it stands for, in parentheses,
 * anywhere in a sentence (`ARP（Address Resolution Protocol，地址解析协议）`, `做 ECMP（Equal-Cost
 * Multi-Path）`, `**CN（Common Name）当用户名**`): a writer spelling an abbreviation out is
 * introducing it, whatever the sentence goes on to say. The expansion must spell the abbreviation:
 * each word gives its initial (a word with several capitals gives them all: `IP Virtual Server` →
 * IPVS, `OpenID Connect` → OIDC), small words of English (`of`, `and`) may be left out (`Quality of
 * Service` → QoS). A Chinese name after a comma is another name (`，地址解析协议`).
 * rules12: the expansion may be one word whose capitals spell it, the way an API kind is
 * abbreviated (`PVC（PersistentVolumeClaim，持久卷声明）`, `PDB（PodDisruptionBudget）`); a word with
 * one capital spells no abbreviation (`SA（Service）` is no spelling).
 */
const ACRONYM_EXPANDED = /(?<![A-Za-z0-9_.\-/])([A-Z][A-Za-z0-9]{0,5}[A-Z0-9]?)\s*[（(]\s*([A-Za-z][A-Za-z0-9]*(?:[ -][A-Za-z][A-Za-z0-9]*){0,6})\s*(?:([，,;；、])\s*([^（）()，,、;；]{1,20}?)\s*)?[）)]/gu;
const SMALL_WORDS = new Set(['of', 'and', 'for', 'the', 'to', 'in', 'on', 'a', 'an', 'by', 'with']);

/** The letters an expansion spells: each word's initial, or all its capitals when it has several. */
function spelledInitials(expansion: string, keepSmall: boolean): string {
  return expansion
    .split(/[ -]/)
    .filter((w) => w !== '' && (keepSmall || !SMALL_WORDS.has(w)))
    .map((w) => ((w.match(/[A-Z]/g) ?? []).length > 1 ? (w.match(/[A-Z0-9]/g) ?? []).join('') : w[0]!.toUpperCase()))
    .join('');
}

/** Whether the words of `expansion` spell the abbreviation (`Strategic Merge Patch` → SMP, `Quality of Service` → QoS). */
export function spellsAbbreviation(abbreviation: string, expansion: string): boolean {
  const capitals = abbreviation.replace(/[^A-Z0-9]/g, '');
  if (capitals.length < 2 || capitals.length < abbreviation.length - 1) return false;
  return spelledInitials(expansion, false) === capitals || spelledInitials(expansion, true) === capitals;
}

export interface ExpandedAcronym {
  /** The abbreviation as written (`ARP`). */
  name: string;
  /** What it stands for (`Address Resolution Protocol`). */
  expansion: string;
  /** A Chinese name given after the expansion (`地址解析协议`), if any. */
  chinese?: string;
  index: number;
  end: number;
}

/** Abbreviations spelt out in parentheses (`prose-acronym-expanded`). */
export function acronymsExpanded(text: string): ExpandedAcronym[] {
  const out: ExpandedAcronym[] = [];
  for (const m of text.matchAll(ACRONYM_EXPANDED)) {
    const [, name, expansion, separator, chinese] = m;
    // `（Calico Network Interface、Cilium）`: a list of instances, not what the name stands for
    if (separator === '、' || (chinese !== undefined && !/^[\u4e00-\u9fff]/u.test(chinese.trim()))) continue;
    // an abbreviation: two capitals at least, and mostly capitals (`QoS`, `gRPC` yes; `Pod` no)
    if (!spellsAbbreviation(name!, expansion!)) continue;
    const zh = chinese !== undefined && /^[\u4e00-\u9fff][\u4e00-\u9fff A-Za-z0-9-]*$/u.test(chinese.trim()) ? chinese.trim() : undefined;
    out.push({ name: name!, expansion: expansion!, ...(zh ? { chinese: zh } : {}), index: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

/**
 * rules25 `prose-latin-glossed`: an English name of two to four words, or one word joined by hyphens
 * (`OOM killer`, `User Account`, `structured parameters`, `hub-and-spoke`), followed by its Chinese
 * name in parentheses (`OOM killer（内存不足杀手）会在…`, `推荐 hub-and-spoke（中心辐射）模型：…`), anywhere in
 * running text: a writer who gives an English term its Chinese name is introducing it, as with the
 * Chinese name glossed in English (`prose-gloss`). The parentheses hold a Chinese name only: two to
 * eight characters, no punctuation, no remark (`（默认）`, `（必考）`, `（速查版）`), nor an adjective
 * or a clause (`token-id（公开的）`). One plain word is left out (`mutating（变更）`, `Deny（拒绝）`,
 * `cluster（集群）`: the parentheses translate a value or a word of the sentence as often as they name
 * a thing), and so is a name with a number for a part (`web-0（主库）`: an instance, not a term).
 */
const LATIN_GLOSSED = /(?<![A-Za-z0-9_.\-/`])([A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*(?: [A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*){0,3})\s*[（(]([\u4e00-\u9fff]{2,8})[）)]/gu;
/** Words a Chinese name in the parentheses never ends on: a particle, or a word of a remark (`速查版`, `草稿`). */
const NOT_A_NAME_END = /(?:的|了|地|得|着|过|版|稿|篇)$/u;

export function latinNamesGlossed(text: string): GlossedName[] {
  const out: GlossedName[] = [];
  for (const m of text.matchAll(LATIN_GLOSSED)) {
    const [, name, zh] = m;
    const words = name!.split(' ');
    // two words or more, or a hyphenated word whose parts are words (`hub-and-spoke`, not `web-0`)
    if (words.length < 2 && !name!.includes('-')) continue;
    if (words.some((w) => w.split('-').some((part) => !/[A-Za-z]/.test(part)))) continue;
    if (isRemark(zh!) || REMARK_OPENING.test(zh!) || NOT_A_NAME_END.test(zh!)) continue;
    out.push({ name: name!, gloss: zh!, index: m.index!, end: m.index! + m[0].length });
  }
  return out;
}
