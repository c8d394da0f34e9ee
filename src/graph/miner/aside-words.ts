/**
 * subject29: a name followed by a bracketed aside that is an example, a default or a unit —
 * `可用内存低于 evictionHard（比如 100Mi）就够了`, `terminationMessagePath（默认 /dev/termination-log）`,
 * `timeout（单位秒）` — is named in passing: the brackets say what value it might take, not what it is.
 * rules2 keeps such asides out of a field's gloss (field-clauses.ts `gloss`); here the same aside words,
 * as data, keep the learned path (definer.ts NOT_LEARNED) from adding a name that the note writes only
 * so. Counted over the 86 dev sets with `node bench/aside-words.mjs` (docs/miner.md "subject29").
 */

/** An aside's opening words, by class (the first class whose words open the aside). */
export const ASIDE_WORDS: readonly { name: string; re: RegExp }[] = [
  // an example of its value or of the things it holds
  { name: 'example', re: /^(?:比如|例如|譬如|诸如|举例|举个例子|e\.g\.?|eg[.,:]?\s|for example|such as)/iu },
  // its default value
  { name: 'default', re: /^(?:默认|缺省|default\b)/iu },
  // its unit
  { name: 'unit', re: /^(?:单位|unit\b|in (?:seconds|bytes)\b)/iu },
];

/** An aside right after the name (code marks and a space allowed before the opening bracket). */
const ASIDE = /^[`*\s]{0,3}[（(]\s*([^（）()]{1,60})[）)]/u;

/** The class of the aside right after a name (`after`: the text after it in its sentence), if it is one of ASIDE_WORDS. */
export function asideAfter(after: string): string | undefined {
  const m = ASIDE.exec(after);
  if (!m) return undefined;
  return ASIDE_WORDS.find((w) => w.re.test(m[1]!.trim()))?.name;
}

/**
 * Every occurrence of the name is in running text and followed by an example, default or unit aside:
 * the note names it only in passing (a heading, a table cell, bold, or any occurrence without such an
 * aside lets the scorer decide as before).
 */
export function namedOnlyWithAside(occurrences: readonly { form: string; after: string }[]): boolean {
  return occurrences.length > 0 && occurrences.every((o) => o.form !== 'heading' && o.form !== 'cell' && o.form !== 'bold' && asideAfter(o.after) !== undefined);
}
