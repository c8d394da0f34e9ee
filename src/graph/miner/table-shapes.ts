/**
 * rules30: shapes of a table that present names, read from its header row and cells. Pure
 * functions of strings (the cells' text), read by definitions.ts `tableCandidates`; the unit tests
 * (tests/unit/graph/miner-rules30.test.ts) run examples and look-alikes.
 *
 *   abbreviationColumns / abbreviatedName
 *       a table of abbreviations and the names they stand for (`| 缩写 | 全称 | 含义 |`,
 *       `| 模式 | 缩写 | 说明 |`): each row spells a name out next to its short form
 *       (`| RWO | ReadWriteOnce | … |`), the way a glossary does, so the full name is a concept
 *       of the note with the short form (and a Chinese name given in a column of its own) as aliases.
 *       A kind spelt out there (`| PVC | PersistentVolumeClaim | … |`, `| 控制器 | 简称 |`) is left
 *       to the kinds' own rules (definitions.ts): such a table sums kinds up.
 *
 *   glossaryColumns / glossedRowName (rules38)
 *       a table that gives each Latin name of its first column a Chinese name in a column of its own
 *       (`| 策略 | 中文 | 行为 |` over `| Foreground | 前台级联删除 | … |`, `| 英文 | 译名 | 说明 |`): a
 *       glossary of the names of one sort, the values a field takes as often as terms, so each row's
 *       name is a concept of the note with its Chinese name as an alias — as a row of abbreviations
 *       is. Not a table whose first column is itself the Chinese one (`| 中文 | … |`), nor one with a
 *       column of short forms (the abbreviations' rule above).
 *
 *   englishColumns / englishRowName (rules39)
 *       the same glossary the other way round: a first column of Chinese names and a column headed as
 *       their English names (ENGLISH_NAME_HEADER: `| 术语 | 英文 / 缩写 | 一句话解释 |` over `| 边车 | sidecar | … |`,
 *       `| 中文 | 英文 |`): each row's English name is a concept of the note with its Chinese name as an alias.
 *       Not a table whose first column is itself headed as the English one, nor one with a column of
 *       short forms or of Chinese names (the two readings above).
 *
 *   namesOfASort / sortRowName (rules42)
 *       a table explaining the members of one sort of named thing: a first column headed by a noun of
 *       the sort (`| 接口 | 作用 |`, `| 操作 | 含义 |`, `| 区域 | 说明 |`) beside a column saying what each
 *       is; each row's Latin name is a concept of the note (unit tests: miner-rules42.test.ts).
 */

import { isRemark } from '../labels.ts';
import { isCommandName } from './command-tools.ts';
import { codeSpellingTest } from './item-shapes.ts';

/** Headers of a column of short forms. */
export const ABBREVIATION_HEADER = /^(?:缩写|简称|简写|abbr\.?|abbrev(?:iation)?s?|short\s*names?)$/i;
/** Headers of a column of names spelt out. */
export const FULL_NAME_HEADER = /^(?:全称|全名|完整名称|英文全称|full\s*names?)$/i;
/** Headers of a column of Chinese names. */
export const CHINESE_NAME_HEADER = /^(?:中文|中文名|中文名称|译名)$/u;

export interface AbbreviationColumns {
  /** The column of names spelt out. */
  name: number;
  abbreviation: number;
  chinese?: number;
}

/**
 * The columns of a table of abbreviations, from its header cells: the short forms' column, and the
 * full names' — the one headed `全称`, else the first column when the short forms are not there
 * (`| 模式 | 缩写 | 说明 |`). None when no header says short form.
 */
export function abbreviationColumns(headers: readonly string[]): AbbreviationColumns | undefined {
  const abbreviation = headers.findIndex((h) => ABBREVIATION_HEADER.test(h));
  if (abbreviation < 0) return undefined;
  const full = headers.findIndex((h) => FULL_NAME_HEADER.test(h));
  const name = full >= 0 ? full : abbreviation > 0 ? 0 : -1;
  if (name < 0 || name === abbreviation) return undefined;
  const chinese = headers.findIndex((h, k) => k !== name && k !== abbreviation && CHINESE_NAME_HEADER.test(h));
  return { name, abbreviation, ...(chinese >= 0 ? { chinese } : {}) };
}

