/**
 * rules34: names a heading presents inside a longer heading. The heading as a whole is read by
 * definitions.ts (`heading`, `heading-part`, `heading-joined`) and resolve.ts (question subjects,
 * subtitles); these shapes give the names standing in a heading that is longer than they are, each
 * a candidate `heading-presents` of its own (resolve.ts reads it as a name by its place, as it
 * reads a question heading's subject). Each shape is data: a name, an example with the names it
 * gives, and a look-alike that gives none (the unit tests run both).
 *
 *   glossed-lead   a Chinese name glossed with its English name, opening the heading or after a
 *                  conjunction, with more after it — a facet or a question (`准入（admission）流程是
 *                  怎样的？`, `隔离（isolation）的概念`). A heading that is only the glossed name is
 *                  label-rules.ts `glossedHeading`'s; a name after a genitive (`节点上的日志（node
 *                  logs）`) is a phrase's end, not read.
 *   glossed-tail   a question or a clause closing on the English name of what it describes, two
 *                  words or more (`怎么防止一个租户把资源吃光（noisy neighbor）？`): the gloss names the
 *                  thing. One word (`Pod 被驱逐（Evicted）`, `PV 的状态（phase）`) is a value's or a
 *                  field's spelling, read by other rules.
 *   code-name      a name spelt as an identifier with a capital inside (`verifyImages`, `syncOptions`),
 *                  or a dotted path of such names (`fooPolicy.mode`), wherever the heading has it: after
 *                  a project's name (`Kyverno verifyImages`), before a facet (`syncOptions 常用几个`,
 *                  `xPolicy.mode 的几种取值`), joined with another (`commonLabels 和 labels`) or set to a
 *                  value (`fooPolicy=Never：…`, read as the key). Over the development sets such a name in
 *                  a heading is labelled in its chapter nearly every time (about 200 headings); the
 *                  ones missed were fields of projects' kinds the catalogue does not describe.
 */
import { escapeRegExp, isGenericLabel, isRemark, normKey } from '../labels.ts';
import { englishGloss } from './gloss-shapes.ts';
import { questionSubjects } from './question-subjects.ts';
import { kindNamed } from '../vocabulary/index.ts';
import { stripPictographs } from '../pictographs.ts';

export interface PresentedName {
  /** The name as the heading writes it (a glossed name with its gloss: `准入（admission）`). */
  label: string;
  shape: 'glossed-lead' | 'glossed-tail' | 'code-name' | 'name-then-genre' | 'group-then-name' | 'rubric-then-name';
}

export interface PresentShape {
  name: PresentedName['shape'];
  example: string;
  gives: string[];
  lookAlike: string;
}

/** The shapes, with an example and a look-alike each (tests/unit/graph/miner-rules34.test.ts runs them). */
export const PRESENT_SHAPES: readonly PresentShape[] = [
  { name: 'glossed-lead', example: 'Q2：灰度发布（canary release）怎么切流量？', gives: ['灰度发布（canary release）'], lookAlike: '节点上的日志（node logs）怎么收' },
  { name: 'glossed-tail', example: '怎么让一个坏 Pod 不拖垮整个节点（blast radius）？', gives: ['blast radius'], lookAlike: '第三天：Pod 被驱逐（Evicted）' },
  { name: 'code-name', example: '3.2 Envoy drainStrategy 的几种写法', gives: ['drainStrategy'], lookAlike: '3.2 Envoy 排空策略的几种写法' },
  { name: 'name-then-genre', example: 'kube-state-metrics 读后感', gives: ['kube-state-metrics'], lookAlike: 'kube-state-metrics 常用命令' },
  { name: 'name-then-genre', example: 'macvlan 插件的几个参数', gives: ['macvlan 插件'], lookAlike: 'warm pool 相关的几个环境变量' },
  { name: 'group-then-name', example: '其他几个 IPAM 插件', gives: ['IPAM 插件'], lookAlike: '其他几个坑' },
  { name: 'rubric-then-name', example: '经典事故：split brain', gives: ['split brain'], lookAlike: '踩坑：改完配置不生效' },
  { name: 'rubric-then-name', example: '方案 C：本地缓存（备选）', gives: ['本地缓存'], lookAlike: '坑 3：LoadBalancer 一直 Pending' },
];

/** Numbering and a question's number before a heading's words (`2.5 `, `一、`, `Q3：`, `0x04 `, `第 2 讲`). */
const PREFIX = /^\s*(?:Q\d+(?:\.\d+)*|问|0x[0-9a-f]+|\d+(?:\.\d+)*|[一二三四五六七八九十]+|第\s*[\d一二三四五六七八九十]+\s*[讲章节课部分])\s*[:：.、)）]?\s*/iu;
/** An English name as a heading's gloss: one to five words of letters (hyphens inside), some lower-case. */
const GLOSS_NAME = /^[A-Za-z][A-Za-z]*(?:-[A-Za-z]+)*(?: [A-Za-z][A-Za-z]*(?:-[A-Za-z]+)*){0,4}$/;
/** A Chinese name glossed, where a name can start: the heading's start, after a conjunction, a comma or a colon. */
const GLOSSED_AT_START = /(?:^|(?<=[与和及、，,：:]\s?))([\u4e00-\u9fff]{2,8})[（(]([^（）()，,]{1,40})(?:[，,][^（）()]*)?[）)]/gu;
/** Characters no Chinese name holds (a genitive, a conjunction, a copula, a locative): `X 的 Y`, `A 和 B`. */
const NOT_IN_NAME = /[的和与及或是在把被让怎么吗呢]/u;
/** What shows a heading's words are a clause, not a name: a genitive, a question word, a verb of doing. */
const CLAUSE_MARK = /[的把被让吗呢]|怎么|怎样|如何|为什么|为啥|什么|哪|防止|避免|不要|不让/u;
/** A conjunction and another name right after a glossed name (`…和 VPA`, `…与 Gatekeeper`). */
const JOINED_AFTER = /^\s*(?:与|和|跟|及|、|\/|vs\.?)\s*\S/iu;
/** A heading closing on a gloss in parentheses, with a question mark after it or not. */
const TAIL_GLOSS = /[（(]([^（）()]{3,40})[）)]\s*[?？]?\s*$/u;
/**
 * An identifier with a capital inside after two lower-case letters or more (`verifyImages`; not a
 * proper name spelt so, `gRPC`, `eBPF`, `mTLS`), alone or as a segment of a dotted path, not
 * part of a longer token (a file name, a URL, a flag: `kube-proxy.yaml`, `--someFlag`).
 */
