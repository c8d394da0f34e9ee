/**
 * tables7: tables that set out the settings of a tool that is not a Kubernetes kind, and the phases
 * of a kind the note brings (issue 12). Pure data and functions of strings, read by definitions.ts
 * (`tableCandidates`, `NAMED_ROW_HEADERS`), unplaced-keys.ts (`keySpelling`) and resolve.ts (a custom
 * phase); unit tests in tests/unit/graph/miner-tables7.test.ts.
 *
 * Learners explain a tool's settings the way they explain a kind's fields: a table whose first column
 * holds the keys and whose other column says in Chinese what each does. Over dev45 … dev62 (held-out
 * origin) the rows of tables headed by a key column are labels 81 times in 85 (all design sets: 232 in
 * 236); what was lost is (docs/miner.md, "tables7"):
 *
 *   SETTING_HEADER   a column of a tool's settings headed 设置 / 设置项 / 配置键 / setting(s) — not
 *                    among the headers of a table of keys (definitions.ts FIELD_HEADER), so no rule
 *                    proposed its rows (Longhorn's `replica-soft-anti-affinity`, `default-data-path`).
 *                    Each row names a setting of the note (a term), as a row of variables or
 *                    annotations does (NAMED_ROW_HEADERS).
 *   TITLE_KEY        how a key of a configuration file that is no Kubernetes object is spelt in a
 *                    table of keys besides camelCase, paths and lower case: capitalised words joined by
 *                    underscores (`Mem_Buf_Limit`, `Refresh_Interval`: Fluent Bit, INI sections); with an
 *                    environment variable (`WARM_IP_TARGET`, unplaced-keys.ts's 'upper'), a table of keys
 *                    now admits it (unplaced-keys.ts UNPLACED_KEY_RULES). A table headed as keys says its
 *                    first column holds keys whatever their spelling; these spellings were dropped
 *                    because nothing places them.
 *   PHASE_COLUMN     a table whose first column is headed `phase` / `阶段` beside a column explaining
 *                    each (`| phase | 含义 |`), in a note whose own kind is not one the API knows: its
 *                    rows are that kind's phases (`ImportScheduled`, `Provisioned`), `state`s as the
 *                    label conventions type phase values. The resolver kept only the phases of the
 *                    API's kinds (34 labels lost in dev54 and dev60, none of those tables' rows an
 *                    unlabelled word). Not `状态` / `status`: such a column lists conditions, printable
 *                    statuses or health words as often (dev52's KafkaRebalance states are no labels).
 *   VALUE_HEADER     a table of the values one setting takes, each with its meaning (`| 级别 | 说明 |`
 *                    over an audit policy's `None` … `RequestResponse`, `| 模式 | 含义 |`, `| 类型 | 用途 |`).
 *                    The label conventions leave a field's options unlabelled unless the note presents
 *                    them as concepts, and the writers do both: the rows of such tables are labels 110
 *                    times in 200 over the design sets. What tells them apart is the note itself: where
 *                    the miner already took at least half of a table's values as concepts of the note
 *                    (a bold definition, a heading, a gloss elsewhere), the writer presents the values as
 *                    concepts, and the other rows are of the same sort (`tableCompleted`). Simulated on the
 *                    design sets before it was written: 6 labels more for 2 words of no label.
 */
import { EXPLAIN_HEADER } from './table-shapes.ts';
import { enumFieldsOf, type FieldOccurrence } from '../vocabulary/index.ts';

/** Headers of a column of a tool's settings (each row a setting the note explains). */
export const SETTING_HEADER = /^(?:设置|设置项|设置名|配置键|配置名|settings?|setting\s*names?|config\s*keys?)$/iu;

/** Headers of a column of a kind's phases (the values of its `status.phase`). */
export const PHASE_COLUMN = /^(?:phase|phases|阶段|`?(?:\.?status\.)?phase`?)$/iu;

/** Headers a phase table's explaining column has beyond table-shapes.ts EXPLAIN_HEADER (what a phase means, not what a row does). */
const PHASE_MEANING_HEADER = /^(?:意味着|表示|什么意思)$/iu;

/** A phase spelt as the API spells them: one PascalCase word or several run together (`Pending`, `ImportInProgress`). */
const PHASE_NAME = /^[A-Z][a-z]+(?:[A-Z][a-z]*)*$/;

/** Whether a table's header row is that of a kind's phases: a phase column first, a column explaining each after it. */
export function phaseColumnTable(headers: readonly string[]): boolean {
  const clean = headers.map((h) => h.normalize('NFKC').replace(/\*\*/g, '').replace(/\s*[(（][^()（）]*[)）]\s*$/u, '').trim());
  return clean.length >= 2 && PHASE_COLUMN.test(clean[0]!) && clean.slice(1).some((h) => EXPLAIN_HEADER.test(h) || PHASE_MEANING_HEADER.test(h));
}

