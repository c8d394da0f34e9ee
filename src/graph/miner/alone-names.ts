/**
 * recall46: a name written alone, the way every writer sets out the things a note explains — a
 * heading that is one name and nothing else, over the section about it (`### daprd`, `## 5. Actors`,
 * `### dapr.io/enabled`), and a list of plain names each followed by a colon and what it is
 * (`- cdi-operator：装和升级其它组件`, `- CoreDNS：集群 DNS。`). The miner read both only when the name
 * was spelt as a file, a key or a command (or the heading was a kind, glossed, or repeated at the
 * section's start); a name of a component, a tool or a feature written so was left.
 *
 * Each shape is data: a name, what it takes, an example with the name it gives, and look-alikes
 * that give none (tests/unit/graph/miner-recall46.test.ts runs them).
 *
 *   heading-key-or-file   a heading that is a domain/name key or a file name alone (`### dapr.io/enabled`,
 *                         `### .dockerignore`): its spelling makes it a name.
 *   heading-name-spelt    a heading that is one Latin word spelt as a name — hyphenated, with a capital
 *                         inside, with digits, a lower-case word no English dictionary has (`daprd`,
 *                         `containerd`), a capitalised word that is no everyday English (`Traefik`) — or
 *                         a capitalised English word (`Tracing`, `Actors`), when the section's first
 *                         paragraph names it again or opens on `是什么`/`作用`. A numbering before it
 *                         and a Chinese gloss after it (`## 4. Bindings（绑定）`) are left aside. Not a
 *                         rubric (`Overview`, `Summary`), nor a lower-case English word (`image`,
 *                         `policies`, `drain`: a field or a command, their own rules').
 *   heading-term-phrase   (heads8) a heading of two or three plain English words that no other shape reads
 *                         (`### scratch space`, `### 2. Line filter`, `### Ray autoscaler`), or one word the
 *                         dictionary lacks (`### raylet`), over a section the writer opens by explaining
 *                         it in Chinese: its first block a paragraph of running text (not a bold or code
 *                         label, a list, a table or a code block) with Chinese in its first clause, or one
 *                         opening on the heading's name. A Chinese writer keeps a phrase in English when it
 *                         is the thing's name; not an English rubric (`Quick start`, `Known issues`,
 *                         `Cheat sheet`: ENGLISH_RUBRIC_FIRST / ENGLISH_RUBRIC_LAST), nor words joined by a
 *                         conjunction or a preposition (`Agent vs Aggregator`, `Calico on Windows`).
 *   list-name-colon       a list item opening on a plain name spelt as one (hyphenated, a capital
 *                         inside, letters with digits, a lower-case word no dictionary has), a colon and
 *                         what it is, in a list where two items or more open on a Latin name and a
 *                         colon (an enumeration of named things). Not a capitalised word (`Initial`,
 *                         `Azure`, `Karpenter`: a value or a vendor in a comparison), nor capitals
 *                         alone (`AWS`, `TODO`, `Q`), nor hyphenated English words (`remove-disks`,
 *                         `read-only`).
 */
import type { List, Paragraph } from 'mdast';
import { isGenericLabel, normKey } from '../labels.ts';
import { ITEM_MARKER_SOURCE, PLAIN_SEPARATOR_SOURCE } from '../label-lines.ts';
import { toString } from 'mdast-util-to-string';
import { enumFieldsOf, kindNamed, statesNamed } from '../vocabulary/index.ts';
import { rareLatinWord } from './english-words.ts';
import { CLUSTER_COMPONENTS, isFileName, isQualifiedKey } from './label-rules.ts';
import { stripPictographs } from '../pictographs.ts';
import { CONTAINER_REASONS } from './table-shapes.ts';

export interface AloneShape {
  name: 'heading-key-or-file' | 'heading-name-spelt' | 'heading-term-phrase' | 'list-name-colon';
  /** What the shape takes. */
  takes: string;
  /** A heading (and its first paragraph after a newline) or a list, and the name it gives. */
  example: string;
  gives: string;
  /** Look-alikes that give no name. */
  lookAlikes: string[];
}

