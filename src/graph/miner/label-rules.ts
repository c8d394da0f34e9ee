/**
 * What a bold label or a heading can name: the rules that say a label is NOT a concept, and the
 * shapes a heading must have to be read as the name of a new term. Rules are data (a name, a
 * reason, a test); `--explain` and the unit tests refer to them by name.
 */
import { closingParen, GENERIC_LABEL_WORDS, hasCjk, isFileAtPath, isGenericLabel, isRemark, normKey, numberedRubric, stripColon } from '../labels.ts';
import syllableData from '../vocabulary/syllables.json' with { type: 'json' };
import { boundedMemo } from '../util.ts';
import { SHELL_LINE, isCommandName, isFlaggedCommand } from './command-tools.ts';
import { spellsAbbreviation } from './gloss-shapes.ts';
import { everydayEnglish } from './english-words.ts';
import { generalWord } from './generic-words.ts';

export interface LabelRule {
  /** Stable name, printed by `--explain`. */
  name: string;
  /** Why a label it matches is not a concept. */
  why: string;
  test(label: string): boolean;
}

const CJK = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
const CJK_RUN = new RegExp(`[${CJK}]+`, 'gu');

// ---- words of a label ----------------------------------------------------------------------

const SEGMENTER = new Intl.Segmenter('zh', { granularity: 'word' });
/** The words of a label (Intl.Segmenter, Chinese dictionary), spaces and punctuation left out. */
export const wordsOf: (label: string) => string[] = boundedMemo(
  (label) => [...SEGMENTER.segment(label.normalize('NFKC'))].map((x) => x.segment.trim()).filter((w) => w !== '' && /[\p{L}\p{N}]/u.test(w)),
  20_000,
);

const isCjkWord = (w: string) => /^[\u3400-\u9fff]+$/u.test(w);

/**
 * Words that make a label a remark of its writer (`个人理解`, `我的排查顺序`, `我踩过的坑`):
 * first and second person pronouns. A name never has them.
 */
export const PERSONAL_WORDS: ReadonlySet<string> = new Set(['我', '我的', '我们', '我们的', '咱们', '咱', '你', '你的', '你们', '个人', '自己', '笔者', '本人']);
/** rules16: the same in English (`My takeaway`, `Our setup`), compared in lower case; `I` stays out (`I/O`). */
const PERSONAL_LATIN: ReadonlySet<string> = new Set(['my', 'our', 'we', 'me', 'us', 'mine', 'ours', 'your', 'yours']);

/**
 * Function words that make a label a clause, not a name: aspect particles (了, 过, 着), verb
 * complements (一下, 一遍), the copula 是, modal verbs (会, 要, 能, 可以…), the disposal and
 * passive markers (把, 被) and sentence adverbs (已经, 就, 都, 也, 先…). Names are noun phrases.
 */
export const CLAUSE_WORDS: ReadonlySet<string> = new Set([
  '了', '过', '过的', '着', '一下', '一遍', '一番', '一把',
  '是', '会', '要', '能', '可以', '应该', '必须', '得',
  '把', '被',
  '已经', '就', '才', '都', '也', '再', '又', '还', '先', '别', '千万', '一定', '总是', '其实', '居然', '竟然',
  // negated predicates (`权限不对`, `调度不上`); 没有 stays out: `没有 selector 的 Service` is a name
  '不对', '不行', '不能', '不会', '不要', '不够', '不了', '不通', '不上', '不生效', '不一致', '没用',
  // rules16: negated verb complements (`镜像拉不下来`, `Pod 起不来`), restricting modals (`属主只能…`),
  // the adverbs of a question (`容器到底…`) and 并 joining two verbs (`取值并解码`)
  '不下来', '不起来', '不出来', '不进去', '不掉', '不到', '只能', '只会', '只要', '到底', '究竟', '并',
  // rules19: where a name is (`operator 所在的命名空间`), how it changes (`RESTARTS 越涨越慢`)
  '所在', '越',
  // adverbs of degree make an adjective a predicate (`顺序非常重要`, `开销很大`: the segmenter keeps
  // 很 with its adjective, which the clause rule reads as a word opening on 很), and a demonstrative
  // points at something the sentence already named (`有这个注解`, `这种写法`): names have neither
  '非常', '很', '十分', '相当', '特别', '太',
  '这个', '那个', '这些', '那些', '这种', '那种', '这样', '那样', '这里', '那里',
]);

/**
 * rules19: verbs that link a name to what it serves as or belongs to (`MinIO 做后端`, `partition
 * 做金丝雀`, `Lease 当锁`, `catch-all 属于强制`): a clause when something stands on both sides. At the end of a
 * phrase the verb closes an adverbial (`在 socket 层做（socket-LB）`), which glossShapes reads back from.
 */
const LINKING_VERBS: ReadonlySet<string> = new Set(['做', '当', '属于']);

/**
 * A verb's directional complement closing a label (`串起来`, `删下来`, `导出来`): the label is a verb
 * phrase, an action the note describes, not the name of a thing.
 */
const DIRECTIONAL_COMPLEMENT = /^(?:起来|下来|上来|出来|进去|进来|过来|下去|出去)$/u;

/**
 * rules41: prepositions saying how something is done (`按 PDB 去 drain`, `按照顺序重建`): a label opening
 * on one, with more words after its object, is an action done that way, not a name. A word the
 * segmenter keeps whole (`按需`, `按量`) is not the preposition.
 */
export const MANNER_PREPOSITIONS: ReadonlySet<string> = new Set(['按', '按照', '依照', '依据', '遵照']);

/** rules16: the result a verb fails to reach, after a 不 the segmenter leaves alone (`续不起来`, `删不掉`). */
const RESULT_COMPLEMENT = /^(?:起来|下来|上来|出来|进去|进来|过来|掉|动|到|了|住)$/u;

/**
 * A word the segmenter makes of two or more clause words (`也要`, `还得`, `都会`, `就能`): an
 * adverb and a modal together, as much a clause word as each alone.
 */
export function clauseCompound(word: string): boolean {
  return word.length >= 2 && /^[\u4e00-\u9fff]+$/u.test(word) && [...word].every((ch) => CLAUSE_WORDS.has(ch));
}

/**
 * Adverbs of degree and frequency (`基本`, `一般`, `通常`, `大概`) that a segmenter keeps as words
 * of their own: a Chinese phrase ending on one (`基本就是…`, `值一般就是…`) is the start of a
 * clause about something else, never the name of a concept (prose.ts `chineseSubjectOk`, rules3).
 */
export const ADVERB_WORDS: ReadonlySet<string> = new Set([
  '基本', '基本上', '一般', '一般来说', '通常', '往往', '大概', '大致', '大体', '差不多', '几乎', '本来', '原本', '经常', '常常', '默认', '实际上', '事实上', '一直', '始终', '完全', '根本',
  // prec34: `回滚本质上就是…`, `实际上就是…` (dev73, dev99, holdout106)
  '本质上', '其实',
]);

/**
 * prec34: the end of a Chinese phrase that is an adverb of ADVERB_WORDS, read on the text and not only
 * on the segmenter's last word (it splits `实际上`, `本质上`, `事实上` into 实际|上), or a word of relation
 * (`条件之间是"并且"的关系`: between what, not a name). Counted on all dev sets and holdout106–108: 5
 * false positives, no label (docs/miner.md "prec34").
 */
export function endsOnAdverb(phrase: string, lastWord: string): boolean {
  if (ADVERB_WORDS.has(lastWord) || RELATION_ENDS.includes(lastWord)) return true;
  for (const a of ADVERB_WORDS) if ([...a].length >= 3 && phrase.endsWith(a)) return true;
  return false;
}

