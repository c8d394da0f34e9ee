/**
 * rules32, `prose-sort-instance`: a name brought into running text with the sort of thing it is
 * written right after it — an admission plugin, a controller, a scheduler plugin, extension point
 * or phase, a process, a kernel module, a condition — where the sentence says what that one does:
 * `由 OwnerRefGuard 准入插件检查`, `controller-manager 里的 leasegc 控制器把过期的 Lease 删掉`,
 * `它的 Watcher 进程拦截系统调用`, `GangSort 阶段把同组的 Pod 排在一起`, `Job 先加一个 QuotaHeld
 * condition，等…`. A reader who knows the sort knows the name is a concrete thing of that sort and
 * the predicate after it is the note explaining it. rules28 (key-sort-before.ts) reads a
 * domain/name key after its sort; this module reads instances of a sort written before it.
 *
 * The sorts are data (`INSTANCE_SORTS`): the sort word, the label kind its instances take, where an
 * instance stands when it is explained (`SortPosition`: the clause's subject, or the object of a
 * verb putting it on a thing), and whether an instance may be spelt like an everyday English word
 * (`Permit 扩展点`; a process or a controller called `init` or `volume` is the word). The label is
 * the bare name, with the name and its sort as another name (`leasegc 控制器`), since the corpus
 * labels an instance whose name is its own by the name (`AlwaysPullImages`, `NodeRestriction`) and
 * sometimes with the sort (`TTL-after-finished 控制器`); both spellings are the concept's.
 *
 * Not read, since the label would be another thing or none: a name that is an API kind
 * (`EndpointSlice 控制器`, `ResourceQuota 插件`: the kind's own controller, which the corpus labels
 * as the kind or not at all), an abbreviation in capitals (`CNI 插件`, `HPA 控制器`: a class of
 * things), a component or tool of the ecosystem and the project itself (`kubelet 进程`,
 * `kube-scheduler 进程`, `kubernetes 插件`), a lower-case English word (`quota 控制器`, `statistic
 * 模块`, `init 进程`), a name described as a sort of thing (`一个很小的 init 进程`, `X 这样的 x 插件`),
 * a name in parentheses or after an enumeration comma, a name that is not the clause's subject (`在
 * Filter 阶段…`, `开了 X 插件时`, `用 X 模块实现`, a passive clause `… 会被 X 控制器删掉`, about its
 * patient, a name after a semicolon that ends a clause about another subject), and a name followed
 * by nothing said of it (`…的 Sentry 进程。`, `X 插件的参数`, `X 控制器
 * 里`, `X 控制器创建的对象`) or only by its value (`X condition 为 False`). A pure function of a
 * paragraph's flat text; prose.ts reads it (names in bold are rules33's, gloss-shapes.ts).
 *
 * rules46 (`knownPluginWithItsSort`): an admission plugin the vocabulary knows by name (vocabulary/k8s-names.ts,
 * category `admission-plugin`: `DefaultTolerationSeconds`, `StorageObjectInUseProtection`) written with its sort
 * (`准入插件`, `准入控制器`) is that plugin wherever the sentence names it — mid-clause (`答案是 X 准入插件自动给…`), in a
 * passive clause (`Pod 会被 X 准入插件加上两条容忍`), in parentheses (`（X 准入插件加的）`) — when the words right after the
 * sort say what it does (KNOWN_PLUGIN_DOES: `会`, `自动`, `把`, `在…时`, a verb of adding or checking). The vocabulary
 * makes it a concrete thing, not a class, so the places rules32 leaves out for any name do not apply. All 134 dev
 * sets, before it was built (docs/miner.md "rules46"): such names 36 labels (26 found, 10 missed in 8 sets) against 3
 * names of no label (a kind, `ServiceAccount 准入插件`, which instanceName leaves out; dev3's chapter and draft). Not
 * a kind, not after an enumeration comma, not a sort described (`一个…的 X 准入插件`), nor a name followed by nothing
 * said (`开了 X 准入插件时`, `X 准入插件的集群`) or only by its value.
 */
import { inAside } from './key-shapes.ts';
import { englishWord, everydayEnglish } from './english-words.ts';
import { isEcosystemName } from '../vocabulary/ecosystem.ts';
import { kindNamed } from '../vocabulary/index.ts';
import { namedThing } from '../vocabulary/k8s-names.ts';

/**
 * Where the name stands in its clause: `subject`, the one the clause is about and says what it
 * does (`X 控制器检查…`, `由 X 准入插件检查`); `added`, the object of a verb that puts one on a
 * thing, the sentence going on (`Job 先加一个 X condition，等…`, `节点被打上 X 状况，kubelet…`).
 */
export type SortPosition = 'subject' | 'added';