/** A name spelt out in Latin: one identifier or up to four words (`ReadWriteOncePod`, `Horizontal Pod Autoscaler`). */
const SPELT_NAME = /^[A-Za-z][A-Za-z0-9]*(?:[ -][A-Za-z0-9]+){0,3}$/;
/** A short form: one Latin token (`RWO`, `deploy`, `STS`), not a dash for none. */
const SHORT_FORM = /^[A-Za-z][A-Za-z0-9-]{0,9}$/;
/** A Chinese name of a column of its own (`单节点读写`, `单 Pod 读写`, `持久卷`). */
const CHINESE_NAME = /^[\u4e00-\u9fff][\u4e00-\u9fffA-Za-z ]{1,11}$/u;

/**
 * The name one row of a table of abbreviations spells out, with its short form (and Chinese name)
 * as aliases; none when the cells are not a Latin name and a shorter Latin token (`| Job | — |`,
 * `| 普通 Service | … |`), or the short form is the name itself.
 */
export function abbreviatedName(nameCell: string, abbreviationCell: string, chineseCell?: string): { name: string; aliases: string[] } | undefined {
  const clean = (s: string): string => s.trim().replace(/^`|`$/g, '').trim();
  const name = clean(nameCell);
  const short = clean(abbreviationCell);
  if (!SPELT_NAME.test(name) || !SHORT_FORM.test(short) || short.length >= name.length || short.toLowerCase() === name.toLowerCase()) return undefined;
  const aliases = [short];
  const chinese = chineseCell === undefined ? '' : clean(chineseCell);
  if (CHINESE_NAME.test(chinese)) aliases.push(chinese);
  return { name, aliases };
}

/**
 * rules38: the columns of a glossary table (module comment): the first column's names and the
 * column headed as their Chinese names (CHINESE_NAME_HEADER), not the first. None when a column
 * holds short forms (abbreviationColumns reads that table).
 */
export function glossaryColumns(headers: readonly string[]): { name: number; chinese: number } | undefined {
  if (headers.length < 2 || headers.some((h) => ABBREVIATION_HEADER.test(h))) return undefined;
  const chinese = headers.findIndex((h, k) => k > 0 && CHINESE_NAME_HEADER.test(h));
  return chinese > 0 && !CHINESE_NAME_HEADER.test(headers[0]!) ? { name: 0, chinese } : undefined;
}

/** The name one row of a glossary table gives, with its Chinese name as an alias; none when the cells are not a Latin name and a Chinese one. */
export function glossedRowName(nameCell: string, chineseCell: string): { name: string; aliases: string[] } | undefined {
  const clean = (s: string): string => s.trim().replace(/^`|`$/g, '').trim();
  const name = clean(nameCell);
  const chinese = clean(chineseCell);
  return SPELT_NAME.test(name) && CHINESE_NAME.test(chinese) ? { name, aliases: [chinese] } : undefined;
}

/** Headers of a column of English names (`英文`, `英文名`, `英文 / 缩写`, `English`, `原文`). */
export const ENGLISH_NAME_HEADER = /^(?:英文|英文名|英文名称|英文术语|英文原文|原文|英文\s*[/／、]\s*(?:缩写|简称)|english(?:\s*names?)?)$/iu;

/**
 * rules39: the columns of a glossary whose first column holds the Chinese names and a later one, headed
 * ENGLISH_NAME_HEADER, their English names (module comment). None when the first column is headed so itself,
 * or another reading holds: a column of short forms (abbreviationColumns), one of Chinese names (glossaryColumns).
 */
export function englishColumns(headers: readonly string[]): { chinese: number; english: number } | undefined {
  if (headers.length < 2 || ENGLISH_NAME_HEADER.test(headers[0]!.trim())) return undefined;
  if (headers.some((h, k) => ABBREVIATION_HEADER.test(h.trim()) || (k > 0 && CHINESE_NAME_HEADER.test(h.trim())))) return undefined;
  const english = headers.findIndex((h, k) => k > 0 && ENGLISH_NAME_HEADER.test(h.trim()));
  return english > 0 ? { chinese: 0, english } : undefined;
}

/** An English name of such a glossary: a Latin name of up to four words, `_` allowed (`kubernetes_sd`, `node-level logging agent`). */
const ENGLISH_NAME = /^[A-Za-z][A-Za-z0-9_]*(?:[ -][A-Za-z0-9_]+){0,3}$/;