/** Words of relation a phrase may end on (`条件之间`, `两者之中`): where or between what, not a name. */
export const RELATION_ENDS: readonly string[] = ['之间', '之中', '当中'];

/**
 * Verbs of talking and looking that open what a section is about to do (`聊多租户`, `讲讲 EKS 的
 * IRSA`, `先看全局`), as the segmenter gives them. A label opening on 在 and closing on a place
 * word (`在控制器里用`) is where something is done; `在线扩容` has no place word.
 */
const LOCATIVES: ReadonlySet<string> = new Set(['里', '中', '内', '上']);
const TALK_VERBS: ReadonlySet<string> = new Set(['聊', '聊聊', '讲', '讲讲', '谈', '谈谈', '说说', '看看', '先看', '再看', '来看', '回看']);

/**
 * A one-character verb set apart before a Latin name (`写 EncryptionConfiguration`, `用 Helm 装`,
 * `配 Ingress`): a task, not a term. Written with the space: without it the segmenter cannot tell
 * the verb from a name's first character (`写时复制`, `装箱`).
 */
const ACTION_BEFORE_NAME = /^[写配装改用跑加删查看建搭开关]\s+[A-Za-z]/u;

/** Words saying when something happens: a label with one is a circumstance (`1.24 之前`, `Ingress 之后`). */
export const TIME_WORDS: ReadonlySet<string> = new Set(['之前', '之后', '以前', '以后', '开始', '时候', '期间', '为止', '前后', '起', '以来']);

/**
 * Bare words naming an aspect of whatever is being discussed, used as bold labels
 * (`**单位：**`, `**字段：**`, `**默认值：**`): they head a passage about the topic at hand.
 */
export const FACET_WORDS: readonly string[] = [
  '单位', '字段', '参数', '属性', '选项', '取值', '可选值', '默认值', '类型', '格式', '语法', '写法', '范围',
  '限制', '要求', '条件', '规则', '行为', '命令', '配置项', '含义', '意义', '表现', '症状', '影响', '场合',
];
const FACET_SET = new Set(FACET_WORDS.map((w) => normKey(w)));
/**
 * rules19: the Chinese head of a heading `<name> <head>` that says which part of the note about
 * the name follows, not what kind of thing it is (`iptables 模式`, `CSI 驱动`, `Sidecar 容器` are
 * kinds and stay names): a generic label or genre word (`YAML 示例`, `exit code 对照表`,
 * `iptables 链速记`, `steps 逐条解释`), a facet word (`Secret 类型`), the name's make-up or its
 * relatives (`Velero 架构`, `SubjectAccessReview 家族`, `Sidecar 全家桶`), or the name itself
 * (`CoreDNS 自身`, `kube-proxy 这一层`). The section is about the name (definitions.ts
 * headingSubjectName); no label of the 32 dev sets is a Latin name with such a head.
 */
const RUBRIC_HEAD_WORDS = ['架构', '结构', '组成', '家族', '全家桶', '自身', '本身'];
const RUBRIC_HEAD = new RegExp(`(?:${RUBRIC_HEAD_WORDS.join('|')}|解释|说明|详解|速记|对照表)$|^[这那][一]?[层步块部分个种]`, 'u');
export function rubricHead(head: string): boolean {
  const h = head.normalize('NFKC').trim();
  if (h === '') return false;
  return isGenericLabel(h) || FACET_SET.has(normKey(h)) || RUBRIC_HEAD.test(h);
}

/** rules16: a label made of facet words only (`默认值规则`, `参数格式`): a facet too. */
const FACET_COMPOUND = new RegExp(`^(?:${[...FACET_WORDS].sort((a, b) => b.length - a.length).join('|')}){2,}$`, 'u');
/**
 * rules16: `X 的顺序`, `X 的区别`, `X 的默认值`: an aspect of a thing named before 的 (a facet or a
 * generic word after it) heads a passage about that thing; the label names no concept of its own.
 */
const GENITIVE_FACET = /^(.+?)\s*的\s*([\u4e00-\u9fff]{2,4})$/u;

/**
 * Chinese sentence adverbials of manner of speaking: `X来说`, `X来讲`, `X而言`, `X说来`, `X地说`,
 * `X而论` (总的来说, 简单地说, 一般而言, 严格来讲). Grammar, not a word list: the ending marks
 * the phrase as an adverbial that opens a remark.
 */
export const DISCOURSE_MARKER = /^[\u4e00-\u9fff]{1,4}(来说|来讲|而言|说来|地说|地讲|而论)$/u;

/** Particles after a word that leave its meaning as it was (`总结一下`, `注意啦`). */
const TRAILING_PARTICLE = /(一下|一把|一番|吧|啦|了|呢|哈)$/u;
/** Discourse words before a generic word that leave it generic (`简单总结`, `一图总结`, `最后小结`). */
const DISCOURSE_PREFIX = /^(简单|简要|最后|最终|顺便|一句话|一图|快速|重新|再次|补充|额外|特别|重要)/u;

// ---- misspellings -------------------------------------------------------------------------------

/**
 * Generic labels misspelt with a Chinese input method, which offers homophones: 有点 for 优点
 * (yōudiǎn), 小节 for 小结, 注意是项 for 注意事项. Two labels of the same length whose characters
 * are read alike, position by position (syllables.json: the readings of every character, for the
 * syllables generic words use), are the same word typed two ways.
 */
let charSyllables: Map<string, string[]> | undefined;
function syllablesOf(ch: string): readonly string[] {
  if (!charSyllables) {
    charSyllables = new Map();
    for (const [syllable, chars] of Object.entries(syllableData.syllables as Record<string, string>)) {
      for (const c of chars) {
        const list = charSyllables.get(c);
        if (list) list.push(syllable);
        else charSyllables.set(c, [syllable]);
      }
    }
  }
  return charSyllables.get(ch) ?? [];
}

const GENERIC_CJK = [...new Set(GENERIC_LABEL_WORDS.filter((w) => /^[\u4e00-\u9fff]{2,}$/u.test(w)))];

/** True when `a` reads like the generic word `b` (same length, each character a homophone). */
export function homophones(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    const sa = syllablesOf(a[i]!);
    if (sa.length === 0 || !syllablesOf(b[i]!).some((x) => sa.includes(x))) return false;
  }
  return true;
}

/** The generic word a Chinese label is a misspelling of: a homophone, or (3+ characters) one edit away. */
export function misspeltGeneric(label: string): string | undefined {
  const k = stripColon(label.normalize('NFKC')).replace(/\s+/g, '');
  if (!/^[\u4e00-\u9fff]{2,8}$/u.test(k)) return undefined;
  const sounding = genericSoundingLike(k[0]!);
  return genericNear(k.length).find((g) => (sounding.has(g) && homophones(k, g)) || (g.length >= 3 && k.length >= 3 && oneEditApart(k, g)));
}

/**
 * perf81: the generic words (GENERIC_CJK) whose first character is `ch` or reads like it — the
 * only ones `homophones` can find a label starting with `ch` to read like (its first test), by an
 * index of the generic words' first characters and their syllables built once: misspeltGeneric
 * compared every label with each generic word of a near length.
 */
let genericByFirst: { chars: Map<string, string[]>; syllables: Map<string, string[]> } | undefined;
const soundingLike = new Map<string, ReadonlySet<string>>();
function genericSoundingLike(ch: string): ReadonlySet<string> {
  const known = soundingLike.get(ch);
  if (known) return known;
  if (!genericByFirst) {
    genericByFirst = { chars: new Map(), syllables: new Map() };
    const push = (m: Map<string, string[]>, k: string, g: string) => {
      const list = m.get(k);
      if (list) list.push(g);
      else m.set(k, [g]);
    };
    for (const g of GENERIC_CJK) {
      push(genericByFirst.chars, g[0]!, g);
      for (const x of syllablesOf(g[0]!)) push(genericByFirst.syllables, x, g);
    }
  }
  const found = new Set(genericByFirst.chars.get(ch) ?? []);
  for (const x of syllablesOf(ch)) for (const g of genericByFirst.syllables.get(x) ?? []) found.add(g);
  soundingLike.set(ch, found);
  return found;
}

