/**
 * eqdef44: the summary of a concept — one home for how a passage sums a concept up (its lead paragraph from the
 * sentence that first names it, its label, question or caution aside, a list or table it announces or opens with,
 * its own table row) and whether a passage defines the concept (`definesConcept`). Stage `concepts` sums concepts up
 * with it; stage `mine` asks `cautionLead` (a note that defines a value only by cautions). Moved from
 * stages/concepts.ts, unchanged.
 */
import type { Node } from './build-context.ts';
import { toString } from 'mdast-util-to-string';
import type { List, Paragraph, RootContent } from 'mdast';
import { visitType } from './visit-type.ts';
import { PLAIN_SEPARATOR_SOURCE, withoutItemMarker } from './label-lines.ts';
import { clip, plainTextOf, withoutHighlightMarks } from './markdown.ts';
import { sentenceAround } from './mention-context.ts';
import { STATE_RUN_SEPARATOR } from './miner/field-clauses.ts';
import type { Excerpt } from './model.ts';
import { equalsName } from './miner/equals-shapes.ts';
import { isGenericLabel } from './labels.ts';
import { misspeltGeneric } from './miner/label-rules.ts';
import { NAMING_VERBS } from './miner/naming-verbs.ts';

/** A passage of a concept as the summary reads it: its excerpt and the blocks it was cut from. */
export type Passage = Excerpt & { blocks: readonly RootContent[] };

/** The names the summary reads a concept by. */
export type Names = Pick<Node, 'title' | 'titleZh' | 'titleEn' | 'aliases' | 'fieldPath'>;

/** The summary a passage gives the concept: its lead paragraph's, else its own table row, the passage's first table or its text. */
export function passageSummary(e: Passage, n: Names): string {
  const lead = leadParagraph(e.blocks, n);
  return lead ? clip(withListAfter(afterAnswerNaming(afterQuestion(afterLabel(ownItemOfRun(fromFirstNaming(plainTextOf(lead), n), n), lead, n)), n), lead, e.blocks)) : clip(ownRowText(e.blocks, n) ?? leadTableText(e.blocks) ?? leadListText(e.blocks) ?? withoutHighlightMarks(e.text));
}

/**
 * head43 (issue 12 item 3): the summary of the passage at `at`, unless it opens with a caution (CAUTION_OPENING:
 * `注意：ClusterIP 是 ping 不通的！`, `**Running：**注意 Running 不代表服务可用…`) and another passage defines the
 * concept — its lead paragraph opens with the name as a term or sits under a heading of its name (`definesConcept`),
 * or it is a table with the concept's own row (`| ClusterIP | 默认值，只能集群内部访问 |`): what the thing is, not
 * what to watch out for, sums it up; the caution stays on its page. The first such passage in page order.
 */
export function definingSummary(sorted: readonly Passage[], roles: readonly ('term' | 'heading' | false)[], at: number, n: Names): string {
  const summary = passageSummary(sorted[at]!, n);
  if (!cautionOpening(summary)) return summary;
  for (const [i, e] of sorted.entries()) {
    if (i === at || (roles[i] === false && ownRowText(e.blocks, n) === undefined)) continue;
    const other = passageSummary(e, n);
    if (other !== '' && !cautionOpening(other)) return other;
  }
  // (mend50: the caution kept, from its lead paragraph, without the label it opens with)
  return leadParagraph(sorted[at]!.blocks, n) !== undefined ? withoutCautionLabel(summary) : summary;
}

/**
 * mend50 (issue 12 item 3, what a learner sees): a caution kept as a concept's summary (no other passage defines it,
 * `definingSummary`) without the label written plainly before its colon — `踩坑：Job 的 Pod 模板里 restartPolicy 只能写…`
 * sums restartPolicy up as `Job 的 Pod 模板里 restartPolicy 只能写…`. Under the concept's title the label reads as
 * noise, and a bold one (`**注意**：`) is dropped already (afterLabel). Only a label that is a caution (CAUTION_OPENING)
 * and a generic label (labels.ts isGenericLabel, a numbered one `踩坑 2`, or its misspelling, label-rules.ts
 * misspeltGeneric); a caution with no colon (`注意 Running 不代表…`), a label with nothing after it, or a word
 * that only starts like one (`注意事项：`) stays as written.
 */