export interface InstanceSort {
  /** The sort word written after the name. */
  sort: string;
  /** The kind of label an instance takes. */
  kind: 'term';
  /** Where an instance of the sort stands when the note explains it. */
  positions: readonly SortPosition[];
  /** An instance may be spelt like an everyday English word (capitalised: `Permit`, `Filter`). */
  everydayNames?: boolean;
}

/** The sorts whose instances a note names with the sort after them, longest first where one ends another. */
export const INSTANCE_SORTS: readonly InstanceSort[] = [
  { sort: '准入控制器', kind: 'term', positions: ['subject'] },
  { sort: '准入插件', kind: 'term', positions: ['subject'] },
  { sort: '调度插件', kind: 'term', positions: ['subject'], everydayNames: true },
  { sort: '扩展点', kind: 'term', positions: ['subject'], everydayNames: true },
  { sort: '插件', kind: 'term', positions: ['subject'] },
  { sort: '控制器', kind: 'term', positions: ['subject'] },
  { sort: '阶段', kind: 'term', positions: ['subject'] },
  { sort: '进程', kind: 'term', positions: ['subject'] },
  { sort: '模块', kind: 'term', positions: ['subject'] },
  { sort: 'condition', kind: 'term', positions: ['subject', 'added'] },
  { sort: '状况', kind: 'term', positions: ['subject', 'added'] },
];

export interface SortInstance {
  /** The name as written (without backticks). */
  name: string;
  sort: InstanceSort;
  /** Offset of the name in the text. */
  index: number;
  /** Offset just past the sort word. */
  end: number;
}

/** A name: a Latin identifier, possibly with `-`, `.`, `/` or `_` inside (an RBAC name with `:`, `system:masters`, is read as a key by the resolver). */
const NAME = /(?<![\w./:-])[A-Za-z][\w./-]*[\w](?![\w./:-])/gu;
const SORT_AFTER = new RegExp(`^\\s*(${INSTANCE_SORTS.map((s) => s.sort).join('|')})`, 'iu');
/**
 * What may come right before a name that opens its clause: the start of a sentence or clause, the
 * agent marker 由, a genitive (`它的`, `调度器里的`), 而, 和 / 与 joining it to another name of the
 * same sort, or a verb bringing it in (`有个`, `开启`, `自带一个`).
 */