/**
 * perf66: the generic words a label of `length` UTF-16 units can be a misspelling of — a homophone
 * has its length, one edit is one unit longer or shorter —, in GENERIC_CJK's order (the first match
 * is the answer), listed once per length.
 */
const genericByLength = new Map<number, readonly string[]>();
function genericNear(length: number): readonly string[] {
  let list = genericByLength.get(length);
  if (!list) genericByLength.set(length, (list = GENERIC_CJK.filter((g) => Math.abs(g.length - length) <= 1)));
  return list;
}

/** Latin generic labels, for one-letter typos (`Waring`, `Exmaple`, `Sumary`). */
const LATIN_GENERIC = ['warning', 'example', 'summary', 'important', 'attention', 'caution', 'overview', 'reference', 'question', 'answer', 'conclusion', 'introduction', 'background', 'advantages', 'disadvantages', 'drawbacks', 'remark', 'remarks'];

function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else if (a[i + 1] === b[j] && a[i] === b[j + 1]) {
      i += 2;
      j += 2;
    } else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/**
 * Configuration and credential files a chapter explains by name (`admin.conf`, `kubelet.conf`,
 * `config.yaml`): a file name with one of the extensions such files have, no directory. rules21:
 * also a package's text and template files (`NOTES.txt`, `_helpers.tpl` of a Helm chart: a name
 * may open with `_`, as partial templates do). rules38: a Go source file a scaffold generates
 * (`zz_generated.deepcopy.go`, `suite_test.go`), which operator notes explain by name.
 */
const FILE_NAME = /^_?[A-Za-z0-9][\w-]*(?:\.[\w-]+)*\.(?:conf|kubeconfig|ya?ml|json|toml|crt|key|pem|csr|tpl|txt|go)$/;

/** A key written as a DNS prefix and a name (`kubernetes.io/tls`, `example.com/owner`): labels, annotations, finalizers, Secret types. */
const QUALIFIED_KEY = /^[\w.-]+\.[a-z]{2,}\/[\w./-]+$/i;

export function isQualifiedKey(label: string): boolean {
  return QUALIFIED_KEY.test(stripColon(label.normalize('NFKC')).trim().replace(/^`+|`+$/g, ''));
}

export function isFileName(label: string): boolean {
  return FILE_NAME.test(stripColon(label.normalize('NFKC')).trim());
}

/**
 * A file or directory written as a path (rules12): an absolute path of two segments or more
 * (`/etc/exports`, `/var/log/pods`), one under the home directory (`~/.kube/config`), or a
 * directory's name with its slash (`templates/`). It is `path-or-url` (no concept) in passing; where
 * it opens the paragraph explaining it (`` - `/var/log/pods`：kubelet 创建的目录… ``) it is a term,
 * like a file name (resolve.ts). Not a URL, an API path of one segment (`/healthz`) nor `./x`.
 * rules35: a segment may be a placeholder (`/proc/<pid>/root`, `/var/lib/kubelet/pods/<uid>/volumes`),
 * and a file's path is never too long to be a name (the `sentence` rule, labels.ts `isFileAtPath`).
 */
const FILE_PATH = /^(?:(?:\/(?:[\w.-]|<[\w-]+>)+){2,}\/?|~(?:\/(?:[\w.-]|<[\w-]+>)+)+\/?|[A-Za-z_][\w.-]*\/)$/;

export function isFilePath(label: string): boolean {
  return FILE_PATH.test(stripColon(label.normalize('NFKC')).trim().replace(/^`+|`+$/g, ''));
}

/**
 * After a command or file that opens a paragraph (`` `kubeadm certs check-expiration` 会列出… ``):
 * words that say what it does, or how it works (rules12: `` `kubectl rollout restart` 的原理是往…``,
 * `` `flux reconcile` 本质上是… ``, `` `kubectl certificate approve` 只是在…加一个… ``). A bare mention
 * (`` `kubectl get pod` 的 STATUS 列 ``, `` `kubeadm upgrade apply` 也会… ``, `` `kubectl top pod` 只能看个大概 ``)
 * is no explanation.
 */
export const EXPLAINS_COMMAND = /^\s*(?:会|用来|用于|可以用来|负责|就是|是|的作用是|的作用就是|的(?:原理|实现|做法)(?:就|其实)?是|本质上(?:就)?是|其实(?:就)?是|实际上(?:就)?是|只是(?:在|把|给|往|向)|：|:)/u;

/**
 * Runbook headings name a step, not a thing: an action verb with its object (`检查证书有效期`,
 * `续签证书`, `切换集群`, `下线一台节点`, `看日志`, `查字段的含义`) or `用 X 做 Y` (`用配置文件初始化集群`).
 * Verbs that are also nouns of a concept (配置, 升级, 备份, 恢复, 扩容) are not listed, and a subject with its verb is not read as a
 * step (`新节点加入` has the shape of `优雅退出`, a concept).
 */
const TASK_STEP: readonly RegExp[] = [
  /^(?:检查|查看|续签|切换|安装|部署|创建|开启|启用|关闭|禁用|修改|添加|删除|初始化|搭建|排查|迁移|加固|调整|下线|上线|看|查)\s*\S/u,
  /^用(?!户)\S{1,10}?(?:初始化|创建|部署|安装|搭建|生成)/u,
];

const QUESTION = /[?？]|^(why|how|what|when|which|who|where)\b|什么|怎么|怎样|为什么|为啥|如何|干嘛|干什么|哪些|哪个|哪里|多少|是否|是谁|吗$|呢$/iu;
const SENTENCE_PUNCT = /[，。；！,;!…]|\.\.\.|[.。]$/u;
/** An ordinal with its unit (第二天, 第3章, 第 2 步), a numbered step in English, a numbered way (方案二), a day of the week (周一). */
const SEQUENCE_MARKER = new RegExp(
  '^(?:第\\s*[一二三四五六七八九十百零〇两\\d]+\\s*(?:天|日|周|章|节|课|讲|篇|部分|步|阶段|回|期|轮|次|题|问|关)' +
    '|(?:day|step|part|lesson|chapter|phase|stage|round|week)\\s*\\d+' +
    '|(?:步骤|阶段|方案|方法|思路|做法)\\s*[一二三四五六七八九十\\d]+' +
    // rules16: the one before or after (下一讲, 上一节) and a place in the text (前面, 下文)
    '|[上下]一?\\s*(?:天|章|节|课|讲|篇|部分|步|阶段|期)|前面|后面|上面|下面|上文|下文|前文|后文' +
    // rules18 and rules19 (each found it): a day of the week dates a diary's section as 第二天 does
    // (`## 周一：PVC 一直 Pending`)
    '|(?:周|星期|礼拜)[一二三四五六日天]|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$',
  'iu',
);
/** (rules25: 所有 counts, 所有权 / 所有者 are nouns: `所有权转移` is a name) */
const QUANTIFIED = /^(一个|一种|一些|几个|几种|各种|所有(?![权者])|全部|多个|常见的?|常用的?|主要的?|其他|其它|另外|另一种|更多)|^[一二三四五六七八九十两\d]+\s*(个|种|类|条|步|点|关|张|件|层|大)|几个|几种|一张|一些/u;
/**
 * rules16: counted phrases a name never is: the things already named, counted (`三者配合`, `两者`),
 * one of each (`每台 GPU 节点`, `每个 Pod`), and the counted parts of a name (`X 的三个值`, `X 的两种
 * 模式`: a list of X's values or kinds follows; X itself is named elsewhere).
 */
