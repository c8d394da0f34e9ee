/**
 * Concept search core, the format of the search-index view (search-index.ts): a MiniSearch
 * index over concept names, aliases, field paths, keywords and summaries, with a tokenizer that
 * understands Chinese and Kubernetes identifiers. Pure module (no DOM, no Node, no Astro): the
 * build serialises the index with it, the browser (src/scripts/search) loads and queries the
 * same index with it, and unit tests and the benchmark drive it directly.
 *
 * Tokens put into the index, per field:
 * - Latin words, lower-cased, and for camelCase words every run of consecutive parts
 *   (`shareProcessNamespace` → share, process, namespace, shareprocess, processnamespace,
 *   shareprocessnamespace), so "process namespace" and "processNamespace" both find it;
 *   field paths are split on `.`/`[]` into their segments the same way.
 * - Chinese (CJK) runs: the words `Intl.Segmenter('zh')` finds, plus every character (unigram)
 *   and every pair of adjacent characters (bigram). A query word of two or more characters is
 *   matched by its bigrams (all required), so `主机` finds `宿主机`, a part of a word that
 *   word-segmenting full-text engines cannot find.
 */
import MiniSearch from 'minisearch';
import type { Options, Query, SearchOptions, SearchResult } from 'minisearch';

/** One concept as put into the index. */
export interface SearchDoc {
  id: string;
  /** Display title as written. */
  t: string;
  /** Chinese name, when known and different from the title. */
  z?: string;
  /** English name, when known and different from the title. */
  e?: string;
  /** Kind (topic, object, field, state, pattern, term). */
  k: string;
  /** Kubernetes field path, for fields. */
  f?: string;
  /** Parent's title, to tell apart concepts with the same name. */
  p?: string;
  /** Parent's Chinese name, when it differs from its title (shown in the Chinese UI). */
  pz?: string;
  /** Parent's English name, when it differs from its title (shown in the English UI). */
  pe?: string;
  /** Aliases (searched, not stored). */
  a?: string[];
  /**
   * Other names a reader may type that the result does not show: the aliases the notes gave it
   * and the glossary's Chinese names (search-index.ts). Stored, not searched here (they are
   * searched as aliases and keywords): a hit found by one shows it (`SearchHit.via`).
   */
  o?: string[];
  /** Keywords: search-only terms that are not names (searched, not stored; ranked below aliases). */
  w?: string[];
  /** Tags of a note or concept, without `#` (searched, not stored; ranked with keywords, below aliases). */
  g?: string[];
  /** Summary (searched, not stored). */
  s?: string;
}

/** Stored fields of a hit. */
export type StoredDoc = Pick<SearchDoc, 'id' | 't' | 'z' | 'e' | 'k' | 'f' | 'p' | 'pz' | 'pe' | 'o'>;

export interface SearchHit extends Omit<StoredDoc, 'o'> {
  score: number;
  /** Strings to highlight in the displayed names and field path (lower-case). */
  needles: string[];
  /**
   * The other name (`SearchDoc.o`: an alias, a glossary name) the hit was found by, when its
   * names and field path show nothing of the query (持久卷 finds `PersistentVolume`: the result
   * reads "PersistentVolume · 持久卷").
   */
  via?: string;
}

/**
 * The UI-string key of the search dialog's count line: "找到 N 个概念" when every hit is a concept,
 * "找到 N 个结果" when notes or tags are among them (a note found by its title is no concept).
 */
export function countKeyOf(hits: readonly Pick<SearchHit, 'k'>[], partial: boolean): 'search.partial' | 'search.count' | 'search.countResults' {
  if (partial) return 'search.partial';
  return hits.every((h) => h.k !== NOTE_KIND && h.k !== TAG_KIND) ? 'search.count' : 'search.countResults';
}

export interface SearchOutcome {
  hits: SearchHit[];
  /** True when no concept matched every query word and the hits match only some of them. */
  partial: boolean;
}

/**
 * Kind of a tag's document (search-index.ts): titled `#name` for display, found only by its
 * tags field (the tag's name), so a tag's page ranks below a concept named or aliased so.
 */
export const TAG_KIND = 'tag';

/** Kind of the search documents of free-form notes (found by their title). */
export const NOTE_KIND = 'note';
/** Prefix of a note's document id (`note:<note id>`; concept ids never contain `:`). */
export const NOTE_PREFIX = 'note:';

