/**
 * keys10: the keys of a tool's own settings that a note writes in its fences, and where the note
 * names them again outside the fences (`node bench/miner-tool-keys.mjs`, docs/miner.md "keys10").
 *
 * The blocks are read with the miner's own reader (src/graph/miner/tool-files.ts: YAML with `yaml`,
 * JSON, TOML with `smol-toml`, INI-like files; a Kubernetes manifest's keys apart as `manifest`, a
 * ConfigMap's files as those files). Shell fences (and untagged or `text` ones no file reader takes)
 * give their command lines' long flags (`--audit-log-path=…`).
 *
 * Outside the fences each key is placed by the most structural line that writes it (POSITIONS, the
 * first that holds): the first cell of a table row another cell explains in Chinese, a list item
 * opening on it and a colon or dash, a heading, a paragraph opening on it in code, another whole
 * table cell, a code span of running text (`explained` when Chinese or a colon follows the span at
 * once), inside a table cell, a plain word; else only in fences.
 */
import { fenceKeys } from '../../src/graph/miner/tool-files.ts';

export const POSITIONS = ['table-first', 'list-lead', 'heading', 'para-lead', 'table-cell', 'code-explained', 'code-span', 'table-in-cell', 'plain', 'fence-only'];

const SHELL = /^(?:bash|sh|shell|console|zsh|terminal|cmd|powershell|ps1)$/i;