const COUNTED = /^[两二三四几]者|^每\s*(?:一|个|台|条|种|位|次|张|份|项)|的\s*[一二三四五六七八九十两几\d]+\s*(?:个|种|类|条|步|点|件|层|大)\s*[\u4e00-\u9fff]{0,4}$/u;

/**
 * rules22: the components of a cluster and the tools every Kubernetes note names at work (the
 * node agent, the control plane's processes, the client library, the installer and the runtimes),
 * in normKey form. resolve.ts `componentAtWork`: a sentence saying what one of them does is about
 * something else; the notes explain them with a copula, a bold label or a heading.
 */
export const CLUSTER_COMPONENTS: ReadonlySet<string> = new Set(
  ['kubelet', 'kube-apiserver', 'apiserver', 'API Server', 'kube-controller-manager', 'controller-manager', 'kube-scheduler', 'kube-proxy', 'etcd', 'client-go', 'kubeadm', 'kubectl', 'containerd', 'docker', 'CRI-O', 'runc'].map((n) => normKey(n)),
);

function sequenceMarker(l: string): boolean {
  return SEQUENCE_MARKER.test(stripColon(l.normalize('NFKC')).trim());
}

/**
 * A numbered step with what it does, in one label (`**Step 2 写 CSR 对象**：`, `第 3 步 配置 RBAC`):
 * the title of a step of a procedure, however its words are shaped. (With a colon after the
 * number, `第一步：确认 StorageClass 允许扩容`, the words are a subtitle the heading rules read.)
 */
const NUMBERED_STEP = /^(?:step\s*\d+|第\s*[一二三四五六七八九十两\d]+\s*步|步骤\s*[一二三四五六七八九十\d]+)[.、)）]?\s+[^\s:：]/iu;

/**
 * rules43 (docs/miner.md "rules43"): a label that is a short Chinese word (one to four characters) and a number from 1 or
 * a record's ID of capitals, a hyphen and digits (`疑问1`, `检查点 2`, `发现 F-01`, `问题 P-3`) numbers an item of a series
 * the note keeps (questions, checkpoints, an audit's findings): no concept, whatever the word (numberedRubric takes
 * the generic words, `踩坑 2`). A Latin name with a number (`PID 1`, `HTTP-01`, `KEP-1623`) is not of this shape, nor
 * `缩到 0` (no series starts at 0).
 */
