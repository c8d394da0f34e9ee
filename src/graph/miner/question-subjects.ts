/**
 * The names a question asks about (a question heading, `### Q4：ndots 是什么意思？`, or a bold
 * question set as one in interview notes, `**Q7：Matrix generator 是什么？**`): the answer under the
 * question explains them, so the question presents them as the section's subject (label
 * conventions: "Headings that contain a concept name as their subject are left out of `not`").
 *
 * Each shape is data: a phrasing (a regular expression whose first group is the subject) and an
 * example with a look-alike the unit tests run. A subject joining several names (`A 和 B 有什么区别`)
 * asks about none alone (rules29 tried each: the names were found by their own definitions, and a
 * short name there, `XRD`, became a second concept beside the one defined under it). A question about a phrase (`探针到底在探什么？`,
 * `为什么要自己加资源类型？`), about the writer's situation (`镜像拉不下来怎么办？`) or a yes/no
 * question (`StatefulSet 能替代 Operator 吗？`: its object is no subject) asks about no name.
 *
 *   what-is         `X 是什么` / `X 是干嘛的` / `X 有哪几种` / `X 指的是什么` (rules2, rules9, rules14)
 *   what-is-prefix  `什么是 X`
 *   what-for        rules29: what the name does or is for — `X 有什么用`, `X 管的是谁`, `X 起什么作用`,
 *                   `X 扮演什么角色`, `X 是怎么工作的`, `X 是怎么来的`, `X 到底检查了什么`, `X 解决了什么问题`,
 *                   `X 有哪些来源`, `X 由哪些组件组成`, `X 什么时候起作用`
 *   why-needed      rules29: `为什么需要 X`, `有了 Y 为什么还要 X`, `为什么要关掉 X`: the name is
 *                   what the answer argues for (`为什么 Pod 里的程序需要身份` asks about no name)
 *   bare-name       rules29: a question that is a name written with a Latin word and nothing else
 *                   (`Q7：Webhook token 认证？`); a Chinese phrase alone (`一句话总结？`) is none
 *
 * A subject written as a genitive names its second part when that is a Latin name (`Service 的
 * sessionAffinity 是什么` → sessionAffinity) and its first when the second is a Chinese facet of it
 * (`Git generator 的两种模式有什么区别`, `Sealed Secrets 的原理是什么` → the name): the facet is no name.
 */
