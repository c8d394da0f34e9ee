/**
 * rules41: a common word is a field only where its owner is in sight. Many API fields are named
 * with words every technical text uses (`controller`, `system`, `type`, `key`, `ip`, `stdin`,
 * `source`); an expert reads such a word as a field only when something shows where it sits — a
 * YAML example that sets it, a path written out, the kind named next to it, or the field it sits
 * in named in the note. Without that, `service controller` is a controller of a cloud, not
 * `metadata.ownerReferences[].controller`, and `system node pool` is no `scaleIO.system`.
 *
 * The rules (resolve.ts `fieldFor`):
 *   - a common word (everyday English by the subtitles' frequencies, english-words.ts, or one of
 *     COMMON_TECH_WORDS, the generic words of systems prose that are also field names) that the
 *     resolver placed from the context alone (GUESSED_RULES: the context's kind, a kind the note
 *     names; not one holder type at several kinds, which the note's examples pin down) is that field only when every field its path passes
 *     through on the way (PATH_ROOTS aside) is named somewhere in the note: `controller` of
 *     `ownerReferences[]` needs `ownerReferences`; a field right at a kind's top (`spec.type`)
 *     needs nothing more;
 *   - a common word the resolver could not place at all (several kinds have it and nothing picks
 *     one: an `ambiguous-field`) names no field: it is a word, and no diagnostic is due.
 * A word written as code, a YAML key, a path or a word placed by the words around it (`Pod 的
 * env`) is read as before: those rules carry their own evidence.
 */
import { englishWord, everydayEnglish } from './english-words.ts';

/**
 * Generic words of systems prose that the subtitles' frequencies do not rank as everyday but
 * that notes use as plain nouns, and that are also the names of API fields somewhere.
 */
export const COMMON_TECH_WORDS: ReadonlySet<string> = new Set([
  'controller',
  'ip',
  'stdin',
  'stdout',
  'env',
  'validation',
  'gateway',
  'driver',
  'handler',
  'provider',
  'protocol',
  'endpoint',
]);

/** Rules by which the resolver placed a name from its context alone, not from anything written next to it. */
export const GUESSED_RULES: ReadonlySet<string> = new Set(['api-field', 'api-field-note-kind']);

/** Segments every kind's paths start from: they are implied by any field and need no mention. */
export const PATH_ROOTS: ReadonlySet<string> = new Set(['spec', 'status', 'metadata', 'template', 'data']);

/** A single lower-case word of common prose (not camelCase, no digits, no punctuation). */
export function commonFieldWord(name: string): boolean {
  return /^[a-z]+$/.test(name) && (everydayEnglish(name) || COMMON_TECH_WORDS.has(name));
}

/**
 * kinds32: the words whose owner must be in sight, beyond rules41's lower-case everyday ones
 * (docs/miner.md, "kinds32"). A word written capitalised as a name or a label (`**Ready**：`,
 * `### Source（来源）`, `**Operator：**`) is a word all the same — a condition type, a component, a
 * pattern — and is the deep field its lower-case spelling names (`status.containerStatuses[].ready`,
 * `spec.resourceClaims[].source`, `spec.tolerations[].operator`) only when the fields on the way are
 * named in the note; and a lower-case word of English at all, not only an everyday one (`revision`,
 * `lifecycle`, `webhook`: the subtitles rank them below everyday), is the same kind of word.
 * camelCase names (`maxSurge`) and words of no English (`kubelet`) are names: unchanged.
 */
export const WORD_FIELD_FORMS = {
  name: 'word-owner-unseen',
  /** A single capitalised word (`Ready`, `Source`), read as its lower-case word; not `HostAliases` (camelCase) nor `PVC`. */
  capitalised: /^[A-Z][a-z]+$/u,
  /** A single lower-case word. */
  lower: /^[a-z]+$/u,
  /** Lower-case words of English at all (english-words.ts `englishWord`, the 40,000) count, not only everyday ones. */
  anyEnglish: true,
  /**
   * For these wider words, the reading is dropped only when no field on the path is named (`every`):
   * `gitRepo` named without `volumes` (which notes write as 卷) still places `revision`. Rules41's
   * everyday lower-case words keep its test (`some`: any field on the way unnamed).
   */
  unseen: 'every',
} as const;

/** The word a field name is, for the owner-in-sight test (rules41 and kinds32's WORD_FIELD_FORMS), or undefined for a name. */
export function fieldWord(name: string, r: { capitalised: RegExp; lower: RegExp; anyEnglish: boolean } = WORD_FIELD_FORMS): string | undefined {
  const w = r.capitalised.test(name) ? name.toLowerCase() : name;
  if (!r.lower.test(w)) return undefined;
  if (commonFieldWord(w) || (r.anyEnglish && englishWord(w))) return w;
  return undefined;
}

/** The fields a path passes through before its last segment, roots aside (`spec.volumes[].scaleIO.system` → volumes, scaleIO). */
export function pathParents(path: string): string[] {
  const segs = path.split('.').map((s) => s.replace(/\[\d*\]$/, ''));
  return segs.slice(0, -1).filter((s) => s !== '' && !PATH_ROOTS.has(s));
}

/**
 * True when a common word's field reading has no owner in sight: the word is common, the rule
 * guessed its place, and a field its path passes through is never named in the note
 * (`mentioned`: whether the note's text or examples hold a word).
 */
export function ownerUnseen(name: string, rule: string, path: string, mentioned: (word: string) => boolean, others: readonly string[] = []): boolean {
  if (!GUESSED_RULES.has(rule)) return false;
  const parents = pathParents(path);
  if (commonFieldWord(name)) return parents.some((p) => !mentioned(p));
  if (fieldWord(name) === undefined) return false;
  // (kinds32: a capitalised word or a less common word of English, WORD_FIELD_FORMS. `others`: the
  // owner's other places of a field of the same object type — `exec`, an ExecAction in each probe and
  // hook: the guess is one of several the holder rules re-place later (`## 启动探针 startupProbe`), so
  // the reading is left to them)
  if (others.length > 0) return false;
  return parents.length > 0 && (WORD_FIELD_FORMS.unseen === 'every' ? parents.every((x) => !mentioned(x)) : parents.some((x) => !mentioned(x)));
}