export const NUMBERED_RECORD = {
  name: 'numbered-record',
  why: 'a short Chinese word numbered as an item of a series (疑问1, 检查点 2, 发现 F-01), not a name',
  shape: /^[\u4e00-\u9fff]{1,4}\s*(?:#?[1-9]\d*|[A-Z]{1,4}-\d+)$/u,
} as const;

export function numberedRecord(label: string): boolean {
  const k = stripColon(label.normalize('NFKC')).trim().replace(/\s*[(（][^()（）]*[)）]$/u, '').trim();
  return NUMBERED_RECORD.shape.test(k);
}

/**
 * rules47 (docs/miner.md "rules47"): a record's ID alone (capitals, a hyphen and digits) with a grade in parentheses — a
 * modality of a handbook's rule or a severity of a finding (`**R-01（必须）**：`, `**R-02（禁止）**：`, `F-03（高）`) —
 * numbers an item of a series the note keeps just as `发现 F-01（高）` does (NUMBERED_RECORD): the grade says it is a
 * rule or a finding, not a name. A Latin name with a number and no grade (`HTTP-01`, `DNS-01`, `KEP-1623`) or with a
 * gloss that is no grade (`HTTP-01（文件验证）`) is not of this shape.
 */
export const GRADED_RECORD = {
  name: 'graded-record',
  why: "a record's ID with its grade (R-01（必须）, F-03（高）): a handbook's rule or an audit's finding, not a name",
  id: /^[A-Z]{1,4}-\d{1,4}$/u,
  grades: ['必须', '禁止', '建议', '推荐', '可选', '强制', '应当', '不得', 'MUST', 'MUST NOT', 'SHOULD', 'SHOULD NOT', 'MAY', '高', '中', '低', '严重', '高危', '中危', '低危', 'P0', 'P1', 'P2', 'P3'],
} as const;
const GRADES: ReadonlySet<string> = new Set(GRADED_RECORD.grades.map((g) => g.toUpperCase()));

export function gradedRecord(label: string): boolean {
  const s = stripColon(label.normalize('NFKC')).trim();
  const m = /^(.*?)\s*[(（]\s*([^()（）]*?)\s*[)）]$/u.exec(s);
  return m !== null && GRADED_RECORD.id.test(m[1]!) && GRADES.has(m[2]!.replace(/\s+/g, ' ').toUpperCase());
}

export const NOT_A_CONCEPT: readonly LabelRule[] = [
  { name: 'generic-label', why: 'a structural label (WHAT, 注意, 小结, 优势 …), not a concept', test: (l) => isGenericLabel(l, false) },
  {
    name: 'generic-misspelling',
    why: 'a misspelt generic label (有点 for 优点, Waring for Warning)',
    test: (l) => {
      const k = normKey(stripColon(l));
      if (misspeltGeneric(l) !== undefined) return true;
      return /^[a-z]{5,}$/.test(k) && LATIN_GENERIC.some((g) => oneEditApart(k, g));
    },
  },
  { name: 'command-flag', why: 'a command-line flag', test: (l) => /^\s*[-—–]{1,2}[A-Za-z]/.test(l) },
  {
    name: 'command-line',
    why: 'a command line (a prompt, arguments, flags), not a name',
    test: (l) => SHELL_LINE.test(l) && !isCommandName(l) && !isFlaggedCommand(l),
  },
  { name: 'question', why: 'a question', test: (l) => QUESTION.test(stripColon(l)) },
  {
    name: 'sentence',
    why: 'a sentence (punctuation inside, or too long to be a name)',
    test: (l) => {
      const s = stripColon(l.normalize('NFKC').trim());
      if (SENTENCE_PUNCT.test(s)) return true;
      // A long single identifier (`requiredDuringSchedulingIgnoredDuringExecution`) is still a name.
      if (/^[A-Za-z][\w.[\]-]*$/.test(s)) return false;
      // and a file's path (`/etc/systemd/logind.conf.d/99-kubelet.conf`, rules35)
      if (isFileAtPath(s)) return false;
      // so is a key written as domain/name (`nginx.ingress.kubernetes.io/proxy-body-size`)
      if (isQualifiedKey(s)) return false;
      if ([...s].length > 40 || s.split(/\s+/).length > 6) return true;
      const cjk = (s.match(CJK_RUN) ?? []).join('');
      return cjk.length > 12;
    },
  },
  { name: 'quantified', why: 'a counted phrase (几个…, 三类…, 一个最基本的…, 每台…, X 的三个值), not a name', test: (l) => QUANTIFIED.test(stripColon(l).trim()) || COUNTED.test(stripColon(l).trim()) },
  {
    // `## 第二天：什么是 QoS？`, `### Step 3: …`, `方案二：…`: the heading's main part places it in a
    // sequence; what the section explains is in its subtitle, or below it
    name: 'sequence-marker',
    why: 'a place in a sequence (第二天, 第 3 步, Step 2, 方案二), not a name',
    test: sequenceMarker,
  },
  {
    name: 'numbered-step',
    why: 'a numbered step with what it does (Step 2 写 CSR 对象, 第 3 步 配置 RBAC), not a name',
    test: (l) => NUMBERED_STEP.test(stripColon(l.normalize('NFKC')).trim()),
  },
  {
    // rules15/rules16: `坑 3`, `踩坑 2`, `注意三`, `Tip 2`: a generic label numbered as one of a
    // series (after sequence-marker: `方案二` places a heading in a sequence)
    name: 'numbered-generic',
    why: 'a generic label numbered as one of a series (坑 3, 踩坑 2, Tip 2), not a name',
    test: numberedRubric,
  },
  {
    // rules43: any short Chinese word numbered as one of a series, by a number from 1 or a record's ID (`疑问1`,
    // `检查点 2`, an audit's `发现 F-01（高）`): the labels list such a label only under `not:` (21 times in 6 writers'
    // sets, never as a concept); the ones the miner made were 11 false positives in dev107 and dev124
    name: NUMBERED_RECORD.name,
    why: NUMBERED_RECORD.why,
    test: numberedRecord,
  },
  {
    // rules47: a record's ID alone with its grade, `**R-01（必须）**：` in a platform team's handbook (20 such bold
    // labels in dev137, all `not:` or unlabelled, 19 of them mined as terms; dev124's `发现 F-03（高）` are
    // numbered-record's); no label of any dev set has the shape
    name: GRADED_RECORD.name,
    why: GRADED_RECORD.why,
    test: gradedRecord,
  },
  {
    name: 'path-or-url',
    why: 'a file path or URL, not a concept',
    test: (l) => {
      const s = stripColon(l).trim();
      return /:\/\/|^[~/.]\/?|\/$/i.test(s) || (/^[\w.-]+\.[a-z]{2,}\/[\w./-]+/i.test(s) && !isQualifiedKey(s));
    },
  },
  {
    // a concept only where it opens the paragraph explaining it (resolve.ts: `- **kubernetes.io/tls：**…`)
    name: 'qualified-key',
    why: 'a label key, annotation or type written as domain/name, named in passing',
    test: (l) => isQualifiedKey(l),
  },
  { name: 'no-letters', why: 'no letters or characters', test: (l) => !/[A-Za-z]/.test(l) && !hasCjk(l) },
  // `controller: true 表示…` explains the key, never the value: the literals of YAML's core schema
  // (and JSON) name nothing. (on/off/yes/no stay: `Off` is also an enum value a note may define.)
  { name: 'scalar-literal', why: 'a literal value (true, false, null), not a concept', test: (l) => /^(?:true|false|null)$/i.test(stripColon(l.normalize('NFKC')).replace(/[`*\s]/g, '')) },
  {
    name: 'generic-phrase',
    why: 'a generic label with a particle or a discourse word around it (总结一下, 简单小结, 一图总结)',
    test: (l) => {
      const k = stripColon(l.normalize('NFKC')).replace(/\s+/g, '');
      const bare = k.replace(TRAILING_PARTICLE, '').replace(DISCOURSE_PREFIX, '');
      return bare !== k && bare !== '' && (isGenericLabel(bare) || misspeltGeneric(bare) !== undefined);
    },
  },
  {
    name: 'task-step',
    why: 'a step of a procedure (检查证书有效期, 用配置文件初始化集群), not a name',
    test: (l) => TASK_STEP.some((re) => re.test(stripColon(l.normalize('NFKC')).trim())),
  },
  {
    name: 'personal-remark',
    why: 'a remark of the writer (个人理解, 我的排查顺序, 我踩过的坑), not a concept',
    test: (l) => wordsOf(l).some((w) => PERSONAL_WORDS.has(w) || PERSONAL_LATIN.has(w.toLowerCase())),
  },
  {
    name: 'version-note',
    why: 'a note about a version (1.24 之前, v1.29 起), not a concept',
    test: (l) => {
      const s = stripColon(l.normalize('NFKC'));
      if (!/(^|[^\w.])v?\d+\.\d+(\.\d+)?(?![\w.])/.test(s)) return false;
      // nothing else Latin but version words: `K8s 1.24 之后`, `1.29 beta`
      return s.replace(/v?\d+\.\d+(\.\d+)?/g, '').replace(/\b(k8s|kubernetes|ga|beta|alpha|stable|version|release)\b/gi, '').search(/[A-Za-z]/) < 0;
    },
  },
  {
    name: 'circumstance',
    why: 'a time or circumstance (…之前, …开始, OOM 时的…), not a name',
    test: (l) => {
      const w = wordsOf(l);
      // `渲染后`, `升级前`: a bare 后/前 closing the label after what happens
      return w.some((x, i) => TIME_WORDS.has(x) || (x === '时' && i > 0 && !isCjkWord(w[i - 1]!)) || ((x === '后' || x === '前') && i > 0 && i === w.length - 1));
    },
  },
  {
    name: 'activity',
    why: 'what the writer does or is about to talk about (聊多租户, 讲讲 X, 写 X, 在控制器里用), not a name',
    test: (l) => {
      const s = stripColon(l.normalize('NFKC')).trim();
      const w = wordsOf(s);
      // 在 … 里/中/内/上 (a verb at most after it): a place the label is about, not its name
      const place = w[0] === '在' && w.some((x, i) => i >= 2 && i >= w.length - 2 && LOCATIVES.has(x));
      return w.length > 1 && (TALK_VERBS.has(w[0]!) || place || ACTION_BEFORE_NAME.test(s));
    },
  },
  {
    name: 'clause',
    why: 'a clause (a verb with 了/过/是/会/把…, or ending in 的), not a name',
    test: (l) => {
      const w = wordsOf(stripColon(l));
      return (
        // 没 alone between two words negates a predicate (`启动顺序没保证`, `配置没生效`); 没有 is a word of its own
        w.some((x, i) => CLAUSE_WORDS.has(x) || clauseCompound(x) || /^很[\u4e00-\u9fff]/u.test(x) || (x === '不' && i > 0 && RESULT_COMPLEMENT.test(w[i + 1] ?? '')) || (x === '没' && i > 0 && i < w.length - 1) || (LINKING_VERBS.has(x) && i > 0 && i < w.length - 1)) ||
        (w.length > 1 && (w[w.length - 1] === '的' || DIRECTIONAL_COMPLEMENT.test(w[w.length - 1]!))) ||
        // rules41: `按 PDB 去 drain`, `依照 label 选`: a preposition of manner, its object, then a verb
        (w.length > 2 && MANNER_PREPOSITIONS.has(w[0]!))
      );
    },
  },
  {
    // `总的来说`, `简单来讲`, `一般而言`, `总得来说` (得 typed for 的): a sentence adverbial saying how
    // the writer is about to speak. It introduces a remark; it names nothing.
    name: 'discourse-marker',
    why: 'a sentence adverbial (总的来说, 简单来讲, 一般而言), not a name',
    test: (l) => DISCOURSE_MARKER.test(stripColon(l.normalize('NFKC')).replace(/\s+/g, '')),
  },
  {
    name: 'facet-label',
    why: 'a word naming an aspect of the topic at hand (单位, 字段, 默认值), not a concept',
    test: (l) => {
      const k = normKey(stripColon(l));
      if (FACET_SET.has(k) || FACET_COMPOUND.test(k)) return true;
      const g = GENITIVE_FACET.exec(stripColon(l.normalize('NFKC')).trim().replace(/\s*[（(][^（）()]*[）)]$/u, ''));
      return g !== null && (FACET_SET.has(normKey(g[2]!)) || isGenericLabel(g[2]!) || ['顺序', '区别', '关系'].includes(g[2]!));
    },
  },
  // (Chinese remarks only: `default`, `optional`, `required` are also fields of the API)
  { name: 'remark', why: 'a remark on a name (默认, 必考, 可选), not a name', test: (l) => hasCjk(l) && isRemark(stripColon(l).replace(/^[（(]|[）)]$/g, '')) },
];

// (question headings and the names they ask about: question-subjects.ts, rules29)

/**
 * Headings that name a group of things (`Pod 级别的字段`, `容器的几个参数`, `基础概念`): they
 * give context to what is defined under them, but are neither a term nor another name of it.
 */
export const CATEGORY_HEADING: LabelRule = {
  name: 'category-heading',
  why: 'a heading naming a group of things (…的字段, …参数, …概念)',
  test: (l) => /(字段|属性|参数|配置项?|选项|设置|部分|内容|概念|用法|知识点?|细节|要点|基础|进阶|相关|篇)$/u.test(stripColon(l).trim()),
};

/** The first rule saying a label is not a concept, or undefined. */
export const notAConcept: (label: string) => LabelRule | undefined = boundedMemo((label) => NOT_A_CONCEPT.find((r) => r.test(label)), 50_000);

/** `A 和 B`, `A 与 B`, `A、B`, `A & B`, `A vs B`, `A / B`: several things, not one name. */
export const CONJUNCTION = /\s*(?:[和与及、&＆/／]|以及|\bvs\.?\b|\band\b|\bor\b|或者?)\s*/iu;

/** Split a label into the things it joins, when it joins several. */
export function conjuncts(label: string): string[] {
  const parts = label.split(CONJUNCTION).map((p) => p.trim()).filter((p) => p !== '');
  return parts.length > 1 ? parts : [label];
}

/**
 * veto38: a bold label that sets out several names side by side, joined by a spaced slash
 * (`**build image / run image**：…`, `**MemoryPressure / DiskPressure / PIDPressure：**…`,
 * `**Custom Metrics API / External Metrics API：**…`, `- **ifindex / iflink**：…`): each part is a name the
 * passage defines, a new term when nothing known places it. Not the joined parts of a phrase: every part
 * must be written as a Latin name (`part`: one to four Latin words) that is not everyday English when it
 * is one lower-case word (`up / down`, `in / out`, `by / without` are words of a sentence; english-words.ts),
 * and no Chinese part (`复盘 / 改进项`, `节点 / hostNetwork 的流量`, `优点 / 缺点 一句话版本`). An unspaced
 * slash is a path or a pair of one thing (`autoscaling/v2`, `Init:N/M`, `range/end`). Counted over all dev
 * sets (bench/veto-costs38.mjs): `not-a-new-term` turned down 17 labels so written in 6 sets and 2 names of
 * no label in 1 (`socket / cgroup hook`); the other spaced-slash labels (12 parts, 5 sets) stay read as before.
 */
export const SLASHED_NAMES = {
  joiner: /\s+[/／]\s+/u,
  part: /^[A-Za-z][\w.-]*(?: [A-Za-z][\w.-]*){0,3}$/u,
  /**
   * (lead38) A part spelt as a key, lower-case first with an inner capital (`includedPaths / excludedPaths`,
   * `archiveMode / coldStorage`), is no new term: the field readings decide it (rules10's joined sibling beside a key
   * the example sets; unread when none is set). The full unit suite caught the merged rule making both terms.
   */
  keyLike: /^[a-z][a-z0-9]*[A-Z]/u,
} as const;

/** The names a bold label sets out side by side (SLASHED_NAMES), or undefined when it is no such label. */
export function slashedNames(label: string): string[] | undefined {
  const parts = stripColon(label.normalize('NFKC')).trim().split(SLASHED_NAMES.joiner);
  if (parts.length < 2) return undefined;
  const name = (p: string) => SLASHED_NAMES.part.test(p) && !SLASHED_NAMES.keyLike.test(p) && (/\s|[A-Z]/.test(p) || !everydayEnglish(p));
  return parts.every(name) ? parts : undefined;
}

/**
 * Lead-ins before a colon that introduce what follows (`先搞懂：控制器模式`, `复习：…`): the
 * name is after the colon.
 */
export const LEAD_INS = /^(先搞懂|先看看?|先回顾|回顾|复习|补充|附|附录|番外|延伸|扩展|进阶|顺便|顺带|另外|其次|最后|首先|然后|接着|再看|重点|核心|概念|基础)$/u;

export interface HeadingShape {
  name: string;
  test(label: string): boolean;
}

const LATIN_WORD = '[A-Za-z][\\w.+-]*';
/**
 * dups1: Chinese words after a Latin name that say something of it rather than name a kind of it:
 * a verb with a potential complement (`停不下来`, `删不掉`, `起不来`, `对得上`), a modal or an adverb
 * opening a predicate (`会变`, `怎么写`, `没反应`, `别用`), a count of kinds (`三种`, `两个`, `几类`).
 * A head noun (`模式`, `插件`, `内存`, `会话`) is none of these.
 */
export const CHINESE_PREDICATE_HEAD = /^(?:[\u4e00-\u9fff]{1,2}[不得][\u4e00-\u9fff]{1,2}|(?:怎么|怎样|为什么|为啥|会(?![话议])|没|别|不(?![变可])|还会|也会|都会|就会)[\u4e00-\u9fff]*|[一二两三四五六七八九十几\d]+[种个类条步招点])$/u;
/**
 * (lead, twenty-fifth session; qa45's `## 第二步：上节点看 kubelet`) Chinese words before a Latin name that
 * end in a verb taking the name as its object: the heading is a step or a task on the name, not a kind of
 * it. Adjectives that end in the same characters (`可用`, `通用`, `专用`) stay modifiers.
 */
export const VERB_BEFORE_NAME = {
  verbEnd: /(?:看|查|用|改|装|跑|删|配|调|写|读|找|进|登|连|换|试|学|搭|部署|安装|配置|检查|排查|查看|使用|调试|升级|重启|删除|创建|修改)$/u,
  adjectives: /^(?:可用|不可用|通用|专用|公用|共用|复用|常用)$/u,
};
/** Whether the Chinese words before a heading's Latin name are a verb phrase taking it as object (VERB_BEFORE_NAME). */
export function actionBeforeName(modifier: string): boolean {
  return VERB_BEFORE_NAME.verbEnd.test(modifier) && !VERB_BEFORE_NAME.adjectives.test(modifier);
}

/**
 * The shapes of a heading that names a new term (after numbering, lead-ins and subtitles are
 * removed). Chinese-only headings are not among them: a Chinese term needs a bold definition.
 */
export const HEADING_TERM_SHAPES: readonly HeadingShape[] = [
  // `Headless Service`, `Local PV`, `kube-proxy`, `CoreDNS`: a name, not English prose
  // (`Common mistakes`): one word at least is written like a name (see resolve.ts for known heads).
  {
    name: 'latin-name',
    test: (l) => new RegExp(`^${LATIN_WORD}( ${LATIN_WORD}){0,2}$`).test(l) && l.split(' ').some((w) => /[A-Z].*[A-Z]|[a-z][A-Z]|-|\d/.test(w.slice(0)) || /^[A-Z]{2,}/.test(w)),
  },
  // `iptables 模式`, `IPVS 模式`: a Latin name with a Chinese head noun (a linking verb after the
  // name, `partition 做金丝雀`, makes a clause: LINKING_VERBS in notAConcept)
  // (dups1: not a predicate after the name, `Reconcile 停不下来`, `IP 会变`, `authentication.type 三种`: CHINESE_PREDICATE_HEAD)
  { name: 'latin-with-chinese-head', test: (l) => {
    const head = new RegExp(`^${LATIN_WORD}( ${LATIN_WORD})?\\s*([${CJK}]{1,4})$`, 'u').exec(l)?.[2];
    return head !== undefined && !CHINESE_PREDICATE_HEAD.test(head);
  } },
  // `默认 StorageClass`, `静态 Pod`: a Chinese modifier before a Latin name; not a verb taking the name as
  // its object (`上节点看 kubelet`, `用 Helm`, `排查 CoreDNS`: a step or a task, VERB_BEFORE_NAME)
  { name: 'chinese-modifier-latin-head', test: (l) => {
    const m = new RegExp(`^([${CJK}]{1,4})\\s*${LATIN_WORD}( ${LATIN_WORD})?$`, 'u').exec(l);
    return m !== null && !actionBeforeName(m[1]!);
  } },
  // `席位（Seat）`, `Strategic Merge Patch（SMP，策略性合并补丁）` (rules9): a name glossed with its
  // English name or abbreviation, as a writer introduces a term; not a remark in parentheses
  // (`命令行速查（考试用）`, `Raft 基础（理解这个才知道…）`, `JSON Patch（RFC 6902）`: no English name)
  { name: 'glossed', test: (l) => glossedHeading(l) !== undefined },
];

/** An English name or abbreviation as a heading's gloss: one to five words of letters, no digits (`Seat`, `image GC`, `SMP`). */
const HEADING_GLOSS = /^[A-Za-z][A-Za-z]*(?:-[A-Za-z]+)*(?: [A-Za-z][A-Za-z]*(?:-[A-Za-z]+)*){0,4}$/;
/** A Chinese name of two to eight characters (`席位`, `审计阶段`). */
const CHINESE_NAME = new RegExp(`^[${CJK}]{2,8}$`, 'u');

/**
 * The parts of a heading that is a name glossed in parentheses (`席位（Seat）`, `Strategic Merge
 * Patch（SMP，…）`, `kube-router（路由组件）`): the name (Chinese, or Latin shaped like a name or
 * spelling the abbreviation) and the gloss's first part, an English name (`Seat`) or, after a
 * Latin name, an abbreviation or a Chinese name.
 */
export function glossedHeading(label: string): { core: string; gloss: string } | undefined {
  const m = closingParen(label.normalize('NFKC').trim());
  if (!m || m.before === '' || m.inside.trim() === '') return undefined;
  const core = m.before;
  const gloss = m.inside.split(/[，,]/u)[0]!.trim();
  // rules38: a gloss that is a rubric (`Quick Compare（速查）`, `周末反思（TODO）`) names no term
  if (isGenericLabel(gloss)) return undefined;
  if (CHINESE_NAME.test(core)) {
    if (/[的和与及或是在]/u.test(core) || !HEADING_GLOSS.test(gloss)) return undefined;
    return { core, gloss };
  }
  // a Latin name: shaped like one (`Shuffle Sharding` is not, `kube-proxy` is), or spelling its abbreviation
  if (!new RegExp(`^${LATIN_WORD}( ${LATIN_WORD}){0,3}$`).test(core)) return undefined;
  if (spellsAbbreviation(gloss, core)) return { core, gloss };
  // rules18: English words each capitalised, as a name is written (`Controller Plugin`, `Topology Aware
  // Routing`), glossed with their Chinese name: the gloss says they are a name (`Common mistakes（常见错误）`
  // is a phrase: not every word capitalised)
  if (TITLE_CASE_WORDS.test(core) && CHINESE_NAME.test(gloss) && !isRemark(gloss)) return { core, gloss };
  // rules41: English words ending on a sort noun, glossed with a Chinese name ending on the same sort
  // (`Route controller（路由控制器）`, `Volume plugin（卷插件）`): the gloss translates a name, sort and all
  if (sameSortGloss(core, gloss)) return { core, gloss };
  // rules38: one capitalised English word glossed with its Chinese name (`Recreate（重建）`, `Allow（允许并发）`)
  if (GLOSSED_WORD_HEADING.test(core, gloss)) return { core, gloss };
  if (!HEADING_TERM_SHAPES[0]!.test(core) || !(HEADING_GLOSS.test(gloss) || CHINESE_NAME.test(gloss))) return undefined;
  return { core, gloss };
}

/**
 * rules41: the sort nouns of components and mechanisms, in English and as the Chinese name ends
 * with them: a name of several English words ending on one, glossed in Chinese ending on its
 * translation, is a name, whatever its capitals.
 */
export const SORT_TRANSLATIONS: Readonly<Record<string, readonly string[]>> = {
  controller: ['控制器'],
  plugin: ['插件'],
  driver: ['驱动', '驱动程序'],
  proxy: ['代理'],
  gateway: ['网关'],
  scheduler: ['调度器'],
  manager: ['管理器'],
  provider: ['提供者', '提供商', '提供方'],
  policy: ['策略'],
  mode: ['模式'],
  probe: ['探针'],
  runtime: ['运行时'],
  agent: ['代理', '代理程序'],
  server: ['服务器', '服务端'],
};

function sameSortGloss(core: string, gloss: string): boolean {
  const words = core.split(' ');
  if (words.length < 2 || !CHINESE_NAME.test(gloss)) return false;
  const zh = SORT_TRANSLATIONS[words[words.length - 1]!.toLowerCase()];
  return zh !== undefined && zh.some((z) => gloss.endsWith(z) && [...gloss].length > [...z].length);
}

/**
 * rules38: a heading that is one capitalised English word glossed with a Chinese name of two to eight characters
 * (`### Recreate（重建）`, `#### Allow（允许并发）`, `### Background（后台级联）`, `## Retention（保留策略）`): the
 * writer names a value, a mode or a part of a tool and translates it, as a term is introduced. Counted over the 116 dev
 * sets (bench/shapes38.mjs `latin-zh/cap1`, `latin-zh/cap1+value`): 17 labels found, 9 missed in 7 sets, no heading
 * of the shape that is no label's. Not a remark or a rubric in the parentheses (`Cluster（默认）`, `Summary（总结）`,
 * `Background（背景）`), not a word in capitals or with capitals inside (HEADING_TERM_SHAPES' latin-name reads those),
 * not two words (`Common mistakes（常见错误）`: TITLE_CASE_WORDS decides).
 */
export const GLOSSED_WORD_HEADING = {
  name: 'heading-glossed',
  takes: 'a heading of one capitalised English word glossed in parentheses with a Chinese name (not a remark or a rubric)',
  example: '### Recreate（重建）',
  gives: 'Recreate',
  lookAlikes: ['### Cluster（默认）', '## Summary（总结）', '### Background（背景）', '## Common mistakes（常见错误）', '### recreate（重建）', '### Recreate（3 个副本）'],
  test: (core: string, gloss: string): boolean => /^[A-Z][a-z]{2,}$/.test(core) && CHINESE_NAME.test(gloss) && !isRemark(gloss) && !isGenericLabel(gloss),
} as const;

/**
 * rules40 (fortieth session): a generic English word (`Background`, a rubric's word: GENERIC_LABEL_WORDS) glossed with a
 * Chinese name that is no rubric (`**Background（后台删除）**：主人立刻删除…`, `### Background（后台级联）`): the gloss
 * says the word names a value or a mode here (propagationPolicy's `Background`), as GLOSSED_WORD_HEADING reads other
 * words; the generic-label veto stays for `Background（背景）`, `Summary（总结）`. Counted over the 122 dev sets
 * (docs/miner.md "rules40"): a generic English word glossed so, 4 times in 3 sets, each a label (all missed), no
 * name of no label.
 */
export const GLOSSED_GENERIC_WORD = {
  name: 'glossed-generic-word',
  takes: 'a generic English word glossed with a Chinese name that is no rubric',
  example: '- **Background（后台删除）**：主人立刻删除，附属对象由 GC 在后台慢慢删。kubectl 默认就是这个。',
  gives: 'Background',
  lookAlikes: ['- **Background（背景）**：这个项目是去年开始的，当时大家都在用虚拟机。', '- **Summary（总结）**：今天把三种删除方式都试了一遍。', '- **Example（示例）**：下面这个 Deployment 会被级联删除。'],
  test: (core: string, gloss: string): boolean => isGenericLabel(core) && GLOSSED_WORD_HEADING.test(core, gloss),
} as const;

/** Whether a label's core and its glosses are GLOSSED_GENERIC_WORD's shape: one gloss, a Chinese name, after a generic word. */
export function glossedGenericWord(core: string, glosses: readonly string[]): boolean {
  return glosses.length === 1 && GLOSSED_GENERIC_WORD.test(core, glosses[0]!);
}

/** Two to four English words, each capitalised and then lower-case (`Node Plugin`, `Shuffle Sharding`). */
const TITLE_CASE_WORDS = /^[A-Z][a-z]+(?: [A-Z][a-z]+){1,3}$/;

/** The shape a heading label has, if it can name a term. */
export function headingTermShape(label: string): HeadingShape | undefined {
  return HEADING_TERM_SHAPES.find((s) => s.test(label));
}

// ---- labels judged with their note ----------------------------------------------------------------

/** The rules that find a bold label opening a paragraph (definitions.ts). */
export const BOLD_OPENER_RULES: ReadonlySet<string> = new Set(['bold-colon', 'bold-copula', 'bold-gloss', 'bold-only']);

/**
 * rules24: the rules that read a name the chapter sets out as its own definition — a bold label opening
 * its paragraph (BOLD_OPENER_RULES), a code span or a plain name leading a list item or paragraph before a
 * colon, a bold first cell of a table row, a row of a table of abbreviations — as against a name a
 * sentence only says something of (`prose-*`, `learned`, a bold or code name mid-sentence).
 */
export const DEFINING_RULES: ReadonlySet<string> = new Set([...BOLD_OPENER_RULES, 'code-colon', 'text-equals', 'list-name-colon', 'list-state-colon', 'paragraph-state-colon', 'list-reason-colon', 'table-bold-cell', 'abbreviation-table']);

/** What a note says about one of its bold labels, for the rules below. */
export interface LabelUse {
  /** The rule that found the label (`bold-colon`, `bold-only` …). */
  rule: string;
  /** How many paragraphs of the note open with this same bold label. */
  openings: number;
  /** How often a word occurs in the note's text outside the openings of this label (unknown: no test). */
  usesElsewhere?(word: string): number;
  /** Characters of the note's plain text. */
  noteLength?: number;
  /** The paragraph is only the label (and its colon): it heads what follows, a list or a quote. */
  alone?: boolean;
}

/**
 * A note shorter than this (characters of plain text) has too little text to show its
 * vocabulary: `unanchored-label` needs a chapter, not a snippet, to judge a label by.
 */
export const MIN_ANCHOR_TEXT = 1000;

/**
 * The words of a Chinese label (Intl.Segmenter) of two characters or more. A run of
 * one-character segments is joined back into one word: the dictionary splits technical words
 * it does not know (`镜像` → 镜|像, `拓扑` → 拓|扑) into characters.
 */
export function anchorWords(label: string): string[] {
  const out: string[] = [];
  let run = '';
  for (const w of wordsOf(label)) {
    if ([...w].length === 1 && isCjkWord(w)) {
      run += w;
      continue;
    }
    if ([...run].length >= 2) out.push(run);
    run = '';
    if ([...w].length >= 2) out.push(w);
  }
  if ([...run].length >= 2) out.push(run);
  return out;
}

export interface NoteLabelRule {
  name: string;
  why: string;
  test(label: string, use: LabelUse): boolean;
}

/** No Latin letter or digit: nothing of an API name, a command or a version in it. */
const chineseOnly = (l: string) => !/[A-Za-z0-9]/.test(l) && hasCjk(l);

/**
 * Rules that turn down a bold label as a new term from how the note uses it (not from the
 * words it is made of). Only for labels with no Latin letters: an API name, an abbreviation or
 * an English gloss is technical content of its own.
 */
export const NOTE_LABEL_RULES: readonly NoteLabelRule[] = [
  {
    // `**风险：**… **整改：**… **风险：**… **整改：**…`, `**易混：**` before four paragraphs: a label
    // that heads several paragraphs of one note is the note's structure (a checklist's fields,
    // a review's recurring rubric). A concept is defined once; its later mentions are running text.
    name: 'repeated-label',
    why: 'a bold label heading several paragraphs of the note: structure, not a concept',
    test: (l, use) => chineseOnly(l) && BOLD_OPENER_RULES.has(use.rule) && use.openings >= 2,
  },
  {
    // `**口诀：**调度看 requests…`, `**事故经过：**测试同学…`: a term the note defines is part of
    // what the note is about, so the note uses it again, or words of it (`**驱逐信号**：` in a
    // note about 驱逐, `**最小权限原则**：` in one about 权限). A label none of whose words (of two
    // characters or more, by Intl.Segmenter) occurs anywhere else in the note, not even in the
    // passage after it, is a rubric introducing a remark, not a concept of the note.
    name: 'unanchored-label',
    why: 'a Chinese bold label whose words the note never uses elsewhere: a rubric before a remark, not a concept of the note',
    test: (l, use) => {
      if (!chineseOnly(l) || !BOLD_OPENER_RULES.has(use.rule) || use.usesElsewhere === undefined) return false;
      if ((use.noteLength ?? 0) < MIN_ANCHOR_TEXT) return false;
      const k = stripColon(l.normalize('NFKC')).replace(/\s+/g, '');
      const words = [k, ...anchorWords(k).filter((w) => w !== k)];
      return words.every((w) => use.usesElsewhere!(w) === 0);
    },
  },
  {
    // `**排查步骤：**`, `**处理方法：**`, `**报错现象：**`: a generic label word (步骤, 方法, 现象…) as
    // the head of the label; the words before it only say of what. A facet of the work, not a name.
    name: 'generic-head',
    why: 'a Chinese label whose head word is a generic label (…步骤, …方法, …现象): a facet, not a concept',
    test: (l, use) => {
      if (!chineseOnly(l) || !BOLD_OPENER_RULES.has(use.rule)) return false;
      const w = wordsOf(stripColon(l.normalize('NFKC')));
      return w.length >= 2 && [...w[w.length - 1]!].length >= 2 && isGenericLabel(w[w.length - 1]!);
    },
  },
  {
    // rules24: `API 是…`, `DNS（域名解析）`, `**IP** 会变`, a learned name `YAML`: a general word of
    // computing or an English function word (generic-words.ts GENERAL_WORDS) said something of in a
    // sentence is no concept of the note; only a rule that reads the chapter setting it out as its own
    // definition (DEFINING_RULES: a bold label opening its paragraph, a list item or table row it leads;
    // headings are judged apart) makes it a term
    name: 'general-word',
    why: 'a general word of computing or an English function word (API, YAML, DNS, from) named in a sentence, not defined by the chapter',
    test: (l, use) => generalWord(l) && !DEFINING_RULES.has(use.rule),
  },
  {
    // A paragraph that is only `**心得体会**` (or `**改进项：**` before a list) is a heading set in
    // bold: read as headings are, a Chinese-only one is no new term (`**ClusterIP**` still is).
    name: 'bold-heading',
    why: 'a paragraph that is only a Chinese bold label is a heading, and Chinese-only headings are no new terms',
    test: (l, use) => chineseOnly(l) && (use.rule === 'bold-only' || (BOLD_OPENER_RULES.has(use.rule) && use.alone === true)),
  },
];

/** The first note rule that turns a bold label down as a new term, or undefined. */
export function notATermInNote(label: string, use: LabelUse): NoteLabelRule | undefined {
  return NOTE_LABEL_RULES.find((r) => r.test(label, use));
}

/** The key under which a note counts the paragraphs its bold labels open. */
export function openerKey(label: string): string {
  return normKey(stripColon(label.normalize('NFKC')));
}