export function withoutCautionLabel(text: string): string {
  if (!cautionOpening(text)) return text;
  const m = CAUTION_LABEL.exec(text);
  if (m === null || !(isGenericLabel(m[1]!) || misspeltGeneric(m[1]!) !== undefined)) return text;
  const rest = text.slice(m[0].length);
  return rest.trim() === '' ? text : rest;
}

/** A label before its colon opening a text: a few words with no punctuation (`踩坑：`, `⚠️ 注意：`, `Tip 2:`). */
const CAUTION_LABEL = /^\s*([^:：，,。；;！!？?（）()\n]{1,12}?)\s*[:：]\s*/u;

/**
 * head43: the words a caution opens with, as writers mark one (`注意：`, `注意 Running 不代表…`, `踩坑：`, `⚠️`,
 * `Tip:`); a word that only starts with one (`注意力`, `注意事项`, `提示词`, `坑位`) is none.
 */
export const CAUTION_OPENING: readonly RegExp[] = [
  /^[⚠❗❕‼]\uFE0F?/u,
  /^(?:注意|小心|警告|切记|千万|易错点?)(?![力事项到])/u,
  /^(?:小提示|提示|踩坑|坑)(?:\s*\d+)?\s*[:：!！]/u,
  /^(?:Note|NOTE|Tip|TIP|Warning|WARNING|Caution|CAUTION)\s*[:：!！]/u,
];

/** head43: whether a passage's lead paragraph, its label aside, opens with a caution (stages/mine.ts `row-of-defined`). */
export function cautionLead(blocks: readonly RootContent[], n: Names): boolean {
  const lead = leadParagraph(blocks, n);
  return lead !== undefined && cautionOpening(afterLabel(fromFirstNaming(plainTextOf(lead), n), lead, n));
}

/** Whether a summary opens with a caution (CAUTION_OPENING). */
export function cautionOpening(text: string): boolean {
  const t = text.trimStart();
  return CAUTION_OPENING.some((re) => re.test(t));
}

/**
 * lead39: a summary that only leads into the list after it (`accessModes 有四种：` then `1. ReadWriteOnce（RWO）：…`,
 * `上一个 Job 没跑完时怎么处理，三个取值：` then `- Allow：…`) says what the list holds, so the list goes on it: each
 * item's name when every item opens with a short label before a colon (`accessModes 有四种：ReadWriteOnce（RWO）、
 * ReadOnlyMany（ROX）…。`), else the items' text one after another (clipped with the rest). Only a list right after the
 * lead paragraph, in the same passage; anything else (a code block, nothing) leaves the summary as it is.
 * lead40: a table right after it (`Secret 的 type 字段决定了它的用途，常见的有：` then `| Opaque | 默认类型 |` …)
 * holds the same: its first column's short names, one per body row (`常见的有：Opaque、kubernetes.io/tls…。`);
 * a table whose first column holds anything longer than a name, or a name twice, leaves the summary as it is.
 */
export function withListAfter(text: string, lead: Paragraph, blocks: readonly RootContent[]): string {
  if (!/[:：]$/u.test(text)) return text;
  const at = blocks.indexOf(lead);
  const next = at >= 0 ? blocks[at + 1] : undefined;
  if (next?.type === 'table') {
    const names = next.children.slice(1).map((row) => plainTextOf((row.children[0]?.children ?? []) as RootContent[]).replace(/\s+/g, ' ').trim());
    // (a truth table's `true` / `false` rows are no list of names: each name once)
    return names.length > 0 && names.every((c) => TABLE_NAME_CELL.test(c)) && new Set(names).size === names.length ? `${text}${names.join('、')}。` : text;
  }
  if (next?.type !== 'list' || next.children.length === 0) return text;
  const items = listItemTexts(next);
  if (items.length === 0) return text;
  const labels = items.map((t) => LIST_ITEM_LABEL.exec(t)?.[1]?.trim());
  if (labels.every((l) => l !== undefined && l !== '')) return `${text}${labels.join('、')}。`;
  return `${text}${asClauses(items)}`;
}