/**
 * The name one row of such a glossary gives: its English cell (code marks and a parenthesis after it dropped,
 * `Metrics API (\`metrics.k8s.io\`)`), with the Chinese cell as an alias; none when the first cell is not a short
 * Chinese name or the English one is not spelt as a name (`| 事件 | — |`, a sentence).
 */
export function englishRowName(chineseCell: string, englishCell: string): { name: string; aliases: string[] } | undefined {
  const clean = (s: string): string => s.replace(/\*\*/g, '').replace(/`/g, '').trim();
  const chinese = clean(chineseCell);
  const name = clean(englishCell).replace(/\s*[(（][^()（）]*[)）]\s*$/u, '').trim();
  return CHINESE_NAME.test(chinese) && ENGLISH_NAME.test(name) ? { name, aliases: [chinese] } : undefined;
}

/**
 * rules42: a table that explains the members of one sort of named thing, one row each: the first
 * column headed by a generic noun of a sort of thing (NAME_SORT_HEADER: `| 接口 | 作用 |` over the
 * parts of a plugin interface, `| 操作 | 含义 |` over a protocol's operations, `| 区域 | 说明 |` over
 * the areas of a runtime's memory, `| 名称 | 用途 |`, `| 术语 | 一句话 |`), another column headed as
 * what each one is or does (EXPLAIN_HEADER: 作用, 含义, 说明, 用途, 一句话 …), and a first cell
 * spelt as a Latin name (sortRowName). The writer lists names to explain them, as a list of bold
 * definitions would.
 *
 * What the first header is, is what an expert reads first, and only these headers are taken: a
 * column of a field's values (`值`, `取值`, `type`, `模式`, `级别`, `action`, `策略`, `方式`) lists
 * options the label conventions leave unlabelled; a column of criteria (`对比项`, `维度`, an empty
 * header over `成本` / `性能` …), symptoms (`现象`, `症状`, `看到什么`), needs or scenes (`需求`,
 * `场景`), commands and flags (`命令`, `参数`), files and paths, versions and dates lists no names
 * a note explains; a kind's name over its instances (`| PriorityLevel | 用途 |`) lists objects.
 * Nor when no column says what each one is (`| 名字 | 权限 |`, `| 服务 | 主要 RPC | 调用方 |`), nor a column of
 * `概念`: a summary table of the note's concepts (`## 小结`) names again what it defined above, often
 * by a shorter name (`QoS` for `QoS class`), which would make a second concept of it.
 * Nor `能力` (`| 能力 | 用途 | 建议 |` over `NET_ADMIN`, `NET_RAW`): Linux capabilities are the values of
 * `capabilities.add`, options of a field the labels leave unlabelled unless presented one by one.
 */
export const NAME_SORT_HEADER = /^(?:接口|接口名|操作|操作名|区域|内存区域|模块|子模块|子系统|组成部分|部件|名称|名字|名词|术语|东西|interfaces?|operations?|modules?|names?|terms?)$/iu;
/** Headers of a column that says what each row's name is or does. */
export const EXPLAIN_HEADER = /^(?:作用|含义|说明|用途|职责|功能|做什么|干什么(?:用)?|干啥|负责(?:什么)?|一句话(?:说明|解释)?|意思|描述|是什么|解释|purpose|role|meaning|description|what it does)$/iu;

/** Whether the header row is that of a table explaining the members of one sort (module comment, rules42). */
export function namesOfASort(headers: readonly string[]): boolean {
  return headers.length >= 2 && NAME_SORT_HEADER.test(headers[0]!.trim()) && headers.slice(1).some((h) => EXPLAIN_HEADER.test(h.trim()));
}

/**
 * rules50: a table of the writer's own objects with their settings — a row's first cell spelt as an object's name is
 * (hyphen-joined lower case, CODE_NAME_SPELLINGS `hyphen-joined`: `san-gold`, `inference-critical`, `batch-sla`) and
 * a later column headed by an API field's name (`| 名称 | 后端 | reclaimPolicy | volumeBindingMode | 用途 |`, `| 名字 |
 * value | 用途 |`, `| PriorityClass | value | preemptionPolicy | 用途 |`): each row is one object (a StorageClass, a
 * PriorityClass of the team) and the columns its fields' values, not a name the note explains — whatever the first
 * header says (rules42's `名称` / `名字`, rules26's kind over its objects). Counted over all 146 dev sets (tables whose
 * later header is spelt as a field, rows spelt hyphen-joined): 11 such rows mined, every one a false positive (dev128,
 * dev137, dev139, dev145: four writers; nine of them by table-sort-row and table-named-row, two by the learned path),
 * 21 neither labelled nor mined, and 2 labelled (dev44's built-in `system-node-critical` / `system-cluster-critical`,
 * found by the prose below the table, not by its rows). The tables whose names are explained (`| 名字 | 干啥 |` over
 * `gitlab`, `| 接口 | 作用 |`, `| ClusterRole | 说明 |` over `cluster-admin`) have no field's column.
 */
export const OBJECTS_WITH_SETTINGS = {
  example: { headers: ['名称', '后端', 'reclaimPolicy', 'volumeBindingMode', '用途'], cell: 'san-gold' },
  lookAlike: { headers: ['名字', '干啥'], cell: 'gitlab' },
} as const;

/** Whether a row named `cell` under `headers` is one object with its settings (OBJECTS_WITH_SETTINGS); `isField`: a header is an API field's name. */
export function objectWithSettings(headers: readonly string[], cell: string, isField: (header: string) => boolean): boolean {
  const name = cell.trim().replace(/^\*\*|\*\*$/g, '').replace(/^`|`$/g, '').trim();
  return codeSpellingTest('hyphen-joined').test(name) && headers.slice(1).some((h) => isField(h.trim().replace(/^`|`$/g, '')));
}

/** A Latin name of one to three words (`InstancesV2`, `CHECK`, `Code Cache`, `veth pair`), not a flag, a number or a path with spaces. */
const SORT_ROW_NAME = /^[A-Za-z][\w.\-/]*(?: [A-Za-z][\w.\-/]*){0,2}$/;

/**
 * The name a row of such a table explains, from its first cell (code marks and bold taken off);
 * none when the cell is not spelt as a Latin name, or is one lower-case word of everyday English
 * (`| view | … |`, `| watch | … |`: a word the table uses, as often a role or a verb as a name).
 */
export function sortRowName(cell: string, everyday: (word: string) => boolean): string | undefined {
  const name = cell.trim().replace(/^\*\*|\*\*$/g, '').replace(/^`|`$/g, '').trim();
  if (!SORT_ROW_NAME.test(name)) return undefined;
  if (/^[a-z]+$/.test(name) && everyday(name)) return undefined;
  return name;
}

/**
 * tables28: a quick-reference table whose first column holds the note's concepts under a header that
 * names them as concepts, parts or measures rather than as a sort of its own (QUICK_REFERENCE_HEADERS:
 * `| 概念 | 一句话解释 |`, `| 组件 | 说明 |`, `| 指标 | 含义 |`, `| 资源 | 用途 |`), beside a column saying
 * what each is (EXPLAIN_HEADER). Each row spelt as a Latin name, or glossed (`存活探针（livenessProbe）`,
 * `Endpoints（端点）`), is a concept of the note; a camelCase row is a key the note explains (rules27
 * `table-key-row`: a field placed where the context places it). Counted on all 83 dev sets before it was
 * built (docs/miner.md "tables28"). rules42 left `概念` out for a summary table that names again what the
 * note defined above (`QoS` after `QoS class`): such a row attaches to the concept it names when the
 * resolver knows it, and is counted as a duplicate when not (measured).
 */
export const QUICK_REFERENCE_HEADERS: readonly { name: string; header: RegExp; example: string }[] = [
  { name: 'concepts', header: /^(?:概念|核心概念|关键概念|基本概念|概念名|concepts?|key\s+concepts?)$/iu, example: '概念' },
  { name: 'parts', header: /^(?:组件|组件名|核心组件|components?)$/iu, example: '组件' },
  { name: 'measures', header: /^(?:指标|指标名|监控指标|metrics?|metric\s*names?)$/iu, example: '指标' },
  { name: 'resources', header: /^(?:资源|资源名|resources?)$/iu, example: '资源' },
];

/** The QUICK_REFERENCE_HEADERS entry a header row opens with, when another column says what each row is; else undefined. */
export function quickReference(headers: readonly string[]): (typeof QUICK_REFERENCE_HEADERS)[number] | undefined {
  if (headers.length < 2 || !headers.slice(1).some((h) => EXPLAIN_HEADER.test(h.trim()))) return undefined;
  const first = headers[0]!.trim();
  return QUICK_REFERENCE_HEADERS.find((q) => q.header.test(first));
}

/** A Chinese name in a gloss (`存活探针`, `单 Pod 读写`): Chinese first, up to twelve characters. */
const GLOSS_CHINESE = /^[\u4e00-\u9fff][\u4e00-\u9fffA-Za-z0-9 ]{0,11}$/u;

/**
 * tables28: the name a row of a table of names gives in a gloss, `English（中文）` or `中文（English）`
 * (the gloss convention of running text, definer.ts): the Latin name with the Chinese one as its alias
 * (a remark in the parentheses, `runc（默认）`, labels.ts isRemark: the name alone);
 * none when the cell is no such pair (a remark in parentheses, `runtime-class-manager（前身 kwasm-operator）`,
 * `Pod 级别`, a phrase).
 */
export function glossedCellName(cell: string, everyday: (word: string) => boolean): { name: string; aliases: string[] } | undefined {
  const text = cell.trim().replace(/\*\*/g, '').replace(/`/g, '').trim();
  const m = /^(.+?)\s*[（(]\s*([^（）()]+?)\s*[）)]$/u.exec(text);
  if (!m) return undefined;
  const [outer, inner] = [m[1]!.trim(), m[2]!.trim()];
  const latinOuter = sortRowName(outer, everyday);
  // (a remark, `runc（默认）`, `Foo（1.30+）`: the name alone)
  if (latinOuter !== undefined && isRemark(inner)) return { name: latinOuter, aliases: [] };
  if (latinOuter !== undefined && GLOSS_CHINESE.test(inner)) return { name: latinOuter, aliases: [inner] };
  const latinInner = sortRowName(inner, everyday);
  if (latinInner !== undefined && GLOSS_CHINESE.test(outer)) return { name: latinInner, aliases: [outer] };
  return undefined;
}

/**
 * tables28: a comparison table that puts one compared thing per column (`| 维度 | Cluster Autoscaler |
 * Karpenter |`, `|  | kopia | restic |`): the first header is empty or names the criteria
 * (COMPARED_FIRST_HEADER), and every other header is spelt as a Latin name, bare or with a remark in
 * parentheses (`Kong (KIC)`, `runc（默认）`). The columns' names are what the note compares, each
 * explained row by row: concepts of the note. An API kind among them is left to the kinds' own rules
 * (a kind compared is often one the note only uses, `| 特性 | Deployment | StatefulSet |`). Not a table
 * whose first header is `项目` (a project, PART_HEADER), nor one with a header in Chinese (`| | 普通容器 |
 * init 容器 |`: phrases, not names).
 */
export const COMPARED_FIRST_HEADER = /^(?:|维度|对比项|对比维度|对比|比较项|对比点|特性|区别|差异|aspect|dimension)$/iu;

/** The compared names of a comparison table's header row (COMPARED_FIRST_HEADER), with their column; none when it is no such table. */
export function comparedColumns(headers: readonly string[], everyday: (word: string) => boolean): { col: number; name: string }[] {
  if (headers.length < 3 || !COMPARED_FIRST_HEADER.test(headers[0]!.replace(/\*\*/g, '').trim())) return [];
  const out: { col: number; name: string }[] = [];
  for (const [col, h] of headers.entries()) {
    if (col === 0) continue;
    const text = h.replace(/\*\*/g, '').replace(/`/g, '').trim().replace(/\s*[（(][^（）()]*[）)]$/u, '').trim();
    if (!SORT_ROW_NAME.test(text)) return [];
    // (a lower-case word of everyday English, `kind`, names no concept by its spelling: that column only is left)
    const name = sortRowName(text, everyday);
    if (name !== undefined) out.push({ col, name });
  }
  return out;
}

/**
 * rules33: the reasons a container's state gives (`status.containerStatuses[].state.waiting.reason` and
 * `.terminated.reason`), as the kubelet and the container runtimes write them, with the state each belongs to
 * (data; the unit tests run every entry). Counted on all 101 dev sets before it was built (docs/miner.md
 * "rules33", bench/reason-rows33.mjs): table rows whose first cell is one of these names, explained in another
 * cell, were labels 27 times (5 found, 22 missed) in 5 sets and never a name the labels leave out. Not `Evicted`
 * (a Pod's reason and an event's, listed in an event table dev40 does not label), nor the reasons of events
 * (`FailedScheduling`, `BackOff`, `Unhealthy`: a table of events' reasons is labelled one way in one set and
 * the other way in the next), nor the phases and states themselves (`Running`, `Waiting`: the phase tables').
 */
export const CONTAINER_REASONS: readonly { name: string; state: 'waiting' | 'terminated' }[] = [
  { name: 'ContainerCreating', state: 'waiting' },
  { name: 'PodInitializing', state: 'waiting' },
  { name: 'ErrImagePull', state: 'waiting' },
  { name: 'ImagePullBackOff', state: 'waiting' },
  { name: 'ErrImageNeverPull', state: 'waiting' },
  { name: 'InvalidImageName', state: 'waiting' },
  { name: 'RegistryUnavailable', state: 'waiting' },
  { name: 'ImageInspectError', state: 'waiting' },
  { name: 'CreateContainerConfigError', state: 'waiting' },
  { name: 'CreateContainerError', state: 'waiting' },
  { name: 'RunContainerError', state: 'waiting' },
  { name: 'PreStartHookError', state: 'waiting' },
  { name: 'PostStartHookError', state: 'waiting' },
  { name: 'CrashLoopBackOff', state: 'waiting' },
  { name: 'Completed', state: 'terminated' },
  { name: 'Error', state: 'terminated' },
  { name: 'OOMKilled', state: 'terminated' },
  { name: 'ContainerCannotRun', state: 'terminated' },
  { name: 'StartError', state: 'terminated' },
  { name: 'ContainerStatusUnknown', state: 'terminated' },
];

const REASON_NAMES: ReadonlySet<string> = new Set(CONTAINER_REASONS.map((r) => r.name));

/**
 * The container state reason a table's first cell names, spelt as the kubelet writes it (code marks taken
 * off; not `error` or `completed` in lower case, words of a sentence), when another cell of the row explains it
 * in words (`explains`); else undefined.
 */
export function reasonRowName(cell: string, others: readonly string[], explains: (text: string) => boolean): string | undefined {
  const name = cell.trim().replace(/^`|`$/g, '').trim();
  return REASON_NAMES.has(name) && others.some(explains) ? name : undefined;
}

/**
 * rules34: a table row whose first cell is a command's name (command-tools.ts isCommandName: the tool and one to
 * three subcommand words, `kubectl get`, `kubeadm certs renew`, `crictl ps`), alone or followed by placeholders only
 * (`kubectl cordon <node>`, `kubectl cnpg status <cluster>`: the command's form, not a command line), when another
 * cell of the row explains it in words: the writer lists commands to say what each does, as a list of bold
 * definitions would. Counted on all 104 dev sets before it was built (docs/miner.md "rules34",
 * bench/command-rows34.mjs): such rows were labels 51 times (the name alone 37: 20 found, 17 missed; with
 * placeholders 14) in 5 sets and never a name the labels leave out. Not a command line with arguments or flags
 * (`kubectl get pods -o wide`, `kubectl rollout status deploy/web`: 10 labels of the command's name against 11
 * rows whose command no label names), nor a flagged command (`kubectl logs --previous`: 1 / 2).
 */
export const COMMAND_PLACEHOLDERS = /^(?:\s*(?:<[^<>]+>|\[[^[\]]+\]))+\s*$/;

/**
 * The command's name a table's first cell writes (code marks taken off), alone or before placeholders only, when
 * another cell of the row explains it in words (`explains`); else undefined.
 */
export function commandRowName(cell: string, others: readonly string[], explains: (text: string) => boolean): string | undefined {
  const words = cell.trim().replace(/^`|`$/g, '').trim().split(/\s+/);
  for (let k = Math.min(words.length, 4); k >= 2; k--) {
    const name = words.slice(0, k).join(' ');
    if (!isCommandName(name)) continue;
    const rest = words.slice(k).join(' ');
    if (rest !== '' && !COMMAND_PLACEHOLDERS.test(rest)) return undefined;
    return others.some(explains) ? name : undefined;
  }
  return undefined;
}

/**
 * table37: a column other than the first that gives each row's field (`| 探针 | 字段 | 失败了会怎样 | 什么时候用 |`
 * over `| 存活探针 | \`livenessProbe\` | … |`, `| 状态 | 字段 | 常见取值 |` over `| 同步状态 | \`status.sync.status\` | … |`,
 * `| 想做的事 | 字段 |` over `| 冻结租户 | \`spec.cordoned\` |`): the writer sets the fields out one a row, the first
 * column saying what each is or is for, as a table of fields does with its first column (definitions.ts FIELD_HEADER,
 * `field-table`). The cell is one field's name or path; a remark after it in parentheses is not part of it
 * (`` `spec.resourceQuotas`（scope: Tenant） ``). Not a column of a comparison's compared things, not a column headed
 * where a field is written (`写在哪`, `位置`: the owner's name or a place, `VS`, `PriorityClass 顶层`).
 */
export const FIELD_COLUMN_HEADER = /^(?:字段|字段名|对应字段|字段路径|field|fields|field\s*path)$/iu;

/** First headers whose cells say what a row's field answers (a need, a means), not the field's name: their cells are no aliases. */
export const FIELD_COLUMN_NEED_FIRST = /^(?:需求|想做的事|想干什么|我想.*|场景|要求|手段|目标|任务|问题|用法|能力)$/u;

/** The column, not the first, headed as fields (FIELD_COLUMN_HEADER); none when the first column is itself headed so (a table of fields). */
export function fieldColumn(headers: readonly string[]): number | undefined {
  const clean = headers.map((h) => h.normalize('NFKC').replace(/[`*]/g, '').replace(/\s*[(（][^()（）]*[)）]\s*$/u, '').trim());
  if (clean.length < 2 || FIELD_COLUMN_HEADER.test(clean[0]!)) return undefined;
  const k = clean.findIndex((h, i) => i > 0 && FIELD_COLUMN_HEADER.test(h));
  return k > 0 ? k : undefined;
}

/**
 * Last segments a path in such a column ends in that name no field of their own but the key every item of a list has
 * (`volumeMounts[].name`: `必须和上面的 name 对上`, dev39), after a list's `[]` or alone: the row explains the list's item,
 * not a field a reader looks up. (`readOnly`, `mountPath` beside it are fields, and so is `spec.strategy.type`.)
 */
export const FIELD_COLUMN_ITEM_KEYS: ReadonlySet<string> = new Set(['name', 'key', 'value', 'kind', 'type']);

/** One field's name or path in a cell (`livenessProbe`, `status.sync.status`, `spec.limits[].max`), a remark in parentheses dropped; none for two fields, a value, words or a list item's key (FIELD_COLUMN_ITEM_KEYS). */
export function fieldColumnName(cell: string): string | undefined {
  const t = cell.normalize('NFKC').trim().replace(/\s*[(（][^()（）]*[)）]\s*$/u, '').trim().replace(/^`|`$/g, '').trim();
  if (!/^[a-z][A-Za-z0-9]*(?:\[\])?(?:\.[a-z][A-Za-z0-9]*(?:\[\])?)*$/.test(t)) return undefined;
  const path = t.replace(/\[\]$/, '');
  const segments = path.split('.');
  const last = segments.pop()!;
  // (a list item's key: after `[]`, or alone; `spec.strategy.type` is a field of its own)
  return FIELD_COLUMN_ITEM_KEYS.has(last) && (segments.length === 0 || segments[segments.length - 1]!.endsWith('[]')) ? undefined : path;
}

/** A first cell that names the row's field in Chinese (`存活探针`, `同步状态`), under a first header that is no need or means (FIELD_COLUMN_NEED_FIRST); else none. */
export function fieldColumnAlias(firstHeader: string, firstCell: string): string | undefined {
  const h = firstHeader.normalize('NFKC').replace(/[`*]/g, '').trim();
  const t = firstCell.normalize('NFKC').replace(/\*\*/g, '').trim();
  return !FIELD_COLUMN_NEED_FIRST.test(h) && /^[\u4e00-\u9fff]{2,8}$/u.test(t) ? t : undefined;
}
