/**
 * eqdef44 (issue 12 items 1, 4): a terse note defines a name by an equation in words — a list item or a line
 * opening on a plain Latin name, a spaced `=` and what it is (`- drain = cordon + 驱逐；…`, `KRaft = Kafka Raft，Kafka
 * 自己用 Raft 协议…`, `- LDS = Listener Discovery Service，监听器，对应端口`, `- ingress = 7层入口, 按 host/path 转到 svc`).
 *
 * Counted over all 125 dev sets before it was built (bench/eqdef44-items.mjs, docs/miner.md "eqdef44"): items and
 * lines of the shape `X = …` with X a plain Latin name and words after it: 13 labels missed today in 8 sets (dev10,
 * dev52, dev58, dev62, dev63, dev67, dev80, dev94), against 3 unlabelled names (`cluster`, `init`, `F`); every
 * kind's item of the shape is labelled (9 items, all found by other lines today). A Chinese name before `=` is as
 * often a remark as a term (`扩容 = 改 SC → …`, `身份 = 名字 + DNS + 盘`: 4 labels missed against 16 names of no label),
 * and is left.
 *
 * Not read (look-alikes): a setting (`replicas=4`, `revisionHistoryLimit=0`, `requests = limits` — a field's own
 * spelling before `=` sets it), a value (`CPU limit = 2 就意味着…`; `7层入口` is words), `=` not spaced on both sides (`CN=用户名`), an
 * equation of symbols with no word of what it is (`exitCode 137 = OOMKilled / SIGKILL`), one letter (`F = full`), a
 * generic word, and a line whose name has Chinese in it.
 */
import { isGenericLabel } from '../labels.ts';
import { configFieldsNamed, fieldsNamed, kindNamed } from '../vocabulary/index.ts';
import { spellsAbbreviation } from './gloss-shapes.ts';

export const EQUALS_SHAPE = {
  name: 'text-equals',
  takes: 'a paragraph or list item opening on a plain Latin name (up to three words), a spaced `=` and words saying what it is (Chinese in them), the name no field of the API',
  example: '- drain = cordon + 驱逐；驱逐走 Eviction API，才会受 PDB 约束',
  gives: ['drain'],
  lookAlikes: [
    '- requests = limits，内存是不可压缩资源',
    '- revisionHistoryLimit=0 还能 undo',
    'CPU limit = 2 就意味着每 100ms 最多 200ms',
    '- CN=用户名，O=组',
    '- exitCode 137 = OOMKilled / SIGKILL',
    '- F = full 整行，P = partial 被切开的行',
    '- 扩容 = 改 SC → 逐个改 PVC',
  ],
} as const;

/** A plain Latin name (one to three words, a hyphen, dot or slash inside), a spaced `=`, then what it is. */
const EQUALS_OPENING = /^\s*([A-Za-z][A-Za-z0-9.\-/]*(?: [A-Za-z][A-Za-z0-9.\-/]*){0,2}) += +(\S[^\n]*)$/u;

/**
 * The name a paragraph's opening text defines by `X = …` (EQUALS_SHAPE), if it does: `text` is the paragraph's
 * first text node (a bold or code opener is another rule's).
 */
export function equalsName(text: string): string | undefined {
  const m = EQUALS_OPENING.exec(text.split('\n')[0] ?? '');
  if (!m) return undefined;
  const [, name, rest] = m as unknown as [string, string, string];
  // (what it is, in words: up to the clause's end there is Chinese; a value or symbols alone are no definition)
  const clause = rest.split(/[；;。]/u)[0] ?? '';
  if (/^(?:[<>=]|\d+(?:\.\d+)*(?![\d.]|\p{Script=Han}))/u.test(rest) || !/\p{Script=Han}/u.test(clause)) return undefined;
  if (name.length < 2 || isGenericLabel(name)) return undefined;
  // (a field's own spelling before `=` sets it: `requests = limits`; a kind's name is the kind, `ingress = 7层入口`,
  // though NetworkPolicy has a field of that spelling)
  if (kindNamed(name) === undefined && (fieldsNamed(name).length > 0 || configFieldsNamed(name).length > 0)) return undefined;
  return name;
}

/**
 * What an abbreviation defined by `=` stands for, when the words after `=` spell it (gloss-shapes.ts
 * `spellsAbbreviation`): `QoS = Quality of Service（服务质量）…` → `Quality of Service`, `LDS = Listener Discovery
 * Service，监听器` → `Listener Discovery Service`; the concept's other name, so a second reading of the expansion is
 * the same concept. `drain = cordon + 驱逐` spells nothing.
 */
export function equalsExpansion(name: string, text: string): string | undefined {
  const m = EQUALS_OPENING.exec(text.split('\n')[0] ?? '');
  const words = m ? /^[A-Za-z][A-Za-z0-9\- ]*[A-Za-z0-9]/u.exec(m[2]!)?.[0] : undefined;
  return words !== undefined && words.includes(' ') && spellsAbbreviation(name, words) ? words : undefined;
}
