/**
 * The clauses that explain an API field or an API kind named in the middle of running text, as
 * tables of named patterns (each name is printed by `--explain` in the candidate's rule):
 *
 *   FIELD_PREDICATES   what follows a field written as a clause's subject and explains it
 *                      (`hostnames 限定…`, `matches 说明…`, `from 写…`)
 *   AGENT_VERBS        what follows a field written as the means of something
 *                      (`通过 gatewayClassName 选择…`, `用 listeners 列出…`)
 *   LATER_CLAUSE       a field at the end of one clause that the next clause explains through an
 *                      anaphor (`…配合 softPeriod 一起写，后者规定…`)
 *   LOCATION           a field written as the place something is set (`在 dataSource 里指向…`)
 *   PATH_GLOSS         a field followed by its path in parentheses (`conditions（status.conditions）`)
 *   OWNER_GENITIVE     the kind a field belongs to, named right before it (`StorageClass 的 …`,
 *                      `Node 上的 …`, `节点的 …`)
 *   KIND_PREDICATES    what follows an API kind written as a clause's subject and explains it
 *                      (`CSINode 对象，记录…`, `VolumeAttachment 是…的对象`)
 *
 * Every pattern is evidence of an explanation only; what makes the name a field or a kind is
 * structural and checked by the rules that use these tables (field-prose.ts): a key of the note's
 * own YAML example, a field of the kind named in the genitive, a field of a kind the note's
 * examples show, or a kind of the API or of the note's example.
 */
import { KIND_CHINESE_NAMES, KIND_CONTEXT_WORDS } from '../vocabulary/names.ts';
import { kindNamed, statesNamed } from '../vocabulary/index.ts';

export interface NamedPattern {
  /** Printed by --explain (the candidate's rule is `field-prose (name)` …). */
  name: string;
  re: RegExp;
  /**
   * A verb that also says things about names that are no subject of it (`用 X 的 schema 声明…`):
   * it explains a plain word (`schema`, `from`) only at the start of a clause, not after a genitive.
   */
  weak?: boolean;
}

/**
 * Words that may stand between a subject and its predicate: a comma (`controllerName，填的是…`)
 * or a pronoun after it, the noun 字段, each item of a list (`contexts 里的每一项…`), an adverb
 * (`其实`, `则`, `就`), a modal (`可以进一步限制`).
 */
const LEAD = String.raw`\s*(?:[，,]\s*(?:它)?)?\s*(?:这个字段|字段|(?:里的?|中的?|的)?每一?(?:项|个|条|组))?\s*(?:在这里|这里|其实|主要|则|就|也)?\s*(?:可以|能)?\s*(?:进一步)?\s*`;

function after(name: string, body: string, weak = false): NamedPattern {
  return { name, re: new RegExp(`^${LEAD}(?:${body})`, 'u'), ...(weak ? { weak } : {}) };
}

/** After a copula, what makes it no definition: a question word, a modal, a cause, a means (`是谁`, `是不能改的`, `就是靠它…`). */
const NOT_DEFINED = String.raw`(?!\s*(?:谁|什么|多少|哪|否|不|会|能|要|没|很|都|也|就|才|还|已|可|因为|为了|由于|靠|通过|被|把|让|在|将|自动|直接))`;

