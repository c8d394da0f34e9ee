/**
 * rules33: bold names given a role in running text (docs/miner.md, "rules33"). A writer who sets a
 * name in bold where a clause opens and goes on with what it does is presenting that name, whatever
 * the verb: `一次调度分两段：**预选段**为 Pod 挑节点；**提交段**把结果写回。`, `。**Log 后端**用
 * 一个文件收事件`, `：**A exporter** 写 condition；**B exporter** 在 9100 端口暴露指标`. The predicate
 * table (prose-predicates.ts) knows only the verbs any subject may take; after a bold that opens its
 * clause, the bold is the evidence, so any verb phrase is a predicate (`prose-bold-subject`).
 *
 * Pure functions of strings (the text before and after the bold in its paragraph), read by prose.ts's
 * bold loop, so the unit tests (tests/unit/graph/miner-rules33.test.ts) can run look-alikes:
 *
 *   boldOpensClause   the bold stands where a clause opens: after 。！？；： (and an answer marker or a
 *                     connective), or — a Latin name only — after a comma and a short modifier; never
 *                     mid-clause (`授予**集群级别**资源的权限`, an emphasis inside a clause, is no subject).
 *   boldPredicate     what follows the bold (past one parenthesised gloss) opens a verb phrase of two
 *                     Chinese characters or more: not a particle, a conjunction or a place word (`的`,
 *                     `和`, `里`, `上`), nor a noun saying which sort of thing the name is (`**x** 规则
 *                     专门…`, `**Waiting** 状态`: a name brought in with its sort, another rule's shape).
 *   boldLabelAfterStop a bold with a colon (inside it or right after) opening a new sentence in a
 *                     paragraph another bold label opens (`**A：** 一种…。**B：** 结构差不多，…`): a label of
 *                     its own, as one opening a line is.
 *   boldPair          a bold of two names joined by a slash (`**kubectx / kubens**：前者…，后者…`): each is a
 *                     name, as in a list lead (definitions.ts reads those).
 *
 * Guards, data below: the emphasis words a writer bolds to warn (`**一定**`, `**千万别**`, `**不能**`),
 * bold Chinese phrases with 的 (a description, `**普通的 Init 容器**`), whole clauses in bold (they are
 * followed by punctuation, not a verb phrase), generic labels (prose.ts `boldName`).
 */
import { everydayEnglish } from './english-words.ts';

/** What opens a clause before a bold: a full stop, semicolon or colon, then an optional marker. */
const CLAUSE_OPENING = /(?:^|[。！？!?；;：:]|\n)\s*(?:(?:答|A|另外|同时|而|但|不过|反过来|相应地|对应地|所以|因此|于是|其中)\s*[：:，,]?\s*)?$/u;

/** A sentence end before a bold (not a semicolon or colon): a new sentence, as a new line is. */
const SENTENCE_END = /(?:[。！？!?]|\n)\s*$/u;

/**
 * Words that cannot open a predicate: particles, conjunctions, place and time words after a noun
 * (`**X** 的…`, `**X** 和 **Y**`, `**X** 里写…`, `**X** 上…`), question particles.
 */
const NOT_A_PREDICATE_START = /^(?:的|之|和|与|及|或|跟|同|、|等|里|中|内|外|上|下|前|后|这|那|此|个|们|时|吗|呢|吧|了|啊|呀|么|之类)/u;

/**
 * Nouns of sort after a name (`**verifyImages** 规则专门…`, `**Waiting** 状态`, `**SYS_PTRACE** 能力`):
 * the name brought in with what sort of thing it is, not a subject and its verb.
 */
export const SORT_NOUNS: readonly string[] = [
  '状态', '阶段', '规则', '插件', '字段', '标志', '能力', '注解', '标签', '模式', '容器', '控制器', '对象', '类型', '命令',
  '参数', '选项', '特性门控', '特性', '指标', '子资源', '资源', '卷', '文件', '目录', '服务', '组件', '进程', '事件', '策略',
  '接口', '命名空间', '节点', '镜像', '证书', '协议', '端口', '条件', '配置', '项目', '工具', '仓库', '函数', '方法', '值',
];
const SORT_NOUN = new RegExp(`^(?:${SORT_NOUNS.join('|')})`, 'u');

/** Words a writer bolds to warn or insist, never a name (`**一定**要…`, `**千万别**…`, `**不能**…`). */
export const EMPHASIS_WORDS: readonly string[] = ['一定', '千万', '务必', '必须', '绝对', '切记', '记住', '注意', '不能', '不要', '别', '不会', '只能', '只有', '永远', '从不', '禁止', '重点', '关键'];
const EMPHASIS = new RegExp(`^(?:${EMPHASIS_WORDS.join('|')})`, 'u');

/** Whether a bold whose text is `raw` may be a name given a role (no emphasis word, no phrase with 的). */
export function boldCanBeSubject(name: string): boolean {
  const n = name.normalize('NFKC').trim();
  return n !== '' && !EMPHASIS.test(n) && !/的/u.test(n);
}