/** The text of each item of a list (its paragraphs, on one line), empty items left out. */
function listItemTexts(list: List): string[] {
  return list.children.map((item) => clip(plainTextOf(item.children.filter((b) => b.type === 'paragraph')), 1000)).filter((t) => t !== '');
}

/**
 * Items as one sentence of clauses (`Exact: 完全匹配；Prefix: …；…。`). An item that itself leads into a nested list
 * (`同时发生两件事：`) is followed by the next item without a second stop.
 */
function asClauses(items: readonly string[]): string {
  return `${items.map((t) => t.replace(/[；;。.，,]$/u, '')).join('；').replace(/([：:])；/gu, '$1')}。`;
}

/** A table cell that is a name (`Opaque`, `kubernetes.io/tls`, `ReadWriteOnce（RWO）`, `保留`), not a phrase or a sentence. */
const TABLE_NAME_CELL = /^[^：:。！？；;，,\s][^：:。！？；;，,]{0,59}$/u;

/** An item's short label before its colon (`ReadWriteOnce（RWO）：只能被…` → `ReadWriteOnce（RWO）`). */
const LIST_ITEM_LABEL = /^([^：:。！？；;，,\n]{1,30})[：:]\s*\S/u;

/** fix28: the text of the table a passage opens with (before any paragraph), if it does. */
function leadTableText(blocks: readonly RootContent[]): string | undefined {
  const table = blocks.find((b) => b.type === 'table' || b.type === 'paragraph');
  // (cells apart as the excerpt's text writes them: `sessionAffinity | 效果 None | 每个请求随便转发 …`)
  return table?.type === 'table' ? table.children.map((row) => row.children.map((cell) => plainTextOf(cell.children as RootContent[]).trim()).join(' | ')).join(' ') : undefined;
}

/**
 * lead43: the text of the list a passage opens with (before any paragraph or table), if it does: its
 * items one after another as a sentence of clauses (`Exact: 完全匹配；Prefix: 按 / 分段的前缀匹配…；…。`),
 * as `withListAfter` joins a list a paragraph announces, instead of the items run together.
 */
function leadListText(blocks: readonly RootContent[]): string | undefined {
  const list = blocks.find((b) => b.type === 'table' || b.type === 'paragraph' || b.type === 'list');
  if (list?.type !== 'list') return undefined;
  const items = listItemTexts(list);
  return items.length === 0 ? undefined : asClauses(items);
}

/**
 * fix29b: a concept defined by a row of a table (`| Pending | 已被接受，但… |`, `| \`periodSeconds\` | 10 |
 * 探测间隔 |`) is summed up by its own row, not by the whole table from its header row: the row's
 * other cells, one alone as it is, several each after its column's header (`默认值：10；说明：探测间隔`).
 * The row is the first body row whose first cell is one of the concept's names (or, for a field, the end of its
 * path: `rollingUpdate.partition`); undefined when no
 * table of the passage opening before its first paragraph has one.
 */
export function ownRowText(blocks: readonly RootContent[], n: Names): string | undefined {
  const names = new Set(conceptNames(n).map((x) => x.normalize('NFKC').toLowerCase()));
  // (lead37: a field's row may name it by the end of its path, `rollingUpdate.partition` for
  // `spec.updateStrategy.rollingUpdate.partition`: its own row still, not the whole table)
  const path = n.fieldPath !== undefined ? `.${n.fieldPath.normalize('NFKC').toLowerCase()}` : undefined;
  const named = (cell: string): boolean => {
    const c = cell.normalize('NFKC').toLowerCase();
    return names.has(c) || (path !== undefined && c.includes('.') && !c.startsWith('.') && path.endsWith(`.${c}`));
  };
  for (const b of blocks) {
    if (b.type !== 'table') continue;
    const [head, ...rows] = b.children;
    const cellText = (c: (typeof b.children)[number]['children'][number]) => plainTextOf(c.children as RootContent[]).replace(/\s+/g, ' ').trim();
    for (const row of rows) {
      const first = row.children[0];
      if (!first || !named(cellText(first))) continue;
      const rest = row.children.slice(1).map((c, i) => ({ head: head?.children[i + 1] ? cellText(head.children[i + 1]!) : '', text: cellText(c) })).filter((c) => c.text !== '');
      if (rest.length === 0) return undefined;
      if (rest.length === 1) return rest[0]!.text;
      return rest.map((c) => (c.head !== '' ? `${c.head}：${c.text}` : c.text)).join('；');
    }
  }
  return undefined;
}


