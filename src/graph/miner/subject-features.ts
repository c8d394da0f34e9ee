/**
 * subject28: what a paragraph (or a short section) is about. A reader knows a paragraph explains X
 * when X is its subject: X opens the paragraph's first sentence, the following sentences go on
 * about it (它 / 该 / 这个 / a zero subject / X again), the heading above names X or its sort, X is
 * what the paragraph's sentences predicate on — against a name mentioned once in passing inside a
 * paragraph about something else. Read over the note's own paragraphs, cut into sentences with
 * Intl.Segmenter (mention-context.ts sentenceStarts, the units definer.ts nameCandidates walks),
 * never over the name's words; the word lists are general explanatory Chinese.
 *
 *   s-para-subject   the name opens the first sentence of a paragraph of two sentences or more
 *                    (after a connective at most; no 的/、/和 after it)
 *   s-continued      a sentence the name opens is followed, in its paragraph, by one opening on a
 *                    taking-up word, on the name again, or on a predicate with no subject
 *   s-sentence-share in its busiest paragraph of two sentences or more, the share of sentences that
 *                    name it or go on about it (0 … 1)
 *   s-topic          s-para-subject and (s-continued or a share ≥ 0.5): the paragraph is about it
 *   s-heading-sort   the heading of a section it is written about in names it, or the sort noun
 *                    written right after it (`X 控制器` under `## 控制器`)
 *   s-section-share  in its busiest section of two prose paragraphs or more, the share of them naming it
 *   s-other-subject  every paragraph naming it is about another name (another name opens the first
 *                    sentence; it does not): a name in passing (against)
 *   s-first-subject  its first mention in running text opens its sentence as the subject
 *
 * Computed like the prose features (only for a collector or weights that name one).
 */
/** A unit of the note (definer.ts Collector.units). */
export interface SubjectUnit {
  text: string;
  readonly starts: readonly number[];
  unit: number;
  section: number;
  base: { heading?: boolean; cell?: boolean };
}

/** The occurrence fields these features read (definer.ts Occurrence). */
export interface SubjectOccurrence {
  form: string;
  unit: number;
  section?: number;
  offset?: number;
  before: string;
  after: string;
}

/** Per note: each prose unit's sentences, each section's heading, the name opening each paragraph. */
export interface SubjectNote {
  units: ReadonlyMap<number, { text: string; starts: readonly number[]; section: number }>;
  headings: ReadonlyMap<number, string>;
  /** section → its prose units. */
  sectionUnits: ReadonlyMap<number, ReadonlySet<number>>;
  /** A prose unit's sentences ([start, end) pairs; found once per unit). */
  sentences: (unit: number) => readonly [number, number][];
  /** unit → normKey of the name that opens its first sentence as its subject. */
  openers: ReadonlyMap<number, string>;
}

export const SUBJECT_FEATURE_NAMES = ['s-para-subject', 's-continued', 's-sentence-share', 's-topic', 's-heading-sort', 's-section-share', 's-other-subject', 's-first-subject'] as const;