export const ALONE_SHAPES: readonly AloneShape[] = [
  {
    name: 'heading-key-or-file',
    takes: 'a heading that is a domain/name key or a file name and nothing else',
    example: '### mesh.example.io/inject\n开关，值写字符串。',
    gives: 'mesh.example.io/inject',
    lookAlikes: ['### 注解一览\n几个常用的。', '### Overview\n先看整体。'],
  },
  {
    name: 'heading-name-spelt',
    takes: 'a heading that is one Latin word spelt as a name, named again by its first paragraph',
    example: '### 3. Sidecars（边车）\n**是什么：** 跟主容器一起跑的辅助容器。',
    gives: 'Sidecars',
    lookAlikes: ['## Overview\n这一章讲整体结构。', '### image\n镜像地址要写全。', '## Troubleshooting\n遇到问题先看日志。'],
  },
  {
    name: 'heading-term-phrase',
    takes: 'a heading of two or three plain English words (or one word no dictionary has) over a section that opens by explaining it in Chinese',
    example: '### 2. Line filter\n对日志内容做字符串过滤，越靠前越省资源：',
    gives: 'Line filter',
    lookAlikes: ['## Known issues\n目前还有两个问题没解决。', '### Agent vs Aggregator\n两种角色的区别在于部署方式。', '### Line filter\n- 先写标签匹配\n- 再写过滤', '## Lab setup\n三台虚拟机，每台 4 核。'],
  },
  {
    name: 'list-name-colon',
    takes: 'a list item opening on a plain name spelt as one, a colon and what it is, among items of that shape',
    example: '- node-agent：每台机器上一个。\n- GateKeeper：准入控制器。',
    gives: 'node-agent',
    lookAlikes: ['- Azure：内部 LB 用注解。\n- GKE：也用注解。', '- Initial：只在创建时注入。\n- Auto：随时更新。', '- remove-disks：把盘搬空。\n- add-disks：加盘。'],
  },
];

/** Numbering before a heading's words (`2.5 `, `一、`, `第 2 节`). */
const NUMBERING = /^\s*(?:\d+(?:\.\d+)*|[一二三四五六七八九十]+|第\s*[\d一二三四五六七八九十]+\s*[讲章节课部分])\s*[.、)）:：]?\s*/u;
/** A gloss closing the heading: a Chinese name or an English phrase in parentheses. */
const CLOSING_GLOSS = /\s*[（(][^（）()]{1,30}[）)]\s*$/u;
/** A dot file (`.dockerignore`, `.helmignore`): a file's name by its spelling. */
const DOT_FILE = /^\.[a-z][\w-]*(?:\.[\w-]+)*$/;
/** One Latin token (a name, a key, a file), nothing else. */
const ONE_TOKEN = /^[A-Za-z.][\w.+/-]*$/;
/** A first paragraph opening on a rubric of what the thing is or does (`**是什么：**`, `作用：`). */
const WHAT_RUBRIC = /^\s*(?:\*\*)?\s*(?:是什么|作用|用途|干什么的?|做什么的?|用来干嘛|简介|定义)\s*(?:\*\*)?\s*[:：]/u;

/**
 * Words that make a hyphenated phrase an action or a setting, not a name: a verb opening it
 * (`remove-disks`, `add-brokers`, `read-only`) or a particle closing it (`opt-in`, `scale-out`).
 */
export const ACTION_FIRST: ReadonlySet<string> = new Set(['add', 'remove', 'delete', 'create', 'update', 'read', 'write', 'enable', 'disable', 'allow', 'deny', 'opt', 'set', 'get', 'use', 'skip', 'keep', 'drop']);
export const PARTICLE_LAST: ReadonlySet<string> = new Set(['in', 'out', 'on', 'off', 'up', 'down', 'only', 'all', 'none']);

/** Lower-case words joined by hyphens (`cdi-operator`, `metrics-server`), not an action or a setting (`remove-disks`, `opt-in`). */
function hyphenatedName(w: string): boolean {
  if (!/^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/.test(w)) return false;
  const parts = w.split('-');
  return !ACTION_FIRST.has(parts[0]!) && !PARTICLE_LAST.has(parts[parts.length - 1]!);
}
/** A capital after a lower-case letter (`CoreDNS`, `KubeEdge`, `daprSystem`). */
const INNER_CAPITAL = /^[A-Za-z][a-z0-9]+[A-Z][A-Za-z0-9]*$/;
/** Letters with digits inside (`K3s`, `k0s`). */
const LETTERS_DIGITS = /^[A-Za-z]+\d+[A-Za-z]+$/;