/** The first paragraph of `blocks`, at any depth, that names the concept; else the first top-level paragraph, unless a table comes before it. */
export function leadParagraph(blocks: readonly RootContent[], n: Names): Paragraph | undefined {
  let naming: Paragraph | undefined;
  for (const block of blocks) {
    visitType<Paragraph>(block, 'paragraph', (p) => {
      if (firstNaming(toString(p), n)[0] === -1) return undefined;
      naming = p;
      return false;
    });
    if (naming) return naming;
  }
  // fix28: a passage that opens with a table (`## pathType` over the values' table) is summed up by
  // that table, not by a paragraph after it that names other things (`**重点**：\`ingressClassName\` …`)
  const first = blocks.findIndex((b) => b.type === 'paragraph');
  if (first === -1 || blocks.slice(0, first).some((b) => b.type === 'table')) return undefined;
  return blocks[first] as Paragraph;
}

/** What may follow a term's name where it is defined: a gloss in brackets, then a colon or a copula (`X（…）：`, `X 是`, `X 指`). */
// (fix33a: `Pod 是因为 requests 太大…` says why something happened to it, not what it is)
const DEFINING_AFTER = /^\s*(?:[（(][^（）()]*[）)]\s*)?(?:[:：]|是(?!因为|由于)|指|即|就是|表示|用来|用于|负责|—|-{1,2}\s)/u;

/** A heading's numbering and a trailing gloss (`2.1 `, `一、`, `（…）`), so `三、PV（持久卷）` names PV. */
const HEADING_NUMBER = /^\s*(?:(?:\d+(?:\.\d+)*|[一二三四五六七八九十]+)\s*[、.．)）:：]?\s*)?/u;

/**
 * Whether a passage defines or explains the concept `n`, rather than only mentioning it in
 * another concept's text: `'term'` when its lead paragraph (`leadParagraph`) opens with one of
 * the concept's names followed by a gloss and a colon or a copula, as a term is defined
 * (`**containers**：容器列表…`, `PV 是…`); `'heading'` when its heading is the concept's name
 * (numbering and a gloss aside) and its lead paragraph names it too; else false.
 */
export function definesConcept(e: { heading?: string; blocks: readonly RootContent[] }, n: Names): 'term' | 'heading' | false {
  const names = conceptNames(n);
  const lead = leadParagraph(e.blocks, n);
  if (!lead) return false;
  // (lead46: after a marker numbering the line as an item, `① Pending：…`)
  const text = withoutItemMarker(toString(lead).trimStart());
  if (names.some((name) => startsWithName(text, name) && DEFINING_AFTER.test(text.slice(name.length)))) return 'term';
  if (e.heading !== undefined && firstNaming(text, n)[0] !== -1) {
    const h = e.heading.replace(HEADING_NUMBER, '').replace(/\s*[（(][^（）()]*[）)]\s*$/u, '').trim();
    if (names.some((name) => sameName(h, name))) return 'heading';
  }
  return false;
}

/** The names a passage may call the concept by: titles, aliases, its field path and the path's last segment. */
export function conceptNames(n: Names): string[] {
  const out = [n.title, n.titleZh, n.titleEn, ...n.aliases, n.fieldPath, n.fieldPath?.split('.').pop()?.replace(/\[\]$/, '')];
  return out.filter((x): x is string => !!x && x.trim() !== '');
}

/** Latin names compare without case (`Containers` is `containers`), others as written. */
function sameName(a: string, b: string): boolean {
  return /^[A-Za-z0-9]/.test(b) ? a.toLowerCase() === b.toLowerCase() : a === b;
}

