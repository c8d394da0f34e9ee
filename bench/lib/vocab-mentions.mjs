/**
 * mention10: where a chapter writes the names of the Kubernetes vocabulary (API and configuration
 * kinds, their fields, enum and state values, ecosystem kinds), pure parts of
 * `bench/vocab-mentions.mjs` (docs/miner.md, "mention10").
 *
 * A name's occurrences outside fences are classified by position (POSITIONS, most structural first):
 *   heading          a heading writes it
 *   table-first      a table row's first cell is the name (code or plain)
 *   table-cell       another cell of a table row is the name
 *   item-lead        it opens a list item (`- \`x\`：…`, `- x 是…`)
 *   para-lead        it opens a paragraph or a quote line
 *   code-prose       a code span mid-sentence
 *   plain            a plain word mid-sentence (or inside a longer cell)
 * and `yaml-key` when the note's own YAML (a fence) sets it as a key, `fence-only` when only a fence
 * writes it. Features of a name in a chapter (for the separating condition): how many lines name it,
 * whether a line names it as the subject of what follows (a defining word after it), whether the
 * note's YAML sets it as a key.
 */

/** The lines of a chapter, each with whether it is inside a fence (also bench/miner-misses.mjs's). */
export function linesOf(text) {
  const out = [];
  let fence = null;
  for (const [i, line] of text.split('\n').entries()) {
    const m = /^\s*(```+|~~~+)/.exec(line);
    if (m) {
      if (fence === null) fence = m[1][0];
      else if (m[1][0] === fence) fence = null;
      out.push({ n: i + 1, line, fence: true });
      continue;
    }
    out.push({ n: i + 1, line, fence: fence !== null });
  }
  return out;
}

export const POSITIONS = ['heading', 'table-first', 'table-cell', 'item-lead', 'para-lead', 'code-prose', 'plain', 'yaml-key', 'fence-only', 'absent'];

const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Where a Latin name stands in a line as a whole word (case-insensitive), every index. */
export function wordHits(line, name) {
  const re = new RegExp(`(?<![A-Za-z0-9_.\\-/])${esc(name)}(?![A-Za-z0-9_\\-/]|\\.[A-Za-z])`, 'gi');
  const out = [];
  for (let m = re.exec(line); m; m = re.exec(line)) out.push(m.index);
  return out;
}

/** Words that say what a name just before them is or does (the name is its clause's subject). */
const DEFINING_AFTER = /^[`*”"」]*\s*(?:[（(][^）)]{0,40}[）)])?\s*[`*]*\s*(?:[:：]|\s[—–-]{1,2}\s|——|是|就是|指|即|表示|意思是|的意思|用来|用于|负责|决定|控制|代表|对应|相当于|会|可以|能|只|默认|设置|设为|限制|指定|记录|描述|定义|声明|开启|启用|允许|告诉|=)/u;

/** The position of a name at `index` (its length `len`) in a line outside fences. */
export function positionOf(line, index, len) {
  if (/^\s*#{1,6}\s/.test(line)) return 'heading';
  if (/^\s*\|/.test(line)) {
    const cells = line.split('|').slice(1, -1);
    let acc = line.indexOf('|') + 1;
    for (const [k, c] of cells.entries()) {
      if (index >= acc && index < acc + c.length + 1) {
        const bare = c.replace(/[`*]/g, '').trim();
        const whole = bare.length === len;
        if (!whole) return 'plain';
        return k === 0 ? 'table-first' : 'table-cell';
      }
      acc += c.length + 1;
    }
    return 'plain';
  }
  const item = /^(\s*(?:>\s*)*(?:[-*+]|\d+[.)、])\s+)/.exec(line);
  const quote = /^(\s*(?:>\s*)*)/.exec(line);
  const leadStart = item ? item[1].length : quote[1].length;
  if (/^[\s*`“"「]*$/.test(line.slice(leadStart, index))) return item ? 'item-lead' : 'para-lead';
  const before = line.slice(0, index);
  const after = line.slice(index + len);
  if (/`$/.test(before) && /^`/.test(after)) return 'code-prose';
  return 'plain';
}

/**
 * A finer shape of one occurrence in running text: `kv` (a code span setting it: `` `x: 1` ``, `` `x=1` ``),
 * `gloss` (in parentheses after Chinese words: `用户是谁（user、groups）`), `enum` (one of three or more
 * Latin names joined by 、 or commas), or undefined.
 */
export function shapeAt(line, index, len) {
  const before = line.slice(0, index);
  const after = line.slice(index + len);
  if (/`$/.test(before) && /^\s*(?::\s|=)[^`]*`/.test(after)) return 'kv';
  if (/[\u4e00-\u9fff][）)]?\s*[（(]\s*`?$/.test(before) || (/[\u4e00-\u9fff]\s*[（(][^（()）]*$/.test(before) && /^[^（()）]*[）)]/.test(after))) {
    if (/[（(][^（()）]*$/.test(before)) return 'gloss';
  }
  const sep = /^\s*[`*]*\s*[、,，]/;
  const prevSep = /[、,，]\s*[`*]*\s*$/;
  if (sep.test(after) || prevSep.test(before)) {
    // (a piece of the line between separators that starts or ends with a Latin name)
    const run = line.split(/[、,，]/).filter((x) => /^\s*[`*]*[A-Za-z]/.test(x) || /[A-Za-z0-9][`*]*\s*$/.test(x));
    if (run.length >= 3) return 'enum';
  }
  return undefined;
}

/** Keys a YAML fence sets (`  name:` / `- name:`), by normalised key. */
export function yamlKeysOf(lines, normKey) {
  const keys = new Set();
  for (const l of lines) {
    if (!l.fence) continue;
    const m = /^\s*(?:>\s*)*(?:-\s+)*([A-Za-z_][A-Za-z0-9_.\-]*)\s*:(?:\s|$)/.exec(l.line);
    if (m) keys.add(normKey(m[1]));
  }
  return keys;
}

/**
 * The occurrences of a name in a chapter: positions of the lines outside fences (one per line, its
 * most structural), whether a line names it as the subject of a defining word, and the YAML key.
 */
export function occurrences(lines, name, yamlKeys, normKey) {
  const out = { lines: 0, positions: [], subject: false, yamlKey: yamlKeys.has(normKey(name)), fence: false, best: 'absent', shapes: [] };
  for (const l of lines) {
    const hits = wordHits(l.line, name);
    if (hits.length === 0) continue;
    if (l.fence) { out.fence = true; continue; }
    out.lines++;
    const ps = hits.map((i) => {
      const p = positionOf(l.line, i, name.length);
      const after = l.line.slice(i + name.length);
      if (DEFINING_AFTER.test(after)) out.subject = true;
      const sh = shapeAt(l.line, i, name.length);
      if (sh && !out.shapes.includes(sh)) out.shapes.push(sh);
      return p;
    });
    out.positions.push(ps.sort((a, b) => POSITIONS.indexOf(a) - POSITIONS.indexOf(b))[0]);
  }
  const ps = [...out.positions];
  if (out.yamlKey) ps.push('yaml-key');
  else if (out.fence) ps.push('fence-only');
  out.best = ps.sort((a, b) => POSITIONS.indexOf(a) - POSITIONS.indexOf(b))[0] ?? 'absent';
  return out;
}

/**
 * The vocabulary classes of a name (`vocab` holds the engine's look-ups): api-kind, config-kind,
 * ecosystem-kind, api-field, config-field, state, enum. Empty for a name the vocabulary does not have.
 */
export function vocabClasses(name, vocab) {
  if (!/^[A-Za-z][A-Za-z0-9]*(?:[.\-_][A-Za-z0-9]+)*$/.test(name)) return [];
  const out = [];
  if (vocab.kindNamed(name) && /[A-Z]/.test(name[0])) out.push('api-kind');
  if (vocab.isConfigKind(name)) out.push('config-kind');
  if (vocab.isEcosystemKind(name)) out.push('ecosystem-kind');
  if (vocab.fieldsNamed(name).some((o) => o.name === name || o.name.toLowerCase() === name.toLowerCase())) out.push('api-field');
  if (vocab.configFieldsNamed(name).some((o) => o.name.toLowerCase() === name.toLowerCase())) out.push('config-field');
  if (vocab.statesNamed(name).length > 0) out.push('state');
  else if (vocab.isEnumValue(name) && /^[A-Z]/.test(name)) out.push('enum');
  return out;
}

/** Candidate vocabulary tokens a chapter writes in code spans, table cells and list leads (not labels). */
export function writtenTokens(lines) {
  const out = new Set();
  for (const l of lines) {
    if (l.fence) continue;
    for (const m of l.line.matchAll(/`([A-Za-z][A-Za-z0-9]*)`/g)) out.add(m[1]);
    if (/^\s*\|/.test(l.line)) {
      for (const c of l.line.split('|').slice(1, -1)) {
        const bare = c.replace(/[`*]/g, '').trim();
        if (/^[A-Za-z][A-Za-z0-9]*$/.test(bare)) out.add(bare);
      }
    }
    const lead = /^\s*(?:>\s*)*(?:[-*+]|\d+[.)、])\s+[*`]*([A-Za-z][A-Za-z0-9]*)/.exec(l.line);
    if (lead) out.add(lead[1]);
  }
  return [...out];
}