/** Predicates that explain the field written right before them (tried in order). */
export const FIELD_PREDICATES: readonly NamedPattern[] = [
  after('copula', `(?:就是|是指|指的是|也就是|是)${NOT_DEFINED}`),
  after('means', '表示|代表|意味着|意思(?:就|其实)?是'),
  after('explains', '说明', true),
  after('decides', '(?:决定|控制|限制|指定|规定)(?:的是)?'),
  after('limits', '限定|约束', true),
  after('selects', '选择|选定|挑选|筛选', true),
  after('lists', '列出|列举', true),
  after('declares', '声明|描述|定义', true),
  after('points-to', '指向|引用', true),
  after('records', '记录|记下|保存|存放'),
  after('purpose', '用来|用于|负责'),
  after('tells', '告诉|要求'),
  // `from 写允许的来源`, `clusterCIDR 填的是…` (not `写成`, `写进`: a value or a place)
  after('holds', '填的?是|填写|写的是|里写|中写'),
  after('holds', '写(?![成进到入上着在了过完好错])', true),
  // `contexts 把一个集群、一个用户和命名空间组合起来`: what the field puts together
  after('joins', '(?:则)?把[^，。；,;]{1,40}?(?:组合|绑|关联|连)(?:起来|在一起|到一起)?', true),
  after('consists', '由[^，。；,;]{1,20}?(?:组成|构成)'),
  after('organises', '按[^，。；,;]{1,12}?(?:来)?(?:组织|分组|排序|排列|划分)'),
  after('when-set', '(?:设为|设成|置为|改成)[^，。；,;]{1,20}?(?:时|的时候|以后|之后)'),
  // `rotateCertificates 为 true 时，kubelet 会…`: what the field set so does
  after('when-set', '为\\s*(?:true|false|[0-9]+)\\s*(?:时|的时候)'),
  // `podAntiAffinity（Pod 反亲和）能让…`, `currentHealthy（当前健康的个数）`: its Chinese name, what it
  // is or its default, in parentheses; not an aside (a condition, an example, a path or a reference:
  // `（需要的话再加…）`, `（比如…）`, `（默认 /dev/…）`)
  after('gloss', '[（(](?![^（）()]*(?:的话|如果|需要|可以|再加|比如|例如|参考|参见|见下|见上|[/`]))(?=[^（）()]*[\\u4e00-\\u9fff])[^（）()]{1,30}[）)]'),
  after('colon', '：|:(?!\\S)'),
];

/** The predicate that explains the subject, if the text after it starts with one. */
export function fieldPredicate(text: string): NamedPattern | undefined {
  return FIELD_PREDICATES.find((p) => p.re.test(text));
}

/**
 * Before a field written as the means: `由`, `通过`, `用` …; rules39: `受` of a passive whose verb
 * bounds (`整个过程受 \`terminationGracePeriodSeconds\` 限制`, `…受 \`budgets\` 约束`): the field is what
 * limits it.
 */
export const AGENT_BEFORE = /(?:由|通过|借助|靠|配合|用|受到?)\s*$/u;

/** After a field written as the means, the verb it is the means of (tried in order). */
export const AGENT_VERBS: readonly NamedPattern[] = [
  { name: 'decides', re: /^\s*(?:字段|参数|列表)?\s*(?:来|一起)?\s*(?:决定|控制|指定|限定|约束)/u },
  { name: 'sets', re: /^\s*(?:字段|参数|列表)?\s*(?:来|一起)?\s*(?:配置|设置|调整|打开|关闭|开启)/u },
  { name: 'selects', re: /^\s*(?:字段|参数|列表)?\s*(?:来)?\s*(?:选择|选定|挑选|精确到)/u },
  { name: 'lists', re: /^\s*(?:字段|参数|列表)?\s*(?:来)?\s*(?:列出|列举|声明|描述)/u },
  { name: 'points-to', re: /^\s*(?:字段|参数|列表)?\s*(?:来)?\s*(?:指向|引用)/u },
  // rules39: `受 X 限制` (AGENT_BEFORE's 受): what the field bounds
  { name: 'bounds', re: /^\s*(?:字段|参数)?\s*(?:的)?\s*(?:限制|约束|管控)/u },
];

export function agentVerb(text: string): NamedPattern | undefined {
  return AGENT_VERBS.find((p) => p.re.test(text));
}

/**
 * A field path written as the means of such a verb (`Ingress 通过 \`spec.ingressClassName\` 选择…`,
 * `用 \`spec.x\` 指向…`): the clause says what the field does, so the path is explained, not named in
 * passing. `before` and `after` are the text right before and after the path; the verb's pattern
 * (its name is printed by --explain) when both sides match.
 */
export function pathAsMeans(before: string, after: string): NamedPattern | undefined {
  return AGENT_BEFORE.test(before) ? agentVerb(after) : undefined;
}

