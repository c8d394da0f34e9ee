/**
 * Definitions written in running prose, without bold: `Velero 是一个…的工具`, `metrics-server
 * 负责…`, `所谓 CRD，就是…`, `CRI（Container Runtime Interface）是…`, `` `handler` 是…最关键的字段 ``,
 * `the RED method, which stands for …`. A sentence defines its subject when
 *
 *   - the subject opens the sentence or one of its clauses (after `，`, `；`, `：`, and after
 *     discourse words such as 顺便说一下 / 另外 / 所以, see CLAUSE_OPENERS), and
 *   - the subject is name-like: a code span (an identifier or a field path, not a command), a
 *     Latin name (PascalCase, camelCase, kebab-case, ALL-CAPS, a capitalised word, up to three
 *     capitalised words such as `Metrics API`, or a lower-case name of the Kubernetes
 *     ecosystem list in vocabulary/ecosystem.ts), a Chinese name glossed with a Latin one
 *     (`容器运行时（container runtime）`), or a Chinese name of the vocabulary (`存储类`) —
 *     never an arbitrary Chinese phrase (`问题是…`, `这是…`, `原因是…`) nor a pronoun;
 *   - a defining predicate follows it (PREDICATES: 是 / 就是 / 指的是 / 的意思是 / 负责 / 用来 /
 *     的作用是 / 代表 …; in English `is a|an|the`, `, which is`, `stands for`, `refers to`).
 *
 * Sentences are found with `Intl.Segmenter` (mention-context.ts `sentenceAround`). The sentence
 * is kept as the evidence `--explain` prints. Which concept the subject names (a field, an API
 * kind, a known concept, a new term) is decided later, like every candidate (resolve.ts).
 */