/** What may stand before a sentence's subject (a connective, a list mark, an opening quote). */
const SUBJECT_LEAD = /^\s*(?:[-*•·]\s*)?(?:\d+[.、)]\s*)?(?:(?:而|但|但是|另外|此外|其中|还有|所以|因此|那么|首先|其次|然后|最后|其实|同时|而且|至于|对于|关于)\s*[，,]?\s*)?[“"「]?\s*$/u;
/** After a subject: not a genitive, a list mark or a place word. */
const NOT_SUBJECT_AFTER = /^[\s”"」』*`]*(?:的|里|中|上|下|、|和|或|及|与|\/|等)/u;
/** A sentence opening that goes on about the name before it: a taking-up word. */
const TAKE_UP = /^[\s“"「]*(?:它们|它的|它|这个|这种|这类|这些|该(?!怎|不|如)|此(?!外|时|前|后)|其(?!他|中|实|余|次|它)|[Ii]t\b|[Tt]his\b)/u;
/** …or a predicate with its subject left out (a zero subject: `…X 负责调度。默认每 10 秒运行一次。`). */
const ZERO_SUBJECT = /^[\s“"「]*(?:会|可以|能够|能|也|还|并且|并|负责|用于|用来|通过|支持|提供|主要|通常|默认|一般|只|必须|需要|不会|不能|不)/u;
/** Two CJK characters right after the name: its sort noun when the heading has them (`X 控制器`). */
const SORT_AFTER = /^\s*([\u4e00-\u9fff]{2})/u;

/** The sentences of a text: [start, end) pairs (the first starts at 0). */
function spans(text: string, starts: readonly number[]): [number, number][] {
  const s = [0, ...starts.filter((x) => x > 0 && x < text.length)];
  return s.map((a, i) => [a, s[i + 1] ?? text.length] as [number, number]).filter(([a, b]) => text.slice(a, b).trim() !== '');
}

const isProse = (o: SubjectOccurrence): boolean => o.form !== 'heading' && o.form !== 'cell';
const opensSentence = (o: SubjectOccurrence): boolean => SUBJECT_LEAD.test(o.before) && !NOT_SUBJECT_AFTER.test(o.after);

/** The note's paragraphs and headings, and the name opening each paragraph (from every candidate's occurrences). */
export function subjectNote(units: readonly SubjectUnit[], occurrences: Iterable<[string, readonly SubjectOccurrence[]]>): SubjectNote {
  const prose = new Map<number, { text: string; starts: readonly number[]; section: number }>();
  const headings = new Map<number, string>();
  for (const u of units) {
    if (u.base.heading) headings.set(u.section, u.text);
    else if (!u.base.cell) prose.set(u.unit, { text: u.text, get starts() { return u.starts; }, section: u.section });
  }
  const openers = new Map<number, { key: string; at: number }>();
  for (const [key, occ] of occurrences) {
    for (const o of occ) {
      if (!isProse(o) || o.offset === undefined || !opensSentence(o)) continue;
      const u = prose.get(o.unit);
      if (!u || [...o.before].length > 12) continue;
      // only the first sentence of the paragraph
      if (u.starts.some((s) => s > 0 && s <= o.offset! && u.text.slice(0, s).trim() !== '')) continue;
      const had = openers.get(o.unit);
      if (!had || o.offset < had.at) openers.set(o.unit, { key, at: o.offset });
    }
  }
  const sectionUnits = new Map<number, Set<number>>();
  for (const [unit, u] of prose) {
    const s = sectionUnits.get(u.section) ?? new Set<number>();
    s.add(unit);
    sectionUnits.set(u.section, s);
  }
  const sentences = new Map<number, [number, number][]>();
  return {
    units: prose,
    headings,
    sectionUnits,
    sentences: (unit) => {
      let s = sentences.get(unit);
      if (!s) {
        const u = prose.get(unit)!;
        sentences.set(unit, (s = spans(u.text, u.starts)));
      }
      return s;
    },
    openers: new Map([...openers].map(([u, v]) => [u, v.key])),
  };
}

/** The subject features of the name `key` (normKey) from its occurrences. */
export function subjectFeatures(occ: readonly SubjectOccurrence[], key: string, name: string, note: SubjectNote): Record<(typeof SUBJECT_FEATURE_NAMES)[number], number> {
  const prose = occ.filter((o) => isProse(o) && note.units.has(o.unit));
  const byUnit = new Map<number, SubjectOccurrence[]>();
  for (const o of prose) {
    const list = byUnit.get(o.unit);
    if (list) list.push(o);
    else byUnit.set(o.unit, [o]);
  }
  let paraSubject = false;
  let continued = false;
  let share = 0;
  let otherSubject = byUnit.size > 0;
  for (const [unit, list] of byUnit) {
    const u = note.units.get(unit)!;
    const sents = note.sentences(unit);
    const opener = note.openers.get(unit);
    if (opener === undefined || opener === key) otherSubject = false;
    if (sents.length < 2) continue;
    const named = new Set<number>();
    const opens = new Set<number>();
    for (const o of list) {
      const at = o.offset ?? u.text.indexOf(name);
      if (at < 0) continue;
      const i = sents.findIndex(([a, b]) => at >= a && at < b);
      if (i < 0) continue;
      named.add(i);
      if (opensSentence(o)) opens.add(i);
    }
    if (opener === key || opens.has(0)) paraSubject = true;
    // sentences going on about it: after one that names it, an opening on a taking-up word, the name or no subject
    const about = new Set(named);
    for (let i = 1; i < sents.length; i++) {
      if (!about.has(i - 1)) continue;
      const t = u.text.slice(sents[i]![0], sents[i]![1]);
      if (TAKE_UP.test(t) || ZERO_SUBJECT.test(t) || t.trimStart().startsWith(name)) {
        about.add(i);
        if (opens.has(i - 1) || (i - 1 === 0 && opener === key)) continued = true;
      }
    }
    share = Math.max(share, about.size / sents.length);
  }
  // sections: the heading names it or its sort noun; its share of a section's paragraphs
  let headingSort = false;
  let sectionShare = 0;
  const lower = name.toLowerCase();
  for (const section of new Set(prose.map((o) => o.section ?? 0))) {
    const h = note.headings.get(section);
    if (h !== undefined) {
      const hl = h.toLowerCase();
      if (hl.includes(lower)) headingSort = true;
      else if (prose.some((o) => (o.section ?? 0) === section && SORT_AFTER.test(o.after) && hl.includes(SORT_AFTER.exec(o.after)![1]!))) headingSort = true;
    }
    const all = note.sectionUnits.get(section) ?? new Set<number>();
    if (all.size >= 2) sectionShare = Math.max(sectionShare, new Set(prose.filter((o) => (o.section ?? 0) === section).map((o) => o.unit)).size / all.size);
  }
  const first = [...prose].sort((a, b) => a.unit - b.unit || (a.offset ?? 0) - (b.offset ?? 0))[0];
  return {
    's-para-subject': paraSubject ? 1 : 0,
    's-continued': continued ? 1 : 0,
    's-sentence-share': share,
    's-topic': paraSubject && (continued || share >= 0.5) ? 1 : 0,
    's-heading-sort': headingSort ? 1 : 0,
    's-section-share': sectionShare,
    's-other-subject': otherSubject ? 1 : 0,
    's-first-subject': first !== undefined && opensSentence(first) ? 1 : 0,
  };
}