/**
 * Before a value of a state field (`PodPhase`, a container's state, a volume's phase …) in a code
 * span or bold: a verb of entering or being in a state (`进入 **Released** 状态`, `处于 \`Waiting\``,
 * `变为 **Bound**`). The sentence says which state the object goes into, so the value is a state
 * concept, not a word in passing. Not a copula after 状态 / phase (`被驱逐的 Pod 状态是 \`Failed\``:
 * labelled in one set, left out in another), nor 停在 (`停在 \`Pending\` 阶段`: where a failure
 * leaves the object, unlabelled): docs/miner.md, "rules8".
 */
export const STATE_ENTERED = /(?:处于|进入|变为|变成|转为|转入|回到|退回到?)\s*$/u;

/** `before` ends on STATE_ENTERED and `value` is a state value of the API, spelt as it is there. */
export function stateEntered(before: string, value: string): boolean {
  return STATE_ENTERED.test(before) && statesNamed(value).some((s) => s.value === value);
}

/**
 * rules39: before a state value set in **bold** (never a code span): a copula after the word for
 * the state (`容器状态是 **Terminated**`, `phase 仍然是 **Running**`, `STATUS 为 **Bound**`) or a verb
 * of staying (`停在 **Waiting** 状态`, `一直卡在 **Pending**`). A troubleshooting story reads the
 * state off and the writer sets it in bold to say what it means; the same words before a code span
 * or plain text (`被驱逐的 Pod 状态是 \`Failed\``, `Pod 停在 Pending`) read a state in passing
 * (rules8, above). Over the development sets the bold ones are labelled every time (7 of 7); the
 * code and plain ones far less than half (about 30 of them unlabelled).
 */
export const STATE_READ_BOLD = /(?:(?:状态|phase|STATUS|阶段|state)[^。，；,;！？]{0,8}?(?:是|为|仍然是|仍是|还是|一直是|依然是)|停在|停留在|卡在|一直是|仍然是|还是)\s*$/iu;

/**
 * The kinds whose phase or state values the label conventions call states (tests/corpus/miner/
 * README.md, "States"): a Pod's phase and its containers' state, a volume's and a claim's phase.
 * A value only other kinds have (`Terminating`, a Namespace's phase, also what kubectl's STATUS
 * column prints for a Pod being deleted) is not read by STATE_READ_BOLD.
 */
const READ_STATE_OWNERS: ReadonlySet<string> = new Set(['Pod', 'PersistentVolume', 'PersistentVolumeClaim']);

/**
 * rules39: the paragraph that reads one state off in bold (STATE_READ_BOLD) tells a story of states:
 * the other state values it reads off or enters, in plain text or code (`\`backup\` 容器已经是
 * Terminated（Completed），…Pod 的 phase 仍然是 **Running**——…Pod 就不会进入 Succeeded`), are states
 * it explains too. The cue before each: STATE_ENTERED, STATE_READ_BOLD's, or `已经是`.
 */
export function stateAlongside(before: string, value: string): boolean {
  return (STATE_ENTERED.test(before) || STATE_READ_BOLD.test(before) || /已经是\s*$/u.test(before)) && statesNamed(value).some((s) => s.value === value && READ_STATE_OWNERS.has(s.owner));
}

/** `before` ends on STATE_READ_BOLD and bold `value` is a Pod's, a volume's or a claim's state value, spelt as the API spells it. */
export function stateReadBold(before: string, value: string): boolean {
  return STATE_READ_BOLD.test(before) && statesNamed(value).some((s) => s.value === value && READ_STATE_OWNERS.has(s.owner));
}

/** One value of a run of state values (`statesEnumerated`): the value as written and where it starts in the text. */
export interface EnumeratedState {
  value: string;
  index: number;
  /** The kind whose state it is, when every value of the run is a state of that kind only (of READ_STATE_OWNERS). */
  owner?: string;
}