/** One Latin word spelt as a name (see list-name-colon): not a capitalised word, not capitals alone. */
export function spelledAsName(w: string): boolean {
  return hyphenatedName(w) || INNER_CAPITAL.test(w) || LETTERS_DIGITS.test(w) || rareLatinWord(w);
}

/** The forms a word may stand in, in lower case (`Actors` → `actors`, `actor`). */
function forms(w: string): string[] {
  const l = w.toLowerCase();
  const out = [l];
  if (/[^s]s$/.test(l)) out.push(l.slice(0, -1));
  return out;
}

/** The paragraph names the word again (a whole Latin token, any case, singular or plural). */
function namesAgain(text: string, w: string): boolean {
  const t = text.normalize('NFKC').toLowerCase();
  return forms(w).some((f) => new RegExp(`(?<![A-Za-z0-9_-])${f.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?![A-Za-z0-9_])`, 'u').test(t));
}

/**
 * The name a heading is alone, with its shape, or undefined (ALONE_SHAPES: heading-key-or-file,
 * heading-name-spelt). `firstParagraph` is the text of the section's first paragraph.
 */
export function headingNameAlone(title: string, firstParagraph: string): { name: string; shape: AloneShape['name'] } | undefined {
  const core = stripPictographs(title.normalize('NFKC')).replace(/\s+/g, ' ').trim().replace(NUMBERING, '').replace(CLOSING_GLOSS, '').replace(/^`(.+)`$/, '$1').trim();
  if (!ONE_TOKEN.test(core) || isGenericLabel(core)) return undefined;
  if (isQualifiedKey(core) || isFileName(core) || DOT_FILE.test(core)) return { name: core, shape: 'heading-key-or-file' };
  if (core.includes('/') || kindNamed(core) !== undefined) return undefined;
  const capitalised = /^[A-Z][a-z]{2,}$/.test(core);
  if (!spelledAsName(core) && !capitalised) return undefined;
  return namesAgain(firstParagraph, core) || WHAT_RUBRIC.test(firstParagraph) ? { name: core, shape: 'heading-name-spelt' } : undefined;
}

/**
 * heads8 (`heading-term-phrase`): first and last words that make an English heading a rubric of the
 * note rather than a name (`Quick start`, `Best practices`, `Known issues`, `Lessons learned`, `Cheat
 * sheet`, `How it works`, `Lab setup`).
 */
export const ENGLISH_RUBRIC_FIRST: ReadonlySet<string> = new Set([
  'quick', 'best', 'known', 'next', 'further', 'key', 'common', 'final', 'useful', 'basic', 'open', 'my', 'our',
  'how', 'what', 'why', 'when', 'where', 'getting', 'lessons', 'release', 'design', 'use', 'action', 'root', 'post',
  'test', 'lab', 'reference', 'more', 'other', 'general', 'advanced', 'simple', 'full', 'complete', 'official',
  'related', 'recommended', 'frequently', 'some', 'first', 'last', 'few', 'main', 'important', 'extra', 'bonus',
]);
export const ENGLISH_RUBRIC_LAST: ReadonlySet<string> = new Set([
  'start', 'started', 'practice', 'practices', 'issue', 'issues', 'step', 'steps', 'reading', 'learned', 'takeaways',
  'pitfalls', 'sheet', 'checklist', 'note', 'notes', 'question', 'questions', 'thoughts', 'links', 'commands', 'usage',
  'goals', 'case', 'cases', 'items', 'cause', 'mortem', 'setup', 'environment', 'mistakes', 'tips', 'example',
  'examples', 'summary', 'overview', 'references', 'faq', 'works', 'comparison', 'recap', 'review', 'todo', 'demo',
  'walkthrough', 'guide', 'tutorial', 'intro', 'introduction', 'basics', 'concepts', 'background', 'conclusion',
  'conclusions', 'prerequisites', 'requirements', 'installation', 'install', 'configuration', 'config',
  'troubleshooting', 'debugging', 'details', 'internals', 'architecture', 'experiment', 'experiments', 'results',
  'log', 'logs', 'timeline', 'plan', 'options', 'settings', 'changes', 'updates', 'history', 'status', 'list',
]);
/** Words that join two things or place one (`Agent vs Aggregator`, `Calico on Windows`): a phrase about them, not one name. */
const JOINING_WORDS: ReadonlySet<string> = new Set(['vs', 'versus', 'and', 'or', 'with', 'without', 'on', 'in', 'of', 'for', 'to', 'from', 'the', 'a', 'an', 'is', 'are', 'by', 'via', 'as']);
/** A hacker's numbering (`0x03 `), which NUMBERING would read as the number 0. */
const HEX_NUMBERING = /^\s*0x[0-9a-f]+\s*[.、:：]?\s*/iu;
/** The sort of an API type after its name (`DNSEndpoint CRD`, `Foo CR`). */
const KIND_SORT_LAST = /^(?:CRDs?|CRs?|CustomResourceDefinition)$/;
/** Two or three plain Latin words (letters, digits, hyphens inside). */
const TERM_PHRASE = /^[A-Za-z][A-Za-z0-9-]*(?: [A-Za-z][A-Za-z0-9-]*){1,2}$/;

