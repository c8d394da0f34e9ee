/**
 * csdn28: emoji in names. Blog notes decorate headings and bold labels with emoji (`## 🎯 前言`,
 * `# 💡 总结`, `**✅ 优点**`); a name is read without them, so `🎯 前言` is the generic 前言 and
 * `🚀 一、初识Pod` is numbered like `一、初识Pod`. One normalisation, used by every name rule
 * (labels.ts: `normKey`, `nameCandidates`, `isGenericLabel`, `isClearTerm`, `isRemark`).
 *
 * What is taken out: a pictograph (`\p{Extended_Pictographic}`) that is an emoji as written —
 * one shown as an emoji by default (`\p{Emoji_Presentation}`), one asked to be (followed by
 * U+FE0F), or one outside the text symbol blocks below U+2C00 (`🛠`, U+1F6E0, is text by default but
 * no reader takes it for a letter) — and what builds emoji sequences with it: variation
 * selectors, the zero-width joiner, skin tones, the keycap mark (`1️⃣` reads `1`) and tag
 * characters. Text symbols that are pictographs too (`↔`, `©`, `™`, `▶`, `✔` without U+FE0F) are kept.
 */
const PICTOGRAPH = /\p{Emoji_Presentation}|\p{Extended_Pictographic}(?=\uFE0F)|(?![\u0000-\u2BFF])\p{Extended_Pictographic}/gu;
const SEQUENCE_MARKS = /[\uFE0E\uFE0F\u200D\u20E3\u{1F3FB}-\u{1F3FF}\u{E0020}-\u{E007F}]/gu;
const MAY_HOLD = /[\u2000-\u2BFF\uFE0E\uFE0F\u200D\u20E3\u{1F000}-\u{1FFFF}\u{E0020}-\u{E007F}]/u;

/** A name's text without its emoji, the spaces they leave tidied (a text with none is returned as it is). */
export function stripPictographs(s: string): string {
  if (!MAY_HOLD.test(s)) return s;
  const t = s.replace(PICTOGRAPH, ' ').replace(SEQUENCE_MARKS, '');
  return t === s ? s : t.replace(/[ \t]{2,}/g, ' ').trim();
}