/** The note id of a note's search document (`note:<note id>`). */
export function noteIdOfDoc(docId: string): string {
  return docId.startsWith(NOTE_PREFIX) ? docId.slice(NOTE_PREFIX.length) : docId;
}

/** Prefix of a tag's document id (`tag:<key>`). */
export const TAG_PREFIX = 'tag:';

/** The tag key of a tag's search document (`tag:<key>`). */
export function tagKeyOfDoc(docId: string): string {
  return docId.startsWith(TAG_PREFIX) ? docId.slice(TAG_PREFIX.length) : docId;
}

/** Searched fields and how much a match in each counts. */
export const FIELD_BOOST = { names: 6, aliases: 4, fieldPath: 3, keywords: 2, tags: 2, summary: 1 } as const;
const FIELDS = Object.keys(FIELD_BOOST) as (keyof typeof FIELD_BOOST)[];
const STORE_FIELDS = ['id', 't', 'z', 'e', 'k', 'f', 'p', 'pz', 'pe', 'o'] as const;
/** How many of MiniSearch's best results get the exact-name bonus and are re-ranked. */
const RERANK = 200;
/** At most this many characters of a summary are indexed (keeps the index small). */
export const SUMMARY_LIMIT = 240;

const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** A run of CJK characters, or a run of other letters/digits. */
const RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+|(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])[\p{L}\p{M}\p{N}])+/gu;
/** camelCase boundaries: `shareProcess` → share|Process, `HTTPGet` → HTTP|Get (`IPv4` stays whole). */
const CAMEL = /(?<=[\p{Ll}\p{N}])(?=\p{Lu})|(?<=\p{Lu}{2})(?=\p{Lu}\p{Ll})/u;
/** Longest run of camelCase parts joined into one extra token. */
const MAX_JOINED_PARTS = 4;

let segmenter: Intl.Segmenter | null | undefined;
function zhSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) {
    segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;
  }
  return segmenter;
}

export function isCjk(s: string): boolean {
  return CJK_CHAR.test(s);
}

/** Chinese words of a CJK run (the whole run when Intl.Segmenter is unavailable). */
export function segmentCjk(run: string): string[] {
  const seg = zhSegmenter();
  if (!seg) return [run];
  const out: string[] = [];
  for (const s of seg.segment(run)) if (s.segment.trim() !== '') out.push(s.segment);
  return out;
}

/** `shareProcessNamespace` → ['share', 'Process', 'Namespace']. */
export function camelParts(word: string): string[] {
  return word.split(CAMEL).filter((p) => p !== '');
}

function chars(s: string): string[] {
  return Array.from(s);
}

export function bigrams(s: string): string[] {
  const c = chars(s);
  const out: string[] = [];
  for (let i = 0; i + 1 < c.length; i++) out.push(c[i]! + c[i + 1]!);
  return out;
}

/** Index tokens of a Latin word: the word and its camelCase part runs, lower-cased. */
function latinTokens(word: string, out: string[]): void {
  const lower = word.toLowerCase();
  out.push(lower);
  const parts = camelParts(word).map((p) => p.toLowerCase());
  if (parts.length < 2) return;
  for (let i = 0; i < parts.length; i++) {
    let joined = '';
    for (let j = i; j < parts.length && j - i < MAX_JOINED_PARTS; j++) {
      joined += parts[j];
      if (joined !== lower) out.push(joined);
    }
  }
}

/** Index tokens of a CJK run: segmenter words (2+ chars), unigrams, bigrams. */
function cjkTokens(run: string, out: string[]): void {
  const c = chars(run);
  if (c.length > 1) {
    for (const w of segmentCjk(run)) if (chars(w).length > 1) out.push(w);
  }
  for (const ch of c) out.push(ch);
  out.push(...bigrams(run));
}