/** Whether `text` opens with `name` (a Latin name as a whole word). */
function startsWithName(text: string, name: string): boolean {
  if (!sameName(text.slice(0, name.length), name)) return false;
  return !/^[A-Za-z0-9]/.test(name) || !/[A-Za-z0-9_]/.test(text[name.length] ?? '');
}

/**
 * `text` from the sentence (Intl.Segmenter, as mention contexts find them) that first names the
 * concept: its title, Chinese or English title, an alias or its field's last segment (Latin names
 * whole words, case as written). The whole text when no sentence names it or the first one does.
 */
export function fromFirstNaming(text: string, n: Names): string {
  const [first, len] = firstNaming(text, n);
  if (first <= 0) return text;
  let [start] = sentenceAround(text, first, first + len);
  // A sentence that opens with a pronoun or a demonstrative (`它由 … 创建`, `这个字段在 … 之前叫 X`,
  // `其中 X 是…`) points back at the sentence before it: out of context it reads as if it were
  // about the concept, or about nothing, so the summary starts one sentence earlier, when that
  // sentence is short enough to leave the concept's own sentence in the clipped summary.
  if (start > 0 && ANAPHOR.test(text.slice(start))) {
    const [before] = sentenceAround(text, start - 1, start - 1);
    if (first - before <= ANTECEDENT_MAX) start = before;
  }
  return text.slice(start).trimStart();
}

/**
 * struct23: `text` (a summary taken from the lead paragraph `p`) without the label that opens it,
 * followed by a colon: the paragraph's opening bold or code (`**Role：**Role 是…`, `**PV**：描述…`,
 * `` `hostIPC`：和宿主机共享… ``, `**ConfigMap（CM）：**用来…`), or one of the concept's own names
 * written plainly (`Infra 容器（pause）：每个 Pod…`). The label is the concept's name (or a word like
 * `注意`), shown beside the summary on the map and in search already, and `Role：Role 是…` says it
 * twice. A bold that is the sentence's subject (`**Role** 是…`) stays, and so does a label with
 * nothing after it.
 */
export function afterLabel(text: string, p: Paragraph, n: Names): string {
  // lead46: a line numbered as an item (`① Pending：…`, label-lines.ts): the label after the marker, when there is one
  const unnumbered = withoutItemMarker(text);
  if (unnumbered !== text) {
    const after = afterLabel(unnumbered, p, n);
    return after !== unnumbered ? after : text;
  }
  // A kind word before the label (`术语：**completions** —— Job 需要…`): the label follows it.
  const kind = LABEL_KIND.exec(text);
  if (kind !== null) {
    const opener = p.children[0];
    const next = opener?.type === 'text' && opener.value.trim() === kind[0].trim() ? p.children[1] : undefined;
    const rest = text.slice(kind[0].length);
    const after = stripLabel(rest, next, n);
    if (after !== rest) return after;
  }
  return stripLabel(text, p.children[0], n);
}

/**
 * lead37: a summary that opens with a question the next line answers (`**问：** immutable 有什么用？` /
 * `**答：** 把 ConfigMap 设成…`, one paragraph) is the answer: the question only names the concept, shown beside
 * the summary already. Only a question of one sentence directly followed by an answer label; the answer must
 * say something.
 */
export function afterQuestion(text: string): string {
  const m = QUESTION_ANSWER.exec(text) ?? ANSWER_OPENING.exec(text);
  return m !== null && m[1]!.trim() !== '' ? m[1]!.trim() : text;
}

/** answer51's verbs that give a name as the answer or the way (miner/naming-verbs.ts `text-naming-answer`). */
const ANSWER_NAMING = new RegExp(`^(?:${NAMING_VERBS.find((v) => v.rule === 'text-naming-answer')!.verbs})\\s*([^。！!？?，,；;：:]+?)\\s*[。！!]\\s*`, 'u');

/** The words opening an answer (`答案是`, `答案其实是`): the first of answer51's verbs. */
const ANSWER_WORDS = /^答案(?:就|其实)?是\s*/u;