/** Whether a first cell of such a table is spelt as a phase. */
export function phaseName(cell: string): boolean {
  return PHASE_NAME.test(cell.trim().replace(/^\*\*|\*\*$/g, '').replace(/^`|`$/g, '').trim());
}

/**
 * A key of a tool's file spelt in capitalised words joined by underscores (`Mem_Buf_Limit`,
 * `Skip_Long_Lines`, `Refresh_Interval`): unplaced-keys.ts `keySpelling` 'title', which a table of
 * keys admits besides resolve5's spellings (an environment variable, `WARM_IP_TARGET`, is its 'upper').
 */
export const TITLE_KEY = /^[A-Z][a-z0-9]+(?:_[A-Z][A-Za-z0-9]*)+$/;

/** Headers of a column of the values a setting takes (levels, modes, policies, types). */
export const VALUE_HEADER = /^(?:级别|等级|模式|策略|类型|方式|取值|可选值|值|levels?|modes?|polic(?:y|ies)|types?|values?|actions?)$/iu;

/** A value spelt as one identifier (`RequestResponse`, `l2tunnel`, `cron-task`, `selfSigned`): no path, domain or phrase. */
const VALUE_NAME = /^[A-Za-z][A-Za-z0-9]*(?:[-_][A-Za-z0-9]+)*$/;

/** Whether a table's first header names a column of values. */
export function valueTable(headers: readonly string[]): boolean {
  const first = (headers[0] ?? '').normalize('NFKC').replace(/[`*]/g, '').replace(/\s*[(（][^()（）]*[)）]\s*$/u, '').trim();
  return headers.length >= 2 && VALUE_HEADER.test(first);
}

/** The value a first cell of such a table names, else undefined. */
export function valueName(cell: string): string | undefined {
  const n = cell.normalize('NFKC').trim().replace(/^\*\*|\*\*$/g, '').replace(/^`|`$/g, '').trim();
  return VALUE_NAME.test(n) ? n : undefined;
}

/**
 * Whether the rest of a table of values is of the sort its rows already defined are: at least two of
 * its values, and at least half of them, are concepts of the note.
 */
export function tableCompleted(values: number, defined: number): boolean {
  return defined >= 2 && defined * 2 >= values;
}

/**
 * fix29 (`enum-value-table`): a table of sorts (its first header `类型`, `种类`, `type`) whose first cells are the declared values of one field of a
 * kind the note's YAML declares (`| 类型 | 说明 |` over ClusterIP, NodePort, LoadBalancer, ExternalName, next
 * to a `kind: Service` example: Service's `spec.type`) is that field's values, each explained by its row,
 * whether or not the note took any of them already. ENUM_VALUE_TABLE.minValues of them at least, and every
 * row's value but one.
 */
export const ENUM_VALUE_TABLE = {
  name: 'enum-value-table',
  minValues: 3,
  /** Steps of the field's path at most: a field of the object itself (`spec.type`). */
  maxDepth: 2,
  /** The first header says the rows are sorts of a thing (`| 类型 | 说明 |`: Service types), not bare values (`| 取值 | 行为 |`). */
  header: /^(?:类型|种类|类别|分类|type|types|kind)$/i,
} as const;

/** The field whose values a table's value names are, for one of `kinds`, or undefined. */
export function enumValueTable(names: readonly string[], kinds: ReadonlySet<string>, header: string): FieldOccurrence | undefined {
  if (names.length < ENUM_VALUE_TABLE.minValues || !ENUM_VALUE_TABLE.header.test(header.normalize('NFKC').replace(/[`*]/g, '').trim())) return undefined;
  const count = new Map<string, { occ: FieldOccurrence; n: number }>();
  for (const name of new Set(names)) {
    for (const occ of enumFieldsOf(name)) {
      if (!kinds.has(occ.owner)) continue;
      const k = `${occ.owner}\u0000${occ.path}`;
      const got = count.get(k) ?? { occ, n: 0 };
      got.n++;
      count.set(k, got);
    }
  }
  const best = [...count.values()].sort((a, b) => b.n - a.n)[0];
  // (the object's own sorts, `spec.type`: a nested field's values, hostPath's `type` or a taint's `effect`, are
  // settings the dev labels leave out: +5 false positives on dev2 when measured)
  if (best && best.occ.path.split('.').length > ENUM_VALUE_TABLE.maxDepth) return undefined;
  return best && best.n >= ENUM_VALUE_TABLE.minValues && best.n >= names.length - 1 ? best.occ : undefined;
}
