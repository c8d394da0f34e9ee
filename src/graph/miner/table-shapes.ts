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
 *   namesOfASort / sortRowName (rules42)
 *       a table explaining the members of one sort of named thing: a first column headed by a noun of
 *       the sort (`| 接口 | 作用 |`, `| 操作 | 含义 |`, `| 区域 | 说明 |`) beside a column saying what each
 *       is; each row's Latin name is a concept of the note (unit tests: miner-rules42.test.ts).
 */

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