/** What opens a section: its first block's text, and whether that block is a paragraph of running text (not opening on a bold or code label). */
export interface SectionOpening {
  text: string;
  plain: boolean;
}

/**
 * heads8 `heading-term-phrase`: the name a heading of two or three plain English words (or one word
 * no dictionary has) gives over a section that opens by explaining it (see ALONE_SHAPES), else
 * undefined. The heading's numbering and a closing gloss are left aside.
 */
export function headingTermPhrase(title: string, opening: SectionOpening): string | undefined {
  const core = title.normalize('NFKC').replace(/\s+/g, ' ').trim().replace(HEX_NUMBERING, '').replace(NUMBERING, '').replace(CLOSING_GLOSS, '').trim();
  if (isGenericLabel(core) || kindNamed(core) !== undefined) return undefined;
  const words = core.split(' ');
  // (`DNSEndpoint CRD`: a kind named by its sort, the kind's own rules')
  if (KIND_SORT_LAST.test(words[words.length - 1]!)) return undefined;
  const lower = words.map((w) => w.toLowerCase());
  const phrase = TERM_PHRASE.test(core) && !lower.some((w) => JOINING_WORDS.has(w)) && !ENGLISH_RUBRIC_FIRST.has(lower[0]!) && !ENGLISH_RUBRIC_LAST.has(lower[lower.length - 1]!);
  const oneWord = /^[a-z][a-z0-9]+$/.test(core) && rareLatinWord(core);
  if (!phrase && !oneWord) return undefined;
  const text = opening.text.normalize('NFKC').trim();
  // (the section opens on the name, as its subject: `**Ray autoscaler 跟 HPA 完全不是一回事。**`; not
  // as a label with a colon, which the bold and code rules read)
  // (two words or more: one word opening its section, `**conntrack 命令**：`, is as often a tool's label)
  if (phrase && text.toLowerCase().startsWith(core.toLowerCase()) && !/^[\w-]/.test(text.slice(core.length)) && !/^\s*[:：]/u.test(text.slice(core.length))) return core;
  const firstClause = text.split(/[，。；！？,;!?:：]/u)[0] ?? '';
  return opening.plain && /[\u4e00-\u9fff]/u.test(firstClause) ? core : undefined;
}

/**
 * A plain Latin lead (one to four words, a gloss after it or not) and a colon opening a paragraph; lead46: after a
 * marker numbering the item or not (`① Pending：…`, `（2）Running：…`: label-lines.ts ITEM_MARKER_SOURCE).
 */
const PLAIN_LEAD = new RegExp(`^\\s*(?:${ITEM_MARKER_SOURCE}\\s*)?([A-Za-z][\\w.+-]*(?: [A-Za-z][\\w.+-]*){0,3})\\s*(?:[（(]([^（）()]{0,30})[）)])?\\s*(?::|${PLAIN_SEPARATOR_SOURCE})`, 'u');

/**
 * lead38: the gloss in parentheses between a plain lead and its colon (`1. ReadWriteOnce（RWO）：…` → `RWO`), as the
 * bold label's gloss is read (`**ReadWriteOnce（RWO）**：…`): the item's other names. Empty when there is none.
 */
export function plainLeadGloss(paragraph: Paragraph): string {
  const first = paragraph.children[0];
  return first?.type === 'text' ? (PLAIN_LEAD.exec(first.value)?.[2] ?? '') : '';
}