/** All index tokens of a text (already lower-cased; CJK has no case). */
export function indexTokens(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(RUN)) {
    const run = m[0];
    if (isCjk(run[0]!)) cjkTokens(run, out);
    else latinTokens(run, out);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Queries

/** One query word: its search sub-query and the strings it highlights. */
interface QueryWord {
  query: Query;
  needles: string[];
}

function leaf(term: string, opts: Pick<SearchOptions, 'prefix' | 'fuzzy'>): Query {
  return { ...opts, combineWith: 'OR', queries: [term] };
}

/**
 * How many typos a Latin word of `length` letters may have: one from five letters on. `wide` (the
 * second try, when no concept has every word with that: `Pod hase`, `deploymnet`) also forgives one in
 * a four-letter word (`hase` → `phase`) and two from eight letters on (a swap of two letters is two
 * edits: `deploymnet` → `deployment`).
 */
function typosAllowed(length: number, wide: boolean): number | false {
  if (wide) return length >= 8 ? 2 : length >= 4 ? 1 : false;
  return length >= 5 ? 1 : false;
}

/** Parses what a person typed into per-word sub-queries (combined with AND by `search`). */
export function parseQuery(input: string, wide = false): QueryWord[] {
  const words: QueryWord[] = [];
  for (const m of input.normalize('NFKC').matchAll(RUN)) {
    const run = m[0];
    if (isCjk(run[0]!)) {
      for (const w of segmentCjk(run)) {
        const c = chars(w);
        if (c.length === 1) {
          words.push({ query: leaf(w, { prefix: false, fuzzy: false }), needles: [w] });
        } else if (c.length === 2) {
          // A two-character word is its own (only) bigram; prefix also finds longer words.
          words.push({ query: leaf(w, { prefix: true, fuzzy: false }), needles: [w] });
        } else {
          // The word itself (prefix: also longer words starting with it) ranks whole-word
          // matches higher; its bigrams, all required, find it inside longer words.
          const grams = bigrams(w);
          words.push({
            query: {
              combineWith: 'OR',
              queries: [leaf(w, { prefix: true, fuzzy: false }), { combineWith: 'AND', prefix: false, fuzzy: false, queries: grams }],
            },
            needles: [w],
          });
        }
      }
    } else {
      const lower = run.toLowerCase();
      const parts = camelParts(run).map((p) => p.toLowerCase());
      const fuzzy = typosAllowed(lower.length, wide);
      const whole = leaf(lower, { prefix: true, fuzzy });
      words.push({
        query:
          parts.length > 1
            ? { combineWith: 'OR', queries: [whole, { combineWith: 'AND', prefix: true, fuzzy: false, queries: parts }] }
            : whole,
        needles: parts.length > 1 ? [lower, ...parts] : [lower],
      });
    }
  }
  return words;
}

// ---------------------------------------------------------------------------------------------
// Index

function identity(s: string): string[] {
  return [s];
}

/** MiniSearch options shared by the build (`createSearchIndex`) and the browser (`loadSearchIndex`). */
export function miniSearchOptions(): Options<SearchDoc> {
  return {
    idField: 'id',
    fields: [...FIELDS],
    storeFields: [...STORE_FIELDS],
    extractField: (doc, field) => {
      switch (field) {
        case 'names':
          return doc.k === TAG_KIND ? '' : [doc.t, doc.z, doc.e].filter(Boolean).join('\n');
        case 'aliases':
          return (doc.a ?? []).join('\n');
        case 'keywords':
          return (doc.w ?? []).join('\n');
        case 'tags':
          return (doc.g ?? []).join('\n');
        case 'fieldPath':
          return doc.f ?? '';
        case 'summary':
          return (doc.s ?? '').slice(0, SUMMARY_LIMIT);
        default:
          return (doc as unknown as Record<string, string>)[field];
      }
    },
    tokenize: (text) => indexTokens(text),
    processTerm: (term) => term,
    // Query leaves are already single terms (see parseQuery).
    searchOptions: {
      tokenize: identity,
      processTerm: (term) => term.toLowerCase(),
      boost: { ...FIELD_BOOST },
      combineWith: 'AND',
    },
  };
}

/**
 * MiniSearch's term index (a radix tree) as `add` uses it: `fetch(term, initial)` returns the
 * term's data, creating the term's path first when it is new. Not part of MiniSearch's typed
 * API (see `createSearchIndex`).
 */
interface TermTree {
  fetch(term: string, initial: () => unknown): unknown;
}

export function createSearchIndex(docs: readonly SearchDoc[]): MiniSearch<SearchDoc> {
  const ms = new MiniSearch<SearchDoc>(miniSearchOptions());
  // MiniSearch's `add` fetches every token from its radix tree, and finding a term's path walks
  // a node's children one by one: the root has a child per distinct first character (over a
  // thousand in Chinese text), and each comparison cuts a new one-character string. The 1,000
  // bench notes index about 155,000 tokens of 2,800 distinct terms, so much of the index's time
  // (and hundreds of MB of short strings) went to walking the root again for terms already in
  // it. Walking an existing term's path changes nothing (no node is split, its data stays the
  // same object), so while the documents are added each term's data is remembered after its
  // first fetch: the tree, the order of its keys and the data are the ones MiniSearch builds
  // (tests/unit/search/search-index.test.ts compares the serialised index with one built
  // without this). If MiniSearch's insides ever differ from this, the documents are added
  // without it.
  const tree = (ms as unknown as { _index?: Partial<TermTree> })._index;
  if (tree && typeof tree.fetch === 'function' && !Object.hasOwn(tree, 'fetch')) {
    const fetchPath = tree.fetch.bind(tree);
    const known = new Map<string, unknown>();
    tree.fetch = (term, initial) => {
      let data = known.get(term);
      if (data === undefined) {
        data = fetchPath(term, initial);
        known.set(term, data);
      }
      return data;
    };
    try {
      ms.addAll(docs);
    } finally {
      delete tree.fetch;
    }
  } else {
    ms.addAll(docs);
  }
  return ms;
}

/** The index as the JSON the browser loads. */
export function serializeSearchIndex(ms: MiniSearch<SearchDoc>): string {
  return JSON.stringify(ms);
}

export function loadSearchIndex(json: string): MiniSearch<SearchDoc> {
  return MiniSearch.loadJSON<SearchDoc>(json, miniSearchOptions());
}

function squash(s: string): string {
  return s.toLowerCase().replace(/[\s\-_.]+/g, '');
}

/** The bonus of a name (or a field's last key) that is exactly what was typed: such hits rank first. */
const EXACT_BONUS = 2.5;

/**
 * The bonus of a name that is, whole, a word the index matched for what was typed (by prefix or one
 * typo: `cronjb` and `cronjo` both match `cronjob`), and at least as long as what was typed less one
 * letter (a name that covers the whole query, not one of its words): the reader was typing that name. Below
 * EXACT_BONUS, so an exact name still leads; above a name that only starts with what was typed.
 * A note titled `Job与CronJob` matches the same word in its title and file name, and its short
 * document outscored the CronJob concept on every misspelt or unfinished `cronjob`.
 */
const MATCHED_NAME_BONUS = 2.2;

/** Extra weight for hits whose name is exactly (or starts with, or is the word matched for) what was typed. */
function nameBonus(doc: StoredDoc, typed: string, matched: readonly string[] = []): number {
  if (typed === '') return 1;
  let bonus = 1;
  for (const name of [doc.t, doc.z, doc.e]) {
    if (!name) continue;
    const n = squash(name);
    if (n === typed) bonus = Math.max(bonus, 3);
    // (the whole of what was typed, one letter short at most: `etcd dmin` matches the word `etcd`, but the reader was typing etcd admin)
    else if (n.length >= typed.length - 1 && matched.includes(n)) bonus = Math.max(bonus, MATCHED_NAME_BONUS);
    else if (n.startsWith(typed)) bonus = Math.max(bonus, 1.6);
  }
  if (doc.f) {
    const last = squash(doc.f.split('.').pop() ?? '');
    if (last === typed) bonus = Math.max(bonus, 2.5);
  }
  return bonus;
}

/** Searches the concept index. Empty input gives no hits. */
export function searchConcepts(ms: MiniSearch<SearchDoc>, input: string, limit = 20): SearchOutcome {
  let words = parseQuery(input);
  if (words.length === 0) return { hits: [], partial: false };
  const run = (combineWith: 'AND' | 'OR', ws: QueryWord[] = words): SearchResult[] =>
    ms.search({ combineWith, queries: ws.map((w) => w.query) });
  let results = run('AND');
  let partial = false;
  if (results.length === 0) {
    // No concept has every word: forgive more typos before settling for some of the words
    // (`Pod hase` found only pages about other Pod things, none of them Pod phase).
    const wider = parseQuery(input, true);
    results = run('AND', wider);
    if (results.length > 0) words = wider;
  }
  if (results.length === 0 && words.length > 1) {
    results = run('OR');
    partial = results.length > 0;
  }
  const typed = squash(input.normalize('NFKC'));
  // MiniSearch returns results by score; the name bonus only reorders the leading ones, so
  // long result lists (a common character in a big index) cost no more than RERANK items.
  const ranked = results
    .slice(0, Math.max(limit, RERANK))
    .map((r) => {
      const bonus = nameBonus(r as unknown as StoredDoc, typed, r.terms);
      return { r, score: r.score * bonus, exact: bonus >= EXACT_BONUS };
    })
    // A concept named exactly what was typed comes first, whatever the score of the others: a
    // field named after its kind matches the word in more fields (`ingressClassName`: its name's
    // part, its path, its summary), and `ingress` put it above Ingress, `pod` podAntiAffinity above Pod.
    .sort((a, b) => Number(b.exact) - Number(a.exact) || b.score - a.score || String(a.r.t).localeCompare(String(b.r.t)) || String(a.r.id).localeCompare(String(b.r.id)))
    .slice(0, limit);
  const queryNeedles = words.flatMap((w) => w.needles);
  const hits: SearchHit[] = ranked.map(({ r, score }) => {
    const doc = r as unknown as StoredDoc;
    const needles = Array.from(new Set([...queryNeedles, ...r.terms])).filter((n) => n !== '');
    const via = matchedOtherName(doc, needles);
    return { id: doc.id, t: doc.t, z: doc.z, e: doc.e, k: doc.k, f: doc.f, p: doc.p, pz: doc.pz, pe: doc.pe, score, needles, ...(via !== undefined ? { via } : {}) };
  });
  return { hits, partial };
}

/**
 * The option Enter opens before the reader moves with ↑/↓: the first hit when it matches every
 * query word; none when there are no hits or they match only some words (`partial`), so Enter
 * then runs the full-text search (README, Search) instead of opening a concept the query only
 * half names.
 */
export function preselectedHit(out: SearchOutcome): number {
  return out.hits.length > 0 && !out.partial ? 0 : -1;
}

/** How many characters of `text` the needles mark. */
function marked(text: string, needles: readonly string[]): number {
  let n = 0;
  for (const [s, e] of highlightRanges(text, needles)) n += e - s;
  return n;
}

/**
 * The other name (`o`) a hit was found by: none when its shown names (title, Chinese and English
 * names) or field path mark a needle; else the other name the needles mark most of, the first of
 * those. So a search by a name the result does not show says why it matched.
 */
export function matchedOtherName(doc: Pick<StoredDoc, 't' | 'z' | 'e' | 'f' | 'o'>, needles: readonly string[]): string | undefined {
  if (!doc.o?.length || [doc.t, doc.z, doc.e, doc.f].some((s) => s !== undefined && marked(s, needles) > 0)) return undefined;
  let best: string | undefined;
  let most = 0;
  for (const name of doc.o) {
    const n = marked(name, needles);
    if (n > most) (best = name), (most = n);
  }
  return best;
}

// ---------------------------------------------------------------------------------------------
// Highlighting (pure: the UI turns the pieces into text nodes and <mark> elements)

export interface TextPiece {
  text: string;
  mark: boolean;
}

/** Non-overlapping, sorted [start, end) ranges where any needle occurs in text (case-insensitive). */
export function highlightRanges(text: string, needles: readonly string[]): [number, number][] {
  const lower = text.toLowerCase();
  const hay = lower.length === text.length ? lower : text;
  const ranges: [number, number][] = [];
  for (const raw of needles) {
    const n = hay === lower ? raw.toLowerCase() : raw;
    if (n === '') continue;
    let from = 0;
    for (;;) {
      const i = hay.indexOf(n, from);
      if (i < 0) break;
      ranges.push([i, i + n.length]);
      from = i + 1;
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** Splits text into plain and highlighted pieces. */
export function highlightPieces(text: string, needles: readonly string[]): TextPiece[] {
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const [s, e] of highlightRanges(text, needles)) {
    if (s > at) pieces.push({ text: text.slice(at, s), mark: false });
    pieces.push({ text: text.slice(s, e), mark: true });
    at = e;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), mark: false });
  return pieces;
}

// ---------------------------------------------------------------------------------------------
// Baseline (for the benchmark): what a search without an index would do.

/** Naive linear scan: every doc whose names/aliases/field path/keywords contain the query (case-insensitive). */
export function naiveScan(docs: readonly SearchDoc[], input: string, limit = 20): SearchDoc[] {
  const q = input.trim().toLowerCase();
  if (q === '') return [];
  const out: SearchDoc[] = [];
  for (const d of docs) {
    const hay = [d.t, d.z, d.e, d.f, ...(d.a ?? []), ...(d.w ?? []), ...(d.g ?? [])].filter(Boolean).join('\n').toLowerCase();
    if (hay.includes(q)) {
      out.push(d);
      if (out.length >= limit) break;
    }
  }
  return out;
}