/** Long flags of the command lines of a shell fence (`--audit-log-path=/x`, `--v 2`): each once. */
export function commandFlags(code) {
  const out = [];
  for (const line of code.split('\n')) {
    if (/^\s*#/.test(line)) continue;
    for (const m of line.matchAll(/(?<![\w-])(--[a-z][a-z0-9-]*[a-z0-9])(?==|\s|$|["'\\])/g)) out.push({ name: m[1], path: m[1] });
  }
  return out;
}

/**
 * The keys of one fence: `{ syntax, keys: [{ name, path, syntax }] }` where `syntax` is `yaml`,
 * `json`, `toml`, `ini` (a tool's file: src/graph/miner/tool-files.ts, the reader the miner uses),
 * `manifest` (a Kubernetes document's own keys), `flags` (a shell fence's long flags), or `none`.
 */
export function blockKeys(lang, code) {
  const l = (lang ?? '').trim().toLowerCase();
  if (SHELL.test(l)) return { syntax: 'flags', keys: commandFlags(code).map((k) => ({ ...k, syntax: 'flags' })) };
  const read = fenceKeys(l, code);
  if (read.syntax !== 'none' || !/^(?:text|txt|plaintext|plain|)$/.test(l)) return read;
  const flags = commandFlags(code);
  return flags.length > 0 ? { syntax: 'flags', keys: flags.map((k) => ({ ...k, syntax: 'flags' })) } : read;
}

/** Fences and prose lines of a chapter (fences by ``` or ~~~; a fence's first line number). */
export function splitChapter(text) {
  const lines = text.split('\n');
  const fences = [];
  const prose = [];
  let fence = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const m = /^\s*(```+|~~~+)\s*([\w+-]*)/.exec(line);
    if (m && (fence === null || (m[1][0] === fence.ch && m[1].length >= fence.len))) {
      if (fence === null) fence = { ch: m[1][0], len: m[1].length, lang: m[2], lines: [], at: i + 1 };
      else {
        fences.push({ lang: fence.lang, code: fence.lines.join('\n'), at: fence.at });
        fence = null;
      }
      continue;
    }
    if (fence !== null) fence.lines.push(line);
    else prose.push({ n: i + 1, line });
  }
  if (fence) fences.push({ lang: fence.lang, code: fence.lines.join('\n'), at: fence.at });
  return { fences, prose };
}

const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const strip = (s) => s.normalize('NFKC').replace(/[`*]/g, '').trim();
const CJK = /[\u4e00-\u9fff]/u;

/** The position of one line that writes the key (undefined when it does not). */
export function linePosition(line, key) {
  const word = new RegExp(`(?<![\\w.-])${esc(key)}(?![\\w-]|\\.\\w)`);
  if (!word.test(line)) return undefined;
  const t = line.trim();
  if (/^\|/.test(t)) {
    const cells = t.replace(/^\|/, '').replace(/\|$/, '').split(/(?<!\\)\|/).map((c) => c.trim());
    if (cells.every((c) => /^:?-{2,}:?$/.test(c) || c === '')) return undefined;
    const whole = (c) => {
      const s = strip(c);
      return s === key || s.startsWith(`${key}:`) || s.startsWith(`${key}=`) || s.startsWith(`${key} `);
    };
    const i = cells.findIndex(whole);
    if (i === 0 && cells.slice(1).some((c) => CJK.test(c))) return 'table-first';
    if (i > 0) return 'table-cell';
    return 'table-in-cell';
  }
  if (/^#{1,6}\s/.test(t)) return 'heading';
  const li = /^(?:[-*+]|\d+[.)、])\s+(.*)$/.exec(t);
  const body = li ? li[1] : t.replace(/^>\s*/, '');
  const lead = new RegExp(`^(?:\\*\\*)?\`?${esc(key)}(?:[\\s:=][^\`]*)?\`?(?:\\*\\*)?\\s*(?:[（(][^）)]{0,40}[）)])?\\s*(?:\\*\\*)?\\s*(?:[:：]|\\s[—–-]{1,2}\\s|——)`);
  if (li && lead.test(body)) return 'list-lead';
  const codeLead = new RegExp(`^\`${esc(key)}(?:[\\s:=][^\`]*)?\``);
  if (codeLead.test(body)) return 'para-lead';
  for (const m of body.matchAll(/`([^`]+)`/g)) {
    const span = m[1].trim();
    if (!(span === key || span.startsWith(`${key}:`) || span.startsWith(`${key}=`) || span.startsWith(`${key} `))) continue;
    const after = body.slice(m.index + m[0].length);
    return /^\s*(?:[:：—]|[（(]?[\u4e00-\u9fff])/u.test(after) ? 'code-explained' : 'code-span';
  }
  return 'plain';
}

/** Every distinct key of a chapter's tool blocks, with its best position outside the fences. */
export function chapterToolKeys(text) {
  const { fences, prose } = splitChapter(text);
  const byName = new Map();
  for (const f of fences) {
    const { keys } = blockKeys(f.lang, f.code);
    for (const k of keys) {
      const cur = byName.get(k.name);
      // a key a tool's file sets counts as the tool's, though a manifest also has it
      if (!cur || (cur.syntax === 'manifest' && k.syntax !== 'manifest')) byName.set(k.name, { name: k.name, path: k.path, syntax: k.syntax, lang: f.lang, at: f.at });
    }
  }
  const out = [];
  for (const k of byName.values()) {
    if (k.name.length < 2 || /^\d/.test(k.name)) continue;
    let best;
    let line;
    for (const p of prose) {
      const pos = linePosition(p.line, k.name);
      if (pos === undefined) continue;
      if (best === undefined || POSITIONS.indexOf(pos) < POSITIONS.indexOf(best)) {
        best = pos;
        line = p.n;
      }
    }
    out.push({ ...k, position: best ?? 'fence-only', line });
  }
  return out;
}

/** The names opening the items of the list a line is in (contiguous item lines at the same indent; `- \`key\`：…`). */
export function listLeads(text, lineNo) {
  const lines = text.split('\n');
  const item = /^(\s*)(?:[-*+]|\d+[.)、])\s+(?:\*\*)?`?([^`*：:，,（(\s]{1,60})`?(?:\*\*)?\s*(?:[（(][^）)]{0,40}[）)])?\s*(?:\*\*)?\s*(?:[:：]|\s[—–-]{1,2}\s|——)/u;
  const at = item.exec(lines[lineNo - 1] ?? '');
  if (!at) return [];
  const indent = at[1].length;
  const same = (l) => {
    const m = item.exec(l);
    return m && m[1].length === indent ? m[2] : undefined;
  };
  let a = lineNo - 1;
  while (a > 0 && same(lines[a - 1]) !== undefined) a--;
  let b = lineNo - 1;
  while (b + 1 < lines.length && same(lines[b + 1]) !== undefined) b++;
  const out = [];
  for (let i = a; i <= b; i++) out.push(same(lines[i]));
  return out;
}