/** The plain Latin lead of a list item's first paragraph, when it opens on text (not bold or code). */
function plainLead(item: List['children'][number]): string | undefined {
  const p = item.children[0];
  if (!p || p.type !== 'paragraph' || p.children[0]?.type !== 'text') return undefined;
  return PLAIN_LEAD.exec((p.children[0] as { value: string }).value)?.[1];
}

/**
 * list-name-colon: the items of a list that open on a plain name spelt as one and a colon, when two
 * items or more of the list open on a plain Latin lead and a colon. Each with its paragraph and the name.
 */
export function listNamesAlone(list: List): { item: List['children'][number]; paragraph: Paragraph; name: string }[] {
  const leads = list.children.map((it) => ({ it, lead: plainLead(it) }));
  if (leads.filter((x) => x.lead !== undefined).length < 2) return [];
  const out: { item: List['children'][number]; paragraph: Paragraph; name: string }[] = [];
  for (const { it, lead } of leads) {
    // (a component of the cluster opening an item, `3. kubelet：…`, says where something happens, not what the component is)
    if (lead === undefined || lead.includes(' ') || isGenericLabel(lead) || CLUSTER_COMPONENTS.has(normKey(lead))) continue;
    if (spelledAsName(lead)) out.push({ item: it, paragraph: it.children[0] as Paragraph, name: lead });
    else if (kindLead(lead)) {
      const said = explainedItem({ it, lead });
      if (said) out.push(said);
    }
  }
  return out;
}

/**
 * rules37 `list-name-colon`'s kinds: a plain lead that is an API kind spelt as the kind (`Gateway`, `HTTPRoute`:
 * capitalised, or capitals first, which spelledAsName leaves) and explained in words after its colon, among items of
 * that shape. Counted over all dev sets before it was built (bench/list-leads37.mjs `kind/colon+sib/capital`): 1 found
 * / 3 missed / 0 no label's in 2 sets (dev90, dev112; `- GatewayClass：…` beside them was taken already). Data: the
 * shape, its example and look-alikes (miner-rules37-list-kinds.test.ts).
 */
export const LIST_KIND_SHAPE = {
  name: 'list-name-colon',
  takes: 'a list item opening on a plain API kind spelt as the kind, a colon and what it is in words, among items opening on a Latin name and a colon',
  example: '- GatewayClass：集群级，指向实现。\n- Gateway：一个具体的流量入口实例。\n- HTTPRoute：路由规则，挂到 Gateway 上。',
  gives: ['GatewayClass', 'Gateway', 'HTTPRoute'],
  lookAlikes: [
    '- Gateway：1\n- HTTPRoute：3',
    '- service：稳定的入口。\n- secret：放密码的地方。',
    '- Gateway：一个具体的流量入口实例。\n- 其他：以后再看。',
  ],
} as const;

/** A kind's name as the API spells it (kindNamed), not lower case (`service`). */
function kindLead(lead: string): boolean {
  return kindNamed(lead) === lead;
}

/**
 * recall46 `custom-kind-prose-path` (resolve.ts customProsePath): the candidate rules that propose a path from the
 * root written in running text (`path-mention`: a code span in a sentence, `field-cue`: after 字段/field). Under an
 * example of one custom kind a status field written so (STATUS_FIELD_PATH) is that kind's, as written.
 */
export const ROOTED_IN_PROSE: readonly string[] = ['path-mention', 'field-cue'];
/** A field right under status (`status.printableStatus`, `status.experiment`). */
export const STATUS_FIELD_PATH = /^status\.[A-Za-z][\w-]*$/;

/**
 * rules35 `list-state-colon`: a list item opening on a plain capitalised word and a colon, what it is after it in
 * words, when the word is a value the API reports in a status field (vocabulary statesNamed, or an enum value of a
 * `status.…` field: `Pending` of `status.phase`, `Waiting` of a container's state, `Guaranteed` of `status.qosClass`)
 * and another item of the same list opens on a value of that same field (`- Pending：… - Running：… - Failed：…`).
 * list-name-colon leaves a capitalised word (a value or a vendor in a comparison: `- Initial：…`, `- Azure：…`); the
 * values of a status field set out one by one are the states a writer explains (the label conventions: phases and
 * states are concepts, `state`), while the values of a setting (`restartPolicy`'s `Always`, VPA's `updateMode`)
 * listed so are no label in any set (bench/list-values35.mjs: status 2 found / 11 missed / 0 no label's in 3 sets;
 * a setting's values 0 / 0 / 9). Data: the shape, an example, its names and look-alikes (miner-rules35-list-states.test.ts).
 */