const OPENS = /(?:^|[，,。；;：:！!？?\n]|由|的|而|和|与|(?:有|开|开启|启用|打开|自带)(?:一个|个)?)\s*$/u;
/** The predicate gives the instance's value (`X condition 为 False`, `X 状况变成 Unknown`): its state, not what it is. */
const ITS_VALUE = /^\s*(?:为|是|变成|变为|改成|被改成|设成|等于)\s*[`"'“]?[A-Za-z0-9]/u;
/** The clause is passive (`过期的 token 会被 … X 控制器删掉`): it is about the patient, not the agent named. */
const PASSIVE = /被/u;
/** A verb putting an instance on a thing, right before the name (`加一个`, `加上`, `打上`, `带上`). */
const ADDED = /(?:加|加上|打上|带上|设上|标上|写上)\s*(?:一个|一条|个)?\s*$/u;
/** The sentence goes on past the added instance (a comma and more): what follows is about it. */
const GOES_ON = /^\s*[，,]\s*[^\s]/u;
/** A gloss in parentheses right after the sort (`（admission plugin）`). */
const GLOSS = /^\s*[（(][^（）()]{1,40}[）)]/u;
/** Said of the name right after the sort: a verb or adverb opening the predicate (not 的, a place, a conjunction, a time). */
const SAID_DIRECTLY = /^\s*(?![的里中内上下和与及或跟、之时后前也都这那等对来去])[\u4e00-\u9fff]/u;
/** Said of the name past a comma: 它, or a verb of what a thing does. */
const SAID_AFTER_COMMA = /^\s*[，,]\s*(?:它|会|能|可以|可|负责|用来|用于|专门|默认|限制|返回|检查|拦截|把|给|让|将|保证|确保|只|主要)/u;
/** Where a clause ends. */
const CLAUSE_MARK = /[，,。；;：:！!？?\n]/u;
/**
 * The name modifies a sort described before it (`一个很小的 init 进程`, `一个普通的 Linux 进程`,
 * `Evictor 这样的 evictor 插件`): a kind of thing, not an instance named.
 */
const DESCRIBED = /(?:(?:一|这|那|某|每)(?:个|种|类)[\u4e00-\u9fff]{0,6}的|这样的|那样的|之类的)\s*$/u;
/** The predicate is a relative clause on another noun (`X 控制器创建的对象`): the sentence is about that noun. */
const RELATIVE = /^\s*(?![把将给在按对从向为让被])[\u4e00-\u9fff]{1,2}的/u;
/** Components of the control plane written as a name with a sort (`kube-scheduler 进程`): the component itself; and the project's own name (`kubernetes 插件` of CoreDNS is labelled with its sort). */
const COMPONENT = /^(?:(?:kube-)?(?:apiserver|scheduler|controller-manager|proxy)|kubernetes|k8s)$/iu;

/**
 * After a semicolon a name opens its clause only in a parallel enumeration of named things (`X 阶段
 * 把…；Y 阶段发现…`), not after a clause about another subject (`节点控制器会打上污点；而 X 准入插件
 * 会…`): prose.ts reads named subjects after a semicolon the same way (`segmentNamed`).
 */
function afterAnotherSubject(text: string, at: number): boolean {
  const head = text.slice(0, at);
  const semi = /[；;]\s*(?:而\s*)?$/u.exec(head);
  if (!semi) return false;
  const segment = head.slice(0, semi.index).split(/[。！!？?\n；;]/u).pop()!;
  return !/^\s*(?:[^，,：:]*[：:])?\s*[A-Za-z]/u.test(segment);
}

/** Whether a name may be an instance of the sort (see the module comment). */
function instanceName(name: string, sort: InstanceSort): boolean {
  if (kindNamed(name) !== undefined) return false;
  if (/^[A-Z0-9]{2,}s?$/.test(name)) return false;
  if (isEcosystemName(name) || COMPONENT.test(name)) return false;
  // a lower-case English word (`quota 控制器`, `statistic 模块`): the word, or a kind's own controller
  if (/^[a-z]+$/.test(name)) return !englishWord(name);
  if (/^[A-Z][a-z]*$/.test(name) && everydayEnglish(name.toLowerCase())) return sort.everydayNames === true;
  return true;
}

/** rules46: the sorts an admission plugin is written with. */
export const KNOWN_PLUGIN_SORTS: ReadonlySet<string> = new Set(['准入插件', '准入控制器']);
/** rules46: what a known admission plugin does, right after its sort (`会检查`, `自动给`, `把名字解析成…`, `在 PVC 创建时自动加上的`, `加的`, `塞的`). */
export const KNOWN_PLUGIN_DOES = /^\s*(?:会|能|自动|默认|把|将|给|在[^，,。；;：:]{1,14}?时|加|塞|填|补|检查|拒绝|负责|根据|按照?|强制|限制|拦截)/u;

/** rules46: an admission plugin the vocabulary knows, not a kind (module comment). */
export function knownPluginWithItsSort(name: string, sort: string, rest: string): boolean {
  if (!KNOWN_PLUGIN_SORTS.has(sort) || kindNamed(name) !== undefined || namedThing(name)?.category !== 'admission-plugin') return false;
  return KNOWN_PLUGIN_DOES.test(rest) && !ITS_VALUE.test(rest);
}

/** Names written before the sort of thing they are, opening a clause that says what they do. */
export function instancesWithTheirSort(text: string): SortInstance[] {
  const out: SortInstance[] = [];
  for (const m of text.matchAll(NAME)) {
    const name = m[0];
    const at = m.index!;
    const after = text.slice(at + name.length);
    const s = SORT_AFTER.exec(after);
    if (!s) continue;
    const sort = INSTANCE_SORTS.find((x) => x.sort.toLowerCase() === s[1]!.toLowerCase())!;
    let rest = after.slice(s[0].length);
    const before = text.slice(Math.max(0, at - 8), at);
    if (/[、]\s*$/u.test(before)) continue;
    const clause = text.slice(0, at).split(CLAUSE_MARK).pop()!;
    if (DESCRIBED.test(clause)) continue;
    rest = rest.slice(GLOSS.exec(rest)?.[0].length ?? 0);
    // rules46: a known admission plugin with its sort, wherever the sentence names it
    if (knownPluginWithItsSort(name, sort.sort, rest)) {
      out.push({ name, sort, index: at, end: at + name.length + s[0].length });
      continue;
    }
    if (!instanceName(name, sort) || inAside(text, at)) continue;
    if (sort.positions.includes('subject') && OPENS.test(before) && !PASSIVE.test(clause) && !afterAnotherSubject(text, at) && (SAID_DIRECTLY.test(rest) || SAID_AFTER_COMMA.test(rest)) && !RELATIVE.test(rest) && !ITS_VALUE.test(rest)) {
      out.push({ name, sort, index: at, end: at + name.length + s[0].length });
    } else if (sort.positions.includes('added') && ADDED.test(before) && GOES_ON.test(rest)) {
      out.push({ name, sort, index: at, end: at + name.length + s[0].length });
    }
  }
  return out;
}
