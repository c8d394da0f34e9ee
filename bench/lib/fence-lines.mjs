/**
 * The counting scripts' fence-aware line loop: a chapter's lines outside fenced code, with their line numbers, so a
 * script counting a shape line by line (bench/rubric46.mjs, bench/heading-about43.mjs, bench/component-veto43.mjs,
 * bench/eqdef44-*.mjs, bench/fieldeq45.mjs) skips code without writing the loop again. Tested in
 * tests/unit/graph/fence-lines.test.ts, against the project's Markdown parser.
 *
 * Fences as CommonMark reads them (https://spec.commonmark.org/0.31.2/#fenced-code-blocks):
 *   - a fence opens on three or more backticks or tildes (a backtick fence's info string holds no backtick), indented
 *     at most three spaces past its container: the document, or a list item, whose content starts after its marker
 *     and the spaces that follow (`- `, `1. `), so a fence under a list item may be indented more;
 *   - it closes on a line of the same character, at least as long, with nothing but spaces after, indented at most
 *     three spaces past the same container; or when its list item ends (a non-blank line indented less than the
 *     item's content); or at the end of the text.
 *   - in a block quote (`> ````), the same under its `>` markers; a line with fewer markers ends the fence.
 * Left out (read as outside lines, as the scripts' own loops did): indented code blocks (four spaces of indent outside
 * a list), HTML blocks; a lazy continuation line ends a list item here, and a block quote inside a list item is not
 * read (the scripts count shapes, they are not the parser: src/graph/markdown.ts is).
 */

/** A line's indent in columns (a tab to the next multiple of four) and its text after the indent. */
function indentOf(line) {
  let col = 0;
  let i = 0;
  for (; i < line.length; i++) {
    if (line[i] === ' ') col++;
    else if (line[i] === '\t') col += 4 - (col % 4);
    else break;
  }
  return { col, rest: line.slice(i) };
}

const QUOTE = /^ {0,3}> ?/;
const OPEN = /^(`{3,}|~{3,})(.*)$/;
const ITEM = /^([-*+]|\d{1,9}[.)])(?=[ \t]|$)/;

/**
 * Each line of `text` (a string, split on `\n`, or an array of lines) as 'text' (outside fences), 'fence' (a line
 * that opens or closes one) or 'code' (inside one).
 */
export function fenceKinds(text) {
  const lines = Array.isArray(text) ? text : text.split('\n');
  const kinds = [];
  const items = []; // content columns of the open list items, innermost last
  let quotes = 0; // block quote markers (`>`) opening the line before
  let fence = null; // { char, len, base, quotes }
  for (const line of lines) {
    // block quote markers: inside a fence only as many as it was opened under (more are its code's own)
    let q = 0;
    let inner = line;
    for (let m = QUOTE.exec(inner); m && (fence === null || q < fence.quotes); m = QUOTE.exec(inner)) {
      q++;
      inner = inner.slice(m[0].length);
    }
    const { col, rest } = indentOf(inner);
    if (fence && q < fence.quotes) fence = null; // its block quote ended
    if (rest === '') {
      kinds.push(fence ? 'code' : 'text');
      continue;
    }
    if (fence) {
      if (col < fence.base) fence = null; // its list item ended
      else {
        const close = col - fence.base <= 3 ? /^(`{3,}|~{3,})[ \t]*$/.exec(rest) : null;
        if (close && close[1][0] === fence.char && close[1].length >= fence.len) {
          fence = null;
          kinds.push('fence');
        } else kinds.push('code');
        continue;
      }
    }
    if (q !== quotes) items.length = 0;
    quotes = q;
    while (items.length > 0 && items[items.length - 1] > col) items.pop();
    let base = items.length > 0 ? items[items.length - 1] : 0;
    let at = col;
    let body = rest;
    // list markers opening this line (`- `, `1. `, `- 1. `): each opens an item whose content starts after it and
    // the spaces that follow (one, when more than four follow: the rest is then indented code)
    for (let m = ITEM.exec(body); m && at - base <= 3; m = ITEM.exec(body)) {
      const { col: gap, rest: after } = indentOf(body.slice(m[1].length));
      base = at + m[1].length + (after === '' || gap > 4 ? 1 : gap);
      items.push(base);
      at += m[1].length + gap;
      body = after;
      if (body === '') break;
    }
    const open = at - base <= 3 ? OPEN.exec(body) : null;
    if (open && !(open[1][0] === '`' && open[2].includes('`'))) {
      fence = { char: open[1][0], len: open[1].length, base, quotes: q };
      kinds.push('fence');
    } else kinds.push('text');
  }
  return kinds;
}

/** The lines of `text` outside fenced code: `{ line, text }`, `line` counted from 1. */
export function linesOutsideFences(text) {
  const lines = Array.isArray(text) ? text : text.split('\n');
  const kinds = fenceKinds(lines);
  const out = [];
  for (let i = 0; i < lines.length; i++) if (kinds[i] === 'text') out.push({ line: i + 1, text: lines[i] });
  return out;
}