export const LIST_STATE_SHAPE = {
  name: 'list-state-colon',
  takes: 'a list item opening on a value of a status field, a colon and what it is, beside another value of that field',
  example: '- Pending：还没调度上，或者在拉镜像。\n- Running：至少一个容器在跑。\n- Failed：有容器失败退出。',
  gives: ['Pending', 'Running', 'Failed'],
  lookAlikes: [
    '- Always：总是重启。\n- Never：从不重启。',
    '- Off：只算推荐值。\n- Initial：创建时注入。\n- Auto：随时更新。',
    '- Pending：还没调度上。\n- GKE：用注解。',
    '- Pending：0\n- Running：3',
  ],
} as const;

/** A field that holds what the API reports (`status.phase`, `status.containerStatuses[].state`). */
const STATUS_FIELD = /(?:^|\.)status\./;
/** Two Chinese characters or more: the item says what the value is in words. */
const EXPLAINED = /[\u4e00-\u9fff]{2,}/u;

/** The status fields a word is a value of, each as `owner path`. */
function statusFieldsOf(word: string): Set<string> {
  const out = new Set<string>();
  for (const s of statesNamed(word)) if (STATUS_FIELD.test(s.field)) out.add(`${s.owner} ${s.field}`);
  for (const f of enumFieldsOf(word)) if (STATUS_FIELD.test(f.path)) out.add(`${f.owner} ${f.path}`);
  return out;
}

/**
 * An item of a list that opens on a name and says what it is (listStatesAlone, listReasonsAlone); for a status field's
 * values, `field` is the field (`owner path`) the most items of the list are values of (`Running` beside `Waiting` and
 * `Terminated` is a container's state, not the Pod's phase), unless two fields tie.
 */
type AloneItem = { item: List['children'][number]; paragraph: Paragraph; name: string; field?: string };
type Lead = { it: List['children'][number]; lead: string };

/** The items of a list that open on a plain lead (plainLead) that `keep` takes. */
function plainLeads(list: List, keep: (lead: string) => boolean): Lead[] {
  return list.children.map((it) => ({ it, lead: plainLead(it) })).filter((x): x is Lead => x.lead !== undefined && keep(x.lead));
}

/** The item as an alone name when it says in words what its lead is, after the colon. */
function explainedItem(x: Lead): AloneItem | undefined {
  const paragraph = x.it.children[0] as Paragraph;
  return EXPLAINED.test(toString(paragraph).replace(/^[^:：]*[:：]/u, '')) ? { item: x.it, paragraph, name: x.lead } : undefined;
}

/** list-state-colon: the items of a list that open on a value of a status field beside another value of that field. */
export function listStatesAlone(list: List): AloneItem[] {
  const leads = plainLeads(list, () => true);
  if (leads.length < 2) return [];
  // (each lead's status fields found once: for its own test, its siblings' and the count of items per field)
  const all = new Map(leads.map((x) => [x, statusFieldsOf(x.lead)]));
  const fields = new Map(leads.map((x) => [x, /^[A-Z][A-Za-z]+$/.test(x.lead) && !spelledAsName(x.lead) ? all.get(x)! : new Set<string>()]));
  const out: AloneItem[] = [];
  const items = new Map<string, number>();
  for (const x of leads) for (const f of all.get(x)!) items.set(f, (items.get(f) ?? 0) + 1);
  for (const x of leads) {
    const own = fields.get(x)!;
    if (own.size === 0) continue;
    const found = explainedItem(x);
    if (found === undefined) continue;
    if (!leads.some((o) => o !== x && [...all.get(o)!].some((f) => own.has(f)))) continue;
    const field = mostShared([...own], items);
    out.push(field === undefined ? found : { ...found, field });
  }
  return out;
}

/** The one field of `own` that the most items of the list are values of, none when two tie. */
function mostShared(own: readonly string[], items: ReadonlyMap<string, number>): string | undefined {
  const ranked = own.map((f) => ({ f, n: items.get(f) ?? 0 })).sort((a, b) => b.n - a.n);
  return ranked.length === 1 || ranked[0]!.n > ranked[1]!.n ? ranked[0]!.f : undefined;
}