/** A state value's gloss right after it: what it means, in Chinese, in brackets (`Lost（绑定的 PV 没了）`). */
const STATE_GLOSS = /^\s*[（(]([^（）()]{1,80})[）)]/u;
/** Between two values of a run: a list comma, a slash, or a word for "and" / "or". */
export const STATE_RUN_SEPARATOR = /^\s*(?:[、，,/]|以及|和|或|及)\s*/u;

/**
 * A run of two or more state values of one kind in running text, most of them glossed with what
 * they mean: `PVC 的 phase 有 Pending（还没找到合适的 PV）、Bound、Lost（绑定的 PV 不见了）`,
 * `容器状态有三种：Waiting（还没跑起来…）、Running（正在跑）、Terminated（已经退出…）`, `PV 的几个状态：
 * Available（还没被绑定）、Bound（…）、Released（…）、Failed（…）`. The writer sets the states out and
 * says what each means: each is a state concept the chapter explains (issue 12: "enum values of a
 * phase/state type are `state` concepts"). Not a run inside brackets (`Pod 的 phase（Pending /
 * Running / …）`: named in passing, mostly unlabelled), nor one without glosses (`只有 Pending、
 * Running…`, `答：五个：Pending、…`: labelled in some chapters, not in others — counted over the
 * development sets, docs/miner.md "lead41"). At least two of the values and at least half are glossed
 * (a gloss in Chinese), and every value is a state of one kind the conventions read states of
 * (READ_STATE_OWNERS: a Pod's phase or its containers' state, a volume's or a claim's phase).
 */
export function statesEnumerated(text: string): EnumeratedState[][] {
  const runs: EnumeratedState[][] = [];
  const word = /(?<![A-Za-z0-9_.\-])[A-Z][a-z]+(?![A-Za-z0-9_\-])/gu;
  let from = 0;
  for (let m = word.exec(text); m; m = word.exec(text)) {
    if (m.index < from) continue;
    const items: { value: string; index: number; glossed: boolean; owners: Set<string> }[] = [];
    let at = m.index;
    let value = m[0];
    for (;;) {
      const owners = new Set(statesNamed(value).filter((s) => s.value === value && READ_STATE_OWNERS.has(s.owner)).map((s) => s.owner));
      if (owners.size === 0) break;
      let end = at + value.length;
      const gloss = STATE_GLOSS.exec(text.slice(end));
      const glossed = gloss !== null && /\p{Script=Han}/u.test(gloss[1]!);
      if (gloss) end += gloss[0].length;
      items.push({ value, index: at, glossed, owners });
      const sep = STATE_RUN_SEPARATOR.exec(text.slice(end));
      if (!sep) break;
      const next = /^[A-Z][a-z]+(?![A-Za-z0-9_\-])/u.exec(text.slice(end + sep[0].length));
      if (!next) break;
      at = end + sep[0].length;
      value = next[0];
    }
    if (items.length === 0) continue;
    from = items[items.length - 1]!.index + 1;
    if (items.length < 2) continue;
    const glossed = items.filter((i) => i.glossed).length;
    if (glossed < 2 || glossed * 2 < items.length) continue;
    const common = [...items[0]!.owners].filter((o) => items.every((i) => i.owners.has(o)));
    if (common.length === 0) continue;
    if (new Set(items.map((i) => i.value)).size < items.length) continue;
    // (not inside brackets: an aside that names the values in passing)
    const before = text.slice(0, items[0]!.index);
    const open = (before.match(/[（(]/gu) ?? []).length - (before.match(/[）)]/gu) ?? []).length;
    if (open > 0) continue;
    runs.push(items.map((i) => ({ value: i.value, index: i.index, ...(common.length === 1 ? { owner: common[0]! } : {}) })));
  }
  return runs;
}

/**
 * `…配合 evictionSoftGracePeriod 一起写，后者规定…`: the field ends its clause (a few words may
 * follow it) and the next clause opens with an anaphor for it and explains it.
 */
