/**
 * The boxes of the skill map's nodes: label measurement (estimated widths: CJK full width, Latin
 * letters by a wide sans-serif's advances), balanced line wrapping in both label languages, and
 * each node's box sized for the longer of its Chinese and English labels. Used by the map's
 * layout (layout.ts) and by the concept pages' local graph (views/local-graph.ts), which
 * therefore do not pull the mind-map placement (mind-map.ts, d3-flextree) into their bundle.
 * Pure: no DOM, deterministic.
 */
import type { Concept } from './model.ts';
import { MAP_TYPE } from './map-typography.ts';

// ---------------------------------------------------------------------------------------------
// Label measurement

/** Advance widths (in em) of printable ASCII in a wide sans-serif (DejaVu Sans). */
const ASCII_EM: Record<string, number> = (() => {
  const t: Record<string, number> = {};
  const set = (chars: string, w: number): void => {
    for (const ch of chars) t[ch] = w;
  };
  set('abdeghnopqu', 0.635);
  set('ck', 0.58);
  set('svxyz', 0.6);
  set('ijl', 0.28);
  set('ft', 0.4);
  set('r', 0.42);
  set('m', 0.975);
  set('w', 0.82);
  set('0123456789', 0.636);
  set('ABCDEKPRSTXYZ', 0.7);
  set('FL', 0.6);
  set('GHNOQUV', 0.79);
  set('IJ', 0.3);
  set('MW', 0.99);
  set(' ', 0.32);
  set('.,:;\'`|!', 0.34);
  set('-()[]/\\', 0.4);
  set('"_*', 0.5);
  set('&%@#$^~+=<>?{}', 0.84);
  return t;
})();

/** Wide characters: CJK ideographs, kana, hangul, full-width forms and CJK punctuation. */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u;

function charEm(ch: string): number {
  const w = ASCII_EM[ch];
  if (w !== undefined) return w;
  if (WIDE.test(ch)) return 1;
  return 0.7;
}

/** Width of `text` in em (unscaled). */
function textEm(text: string): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return em;
}

/** Estimated width in px of `text` set in a `fontSize` px sans-serif (bold adds ~8%). */
export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  return textEm(text) * fontSize * (bold ? 1.08 : 1);
}

/** Characters that must not start a line (closing punctuation). */
const NO_LINE_START = /^[，。、；：！？）」』】〉》,.;:!?)\]}%]/;

const TOKEN_RE = /[ ]|[^ \u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]+|./gsu;

interface Token {
  text: string;
  /** Width in em (unscaled). */
  em: number;
  space: boolean;
  /** Must stay on the line before it (closing punctuation). */
  glue: boolean;
}

function tokenize(text: string): Token[] {
  const clean = text.replace(/\s+/g, ' ').trim();
  return (clean.match(TOKEN_RE) ?? []).map((t) => ({ text: t, em: textEm(t), space: t === ' ', glue: NO_LINE_START.test(t) }));
}

/** Greedy line filling over tokens; `maxEm` is the line width in em. */
function greedyWrap(tokens: Token[], maxEm: number): { lines: string[]; widest: number } {
  const lines: string[] = [];
  let widest = 0;
  let line = '';
  let lineEm = 0;
  let pendingSpaceEm = 0;
  for (const tok of tokens) {
    if (tok.space) {
      if (line !== '') pendingSpaceEm += tok.em;
      continue;
    }
    if (line === '') {
      line = tok.text;
      lineEm = tok.em;
    } else if (lineEm + pendingSpaceEm + tok.em <= maxEm || tok.glue) {
      line += (pendingSpaceEm > 0 ? ' ' : '') + tok.text;
      lineEm += pendingSpaceEm + tok.em;
    } else {
      lines.push(line);
      widest = Math.max(widest, lineEm);
      line = tok.text;
      lineEm = tok.em;
    }
    pendingSpaceEm = 0;
  }
  if (line !== '') {
    lines.push(line);
    widest = Math.max(widest, lineEm);
  }
  return { lines: lines.length > 0 ? lines : [''], widest };
}

/** Where a word wider than its line may break: after `-`, `/`, `_`, `:` and between a lower-case letter or digit and an upper-case one (camelCase); after `.` only inside a piece still too wide (`node.kubernetes.io/` + `memory-pressure`). */
const WORD_BREAK = /(?<=[-/_:])(?=[^-/._:])|(?<=[a-z0-9])(?=[A-Z])/;
const DOT_BREAK = /(?<=\.)(?=[^-/._:])/;

/** A word is broken (`breakWord`) only when it is this many times wider than the line: a little wider, it stays whole. */
const BREAK_OVER = 1.5;