/**
 * lead51: a summary that opens with a sentence only giving the concept's name as the answer or the way
 * (`答案是 kube-scheduler。它只做一件事…`, answer51's `text-naming-answer`) reads from the sentence after it, which says
 * what the thing is or does, its opening `它` (the name's stand-in) written as the name: `kube-scheduler 只做一件事…`.
 * The name is shown beside the summary already. Else an answer that says more than the name (`答案是 idmap 挂载（id-mapped
 * mount）：内核 5.12 引入的…`, `答案是 pause 容器（也叫 infra 容器）。kubelet…`) reads without the words `答案是`: under the
 * concept's title the question they answer is not there. A way (`做法是给两个机房的节点…`) describes a task, not the
 * concept: it stays as written, and so does an answer with nothing after the verb.
 */
export function afterAnswerNaming(text: string, n: Names): string {
  const m = ANSWER_NAMING.exec(text);
  const name = m?.[1]?.trim() ?? '';
  if (m === null || !conceptNames(n).some((x) => sameName(name, x))) {
    const answer = ANSWER_WORDS.exec(text);
    return answer !== null && text.slice(answer[0].length).trim() !== '' ? text.slice(answer[0].length) : text;
  }
  const rest = text.slice(m[0].length);
  if (rest.trim() === '') return text;
  if (!/^它(?!们)/u.test(rest)) return rest;
  const after = rest.slice(1);
  return `${name}${/[A-Za-z0-9]$/.test(name) && /^\p{Script=Han}/u.test(after) ? ' ' : ''}${after}`;
}

/** A question of one sentence, then an answer label (`答：`, `回答：`, `A：`): what follows is the answer. */
const QUESTION_ANSWER = /^[^。！？?!\n]{1,80}[？?]\s*(?:答|回答|A)\s*[:：]\s*([\s\S]*)$/u;
/**
 * lead39: an answer label written plainly opening the summary (`**问：Ingress 能转发 TCP 吗？**` as a paragraph of its
 * own, then `答：装 cert-manager，它会…`): the label is no part of what the concept is (a bold `**答：**` is dropped
 * as a label already).
 */
const ANSWER_OPENING = /^(?:答|回答|A)\s*[:：]\s*([\s\S]*)$/u;

/** A word naming what follows, then a colon, opening a definition: `术语：`, `概念：`, `Term: `. */
const LABEL_KIND = /^(?:\p{Script=Han}{1,4}|[A-Za-z]{2,10})[:：]\s*/u;

/** After a name written plainly, what ends its label: a gloss, then a full-width colon or the Chinese dash (label-lines.ts). */
const PLAIN_COLON = new RegExp(`^\\s*(?:[（(][^（）()]*[）)]\\s*)?${PLAIN_SEPARATOR_SOURCE}\\s*`, 'u');

/** `text` without the label it opens with, `first` being the paragraph node there (see afterLabel). */
function stripLabel(text: string, first: Paragraph['children'][number] | undefined, n: Names): string {
  const written = first?.type === 'strong' ? toString(first).trim() : first?.type === 'inlineCode' ? first.value.trim() : '';
  const labels = [written, ...conceptNames(n)].filter((x) => x !== '' && (/[:：]$/u.test(x) ? text.startsWith(x) : startsWithName(text, x)));
  for (const label of labels) {
    // (a gloss after the name, `PV（持久卷）：`, is part of the label; a colon in the label ends it;
    // after a name written plainly only a full-width colon: `stdin: true` is a setting, no label)
    // (after a bold or code label a dash too: `**completions** —— Job 需要…`)
    // (lead47: after a plain name the Chinese dash as its colon, `Waiting —— 还没跑起来…`: label-lines.ts PLAIN_SEPARATOR_SOURCE)
    const colon = label === written ? /^\s*(?:[（(][^（）()]*[）)]\s*)?(?:[:：]|—{1,2}|-{1,2}\s)\s*/u : PLAIN_COLON;
    // (eqdef44: a plain name defined by an equation in words, `ingress = 7层入口, …`: the `=` ends the label, equals-shapes.ts)
    const m = (/[:：]$/u.test(label) ? /^\s*/u : label !== written && equalsName(text)?.toLowerCase() === label.toLowerCase() ? / += +/uy : colon).exec(text.slice(label.length));
    if (m === null) continue;
    const after = text.slice(label.length + m[0].length).trimStart();
    if (after !== '') return after;
  }
  return text;
}