export const LATER_CLAUSE: NamedPattern = {
  name: 'later-clause',
  re: /^[^，。；,;A-Za-z`]{0,8}[，,]\s*(?:后者|这个字段|该字段|这个参数|该参数)(?=\S)/u,
};

/** What follows the anaphor of LATER_CLAUSE: a predicate of FIELD_PREDICATES. */
export function laterClause(text: string): NamedPattern | undefined {
  const m = LATER_CLAUSE.re.exec(text);
  if (!m) return undefined;
  const p = fieldPredicate(text.slice(m[0].length));
  return p && p.name !== 'colon' ? { name: `${LATER_CLAUSE.name}, ${p.name}`, re: p.re } : undefined;
}

/**
 * `驱逐时给 Pod 的宽限期不超过 evictionMaxPodGracePeriod。`: a field named as the bound of what the
 * clause is about, ending the clause (read only for a name spelt like a field).
 */
export const BOUND_BEFORE = /(?:不超过|不会超过|不能超过|不得超过|最多为|上限是|上限为|取决于)\s*$/u;
export const BOUND_AFTER = /^\s*(?:[。；;，,！!]|$)/u;

/**
 * answer51 (fifty-first session): a field set to a value, and the next clause saying what the setting
 * does (`把 completionMode 设成 Indexed，Job 会给每个 Pod 分配一个序号`, `把 suspend 设成 true，控制器就
 * 不再创建新的 Job`, `把 controller 设成 true，表示…`, `把 medium 设成 Memory，让它用 tmpfs`): the writer
 * explains the field through what its value does. Only with that clause: a field set and nothing said
 * of it (`把 dnsPolicy 设成 X，否则会…`, `把 whenDeleted 设成 Delete，省得手工清理`, `把 rotateCertificates 改为
 * true，重启 kubelet`) does not separate over the dev sets (lead49: 32 found / 9 missed / 9 unlabelled), with it
 * 8 found / 5 missed / 1 unlabelled (docs/miner.md "answer51"). The value is one word (a literal, a number,
 * an enum value); the clause (after a comma, or the next sentence: `设成 Indexed。每个 Pod 会…`) opens within a
 * few characters with 会 / 就 / 表示 / 意味着 / 让 / 使,
 * and not with a warning or a next step (否则, 不然, 省得, 免得, 或者, 再, 然后).
 */
export const SET_BEFORE = /把\s*$/u;
export const SET_THEN: NamedPattern = {
  name: 'set-then',
  re: /^\s*(?:字段)?\s*(?:设成|设为|设置为|设置成|改成|改为|配成|配置为|配置成|调成|写成|置为)\s*`?[A-Za-z0-9][\w.\/-]*`?\s*(?:之后|以后|后)?\s*[，,。]\s*(?!否则|不然|省得|免得|或者|再|然后)[^，。；,;]{0,14}?(?:会|就|表示|意味着|让|使)/u,
};

/** `在 dataSource 里指向…`, `在 tls 里引用…`: the field is where something is set. */
export const LOCATION_BEFORE = /在\s*$/u;
export const LOCATION: NamedPattern = {
  name: 'location',
  re: /^\s*(?:字段)?\s*(?:里|中|下|里面)\s*(?:再|就|还)?\s*(?:指向|引用|写上?|填上?|设置|配置|声明|列出|指定|加上|记下|记录)/u,
};

/**
 * `controller: true 表示…`, `replicas=3 时…`: the field with a value, then the predicate explains what
 * the field set so means (the value is skipped; a colon there is no label).
 */
export const VALUE_AFTER = /^\s*(?::|=)\s*[\w."'/-]+\s*/u;

/**
 * A field written as its path in running text (`spec.unschedulable`, `metadata.ownerReferences`,
 * `nodeRegistration.criSocket`): lower-case segments joined by dots, two at least, not part of a
 * longer name (a key `kubernetes.io/x`, a flag). The shape only: a file name (`config.yaml`) has
 * it too, and the rule reading it (field-prose.ts `field-path`) keeps only a path the API has.
 */
export const PROSE_PATH = /(?<![\w.\/-])([a-z][A-Za-z0-9]*(?:\[\])?(?:\.[a-z][A-Za-z0-9]*(?:\[\])?)+)(?![\w\/-]|\.[A-Za-z])/g;

/** After a path: the place where something is set or pointed to (`spec.imagePullSecrets 里引用它`). */
export const PATH_LOCATION: NamedPattern = {
  name: 'location',
  re: /^\s*(?:字段)?\s*(?:里|中|里面)\s*(?:再|就|还|要)?\s*(?:指回|指向|引用|写|填|设置|配置|声明|列出|指定|记下|记录|放)/u,
};

/** After a path: the value it is set to (`把 spec.unschedulable 设成 true`): the writer names the exact field and what setting it does. */
export const PATH_SET: NamedPattern = {
  name: 'set-to',
  re: /^\s*(?:会)?\s*(?:设成|设为|置为|改成|变成)\s*(?:true|false|[0-9]|[A-Z]|`)/u,
};