/**
 * After a comma, with at most a short modifier (`，全局 **generation** 每次加一`, `，由 **X** 负责…`): a clause
 * opening too, but only for a Latin name. A Chinese phrase bolded there is an emphasis of the sentence
 * going on (`，**倒序**一个一个更新`, `，然后**原子地**把…换过去`): every one in the development sets is.
 */
const COMMA_OPENING = /[，,]\s*(?:[\u4e00-\u9fff]{1,3}\s*)?$/u;

/** Whether the bold after `before` (the paragraph's text up to the bold) opens a clause; `latin`: the bold is a Latin name. */
export function boldOpensClause(before: string, latin = false): boolean {
  return before.trim() !== '' && (CLAUSE_OPENING.test(before) || (latin && COMMA_OPENING.test(before)));
}

/**
 * The verb phrase after a bold that opens its clause, when there is one (`为 Pod 选出一个节点`): the
 * text up to the clause's end, past spaces and one parenthesised gloss right after the bold.
 */
export function boldPredicate(after: string): string | undefined {
  let rest = after.replace(/^\s*[（(][^（）()]{1,60}[）)]/u, '').replace(/^\s+/u, '');
  const clause = /^[^，,。；;：:！？!?\n（(]*/u.exec(rest)![0];
  rest = clause;
  if (!/^[\u4e00-\u9fff]/u.test(rest) || NOT_A_PREDICATE_START.test(rest) || SORT_NOUN.test(rest)) return undefined;
  return (rest.match(/[\u4e00-\u9fff]/gu) ?? []).length >= 2 ? rest : undefined;
}

/** A bold with its colon (inside it or right after) that opens a new sentence: a label of its own. */
export function boldLabelAfterStop(raw: string, before: string, after: string): boolean {
  return SENTENCE_END.test(before) && (/[:：]\s*$/u.test(raw) || /^\s*[:：]/u.test(after));
}

/**
 * `kubectx / kubens`: the names a bold joins with a slash (two or three), when one of them is a name
 * (`isName`: prose.ts `boldName`) and the others are too or are single Latin words set beside it
 * (`kubens`, an everyday-looking word, is a name as the partner of `kubectx`); else undefined.
 */
export function boldPair(raw: string, isName: (part: string) => boolean): string[] | undefined {
  const t = raw.normalize('NFKC').replace(/[:：]\s*$/u, '').trim();
  if (!/\s\/\s/u.test(t)) return undefined;
  const parts = t.split(/\s+\/\s+/u).map((x) => x.trim());
  if (parts.length < 2 || parts.length > 3 || parts.some((x) => x === '' || /\//u.test(x))) return undefined;
  const named = parts.filter(isName);
  return named.length > 0 && parts.every((x) => named.includes(x) || /^[A-Za-z][A-Za-z0-9-]{2,}$/.test(x)) ? parts : undefined;
}

/**
 * `**Prometheus exporter**`, `**Kyverno policy**`: a capitalised name and one or two lower-case English
 * words of what it is, set in bold: a name (prose.ts `boldName` takes English words in bold only when
 * each is a name by its spelling). Not an everyday phrase opening on a capital (`**Pod level**`, `**Read
 * only**`: the head must be an agent noun or a part of a system, HEAD_WORDS).
 */
export function boldHeadedName(raw: string): string | undefined {
  const t = raw.normalize('NFKC').replace(/[:：]\s*$/u, '').trim();
  if (!/^[A-Z][A-Za-z0-9-]{2,}(?: [a-z][a-z-]{3,}){1,2}$/.test(t)) return undefined;
  return HEAD_WORD.test(t.split(' ').pop()!) ? t : undefined;
}

/**
 * The head words of such a name: an agent noun (`exporter`, `generator`, `operator`, `controller`) or
 * a word for a part of a system. Not an adverb or adjective (`only`, `level`, `based`).
 */
export const HEAD_WORDS: readonly string[] = ['agent', 'plugin', 'backend', 'proxy', 'webhook', 'sidecar', 'daemon', 'hook', 'policy', 'gateway', 'cache', 'queue', 'engine', 'runtime', 'service', 'pipeline', 'bundle', 'chart', 'module', 'extension'];
const HEAD_WORD = new RegExp(`^(?:[a-z-]{2,}(?:er|or)|${HEAD_WORDS.join('|')})s?$`);

/**
 * The name of a bold that opens its clause with a verb phrase (prose-bold-subject) when prose.ts
 * `boldName` takes none: a command (`isCommand`: `；最后用 **kubectl rollout resume** 一次发布`) or one
 * lower-case English word of four letters or more (`。**privileged** 是把宿主机的全部能力交给容器`): in
 * that place the bold, not the spelling, says it is a name. Not several plain words (`**read only**`).
 */
export function boldWordSubject(raw: string, isCommand: (s: string) => boolean): string | undefined {
  const t = raw.normalize('NFKC').trim();
  if (isCommand(t)) return t;
  return /^[a-z][a-z0-9-]{3,}$/.test(t) ? t : undefined;
}

/**
 * rules43: a bold name in the middle of a Chinese sentence, in passing (`节点会挂一张 **trunk ENI**，每个 Pod
 * 拿到一张 **branch ENI**`, `。**system node pool** 用来跑系统 Pod`, `用 **tini** 这种迷你 init 当 PID 1`,
 * `给容器注入 **PORT 环境变量**，值就是…`). A writer who sets an English name in bold inside Chinese prose is
 * marking the term the sentence is about, with no colon and no verb of its own needed: on the development
 * sets, of the bold Latin names in running text that no other rule took, three in four were labelled (45 of
 * 64), on seventeen sets. Two spellings, the name's own evidence:
 *
 *   Latin     one to four Latin words (`secondary CIDR`, `exec form`, `tini`, `Pod readiness gate`): one
 *             word must be a name by its spelling (prose.ts `nameLike`, passed in: not an everyday English
 *             word, `**limit**`, `**AND**`) or a file, key or path (`stack.yml`); several English words set
 *             in bold in Chinese text are a term whatever their spelling (`graceful node shutdown`).
 *   mixed     a Latin word and the Chinese noun of its sort (`Endpoints 控制器`, `binary 模式`, `Informer
 *             缓存`, `etcd 快照`): a head of PASSING_HEADS, not a phrase (`Pod 级别`, `requests 之和`, `Pod 的标签`).
 *
 * The sentence must be Chinese (an English sentence bolds words to stress them), and the bold must not open
 * its line (a bold label is the other rules'). The caller leaves out API kinds (`**Pod**`, stressed, not
 * explained) and the names another bold rule takes.
 */
export const PASSING_HEADS: readonly string[] = [
  ...SORT_NOUNS, '缓存', '快照', '环境变量', '变量', '机制', '队列', '网桥', '网卡', '设备', '链', '表', '库', '守护进程', '准入控制器', '调度器',
];
const PASSING_HEAD = new RegExp(`^(?:${[...PASSING_HEADS].sort((a, b) => b.length - a.length).join('|')})$`, 'u');
const LATIN_WORD = /^[A-Za-z0-9][A-Za-z0-9./_+-]*$/;
/** The clause after a name saying the writer leaves it aside (not used, not covered here). */
const LEFT_ASIDE_AFTER = /^[^。！？!?；;\n]{0,14}?(?:没用过|没用到|没有用过|用不到|用不上|不展开|不细说|不细讲|不讲了?|先不管|暂不|略过|跳过|不熟)/u;
const ANOTHER_NAME_AFTER = /^\s*[（(]\s*(?:也叫|又叫|也称|又称|或称|简称|全称|即|俗称)/u;

export function boldTermInPassing(raw: string, before: string, after: string, nameLike: (s: string) => boolean): string | undefined {
  const t = raw.normalize('NFKC').trim();
  // (a bold opening its line or paragraph is a label; a colon after it makes it the colon rules')
  if (before.trim() === '' || /\n\s*$/u.test(before) || /[:：]$/u.test(t) || /^\s*[:：]/u.test(after)) return undefined;
  // (another name in parentheses after it, `**pause 容器**（也叫 infra 容器）`: the naming rules' shape;
  // a clause saying the writer leaves it aside, `还有一个 **x**，我们没用过`: named, not explained)
  // and the noun of its sort right after it, `还有一个 **x** 字段：…`, is rules33's and the field rules' shape
  if (ANOTHER_NAME_AFTER.test(after) || LEFT_ASIDE_AFTER.test(after) || SORT_NOUN.test(after.replace(/^\s+/u, ''))) return undefined;
  // a Chinese sentence: Chinese right before or right after the bold, within its clause
  const near = /[\u4e00-\u9fff][^\u4e00-\u9fff。！？!?\n]{0,12}$/u.test(before) || /^[^\u4e00-\u9fff。！？!?\n]{0,12}[\u4e00-\u9fff]/u.test(after);
  if (!near) return undefined;
  const mixed = /^([A-Za-z][A-Za-z0-9._-]*) ?([\u4e00-\u9fff]{1,6})$/u.exec(t);
  if (mixed) return PASSING_HEAD.test(mixed[2]!) ? t : undefined;
  const words = t.split(' ');
  if (words.length > 4 || !words.every((w) => LATIN_WORD.test(w)) || !/[A-Za-z]/.test(t)) return undefined;
  // (one word: a name by its spelling, or a file, key or path, `stack.yml`, `x.io/y`)
  // (nor one word ending its sentence, `把结果写到 **stdout**。`: where the sentence lands, stressed)
  // (nor an English word in capitals, `**NOT**`, `**ALL**`: a logical word stressed)
  if (words.length === 1 && /^[A-Z]+$/.test(t) && everydayEnglish(t.toLowerCase())) return undefined;
  if (words.length === 1) return (nameLike(t) || /[a-z0-9][./_][a-z0-9]/i.test(t)) && !/^\s*[。！？!?]/u.test(after) ? t : undefined;
  return t;
}
