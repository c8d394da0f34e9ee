#!/usr/bin/env node
/**
 * fieldeq45 (issue 12 items 1, 4): two shapes a new user's chapters wrote, counted over development sets from a
 * bench's outcomes (`node bench/miner.bench.mjs … --outcomes F.jsonl`) and the sets' labels (docs/miner.md "fieldeq45").
 *
 * `eq`: a list item or a line (outside code, tables, headings) opening on a name — plain, in a code span or bold — then
 * `=` and text: `- podAffinity = Pod 亲和性，…`. By what the name is (`field`: a field's spelling of the API or a
 * component configuration and no kind, what equals-shapes.ts `equalsName` leaves out; `other`), whether `=` is
 * spaced, and what follows `=` up to the clause's end (`zh`: Chinese first, `latin-zh`: Latin words then Chinese with
 * no punctuation between — `Pod 亲和性`; `field`: another field's spelling; `symbols`: a value, an expression or Latin
 * words alone).
 *
 * `cmd`: a code span opening a list item, a paragraph, a bold label or a table row's first cell, of a command tool
 * (command-tools.ts COMMAND_TOOLS), then a colon or Chinese: `` - `kubectl edit deploy web`：… ``. By shape (`name`:
 * the tool and one to three lower-case words, isCommandName; `flagged`: a name and mode flags, isFlaggedCommand;
 * `line`: anything else, a command line), whether the span's words carry an object's name the labels leave out, and
 * which label names it: the span as written (`as-written`), its command (prose.ts `commandOf`, `command`), a longer
 * prefix of it (`prefix`: the command and a resource type), none. `found`: the label is found today.
 *
 *   node bench/fieldeq45.mjs F.jsonl $(ls -d tests/corpus/miner/dev* | sort -V) [--list]
 *
 * Never run on held-out sets.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { printTally, refuseHeldOut } from './lib/chapters-alone.mjs';
import { fenceKinds } from './lib/fence-lines.mjs';
import { labelNames, normKey, readCorpus } from './lib/miner-score.mjs';
import { outcomeRecords } from './lib/outcomes.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const list = args.includes('--list');
const [outcomesFile, ...dirs] = args.filter((a) => !a.startsWith('-'));
refuseHeldOut(dirs);
const vocab = await import(path.join(ROOT, 'src/graph/vocabulary/index.ts'));
const { COMMAND_TOOLS, isCommandName, isFlaggedCommand } = await import(path.join(ROOT, 'src/graph/miner/command-tools.ts'));
const { commandOf } = await import(path.join(ROOT, 'src/graph/miner/prose.ts'));

const outcomes = outcomeRecords(outcomesFile);

const isField = (x) => vocab.kindNamed(x) === undefined && (vocab.fieldsNamed(x).length > 0 || vocab.configFieldsNamed(x).length > 0);
const EQ = /^\s*(?:(?:[-*+]|\d+[.)])\s+)?(\*\*|`)?([A-Za-z][A-Za-z0-9.\-/]*)\1?(\s*)=(\s*)(\S[^\n]*)$/u;
const TOOL = new RegExp(`^(?:${COMMAND_TOOLS.join('|')})\\s`);
const CMD = /^\s*(?:(?:[-*+]|\d+[.)])\s+|\|\s*|#{1,6}\s+)?(?:\*\*)?`([^`]+)`(?:\*\*)?\s*(\*\*)?\s*([:：]|\p{Script=Han})/u;

function after(rest) {
  const clause = rest.split(/[，,；;。（(]/u)[0] ?? '';
  if (/^\p{Script=Han}/u.test(clause)) return 'zh';
  const w = /^[`*]*([A-Za-z][A-Za-z0-9.\-/]*)[`*]*/u.exec(clause);
  if (w && /^[A-Za-z0-9 .\-/]*\p{Script=Han}/u.test(clause) && !isField(w[1])) return 'latin-zh';
  if (w && isField(w[1])) return 'field';
  return 'symbols';
}