/**
 * A word more than `BREAK_OVER` times wider than `maxEm` cut into pieces that join without a
 * space (`progressDeadline` + `Seconds`, `certificate-` + `authority-data`): at the `WORD_BREAK`
 * places, the pieces filled greedily up to the line; a piece still that much too wide is cut
 * between characters.
 */
function breakWord(tok: Token, maxEm: number): Token[] {
  if (tok.em <= maxEm * BREAK_OVER || tok.space) return [tok];
  const out: Token[] = [];
  let text = '';
  let em = 0;
  const push = (): void => {
    if (text !== '') out.push({ text, em, space: false, glue: out.length === 0 && tok.glue });
    text = '';
    em = 0;
  };
  const parts = tok.text.split(WORD_BREAK).flatMap((p) => (textEm(p) > maxEm * BREAK_OVER ? p.split(DOT_BREAK) : [p]));
  for (const part of parts) {
    const partEm = textEm(part);
    if (em + partEm <= maxEm) {
      text += part;
      em += partEm;
      continue;
    }
    push();
    if (partEm <= maxEm * BREAK_OVER) {
      text = part;
      em = partEm;
      continue;
    }
    for (const ch of part) {
      const w = charEm(ch);
      if (em + w > maxEm && text !== '') push();
      text += ch;
      em += w;
    }
  }
  push();
  // No space token between the pieces: on one line they join without a space.
  return out;
}

/**
 * Breaks a label into lines no wider than `maxWidth`: at spaces between Latin words, between
 * any two CJK characters (never before closing punctuation). A single word longer than the line
 * stays whole, unless `breakWords` (then it breaks as `breakWord` says). Lines are balanced
 * (like CSS `text-wrap: balance`): the narrowest width that needs no more lines, so
 * "Kubernetes 作业管理" breaks as "Kubernetes / 作业管理", not "Kubernetes 作业管 / 理".
 * Deterministic; the browser draws exactly these lines.
 */
export function wrapLabel(text: string, fontSize: number, maxWidth: number, bold = false, breakWords = false): string[] {
  const scale = fontSize * (bold ? 1.08 : 1);
  const tokens = breakWords ? tokenize(text).flatMap((t) => breakWord(t, maxWidth / scale)) : tokenize(text);
  const first = greedyWrap(tokens, maxWidth / scale);
  if (first.lines.length < 2) return first.lines;
  let best = first.lines;
  const step = 0.5 / (bold ? 1.08 : 1);
  for (let em = maxWidth / scale - step; em > 1; em -= step) {
    const trial = greedyWrap(tokens, em);
    if (trial.lines.length > first.lines.length || trial.widest > em) break;
    best = trial.lines;
  }
  return best;
}

// ---------------------------------------------------------------------------------------------
// Node boxes

export interface LabelLines {
  zh: string[];
  en: string[];
}

export interface NodeBox {
  /** Distance from the root in the map tree. */
  depth: number;
  fontSize: number;
  bold: boolean;
  width: number;
  height: number;
  /** Pre-wrapped label lines in both languages (the browser joins them with `\n`). */
  lines: LabelLines;
}

export { MAP_TYPE };

/** Chinese and English display names of a concept (falling back to `title`). */
export function mapLabels(c: Pick<Concept, 'title' | 'titleZh' | 'titleEn'>): { zh: string; en: string } {
  const title = c.title.trim() || '?';
  return { zh: c.titleZh?.trim() || title, en: c.titleEn?.trim() || title };
}

/** Size of a node's box on the map: fits both its Chinese and its English label. */
export function nodeBox(
  c: Pick<Concept, 'title' | 'titleZh' | 'titleEn'>,
  depth: number,
  type: { fontSize?: number; bold?: boolean; wrapEm?: number; breakWords?: boolean } = {},
): NodeBox {
  const fontSize = type.fontSize ?? MAP_TYPE.fontSize(depth);
  const bold = type.bold ?? MAP_TYPE.bold(depth);
  const maxW = (type.wrapEm ?? MAP_TYPE.wrapEm(depth)) * fontSize;
  const { zh, en } = mapLabels(c);
  const lines = { zh: wrapLabel(zh, fontSize, maxW, bold, type.breakWords), en: wrapLabel(en, fontSize, maxW, bold, type.breakWords) };
  const textW = Math.max(...[...lines.zh, ...lines.en].map((l) => estimateTextWidth(l, fontSize, bold)));
  const nLines = Math.max(lines.zh.length, lines.en.length);
  return {
    depth,
    fontSize,
    bold,
    width: Math.ceil(textW + 2 * MAP_TYPE.padX(depth)),
    height: Math.ceil(nLines * fontSize * MAP_TYPE.lineHeight + 2 * MAP_TYPE.padY(depth)),
    lines,
  };
}