/** `conditions（\`status.conditions\`）`: the field's path in parentheses right after its name. */
export const PATH_GLOSS = /^\s*[（(]\s*`?\.?((?:[a-z][A-Za-z0-9]*(?:\[\])?\.)+[a-z][A-Za-z0-9]*)`?\s*[）)]/u;

/**
 * The kind named right before a field with a genitive: `StorageClass 的`, `Node 上的`, `PVC 里的`,
 * `节点的`, `X 里还有一个`. A Latin word counts when it is an API kind (or a kind the note's examples declare);
 * Chinese words when they end in a kind's Chinese name or a context word (`节点` → Node).
 */
export const OWNER_GENITIVE = /([A-Za-z][A-Za-z0-9]*|[\u4e00-\u9fff]{1,6})\s*(?:的|里的|中的|上的|里面的|下的|[里中](?:还|也)?有一?个)\s*$/u;

/**
 * rules9 (s20): a genitive `Owner 的 field` inside a frame that makes the field the object of its clause,
 * not its topic: a place (`在 Service 的 selector 里写这个标签`, `写在 CRD 的 openAPIV3Schema 里`), a
 * thing compared (`和 Deployment 的 matchLabels 写法一样`), the agent of a passive (`被 PV 的
 * nodeAffinity 要求…`), the complement of 是 (`另一个常见用法是 Gateway 的 certificateRefs …`, `它不是
 * Pod 的 phase`). What follows the field says something of another thing. Each entry: the word that
 * opens the frame and the characters before it that make it part of another word (`但是`, `现在`).
 */
export const GENITIVE_FRAMES: readonly { word: string; notAfter: string }[] = [
  { word: '在', notAfter: '现存正实所自好' },
  { word: '和', notAfter: '' },
  { word: '跟', notAfter: '' },
  { word: '与', notAfter: '参给' },
  { word: '同', notAfter: '不相共如' },
  { word: '像', notAfter: '' },
  { word: '被', notAfter: '' },
  { word: '是', notAfter: '但就于可还总要凡只或倒真算若也都则而即正像' },
];
const FRAMED_GENITIVE = new RegExp(
  `(?:${GENITIVE_FRAMES.map((f) => (f.notAfter ? `(?<![${f.notAfter}])` : '') + f.word).join('|')})\\s*(?:\\*\\*)?\`?(?:[A-Za-z][\\w.\\/-]*|[\\u4e00-\\u9fff]{1,4})\`?(?:\\*\\*)?\\s*(?:的|里的|中的|上的|里面的|下的)\\s*(?:\\*\\*)?\`?$`,
  'u',
);
/** Whether the genitive owner right before a field (OWNER_GENITIVE) stands inside GENITIVE_FRAMES. */
export function framedGenitive(before: string): boolean {
  return FRAMED_GENITIVE.test(before);
}

export function genitiveOwner(before: string, noteKinds: ReadonlySet<string> = new Set()): string | undefined {
  const m = OWNER_GENITIVE.exec(before);
  if (!m) return undefined;
  const word = m[1]!;
  if (/^[A-Za-z]/.test(word)) {
    if (noteKinds.has(word)) return word;
    // a kind as written: PascalCase or an abbreviation (`PVC`), not a lower-case word (`node 的`)
    return /^[A-Z]/.test(word) ? kindNamed(word) : undefined;
  }
  for (const table of [KIND_CHINESE_NAMES, KIND_CONTEXT_WORDS]) {
    for (const [zh, kind] of Object.entries(table)) if (word.endsWith(zh)) return kind;
  }
  return undefined;
}