/** One name of a run (`ownItemOfRun`): a Latin word, and its gloss in brackets when it has one. */
const RUN_TOKEN = /(?<![A-Za-z0-9_.\-])([A-Za-z][A-Za-z0-9_.\-]*)(\s*[（(][^（）()]{1,80}[）)])?/gu;

/**
 * lead42: `text` (from the sentence that first names the concept, fromFirstNaming) when that
 * sentence sets out a run of three or more names, most of them glossed in brackets, the concept's
 * own one glossed — `PV 的几个状态：Available（还没被绑定）、Bound（已经绑定到某个 PVC）、Released（…）、
 * Failed（…）。` — cut to the run's lead-in and the concept's own item: `PV 的几个状态：…、Bound（已经
 * 绑定到某个 PVC）、…`. Each value is its own concept (field-clauses.ts statesEnumerated), and the
 * whole run as every value's summary says the same of all of them. Anything else is left as it is.
 */
export function ownItemOfRun(text: string, n: Names): string {
  const [first, len] = firstNaming(text, n);
  if (first < 0) return text;
  const [start, end] = sentenceAround(text, first, first + len);
  const sentence = text.slice(start, end);
  const at = first - start;
  type Token = { from: number; nameEnd: number; to: number; glossed: boolean };
  let run: Token[] = [];
  let own = -1;
  for (const m of sentence.matchAll(RUN_TOKEN)) {
    const t: Token = { from: m.index!, nameEnd: m.index! + m[1]!.length, to: m.index! + m[0].length, glossed: !!m[2] && /\p{Script=Han}/u.test(m[2]) };
    const prev = run[run.length - 1];
    // (what stands between two names of a run: all of it one separator of a run of state values)
    const gap = sentence.slice(prev?.to ?? 0, t.from);
    if (!prev || STATE_RUN_SEPARATOR.exec(gap)?.[0].length !== gap.length) {
      if (own !== -1) break;
      run = [];
    }
    run.push(t);
    if (t.from === at && t.nameEnd === at + len) own = run.length - 1;
  }
  if (own === -1 || run.length < 3 || !run[own]!.glossed) return text;
  const glossed = run.filter((t) => t.glossed).length;
  if (glossed < 2 || glossed * 2 < run.length) return text;
  const last = run[run.length - 1]!;
  // (the sentence's own end after the run: its closing punctuation, when that is all there is)
  const tail = /^\s*[。．.！!；;]?\s*$/u.test(sentence.slice(last.to)) ? sentence.slice(last.to).trim() : '';
  const item = sentence.slice(run[own]!.from, run[own]!.to);
  return `${sentence.slice(0, run[0]!.from)}${own > 0 ? '…、' : ''}${item}${own < run.length - 1 ? '、…' : tail}`;
}

/** How far before the naming the antecedent sentence may start (the summary is clipped at 240 characters). */
const ANTECEDENT_MAX = 100;

/** A sentence start that refers back: 它/它们, 这/那 + a classifier or 里/就, 其中/其余, 该, 此. */
const ANAPHOR = /^\s*(?:它们?|这(?:个|种|些|里|就|样|时|一)|那(?:个|些|种|就)|其(?:中|余|他|它)|该|此时)/u;

/** Where `text` first names the concept and the length of that name; [-1, 0] when it does not. */
function firstNaming(text: string, n: Names): [number, number] {
  const names = [n.title, n.titleZh, n.titleEn, ...n.aliases, n.fieldPath?.split('.').pop()?.replace(/\[\]$/, '')];
  let first = -1;
  let len = 0;
  for (const name of names) {
    if (!name) continue;
    let from = 0;
    for (;;) {
      const i = text.indexOf(name, from);
      if (i === -1) break;
      const latin = /^[A-Za-z0-9]/.test(name);
      const before = text[i - 1] ?? '';
      const after = text[i + name.length] ?? '';
      if (!latin || (!/[A-Za-z0-9_-]/.test(before) && !/[A-Za-z0-9_]/.test(after))) {
        if (first === -1 || i < first) [first, len] = [i, name.length];
        break;
      }
      from = i + 1;
    }
  }
  return [first, len];
}

