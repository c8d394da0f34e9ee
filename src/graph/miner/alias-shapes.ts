/**
 * alias25: what is never another name of a concept, whatever rule proposed it as an alias (stages/mine.ts
 * `addAlias` asks every alias here). A concept's aliases are shown on its page and used for search and
 * for matching the note's text, so each must be a real other name of it. Each shape has an example
 * (no other name) and a look-alike (a real other name it must leave alone); tests/unit/graph/
 * miner-alias25.test.ts runs them.
 *
 *   default-value  a default or a value said in brackets after the name: `node-monitor-grace-period
 *                  （默认 40 秒）`, `（默认为 true）`, `（缺省：3）`. 默认 followed by a value (a number, a
 *                  quoted or code value, on/off); a name that starts with 默认 (`默认调度器`) stays.
 *   quantity       a number and a unit alone (`300 秒`, `40s`, `1Gi`, `3 次`): an amount, not a name
 *                  (`7 层代理`, a name that opens on a number, stays).
 */
export interface NotANameShape {
  name: 'default-value' | 'quantity';
  re: RegExp;
  example: string;
  lookAlike: string;
}

const VALUE = String.raw`(?:[${'`'}"“'‘][^${'`'}"”'’]+[${'`'}"”'’]|[-+]?\d|(?:true|false|on|off|none|null)\b|开启|关闭|启用|禁用|打开|不开启|不启用|无|空|不限)`;
const UNIT = String.raw`(?:秒钟?|毫秒|分钟|小时|天|周|个|次|倍|%|ms|s|m|h|d|Ki|Mi|Gi|Ti|KB|MB|GB|TB|KiB|MiB|GiB|[kKMG]|核|m?CPU|副本)`;

export const NOT_A_NAME_SHAPES: readonly NotANameShape[] = [
  { name: 'default-value', re: new RegExp(String.raw`^(?:默认值?|缺省值?|default)\s*(?:[:：=]|是|为)?\s*${VALUE}`, 'iu'), example: '默认 40 秒', lookAlike: '默认调度器' },
  { name: 'quantity', re: new RegExp(String.raw`^[-+]?\d+(?:\.\d+)?\s*${UNIT}?$`, 'u'), example: '300 秒', lookAlike: '7 层代理' },
];

/** The shape by which `alias` is no other name of anything (a default, a value, an amount), or undefined. */
export function notAnotherName(alias: string): NotANameShape['name'] | undefined {
  const s = alias.normalize('NFKC').replace(/\s+/g, ' ').trim();
  return NOT_A_NAME_SHAPES.find((x) => x.re.test(s))?.name;
}

/**
 * Words right before a Chinese word that make it a verb or a predicate of the sentence, not a name:
 * a passive (`被驱逐（tolerationSeconds）`: Pod is evicted, and the field in brackets says after how
 * long), a disposal (`把…`), a modal or an aspect (`就会重启`, `已经删除`, `可以扩容`). Only markers that end
 * no noun: a bare 要, 能, 会 or 将 ends 需要, 功能, 机会 (`需要存储类（StorageClass）` glosses a name). A gloss in brackets
 * after such a word explains the action by the setting that governs it; it is no other name of the
 * setting. (miner/definer.ts reads it for the learned definer's `gloss` pairs.)
 */
export const VERB_MARKERS: readonly string[] = ['被', '把', '已经', '就会', '将会', '不会', '可以'];
const VERB_BEFORE = new RegExp(`(?:${VERB_MARKERS.join('|')})\\s*$`, 'u');

/** Whether the text right before a Chinese word (`…Pod 被`) makes that word a verb of the sentence. */
export function verbBefore(before: string): boolean {
  return VERB_BEFORE.test(before);
}

/**
 * neg26: kinds of concept that make a series of definitions under one heading. A heading over several
 * definitions (`## 策略` over `**BlueGreen**：…` and `**Recreate**：…`) is their category, never the first
 * one's other name (stages/mine.ts `seriesAfter`, with heading-shapes.ts `headingOverSeries`). reader11 asked
 * for the same kind; a pattern beside a term (`BlueGreen`, a design pattern, then `Recreate`, a strategy's
 * value) or an object beside a term is still a series of names. What stays apart: a field then names that
 * are not fields (`**imagePullPolicy**：…` then `**Always**：…`: one setting and its values, the heading
 * `### 镜像拉取策略` the setting's other name), and a state (a phase listed under its kind).
 */
export interface SeriesKinds {
  name: string;
  kinds: readonly string[];
  example: readonly [string, string];
}

export const SERIES_KIND_GROUPS: readonly SeriesKinds[] = [
  { name: 'names', kinds: ['term', 'pattern', 'object'], example: ['pattern', 'term'] },
  { name: 'fields', kinds: ['field'], example: ['field', 'field'] },
  { name: 'topics', kinds: ['topic'], example: ['topic', 'topic'] },
];

/** Whether a definition of kind `later` after an opener of kind `opener` continues a series (never a state). */
export function sameSeries(opener: string, later: string): boolean {
  if (opener === 'state' || later === 'state') return false;
  return opener === later || SERIES_KIND_GROUPS.some((g) => g.kinds.includes(opener) && g.kinds.includes(later));
}
