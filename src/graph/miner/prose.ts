/**
 * Definitions written in running prose, without bold: `Velero 是一个…的工具`, `metrics-server
 * 负责…`, `所谓 CRD，就是…`, `CRI（Container Runtime Interface）是…`, `快照可以理解为…`,
 * `digest 则是…`, `cgroup 驱动决定…`, `the RED method, which stands for …`. A sentence defines its
 * subject when
 *
 *   - the subject opens the sentence or one of its clauses (after `，`, `；`, `：`, and after
 *     discourse words such as 顺便说一下 / 另外 / 所以 / 比如, see CLAUSE_OPENERS);
 *   - a defining predicate follows it (the table in prose-predicates.ts: `is-a` predicates say
 *     what it is, `does` predicates what it does; in English `is a|an|the`, `, which is`,
 *     `stands for`, `refers to`);
 *   - the subject's shape and the predicate are evidence enough (SubjectShape, subjectEvidence):
 *     names by their spelling take any predicate; lower-case English words an `is-a` one (or any
 *     when several words or used again in the chapter); a plain Chinese noun phrase only an
 *     `is-a` one, and the bare 是 only when the chapter keeps using it — never a pronoun, a
 *     remark (`问题是…`, `原因是…`) or a clause.
 *
 * Besides: a name introduced by one clause and taken up by the next (`还有一个 X，它是…`,
 * `由 X 提供，它是…`, `来自 X，这个字段…`, `X 本身…，就是个…`), the items of a classification
 * (`分成两类：A…；B…`) and a Chinese name glossed in English anywhere in a sentence
 * (`写时复制（copy-on-write）`, prose-gloss).
 *
 * Sentences are found with `Intl.Segmenter` (mention-context.ts `sentenceAround`), word
 * boundaries of Chinese phrases too. The sentence is kept as the evidence `--explain` prints.
 * Which concept the subject names (a field, an API kind, a known concept, a new term) is decided
 * later, like every candidate (resolve.ts).
 */