/**
 * rules39 `paragraph-state-colon`: the same values set out one paragraph each, no list marker (`Pending：Pod 已经被 API
 * server 接受了…` then `Running：…`, `Succeeded：…`): two paragraphs or more in a row, each opening on a value of a status
 * field, a colon and what it is in words, read as listStatesAlone reads a list's items. All 119 dev sets
 * (bench/shapes39.mjs `lead-colon/state` beside `lead-colon-item/state`): such paragraphs 0 found / 5 missed / 0 no
 * label's (dev117), the list items 17 / 0 / 0 in dev105 and dev108; a paragraph opening on another capitalised word and a
 * colon 5 / 3 / 107 (left).
 */
export const PARAGRAPH_STATE_SHAPE = {
  name: 'paragraph-state-colon',
  takes: 'paragraphs in a row, each opening on a value of a status field, a colon and what it is',
  example: 'Pending：Pod 已经被接受了，但还有容器没跑起来。\n\nRunning：Pod 已经绑定到节点。\n\nFailed：所有容器都已经终止。',
  gives: ['Pending', 'Running', 'Failed'],
  lookAlikes: [
    'Pending：Pod 已经被接受了，但还有容器没跑起来。\n\n然后它会被调度。',
    'Always：总是重启。\n\nNever：从不重启。',
    'Pending：0\n\nRunning：3',
    'Warning：这里要小心。\n\nNote：上面的命令要 root。',
  ],
} as const;

/** paragraph-state-colon: the paragraphs of a run (two or more) that open on a value of a status field beside another (listStatesAlone over them). */
export function paragraphStatesAlone(paragraphs: readonly Paragraph[]): { paragraph: Paragraph; name: string; field?: string }[] {
  if (paragraphs.length < 2) return [];
  const list = { type: 'list', ordered: false, spread: false, children: paragraphs.map((p) => ({ type: 'listItem', spread: false, children: [p], position: p.position })) } as List;
  return listStatesAlone(list).map(({ paragraph, name, field }) => ({ paragraph, name, ...(field === undefined ? {} : { field }) }));
}

/**
 * rules36 `list-reason-colon`: a plain list item opening on a reason a container's state gives (table-shapes.ts
 * CONTAINER_REASONS, as the kubelet spells it: `Completed`, `Error`, `OOMKilled`, `CrashLoopBackOff`), a colon and
 * what it is in Chinese, beside another item of the same list opening on such a reason: the table rule
 * `table-reason-row` (rules33) written as a list. Counted over all 110 dev sets before building (docs/miner.md
 * "rules36", bench/list-shapes36.mjs): such items are labels 18 times (11 found, 7 missed) in 5 sets and never a name
 * of no label; a reason opening an item alone, 1 / 0 / 0, is left. Not the names list-name-colon takes already, not a
 * reason in lower case (`error：` is a word), not a reason with no words after it (`- OOMKilled：137`).
 */
export const LIST_REASON_SHAPE = {
  name: 'list-reason-colon',
  takes: "a list item opening on a container state's reason, a colon and what it is, beside another item opening on one",
  example: '- Completed：退出码 0，正常跑完。\n- Error：非 0 退出，程序自己出错。\n- OOMKilled：超过内存上限被内核杀掉。',
  gives: ['Completed', 'Error', 'OOMKilled'],
  lookAlikes: [
    '- OOMKilled：超过内存上限被内核杀掉。\n- 其他：看日志。',
    '- error：程序出错。\n- completed：跑完了。',
    '- OOMKilled：137\n- Error：1',
    '- Completed：跑完了。\n- Pending：还没调度。',
  ],
} as const;

const REASON_NAMES: ReadonlySet<string> = new Set(CONTAINER_REASONS.map((r) => r.name));

/** list-reason-colon: the items of a list that open on a container state's reason beside another such item. */
export function listReasonsAlone(list: List): AloneItem[] {
  const leads = plainLeads(list, (lead) => REASON_NAMES.has(lead));
  if (leads.length < 2) return [];
  const named = new Set(listNamesAlone(list).map((x) => x.name));
  return leads.filter((x) => !named.has(x.lead)).map(explainedItem).filter((x): x is AloneItem => x !== undefined);
}