const CODE_NAME = /(?<![\w.\-/$`{])`?([a-z]{2}[a-z0-9]*[A-Z][A-Za-z0-9]*(?:\.[a-z][A-Za-z0-9]*)*|[a-z][a-z0-9]*(?:\.[a-z][A-Za-z0-9]*)*\.[a-z]{2}[a-z0-9]*[A-Z][A-Za-z0-9]*)`?(?![\w\-/(（]|\.\w)/gu;

/** The names a heading presents inside it, by PRESENT_SHAPES (none for a heading that is a name and nothing else). */
export function headingPresents(title: string): PresentedName[] {
  const s = title.normalize('NFKC').replace(/\s+/g, ' ').trim().replace(PREFIX, '').trim();
  const out: PresentedName[] = [];
  const seen = new Set<string>();
  const add = (label: string, shape: PresentedName['shape']): void => {
    if (seen.has(label)) return;
    seen.add(label);
    out.push({ label, shape });
  };
  for (const m of s.matchAll(GLOSSED_AT_START)) {
    const [whole, core, rawGloss] = m;
    const gloss = rawGloss!.trim();
    // (a heading that is this glossed name and nothing else is glossedHeading's)
    if (whole!.length === s.length) continue;
    if (NOT_IN_NAME.test(core!) || isGenericLabel(core!) || !GLOSS_NAME.test(gloss) || !/[a-z]/.test(gloss) || isRemark(gloss)) continue;
    // (an identifier or a kind as the gloss, `结构化认证配置（AuthenticationConfiguration）`, `事件（Event）`:
    // the Chinese is another name of that API thing, which its own rules read)
    if (/[a-z][A-Z]/.test(gloss) || kindNamed(gloss) !== undefined) continue;
    // (a question joining the name with another, `原地扩缩（in-place resize）和 VPA 是什么关系？`, asks
    // about the two together, none alone: question-subjects.ts reads a joined subject so too)
    if (JOINED_AFTER.test(s.slice(m.index! + whole!.length)) && !/^\s*(?:与|和|及|、)\s*[\u4e00-\u9fff]{2,8}[（(]/u.test(s.slice(m.index! + whole!.length))) continue;
    add(`${core}（${gloss}）`, 'glossed-lead');
  }
  const tail = TAIL_GLOSS.exec(s);
  if (tail) {
    const before = s.slice(0, tail.index);
    const gloss = englishGloss(tail[1]!);
    // the gloss names what the clause before it describes (a genitive, a question word or a verb
    // holds it: `一个横杠的差别`, `怎么防止…吃光`), not a name of its own glossed (`恢复演练清单（…）`)
    const clause = /[\u4e00-\u9fff]$/u.test(before.trim()) && CLAUSE_MARK.test(before);
    // (a question asking about the name glossed, `什么是托管资源（Managed Resource）？`, presents that
    // name: question-subjects.ts reads it with its gloss)
    const asked = questionSubjects(title).length > 0;
    // (a comparison, `（AND vs OR）`, `（push or pull）`, names two things, not the one the clause describes)
    const comparison = gloss !== undefined && /\s(?:vs\.?|or|and|versus)\s/iu.test(gloss);
    if (gloss !== undefined && gloss.includes(' ') && clause && !asked && !comparison && !isRemark(gloss) && !seen.has(gloss)) add(gloss, 'glossed-tail');
  }
  // rules40: a name before a genre word, after a word of a group, or after a rubric and its colon
  for (const n of genreNames(s)) if (!seen.has(n.label)) add(n.label, n.shape);
  let codeNames = 0;
  for (const m of s.matchAll(CODE_NAME)) {
    if (++codeNames > 3) break;
    // a key set to a value (`fooPolicy=Never`, `listType=map`) is read whole: resolve.ts reads the
    // key as the field when it is one, and makes no term of it when it is not
    const value = /^=[\w.-]+/.exec(s.slice(m.index! + m[0].length));
    add(value ? `${m[1]!}${value[0]}` : m[1]!, 'code-name');
  }
  return out;
}

/**
 * rules39: when a heading is NOT another name of the one definition its section holds. A section
 * whose first block defines one thing lends its heading to that thing as another name (`### 镜像
 * 拉取策略` over `` `imagePullPolicy` 决定… ``: stages/mine.ts, `heading-alias`); these shapes show
 * the heading names something else, each data with an example and a look-alike (the unit tests run
 * both):
 *
 *   diary-entry    an entry of a diary or a lab log, by its date or its number (`3 月 12 日：…`,
 *                  `Day 4：…`, `第三天：…`, `Experiment 2`): the heading names a day, not a thing.
 *   kind           the heading is an API kind's name (`0x04 Pod`, `事件`) and the definition is of
 *                  another thing (a field of it: `podIPs`, `regarding`): the section is about the
 *                  kind, the definition one of its parts.
 *   kind-subject   the heading is a clause about a kind (`Job 永远不结束`, `PVC 一直 Pending`): the
 *                  kind opens it, Chinese words follow (not a genitive, `DS 的更新策略`, which names
 *                  a facet of the kind, nor a Latin word, `Eviction API`); the definition in the
 *                  section (`Succeeded`) is not the kind.
 *   defined-apart  the section's text says what the heading's name is, in a clause of its own
 *                  (`NodeLocal DNSCache 是一个…`, `**集群级默认约束**（…）`): the heading names that,
 *                  and the definition opening the section is another thing.
 *   component      (rules40) the heading names a component by its sort (`Route controller（路由控制器）`)
 *                  and the opener is not that component (`spec.podCIDR`).
 *   comparison     (resolve5) the heading compares two things (`镜像比 PVC 大`, `重建比升级快`): a clause
 *                  about them, no other name of the field its section opens with.
 *   sort-after-name (alias25) the heading is the sort the section's text writes right after the
 *                  opener's name (`## 污点` over `…打上 node.kubernetes.io/unreachable 污点`): the opener is
 *                  one such thing, the heading no other name of it (`## 存活探针` over
 *                  `livenessProbe（存活探针）`, a gloss, stays its name).
 *   phrase-around  (alias25) the heading keeps part of the opener's Latin name and wraps it in words
 *                  that gather things (`## kubectl 常用调试命令` over `` `kubectl logs` ``; GATHERING_WORDS):
 *                  a topic around the name, not another spelling of it
 *                  (`## Init 容器` over `Init Container` stays).
 */
export interface ApartShape {
  name: 'diary-entry' | 'kind' | 'kind-subject' | 'defined-apart' | 'component' | 'comparison' | 'sort-after-name' | 'phrase-around';
  /** A heading, the opener's names, the section's text. */
  example: { heading: string; opener: string[]; body: string };
  lookAlike: { heading: string; opener: string[]; body: string };
}

export const APART_SHAPES: readonly ApartShape[] = [
  { name: 'diary-entry', example: { heading: '4 月 2 日：探针又超时了', opener: ['timeoutSeconds'], body: '`timeoutSeconds` 决定一次探测等多久。' }, lookAlike: { heading: '探针超时', opener: ['timeoutSeconds'], body: '`timeoutSeconds` 决定一次探测等多久。' } },
  { name: 'kind', example: { heading: '0x03 Node', opener: ['allocatable'], body: '`allocatable` 是节点上扣掉预留后能分给 Pod 的资源。' }, lookAlike: { heading: '0x03 NetworkPolicy', opener: ['NetworkPolicy'], body: 'NetworkPolicy 是命名空间级的对象。' } },
  { name: 'kind-subject', example: { heading: '2.3 CronJob 总是晚一分钟', opener: ['startingDeadlineSeconds'], body: '`startingDeadlineSeconds` 限定错过的调度还能补跑多久。' }, lookAlike: { heading: '2.3 CronJob 的并发策略', opener: ['concurrencyPolicy'], body: '`concurrencyPolicy` 决定上一次没跑完时怎么办。' } },
  { name: 'component', example: { heading: 'Endpoint controller（端点控制器）', opener: ['subsets'], body: '`subsets` 由它按 Service 的 selector 填好。' }, lookAlike: { heading: 'Geneve backend', opener: ['Geneve'], body: '**Geneve**：一种隧道封装。' } },
  { name: 'comparison', example: { heading: '缓存比内存还大', opener: ['maxBytes'], body: '`maxBytes` 限定缓存最多占多少字节。' }, lookAlike: { heading: '比例与权重', opener: ['weight'], body: '`weight` 决定流量按什么比例分。' } },
  { name: 'sort-after-name', example: { heading: '污点', opener: ['node.kubernetes.io/unreachable'], body: '节点出问题时会自动打上 node.kubernetes.io/unreachable 污点。' }, lookAlike: { heading: '存活探针', opener: ['livenessProbe'], body: 'livenessProbe（存活探针）检查容器是否还活着。' } },
  { name: 'phrase-around', example: { heading: 'kubectl 常用调试命令', opener: ['kubectl logs'], body: 'kubectl logs 读的是容器标准输出。' }, lookAlike: { heading: 'Init 容器', opener: ['Init Container'], body: 'Init Container 在应用容器之前按顺序运行。' } },
  { name: 'defined-apart', example: { heading: '节点本地缓存', opener: ['nameservers'], body: '`nameservers` 写上本地地址。节点本地缓存是一个跑在每个节点上的 DNS 代理。' }, lookAlike: { heading: '会话保持', opener: ['sessionAffinity'], body: '`sessionAffinity: ClientIP` 让同一个客户端一直打到同一个 Pod。' } },
];

/**
 * The ways a diary or an on-call log dates an entry: a calendar date (`3 月 20 日`, `3月15号`,
 * `2024-03-09`, `2024年3月9日`), a numbered day with its weekday (`D10 周三`), a weekday (`周五晚上`,
 * `星期天`). One table for both readings below.
 */
export const DATE_FORMS = String.raw`\d{1,2}\s*月\s*\d{1,2}\s*(?:[～~至到-]\s*\d{1,2}\s*)?[日号]|\d{4}[-/.年]\s*\d{1,2}[-/.月]\s*\d{1,2}|D\d{1,3}\s*(?:周|星期)|周[一二三四五六日]|星期[一二三四五六日天]`;
/**
 * A log's numbered parts (`Day 3`, `Experiment 2`, `Step 4`, `第三天`): a section heading's entry
 * marker, but not a date: `Part 1 CoreDNS` as a bold label names CoreDNS after its number.
 */
const NUMBERED_PART = String.raw`(?:Day|Week|Experiment|Exp|Part|Step)\s*\d+|第\s*[\d一二三四五六七八九十]+\s*[天周]`;
/** A diary's or a log's entry heading: a date, a day, a weekday, a numbered day, experiment or part. */
const DIARY_ENTRY = new RegExp(`^\\s*(?:${DATE_FORMS}|${NUMBERED_PART})(?![\\dA-Za-z])`, 'iu');
/**
 * A label that opens on a date or a diary's day (DATE_FORMS, `3月15日 周五 22:30`, `D10 周三 — 复盘`):
 * the entry of a diary or an on-call log, never the name of a thing, whatever follows the date.
 */
const DATED_LABEL = new RegExp(`^\\s*(?:${DATE_FORMS})`, 'u');

/** Whether a bold label or heading is dated: a diary's entry (DATED_LABEL). */
export function datedLabel(label: string): boolean {
  return DATED_LABEL.test(label.normalize('NFKC'));
}

/** What says a name is something, right after it opens a clause: a copula, 指, a gloss in parentheses. */
const SAID_TO_BE = /^\s*(?:\*\*)?\s*(?:就是|其实是|是|指的?是|指|即|也就是|[（(])/u;
/**
 * Words that make a heading's Chinese part a clause about its subject, not a name or a facet
 * (`Job 永远不结束`, `PVC 一直 Pending`, `Pod 被驱逐了`; not `Pod 开销`, `Ingress 上的 TLS`,
 * `CronJob 的并发策略`): a negation, an adverb of time or of repetition, a modal, a passive, 了.
 */
const CLAUSE_WORD = /[不没又被了]|一直|总是|永远|还在|还是|仍然|会|卡在|跑了/u;
/**
 * rules41: verbs saying what a thing does, right after the name that opens a clause (`**route
 * controller** 负责…`, `这个组件专门用来…`): the text explains the name as the doer of its own work.
 */
export const ROLE_VERBS: readonly string[] = ['负责', '专门负责', '用来', '用于', '专门用来', '的职责是', '的作用是', '的工作是'];
const ROLE_AFTER = new RegExp(`^\\s*(?:\\*\\*)?\\s*(?:${ROLE_VERBS.join('|')})`, 'u');
/** A copula and a value after it, then the clause ends (`是 Delete，`, `为 \`true\``). */
const VALUE_AFTER = /^\s*(?:是|为)\s*[`"“]?[A-Za-z0-9][\w.-]*[`"”]?\s*(?:[，。；,;、）)]|$)/u;
/** A comparison of two things in a heading: something, 比, something more (not 对比, 相比, 类比, 比较, 比如, 比例, 比率, 比值, 比特). */
const COMPARISON = /[A-Za-z0-9\u4e00-\u9fff]\s*(?<![对相类无好])比(?![较如例率值特重])\s*[A-Za-z0-9\u4e00-\u9fff`]/u;
/** Where a clause opens: the text's start, a line, a full stop, a semicolon, a comma or a colon. */
const CLAUSE_OPEN = /(?:^|[\n。！？；;，,：:])\s*(?:\*\*)?$/u;

/**
 * The shape by which `heading` (the raw title) names something else than the definition opening its
 * section, whose names are `opener`; `body` is the section's text. Undefined: the heading may be
 * the opener's other name.
 */
export function headingNamesApart(heading: string, opener: readonly string[], body: string): ApartShape['name'] | undefined {
  const raw = stripPictographs(heading.normalize('NFKC')).replace(/\s+/g, ' ').trim();
  if (DIARY_ENTRY.test(raw)) return 'diary-entry';
  const s = raw.replace(PREFIX, '').trim();
  const label = s.replace(/\s*[:：].*$/u, '').trim();
  const keys = new Set(opener.map((n) => n.normalize('NFKC').toLowerCase().replace(/\s+/g, '')));
  const isOpener = (n: string): boolean => keys.has(n.toLowerCase().replace(/\s+/g, '')) || (kindNamed(n) !== undefined && keys.has(kindNamed(n)!.toLowerCase()));
  if (label === '' || isOpener(label)) return undefined;
  // (rules40: `Route controller（路由控制器）` over a section opening on `spec.podCIDR`: a component named by
  // its sort is not another name of a field or a kind its section opens with; `VXLAN backend` over
  // `**VXLAN**：…` is the opener's, by the words before its sort)
  const component = componentHeading(raw);
  // (the opener's glosses count as its names: `ESO（External Secrets Operator，…）` under `External Secrets Operator`)
  const glossed = new Set(opener.flatMap((n) => [...n.normalize('NFKC').matchAll(/[（(]([^（）()]+)[）)]/gu)].flatMap((m) => m[1]!.split(/[，,、]/u))).map((g) => g.toLowerCase().replace(/\s+/g, '')));
  const openerNamed = (n: string): boolean => isOpener(n) || glossed.has(n.toLowerCase().replace(/\s+/g, ''));
  if (component && ![component.name, component.name.replace(/\s+\S+$/u, ''), component.gloss ?? ''].some((n) => n !== '' && openerNamed(n))) return 'component';
  if (kindNamed(label) !== undefined) return 'kind';
  if (phraseAround(label, opener)) return 'phrase-around';
  if (sortAfterName(label, opener, body)) return 'sort-after-name';
  // (resolve5: `镜像比 PVC 大`: 比 between two things, not in a word of its own: 对比, 相比, 比较, 比如, 比例…)
  if (COMPARISON.test(label)) return 'comparison';
  const subject = /^([A-Za-z][A-Za-z0-9]*)\s*([\u4e00-\u9fff].*)$/u.exec(label);
  if (subject && kindNamed(subject[1]!) !== undefined && !isOpener(subject[1]!) && !/[（(]/u.test(subject[2]!) && CLAUSE_WORD.test(subject[2]!)) return 'kind-subject';
  const text = body.normalize('NFKC');
  // (`**persistentVolumeReclaimPolicy（回收策略）**`: the definition glosses itself with the heading's name)
  if (opener.some((n) => n !== '' && new RegExp(`${escapeRegExp(n)}\\**\\s*[（(][^（）()]*${escapeRegExp(label)}`, 'iu').test(text))) return undefined;
  // (rules40: `### 多阶段构建` over `多阶段构建（multi-stage build）= …`: the heading names what the section
  // says it is, a term of its own, whatever definition opens the section)
  if (headingExplainedBelow(raw, text) !== undefined || properNameOpensSection(raw, text) !== undefined) return 'defined-apart';
  const low = text.toLowerCase();
  // (rules41: a heading glossed in parentheses, `Route controller（路由控制器）`, is said apart under
  // its name or its gloss: the text writes one of them, not both)
  const gloss = /^(.+?)\s*[（(]([^（）()]+)[）)]\s*$/u.exec(label);
  const names = gloss ? [label, gloss[1]!.trim(), gloss[2]!.trim()] : [label];
  if (gloss && names.slice(1).some((n) => isOpener(n))) return undefined;
  for (const name of names.map((n) => n.toLowerCase())) {
    if (name.length < 2) continue;
    for (let at = low.indexOf(name); at >= 0; at = low.indexOf(name, at + 1)) {
      const after = text.slice(at + name.length);
      if (/^[A-Za-z0-9\u4e00-\u9fff]/u.test(after) && /[A-Za-z0-9]$/.test(name)) continue;
      // (`回收策略是 Delete`: a value read off, not what the name is)
      if (CLAUSE_OPEN.test(text.slice(Math.max(0, at - 3), at)) && (SAID_TO_BE.test(after) || ROLE_AFTER.test(after)) && !VALUE_AFTER.test(after)) return 'defined-apart';
    }
  }
  return undefined;
}

/**
 * alias25: words of a heading that gathers several things around a name (`kubectl 常用调试命令`,
 * `Pod 相关命令`, `Service 排障笔记`): the heading is a topic, not another spelling of one of them.
 */
export const GATHERING_WORDS: readonly string[] = [
  '常用', '相关', '调试', '命令', '技巧', '用法', '总结', '小结', '汇总', '速查', '清单', '一览', '大全', '入门', '基础', '进阶', '实战', '实践', '排查', '排障', '笔记',
];
const GATHERING = new RegExp(GATHERING_WORDS.join('|'), 'u');

/**
 * alias25 `phrase-around`: a heading of Latin words then Chinese words whose Latin words are a proper
 * part of one of the opener's names (`kubectl` of `kubectl logs`), its Chinese words gathering things
 * (a genitive facet, `Pod 的生命周期` over `Pod phase`, is left to the other shapes).
 */
function phraseAround(label: string, opener: readonly string[]): boolean {
  const m = /^([A-Za-z][\w.-]*(?:\s+[A-Za-z][\w.-]*)*)\s*([\u4e00-\u9fff][\u4e00-\u9fff\s]*)$/u.exec(label);
  if (!m) return false;
  const words = m[1]!.toLowerCase().split(/\s+/);
  const rest = m[2]!.replace(/\s+/g, '');
  if (!GATHERING.test(rest)) return false;
  return opener.some((n) => {
    const ws = n.normalize('NFKC').toLowerCase().trim().split(/\s+/);
    return ws.length > words.length && words.every((w) => ws.includes(w));
  });
}

/**
 * alias25 `sort-after-name`: a heading of one to four Chinese characters that the section's text writes
 * right after one of the opener's Latin names (`node.kubernetes.io/unreachable 污点`): the sort of the
 * thing, which the name is one of.
 */
function sortAfterName(label: string, opener: readonly string[], body: string): boolean {
  if (!/^[\u4e00-\u9fff]{1,4}$/u.test(label)) return false;
  const text = body.normalize('NFKC');
  return opener.some((n) => /[A-Za-z0-9]$/.test(n) && new RegExp(`${escapeRegExp(n)}\\s*${escapeRegExp(label)}`, 'iu').test(text));
}

/**
 * rules40: headings that name a component by its sort. A Kubernetes expert reads `<X> controller`,
 * `<X> plugin`, `<X> backend` as the name of one component, not as a field `controller` of the
 * kind X nor as X itself (`### Route controller（路由控制器）`, `### Service controller`, `### VXLAN
 * backend`, `### Node lifecycle controller（云节点生命周期）`): the Latin words before the head noun
 * say which one, the head noun its sort, a gloss after it its Chinese name or a remark. Over the
 * development sets every such heading (16, in 7 sets) names a labelled thing.
 */
export const COMPONENT_HEADS: readonly string[] = [
  'controller', 'plugin', 'backend', 'driver', 'provider', 'manager', 'operator', 'proxy', 'agent',
  'webhook', 'injector', 'exporter', 'collector', 'daemon', 'profile', 'pool', 'gateway',
];

export interface ComponentShape {
  example: string;
  gives: { name: string; gloss?: string };
  lookAlike: string;
}

/** Examples and look-alikes (tests/unit/graph/miner-rules40.test.ts runs them). */
export const COMPONENT_SHAPES: readonly ComponentShape[] = [
  { example: '2.3 Endpoint controller（端点控制器）', gives: { name: 'Endpoint controller', gloss: '端点控制器' }, lookAlike: '2.3 the controller' },
  { example: 'Geneve backend', gives: { name: 'Geneve backend' }, lookAlike: 'backend 怎么选' },
];

/** Words that open English prose, not a name (`the controller`, `my plugin`, `how proxy works`). */
const PROSE_OPENERS = /^(?:the|a|an|my|our|your|this|that|these|those|how|why|what|when|which|who|each|every|some|any|no|other|more|about|with|without|for|from|to|in|on|of|and|or|is|are|use|using|write|writing)$/i;
const COMPONENT_HEADING = new RegExp(`^((?:[A-Za-z][\\w.+-]*\\s+){1,3}(?:${COMPONENT_HEADS.join('|')}))\\s*(?:[（(]([^（）()]{1,40})[）)])?$`, 'iu');

/**
 * The component a heading names by its sort (`Route controller（路由控制器）` → `Route controller`,
 * gloss `路由控制器`), or undefined. Numbering before it is dropped; the name is one to three Latin
 * words and a head noun of COMPONENT_HEADS (any case), nothing after it but a gloss.
 */
export function componentHeading(title: string): { name: string; gloss?: string } | undefined {
  const s = title.normalize('NFKC').replace(/\s+/g, ' ').trim().replace(PREFIX, '').trim();
  const m = COMPONENT_HEADING.exec(s);
  if (!m) return undefined;
  const name = m[1]!.trim();
  const words = name.split(' ');
  if (words.some((w) => PROSE_OPENERS.test(w))) return undefined;
  const gloss = m[2]?.trim();
  return gloss !== undefined && gloss !== '' ? { name, gloss } : { name };
}

/**
 * rules40: a name a heading presents with a word of genre, a group word or a rubric around it.
 *
 *   name-then-genre   a name, then words saying the section goes through the thing itself or its
 *                     parts (`cloudprovider.Interface 里有什么`, `metrics-server 读后感`, `Cilium 的组件`,
 *                     `bridge 插件的几个参数`): GENRE_AFTER_NAME. Not a facet that lists other things
 *                     (`kubectl config 常用命令`, `warm pool 相关的几个环境变量`, `kubeadm upgrade 的流程`).
 *   group-then-name   `其他几个 meta 插件`: the group the section goes through, named after 其他.
 *   rubric-then-name  a rubric and its colon before a noun phrase (`经典事故：volume node affinity
 *                     conflict`, `方案 B：外部会话存储（最终方案）`): RUBRIC_BEFORE_NAME; a clause after
 *                     the colon (`踩坑：改完 annotation 不生效`, `坑 3：LoadBalancer 一直 Pending`) names
 *                     nothing.
 * The name is Latin (one to three words, a dotted name, `cloudprovider.Interface`) with or without
 * a Chinese word of its sort (`bridge 插件`); after a rubric also a Chinese noun phrase or several
 * English words. A kind's name is left to the heading's own rules.
 */
export const GENRE_AFTER_NAME_WORDS: readonly string[] = [
  '里有什么', '有什么', '到底是什么', '到底是个什么东西', '是个什么东西', '的组件', '的组成', '由哪些部分组成',
  '读后感', '回顾', '详解', '简介', '入门', '初探', '简单了解', '长什么样', '解决什么问题', '到底解决什么问题',
  '的核心资源',
];
/** Words of a sort after a Latin name that make one name with it (`bridge 插件`, `VXLAN 后端`). */
export const NAME_SORT_WORDS: readonly string[] = ['插件', '控制器', '驱动', '组件', '接口', '机制', '模式', '模型', '后端'];
/** Rubrics before a colon whose section is about the thing named after it. */
export const NAME_RUBRICS: readonly string[] = ['经典事故', '事故', '经典案例', '案例', '报错', '错误', '术语', '概念', '方案\\s*[A-Z0-9一二三四五]'];

const LATIN_NAME = `[A-Za-z][\\w.+-]*(?: [A-Za-z][\\w.+-]*){0,2}`;
const SORTED_NAME = `${LATIN_NAME}(?:\\s*(?:${NAME_SORT_WORDS.join('|')}))?`;
/** `<name> 里有什么`, `<name> 的几个参数`, `<name>（的）组件`. */
const GENRE_AFTER_NAME = new RegExp(`^(${SORTED_NAME})\\s*(?:${GENRE_AFTER_NAME_WORDS.join('|')}|(?:的|里的?)?(?:几个|几种)(?:关键|重要|常用)?(?:参数|字段|组件|控制器|插件|接口|资源|子命令))$`, 'u');
const GROUP_BEFORE_NAME = new RegExp(`^其他(?:的|几个|几种)?\\s*(${LATIN_NAME}\\s*(?:${NAME_SORT_WORDS.join('|')}))$`, 'u');
const RUBRIC_BEFORE_NAME = new RegExp(`^(?:${NAME_RUBRICS.join('|')})\\s*[:：]\\s*(.+)$`, 'u');
/** A noun phrase after a rubric: a Chinese name (a remark in parentheses after it dropped), or English words. */
const RUBRIC_NAME = /^(?:[\u4e00-\u9fff]{2,8}|[A-Za-z][A-Za-z-]*(?: [A-Za-z][A-Za-z-]*){0,4})$/u;

/** What makes Chinese words after a rubric a clause, not a noun phrase: a genitive, a passive, a negation, a question word, a verb's particle. */
const CLAUSE_IN_PHRASE = /[的把被让吗呢了不没]|怎么|怎样|如何|为什么|什么|一直|总是/u;

function genreNames(s: string): PresentedName[] {
  const out: PresentedName[] = [];
  const latinOk = (name: string): boolean => kindNamed(name) === undefined && !isGenericLabel(name);
  const g = GENRE_AFTER_NAME.exec(s);
  if (g && latinOk(g[1]!.trim())) out.push({ label: g[1]!.trim(), shape: 'name-then-genre' });
  const o = GROUP_BEFORE_NAME.exec(s);
  if (o && latinOk(o[1]!.trim())) out.push({ label: o[1]!.trim(), shape: 'group-then-name' });
  const r = RUBRIC_BEFORE_NAME.exec(s);
  if (r) {
    let name = r[1]!.trim();
    const remark = /^(.+?)\s*[（(]([^（）()]+)[）)]$/u.exec(name);
    let gloss: string | undefined;
    if (remark) {
      name = remark[1]!.trim();
      if (!isRemark(remark[2]!.trim()) && GLOSS_NAME.test(remark[2]!.trim())) gloss = remark[2]!.trim();
    }
    if (RUBRIC_NAME.test(name) && !CLAUSE_IN_PHRASE.test(name) && !isGenericLabel(name) && kindNamed(name) === undefined) out.push({ label: gloss !== undefined ? `${name}（${gloss}）` : name, shape: 'rubric-then-name' });
  }
  return out;
}

/**
 * rules40: a heading that is a rubric and the name after its colon (`经典事故：volume node affinity
 * conflict`): the rubric names nothing, the name is read by headingPresents (rubric-then-name).
 */
export function rubricBeforeName(title: string): boolean {
  const s = title.normalize('NFKC').replace(/\s+/g, ' ').trim().replace(PREFIX, '').trim();
  return genreNames(s).some((n) => n.shape === 'rubric-then-name');
}

/**
 * rules40: a Chinese noun phrase as a heading whose section's first paragraph says what it is
 * (`### 多阶段构建` over `多阶段构建（multi-stage build）= …`, `## 镜像垃圾回收` over `…镜像垃圾回收的规则
 * 大概是：`): the name, followed in that paragraph by a gloss, a copula, `=`, a colon or 的 and a
 * word of its working (规则, 作用, 原理, 过程). Over dev … dev38 and dev45–dev50 such headings are
 * labelled 13 times in 9 sets; the name opens a clause there, so a Chinese heading the paragraph
 * only uses as a verb (`…就能扩容：`) or does not repeat (`扩展点`) is not read.
 */
export const EXPLAINED_AFTER = /^\s*(?:\*\*)?\s*(?:[（(]|的(?:规则|作用|意思|原理|过程|思路)|是|就是|指|=|[:：])/u;
/** A Chinese heading that is a noun phrase: two to eight characters, no clause word, no conjunction. */
const CHINESE_NOUN_PHRASE = /^[\u4e00-\u9fff]{2,8}$/u;
const CLAUSE_OR_JOIN = /[的把被让吗呢了不没和与及]|怎么|什么|如何|为什么/u;

export function headingExplainedBelow(title: string, firstParagraph: string): string | undefined {
  const name = title.normalize('NFKC').replace(/\s+/g, ' ').trim().replace(PREFIX, '').trim();
  if (!CHINESE_NOUN_PHRASE.test(name) || CLAUSE_OR_JOIN.test(name) || isGenericLabel(name)) return undefined;
  const text = firstParagraph.normalize('NFKC');
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    // (opening a clause: `…。镜像垃圾回收的规则…`, `**术语：** 多阶段构建（…）=`; not a verb in a clause, `就能扩容：`)
    const opens = /(?:^|[。！？；;，,:：\n])$/u.test(text.slice(0, at).replace(/[\s*]+$/u, ''));
    // (`回收策略是 Delete 时…`: a value read off, not what the name is)
    if (opens && EXPLAINED_AFTER.test(text.slice(at + name.length)) && !VALUE_AFTER.test(text.slice(at + name.length))) return name;
  }
  return undefined;
}

/**
 * rules40: a heading that is one capitalised word (`## 二、Calico`, `## Hubble`) names a project or a
 * kind of thing when its section opens on that word (`Calico 的核心思想：…`, `**Hubble**：…`): over
 * dev … dev38 and dev45–dev50 16 such headings in 11 sets, all labelled. A rubric in English
 * (`Overview`, `Troubleshooting`) is not repeated by the text under it.
 */
export function properNameOpensSection(title: string, firstParagraph: string): string | undefined {
  const name = title.normalize('NFKC').replace(/\s+/g, ' ').trim().replace(PREFIX, '').trim();
  // (a kind, `0x04 Pod`, is the heading's own rules')
  if (!/^[A-Z][a-z]{2,}$/.test(name) || isGenericLabel(name) || kindNamed(name) !== undefined) return undefined;
  const text = firstParagraph.normalize('NFKC').trim().replace(/^(?:\*\*|`)/, '');
  return text.toLowerCase().startsWith(name.toLowerCase()) && !/^[A-Za-z0-9_-]/.test(text.slice(name.length)) ? name : undefined;
}

/**
 * topics47: the rule of a term a plain heading made in the shape `<Latin name> <Chinese head>`
 * (label-rules.ts HEADING_TERM_SHAPES `latin-with-chinese-head`: `allow-nothing 策略`, `cosign 签名`,
 * `instancetype 冲突`), directly or after a subtitle or a question was set off; not a name a longer
 * heading presents (`heading-presents`, `bridge 插件` in a list of plugins).
 */
export function headingNameHead(rule: string): boolean {
  return /^heading → (?:.* → )?heading-latin-with-chinese-head$/.test(rule);
}

/** The Latin name before a short Chinese head (`allow-nothing 策略` → `allow-nothing`), else undefined. */
export function latinBeforeChineseHead(label: string): string | undefined {
  return /^([A-Za-z][\w.+-]*(?: [A-Za-z][\w.+-]*)?)\s*[\u4e00-\u9fff]{1,4}$/u.exec(label.normalize('NFKC').trim())?.[1];
}

/**
 * reader11: a heading over a series of definitions written alike (`## RBAC` over `**Role：**…` and
 * `**RoleBinding：**…`; `## 术语表`, `## 整体结构`, `## 考试常用命令` over several bold labels)
 * names the area the series belongs to, not the first definition of it: it is no other name of the
 * opener when it shares no word with any of the opener's names. A heading that does share one stays
 * the opener's other name, as before (`## QoS 类别` over `**QoS class**：…` then `**Guaranteed**：…`,
 * `## Eviction API` over `**Eviction**：…`). Over the design sets (bench/miner-aliases.mjs, docs/miner.md
 * "reader11") such a heading was another name of the opener once in about twenty-three.
 */
export const SERIES_HEADINGS: readonly { heading: string; opener: string[]; apart: boolean }[] = [
  { heading: 'RBAC', opener: ['Role'], apart: true },
  { heading: '0x00 背景', opener: ['LoadBalancer'], apart: true },
  { heading: '术语表', opener: ['身份（Identity）'], apart: true },
  { heading: 'QoS 类别', opener: ['QoS class（服务质量类别）'], apart: false },
  { heading: 'Eviction API', opener: ['Eviction'], apart: false },
  { heading: '级联删除三种模式', opener: ['级联删除（cascading deletion）'], apart: false },
  { heading: 'Windows 版 kube-proxy', opener: ['winkernel 模式'], apart: true },
  { heading: '原地调整（In-place Pod Resize）', opener: ['InPlacePodVerticalScaling'], apart: false },
];

/**
 * The words of a name: Latin words of two letters or more, a camel-case name split into its words
 * (`InPlacePodVerticalScaling` → in, place, pod, …), lower case; and every pair of adjacent Chinese characters.
 */
function nameWords(name: string): Set<string> {
  const s = name.normalize('NFKC').replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2').toLowerCase();
  const out = new Set<string>();
  for (const m of s.matchAll(/[a-z0-9]{2,}/g)) out.add(m[0]);
  for (const m of s.matchAll(/[\u4e00-\u9fff]+/gu)) for (let i = 0; i + 1 < m[0].length; i++) out.add(m[0].slice(i, i + 2));
  return out;
}

/**
 * Whether `heading` (its raw title) names the area of a series its section defines rather than the
 * series' first definition, whose names are `opener` (SERIES_HEADINGS): no word in common.
 */
export function headingOverSeries(heading: string, opener: readonly string[]): boolean {
  const words = nameWords(heading.normalize('NFKC').replace(PREFIX, ''));
  if (words.size === 0) return false;
  return !opener.some((n) => [...nameWords(n)].some((w) => words.has(w)));
}

/**
 * prec35: a numbered section of an outline (`## 2. Update 策略`, `### 2.2 keyless 签名`, `## 三、kubeconfig 文件`,
 * `## 三、GPU 资源`) whose title is a Latin name and a Chinese head (label-rules.ts HEADING_TERM_SHAPES
 * `latin-with-chinese-head`) says which part of the chapter follows: the name before the head is the
 * section's subject, the phrase no new term. Unnumbered headings of that shape stay terms (`## HA 模式`,
 * `### worker 节点`, `## Kubernetes 插件`: all labelled). Counted on all 104 dev sets, each chapter alone
 * (base 24e84696): 12 false positives in 11 chapters of 10 sets, no label lost. Only the plain heading
 * rule: a name a question asks about or a subtitle sets off is judged by its own shape.
 */
export const NUMBERED_SECTION_PHRASE = {
  name: 'heading-numbered-phrase',
  /** `2. `, `1.2 `, `2.2 `, `三、`, `(二)`: an outline's number before the heading's words (not a letter: `## E. QoS 等级（QoS class）`). */
  number: /^\s*(?:\d+(?:\.\d+)*[.、)）]\s*|\d+(?:\.\d+)+\s+|[(（]?[一二三四五六七八九十]+[、.)）]\s*)(?=\S)/u,
  /**
   * The same part numbered by a rubric before the heading's colon (`## 第 5～6 天：arm64 节点池`, `### 第 3 天补充：VPA 推荐值`,
   * `#### 10:15 第 11 题：etcd 备份`, `## 表三：Pod 反亲和`, `## 实验二：Init 容器`), for the name the subtitle sets off:
   * 4 false positives and 1 duplicate in 5 sets, no label lost (`第 2 天：Multi-Attach error`, `表二：topologySpreadConstraints`,
   * `实验四：shareProcessNamespace` are other shapes and stay).
   */
  rubric: /^(?:.*第\s*[\d一二三四五六七八九十百～~\-–]+\s*[天题周日回课讲章节步]|表\s*[\d一二三四五六七八九十]+|实验\s*[\d一二三四五六七八九十]+)[^:：]*[:：]/u,
  why: "a numbered section's title (`2. Update 策略`): the part of the chapter about a name, no new term",
} as const;

/** The heading as written opens on an outline's number (NUMBERED_SECTION_PHRASE). */
export function numberedSection(title: string): boolean {
  return NUMBERED_SECTION_PHRASE.number.test(title.normalize('NFKC'));
}

/**
 * prec37: the heading shapes whose title, in a numbered section or a diary's entry, is the part of the
 * chapter about a name and no new term, with the markers each is read with (`number`:
 * NUMBERED_SECTION_PHRASE.number; `diary`: a log's day or step, DIARY_ENTRY). `## 三、kubeconfig 文件` since
 * prec35; a Chinese word before a known Latin name in a diary's entry (`## Day 5：演练 Restore`, `## Day 6：校验
 * marker`, `### 第 3 天：扩容 PVC`) since prec37: 3 false positives in 3 sets (dev20, dev36, dev104), no label lost,
 * each chapter alone on the 104 readable dev sets (base af043eba). Not by an outline number: `### 3.2 类型级 marker`
 * (dev47) is one false positive, but dev's `### 4.2 默认 StorageClass` is a label (measured: the label lost and
 * the annotation it attached to left a false positive). A diary's entry over a Latin name and a Chinese head
 * (`## 第 2 天：Multi-Attach error`, prec35's look-alike) is not read.
 */
export const NUMBERED_SECTION_SHAPES: Readonly<Record<string, readonly ('number' | 'diary')[]>> = {
  'latin-with-chinese-head': ['number'],
  'chinese-modifier-latin-head': ['diary'],
};

/** The heading as written (`title`), of the label shape `shape`, opens a numbered section or a diary's entry (NUMBERED_SECTION_SHAPES). */
export function numberedSectionTitle(shape: string, title: string): boolean {
  const marks = NUMBERED_SECTION_SHAPES[shape] ?? [];
  const t = title.normalize('NFKC');
  return (marks.includes('number') && NUMBERED_SECTION_PHRASE.number.test(t)) || (marks.includes('diary') && DIARY_ENTRY.test(t));
}

/** The heading as written opens on a numbered rubric before its colon (`第 3 天：`, `表三：`, `实验二：`; NUMBERED_SECTION_PHRASE.rubric). */
export function numberedRubricBeforeColon(title: string): boolean {
  return NUMBERED_SECTION_PHRASE.rubric.test(title.normalize('NFKC'));
}

/**
 * alias35 (docs/miner.md "alias35"): a short heading over the concept its section opens with is that
 * concept's other name (stages/mine.ts `heading-alias`) unless the heading says something or names
 * something else. Counted on all dev sets (`node bench/heading-alias-shapes.mjs`, each chapter alone), the
 * rule's wrong aliases by what an expert sees: the heading is a sentence, a step or a closing rubric
 * (`装完集群第一件事`, `给 Pod 加容忍`, `写在最后`, `它不用 StatefulSet`), or a name in the language the concept
 * is already named in that has nothing of its names (`pod-kill` over gracePeriod, `谁来判定 NotReady` over
 * 节点生命周期控制器, `依赖` over 子 chart, `VXLAN` over VTEP). Each shape is data with an example and a
 * look-alike (tests/unit/graph/miner-alias35.test.ts runs both):
 *
 *   clause         the heading holds a word that makes it a sentence, not a name (CLAUSE_WORDS: a pronoun
 *                  or a question word, a particle, a verb of causing or giving, a negated wish, a word of
 *                  the text's own course, a comparison).
 *   names-another  the concept already has a name in the heading's script (a Chinese heading over a
 *                  concept with a Chinese name, a Latin one over a concept with a Latin name), and the
 *                  heading shares no word with any of its names, is no part, extension or initials of
 *                  one: a translation names the concept in the other language (`会话保持` over
 *                  sessionAffinity stays), a second unrelated name in the same one names another thing.
 *   named-later    (mend50) a Chinese heading over a concept named only in Latin, sharing no Latin word with its
 *                  names (`8.3 索引任务` over NonIndexed), whose section writes other Latin names first (API
 *                  kinds aside) and comes to the concept only after them (`…把 completionMode 设成 Indexed。…
 *                  默认的模式叫 NonIndexed`): the heading may translate any of the names before it — here the
 *                  value the section is about, Indexed — and the concept is one more thing said under it, not
 *                  what the heading translates. A translation stays where the section opens on the concept
 *                  (`会话保持` over `` `sessionAffinity: ClientIP` 让… ``, `默认后端` over `**defaultBackend**：…`).
 *                  Counted on all 143 dev sets (bench/heading-alias-shapes.mjs, docs/miner.md "mend50").
 *
 * None removes a heading the section writes right beside one of the concept's names
 * (`sessionAffinity（会话保持）`, `pod-kill 的 gracePeriod` is not beside): the text ties them there.
 */
export interface NotANameHeadingShape {
  name: 'clause' | 'names-another' | 'named-later';
  /** A heading, the names its section opener has, the section's text. */
  example: { heading: string; names: string[]; body: string };
  lookAlike: { heading: string; names: string[]; body: string };
}

/**
 * Words that make a heading a sentence, each list a sort of them. Counted against all the dev labels' names
 * and `also` (24,579): none of these words is in one but for 被 (`被隔离`, `被动健康检查`), left out, and 的,
 * which field-gloss.ts GENITIVE_HEADING reads apart. 给 after 供 is 供给 (`动态供给`), a name.
 */
export const CLAUSE_WORDS: readonly { sort: string; re: RegExp }[] = [
  { sort: 'pronoun or question word', re: /[它谁你我]|怎么|怎样|如何|为什么|为啥|什么|哪/u },
  { sort: 'particle', re: /[吗呢了]/u },
  { sort: 'verb of causing or giving', re: /[让把]|(?<!供)给/u },
  { sort: 'a wish or a want, negated', re: /不想|不用|不要|不让/u },
  { sort: 'the text\'s own course', re: /写在最后|第一件事|顺便|再说|本身/u },
  { sort: 'comparison', re: /对比|从.+到/u },
];

export const NOT_A_NAME_HEADINGS: readonly NotANameHeadingShape[] = [
  {
    name: 'clause',
    example: { heading: '装完集群第一件事', names: ['metrics-server'], body: 'metrics-server 是集群里资源指标的聚合器。' },
    lookAlike: { heading: '会话保持', names: ['sessionAffinity'], body: '`sessionAffinity: ClientIP` 让同一个客户端一直打到同一个 Pod。' },
  },
  {
    name: 'names-another',
    example: { heading: 'pod-kill', names: ['gracePeriod'], body: '`gracePeriod` 是杀掉 Pod 前等待的秒数。' },
    lookAlike: { heading: 'VPA', names: ['VerticalPodAutoscaler'], body: '**VerticalPodAutoscaler**：按用量调 requests。' },
  },
  {
    name: 'named-later',
    example: { heading: '分区滚动', names: ['maxUnavailable'], body: 'StatefulSet 可以用 partition 只更新序号大的 Pod，一批一批推进。另外 maxUnavailable 限制同时不可用的个数。' },
    lookAlike: { heading: '分区滚动', names: ['partition'], body: 'StatefulSet 可以用 partition 只更新序号大的 Pod，另外 maxUnavailable 限制同时不可用的个数。' },
  },
];

// (the words of a name: nameWords above, as the series headings compare them)
/** `Vertical Pod Autoscaler`, `VerticalPodAutoscaler`, `OpenID Connect` → their capitals (`vpa`, `oidc`). */
const capitals = (n: string): string => (n.normalize('NFKC').match(/[A-Z]|\b[a-z]/g) ?? []).join('').toLowerCase();

/** Whether the text writes `heading` right beside one of `names` (at most a few characters between). */
function writtenBeside(heading: string, names: readonly string[], body: string): boolean {
  const text = body.normalize('NFKC').toLowerCase();
  const h = heading.normalize('NFKC').toLowerCase();
  const at = (s: string): number[] => { const out: number[] = []; for (let i = text.indexOf(s); i >= 0 && s !== ''; i = text.indexOf(s, i + 1)) out.push(i); return out; };
  const hs = at(h);
  if (hs.length === 0) return false;
  return names.some((n) => {
    const k = n.normalize('NFKC').toLowerCase();
    return k !== '' && at(k).some((i) => hs.some((j) => (j >= i + k.length ? j - (i + k.length) : i - (j + h.length)) <= 6));
  });
}

/** A Latin name as the text writes it, two characters or more (`completionMode`, `batch.kubernetes.io/job-completion-index`). */
const WRITTEN_LATIN_NAME = /(?<![A-Za-z0-9_])[A-Za-z][A-Za-z0-9_.\/-]*[A-Za-z0-9_]/gu;

/** The Latin words of a name (nameWords without the Chinese ones): `NonIndexed` → non, indexed. */
const latinWords = (name: string): string[] => [...nameWords(name)].filter((w) => /^[a-z0-9]+$/.test(w));

/**
 * mend50 `named-later`: whether the Chinese heading `h`, writing no Latin name of the concept's (`names`, all Latin),
 * sits over a section whose text (`body`) writes another Latin name (not an API kind) before the first that is the
 * concept's — one of its names, a part of one or one holding it, or a name sharing a word with them — and does not
 * write the heading right beside such a name, in the same sentence (`临时容器（Ephemeral Container）`: a gloss of it).
 */
function namedLater(h: string, names: readonly string[], body: string): boolean {
  const own = new Set(names.flatMap(latinWords));
  const keys = names.map((n) => normKey(n)).filter((k) => k !== '');
  const ofConcept = (t: string): boolean => {
    const k = normKey(t);
    return keys.some((n) => n === k || (k.length >= 3 && n.includes(k)) || (n.length >= 3 && k.includes(n))) || latinWords(t).some((w) => own.has(w));
  };
  // (a heading that writes a Latin name of the concept's, `QoS 类别` over qosClass, names it: kept)
  if ([...h.normalize('NFKC').matchAll(WRITTEN_LATIN_NAME)].some((m) => ofConcept(m[0]))) return false;
  const text = body.normalize('NFKC');
  const mine = [...text.matchAll(WRITTEN_LATIN_NAME)].filter((m) => ofConcept(m[0]));
  const first = mine[0];
  if (first === undefined) return false;
  const before = [...text.slice(0, first.index).matchAll(WRITTEN_LATIN_NAME)].filter((m) => kindNamed(m[0]) === undefined);
  if (before.length === 0) return false;
  const low = text.toLowerCase();
  const key = h.toLowerCase();
  // (beside: at most a few characters between, none that ends a sentence — `regarding。\n\n事件默认…` is not beside)
  const beside = (from: number, to: number): boolean => to - from <= 6 && !/[。！？!?；;\n]/u.test(text.slice(Math.max(0, from), Math.max(0, to)));
  for (let j = low.indexOf(key); j >= 0; j = low.indexOf(key, j + 1)) {
    if (mine.some((m) => (j >= m.index + m[0].length ? beside(m.index + m[0].length, j) : beside(j + key.length, m.index)))) return false;
  }
  return true;
}

/**
 * The shape by which an unglossed heading is no other name of the concept its section opens with, whose
 * names are `names` (NOT_A_NAME_HEADINGS); `body` is the section's text. Undefined: the rule's alias stands.
 */
export function headingNotAName(heading: string, names: readonly string[], body: string): NotANameHeadingShape['name'] | undefined {
  const h = heading.normalize('NFKC').replace(/\s+/g, ' ').trim();
  const known = names.filter((n) => n.trim() !== '');
  if (h === '' || known.length === 0 || writtenBeside(h, known, body)) return undefined;
  if (CLAUSE_WORDS.some((w) => w.re.test(h))) return 'clause';
  const zh = /[\u4e00-\u9fff]/u;
  if (zh.test(h) && !known.some((n) => zh.test(n)) && namedLater(h, known, body)) return 'named-later';
  if (!known.some((n) => zh.test(n) === zh.test(h))) return undefined;
  const key = normKey(h);
  const words = nameWords(h);
  const related = known.some((n) => {
    const k = normKey(n);
    return k !== '' && (k.includes(key) || key.includes(k) || capitals(n) === key || [...nameWords(n)].some((w) => words.has(w)));
  });
  return related ? undefined : 'names-another';
}
