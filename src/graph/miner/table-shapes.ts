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
