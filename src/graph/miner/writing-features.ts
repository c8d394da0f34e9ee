/**
 * Way-of-writing features of the learned definition scorer (learn1; definer.ts WRITING_FEATURES):
 * how a writer sets a name out when explaining it, read over the name's occurrences, never the
 * name's own words (no word identities: they would learn one topic's vocabulary).
 *
 *   w-first-cue       the first place in the running text that names it explains it (a defining
 *                     word after it, a naming verb before it): writers explain a name where they
 *                     bring it in
 *   w-cue-share       the share of its running-text occurrences followed by a defining word
 *   w-takes-up        a sentence naming it is followed, in the same paragraph, by one opening on
 *                     the name again or on a pronoun (它, 这个, 该…): the text goes on about it
 *   w-intro-before    a verb of introducing right before it (介绍, 来看, 说说…: `下面介绍 X`)
 *   w-question        it is what a question asks about (什么是 X, X 是什么, X 有什么用, What is X)
 *   w-opens-sentence  the share of its running-text occurrences that open their sentence
 *   w-code-only       every occurrence is a code span (an identifier the text only uses)
 *   w-once            it occurs once
 *   w-heading-first   it first appears in a heading (a section brings it in)
 *
 * The words are tables below: general explanatory Chinese and English, no word of any one chapter.
 */

/** The occurrence fields these features read (definer.ts Occurrence). */
export interface WritingOccurrence {
  form: string;
  unit: number;
  opensUnit: boolean;
  before: string;
  after: string;
  /** The first characters of the next sentence of the same unit ('' when none). */
  next?: string;
}

/** Words a sentence opens on when it goes on about what the sentence before named. */
export const TAKE_UP_WORDS: readonly string[] = ['它们', '它的', '它', '这个', '这种', '这类', '这些', '该', '此', '其', 'It ', 'it ', 'This ', 'They '];
/** Verbs of introducing a name, right before it (optionally followed by 一下 / 下 and a colon). */
export const INTRO_BEFORE = /(?:介绍|来看|看看|先看|再看|说说|聊聊|讲讲|谈谈|认识|了解|引入|登场|接下来是|下面是|然后是|首先是|最后是)(?:一下|下)?\s*[：:]?\s*[“"「]?\s*$/u;
/** A question about the name, read from the text before and after it. */
export const QUESTION_BEFORE = /(?:什么是|何为|啥是|What is|What are|what is|what are)\s*[“"「]?\s*$/u;
export const QUESTION_AFTER = /^\s*[”"」]?\s*(?:是什么|是啥|是干什么的|是干嘛的|干什么用|有什么用|有啥用|到底是什么|究竟是什么|是怎么回事|\s*is\s*\?)/u;

/** The names of the writing features, in order. */
export const WRITING_FEATURE_NAMES = ['w-first-cue', 'w-cue-share', 'w-takes-up', 'w-intro-before', 'w-question', 'w-opens-sentence', 'w-code-only', 'w-once', 'w-heading-first'] as const;

/** The next sentence opens on the name again or on a taking-up word. */
export function takesUp(o: WritingOccurrence, name: string): boolean {
  const n = (o.next ?? '').replace(/^[\s“"「]+/u, '');
  if (n === '') return false;
  if (n.startsWith(name)) return true;
  return TAKE_UP_WORDS.some((w) => n.startsWith(w));
}

export function introducedBefore(o: WritingOccurrence): boolean {
  return INTRO_BEFORE.test(o.before);
}

export function askedAbout(o: WritingOccurrence): boolean {
  return QUESTION_BEFORE.test(o.before) || QUESTION_AFTER.test(o.after);
}

/** The name opens its sentence (at most a connective or a list mark before it). */
export function opensSentence(o: WritingOccurrence): boolean {
  return /^\s*(?:[-*•·]\s*)?(?:(?:而|但|另外|此外|其中|还有|所以|因此|那么|首先|其次|最后|其实)\s*[，,]?\s*)?[“"「]?\s*$/u.test(o.before);
}

/**
 * The writing features of a name from its occurrences (document order not assumed: sorted by
 * unit here). `cue(o)` says whether a defining word follows an occurrence or a naming verb
 * precedes it (definer.ts decides, with its own tables).
 */
export function writingFeatures(occ: readonly WritingOccurrence[], name: string, cue: (o: WritingOccurrence) => boolean): Record<(typeof WRITING_FEATURE_NAMES)[number], number> {
  const prose = occ.filter((o) => o.form !== 'heading');
  const ordered = [...occ].sort((a, b) => a.unit - b.unit);
  const firstProse = ordered.find((o) => o.form !== 'heading');
  const share = (p: (o: WritingOccurrence) => boolean): number => (prose.length === 0 ? 0 : prose.filter(p).length / prose.length);
  return {
    'w-first-cue': firstProse !== undefined && cue(firstProse) ? 1 : 0,
    'w-cue-share': share(cue),
    'w-takes-up': prose.some((o) => takesUp(o, name)) ? 1 : 0,
    'w-intro-before': occ.some(introducedBefore) ? 1 : 0,
    'w-question': occ.some(askedAbout) ? 1 : 0,
    'w-opens-sentence': share(opensSentence),
    'w-code-only': occ.length > 0 && occ.every((o) => o.form === 'code') ? 1 : 0,
    'w-once': occ.length === 1 ? 1 : 0,
    'w-heading-first': ordered[0]?.form === 'heading' ? 1 : 0,
  };
}