/**
 * `…写一段 PodSecurityConfiguration。这份配置的 defaults 决定…`: a demonstrative or a pronoun in the
 * genitive stands for the kind the text named last before it.
 */
export const ANAPHOR_GENITIVE = /(?:(?:这份|这个|这种|该|此)(?:配置|对象|资源|文件|清单)?|它)\s*的\s*$/u;

export function anaphorOwner(before: string, noteKinds: ReadonlySet<string> = new Set()): string | undefined {
  if (!ANAPHOR_GENITIVE.test(before)) return undefined;
  const names = [...before.matchAll(/[A-Z][A-Za-z0-9]+/g)].map((m) => m[0]).reverse();
  for (const n of names) {
    if (noteKinds.has(n)) return n;
    if (kindNamed(n) === n) return n;
  }
  return undefined;
}

/** `插件的参数都写在 X 的 profiles 里`: the field is where something is written (a location). */
export const WRITTEN_IN_BEFORE = /(?:写|放|配|定义|记)在\s*(?:[A-Za-z][A-Za-z0-9]*\s*(?:的|里的)\s*)?$/u;
export const WRITTEN_IN_AFTER = /^\s*(?:字段)?\s*(?:里|中|下|里面)/u;

/** Before an API kind written as a clause's subject (`这里的 X`, `还有一个 X 对象`). */
export const KIND_SUBJECT_BEFORE = /(?:^|[，,。；;！？!?]|这里的|此处的|其中|另外|此外|而|还有一个|还有一种|有一个|一个|一种|这个|该)\s*$/u;

/** `插件的参数写在 KubeSchedulerConfiguration 里`: a kind written as where things go (kind-prose written-in). */
export const KIND_WRITTEN_IN_AFTER = /^\s*(?:里|中|里面)(?![的])/u;

/** The class word after a kind that says it is an API object (`CSINode 对象`, `Ingress 这个资源本身`). */
export const KIND_NOUN = /^\s*(?:这个|这种|这类)?\s*(?:API\s*)?(?:对象|资源)(?:本身)?/u;

/** Predicates that explain an API kind written right before them. */
export const KIND_PREDICATES: readonly NamedPattern[] = [
  { name: 'copula', re: /^\s*[，,]?\s*(?:则|就|其实|也)?\s*(?:就是|是指|指的是|是)(?![否不])/u },
  { name: 'means', re: /^\s*[，,]?\s*(?:则|就|其实|也|只)?\s*(?:表示|代表|相当于)/u },
  { name: 'records', re: /^\s*[，,]?\s*(?:则|就|其实|也|只)?\s*(?:记录|描述|声明|保存|登记)/u },
  { name: 'purpose', re: /^\s*[，,]?\s*(?:则|就|其实|也)?\s*(?:用来|用于|负责)/u },
  // `写一个 ScaledObject，在里面声明…`: a manifest the reader writes, with what goes in it
  { name: 'written-manifest', re: /^\s*[，,]\s*(?:在|往)(?:里面|里头|其中|里)\s*(?:再)?\s*(?:声明|写|配置|指定|列出|定义|为)/u },
];

/** Before a kind written as a manifest (`写一个`, `给出一份`, `创建一个`): KIND_PREDICATES' written-manifest. */
export const MANIFEST_BEFORE = /(?:写|建|创建|新建|给出|提供|配|准备)(?:一个|一份|一段|个|份)\s*$/u;

export function kindPredicate(text: string): NamedPattern | undefined {
  return KIND_PREDICATES.find((p) => p.re.test(text));
}

/** In the explaining sentence: it calls the thing an API object or resource. */
export const CLASSIFIES_AS_OBJECT = /对象|资源|API\s*类型|CRD/u;