import type { Paragraph, PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { sentenceAround } from '../mention-context.ts';
import { isEcosystemName } from '../vocabulary/ecosystem.ts';
import { kindNamed, patternNamed } from '../vocabulary/index.ts';
import { KIND_CHINESE_NAMES } from '../vocabulary/names.ts';

export interface ProseDefinition {
  /** The subject as written (code value, Latin name, Chinese name). */
  subject: string;
  form: 'code' | 'text';
  /** `prose-copula`, `prose-role`, `prose-purpose`, … (PREDICATES), `prose-so-called`, `prose-english`. */
  rule: string;
  /** Names in a gloss right after the subject (`CRI（Container Runtime Interface）`). */
  aliases: string[];
  /** The defining sentence, as plain text (evidence for `--explain`). */
  sentence: string;
  /** Offset of the subject in the paragraph's plain text. */
  offset: number;
}

interface Piece {
  from: number;
  to: number;
  kind: 'text' | 'code' | 'other';
  node: PhrasingContent;
}

export interface FlatParagraph {
  text: string;
  pieces: Piece[];
}

/** The paragraph as plain text, with where each child starts (code spans keep their value). */
export function flattenParagraph(p: Paragraph): FlatParagraph {
  let text = '';
  const pieces: Piece[] = [];
  for (const n of p.children) {
    const from = text.length;
    if (n.type === 'text') text += n.value;
    else if (n.type === 'inlineCode') text += n.value;
    else if (n.type === 'break') text += ' ';
    else text += toString(n);
    pieces.push({ from, to: text.length, kind: n.type === 'text' ? 'text' : n.type === 'inlineCode' ? 'code' : 'other', node: n });
  }
  return { text, pieces };
}

/** Discourse words that may open a clause before its subject (`顺便说一下，Velero 是…`, `所以 X 是…`). */
export const CLAUSE_OPENERS = /^(?:顺便说一下|顺便提一下|顺带一提|简单说|简单来说|也就是说|换句话说|另外|此外|其中|而且|并且|同时|所以|因此|但是|不过|然而|其实|首先|其次|然后|接着|还有|那么|总之|而|但)\s*[，,]?\s*/u;

/** `所谓 X` / `所谓的 X`: the writer names what the clause defines. */
const SO_CALLED = /^所谓的?\s*/u;

/**
 * Predicates that make the subject before them defined (in order: the longest forms first).
 * `prose-copula`'s plain 是 needs a complement that describes (see NOT_A_COMPLEMENT).
 */
export const PREDICATES: readonly { name: string; re: RegExp }[] = [
  { name: 'prose-meaning', re: /^的?\s*(?:意思|含义)(?:就)?是/u },
  { name: 'prose-function', re: /^的?\s*(?:作用|用途|职责|功能)(?:就|主要)?是/u },
  { name: 'prose-copula', re: /^(?:其实|本身|本质上|实际上|说白了)?\s*(?:就是|也就是|指的是|是指|是)/u },
  { name: 'prose-role', re: /^(?:主要|专门|只)?\s*负责/u },
  { name: 'prose-purpose', re: /^(?:主要|专门|就是|是)?\s*(?:用来|用于|拿来)/u },
  { name: 'prose-represents', re: /^(?:代表|描述|表示)/u },
  // `cert-manager 会自动…`, `HPA 周期性地读…`: what a component does by itself
  { name: 'prose-behaviour', re: /^(?:会|能)?\s*(?:自动|定期|周期性地|不停地|持续地)/u },
];

/**
 * A complement that starts like this makes the sentence a comment, not a definition: a modal or
 * adverb (`Pod 是会变的`, `X 是不能…`), a cause (`是因为`), a question (`是不是`, `是否`).
 */
const NOT_A_COMPLEMENT = /^\s*(?:[会能要不没很都也就才还已可否]|因为|为了|由于|在|被|把|说|如何|怎么|什么|自动|直接|通过|靠|让|帮|将|用(?!来|于)|[“"「][^”"」]{0,30}[”"」](?!\s*的[^，,。.；;：:！!？?\s])|[，,。.；;：:！!？?]|$)/u;
/**
 * A copula whose complement is only a name says which one it is (`CNI 是 Calico`), not what it
 * is; `所谓 CRD，就是 CustomResourceDefinition` is read by prose-so-called instead.
 */
const NAME_ONLY_COMPLEMENT = /^\s*[A-Za-z][\w.\-/]*(?: [A-Za-z][\w.\-/]*)?\s*(?:[，,。；;：:！!？?]|$)/u;
/** After any predicate: nothing said (`X 负责。`). */
const EMPTY_COMPLEMENT = /^\s*(?:[，,。.；;：:！!？?]|$)/u;

/**
 * `还有一个 nerdctl，它是…`: a clause introducing a name (there is a…), then a clause whose
 * subject is 它 (it): the pronoun stands for the name introduced right before it.
 */
const EXISTENTIAL_INTRO = /(?:还有|另外还有|另有|有)\s*(?:一个|一种|个)\s*([^\s，,；;：:]+)\s*[，,]\s*$/u;
const PRONOUN = /^它\s*/u;

/** Single English words that are never the subject named by a definition. */
const ENGLISH_STOP = new Set(['it', 'this', 'that', 'these', 'those', 'there', 'here', 'we', 'you', 'they', 'he', 'she', 'i', 'a', 'an', 'the', 'in', 'so', 'but', 'and', 'or', 'if', 'when', 'then', 'note', 'yes', 'no', 'ok', 'what', 'which', 'who', 'one']);

const LATIN_NAME = /^[A-Za-z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*(?: [A-Z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*){0,2}/;

/** A Latin name written like a name, not an English word: see the module comment. */
export function nameLike(s: string): boolean {
  const words = s.split(' ');
  if (words.length === 1 && ENGLISH_STOP.has(s.toLowerCase())) return false;
  if (words.length > 1) return words.every((w) => /^[A-Z]/.test(w) || /[-\d]/.test(w) || isEcosystemName(w)) || (/^[A-Z]{2,}/.test(words[0]!) && words.length === 2);
  if (s.replace(/[^A-Za-z0-9]/g, '').length < 2) return false;
  return /^[A-Z]/.test(s) || /[a-z][A-Z]/.test(s) || /[-\d]/.test(s) || isEcosystemName(s);
}

/** A code span that can name a concept: an identifier or a field path, not a command, file or value. */
const CODE_NAME = /^[A-Za-z][\w.-]*(?:\[\])?(?:\.[A-Za-z][\w-]*(?:\[\])?)*$/;

/** Chinese names the vocabulary knows: API kinds' Chinese names, pattern names. */
function chineseVocabularyPrefix(s: string): string | undefined {
  const m = /^[\u4e00-\u9fff]{2,8}/u.exec(s);
  if (!m) return undefined;
  for (let len = m[0].length; len >= 2; len--) {
    const w = m[0].slice(0, len);
    if (KIND_CHINESE_NAMES[w] !== undefined || patternNamed(w) !== undefined) return w;
  }
  return undefined;
}

function squash(s: string): string {
  const t = s.replace(/\s*\n\s*/g, ' ').replace(/[ \t]+/g, ' ').trim();
  return [...t].length > 160 ? `${[...t].slice(0, 159).join('')}…` : t;
}

/** Gloss names that can be other names of the subject (not an English expansion into words). */
function glossAliases(gloss: string): string[] {
  return gloss
    .split(/[，,、;；/]/)
    .map((x) => x.trim())
    .filter((x) => x !== '' && [...x].length <= 40 && (/[\u4e00-\u9fff]/u.test(x) || /^[A-Za-z][\w.-]*(?: [A-Za-z][\w.-]*){0,4}$/.test(x)));
}

interface Subject {
  value: string;
  form: 'code' | 'text';
  /** Offset of the subject in the paragraph text, and where the text after it starts. */
  at: number;
  end: number;
  aliases: string[];
}

function pieceAt(flat: FlatParagraph, offset: number): Piece | undefined {
  return flat.pieces.find((p) => p.from <= offset && offset < p.to);
}

/** The name-like subject opening the clause at `pos`, if any. */
function subjectAt(flat: FlatParagraph, pos: number): Subject | undefined {
  const { text } = flat;
  const piece = pieceAt(flat, pos);
  if (!piece) return undefined;
  if (piece.kind === 'code' && piece.from === pos) {
    const value = text.slice(piece.from, piece.to).trim();
    return CODE_NAME.test(value) ? { value, form: 'code', at: pos, end: piece.to, aliases: [] } : undefined;
  }
  if (piece.kind !== 'text') return undefined;
  const rest = text.slice(pos, piece.to);
  // `CRD 的 \`metadata.name\``: a code span after a genitive
  const gen = /^[A-Za-z][\w-]*\s*的\s*/u.exec(rest);
  if (gen && pos + gen[0].length === piece.to) {
    const next = flat.pieces.find((p) => p.from === piece.to);
    if (next?.kind === 'code') return subjectAt(flat, next.from);
  }
  // `容器运行时（container runtime）`, `Kubernetes 的控制平面（control plane）`: a Chinese name with a Latin gloss
  const zh = /^(?:[A-Za-z][\w-]*\s*的\s*)?([\u4e00-\u9fff]{2,8})\s*[（(]([^（）()]{1,60})[）)]/u.exec(rest);
  if (zh && /^[A-Za-z][\w.\- ]*(?:[，,、][^（）()]*)?$/.test(zh[2]!.trim())) {
    const at = pos + zh[0].indexOf(zh[1]!);
    return { value: zh[1]!, form: 'text', at, end: pos + zh[0].length, aliases: glossAliases(zh[2]!) };
  }
  const vocab = chineseVocabularyPrefix(rest);
  if (vocab) return { value: vocab, form: 'text', at: pos, end: pos + vocab.length, aliases: [] };
  const latin = LATIN_NAME.exec(rest);
  if (!latin) return undefined;
  let value = latin[0];
  // `Kata Containers 这种…`: trailing capitalised words stop before Chinese text
  if (!nameLike(value)) {
    const first = value.split(' ')[0]!;
    if (first === value || !nameLike(first)) return undefined;
    value = first;
  }
  // a name glued to more Latin text (`etcd3`, `runc.`) was cut where it is no name
  const after = text.slice(pos + value.length, pos + value.length + 1);
  if (/[A-Za-z0-9_]/.test(after)) return undefined;
  return { value, form: 'text', at: pos, end: pos + value.length, aliases: [] };
}

/** Offsets in [start, end) where a clause starts: the sentence start and after a clause mark. */
function clauseStarts(flat: FlatParagraph, start: number, end: number): number[] {
  const out = [start];
  for (let i = start; i < end; i++) {
    const ch = flat.text[i]!;
    if (!/[，；：,;:]/u.test(ch)) continue;
    if (pieceAt(flat, i)?.kind !== 'text') continue;
    // an ASCII comma or colon inside Latin text (`1,000`, `a:b`) separates nothing
    if (/[,;:]/.test(ch) && !/\s/.test(flat.text[i + 1] ?? '') && /[A-Za-z0-9]/.test(flat.text[i + 1] ?? '')) continue;
    out.push(i + 1);
  }
  return out;
}

const ENGLISH_PREDICATE = /^(?:\s*\([^()]{1,60}\))?(?:,\s*which\s+(?:is|are|stands\s+for|means|refers\s+to)\b|\s+(?:is|are)\s+(?:a|an|the)\s|\s+(?:stands\s+for|refers\s+to|means)\s)/;
const ENGLISH_OPENER = /^(?:(?:while|whereas|and|but|so)\s+)?(?:the\s+)?/i;
/** `the RED method`: an abbreviation with one lower-case head noun. */
const ENGLISH_HEADED = /^[A-Z]{2,}[A-Za-z0-9-]*\s+[a-z]{3,}/;

/** Definitions in the running prose of a paragraph. */
export function proseDefinitions(p: Paragraph): ProseDefinition[] {
  const flat = flattenParagraph(p);
  const { text } = flat;
  const out: ProseDefinition[] = [];
  const seen = new Set<string>();
  let i = 0;
  while (i < text.length) {
    const [, e] = sentenceAround(text, i, i + 1);
    const end = Math.max(e, i + 1);
    const sentence = squash(text.slice(i, end));
    let prev: number | undefined;
    for (const c of clauseStarts(flat, i, end)) {
      const before = prev;
      prev = c;
      let pos = c;
      while (pos < end && /\s/.test(text[pos]!)) pos++;
      const head = text.slice(pos, end);
      const opener = CLAUSE_OPENERS.exec(head);
      if (opener) pos += opener[0].length;
      const so = SO_CALLED.exec(text.slice(pos, end));
      if (so) pos += so[0].length;
      const english = /^[A-Za-z]/.test(text.slice(pos, end)) ? ENGLISH_OPENER.exec(text.slice(pos, end)) : null;
      const tryAt = (start: number, englishOnly: boolean): boolean => {
        let subject = subjectAt(flat, start);
        if (englishOnly && !subject) return false;
        // `the USE method (…) is a checklist`
        const headed = ENGLISH_HEADED.exec(text.slice(start, end));
        if (headed && ENGLISH_PREDICATE.test(text.slice(start + headed[0].length, end))) {
          subject = { value: headed[0], form: 'text', at: start, end: start + headed[0].length, aliases: [] };
        }
        if (!subject) return false;
        let rest = text.slice(subject.end, end);
        const aliases = [...subject.aliases];
        let rule: string | undefined;
        if (ENGLISH_PREDICATE.test(rest) && /^[A-Za-z`]/.test(text.slice(subject.at, subject.at + 1)) && (subject.form === 'code' || /^[\x00-\x7f]*$/.test(subject.value))) {
          rule = 'prose-english';
        } else {
          const g = /^\s*[（(]([^（）()]{1,40})[）)]/u.exec(rest);
          if (g) {
            aliases.push(...glossAliases(g[1]!));
            rest = rest.slice(g[0].length);
          }
          rest = rest.replace(/^\s+/, '');
          for (const pr of PREDICATES) {
            const m = pr.re.exec(rest);
            if (!m) continue;
            const complement = rest.slice(m[0].length);
            if ((pr.name === 'prose-copula' ? NOT_A_COMPLEMENT : EMPTY_COMPLEMENT).test(complement)) continue;
            if (pr.name === 'prose-copula' && !so && NAME_ONLY_COMPLEMENT.test(complement)) continue;
            // what an API object does by itself is how it works, not what it is
            if (pr.name === 'prose-behaviour' && subject.form === 'code') continue;
            // a built-in API kind is defined by what it is (`RuntimeClass 是一个…对象`, `所谓 CRD，
            // 就是…`); what it does (`Deployment 负责滚动更新`) is the note using it, a mention
            if (pr.name !== 'prose-copula' && kindNamed(subject.value) !== undefined) continue;
            rule = pr.name;
            break;
          }
          if (rule !== undefined && so) rule = 'prose-so-called';
          // `所谓 CRD，就是…`: the clause after the name says what it is
          if (rule === undefined && so && /^\s*[，,]/u.test(text.slice(subject.end, end))) rule = 'prose-so-called';
        }
        if (rule === undefined) return false;
        const key = `${subject.value}\u0000${rule}`;
        if (!seen.has(key)) {
          seen.add(key);
          out.push({ subject: subject.value, form: subject.form, rule, aliases, sentence, offset: subject.at });
        }
        return true;
      };
      if (tryAt(pos, false)) continue;
      // `还有一个 nerdctl，它是…`
      const pronoun = PRONOUN.exec(text.slice(pos, end));
      if (pronoun && before !== undefined) {
        const intro = text.slice(before, c);
        const m = EXISTENTIAL_INTRO.exec(intro);
        const sub = m ? subjectAt(flat, before + intro.lastIndexOf(m[1]!)) : undefined;
        if (sub && sub.value === m![1]) {
          const rest = text.slice(pos + pronoun[0].length, end);
          const pr = PREDICATES.find((x) => x.re.test(rest));
          const mm = pr?.re.exec(rest);
          if (pr && mm && !(pr.name === 'prose-copula' ? NOT_A_COMPLEMENT : EMPTY_COMPLEMENT).test(rest.slice(mm[0].length)) && !seen.has(`${sub.value}\u0000${pr.name}`)) {
            seen.add(`${sub.value}\u0000${pr.name}`);
            out.push({ subject: sub.value, form: sub.form, rule: `prose-introduced → ${pr.name}`, aliases: [], sentence, offset: sub.at });
          }
        }
      }
      if (english && english[0] !== '') tryAt(pos + english[0].length, true);
    }
    i = end;
  }
  return out;
}