const rows = [];
for (const dir of dirs) {
  const set = path.basename(dir);
  for (const c of readCorpus(dir)) {
    const lines = readFileSync(c.file, 'utf8').split('\n');
    const items = (Array.isArray(c.labels.concepts) ? c.labels.concepts : []).filter((l) => l && l.name !== undefined);
    const outs = outcomes.get(`${set}/${c.chapter}`) ?? [];
    const labelOf = (name) => items.find((l) => labelNames(l).has(normKey(name)) || (l.fieldPath && normKey(String(l.fieldPath).split('.').pop().replace(/\[\]$/, '')) === normKey(name)));
    const foundOf = (label) => label && outs.some((o) => (o.outcome === 'found' || o.outcome === 'wrong-type') && labelNames(label).has(normKey(o.title)));
    const byLine = (i) => outs.filter((o) => new RegExp(`(?:^| )${i + 1}:`).test(o.why ?? '')).map((o) => `${o.title}:${o.outcome}`);
    const kinds = fenceKinds(lines);
    let header = null;
    for (const [i, raw] of lines.entries()) {
      if (!/^\s*\|/.test(raw)) header = null;
      else if (header === null) header = raw.split('|').map((x) => x.trim()).filter(Boolean);
      else if (kinds[i] === 'text' && !/^\s*\|[\s:|-]+\|?\s*$/.test(raw)) {
        const cell = (raw.split('|')[1] ?? '').trim().replace(/[`*]/g, '');
        if (/\p{Script=Han}/u.test(cell) && !/[A-Za-z]/.test(cell) && cell.length <= 12) {
          const label = labelOf(cell);
          const gloss = /^(?:术语|名词|概念|名称|术语名|词|关键词|中文名?)$/u.test(header[0] ?? '') ? 'glossary' : 'other';
          rows.push({ set, chapter: c.chapter, line: i + 1, text: raw.trim().slice(0, 80), shape: 'zh-cell', gloss, head: header[0] ?? '', x: cell, labelled: !!label, found: !!foundOf(label), byLine: byLine(i) });
        }
      }
      if (kinds[i] !== 'text') continue;
      const base = { set, chapter: c.chapter, line: i + 1, text: raw.trim().slice(0, 80) };
      const e = /^\s*[|>#]/.test(raw) ? null : EQ.exec(raw);
      if (e) {
        const [, mark, x, s1, s2, rest] = e;
        if (x.length < 2 || /^[A-Z_]+$/.test(x)) continue;
        const label = labelOf(x);
        rows.push({ ...base, shape: 'eq', what: isField(x) ? 'field' : 'other', mark: mark ? 'marked' : 'plain', spaced: s1 && s2 ? 'spaced' : 'unspaced', after: after(rest), x, labelled: !!label, found: !!foundOf(label), byLine: byLine(i) });
        continue;
      }
      const m = CMD.exec(raw);
      if (!m || !TOOL.test(m[1].trim() + ' ')) continue;
      const span = m[1].trim().replace(/\s+/g, ' ');
      const form = isCommandName(span) ? 'name' : isFlaggedCommand(span) ? 'flagged' : 'line';
      const cmd = commandOf(span);
      const words = span.split(' ');
      // the longest prefix of the span that is a label's name
      let prefix;
      for (let n = words.length; n >= 2 && prefix === undefined; n--) {
        const p = words.slice(0, n).join(' ');
        if (labelOf(p)) prefix = p;
      }
      const named = prefix === undefined ? 'none' : prefix === span ? 'as-written' : prefix === cmd ? 'command' : (cmd && prefix.startsWith(cmd)) || !cmd ? 'prefix' : 'shorter';
      const colon = /[:：]/u.test(m[3]) ? 'colon' : 'zh';
      const where = /^\s*\|/.test(raw) ? 'cell' : /^\s*#/.test(raw) ? 'heading' : /^\s*(?:[-*+]|\d+[.)])\s/.test(raw) ? 'item' : 'para';
      const label = prefix === undefined ? undefined : labelOf(prefix);
      rows.push({ ...base, shape: 'cmd', tool: words[0], form, where, colon, span, cmd: cmd ?? '-', named, labelName: label?.name ?? '-', labelled: !!label, found: !!foundOf(label), byLine: byLine(i) });
    }
  }
}
if (list) {
  for (const r of rows) {
    const head = r.shape === 'zh-cell' ? [r.gloss, r.head, r.x] : r.shape === 'eq' ? [r.what, r.mark, r.spaced, r.after, r.x] : [r.form, r.where, r.colon, r.named, r.span, r.cmd, r.labelName];
    console.log([r.set, r.chapter, r.line, r.shape, ...head, r.labelled ? (r.found ? 'L-found' : 'L-missed') : '-', r.byLine.join(',') || '·', r.text].join('\t'));
  }
}
const state = (r) => (r.labelled ? (r.found ? 'labelled-found' : 'labelled-missed') : 'unlabelled');
printTally('\neq: what / mark / spaced / after / label: lines (sets)', rows.filter((r) => r.shape === 'eq'), (r) => [r.what, r.mark, r.spaced, r.after, state(r)].join(' '));
printTally('\nzh-cell: table / label: first cells (sets)', rows.filter((r) => r.shape === 'zh-cell'), (r) => [r.gloss, state(r)].join(' '));
printTally('\ncmd: form / where / named by / label: spans (sets)', rows.filter((r) => r.shape === 'cmd'), (r) => [r.form, r.where, r.colon, r.named, state(r)].join(' '));