/**
 * `scaleUp 和 scaleDown 两块，分别约束…`, `A 和 B 两种对象，前者登记…，后者…`: two names joined and
 * explained together. `between` is what stands between the pair and 分别 / 前者 (a count and a
 * class word: `两块`, `两种对象`); `rest` the text after it, where the predicate is read.
 */
export const COORDINATED = /([A-Za-z][A-Za-z0-9]*)\s*(?:和|与|、)\s*([A-Za-z][A-Za-z0-9]*)([^，。；,;A-Za-z`]{0,8})[，,]\s*(?:分别|前者)/gu;

export interface Coordinated {
  names: [string, string];
  /** Offsets of the two names in the text. */
  at: [number, number];
  between: string;
  rest: string;
}

export function coordinatedPairs(text: string): Coordinated[] {
  const out: Coordinated[] = [];
  for (const m of text.matchAll(COORDINATED)) {
    const first = m.index;
    const second = first + m[0].indexOf(m[2]!, m[1]!.length);
    out.push({ names: [m[1]!, m[2]!], at: [first, second], between: m[3]!, rest: text.slice(first + m[0].length, first + m[0].length + 24) });
  }
  return out;
}

/**
 * Lead (forty-ninth session): two names joined at the start of a clause and explained together with no
 * comma between (`successfulJobsHistoryLimit 和 failedJobsHistoryLimit 控制保留多少个…`,
 * `configMapKeyRef 和 secretKeyRef 分别从 ConfigMap、Secret 里取…`): the pair is the clause's subject.
 * `between` holds what stands between the pair and its predicate (`这两个字段`, `分别`, `都`); the
 * predicate is read in `rest` by the caller, and 分别 / 各自 alone say each is explained in turn.
 */
const LEAD_PAIR = /(?:^|[，,。；;：:！？!?\n]|其中|另外|此外)\s*([A-Za-z][A-Za-z0-9]*)\s*(?:和|与|跟|以及)\s*([A-Za-z][A-Za-z0-9]*)((?:\s*(?:这两个字段|这两个参数|两个字段|这两项|这两个|两者))?\s*(?:分别|各自|都|也都|一起|共同)?)/dgu;

/** Whether the words between a lead pair and its predicate say each name is explained in turn (分别, 各自). */
export const RESPECTIVELY = /分别|各自/u;

export function leadPairs(text: string): Coordinated[] {
  const out: Coordinated[] = [];
  for (const m of text.matchAll(LEAD_PAIR)) {
    const [first, second, afterSecond, end] = [m.indices![1]![0], m.indices![2]![0], m.indices![2]![1], m.indices![3]![1]];
    // (the second name going on into a path or a value, `requests 和 limits.cpu`, `a 和 b=c`, is no subject)
    if (/^[.\/=_-]/.test(text.charAt(afterSecond))) continue;
    out.push({ names: [m[1]!, m[2]!], at: [first, second], between: m[3]!.trim(), rest: text.slice(end, end + 24) });
  }
  return out;
}

/**
 * rules28: the last keys of a path that name no field of their own (`spec.strategy.type`,
 * `spec.local.path`, `spec.imagePullSecrets[].name`): a path ending on one is read for its parent.
 */
export const GENERIC_PATH_LEAVES: ReadonlySet<string> = new Set(['name', 'type', 'path', 'value', 'key', 'kind']);

/**
 * rules28, a path from the object's root (`status.creationTime`) that opens a clause and the
 * prose rules read as the subject of its own predicate (`\`status.creationTime\` 记录的是快照切下
 * 来的时间点`, `\`spec.infrastructureRef\` 指向…`): the field is explained, though the path-mention
 * rule offered the same path first as a reference to a field the catalogue knows (and dropped it
 * when it knows none, a custom kind's field). Not a path ending on a generic key (`GENERIC_PATH_LEAVES`).
 */
export function pathExplainedInProse(path: string): boolean {
  const leaf = path.replace(/\[\]/g, '').split('.').at(-1) ?? '';
  return leaf !== '' && !GENERIC_PATH_LEAVES.has(leaf);
}