import type { Paragraph, PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { isGenericLabel } from '../labels.ts';
import { everydayEnglish } from './english-words.ts';
import { conjuncts, notAConcept } from './label-rules.ts';
import { UNIVERSAL_KEYS } from './object-keys.ts';
import { fieldsNamed, kindNamed } from '../vocabulary/index.ts';

export interface QuestionShape {
  name: string;
  re: RegExp;
  example: string;
  lookAlike: string;
}

/**
 * What a name is or does (rules2 … rules14; rules29 adds the what-for phrasings). rules51: `是个啥` beside `是啥`, and
 * `啥` a question word like `什么` in NOT_A_NAME and QUESTION_WORD — `StatefulSet 到底是个啥？` was read as the bare name
 * `StatefulSet 到底是个啥` (a Latin name and a five-character Chinese head): over the 26 dev sets that write 啥, that
 * one false positive (dev147) was the only outcome the change moved.
 */
const WHAT_IS = '是什么意思|是什么东西|是什么|是个啥|是啥|是干嘛的|是干什么的|是做什么的|是怎么回事|有哪些取值|(?:有哪几种|分哪几种|有几种|分几种)(?:类型|种类|来源|取值)?|指什么|指的是什么';
const WHAT_FOR =
  '是(?:拿|用)来(?:干嘛|做什么|干什么)的|有什么用|有啥用|有什么作用|起什么作用|扮演什么角色|管什么|管的是什么|管的是谁|' +
  '是怎么(?:工作|来|实现|认证|隔离)的|怎么工作|的原理是什么|解决(?:的是|了)什么问题?|(?:检查|做|干|影响|回收)了?什么|' +
  '有哪些(?:来源|字段|关键字段|组件)?|由哪些(?:组件|部分)组成|什么时候(?:起作用|生效|更新)';
const ADVERB = '(?:又|到底|究竟|其实|具体|主要|分别)?';
export const QUESTION_SHAPES: readonly QuestionShape[] = [
  {
    name: 'what-is',
    re: new RegExp(`^(.+?)\\s*${ADVERB}\\s*(?:${WHAT_IS})$`, 'u'),
    example: 'Q3：hostAliases 到底是干嘛的？',
    lookAlike: 'Q3：这个参数到底是干嘛的？',
  },
  {
    name: 'what-is-prefix',
    re: /^(?:什么是|啥是|何为)\s*(.+)$/u,
    example: '什么是 PodDisruptionBudget？',
    lookAlike: '什么是好的监控？',
  },
  {
    name: 'what-for',
    re: new RegExp(`^(.+?)\\s*${ADVERB}\\s*(?:${WHAT_FOR})$`, 'u'),
    example: 'Q4：admissionReviewVersions 管的是什么？',
    lookAlike: '探针到底在探什么？',
  },
  {
    name: 'why-needed',
    re: /^(?:.*[，,]\s*|有了\s*\S+\s*)?为什么(?:还|也|一定)?(?:需要|要|必须|得)(?:用|关掉|关闭|打开|开启|加上?)?\s*(.+)$/u,
    example: '有了 Deployment 为什么还要 StatefulSet？',
    lookAlike: '为什么要自己加资源类型？',
  },
  {
    // rules39: `一个 CRD 长什么样`, `生成出来的 CRD 长什么样`: the section shows the thing (an example of it);
    // one Latin name (`一个 prod overlay`: a modifier and a name) after a quantifier or a Chinese modifier, not a genitive of
    // another name (`Pod 的 YAML 长什么样`, `Service 的域名长什么样`: a facet). Over the development sets
    // every such one-word subject is labelled in its chapter (5 of 5).
    name: 'looks-like',
    re: /^(?:[一二三四五六七八九十]+、\s*)?(?:一个|这个|一份|一条|一段)?\s*(?:[\u4e00-\u9fff]{1,8}的\s*)?([A-Za-z][\w.-]*)\s*(?:到底|究竟|具体|大概)?\s*长(?:什么|啥)样子?$/u,
    example: '3.2 一个 NetworkPolicy 长什么样？',
    lookAlike: '3.2 Pod 的 YAML 长什么样？',
  },
  {
    name: 'bare-name',
    re: /^([A-Za-z`].*)$/u,
    example: 'Q7：Webhook token 认证？',
    lookAlike: 'Q9：一句话总结？',
  },
];

/** A Latin-led name (`ndots:5` → ndots, `` `pods insecure` ``, `status.observedGeneration`). */
const ASKED_LATIN = /^`?([A-Za-z][\w.\-/]*(?: [A-Za-z][\w.\-/]*){0,2})(?:[:=][\w.-]+)?`?$/;
/** rules29: a Latin name with a Chinese head noun (`pause 容器`, `X.509 客户端证书`, `Webhook token 认证`). */
const ASKED_MIXED = /^([A-Za-z][\w.\-/]*(?: [A-Za-z][\w.\-/]*){0,2}\s*([\u4e00-\u9fff]{2,5}))$/u;
/**
 * A Chinese name (rules9): the whole subject (`级联删除有几种？`), or a quoted name after a genitive
 * (`StatefulSet 的"稳定网络标识"具体指什么？`).
 */
const ASKED_CHINESE = /^(?:["“「]([\u4e00-\u9fff]{2,8})["”」]|([\u4e00-\u9fff]{2,8}))$/u;
const ASKED_QUOTED_AFTER_GENITIVE = /^[^"“「]+的\s*["“「]([\u4e00-\u9fff]{2,8})["”」]$/u;
/** A name glossed in parentheses (`多租户（multi-tenancy）`, `托管资源（Managed Resource）`): judged by its name. */
const GLOSS = /\s*[（(][^（）()]{1,40}[）)]$/u;
/** Where the question puts the name (`Prometheus 在这里扮演什么角色`): no part of it. */
const HERE = /\s*(?:在这里|在这儿|这里)$/u;
/**
 * Words no Chinese name (or Chinese head of a mixed one) holds: a demonstrative or the writer (`这个
 * 参数`, `自己加资源类型`, `CSR 这个对象`), a clause (`改了配置`), a question word (`HTTPS 怎么配`), a
 * time or place after a name (`Ingress 之后`, `conditions 字段上`).
 */
const NOT_A_NAME = /[这那该此其它哪每各]|自己|的|了|吗|呢|什么|啥|怎么|如何|多少|几|谁|[，,。、]|之后|以后|之前|[上里中下]$/u;

/**
 * struct24: a Chinese subject that is a clause, not a name: it opens with a verb of having or of
 * talking (`为什么要有启动探针` asks why one has a startup probe, `为什么要聊多租户`), counts things
 * (`三个组件分别是什么`: the answer names them), or ends in a
 * word left over from the question (`平台工程到底在做什么`: `…到底在`). Names that open with such a
 * character are words of their own (有状态应用, 有效, 有序部署).
 */
const CLAUSE_SUBJECT = /^(?:有(?!状态|效|序|限|向)|没有|聊|讲|谈|搞|[一二两三四五六七八九十几\d]+\s*[个种类条项大])|(?:在|到底|究竟|其实)$/u;

interface AskOptions {
  /** Read a genitive (`X 的 Y`) for its name. */
  genitive?: boolean;
}

/** The name a subject is, or undefined when it is a phrase. */
export function askedName(subject: string, opts: AskOptions = {}): string | undefined {
  const s = subject.trim().replace(GLOSS, '').replace(HERE, '');
  const latin = ASKED_LATIN.exec(s);
  if (latin) return latin[1]!;
  const zh = ASKED_CHINESE.exec(s) ?? ASKED_QUOTED_AFTER_GENITIVE.exec(s);
  if (zh) {
    const name = zh[1] ?? zh[2]!;
    return !isGenericLabel(name) && !NOT_A_NAME.test(name) && !CLAUSE_SUBJECT.test(name) ? name : undefined;
  }
  const mixed = ASKED_MIXED.exec(s);
  if (mixed && !isGenericLabel(mixed[2]!) && !NOT_A_NAME.test(mixed[2]!) && notAConcept(mixed[1]!) === undefined && notAConcept(mixed[2]!) === undefined) return mixed[1]!;
  if (opts.genitive === false) return undefined;
  // `Service 的 sessionAffinity` → sessionAffinity; `Sealed Secrets 的原理`, `Git generator 的两种模式` → the name
  const gen = /^(.+?)\s*的\s*(.+)$/u.exec(s);
  if (gen && !/["“「]/u.test(gen[2]!)) {
    // (not a kind after the genitive: `type=LoadBalancer 的 Service`, `StatefulSet 的 Pod` are kinds of it)
    const second = ASKED_LATIN.exec(gen[2]!.trim());
    if (second) return kindNamed(second[1]!) === undefined ? second[1]! : undefined;
    if (/^[一二两三四五六七八九十几\d]?\s*[种个类]?[\u4e00-\u9fff]{1,6}$/u.test(gen[2]!.trim())) return ASKED_LATIN.exec(gen[1]!.trim())?.[1];
  }
  return undefined;
}

/**
 * rules32: a field asked about through its kind's genitive (`ResourceQuota 的 scopes 有什么用`, `LimitRange 的 max 和
 * ResourceQuota 的 hard 有什么不同`, `PDB 的 minAvailable 和 maxUnavailable 怎么选`): `K 的 f`, where K names an API kind
 * (kindNamed: `PDB` too) and the API has f as a field of that kind, names f whatever the phrasing — the kind says
 * which field the word is, so neither an everyday word (`scopes`, `max`) nor a pair of names nor a phrasing the shapes
 * above do not read leaves it unread. Not when the field holds what is asked (`Pod 的 securityContext 里 runAsNonRoot
 * 和 runAsUser 有什么区别`, `CRD 的 spec 里最重要的几个字段`: followed by 里 / 中 / 下). Read only when no shape above
 * found the part's name. Over the 98 dev sets (docs/miner.md "rules32"): such a field not read otherwise is a label 9
 * times (5 found by other rules, 4 missed) and no label's 0 times; the holder look-alike 0 / 1 / 2.
 */
export const OWNER_FIELD_QUESTION = {
  name: 'owner-field',
  re: /(?<![\w./:-])([A-Za-z][A-Za-z0-9]*)\s*的\s*([a-z][A-Za-z0-9]*)(?![\w./:-])(?!\s*(?:里面|里|中|下))/gu,
  example: 'Q7：ResourceQuota 的 scopes 有什么用？',
  lookAlike: 'Q8：Pod 的 securityContext 里 runAsNonRoot 和 runAsUser 有什么区别？',
} as const;

/** The fields a question part asks about through their kind (OWNER_FIELD_QUESTION), in order, with the kind. */
export function ownerFieldsAsked(part: string): { name: string; owner: string }[] {
  const out: { name: string; owner: string }[] = [];
  for (const m of part.matchAll(OWNER_FIELD_QUESTION.re)) {
    const kind = kindNamed(m[1]!);
    // (a key every object has, `PDB 的 status`, `CRD 的 spec`, explains the object)
    if (kind === undefined || UNIVERSAL_KEYS.has(m[2]!)) continue;
    if (fieldsNamed(m[2]!).some((o) => o.owner === kind && o.name === m[2]!)) out.push({ name: m[2]!, owner: kind });
  }
  return out;
}

/** The parts of a subject joining several names (`A 和 B`, `A、B、C`, `A / B`). */
const JOINED = /\s*(?:和|与|跟|及|、|\/|／|&)\s*/u;
/** A question word: a question holding one is no bare name (`HTTPS 怎么配？`, `subPath 有什么坑？`). */
const QUESTION_WORD = /什么|啥|怎么|怎样|如何|哪|几|吗|呢|谁|多少|为什么|为啥/u;

/** A question's words without its numbering (`Q4：`, `0x03`) and a lead-in before a full-width colon (`Day 2：`, `第二天：`). */
function questionText(question: string): string {
  return question
    .replace(/^\s*(?:Q\d+(?:\.\d+)?|问|0x[0-9a-f]+|\d+(?:\.\d+)*)\s*[:：.、)]?\s*/iu, '')
    .replace(/^[^?？:：]{1,12}：\s*(?=.*[?？])/u, '')
    .normalize('NFKC');
}

/** The names a question (a heading's text or a bold question's) asks about, with the shape that read each. */
export function questionSubjects(question: string): { name: string; rule: string; owner?: string }[] {
  const s = questionText(question);
  const out: { name: string; rule: string; owner?: string }[] = [];
  const parts = s.split(/[?？]/u).map((x) => x.trim()).filter((x) => x !== '');
  for (const q of parts) {
    const before = out.length;
    for (const shape of QUESTION_SHAPES) {
      // (a bare name is only read as the whole question, with no question word: `Q7：Webhook token 认证？`)
      if (shape.name === 'bare-name' && (parts.length > 1 || QUESTION_WORD.test(q) || !/[?？]/u.test(question))) continue;
      const m = shape.re.exec(q);
      if (!m) continue;
      const subject = m[1]!.trim();
      const asked = askedName(subject, shape.name === 'bare-name' ? { genitive: false } : {});
      // (after 要 / 需要, a Chinese word of two or three characters is as often a verb or an adjective,
      // `为什么要关心`, `为什么要多阶段`, as a name, `为什么要哈希后缀`)
      if (shape.name === 'why-needed' && asked !== undefined && /^[\u4e00-\u9fff]{1,3}$/u.test(asked)) continue;
      // (an everyday English word alone, `token 是怎么来的`, is as often the writer's word as a name: rules29's shapes leave it)
      const everyday = asked !== undefined && shape.name !== 'what-is' && shape.name !== 'what-is-prefix' && /^[a-z]+$/.test(asked) && everydayEnglish(asked);
      if (asked && !everyday && !JOINED.test(asked) && !/\s(?:or|and)\s/u.test(asked)) {
        out.push({ name: asked, rule: shape.name });
        break;
      }
    }
    // (only in a question: a heading `PDB 的 status 怎么看` asks nothing, and was never counted)
    if (out.length > before || !/[?？]/u.test(question)) continue;
    // (the kind the question names is the field's owner: Candidate.owner)
    for (const f of ownerFieldsAsked(q)) out.push({ name: f.name, rule: OWNER_FIELD_QUESTION.name, owner: f.owner });
  }
  return out;
}

/**
 * qa50: a question asking about each of several joined names, `A 和 B 有什么区别？`, `A、B、C 分别是什么？`,
 * `A 和 B 各管什么？`: the answer under it explains the names one by one. QUESTION_SHAPES read no joined
 * subject (rules29: the names stand together, none alone); these shapes give the joined subject, and the
 * reader (definitions.ts) takes its names only where the answer explains every one of them, each opening a
 * paragraph, a list item or a clause as its subject (joinedHeadingNames, as under a heading `A 和 B`).
 * Each is data: a phrasing whose first group is the subject, an example and a look-alike the unit tests run.
 * An owner written before the names (`Secret 的 data 和 stringData 有什么不同`, `podManagementPolicy 的
 * OrderedReady 和 Parallel 有什么区别`) is no part of the subject (JOINED_OWNER). A relation or a choice
 * (`A 和 B 是什么关系`, `A 和 B 怎么选`) is not read: over the dev sets the answer explains one of the two
 * as often as both (docs/miner.md "qa50").
 */
export const JOINED_QUESTION_SHAPES: readonly QuestionShape[] = [
  {
    name: 'difference',
    re: /^(.+?)\s*(?:之间)?\s*(?:到底|究竟)?\s*(?:有什么|有啥|有何|的)?\s*(?:本质)?\s*(?:区别|不同|差别|差异)\s*(?:是什么|是啥|在哪里?|在哪儿)?$/u,
    example: 'Q3：hostPath 和 local 卷有什么区别？',
    lookAlike: 'Q3：改完配置之后有什么区别？',
  },
  {
    name: 'respectively',
    re: /^(.+?)\s*(?:分别|各自|各)\s*(?:是什么(?:意思)?|是干嘛的|是做什么的|是干什么的|管什么|做什么|做了什么|干嘛|干什么|解决(?:了)?什么(?:问题)?|负责什么|控制什么|影响什么|决定什么|代表什么|表示什么|指什么|起什么作用|有什么用)$/u,
    example: 'kube-reserved、system-reserved 分别管什么？',
    lookAlike: '这两个参数分别管什么？',
  },
];
/** An owner before joined names (`Secret 的 data 和 …`, `Pod 的 securityContext 里 a 和 b`), not one of them. */
const JOINED_OWNER = /^[^和与及、&/／]+(?:的|里的?|中的?)\s*(?=\S)/u;

/** The joined subject a question asks about name by name (JOINED_QUESTION_SHAPES), with its shape; undefined for any other question. */
export function joinedQuestionSubject(question: string): { subject: string; rule: string } | undefined {
  for (const q of questionText(question).split(/[?？]/u).map((x) => x.trim()).filter((x) => x !== '')) {
    for (const shape of JOINED_QUESTION_SHAPES) {
      const m = shape.re.exec(q);
      if (!m) continue;
      const subject = m[1]!.trim().replace(JOINED_OWNER, '').trim();
      if (conjuncts(subject).length > 1) return { subject, rule: shape.name };
    }
  }
  return undefined;
}

/** An answer's text without its marker (`答：…`, `A：…`). */
export function withoutAnswerMarker(text: string): string {
  return text.replace(ANSWER_TEXT, '');
}

/** rules29: a paragraph that is only a bold question (`**Q7：Matrix generator 是什么？**`), set as a heading over its answer. */
export function boldQuestion(c: { form: string; rule: string; label: string }): boolean {
  return c.form === 'bold' && c.rule === 'bold-only' && /[?？]\s*$/u.test(c.label.trim());
}

/** The marker opening an answer in interview-style notes (`答：`, `A：`, `回答：`), alone before its colon. */
export const ANSWER_MARKER = /^(?:a|答|答案|回答|解答|参考答案)$/iu;
const ANSWER_TEXT = /^\s*(a|答|答案|回答|解答|参考答案)\s*[:：]\s*/iu;

/**
 * answers26: the markers opening a question in interview notes written as paragraphs (`**问：**X 是什么？`,
 * `问：…？`, `Q：…？`, `Q3：…？`, `追问：…？` then `答：…` / `A：…`), alone before their colon. Data: each a
 * name, the marker and an example the unit tests run. `问题：` is not one (a diary's rubric for the problem
 * met, `问题：节点 NotReady`), nor `题 5：` (a heading's numbering, read by the heading rules).
 */
export interface QuestionMarker {
  name: string;
  re: RegExp;
  example: string;
}
export const QUESTION_MARKERS: readonly QuestionMarker[] = [
  { name: 'wen', re: /^问\d*$/u, example: '**问：** StorageClass 有什么用？' },
  { name: 'q', re: /^q\d*$/iu, example: 'Q3：Headless Service 是什么？' },
  { name: 'follow-up', re: /^(?:追问|提问)$/u, example: '追问：QoS 影响什么？' },
];
const MARKED = /^\s*([^\s:：*]{1,4})\s*[:：]\s*/u;

/** The marker of a question or an answer opening `text`, with the text after it (`问：X？` → 问, X？). */
function markerOf(text: string): { marker: string; rest: string; question: boolean; answer: boolean } | undefined {
  const m = MARKED.exec(text);
  if (!m) return undefined;
  const marker = m[1]!.normalize('NFKC');
  const question = QUESTION_MARKERS.some((q) => q.re.test(marker));
  const answer = ANSWER_MARKER.test(marker);
  return question || answer ? { marker: m[1]!, rest: text.slice(m[0].length), question, answer } : undefined;
}

/**
 * answers26: the question a paragraph opens with a question marker (`**问：**X 是什么？`, `问：X 是什么？`,
 * `**Q：** …？`, `Q3：…？`, `**追问：为什么要 uid？** 因为…`, `问：…？` with its answer on the next line), without
 * the marker; undefined for any other paragraph. A paragraph that is only a bold question (`**Q7：X 是什么？**`)
 * is a bold label of its own (boldQuestion), not read here. The question is the marked part up to its last
 * question mark on the first line (or the bold span holding marker and question); with none, it is no question.
 */
export function markedQuestion(p: Paragraph): string | undefined {
  const kids = p.children;
  const first = kids[0];
  if (!first) return undefined;
  const whole = toString(p);
  // (a bold question alone: boldLabel's `bold-only`, read by boldQuestion)
  if (first.type === 'strong' && whole.trim() === toString(first).trim()) return undefined;
  const m = markerOf(whole);
  if (!m?.question) return undefined;
  // the bold span holding marker and question (`**追问：为什么要 uid？** 因为…`): the question is the span
  let q: string;
  const firstText = toString(first);
  if (first.type === 'strong' && /[?？]\s*$/u.test(firstText) && (markerOf(firstText)?.rest.trim() ?? '') !== '') q = markerOf(firstText)!.rest;
  else {
    const line = m.rest.split('\n')[0]!;
    const last = Math.max(line.lastIndexOf('？'), line.lastIndexOf('?'));
    if (last < 0) return undefined;
    q = line.slice(0, last + 1);
  }
  q = q.trim();
  return /[?？]$/u.test(q) && q.length > 1 ? q : undefined;
}

/**
 * answers26: a question or answer marker set in bold alone (`**问：**X`, `**答：** X 就是…`, `**A**：…`) read as
 * the same marker in plain text (`问：X`, `答：X 就是…`), so the running text after it is read as it is after a
 * plain marker, not as the definition of a bold label `答`. Other paragraphs unchanged.
 */
function plainMarker(p: Paragraph): Paragraph {
  const [first, second] = p.children;
  if (first?.type !== 'strong') return p;
  const label = toString(first);
  let marker: string;
  let rest = p.children.slice(1);
  const inside = markerOf(label);
  if (inside && inside.rest.trim() === '') marker = label.trim();
  else if (/^[^\s:：]{1,4}$/u.test(label.trim()) && second?.type === 'text' && /^\s*[:：]/u.test(second.value) && markerOf(`${label.trim()}：`)) {
    // `**答**：…`: the colon outside the bold
    const colon = /^\s*[:：]/u.exec(second.value)![0];
    marker = `${label.trim()}${colon.trim()}`;
    rest = [{ ...second, value: second.value.slice(colon.length) }, ...p.children.slice(2)];
  } else return p;
  // (a bold label after the marker is the answer's own label: answerBody reads it)
  while (rest[0]?.type === 'text' && rest[0].value.trim() === '') rest = rest.slice(1);
  if (rest.length === 0 || rest[0]!.type === 'strong') return p;
  const head = rest[0]!;
  if (head.type === 'text') {
    const text: PhrasingContent = { type: 'text', value: `${marker}${head.value.replace(/^\s+/u, '')}`, ...(first.position && head.position ? { position: { start: first.position.start, end: head.position.end } } : {}) };
    return { ...p, children: [text, ...rest.slice(1)] };
  }
  const text: PhrasingContent = { type: 'text', value: marker, ...(first.position ? { position: first.position } : {}) };
  return { ...p, children: [text, ...rest] };
}

/**
 * rules29: the paragraph an answer marker opens with a bold label (`A：**List generator** 就是…`,
 * `**答：** **PLEG** 是…`) read without the marker, so its bold label is read as any paragraph's
 * opening; the same paragraph otherwise. The children kept are the note's own nodes.
 */
export function answerBody(p: Paragraph): Paragraph {
  const plain = plainMarker(p);
  if (plain !== p) return plain;
  const kids = p.children;
  const first = kids[0];
  if (!first) return p;
  let rest: PhrasingContent[] | undefined;
  if (first.type === 'strong' && ANSWER_TEXT.test(toString(first)) && toString(first).replace(ANSWER_TEXT, '').trim() === '') rest = kids.slice(1);
  else if (first.type === 'text') {
    const m = ANSWER_TEXT.exec(first.value);
    if (m) rest = [{ ...first, value: first.value.slice(m[0].length) }, ...kids.slice(1)];
  }
  if (!rest) return p;
  // (the space between the marker and the label: `**答：** **X**`)
  while (rest[0]?.type === 'text' && rest[0].value.trim() === '') rest = rest.slice(1);
  // only a bold label after the marker: a code span or plain text there is the answer's running text
  // (`答：\`pods insecure\` 是让…` reads as it did, by the prose and code-copula rules)
  return rest[0]?.type === 'strong' ? { ...p, children: rest } : p;
}