import { genericProseSubject } from './generic-words.ts';
import type { Paragraph, PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { sentenceAround } from '../mention-context.ts';
import { isEcosystemName } from '../vocabulary/ecosystem.ts';
import { namedThing } from '../vocabulary/k8s-names.ts';
import { rareLatinWord } from './english-words.ts';
import { isEcosystemKind, kindNamed, patternNamed } from '../vocabulary/index.ts';
import { KIND_CHINESE_NAMES } from '../vocabulary/names.ts';
import { isGenericLabel, isRemark, NAME_HEAD_WORDS, normKey } from '../labels.ts';
import { boundedMemo } from '../util.ts';
import { CLAUSE_WORDS, endsOnAdverb, FACET_WORDS, PERSONAL_WORDS, TIME_WORDS, isQualifiedKey, notAConcept, wordsOf } from './label-rules.ts';
import { COMMAND_TOOL, isCommandName, isFlaggedCommand, kubectlCommandLength } from './command-tools.ts';
import { INTRODUCED_CAPABILITY, PROSE_PREDICATES, type ProsePredicate } from './prose-predicates.ts';
import { acronymsExpanded, boldDescribed, boldGlossed, kindsWithInitials, latinNamesGlossed, mixedGlossedNames } from './gloss-shapes.ts';
import { keysWithCategory } from './key-shapes.ts';
import { keysAfterTheirSort } from './key-sort-before.ts';
import { componentsRunAs, componentsWithThisSort, envVarsAfterTheirSort, keyOfCodeSpan } from './project-keys.ts';
import { boldCanBeSubject, boldHeadedName, boldLabelAfterStop, boldOpensClause, boldPair, boldPredicate, boldTermInPassing, boldWordSubject } from './bold-roles.ts';
import { instancesWithTheirSort } from './sort-instances.ts';

export interface ProseDefinition {
  /** The subject as written (code value, Latin name, Chinese name). */
  subject: string;
  form: 'code' | 'text';
  /** `prose-copula`, `prose-role`, `prose-purpose`, … (PREDICATES), `prose-so-called`, `prose-english`. */
  rule: string;
  /** Names in a gloss right after the subject (`CRI（Container Runtime Interface）`). */
  aliases: string[];
  /** The defining sentence, as plain text (evidence for `--explain`). */
  sentence: string;
  /** Offset of the subject in the paragraph's plain text. */
  offset: number;
  /** How the subject is a name (SubjectShape). */
  shape: SubjectShape;
}

interface Piece {
  from: number;
  to: number;
  kind: 'text' | 'code' | 'other';
  node: PhrasingContent;
}

export interface FlatParagraph {
  text: string;
  pieces: Piece[];
}

/** The paragraph as plain text, with where each child starts (code spans keep their value). */
export function flattenParagraph(p: Paragraph): FlatParagraph {
  let text = '';
  const pieces: Piece[] = [];
  for (const n of p.children) {
    const from = text.length;
    if (n.type === 'text') text += n.value;
    else if (n.type === 'inlineCode') text += n.value;
    else if (n.type === 'break') text += ' ';
    else text += toString(n);
    pieces.push({ from, to: text.length, kind: n.type === 'text' ? 'text' : n.type === 'inlineCode' ? 'code' : 'other', node: n });
  }
  return { text, pieces };
}

/**
 * Discourse words that may open a clause before its subject (`顺便说一下，Velero 是…`, `所以 X 是…`),
 * then words that place a Latin subject inside what was just named (`里面的 X 负责…`, `其中的 X`,
 * `这个 X 是…`).
 */
export const CLAUSE_OPENERS = /^(?:(?:顺便说一下|顺便提一下|顺带一提|简单说|简单来说|也就是说|换句话说|另外|此外|其中|而且|并且|同时|所以|因此|但是|不过|然而|其实|首先|其次|然后|接着|还有|那么|总之|比如|例如|譬如|以及|至于|再如|而|但)\s*[，,]?\s*)?(?:(?:默认|常用|常见|最常用|最常见|最基础)的\s*(?=[A-Za-z`]))?(?:(?:[\u4e00-\u9fffA-Za-z0-9-]{1,8}\s*)?(?:里面|里头|内部)的\s*(?=[A-Za-z`])|(?:其中|底下|背后|这里|这一层)的\s*(?=[A-Za-z`])|(?:这个|那个)\s*(?=[A-Za-z`]))?/u;

/** rules15: the noun of a sort of named thing right before a code span naming one (`特性门控 \`X\``, `注解 \`x\``). */
const CODE_CATEGORY = /^(?:环境变量|特性门控|feature gate|注解|标签|字段|参数|选项|配置项|插件|准入插件|污点|指标|子命令)\s*$/u;

/** `所谓 X` / `所谓的 X`: the writer names what the clause defines. */
const SO_CALLED = /^所谓的?\s*/u;

/** The predicate table (prose-predicates.ts): name and pattern, in the order they are tried. */
export const PREDICATES: readonly ProsePredicate[] = PROSE_PREDICATES;

/**
 * One pattern that matches where any of PREDICATES' patterns that a subject can take matches (their
 * alternation): most clauses after a subject match none, and one test says so instead of one per
 * predicate. Built only when every pattern has the same flags (their meaning in the alternation is
 * then theirs). The predicates of a key set to a value (`only: 'values'`) fit no subject
 * (predicateFits) and are left out: `会…` after a name would make the test pass for nothing.
 */
const SUBJECT_PREDICATES = PREDICATES.filter((pr) => pr.only !== 'values');
const ANY_PREDICATE: RegExp | undefined = SUBJECT_PREDICATES.every((pr) => pr.re.flags === SUBJECT_PREDICATES[0]?.re.flags && !pr.re.global && !pr.re.sticky)
  ? new RegExp(SUBJECT_PREDICATES.map((pr) => `(?:${pr.re.source})`).join('|'), SUBJECT_PREDICATES[0]?.re.flags)
  : undefined;
/** The predicates valuesWithEffect reads after a key set to a value (prose-predicates.ts `values`). */
const VALUE_PREDICATES = PREDICATES.filter((pr) => pr.only === 'values');

/**
 * A complement that starts like this makes the sentence a comment, not a definition: a modal or
 * adverb (`Pod 是会变的`, `X 是不能…`), a cause (`是因为`), a question (`是不是`, `是否`).
 */
const NOT_A_COMPLEMENT = /^\s*(?:[会能要不没很都也就才还已可否]|因为|为了|由于|在|被|把|说|如何|怎么|什么|自动|直接|通过|靠|让|帮|将|用(?!来|于)|[“"「][^”"」]{0,30}[”"」](?!\s*的[^，,。.；;：:！!？?\s])|[，,。.；;：:！!？?]|$)/u;
/**
 * A copula whose complement is only a name says which one it is (`CNI 是 Calico`), not what it
 * is; `所谓 CRD，就是 CustomResourceDefinition` is read by prose-so-called instead.
 */
const NAME_ONLY_COMPLEMENT = /^\s*[A-Za-z][\w.\-/]*(?: [A-Za-z][\w.\-/]*)?\s*(?:[，,。；;：:！!？?]|$)/u;
/** After any predicate: nothing said (`X 负责。`). */
const EMPTY_COMPLEMENT = /^\s*(?:[，,。.；;：:！!？?]|$)/u;

/**
 * `X 这个字段…`, `X 这个子命令…`, `X 这个指标…` (rules6): a name opening a clause, then 这个 and the
 * kind of thing it is. `这种` / `这类` (`NFS 这种文件系统`) point at a sort of things, not at the
 * name, and a name in the middle of a clause (`指向 zone 这个标签`) is an object: neither is read.
 */
export const THIS_CATEGORY = /^\s*这个\s*(?:字段|参数|选项|配置项|钩子|来源|插件|准入插件|注解|标签|污点|命令|子命令|组件|对象|资源|子资源|环境变量|开关|控制器|工具|机制|特性|特性门控|功能|扩展点|指标|gate|门控|接口|端点)(?![\u4e00-\u9fff]{0,2}的)/u;
const THIS_FIELD = /^\s*这个\s*(?:字段|参数|选项|配置项)/u;

/** `还有一个 nerdctl，它是…`: the pronoun opening a clause stands for the name the clause before introduced. */
const PRONOUN = /^它\s*/u;
/** `凭据来自 imagePullSecrets，这个字段写在…`: a noun anaphor, which names what the clause before ended on. */
const NOUN_ANAPHOR = /^(?:这个|该|此)(?:字段|参数|选项|工具|命令|组件|对象|插件|项目|机制)\s*/u;
/** `jq 本身跟 Kubernetes 没关系，就是个命令行的 JSON 处理器`: a clause whose subject is the sentence's, left out. */
const ELIDED_COPULA = /^(?:其实|也|不过)?\s*(?:就是|只是|其实是)\s*(?=个|一个|一种|一款|一套|一类)/u;
/** `有个 X，是一个…`: a clause that leaves out its subject, the name the clause before introduced. */
const INTRODUCED_COPULA = /^(?:其实|也|本身)?\s*(?:就是|是)\s*(?:一个|一种|一款|一套|一类|个)/u;
/** `它是一个…`, `它是另一种…`: the pronoun said to be a kind of thing. */
const IS_A_KIND = /^(?:其实|本身|本质上)?\s*(?:就是|是)\s*(?:一个|一种|一款|一套|一类|另一种|另一个|个)/u;
/** Adverbs of time and scope a name's predicate may follow (`X 已经内置在…`, `X 目前只管…`). */
const PREDICATE_ADVERB = /^(?:已经|早已|早就|一直|本来|原本|现在|如今|目前|同样)\s*/u;
/** Shapes that are names by their spelling or their gloss (not a plain word or phrase). */
const STRONG_NAME_SHAPES: ReadonlySet<SubjectShape> = new Set(['code', 'latin-name', 'latin-head', 'glossed', 'command', 'named-thing', 'bold']);
/** `社区一般把它分成两类：A…；B…`: a classification, whose items each open a clause. */
const CLASSIFICATION = /(?:分成|分为|分)\s*[两三四五六七八九十几]\s*(?:类|种|档|级|段|个阶段|个部分)\s*[：:]\s*$/u;

/** Single English words that are never the subject named by a definition. */
const ENGLISH_STOP = new Set(['it', 'this', 'that', 'these', 'those', 'there', 'here', 'we', 'you', 'they', 'he', 'she', 'i', 'a', 'an', 'the', 'in', 'so', 'but', 'and', 'or', 'if', 'when', 'then', 'note', 'yes', 'no', 'ok', 'what', 'which', 'who', 'one']);


/** A Latin name written like a name, not an English word: see the module comment. */
export function nameLike(s: string): boolean {
  const words = s.split(' ');
  if (words.length === 1 && ENGLISH_STOP.has(s.toLowerCase())) return false;
  if (words.length > 1) return words.every((w) => /^[A-Z]/.test(w) || /[-\d]/.test(w) || isEcosystemName(w)) || (/^[A-Z]{2,}/.test(words[0]!) && words.length === 2);
  if (s.replace(/[^A-Za-z0-9]/g, '').length < 2) return false;
  // a lower-case word that is no everyday English word (`informer`, `resync`, `jq`) is a name
  return /^[A-Z]/.test(s) || /[a-z][A-Z]/.test(s) || /[-\d_]/.test(s) || isEcosystemName(s) || rareLatinWord(s);
}

/** A code span that can name a concept: an identifier or a field path, not a command, file or value. */
const CODE_NAME = /^[A-Za-z][\w.-]*(?:\[\])?(?:\.[A-Za-z][\w-]*(?:\[\])?)*$/;

/** Chinese names the vocabulary knows: API kinds' Chinese names, pattern names. */
function chineseVocabularyPrefix(s: string): string | undefined {
  const m = /^[\u4e00-\u9fff]{2,8}/u.exec(s);
  return m ? longestVocabularyPrefix(m[0]) : undefined;
}

/** The longest prefix (two characters or more) of a run of Chinese characters that the vocabulary knows, by run (the same openings recur). */
const longestVocabularyPrefix = boundedMemo((run: string): string | undefined => {
  for (let len = run.length; len >= 2; len--) {
    const w = run.slice(0, len);
    if (KIND_CHINESE_NAMES[w] !== undefined || patternNamed(w) !== undefined) return w;
  }
  return undefined;
}, 20_000);

function squash(s: string): string {
  const t = s.replace(/\s*\n\s*/g, ' ').replace(/[ \t]+/g, ' ').trim();
  // (a text of at most 160 UTF-16 units has at most 160 characters: not split into them)
  return t.length > 160 && [...t].length > 160 ? `${[...t].slice(0, 159).join('')}…` : t;
}

/** Gloss names that can be other names of the subject (not an English expansion into words). */
function glossAliases(gloss: string): string[] {
  // rules15: `reclaimWithinCohort（Never / LowerPriority / Any）`, `operator（In、NotIn、Exists）`:
  // Latin words listed with a slash or 、 are the values (or parts) of the name, not other names of it
  const listed = gloss.split(/[\/、|]/u);
  if (listed.length >= 2 && listed.every((x) => /^\s*[A-Za-z][\w.\-]*\s*$/.test(x))) return [];
  return gloss
    .split(/[，,、;；/]/)
    .map((x) => x.trim())
    .filter((x) => x !== '' && [...x].length <= 40 && (/[\u4e00-\u9fff]/u.test(x) || /^[A-Za-z][\w.-]*(?: [A-Za-z][\w.-]*){0,4}$/.test(x)));
}

/**
 * How a subject is a name, the evidence the subject itself brings (the predicate brings the rest,
 * see `subjectEvidence`):
 *   code            a code span that is an identifier or a field path
 *   glossed         a Chinese name glossed with a Latin one (`容器运行时（container runtime）`)
 *   vocabulary      a Chinese name the vocabulary knows (`存储类`)
 *   latin-name      a Latin name by its spelling (`Velero`, `kube-proxy`, `Metrics API`, `etcd`)
 *   latin-head      a Latin name with a Chinese head noun (`cgroup 驱动`, `default 命名空间`)
 *   latin-words     lower-case English words (`digest`, `field manager`, `strategic merge patch`)
 *   chinese-phrase  a plain Chinese noun phrase (`快照`, `声明式管理`)
 *   command         a command: a tool and its subcommand words (`kubectl cordon`), in text or in a
 *                   code span, whose arguments and flags are left off (`` `kubectl cordon node-1` ``)
 */
export type SubjectShape = 'code' | 'glossed' | 'vocabulary' | 'latin-name' | 'latin-head' | 'latin-words' | 'chinese-phrase' | 'command' | 'named-thing' | 'bold';

/*
 *   named-thing     a named thing of Kubernetes the vocabulary knows (vocabulary/k8s-names.ts: an
 *                   admission or scheduler plugin, an extension point, a proxy mode, a well-known
 *                   label, annotation or taint key), with a head noun after it left off
 *                   (`PodSecurity 准入插件`, `ipvs 模式`); resolve.ts `k8s-name` types it.
 *   bold            a name set in bold in the middle of a paragraph (`；**非自愿干扰**则是…`): a phrase
 *                   that can be a name (boldName), the bold its evidence; it takes the predicates
 *                   any subject takes and `prose-bold-colon`.
 */

/**
 * The platform every note is about and its own client (`Kubernetes 把账号分成两类`, `kubectl 会把
 * 输出变成…`): like a built-in API kind, what they do is the note using them, never what
 * introduces them; only a predicate saying what they are (`is-a`) defines them.
 */
export const PLATFORM_NAMES: ReadonlySet<string> = new Set(['kubernetes', 'k8s', 'kubectl']);

/**
 * A subject that a `does` predicate never defines: a built-in API kind, the platform or its client.
 * A project's custom resource (`SecretStore 描述怎么连到外部密钥系统`) is what a note introduces.
 */
export function usedByWhatItDoes(value: string): boolean {
  const kind = kindNamed(value);
  return (kind !== undefined && !isEcosystemKind(kind)) || PLATFORM_NAMES.has(value.normalize('NFKC').trim().toLowerCase());
}

/** Shapes that are names by their spelling, for the predicates read only after names (`only: 'names'`). */
const NAME_SHAPES: ReadonlySet<SubjectShape> = new Set(['code', 'latin-name', 'latin-head', 'command', 'named-thing']);

/** rules15: a Latin identifier spelt like a setting: camelCase or PascalCase with an inner capital, or words joined by `-`, `.`, `_`. */
const SETTING_SPELLING = /^[A-Za-z][A-Za-z0-9]*(?:[a-z0-9][A-Z]|[a-z0-9][-._][A-Za-z0-9])[\w.-]*$/;

/** Whether a predicate is read after this subject at all (ProsePredicate `only`). */
export function predicateFits(pr: ProsePredicate, shape: SubjectShape, knownPlace = false, value = ''): boolean {
  if (pr.only === 'commands') return shape === 'command';
  // (rules17: a key set to a value is read by valuesWithEffect alone; no subject here sets one)
  if (pr.only === 'values') return false;
  if (pr.only === 'names') return NAME_SHAPES.has(shape);
  if (pr.only === 'settings') return shape === 'code' || shape === 'named-thing' || (shape === 'latin-name' && SETTING_SPELLING.test(value));
  // a command the vocabulary knows (`kubectl drain`) is a named thing too
  if (pr.only === 'bold') return shape === 'bold';
  if (pr.only === 'known') return knownPlace && (shape === 'named-thing' || (shape === 'command' && namedThing(value) !== undefined));
  return true;
}

/**
 * The name a bold phrase mid-paragraph can be (shape `bold`): the phrase with a trailing colon and
 * a gloss (`基于污点的驱逐（taint-based eviction）`) taken off; a Latin name, a Chinese phrase of
 * two to twelve characters, or both mixed, that no label rule rejects (label-rules.ts
 * `notAConcept`: generic labels, clauses, questions, flags …) and no bare pronoun or plain word.
 */
export function boldName(raw: string): { name: string; aliases: string[]; colon: boolean } | undefined {
  let t = raw.normalize('NFKC').trim();
  const colon = /[:：]\s*$/u.test(t);
  t = t.replace(/[:：]\s*$/u, '').trim();
  const g = /^(.+?)\s*[（(]([^（）()]{1,40})[）)]$/u.exec(t);
  const name = (g ? g[1]! : t).trim();
  // (an English name is measured in words: `quota reservation` is two, though longer than 16 characters)
  if (name === '' || (/^[\x20-\x7e]+$/.test(name) ? name.split(' ').length > 4 || name.length > 40 : [...name].length > 16) || /[，,。；;！!？?、"“”]/u.test(name) || !/[A-Za-z\u4e00-\u9fff]/u.test(name)) return undefined;
  if (notAConcept(name) !== undefined || isGenericLabel(name) || PLAIN_NOUNS.has(name) || FACET_WORDS.includes(name)) return undefined;
  // a Chinese phrase that opens like a clause or a remark (`这一步`, `不要`) names nothing
  if (/^[\u4e00-\u9fff]/u.test(name) && NOT_A_CHINESE_SUBJECT.test(name)) return undefined;
  // (rules15: English words with their Chinese name in the bold, `**quota reservation（配额预留）**`,
  // are named by the gloss, as a Chinese name is by its English one; one plain word is not)
  const namedByGloss = g !== null && name.includes(' ') && /^[\u4e00-\u9fff]{2,8}$/u.test(g[2]!.trim()) && !isRemark(g[2]!);
  if (/^[A-Za-z]/.test(name) && !/[\u4e00-\u9fff]/u.test(name) && !nameLike(name) && !namedByGloss) return undefined;
  return { name, aliases: g ? glossAliases(g[2]!) : [], colon };
}

/**
 * The name a paragraph opens with, when it is a name by its spelling or its gloss (not a plain
 * word or Chinese phrase): `后台删除（Background）是…`, `Orphan 把…`, `` `Never`：… ``. For the items
 * of a list of kinds (definitions.ts `list-kinds-of`).
 */
export function openingName(p: Paragraph): { value: string; form: 'code' | 'text'; aliases: string[]; offset: number } | undefined {
  const flat = flattenParagraph(p);
  let pos = 0;
  while (pos < flat.text.length && /\s/.test(flat.text[pos]!)) pos++;
  const s = subjectsAt(flat, pos).find((x) => STRONG_NAME_SHAPES.has(x.shape) && x.shape !== 'bold' && x.shape !== 'command');
  return s ? { value: s.value, form: s.form, aliases: s.aliases, offset: s.at } : undefined;
}

/** `A 和 B：…`, `A 与 B 会…`: two named things explained together. */
const PAIR_JOINER = /^\s*(?:和|与|及|以及|、|\/)\s*/u;
/**
 * rules17: `A 和 B 都是集群级别的对象`, `` `x.example.io` 与 `y.example.io` 均是聚合 API ``: two names by their
 * spelling joined by 和 / 与, then 都 / 均 and a copula, say what both are. Not a list with 、 (`上面的
 * \`a\`、\`b\` 都是 macro` points back at an example), not 都 before another verb (`A 和 B 都不能改`).
 */
const BOTH_JOINER = /^\s*(?:和|与)\s*/u;
const BOTH_COPULA = /^\s*(?:也)?(?:都|均)\s*(?=是)/u;

/** A named thing as written in text: a label or taint key has dots and slashes (`node.kubernetes.io/not-ready`). */
const NAMED_THING_TOKEN = /^[A-Za-z][A-Za-z0-9.\-/]*[A-Za-z0-9]/;
/** Head nouns after a named thing that say which sort it is (`PodSecurity 准入插件`, `Score 扩展点`). */
const NAMED_THING_HEAD = /^\s*(?:准入控制器|准入插件|调度插件|插件|扩展点|模式|标签|污点|注解)/u;

/**
 * The command a command line starts with: the tool and the lower-case words after it up to the
 * first argument or flag (`kubectl cordon node-1` → `kubectl cordon`, `kubectl logs deploy/web
 * --previous` → `kubectl logs`), when that is a command's name (isCommandName).
 */
export function commandOf(line: string): string | undefined {
  const words = line.trim().split(/\s+/);
  if (!COMMAND_TOOL.test(words[0] ?? '')) return undefined;
  return commandWords(words);
}

/**
 * The command of a command line in a code span: a Kubernetes tool's command (commandOf), or a
 * one-word tool run with flags (`` `findmnt -o TARGET,PROPAGATION` ``, `` `lsns -t net` ``): the
 * flags say it is a command line, the first word names the tool.
 */
export function commandOfCode(line: string): string | undefined {
  // `` `kubectl apply -k` 则是… ``: a command with its mode flags is that command (command-tools.ts isFlaggedCommand)
  if (isFlaggedCommand(line)) return line.trim().replace(/\s+/g, ' ');
  const kube = commandOf(line);
  if (kube !== undefined) return kube;
  const m = /^([a-z][a-z0-9_]*(?:-[a-z0-9]+)*)\s+--?[A-Za-z]/.exec(line.trim());
  return m && !COMMAND_TOOL.test(m[1]!) && !/^(?:sudo|echo|cat|cd|ls|rm|cp|mv|mkdir|grep|export|source|sh|bash)$/.test(m[1]!) ? m[1] : undefined;
}

function commandWords(words: readonly string[]): string | undefined {
  let name = [words[0]!];
  for (const w of words.slice(1, 4)) {
    if (!/^[a-z][a-z-]*$/.test(w)) break;
    name.push(w);
  }
  // (kubectl's grammar: `kubectl edit deploy web` → `kubectl edit`, an object's name is no subcommand; command-tools.ts KUBECTL_GRAMMAR)
  const end = words.findIndex((w, i) => i > 0 && !/^[a-z][a-z-]*$/.test(w));
  const n = kubectlCommandLength(end < 0 ? words : words.slice(0, end));
  if (n !== undefined && n < name.length) name = name.slice(0, n);
  const value = name.join(' ');
  return name.length > 1 && isCommandName(value) ? value : undefined;
}

interface Subject {
  value: string;
  form: 'code' | 'text';
  /** Offset of the subject in the paragraph text, and where the text after it starts. */
  at: number;
  end: number;
  aliases: string[];
  shape: SubjectShape;
  /** A bold name whose colon is inside the bold (`**X：**…`): what follows explains it. */
  colon?: boolean;
}

/**
 * What the rest of the note says about a name: how often it occurs and whether a heading names
 * it. A lower-case word or a plain Chinese phrase the chapter keeps using is one of its concepts;
 * one used once is more likely a word of the sentence.
 */
export interface ProseContext {
  occurrences(name: string): number;
  inHeading(name: string): boolean;
}

/** The context of a note's prose (its whole text and its headings). */
export function proseContext(text: string, headings: readonly string[]): ProseContext {
  const lower = text.normalize('NFKC').toLowerCase();
  const heads = headings.map((h) => h.normalize('NFKC').toLowerCase());
  const memo = new Map<string, number>();
  return {
    occurrences(name) {
      const key = name.normalize('NFKC').toLowerCase();
      const hit = memo.get(key);
      if (hit !== undefined) return hit;
      let n = 0;
      const latin = /^[a-z0-9]/.test(key);
      for (let i = lower.indexOf(key); i >= 0; i = lower.indexOf(key, i + key.length)) {
        // a Latin word counts where it stands alone (`tag`, not `tags` or `stage`)
        if (latin && (/[a-z0-9_]/.test(lower[i - 1] ?? '') || /[a-z0-9_]/.test(lower[i + key.length] ?? ''))) continue;
        n++;
      }
      memo.set(key, n);
      return n;
    },
    inHeading(name) {
      const key = name.normalize('NFKC').toLowerCase();
      return heads.some((h) => h.includes(key));
    },
  };
}

/**
 * Chinese head nouns that make a Latin name before them one concept (`cgroup 驱动`, `HTTP-01 验证`,
 * `Ingress 控制器`, `PodNodeSelector 准入插件`): kinds of software parts, mechanisms and modes. Not
 * 集群 / 节点 / 服务 (`etcd 集群` is the cluster of etcd, not a concept of its own).
 */
export const HEAD_NOUNS: readonly string[] = [
  '准入插件', '准入控制器', '控制器', '插件', '驱动', '验证', '命名空间', '模式', '策略', '机制', '协议',
  '算法', '接口', '组件', '工具', '命令行', '命令', '探针', '卷', '容器', '注解', '标签', '守护进程',
  '进程', '文件系统', '调度器', '运行时', '镜像仓库', '仓库', '代理', '网关', '格式', '规范', '补丁',
];
const HEAD_NOUN = new RegExp(`^ ?(${[...HEAD_NOUNS].sort((a, b) => b.length - a.length).join('|')})(?![\\u4e00-\\u9fff]{0,1}的)`, 'u');

/** Words a plain Chinese subject never starts with: pronouns, demonstratives, quantifiers (rules25: not 所有权, 所有者). */
const NOT_A_CHINESE_SUBJECT = /^(?:先是|首先|其次|然后|接着|随后|这|那|它|此|该|其|每|各|某|本|若干|没|不|在|真正|至少|查|搞|中间|里面|外面|左边|右边|有的|有些|一些|所有(?![权者])|很多|许多|大家|别人|人家|他|她|咱|谁|哪|第|另|前|后|上|下|最|一|两|几|多|少|整|全|只|就|也|都|还|又|再|但|而|如果|因为|所以|虽然|然后|现在|以前|之前|平时|当时|默认|通常|一般|其实|比如|例如)/u;
/** Nouns that head remarks, not concepts (`…的原因是`, `最大的区别是`): judged as the phrase's last word. */
const REMARK_HEADS: ReadonlySet<string> = new Set(['问题', '原因', '结果', '方法', '办法', '区别', '好处', '坏处', '关键', '重点', '前提', '目的', '思路', '做法', '步骤', '顺序', '场景', '情况', '时候', '地方', '部分', '东西', '方式', '过程', '意思', '效果', '现象', '教训', '结论', '答案', '建议', '习惯', '感觉', '理解', '经验', '坑', '好处', '代价', '缺点', '优点', '难点', '规律', '道理', '写法', '用法', '作用', '本质', '核心', '目标', '意义', '影响', '条件', '限制', '要求', '默认值', '取值', '值', '操作', '流程', '一步', '事情', '事', '人', '命名']);
/** Plain nouns of any text, what a thing has, not a thing of the domain: never a subject alone (`内容是…`). */
const PLAIN_NOUNS: ReadonlySet<string> = new Set(['版本', '命令',
  '内容', '数据', '信息', '名字', '名称', '地址', '路径', '文件', '目录', '类型', '状态', '对象', '资源', '部分', '参数', '字段', '系统', '程序', '应用', '用户', '环境', '关系', '区别', '差别', '代码', '输出', '输入', '日志', '时间', '数量', '个数', '大小', '位置', '范围', '格式', '规则', '配置']);

/** Words that make a phrase a clause: negation, place, degree (`没有`, `在节点上`, `反过来`). */
const VERB_PARTS: ReadonlySet<string> = new Set(['没', '没有', '不', '在', '反过来', '反之', '至少', '真正', '第一', '一件', '也', '都', '很', '最', '太', '更',
  // prepositions and conjunctions: a phrase with one is a clause (`镜像由若干镜像层`, `容器哪怕正常退出`)
  '由', '若干', '从', '向', '对', '给', '将', '用', '让', '使', '哪怕', '即使', '如果', '虽然', '只要', '除非', '因为', '所以']);

/** A plain Chinese phrase that can be the name of a concept (see NOT_A_CHINESE_SUBJECT, REMARK_HEADS). */
export function chineseSubjectOk(s: string): boolean {
  return phraseCanName(s, 8);
}

/**
 * chineseSubjectOk for a phrase of two to `maxLength` characters (rules25: prose-gloss takes ten for a
 * name its English name of several words glosses, `节点生命周期控制器（node lifecycle controller）`).
 */
function phraseCanName(s: string, maxLength: number): boolean {
  const n = [...s].length;
  if (n < 2 || n > maxLength || !/^[\u4e00-\u9fff]+$/u.test(s) || NOT_A_CHINESE_SUBJECT.test(s) || /[的和与及或跟也都没不就才还很]|第[一二三四五六七八九十]|[一两二三四五六七八九十几]\s*[个种条类件次]/u.test(s)) return false;
  if (isGenericLabel(s) || notAConcept(s) !== undefined || FACET_WORDS.includes(s) || genericProseSubject(s)) return false;
  const words = wordsOf(s);
  if (words.some((w) => CLAUSE_WORDS.has(w) || PERSONAL_WORDS.has(w) || TIME_WORDS.has(w) || VERB_PARTS.has(w))) return false;
  // a verb with a complement of result or direction (`创建出来`, `查下来`, `写成`) is no name
  if (/(?:出来|下来|起来|过来|回来|上去|下去|清楚|明白|完|好|成|掉)$/u.test(s)) return false;
  const last = words[words.length - 1] ?? s;
  // `基本就是…`, `值一般就是…`: a phrase ending on an adverb opens a clause (label-rules.ts ADVERB_WORDS;
  // prec34 endsOnAdverb: `回滚本质上就是…`, the segmenter splits 本质|上; `条件之间是…`)
  if (endsOnAdverb(s, last)) return false;
  return !REMARK_HEADS.has(last) && (!isGenericLabel(last) || (words.length > 1 && NAME_HEAD_WORDS.has(last))) && !PLAIN_NOUNS.has(s);
}

/** Word boundaries (offsets) of a piece of text, by Intl.Segmenter. */
const SEGMENTER = new Intl.Segmenter('zh', { granularity: 'word' });
/**
 * The boundaries of each piece of text segmented so far (shared sets, not to be changed): the
 * segmenter is the miner's costliest call. Pieces come back where notes share their phrasing (the
 * bench's generated notes: 6× fewer segmentations), rarely in real notes (8% fewer).
 */
const boundaries = boundedMemo((s: string): ReadonlySet<number> => {
  const out = new Set<number>([0, s.length]);
  for (const seg of SEGMENTER.segment(s)) out.add(seg.index + seg.segment.length);
  return out;
}, 50_000);

/**
 * perf81: the boundaries of a clause's opening window (`rest.slice(0, 24)`, readSubjectsAt) up to
 * the first one past `OPENING_CUTS` — all that readSubjectsAt asks (`cuts.has(n)`, n ≤ 8). The
 * segmenter's answer for the same string is the same, and its boundaries come in order, so the
 * boundaries at or below 8 are exactly those `boundaries` gives; the rest of the window is not
 * walked (each further segment is a call into ICU and an object: on real chapters the window's
 * segmentation was the miner's costliest single function).
 */
const OPENING_CUTS = 8;
const openingCuts = boundedMemo((s: string): ReadonlySet<number> => {
  const out = new Set<number>([0, s.length]);
  for (const seg of SEGMENTER.segment(s)) {
    const end = seg.index + seg.segment.length;
    out.add(end);
    if (end > OPENING_CUTS) break;
  }
  return out;
}, 50_000);

function pieceAt(flat: FlatParagraph, offset: number): Piece | undefined {
  return flat.pieces.find((p) => p.from <= offset && offset < p.to);
}

const LATIN_WORD = /^[A-Za-z][A-Za-z0-9_]*(?:[-.][A-Za-z0-9_]+)*/;
/** A domain/name key as a whole token (label-rules.ts isQualifiedKey decides whether it is one). */
const KEY_TOKEN = /^[a-z0-9][\w.-]*\.[a-z]{2,}\/[\w.\/-]*\w(?![\w.\/-])/i;
const LATIN_NEXT = /^ ([A-Za-z0-9][A-Za-z0-9_]*(?:[-.][A-Za-z0-9_]+)*)/;

/**
 * Subjects already read at each offset of a paragraph: proseDefinitions asks for the subjects at
 * one clause start several times (the segment's opener, tryAt, the clause subject; introducedIn
 * walks the clause before again). The memo lives as long as the paragraph's flat text.
 */
const subjectMemo = new WeakMap<FlatParagraph, Map<number, readonly Subject[]>>();

/** The subjects that may open the clause at `pos`, the preferred first (a new array; the subjects are shared, not to be changed). */
function subjectsAt(flat: FlatParagraph, pos: number): Subject[] {
  let memo = subjectMemo.get(flat);
  if (!memo) subjectMemo.set(flat, (memo = new Map()));
  let subjects = memo.get(pos);
  if (!subjects) memo.set(pos, (subjects = readSubjectsAt(flat, pos)));
  return [...subjects];
}

function readSubjectsAt(flat: FlatParagraph, pos: number): Subject[] {
  const { text } = flat;
  const piece = pieceAt(flat, pos);
  if (!piece) return [];
  if (piece.kind === 'code' && piece.from === pos) {
    const value = text.slice(piece.from, piece.to).trim();
    // `` `kubectl cordon node-1` 会把… ``: the command the code span runs
    const command = commandOfCode(value);
    if (command !== undefined) return [{ value: command, form: 'code', at: pos, end: piece.to, aliases: [], shape: 'command' }];
    // rules37 `` `autoscaling.acme.dev/target` 是每个 Pod… ``: a project's key written as domain/name (project-keys.ts)
    const key = namedThing(value) === undefined ? keyOfCodeSpan(value) : undefined;
    if (key !== undefined) return [{ value: key, form: 'code', at: pos, end: piece.to, aliases: [], shape: 'code' }];
    if (!CODE_NAME.test(value) && namedThing(value) === undefined) return [];
    return [{ value, form: 'code', at: pos, end: piece.to, aliases: [], shape: namedThing(value) !== undefined ? 'named-thing' : 'code' }];
  }
  if (piece.kind === 'other' && piece.from === pos && piece.node.type === 'strong') {
    // `**kubernetes.io/os** 与 **kubernetes.io/arch**：…`: a named thing set in bold
    const raw = text.slice(piece.from, piece.to).trim();
    const value = raw.replace(/[:：]\s*$/u, '').replace(/^`+|`+$/g, '').trim();
    if (namedThing(value) !== undefined && !COMMAND_TOOL.test(value.split(' ')[0]!)) {
      return [{ value, form: 'text', at: pos, end: piece.to, aliases: [], shape: 'named-thing', ...(value !== raw.replace(/^`+|`+$/g, '').trim() ? { colon: true } : {}) }];
    }
    // a bold label opening the paragraph is definitions.ts' (boldLabel): only one further on is a prose subject
    const bold = pos > 0 ? boldName(raw) : undefined;
    return bold ? [{ value: bold.name, form: 'text', at: pos, end: piece.to, aliases: bold.aliases, shape: 'bold', ...(bold.colon ? { colon: true } : {}) }] : [];
  }
  if (piece.kind !== 'text') return [];
  const rest = text.slice(pos, piece.to);
  // `AlwaysPullImages 默认不开`, `node.kubernetes.io/not-ready 污点`: a named thing the vocabulary knows
  const token = NAMED_THING_TOKEN.exec(rest);
  if (token && !/[A-Za-z0-9_]/.test(rest[token[0].length] ?? '') && namedThing(token[0]) !== undefined && !(COMMAND_TOOL.test(token[0]))) {
    const head = NAMED_THING_HEAD.exec(rest.slice(token[0].length));
    const end = pos + token[0].length + (head ? head[0].length : 0);
    return [{ value: token[0], form: 'text', at: pos, end, aliases: [], shape: 'named-thing' }];
  }
  // `CRD 的 \`metadata.name\``: a code span after a genitive
  const gen = /^[A-Za-z][\w-]*\s*的\s*/u.exec(rest);
  if (gen && pos + gen[0].length === piece.to) {
    const next = flat.pieces.find((p) => p.from === piece.to);
    if (next?.kind === 'code') return subjectsAt(flat, next.from);
  }
  // rules15: `特性门控 \`UserNamespacesSupport\` 默认关`, `环境变量 \`X\` 为空时…`: a code span after the
  // noun of the sort of thing it is opens the clause as the code span itself (a predicate must follow)
  const sort = CODE_CATEGORY.exec(rest);
  if (sort && pos + sort[0].length === piece.to) {
    const next = flat.pieces.find((p) => p.from === piece.to);
    if (next?.kind === 'code') return subjectsAt(flat, next.from);
  }
  // `容器运行时（container runtime）`, `Kubernetes 的控制平面（control plane）`: a Chinese name with a Latin gloss
  const zh = /^(?:[A-Za-z][\w-]*\s*的\s*)?([\u4e00-\u9fff]{2,8})\s*[（(]([^（）()]{1,60})[）)]/u.exec(rest);
  if (zh && /^[A-Za-z][\w.\- ]*(?:[，,、][^（）()]*)?$/.test(zh[2]!.trim())) {
    const at = pos + zh[0].indexOf(zh[1]!);
    return [{ value: zh[1]!, form: 'text', at, end: pos + zh[0].length, aliases: glossAliases(zh[2]!), shape: 'glossed' }];
  }
  const vocab = chineseVocabularyPrefix(rest);
  if (vocab) return [{ value: vocab, form: 'text', at: pos, end: pos + vocab.length, aliases: [], shape: 'vocabulary' }];
  // `elbv2.k8s.aws/pod-readiness-gate-inject 是打在命名空间上的标签`: a key written as domain/name
  // (a label, annotation, finalizer or resource name) opening a clause in plain text is one name
  const key = KEY_TOKEN.exec(rest);
  if (key && isQualifiedKey(key[0]) && namedThing(key[0]) === undefined) return [{ value: key[0], form: 'text', at: pos, end: pos + key[0].length, aliases: [], shape: 'latin-name' }];
  const out: Subject[] = [];
  const first = LATIN_WORD.exec(rest);
  // `kubectl cp 在本机和容器之间…`: a command in plain text is the command, nothing longer or shorter
  const command = first && COMMAND_TOOL.test(first[0]) ? commandOf(rest.split(/[，,。；;：:（(]/u)[0]!.replace(/[\u4e00-\u9fff].*$/su, '')) : undefined;
  if (command !== undefined && rest.startsWith(command) && !/[A-Za-z0-9_]/.test(rest[command.length] ?? '')) {
    return [{ value: command, form: 'text', at: pos, end: pos + command.length, aliases: [], shape: 'command' }];
  }
  if (first) {
    const words = [first[0]];
    let len = first[0].length;
    while (words.length < 4) {
      const m = LATIN_NEXT.exec(rest.slice(len));
      if (!m) break;
      words.push(m[1]!);
      len += m[0].length;
    }
    // longest first: `Linux namespace` before `Linux`, `strategic merge patch` before `strategic`
    for (let n = words.length; n >= 1; n--) {
      const value = words.slice(0, n).join(' ');
      const end = pos + value.length;
      // a name glued to more Latin text (`etcd3`, `runc.`) was cut where it is no name
      if (/[A-Za-z0-9_]/.test(text[end] ?? '')) continue;
      if (n === 1 && ENGLISH_STOP.has(value.toLowerCase())) continue;
      if (words.slice(0, n).some((w, i) => ENGLISH_STOP.has(w.toLowerCase()) && (i === 0 || n > 1))) continue;
      const head = HEAD_NOUN.exec(text.slice(end, piece.to));
      if (head) {
        const whole = `${value} ${head[1]}`;
        const aliases = /[A-Z]/.test(value) && nameLike(value) ? [value] : [];
        out.push({ value: whole, form: 'text', at: pos, end: end + head[0].length, aliases, shape: 'latin-head' });
      }
      const shape: SubjectShape = nameLike(value) ? 'latin-name' : 'latin-words';
      if (shape === 'latin-words' && value.replace(/[^A-Za-z]/g, '').length < 2) continue;
      out.push({ value, form: 'text', at: pos, end, aliases: [], shape });
    }
    return out;
  }
  // a plain Chinese phrase, shortest first (`容器本质上是…` is 容器, not 容器本质上)
  const run = /^[\u4e00-\u9fff]{2,10}/u.exec(rest);
  if (run) {
    const cuts = openingCuts(rest.slice(0, Math.min(rest.length, 24)));
    for (let n = 2; n <= Math.min(OPENING_CUTS, run[0].length); n++) {
      if (!cuts.has(n)) continue;
      out.push({ value: run[0].slice(0, n), form: 'text', at: pos, end: pos + n, aliases: [], shape: 'chinese-phrase' });
    }
  }
  return out;
}

/** Offsets in [start, end) where a clause starts: the sentence start and after a clause mark. */
function clauseStarts(flat: FlatParagraph, start: number, end: number): number[] {
  const out = [start];
  for (let i = start; i < end; i++) {
    const ch = flat.text[i]!;
    if (!/[，；：,;:]/u.test(ch)) continue;
    if (pieceAt(flat, i)?.kind !== 'text') continue;
    // an ASCII comma or colon inside Latin text (`1,000`, `a:b`) separates nothing
    if (/[,;:]/.test(ch) && !/\s/.test(flat.text[i + 1] ?? '') && /[A-Za-z0-9]/.test(flat.text[i + 1] ?? '')) continue;
    out.push(i + 1);
  }
  return out;
}

const ENGLISH_PREDICATE = /^(?:\s*\([^()]{1,60}\))?(?:,\s*which\s+(?:is|are|stands\s+for|means|refers\s+to)\b|\s+(?:is|are)\s+(?:a|an|the)\s|\s+(?:is|are)\s+used\s+(?:to|for)\s|\s+(?:stands\s+for|refers\s+to|means|allows|lets\s+you|provides|manages|handles|stores|watches|exposes)\s)/;
const ENGLISH_OPENER = /^(?:(?:while|whereas|and|but|so)\s+)?(?:the\s+)?/i;
/** `the RED method`: an abbreviation with one lower-case head noun. */
const ENGLISH_HEADED = /^[A-Z]{2,}[A-Za-z0-9-]*\s+[a-z]{3,}/;

/**
 * Whether a subject of this shape is defined by a predicate of this strength (module comment of
 * prose-predicates.ts): names by their spelling take any predicate; lower-case words take a
 * predicate saying what they are, or any when the chapter keeps using them; a plain Chinese
 * phrase takes only a predicate saying what it is.
 */
export function subjectEvidence(shape: SubjectShape, pr: ProsePredicate, value: string, ctx?: ProseContext, marked = false): boolean {
  switch (shape) {
    case 'latin-words':
      // several English words in Chinese prose are a term (`strategic merge patch`); one plain
      // word (`digest`, `tini`) needs a predicate saying what it is, or the chapter's repeated use
      return pr.strength === 'is-a' || value.includes(' ') || (ctx !== undefined && ctx.occurrences(value) >= 2);
    case 'chinese-phrase':
      // a plain phrase is a concept the chapter keeps using or names in a heading, or one a
      // marked predicate defines (就是, 指的是, 可以理解为 — not the bare 是 of any statement)
      return pr.strength === 'is-a' && chineseSubjectOk(value) && (marked || (ctx !== undefined && (ctx.occurrences(value) >= 2 || ctx.inHeading(value))));
    default:
      return true;
  }
}

/** A complement that is a quantity: digits, or a numeral other than 一 with a unit of time or count. */
const QUANTITY_COMPLEMENT = /^\s*(?:\d[\d.,]*\s*(?:[%a-zA-Z]+|[年天月周时分秒倍次个]|小时|分钟|毫秒)?\s*(?:[，,。；;！!）)]|左右|以内|以上|$)|[两二三四五六七八九十百千万几]+\s*(?:年|天|个月|周|小时|分钟|秒|毫秒|倍|次)(?![\u4e00-\u9fff]*的))/u;

/** rules16: a complement whose clause is a bare noun of two to five Chinese characters and nothing else. */
const SHORT_BARE_NOUN = /^\s*(?![一个种类某])[\u4e00-\u9fff]{2,5}\s*(?:[，,。；;！!）)]|$)/u;

/** The complement after a predicate says nothing about the subject (see NOT_A_COMPLEMENT …). */
function badComplement(pr: ProsePredicate, complement: string, subject: Subject, soCalled: boolean, marked = false): boolean {
  if (pr.name === 'prose-copula' ? NOT_A_COMPLEMENT.test(complement) && !describedNoun(pr, complement, marked) && !quotedGloss(complement, marked) : !pr.complete && EMPTY_COMPLEMENT.test(complement)) return true;
  if (pr.name === 'prose-copula' && !soCalled && NAME_ONLY_COMPLEMENT.test(complement)) return true;
  // `快照是 1.25 加的`, `tag 是 v1.2`: a plain word said to be a number or version is no definition
  // (a lower-case word read as a name because it is no everyday English word, `registry`, is still a word here)
  const plainWord = subject.shape === 'latin-words' || (subject.shape === 'latin-name' && /^[a-z][a-z0-9]*$/.test(subject.value) && rareLatinWord(subject.value));
  // (rules16: and an acronym said to be an address or a number, `IP 是 192.168.10.11~13`)
  const acronym = /^[A-Z]{2,5}$/.test(subject.value);
  if ((subject.shape === 'chinese-phrase' || plainWord || acronym) && /^\s*(?:\d|v\d)/u.test(complement)) return true;
  // `CA 是十年`, `默认值是 300 秒`: any subject said to be a quantity (a number and its unit) is
  // being measured, not defined (一个/一种 open a definition, so 一 is not among the numerals)
  if (pr.name === 'prose-copula' && QUANTITY_COMPLEMENT.test(complement)) return true;
  if (subject.shape === 'chinese-phrase' || plainWord) {
    // `绑定是一对一的`, `集群安全是分层的`: 是…的 says how it is, a property, not what it is
    const clause = /^[^，,。；;：:！!？?]*/u.exec(complement)![0].trim();
    // … and 是…了 / 是…过 tells what happened (`image 是 nginx 的那个容器先起来了`)
    if (/[的了过着]$/u.test(clause)) return true;
  }
  if (subject.shape === 'chinese-phrase') {
    // `命令式和声明式是两种用法`: a count of kinds; `顶层就是 apiVersion、kind…`, `架构是 amd64 或
    // arm64`: values listed; `控制面组件就是这么跑起来的`: a manner
    if (/^\s*(?:[两三四五六七八九十几多]\s*[种个类样]|这么|这样|那样|如此|按|对|从|给)/u.test(complement)) return true;
    if (/^\s*[A-Za-z][\w.-]*\s*(?:[、,，/]|或|和|与)/u.test(complement)) return true;
    // `污点是节点挑 Pod`: after the bare 是 a plain phrase is defined by a noun phrase (…的拷贝,
    // 一种…), not by a clause saying who does what (a contrast)
    if (!marked && !/^\s*(?:一|个|种|类|某)/u.test(complement) && !/的/u.test(/^[^，,。；;：:！!？?]*/u.exec(complement)![0])) return true;
    // `镜像格式是 OCI 标准`: which one it is (a name and a short noun), not what it is
    // (rules16: also before the name's gloss, `文件格式就是 kubeconfig（…）`)
    if (/^\s*[A-Za-z][\w.\-/]*(?: [A-Za-z][\w.\-/]*)?\s*[\u4e00-\u9fff]{0,4}\s*(?:[，,。；;：:！!？?（(]|$)/u.test(complement)) return true;
    // rules16: `文件名就是重启次数`, `带宽上限就是单机网卡`: after 就是 a bare short noun (no 的, no
    // 一个/一种) says which thing plays the part here, an equation, not what the phrase means
    if (marked && SHORT_BARE_NOUN.test(complement)) return true;
  }
  return false;
}

/**
 * `X 说白了就是"本地缓存 + 事件回调"`: after a marked copula (就是, 指的是, not the bare 是) a quoted
 * Chinese phrase is what the thing is in the writer's words, not a value quoted (`状态是"Running"`).
 */
function quotedGloss(complement: string, marked: boolean): boolean {
  return marked && /^\s*[“"「][^”"」]*[\u4e00-\u9fff][^”"」]*[”"」]/u.test(complement);
}

/**
 * A copula complement that opens like a comment (NOT_A_COMPLEMENT) but goes on to a noun it
 * describes: `default 命名空间是没指定命名空间时对象落进去的地方` (a relative clause, …的地方), and
 * after a marked copula the method the subject is (`声明式管理则是把期望状态写进文件`).
 */
function describedNoun(pr: ProsePredicate, complement: string, marked: boolean): boolean {
  if (pr.name !== 'prose-copula') return false;
  const clause = /^(?:(?!——)[^，,。；;：:！!？?—])*/u.exec(complement)![0].trim();
  if (/^(?:[会能要没不]|把)/u.test(clause) && /的[\u4e00-\u9fff]{1,6}$/u.test(clause) && !/^(?:不是|没有)/u.test(clause)) return true;
  return marked && /^(?:把|在)/u.test(clause) && !/的$/u.test(clause) && [...clause].length >= 6;
}

/** Clause ends that introduce a name for the pronoun opening the next clause (`还有一个 X，它…`). */
const INTRODUCTION_BEFORE = /(?:(?:^|还有|另外还有|另有|有|配|配上|加|加上|装|装上|用|选了|换成|换成了|试试|试了|上了|引入|再配|再加|自带|内置了?|提供了?|叫|需要|执行|运行|再执行|再运行|开|开启|启用|打开|部署|创建)\s*(?:一个|一种|个|一款|一条|一套|一层)?|(?:还有|还要|另有|有|要|放|放上|写|写上|加|加上|建|起|挂|配)\s*(?:一个|一种|一份|一款|一条|一套|一层|一段|个)\s*(?:[^，。；,;]{1,12}的)?)\s*$/u;
/**
 * `还有一个 \`kubectl events\` 子命令，它…`, `会先创建一个 X 对象，它…` (rules10), `部署 X（its English
 * name）：它…`: a head noun after the name introduced, naming what it is, or its gloss.
 */
const INTRODUCED_HEAD = /^\s*(?:[（(][^（）()]{1,40}[）)])?\s*(?:子命令|命令|插件|工具|字段|参数|组件|文件|对象|控制器|准入控制器|准入插件)?\s*$/u;
/** `创建一个 X`, `建个 X`: an object created, an instance of its kind. */
const CREATED_BEFORE = /(?:创建|新建|建)\s*(?:一个|个|一份)?\s*$/u;
/** `查询端用的是 Loki，它…`, `靠的是一个 X 对象，它的作用…`: a name said to be what is used (a name by its spelling, not a value such as `true`). */
const INTRODUCTION_IS = /(?:是|用的是|选的是)\s*(?:一个|个)?\s*$/u;
/** `由 overlayfs 提供，它是…`: the agent of a passive is what the next clause's 它 is. */
const AGENT_BEFORE = /由\s*$/u;
const AGENT_AFTER = /^\s*(?:来)?(?:提供|实现|负责|完成|管理|控制|决定|处理)\s*$/u;

/** The name the clause [from, to) introduces at its end, if any (`anyVerb`: whatever comes before it). */
function introducedIn(flat: FlatParagraph, from: number, to: number, anyVerb = false): Subject | undefined {
  // `还有个容易误解的 X：它是…`: a colon ends the introduction as a comma does
  const clause = flat.text.slice(from, to).replace(/[\s，,：:]+$/u, '');
  const clauseEnd = from + clause.length;
  for (let p = from; p < clauseEnd; p++) {
    if (p > from && /[A-Za-z0-9_\u4e00-\u9fff]/u.test(flat.text[p - 1]!) && /[A-Za-z0-9_]/.test(flat.text[p]!)) continue;
    for (const s of subjectsAt(flat, p)) {
      if (s.shape === 'chinese-phrase') continue;
      const before = flat.text.slice(from, s.at);
      const after = flat.text.slice(s.end, clauseEnd);
      const ends = after.trim() === '' || (s.shape !== 'latin-head' && INTRODUCED_HEAD.test(after));
      // (`先创建一个 Deployment 对象，它会…`: creating an object of a built-in kind uses the kind, it introduces nothing)
      if (CREATED_BEFORE.test(before) && usedByWhatItDoes(s.value)) continue;
      if (ends && (anyVerb || INTRODUCTION_BEFORE.test(before))) return s;
      if (ends && INTRODUCTION_IS.test(before) && (s.shape === 'latin-name' || s.shape === 'latin-head' || s.shape === 'glossed' || s.shape === 'command' || s.shape === 'named-thing') && !/^(?:true|false|null|none|yes|no|on|off)$/i.test(s.value)) return s;
      if (AGENT_BEFORE.test(before) && AGENT_AFTER.test(after)) return s;
    }
  }
  return undefined;
}

/**
 * rules15: a verb that brings a thing in, with a quantifier and an optional modifier ending in 的
 * (`有一个`, `跑一个`, `多了一个`, `还有个很实用的`, `另外还有一个`; not `没有一个`): the name after it is introduced.
 */
const QUANTIFIED_INTRODUCTION = /(?<![没所])(?:还有|另有|多了|有|跑|起|装|配|加|部署|引入)\s*(?:一个|一种|一套|一款|个)\s*(?:[^，。；,;：:`*\s]{1,12}?的)?\s*/gu;
/**
 * rules48: 还有 with no quantifier brings a name in as well, the next of a kind's fields or a library's parts the
 * writer adds (`另外还有 reconcile.TerminalError，用来包裹…`, `还有 \`nameservers\` 可以加 DNS 服务器`, `PV 的 status 里还有
 * \`lastPhaseTransitionTime\`，可以看出…`), but only a name spelt as an identifier (BARE_INTRODUCED_NAME): after a bare
 * 还有 a plain word is any sentence's subject (`还有 Pod 会…`, `还有 alpha 字段…`). Counted over all 140 dev sets:
 * docs/miner.md "rules48".
 */
const BARE_INTRODUCTION = /(?<![没所])(?:另外|此外)?还有\s*(?=[`A-Za-z])/gu;
/** One identifier in a code span (`nameservers`, `spec.defaultBackend`), or a dotted or camelCase name in text. */
export function bareIntroducedName(subject: Pick<Subject, 'shape' | 'value'>): boolean {
  if (subject.shape === 'code') return /^[A-Za-z][\w-]*(?:\.[A-Za-z][\w-]*)*(?:\[\])?$/.test(subject.value);
  return /^[A-Za-z][\w-]*(?:\.[A-Za-z][\w-]*)+$|^[a-z]+[A-Z][A-Za-z0-9]*$/.test(subject.value);
}

/**
 * The ways a name is brought in before what it does (rule `prose-introduced`): the verb, and the names each admits.
 * Data, with an example and a look-alike for each (miner-rules48.test.ts).
 */
export const INTRODUCTIONS: readonly { name: string; re: RegExp; admits: (s: Pick<Subject, 'shape' | 'value'>) => boolean; example: [string, string]; lookAlike: string }[] = [
  {
    name: 'quantified',
    re: QUANTIFIED_INTRODUCTION,
    admits: (s) => STRONG_NAME_SHAPES.has(s.shape),
    example: ['集群里有一个 `cilium-operator` 负责 IPAM。', 'cilium-operator'],
    lookAlike: '没有一个 `cilium-operator` 负责 IPAM。',
  },
  {
    name: 'bare-also',
    re: BARE_INTRODUCTION,
    admits: bareIntroducedName,
    example: ['另外还有 reconcile.TerminalError，用来包裹那种重试也没用的错误。', 'reconcile.TerminalError'],
    lookAlike: '还有 Pod 会被重新调度，1.33 起还有 alpha 字段可以用。',
  },
];
/** A gloss in parentheses and a comma, with an optional 它, between an introduced name and what it does. */
const INTRODUCED_GAP = /^\s*(?:[（(][^（）()]{1,30}[）)])?\s*(?:[，,]\s*(?:它\s*)?)?/u;

/**
 * rules15: `集群里有一个 \`cilium-operator\` 负责 IPAM`, `每个节点上跑一个 \`x\`（DaemonSet），负责…`,
 * `另外还有一个 lastState，记录的是…`: a name brought in by INTRODUCTIONS (rules48: and a bare 还有) and, in the same
 * sentence, right after it (past its gloss and a comma), a predicate of the table saying what it is
 * or does. The name is one by its spelling (not a plain word or a Chinese phrase), and what an API
 * kind does is the note using it (`再配一个 LimitRange，它会…` keeps its own rule, with 它).
 */
function introducedAndSaid(flat: FlatParagraph, ctx?: ProseContext): { subject: Subject; rule: string }[] {
  const { text } = flat;
  const out: { subject: Subject; rule: string }[] = [];
  for (const intro of INTRODUCTIONS) for (const m of text.matchAll(intro.re)) {
    const at = m.index! + m[0].length;
    const subject = subjectsAt(flat, at).find((x) => STRONG_NAME_SHAPES.has(x.shape) && intro.admits(x));
    if (!subject) continue;
    const [, sentenceEnd] = sentenceAround(text, at, at + 1);
    const gap = INTRODUCED_GAP.exec(text.slice(subject.end, sentenceEnd))![0];
    const rest = text.slice(subject.end + gap.length, sentenceEnd);
    for (const pr of [...PREDICATES, INTRODUCED_CAPABILITY]) {
      if (pr.name === 'prose-copula' || !predicateFits(pr, subject.shape, false, subject.value)) continue;
      const mm = pr.re.exec(rest);
      if (!mm || badComplement(pr, rest.slice(mm[0].length), subject, false, true)) continue;
      if (pr.strength !== 'is-a' && usedByWhatItDoes(subject.value)) continue;
      if (!subjectEvidence(subject.shape, pr, subject.value, ctx, true)) continue;
      out.push({ subject, rule: `prose-introduced → ${pr.name}` });
      break;
    }
  }
  return out;
}

/**
 * rules17: a code span that sets a key to a literal value: `` `allowVolumeExpansion: true` `` (YAML, a
 * space after the colon), `` `sync.enabled=false` ``, `` `example.com/skip: "true"` ``. The key is an
 * identifier, a field path or a domain/name key; the value true / false, a word, a number, a quoted
 * string, `{}` or a list. Not `host:8080`, `system:masters`, `key=value:effect`.
 */
const SETTING_VALUE = /^([A-Za-z][\w.\-/]*(?:\[\])?)(?:: +|=)("[^"`]*"|'[^'`]*'|true|false|[A-Za-z][\w.-]*|\d[\w.%]*|\{\}|\[[^\]]*\])$/;
/** rules17: the verb that sets a key right before the code span (`加注解 \`x: "true"\``, `设了 \`x: 0\``), with the sort of key. */
const SETTING_VERB_BEFORE = /(?:加|加上|打|打上|设|设了|设置|设置了|设成|写|写上|配|配上|带|带上|开|开启|改成)\s*(?:一个|个)?\s*(?:注解|标签|字段|参数|选项|配置项)?\s*$/u;
/** A gloss in parentheses between a setting and what it does (`` `x: true`（默认） 会… ``). */
const SETTING_GAP = /^\s*(?:[（(][^（）()]{1,30}[）)])?\s*/u;

/**
 * rules17, `prose-value-effect`: a key set to a value, then what the setting makes happen
 * (prose-predicates.ts, subjects `values`; prose27: or what it means, `prose-value-meaning`): `` `hostIPC: true` 让容器和节点共用 IPC 命名空间 ``,
 * `` Pod 上加注解 `example.com/keep: "true"` 可以让清理任务跳过它 ``. The setting opens its clause
 * (after a discourse word or the sort of key, `注解 \`x: "true"\` 把…`), or follows the verb that sets
 * it; the predicate follows the setting at once (past a gloss), in the same sentence. A setting in
 * the middle of a clause (`给节点打了 \`x=y\` 之后…`) or followed by a comma says nothing of its key.
 */
function valuesWithEffect(flat: FlatParagraph): { subject: Subject; predicate: string }[] {
  const out: { subject: Subject; predicate: string }[] = [];
  const { text } = flat;
  for (const piece of flat.pieces) {
    if (piece.kind !== 'code') continue;
    const m = SETTING_VALUE.exec(text.slice(piece.from, piece.to).trim());
    if (!m) continue;
    const key = m[1]!;
    const qualified = key.includes('/');
    if (qualified ? !isQualifiedKey(key) : !CODE_NAME.test(key)) continue;
    // the clause before the setting: nothing, a discourse word, the sort of key, or the verb setting it
    const head = text.slice(0, piece.from);
    const clause = head.slice(Math.max(...[...'，,；;：:。！!？?\n'].map((ch) => head.lastIndexOf(ch))) + 1).trim();
    const opener = CLAUSE_OPENERS.exec(clause)?.[0] ?? '';
    if (!(clause === '' || opener === clause || CODE_CATEGORY.test(clause.slice(opener.length)) || SETTING_VERB_BEFORE.test(clause))) continue;
    const [, sentenceEnd] = sentenceAround(text, piece.from, piece.to);
    const after = text.slice(piece.to, Math.max(sentenceEnd, piece.to));
    const rest = after.slice(SETTING_GAP.exec(after)![0].length);
    const pr = VALUE_PREDICATES.find((x) => x.re.test(rest));
    if (!pr || EMPTY_COMPLEMENT.test(rest.slice(pr.re.exec(rest)![0].length))) continue;
    out.push({ subject: { value: key, form: 'code', at: piece.from, end: piece.to, aliases: [], shape: qualified ? 'named-thing' : 'code' }, predicate: pr.name });
  }
  return out;
}

/** rules21: where a clause of a paragraph may start (its start, after a clause or sentence mark or a line break). */
const CLAUSE_MARK = /[，,；;。：:！!？?\n]/u;
/** The sort of part a directive is, written after it (`\`forward\` 插件`). */
const DIRECTIVE_SORT = /^\s*(插件|指令)/u;
/** Words after a name that make it no subject: a genitive, a conjunction, a place in it, its line (`search 行`). */
const DIRECTIVE_NOT_SAID = /^\s*(?:的|和|与|及|跟|、|或|里|中|内|下|上|行|段|块|这|那|后面|前面|之后|之前|[，,。；;：:！!？?（(]|$)/u;
/** Arguments kept with a directive written in a code span: lower-case words (`pods insecure`), not values (`lameduck 5s`). */
const DIRECTIVE_WORD_ARGS = /^(?: [a-z][a-z-]*)*/;

/**
 * rules21, `prose-directive`: a directive of a block-structured configuration the note shows in a
 * fence (config-directives.ts: a Corefile's `errors`, `health`, `forward`) opening a clause of the
 * running text, in a code span or as a plain word, then what it does in Chinese words of the same
 * sentence: `` `errors` 输出错误日志；`health` 在 8080 提供存活检查 ``, `cache 插件按秒缓存应答`,
 * `` `pods insecure` 让…可以解析 ``. The sort written after it (`插件`) is part of the name, the bare
 * directive another name of it; a code span keeps its word arguments (`pods insecure`) and drops
 * values (`lameduck 5s` → lameduck). A directive followed by 的, a conjunction or a place word
 * (`search 行里的…`) is not the clause's subject.
 */
function directivesExplained(flat: FlatParagraph, directives: ReadonlySet<string>): Subject[] {
  const out: Subject[] = [];
  const { text } = flat;
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (CLAUSE_MARK.test(text[i]!) && pieceAt(flat, i)?.kind !== 'code') starts.push(i + 1);
  for (const start of starts) {
    let pos = start;
    while (pos < text.length && /[ \t]/.test(text[pos]!)) pos++;
    const piece = pieceAt(flat, pos);
    if (!piece || piece.from > pos) continue;
    let value: string;
    let end: number;
    if (piece.kind === 'code' && piece.from === pos) {
      const code = text.slice(piece.from, piece.to).trim();
      const word = /^[a-z][a-z0-9_]*/.exec(code)?.[0];
      if (word === undefined || !directives.has(word)) continue;
      value = word + (DIRECTIVE_WORD_ARGS.exec(code.slice(word.length))?.[0] ?? '');
      // (a code span holding more than the directive and its word arguments is a line of values, kept whole only in words)
      end = piece.to;
    } else if (piece.kind === 'text') {
      const word = /^[a-z][a-z0-9_]*/.exec(text.slice(pos, piece.to))?.[0];
      if (word === undefined || !directives.has(word) || /[A-Za-z0-9_.\-/]/.test(text[pos + word.length] ?? '')) continue;
      value = word;
      end = pos + word.length;
    } else continue;
    let after = text.slice(end);
    const sort = DIRECTIVE_SORT.exec(after);
    if (sort) after = after.slice(sort[0].length);
    if (DIRECTIVE_NOT_SAID.test(after) || !/[\u4e00-\u9fff]{2}/u.test(after.split(CLAUSE_MARK)[0] ?? '')) continue;
    const name = sort ? `${value} ${sort[1]}` : value;
    out.push({ value: name, form: piece.kind === 'code' ? 'code' : 'text', at: pos, end: end + (sort ? sort[0].length : 0), aliases: sort ? [value] : [], shape: 'named-thing' });
  }
  return out;
}

/**
 * rules17, `prose-key-colon`: a key written as domain/name (label-rules.ts `isQualifiedKey`), in a
 * code span or in bold in the middle of a sentence, then a colon and what it is or does in the same
 * sentence: `多半有 **example.com/cleanup**：控制器加的 finalizer，…`, `` 比如 PVC 上的 `example.com/guard`：
 * 还有人用时删不掉… ``. The colon says the writer stops to explain the key, as a key opening its
 * paragraph with a colon does (resolve.ts `opensExplanation`); a key the vocabulary knows is read
 * by the named-thing rules, and a colon closing the paragraph (a list or an example follows) explains
 * nothing here.
 */
function keysBeforeColon(flat: FlatParagraph): Subject[] {
  const out: Subject[] = [];
  const { text } = flat;
  flat.pieces.forEach((piece, k) => {
    if (k === 0 || !(piece.kind === 'code' || piece.node.type === 'strong')) return;
    const key = text.slice(piece.from, piece.to).replace(/^`+|`+$/g, '').trim();
    if (!isQualifiedKey(key) || /[:：\s]/u.test(key) || namedThing(key) !== undefined) return;
    const [, sentenceEnd] = sentenceAround(text, piece.from, piece.to);
    const after = text.slice(piece.to, Math.max(sentenceEnd, piece.to));
    const colon = /^\s*[:：]\s*/u.exec(after);
    if (!colon || !/[\u4e00-\u9fff]{2}/u.test(after.slice(colon[0].length))) return;
    out.push({ value: key, form: piece.kind === 'code' ? 'code' : 'text', at: piece.from, end: piece.to, aliases: [], shape: 'named-thing' });
  });
  return out;
}

/**
 * Words a Chinese name glossed in English may follow inside a run of Chinese text (`若干镜像层
 * （layer）`, `一种联合文件系统（union filesystem）`, `会发生写时复制（copy-on-write）`, `自带镜像垃圾
 * 回收（…）`): where the name starts. Without one, the name must open its clause. (rules25: also
 * 一组, 等 after the things a category gathers, `蓝绿、金丝雀等渐进式交付（…）`, and 用 after a modal or
 * adverb, `可以用非优雅节点关闭（…）`; not a bare 用, which ends words, `不可用`.)
 */
const GLOSS_LEAD = /(?:的|一种|一个|一套|一层|一组|若干|单一|等|(?:可以|改|就|只|要|先|再|直接|也|都)用|是|成|为|叫|叫做|称为|即|发生|触发|导致|引起|启用|开启|实现|支持|遵守|遵循|依赖|利用|涉及|需要|自带|内置|提供|引入|采用|使用|基于|由|有|和|与|或|及|做|进行|通过)$/u;
/**
 * rules16: the two-character verbs of GLOSS_LEAD: a run opening its clause with one (`采用拉（pull）
 * 模式`) has the verb, not the name, at its start.
 */
const GLOSS_LEAD_VERB = /^(?:发生|触发|导致|引起|启用|开启|实现|支持|遵守|遵循|依赖|利用|涉及|需要|自带|内置|提供|引入|采用|使用|基于|进行|通过)$/u;
/**
 * `写时复制（copy-on-write）`: a Chinese name and its English name, in running text. (rules25: the
 * English name may be followed by a comma and one more part, its abbreviation, its Chinese name or
 * a remark (only a Chinese name is kept, glossExtra): `垃圾回收器（Garbage Collector，GC）`, `非优雅节点关闭（non-graceful node shutdown，1.28 GA）`.)
 */
const GLOSSED_NAME = /([\u4e00-\u9fff]{3,12})\s*[（(]([A-Za-z][A-Za-z0-9.\- ]{1,40}?)\s*(?:[，,]\s*([^（）()，,、]{1,20}))?[）)]/gu;
/**
 * rules25: the part after the comma that is another name of the thing, a Chinese name (`可变调度指令`).
 * An abbreviation there (`Garbage Collector，GC`) is not kept: abbreviations are shared (GC is also
 * garbage collection, RS is ReplicaSet's), and the name would be taken for the thing that owns it.
 */
function glossExtra(extra: string | undefined): string[] {
  const t = extra?.trim() ?? '';
  return /^[\u4e00-\u9fff]{2,8}$/u.test(t) && !isRemark(t) ? [t] : [];
}

/**
 * `prose-gloss`: a Chinese name glossed with its English name anywhere in a sentence is a term
 * the writer introduces (`合并成单一的统一层级（unified hierarchy）`). The name is the longest
 * word-aligned end of the Chinese run that follows a GLOSS_LEAD word or opens the clause, of
 * three characters or more, and a phrase that can be a name (chineseSubjectOk).
 */
function glossedNames(flat: FlatParagraph): { subject: Subject; gloss: string }[] {
  const out: { subject: Subject; gloss: string }[] = [];
  for (const piece of flat.pieces) {
    if (piece.kind !== 'text') continue;
    const s = flat.text.slice(piece.from, piece.to);
    for (const m of s.matchAll(GLOSSED_NAME)) {
      const run = m[1]!;
      const gloss = m[2]!.trim();
      // an English name, not a sentence, nor an API identifier or abbreviation (`集群级别（Cluster）`,
      // `可分配量（Allocatable）`, `包改写（NAT）`: values and fields have their own rules)
      // (`控制器（PersistentVolume controller）`: an identifier in the gloss says the Chinese is short for more)
      // (rules25: nor a version, `测试集群（v1.30，…）`)
      if (gloss.split(' ').length > 5 || !/[a-z]/.test(gloss) || /^v\d/.test(gloss) || (!/[ -]/.test(gloss) && /[A-Z]/.test(gloss)) || /[a-z][A-Z]|[A-Z]{2}/.test(gloss)) continue;
      const runAt = piece.from + m.index;
      const opensClause = runAt === 0 || /[，,。；;：:！!？?\s（(]/u.test(flat.text[runAt - 1] ?? '') && !/[A-Za-z0-9]\s$/.test(flat.text.slice(Math.max(0, runAt - 2), runAt));
      const cuts = boundaries(run);
      for (let from = 0; from <= run.length - 3; from++) {
        if (!cuts.has(from)) continue;
        const name = run.slice(from);
        const before = run.slice(0, from);
        // (等 leads as a word of its own, `A、B 等渐进式交付（…）`, not as the end of one, `相等`)
        if (!(from === 0 ? opensClause : GLOSS_LEAD.test(before) && (!before.endsWith('等') || cuts.has(from - 1)))) continue;
        if (from === 0 && [...cuts].some((c) => c > 0 && c < run.length && GLOSS_LEAD_VERB.test(run.slice(0, c)))) continue;
        if (!phraseCanName(name, gloss.includes(' ') ? 10 : 8)) continue;
        const at = runAt + from;
        out.push({ subject: { value: name, form: 'text', at, end: piece.from + m.index + m[0].length, aliases: [...glossAliases(gloss), ...glossExtra(m[3])], shape: 'glossed' }, gloss });
        break;
      }
    }
  }
  return out;
}

/**
 * The kind an item of a classification names (`软多租户假定租户之间…`): a name by its spelling, or
 * the shortest plain Chinese phrase opening the item that ends on a word the chapter keeps using
 * (软多租户 ends on 多租户, the thing classified).
 */
function classificationItem(flat: FlatParagraph, pos: number, end: number, ctx?: ProseContext): Subject | undefined {
  const subjects = subjectsAt(flat, pos);
  const named = subjects.find((s) => s.shape !== 'chinese-phrase' && s.shape !== 'latin-words');
  if (named) return named;
  if (!ctx) return undefined;
  // the longest word the chapter keeps using (≥ 3 times) that a phrase ends on
  const recurringEnd = (v: string) => {
    for (let k = 1; k <= v.length - 2; k++) if (ctx.occurrences(v.slice(k)) >= 3) return true;
    return false;
  };
  for (const s of subjects) {
    if (s.shape !== 'chinese-phrase' || s.end >= end || !chineseSubjectOk(s.value) || !recurringEnd(s.value)) continue;
    // `软多租` ends on 多租 only because 多租户 goes on: the phrase must not cut that word
    const next = flat.text[s.end] ?? '';
    if (/[\u4e00-\u9fff]/u.test(next) && recurringEnd(s.value + next)) continue;
    return s;
  }
  return undefined;
}

/**
 * `稳定窗口（\`stabilizationWindowSeconds\`）`: a Chinese name glossed with the code name of
 * the thing (a field, a kind): the code names it, the Chinese is another name of it (rule
 * `prose-gloss-code`). The Chinese name starts as in glossedNames.
 */
function codeGlossedNames(flat: FlatParagraph): { subject: Subject; zh: string }[] {
  const out: { subject: Subject; zh: string }[] = [];
  flat.pieces.forEach((piece, k) => {
    if (piece.kind !== 'code' || k === 0) return;
    const value = flat.text.slice(piece.from, piece.to).trim();
    if (!CODE_NAME.test(value) || !/[a-z][A-Z]|^[A-Z][a-z]+[A-Z]/.test(value)) return;
    const prev = flat.pieces[k - 1]!;
    const next = flat.pieces[k + 1];
    if (prev.kind !== 'text' || !next || next.kind !== 'text' || !/^[）)]/u.test(flat.text.slice(next.from, next.to))) return;
    const m = /([\u4e00-\u9fff]{2,12})\s*[（(]$/u.exec(flat.text.slice(prev.from, prev.to));
    if (!m) return;
    const run = m[1]!;
    const runAt = prev.from + (flat.text.slice(prev.from, prev.to).length - m[0].length);
    const opensClause = runAt === 0 || /[，,。；;：:！!？?\s（(]/u.test(flat.text[runAt - 1] ?? '');
    const cuts = boundaries(run);
    for (let from = 0; from <= run.length - 2; from++) {
      if (!cuts.has(from)) continue;
      const zh = run.slice(from);
      // `通过健康检查端口（\`x\`）剔除…`: the means of something else, named in passing
    if (!(from === 0 ? opensClause : GLOSS_LEAD.test(run.slice(0, from)) && !/(?:通过|用|使用|利用|经过|由|基于)$/u.test(run.slice(0, from))) || !chineseSubjectOk(zh)) continue;
      out.push({ subject: { value, form: 'code', at: piece.from, end: piece.to, aliases: [zh], shape: 'code' }, zh });
      break;
    }
  });
  return out;
}

/**
 * `prose-described-object`: a name that ends its clause as the object of 是 / 有一个, after a
 * modifier that describes it (`镜像的各层是只读的 lowerdir`, `容器自己有一个可写的 upperdir`). The
 * modifier is the explanation; the name must be one the chapter keeps using (twice or more), not
 * an API kind, and the modifier more than a determiner (`默认的`, `最新的`, `自己的` say which one,
 * not what it is, and so do WHICH_ONE_MODIFIER's).
 */
const DESCRIBED_OBJECT = /(?:是|有一个|有个|多了一个|放一个)\s*([^，。；,;：:的\s]{2,10})的\s*([A-Za-z][A-Za-z0-9_]*(?:[-.][A-Za-z0-9_]+)*)\s*(?=[，。；,;：:]|$)/gu;
const DETERMINER_MODIFIER = /^(?:默认|最新|最旧|同一个?|自己|一样|这样|那样|所有|别的|其他|其它|对应|相同|不同|上面|下面|前面|后面|当前|原来|新|旧|大|小)$/u;
/**
 * rules9 (s20): modifiers that say which one, not what it is, besides the determiners: where or whose it is
 * (`是本机的 agent`, `取到的是节点的 allocatable`: this machine, the node, the container, the cluster,
 * the host), and whether it is the real one (`是真正的 root`, `只是一个普通的 map`). (A phrase of place,
 * `每个节点上的 kube-proxy`, `你电脑上的 docker`, is left alone: it loses as many right names as wrong.)
 */
const WHICH_ONE_MODIFIER = /^(?:一个|一种)?(?:真正|普通|本机|本地|真实|节点|容器|集群|宿主机)$/u;

function describedObjects(flat: FlatParagraph, ctx?: ProseContext): Subject[] {
  if (!ctx) return [];
  const out: Subject[] = [];
  for (const piece of flat.pieces) {
    if (piece.kind !== 'text') continue;
    const s = flat.text.slice(piece.from, piece.to);
    for (const m of s.matchAll(DESCRIBED_OBJECT)) {
      const [, modifier, name] = m;
      if (DETERMINER_MODIFIER.test(modifier!) || WHICH_ONE_MODIFIER.test(modifier!) || !/[\u4e00-\u9fff]{2}/u.test(modifier!) || ENGLISH_STOP.has(name!.toLowerCase())) continue;
      // `…原生的 API`: an abbreviation said to be of some sort is no thing of its own
      if (kindNamed(name!) !== undefined || ctx.occurrences(name!) < 2 || name!.replace(/[^A-Za-z]/g, '').length < 3 || !/[a-z]/.test(name!)) continue;
      const at = piece.from + m.index + m[0].lastIndexOf(name!);
      out.push({ value: name!, form: 'text', at, end: at + name!.length, aliases: [], shape: nameLike(name!) ? 'latin-name' : 'latin-words' });
    }
  }
  return out;
}

/**
 * `prose-paren-gloss`: a name followed by what it is, in parentheses, anywhere in a sentence
 * (`更新本地的 indexer（一个带索引的缓存）`, `` `tini`（一个极小的 init 进程） ``). The gloss opens with a
 * quantifier or an apposition word (一个, 一种, 即, 也就是 …) and says in Chinese what the thing is;
 * the name is a name by its spelling (nameLike: not an everyday English word) or a code span.
 */
const PAREN_DESCRIPTION = /^\s*[（(](?:一个|一种|一类|一套|一款|一组|即|也就是|就是|指)[^（）()]*[\u4e00-\u9fff]{2}[^（）()]*[）)]/u;
const PAREN_NAME = /([A-Za-z][A-Za-z0-9_]*(?:[-.][A-Za-z0-9_]+)*)$/;

function describedInParentheses(flat: FlatParagraph): Subject[] {
  const out: Subject[] = [];
  flat.pieces.forEach((piece, k) => {
    const next = flat.pieces[k + 1];
    if (piece.kind === 'code') {
      const value = flat.text.slice(piece.from, piece.to).trim();
      if (CODE_NAME.test(value) && next?.kind === 'text' && PAREN_DESCRIPTION.test(flat.text.slice(next.from, next.to))) {
        out.push({ value, form: 'code', at: piece.from, end: piece.to, aliases: [], shape: 'code' });
      }
      return;
    }
    if (piece.kind !== 'text') return;
    const s = flat.text.slice(piece.from, piece.to);
    for (const m of s.matchAll(/[（(]/gu)) {
      if (!PAREN_DESCRIPTION.test(s.slice(m.index))) continue;
      const name = PAREN_NAME.exec(s.slice(0, m.index).replace(/\s+$/, ''));
      if (!name || !nameLike(name[1]!) || kindNamed(name[1]!) !== undefined) continue;
      const at = piece.from + s.slice(0, m.index).replace(/\s+$/, '').length - name[1]!.length;
      // a name glued to more Latin text before it is cut (`my-informer` is no `informer`)
      if (/[A-Za-z0-9_.-]/.test(flat.text[at - 1] ?? '')) continue;
      out.push({ value: name[1]!, form: 'text', at, end: at + name[1]!.length, aliases: [], shape: 'latin-name' });
    }
  });
  return out;
}

/**
 * `prose-glossed-colon`: a Latin name, its Chinese name in parentheses, then a colon and what it
 * is (`做法是 warm-pool（预热池）：…`). The gloss and the colon together say the writer is
 * introducing the name, wherever it stands in the sentence.
 */
const GLOSSED_COLON = /([A-Za-z][A-Za-z0-9_]*(?:[-.][A-Za-z0-9_]+)*(?: [A-Za-z][A-Za-z0-9_]*(?:[-.][A-Za-z0-9_]+)*){0,2})\s*[（(]([\u4e00-\u9fff]{2,10})[）)]\s*[：:]/gu;

/**
 * rules49: a sentence whose clauses, split by `；`, open one after another on a name, at least one of them saying
 * with 是 what its name is, sets the names out one by one, each clause what its name is or does — also the clauses
 * whose verb is no predicate of the table (`…；etcd 是保存全部集群状态的分布式键值库；kube-scheduler 给未调度的 Pod
 * 选节点；kube-controller-manager 运行各种内置控制器。`, `default 是没指定 namespace 时…；kube-system 放系统组件…；
 * kube-public 所有人都可读`). Counted over all 143 dev sets (docs/miner.md "rules49"): with three clauses or more
 * and a 是, the names opening them are labels 67 times (18 missed, seven writers' sets) and no label's 4; with two
 * clauses (109 found, 8 missed, 30 + 13 no label's) or no 是 (67 / 14 / 40) they are not.
 */
export const SEMICOLON_RUN = {
  rule: 'prose-run',
  /** The fewest clauses that open on a name. */
  minClauses: 3,
  /** The clause mark between the run's clauses (a Chinese semicolon; an ASCII one with a space after it). */
  mark: /；|;(?=\s)/gu,
  /** Where a sentence ends (the run is read inside one). */
  stop: /[。！？!?\n]/u,
  /** What a name's clause opens with after it when the writer says what the name is. */
  copula: /^(?:也|就|其实)?\s*(?:就是|是)/u,
  /** A clause goes on about its name when a Chinese word follows it that no joiner, genitive or place word is. */
  said: /^(?![的和与及或等、里中上内下])[\u4e00-\u9fff]/u,
  /** A gloss in parentheses between a name and its clause. */
  gloss: /^\s*[（(][^（）()]{1,40}[）)]/u,
  /** The shapes of a name that may open a clause of the run (spelt as a name: no plain word, command or bold). */
  shapes: new Set<SubjectShape>(['code', 'latin-name', 'latin-head', 'named-thing']),
  example: ['A：etcd 是保存全部集群状态的分布式键值库；kube-scheduler 给未调度的 Pod 选节点；kube-controller-manager 运行各种内置控制器。', ['etcd', 'kube-scheduler', 'kube-controller-manager']] as [string, string[]],
  lookAlike: 'kube-scheduler 给未调度的 Pod 选节点；kube-controller-manager 运行各种内置控制器；kubelet 管本节点的容器。',
} as const;

/** The names opening the clauses of a semicolon run (SEMICOLON_RUN) of the paragraph, with their clause's rest. */
export function namesOpeningARun(flat: FlatParagraph): { subject: Subject; rest: string }[] {
  const { text } = flat;
  const out: { subject: Subject; rest: string }[] = [];
  let s = 0;
  while (s < text.length) {
    let e = s;
    while (e < text.length && !(SEMICOLON_RUN.stop.test(text[e]!) && pieceAt(flat, e)?.kind === 'text')) e++;
    const cuts = [s];
    for (const m of text.slice(s, e).matchAll(SEMICOLON_RUN.mark)) if (pieceAt(flat, s + m.index!)?.kind === 'text') cuts.push(s + m.index! + 1);
    if (cuts.length >= SEMICOLON_RUN.minClauses) {
      const opened: { subject: Subject; rest: string }[] = [];
      for (const [k, from] of cuts.entries()) {
        const to = k + 1 < cuts.length ? cuts[k + 1]! - 1 : e;
        // the first clause opens after the sentence's last colon before its first semicolon (`A：`, `每条规则四段：`)
        let pos = from;
        if (k === 0) {
          const colon = Math.max(text.lastIndexOf('：', to - 1), text.lastIndexOf(':', to - 1));
          if (colon >= from && pieceAt(flat, colon)?.kind === 'text') pos = colon + 1;
        }
        while (pos < to && /\s/.test(text[pos]!)) pos++;
        const opener = CLAUSE_OPENERS.exec(text.slice(pos, to));
        if (opener) pos += opener[0].length;
        const subject = subjectsAt(flat, pos).find((x) => SEMICOLON_RUN.shapes.has(x.shape) && x.end <= to);
        if (!subject) continue;
        let rest = text.slice(subject.end, to);
        const g = SEMICOLON_RUN.gloss.exec(rest);
        if (g) rest = rest.slice(g[0].length);
        rest = rest.replace(/^\s+/, '');
        if (SEMICOLON_RUN.copula.test(rest) || SEMICOLON_RUN.said.test(rest)) opened.push({ subject, rest });
      }
      if (opened.length >= SEMICOLON_RUN.minClauses && opened.some((o) => SEMICOLON_RUN.copula.test(o.rest))) out.push(...opened);
    }
    s = e + 1;
  }
  return out;
}

export interface ProseOptions {
  /** The rest of the note, for the evidence of lower-case words and plain Chinese phrases. */
  context?: ProseContext;
  /** rules21: the directives of the block-structured configurations the note fences (config-directives.ts). */
  directives?: ReadonlySet<string>;
}

/** Whether the text before `i` ends in a semicolon and white space (`/[；;]\s*$/u` on `text.slice(0, i)`, without reading it all). */
function endsWithSemicolon(text: string, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && /\s/u.test(text[k]!)) k--;
  return k >= 0 && (text[k] === '；' || text[k] === ';');
}

/** Definitions in the running prose of a paragraph. */
export function proseDefinitions(p: Paragraph, options: ProseOptions = {}): ProseDefinition[] {
  const ctx = options.context;
  const flat = flattenParagraph(p);
  const { text } = flat;
  const out: ProseDefinition[] = [];
  const seen = new Set<string>();
  const add = (subject: Subject, rule: string, aliases: string[], sentence: string) => {
    const key = `${subject.value}\u0000${rule}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ subject: subject.value, form: subject.form, rule, aliases, sentence, offset: subject.at, shape: subject.shape });
  };
  // (first: a directive the note's configuration example shows is read as one, before a clause rule reads it as a plain word)
  if (options.directives && options.directives.size > 0) {
    for (const subject of directivesExplained(flat, options.directives)) {
      const [s0, e0] = sentenceAround(text, subject.at, subject.end);
      add(subject, 'prose-directive', [...subject.aliases], squash(text.slice(s0, e0)));
    }
  }
  let i = 0;
  let classified = false;
  /** Whether the clause before the last semicolon opened with a named thing (a parallel enumeration). */
  let segmentNamed = false;
  /** Where the last clause of the sentence before starts (a name it ends on may be taken up by 它). */
  let lastClause: number | undefined;
  while (i < text.length) {
    const [, e] = sentenceAround(text, i, i + 1);
    const end = Math.max(e, i + 1);
    const sentence = squash(text.slice(i, end));
    let prev: number | undefined;
    /** The subject opening the last clause (null: none), for a clause that leaves it out. */
    let clauseSubject: Subject | null = null;
    // a classification's items run on over sentences ending in `；`, up to a full stop
    const afterSemicolon = endsWithSemicolon(text, i);
    if (i > 0 && !afterSemicolon) classified = false;
    for (const c of clauseStarts(flat, i, end)) {
      const before = prev;
      prev = c;
      let pos = c;
      while (pos < end && /\s/.test(text[pos]!)) pos++;
      const head = text.slice(pos, end);
      const opener = CLAUSE_OPENERS.exec(head);
      if (opener) pos += opener[0].length;
      const so = SO_CALLED.exec(text.slice(pos, end));
      if (so) pos += so[0].length;
      const english = /^[A-Za-z]/.test(text.slice(pos, end)) ? ENGLISH_OPENER.exec(text.slice(pos, end)) : null;
      // a named thing's loosest predicates are read only where it opens the sentence, a colon's
      // clause, or a clause of a parallel enumeration after a semicolon (prose-predicates.ts `known`)
      // (a sentence may start after a semicolon: mention-context's sentenceAround ends one there)
      const mark = c === i ? (afterSemicolon ? '；' : '') : text[c - 1]!;
      const knownPlace = mark === '' || /[：:]/u.test(mark) || (/[；;]/u.test(mark) && segmentNamed);
      if (mark === '' || /[；;]/u.test(mark)) {
        const first = subjectsAt(flat, pos)[0];
        segmentNamed = first !== undefined && (first.shape === 'named-thing' || (first.shape === 'command' && namedThing(first.value) !== undefined));
      }
      const tryAt = (start: number, englishOnly: boolean): boolean => {
        const subjects = subjectsAt(flat, start);
        // `the USE method (…) is a checklist`
        const headed = ENGLISH_HEADED.exec(text.slice(start, end));
        if (headed && ENGLISH_PREDICATE.test(text.slice(start + headed[0].length, end))) {
          subjects.unshift({ value: headed[0], form: 'text', at: start, end: start + headed[0].length, aliases: [], shape: 'latin-name' });
        }
        if (englishOnly && subjects.length === 0) return false;
        for (const subject of subjects) {
          let rest = text.slice(subject.end, end);
          const aliases = [...subject.aliases];
          if (ENGLISH_PREDICATE.test(rest) && /^[A-Za-z`]/.test(text.slice(subject.at, subject.at + 1)) && (subject.form === 'code' || /^[\x00-\x7f]*$/.test(subject.value))) {
            // an English definition: the subject is a name by its spelling (`Kyverno is a…`)
            if (subject.shape !== 'latin-name' && subject.shape !== 'code') continue;
            add(subject, 'prose-english', aliases, sentence);
            return true;
          }
          if (englishOnly) continue;
          // `A 与 B：…`: the first of a pair is explained by what follows the second
          let pair: Subject | undefined;
          let bothPair = false;
          if (subject.shape === 'named-thing') {
            const j = PAIR_JOINER.exec(rest);
            const second = j ? subjectsAt(flat, subject.end + j[0].length)[0] : undefined;
            if (second?.shape === 'named-thing') {
              pair = second;
              rest = text.slice(second.end, end);
            }
          } else if (NAME_SHAPES.has(subject.shape)) {
            // rules17: `A 和 B 都是…`: two names by their spelling said together what both are
            const j = BOTH_JOINER.exec(rest);
            const second = j ? subjectsAt(flat, subject.end + j[0].length).find((x) => NAME_SHAPES.has(x.shape)) : undefined;
            const both = second ? BOTH_COPULA.exec(text.slice(second.end, end)) : null;
            if (second && both) {
              pair = second;
              bothPair = true;
              rest = text.slice(second.end + both[0].length, end);
            }
          }
          if ((pair ?? subject).colon) rest = `：${rest}`;
          const g = subject.shape !== 'glossed' ? /^\s*[（(]([^（）()]{1,40})[）)]/u.exec(rest) : null;
          if (g) {
            aliases.push(...glossAliases(g[1]!));
            rest = rest.slice(g[0].length);
          }
          rest = rest.replace(/^\s+/, '');
          // `Kustomize 已经内置在 kubectl 里`: an adverb between a name and its predicate
          if (STRONG_NAME_SHAPES.has(subject.shape)) rest = rest.replace(PREDICATE_ADVERB, '');
          // a plain Chinese phrase ends where its predicate starts, at a word boundary
          let rule: string | undefined;
          if (ANY_PREDICATE === undefined || ANY_PREDICATE.test(rest)) for (const pr of PREDICATES) {
            if (!predicateFits(pr, subject.shape, knownPlace, subject.value)) continue;
            const m = pr.re.exec(rest);
            if (!m) continue;
            const complement = rest.slice(m[0].length);
            if (badComplement(pr, complement, subject, so !== null, m[0].trim() !== '是')) continue;
            // what an API object does by itself is how it works, not what it is
                  // a built-in API kind is defined by what it is (`RuntimeClass 是一个…对象`, `所谓 CRD，
            // 就是…`); what it does (`Deployment 负责滚动更新`) is the note using it, a mention
            if (pr.strength !== 'is-a' && usedByWhatItDoes(subject.value)) continue;
            if (pr.name !== 'prose-copula' && pr.strength === 'is-a' && kindNamed(subject.value) !== undefined) continue;
            if (so ? subject.shape === 'chinese-phrase' && !chineseSubjectOk(subject.value) : !subjectEvidence(subject.shape, pr, subject.value, ctx, m[0].trim() !== '是')) continue;
            rule = pr.name;
            break;
          }
          if (rule !== undefined && so) rule = 'prose-so-called';
          if (rule !== undefined && bothPair) rule = `prose-both → ${rule}`;
          // (resolve.ts reads a key that a predicate explains as a term, like a key opening its paragraph)
          if (rule !== undefined && (subject.form === 'text' || subject.form === 'code') && isQualifiedKey(subject.value)) rule = `prose-key-subject → ${rule}`;
          // `所谓 CRD，就是…`: the clause after the name says what it is
          if (rule === undefined && so && /^\s*[，,]/u.test(text.slice(subject.end, end)) && (subject.shape !== 'chinese-phrase' || chineseSubjectOk(subject.value))) rule = 'prose-so-called';
          if (rule === undefined) continue;
          add(subject, rule, aliases, sentence);
          if (pair) add(pair, rule, [...pair.aliases], sentence);
          return true;
        }
        return false;
      };
      // the subject of the clause before, when that clause defined it (a topic chain goes on about it)
      const previousSubject = clauseSubject && out.length > 0 && out[out.length - 1]!.subject === clauseSubject.value ? clauseSubject : null;
      const elidedSubject = clauseSubject;
      clauseSubject = subjectsAt(flat, pos).find((s) => s.shape !== 'chinese-phrase') ?? null;
      if (CLASSIFICATION.test(text.slice(i, c))) classified = true;
      // `社区一般把它分成两类：软多租户假定…；硬多租户面对的是…`: each item names a kind
      if (classified && /[：:；;]\s*$/u.test(text.slice(Math.max(0, c - 4), c))) {
        const item = classificationItem(flat, pos, end, ctx);
        if (item) {
          add(item, 'prose-kinds-of', [...item.aliases], sentence);
          continue;
        }
      }
      // `audience 这个字段决定了…`, `kubectl events 这个子命令…`: a name, then 这个 and the kind of
      // thing it is (THIS_CATEGORY): the writer presents it as a thing of that kind, whatever follows
      const presented = subjectsAt(flat, pos).find((x) => x.shape !== 'chinese-phrase' && (x.shape !== 'bold' || THIS_FIELD.test(text.slice(x.end, end))) && THIS_CATEGORY.test(text.slice(x.end, end)));
      if (presented) {
        // (`这个字段` / `这个参数`: a field, never a new term: definitions.ts)
        add(presented, THIS_FIELD.test(text.slice(presented.end, end)) ? 'prose-this-field' : 'prose-this-category', [...presented.aliases], sentence);
        continue;
      }
      if (tryAt(pos, false)) continue;
      // `jq 本身跟 Kubernetes 没关系，就是个命令行的 JSON 处理器`
      const elided = ELIDED_COPULA.exec(text.slice(pos, end));
      if (elided && before !== undefined && elidedSubject) {
        add(elidedSubject, 'prose-elided → prose-copula', [...elidedSubject.aliases], sentence);
        continue;
      }
      // `社区有个 X，是一个命令行小工具`: the clause before introduced a name, this one says what it is
      if (INTRODUCED_COPULA.test(text.slice(pos, end)) && before !== undefined) {
        const sub = introducedIn(flat, before, c);
        if (sub && STRONG_NAME_SHAPES.has(sub.shape)) {
          add(sub, 'prose-introduced → prose-copula', [...sub.aliases], sentence);
          continue;
        }
      }
      // `GatewayClass 由平台方定义，相当于 IngressClass`: a topic chain, the clause goes on about
      // the subject the clause before opened with (any predicate but the bare 是)
      if (before !== undefined && previousSubject) {
        const rest = text.slice(pos, end);
        const pr = PREDICATES.find((x) => x.name !== 'prose-copula' && predicateFits(x, previousSubject.shape) && x.re.test(rest));
        const mm = pr?.re.exec(rest);
        const sub = previousSubject;
        // the predicate is a word of its own (`调度器因此…` is no `调度`)
        if (pr && mm && boundaries(rest.slice(0, 24)).has(mm[0].length) && !badComplement(pr, rest.slice(mm[0].length), sub, false, true) && subjectEvidence(sub.shape, pr, sub.value, ctx)
          && !(pr.strength !== 'is-a' && usedByWhatItDoes(sub.value))) {
          add(sub, `prose-elided → ${pr.name}`, [...sub.aliases], sentence);
          continue;
        }
      }
      // `凭据来自 imagePullSecrets，这个字段写在…`
      const anaphor = NOUN_ANAPHOR.exec(text.slice(pos, end));
      if (anaphor && before !== undefined) {
        const sub = introducedIn(flat, before, c, true);
        const rest = text.slice(pos + anaphor[0].length, end);
        const pr = sub ? PREDICATES.find((x) => predicateFits(x, sub.shape) && x.re.test(rest)) : undefined;
        const mm = pr?.re.exec(rest);
        if (sub && pr && mm && !badComplement(pr, rest.slice(mm[0].length), sub, false)) {
          add(sub, `prose-anaphor → ${pr.name}`, [...sub.aliases], sentence);
          continue;
        }
      }
      // `还有一个 nerdctl，它是…`, `再配一个 LimitRange，它会…`, `由 overlayfs 提供，它是…`
      // (and across a full stop, rules6: `就执行 \`kubeadm upgrade apply\`。它会…`, `先装 X。它提供…`:
      // the sentence before ends on the name its verb introduces, the next opens with 它)
      const pronoun = PRONOUN.exec(text.slice(pos, end));
      const stopBefore = c === i && lastClause !== undefined && /[。.]\s*$/u.test(text.slice(lastClause, i)) ? text.slice(0, i).search(/[。.]\s*$/u) : -1;
      if (pronoun && (before !== undefined || stopBefore >= 0)) {
        const rest0 = text.slice(pos + pronoun[0].length, end);
        // `AWS 上也常见 X，它是另一种…`: after any clause that ends on a name, `它是一个/一种…` says what it is
        const any = before !== undefined && IS_A_KIND.test(rest0) ? introducedIn(flat, before, c, true) : undefined;
        const sub = (before !== undefined ? introducedIn(flat, before, c) : introducedIn(flat, lastClause!, stopBefore)) ?? (any && STRONG_NAME_SHAPES.has(any.shape) ? any : undefined);
        if (sub) {
          const rest = text.slice(pos + pronoun[0].length, end);
          for (const pr of [...PREDICATES, INTRODUCED_CAPABILITY]) {
            if (!predicateFits(pr, sub.shape)) continue;
            const mm = pr.re.exec(rest);
            if (!mm || badComplement(pr, rest.slice(mm[0].length), sub, false)) continue;
            add(sub, `prose-introduced → ${pr.name}`, [...sub.aliases], sentence);
            break;
          }
        }
      }
      if (english && english[0] !== '') tryAt(pos + english[0].length, true);
    }
    lastClause = prev;
    i = end;
  }
  // rules49: `kube-apiserver 是…；etcd 是…；kube-scheduler 给…选节点；kube-controller-manager 运行…`: the names
  // opening a semicolon run whose clauses say what each is (SEMICOLON_RUN)
  for (const { subject } of namesOpeningARun(flat)) {
    if (out.some((d) => normKey(d.subject) === normKey(subject.value))) continue;
    const [s0, e0] = sentenceAround(text, subject.at, subject.end);
    add(subject, SEMICOLON_RUN.rule, [...subject.aliases], squash(text.slice(s0, e0)));
  }
  // `走**基于污点的驱逐**：给节点…`: a bold name anywhere in a sentence, explained after its colon
  // (not in a paragraph that opens with a bold label: the bold further on is part of that label's
  // definition, `**Service** 就是给…提供一个**稳定的访问入口**：…`)
  // A bold opening a line of its own (`**A：**…\n**B：**…`, one definition per line) is a label too.
  const opensWithBold = flat.pieces[0]?.node.type === 'strong';
  for (const [k, piece] of flat.pieces.entries()) {
    if (k === 0 || piece.kind !== 'other' || piece.node.type !== 'strong') continue;
    const raw = text.slice(piece.from, piece.to);
    // `**变更准入（mutating admission）**`, `**可压缩资源**（compressible）`: glossed in English, a
    // name of its own even inside another label's definition (gloss-shapes.ts `prose-bold-gloss`)
    const glossed = boldGlossed(raw, text.slice(piece.to));
    // rules18: `**Fulcio**（签发短期证书的 CA）`: a bold Latin name with what it is in parentheses (gloss-shapes.ts)
    const described = glossed ? undefined : boldDescribed(raw, text.slice(piece.to));
    // rules33 (bold-roles.ts): a bold opening its clause with a verb phrase after it, a bold label after a full stop
    const before = text.slice(0, piece.from);
    const subjectOf = !glossed && !described && boldOpensClause(before, /^[A-Za-z]/.test(raw.trim())) && boldPredicate(text.slice(piece.to)) !== undefined;
    const labelAfterStop = boldLabelAfterStop(raw, before, text.slice(piece.to));
    // rules43 (bold-roles.ts): a bold Latin name (or one with its sort) in passing in a Chinese sentence,
    // also inside another bold label's definition (a term of its own there, not an emphasis of it)
    // (also where another bold rule reads the place, `**system node pool** 用来…`, `**exec form**（…）`: the
    // name it needs may be one only this rule spells, several lower-case English words)
    const passing = !labelAfterStop ? boldTermInPassing(raw, before, text.slice(piece.to), nameLike) : undefined;
    const passingOk = passing !== undefined && kindNamed(passing) === undefined && namedThing(passing) === undefined && notAConcept(passing) === undefined && !isGenericLabel(passing);
    if (opensWithBold && !glossed && !described && !subjectOf && !labelAfterStop && !passingOk && !/\n\s*$/u.test(before)) continue;
    // (`**Prometheus exporter**`: a name and its head word; `**kubectx / kubens**：…`: two names joined
    // by a slash, each its own; bold-roles.ts boldHeadedName, boldPair)
    const headed = boldHeadedName(raw);
    const loose = headed ?? (subjectOf ? boldWordSubject(raw, isCommandName) : undefined);
    const single = boldName(raw) ?? (loose !== undefined ? { name: loose, aliases: [], colon: /[:：]\s*$/u.test(raw) } : passingOk ? { name: passing!, aliases: [], colon: false } : undefined);
    const pair = single ? undefined : boldPair(raw, (x) => boldName(x) !== undefined);
    for (const bold of single ? [single] : (pair ?? []).map((name) => ({ name, aliases: [] as string[], colon: /[:：]\s*$/u.test(raw) }))) {
      if (namedThing(bold.name) !== undefined) continue;
      const colon = bold.colon || /^\s*[：:]/u.test(text.slice(piece.to));
      const subject = subjectOf && !colon && boldCanBeSubject(bold.name) && !usedByWhatItDoes(bold.name);
      const inPassing = passingOk && normKey(bold.name) === normKey(passing!);
      if (!(colon || glossed || described || subject || inPassing)) continue;
      const aliases = glossed && !bold.aliases.includes(glossed.gloss) ? [...bold.aliases, glossed.gloss] : [...bold.aliases];
      const [s0, e0] = sentenceAround(text, piece.from, piece.to);
      add({ value: bold.name, form: 'text', at: piece.from, end: piece.to, aliases, shape: 'bold' }, glossed ? 'prose-bold-gloss' : described ? 'prose-bold-described' : colon ? 'prose-bold-colon' : subject ? 'prose-bold-subject' : 'prose-bold-passing', [...aliases], squash(text.slice(s0, e0)));
    }
  }
  // `常见做法是 overprovisioning（预留占位）：先…`: a name glossed in Chinese, explained after a colon
  for (const piece of flat.pieces) {
    if (piece.kind !== 'text') continue;
    const ps = text.slice(piece.from, piece.to);
    for (const m of ps.matchAll(GLOSSED_COLON)) {
      const name = m[1]!;
      const at = piece.from + m.index!;
      if (!nameLike(name) || kindNamed(name) !== undefined || /[A-Za-z0-9_.-]/.test(text[at - 1] ?? '')) continue;
      const [s0, e0] = sentenceAround(text, at, at + name.length);
      add({ value: name, form: 'text', at, end: at + name.length, aliases: [m[2]!], shape: 'latin-name' }, 'prose-glossed-colon', [m[2]!], squash(text.slice(s0, e0)));
    }
  }
  for (const { subject, rule } of introducedAndSaid(flat, ctx)) {
    const [s0, e0] = sentenceAround(text, subject.at, subject.end);
    add(subject, rule, [...subject.aliases], squash(text.slice(s0, e0)));
  }
  for (const { subject, predicate } of valuesWithEffect(flat)) {
    const [s0, e0] = sentenceAround(text, subject.at, subject.end);
    // (a domain/name key explained is a term, as after any predicate: prose-key-subject, resolve.ts)
    add(subject, subject.shape === 'named-thing' ? `prose-key-subject → ${predicate}` : predicate, [], squash(text.slice(s0, e0)));
  }
  for (const subject of keysBeforeColon(flat)) {
    const [s0, e0] = sentenceAround(text, subject.at, subject.end);
    add(subject, 'prose-key-subject → prose-key-colon', [], squash(text.slice(s0, e0)));
  }
  for (const subject of describedInParentheses(flat)) {
    const [s0, e0] = sentenceAround(text, subject.at, subject.end);
    add(subject, 'prose-paren-gloss', [], squash(text.slice(s0, e0)));
  }
  for (const { subject } of codeGlossedNames(flat)) {
    const [s, e] = sentenceAround(text, subject.at, subject.end);
    add(subject, 'prose-gloss-code', [...subject.aliases], squash(text.slice(s, e)));
  }
  for (const subject of describedObjects(flat, ctx)) {
    const [s, e] = sentenceAround(text, subject.at, subject.end);
    add(subject, 'prose-described-object', [], squash(text.slice(s, e)));
  }
  for (const { subject } of glossedNames(flat)) {
    const [s, e] = sentenceAround(text, subject.at, subject.end);
    add(subject, 'prose-gloss', [...subject.aliases], squash(text.slice(s, e)));
  }
  // `Pod 沙箱（sandbox）`, `静态 Pod（static Pod）`: a mixed name glossed in English (gloss-shapes.ts)
  for (const piece of flat.pieces) {
    if (piece.kind !== 'text') continue;
    for (const g of mixedGlossedNames(text.slice(piece.from, piece.to))) {
      const at = piece.from + g.index;
      const [s, e] = sentenceAround(text, at, piece.from + g.end);
      add({ value: g.name, form: 'text', at, end: piece.from + g.end, aliases: [g.gloss], shape: 'glossed' }, 'prose-gloss-mixed', [g.gloss], squash(text.slice(s, e)));
    }
    // rules25 `OOM killer（内存不足杀手）`, `hub-and-spoke（中心辐射）`: an English term given its Chinese name (gloss-shapes.ts)
    for (const g of latinNamesGlossed(text.slice(piece.from, piece.to))) {
      const at = piece.from + g.index;
      const [s, e] = sentenceAround(text, at, piece.from + g.end);
      add({ value: g.name, form: 'text', at, end: at + g.name.length, aliases: [g.gloss], shape: 'glossed' }, 'prose-latin-glossed', [g.gloss], squash(text.slice(s, e)));
    }
    // `PodDisruptionBudget（PDB）`: an API kind introduced with its initials
    for (const g of kindsWithInitials(text.slice(piece.from, piece.to))) {
      const at = piece.from + g.index;
      const [s, e] = sentenceAround(text, at, piece.from + g.end);
      add({ value: g.name, form: 'text', at, end: piece.from + g.end, aliases: [g.gloss], shape: 'latin-name' }, 'prose-kind-initials', [g.gloss], squash(text.slice(s, e)));
    }
  }
  // `ARP（Address Resolution Protocol，地址解析协议）`: an abbreviation spelt out, anywhere in a sentence (gloss-shapes.ts)
  for (const g of acronymsExpanded(text)) {
    const aliases = [g.expansion, ...(g.chinese ? [g.chinese] : [])];
    const [s, e] = sentenceAround(text, g.index, g.end);
    add({ value: g.name, form: 'text', at: g.index, end: g.end, aliases, shape: 'glossed' }, 'prose-acronym-expanded', aliases, squash(text.slice(s, e)));
  }
  // `` `statefulset.kubernetes.io/pod-name` 标签 ``: a domain/name key presented as the kind of key it is (key-shapes.ts)
  for (const k of keysWithCategory(text)) {
    const piece = flat.pieces.find((x) => x.from <= k.index && k.index < x.to);
    const end = k.index + k.key.length;
    const [s, e] = sentenceAround(text, k.index, end);
    add({ value: k.key, form: piece?.kind === 'code' ? 'code' : 'text', at: k.index, end, aliases: [], shape: 'named-thing' }, 'prose-key-category', [], squash(text.slice(s, e)));
  }
  // rules28 `给 Pod 加注解 \`x.io/y\`，值为…`: a domain/name key after the sort of key it is (key-sort-before.ts)
  for (const k of keysAfterTheirSort(text)) {
    const piece = flat.pieces.find((x) => x.from <= k.index && k.index < x.to);
    const end = k.index + k.key.length;
    const [s, e] = sentenceAround(text, k.index, end);
    add({ value: k.key, form: piece?.kind === 'code' ? 'code' : 'text', at: k.index, end, aliases: [], shape: 'named-thing' }, 'prose-key-sort', [], squash(text.slice(s, e)));
  }
  // rules37 `给 istiod 配上环境变量 \`ENABLE_X=true\`，…`: an environment variable after its sort (project-keys.ts)
  for (const k of envVarsAfterTheirSort(text, (at) => pieceAt(flat, at)?.kind === 'code')) {
    const [s, e] = sentenceAround(text, k.index, k.end);
    add({ value: k.name, form: 'code', at: k.index, end: k.end, aliases: [], shape: 'code' }, 'prose-env-sort', [], squash(text.slice(s, e)));
  }
  // rules37 `由 mesh-injector 这个 webhook 注入…`: a project's component named with 这个 and its sort (project-keys.ts)
  // (and `node-metrics 以 DaemonSet 的方式跑在每个节点上`: a component said to run as a workload)
  for (const [rule, found] of [['prose-component-this', componentsWithThisSort(text)], ['prose-component-runs', componentsRunAs(text)]] as const) {
    for (const k of found) {
      const piece = pieceAt(flat, k.index);
      if (!piece || piece.kind === 'other') continue;
      const [s, e] = sentenceAround(text, k.index, k.end);
      add({ value: k.name, form: piece.kind === 'code' ? 'code' : 'text', at: k.index, end: k.end, aliases: [], shape: 'latin-name' }, rule, [], squash(text.slice(s, e)));
    }
  }
  // rules32 `由 X 准入插件检查`, `里的 x 控制器把…`: a name written before the sort of thing it is, saying what it does (sort-instances.ts)
  for (const k of instancesWithTheirSort(text)) {
    const piece = pieceAt(flat, k.index);
    if (!piece || piece.kind === 'other') continue;
    const [s, e] = sentenceAround(text, k.index, k.end);
    const aliases = [`${k.name} ${k.sort.sort}`];
    add({ value: k.name, form: piece.kind === 'code' ? 'code' : 'text', at: k.index, end: k.end, aliases, shape: namedThing(k.name) !== undefined ? 'named-thing' : 'latin-name' }, 'prose-sort-instance', aliases, squash(text.slice(s, e)));
  }
  return out;
}
