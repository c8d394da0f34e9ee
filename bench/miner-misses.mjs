#!/usr/bin/env node
/**
 * The misses of the note miner, by the presentation shape that explains each one
 * (docs/miner.md, "rules6"): `node bench/miner-misses.mjs [dir …] [--json out.json] [--lines]`.
 * Each chapter alone, shipped miner. For every missed label, the lines of the chapter that name
 * it (outside fences first) are classified by how the writer presents the name there; a label
 * takes the most structural shape any of its lines has (the order of ORDER):
 *   heading / heading-question      a heading names it (a question heading)
 *   table-first-cell …              a table's first cell is the name, another cell explains it
 *   list-lead-* / para-lead-*       it opens a list item or a paragraph: followed by a colon or
 *                                   dash (`- \`x\`：…`), by an explaining word (`x 是…`), or neither
 *   qa                              on an answer line (`答：…`, `A:`)
 *   paren-gloss                     it or its other name in parentheses (`ARP（Address …）`)
 *   code-/bold-explained            a code span or bold mid-sentence followed by an explaining word
 *   prose-named                     after a naming verb (叫, 称为, 所谓, 即)
 *   prose-explained / prose-other   plain text mid-sentence, followed by an explaining word or not
 *   code-/bold-in-sentence          a code span or bold mid-sentence, in passing
 *   fence-only / absent             only inside a code fence / not written as labelled
 * The classification is automatic and coarse (a line is read, not parsed): it says where to look;
 * docs/miner.md lists the sub-shapes read by hand and what each would cost.
 *
 * `--buckets` (learn3): where in the learned path each miss is lost, read from the learned
 * scorer's own candidates (definer.ts nameCandidates / scoreNames, the shipped weights or
 * `--definer-weights FILE`); a miss takes the first bucket that holds (BUCKETS):
 *   another-name     a false positive or duplicate of the chapter names the same thing in other words
 *                    (one's normalised name contains the other's, at least 3 characters); names8: split
 *                    by where the wrong concept was made, `here` (on a line that writes the label) or
 *                    `elsewhere` (mostly a coincidence of the measure: `spec` beside `specReplicasPath`)
 *   ruled-lost       a rule candidate has one of the label's names: the resolver dropped or merged it
 *   learned-lost     no rule proposed it, the scorer accepted it (learnable, p ≥ threshold): dropped later
 *   keyword-band     learnable, KEYWORD_THRESHOLD ≤ p < threshold (a concept only by a concept note's keyword)
 *   below            learnable, p < KEYWORD_THRESHOLD
 *   no-evidence      a candidate, but not learnable: no explaining feature (heading, gloss, naming verb,
 *                    a defining word after it) …
 *   yaml-key / kind-throughout   … or an unknown key of the note's YAML, or a kind used ten times or more
 *   never-candidate  no candidate has any of its names (or a written path ending in one); split by the
 *                    shape of its best line (the table above) with `--lines`
 * Counts per bucket and set; `--lines` lists every miss with its bucket, p and best line.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { devSets, readCorpus, scoreChapter, normKey } from './lib/miner-score.mjs';
import { settingsOf, settingShape, spelling } from './lib/setting-shapes.mjs';
import { vetoName } from './lib/veto-shapes.mjs';
import { linesOf } from './lib/vocab-mentions.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const jsonAt = args.indexOf('--json');
const jsonOut = jsonAt >= 0 ? args[jsonAt + 1] : undefined;
const showLines = args.includes('--lines');
const vetoes = args.includes('--vetoes');
// (veto38 `--all-vetoes`: the learned scorer's candidates a veto turned down too, rule `learned…`)
const allVetoes = args.includes('--all-vetoes');
// (`--applied REGEX`: also the candidates a decision whose rule matches made a concept, e.g. `unplaced-key`)
const appliedAt = args.indexOf('--applied');
const appliedRe = appliedAt >= 0 ? new RegExp(args[appliedAt + 1]) : undefined;
const settings = args.includes('--settings');
const buckets = args.includes('--buckets') || vetoes || settings;
const weightsAt = args.indexOf('--definer-weights');
const given = args.filter((a, i) => !a.startsWith('-') && !(jsonAt >= 0 && i === jsonAt + 1) && !(weightsAt >= 0 && i === weightsAt + 1) && !(appliedAt >= 0 && i === appliedAt + 1));
const dirs = (given.length > 0 ? given : devSets()).map((d) => path.resolve(d));
const { runStages } = await import(path.join(ROOT, 'src/graph/load.ts'));
const definer = await import(path.join(ROOT, 'src/graph/miner/definer.ts'));
const mine = await import(path.join(ROOT, 'src/graph/stages/mine.ts'));
if (weightsAt >= 0) {
  const w = JSON.parse(readFileSync(args[weightsAt + 1], 'utf8'));
  definer.setDefiner({ mode: w.mode ?? 'union', weights: w });
}

const BUCKETS = ['another-name', 'ruled-lost', 'learned-lost', 'keyword-band', 'below', 'no-evidence', 'yaml-key', 'kind-throughout', 'never-candidate'];
/** normKeys of a label's names (a field path also by its last segment). */
function labelKeySet(l) {
  return new Set(labelNames(l).map(normKey).filter((k) => k.length > 0));
}
/** The keys a scored candidate answers to: its name, and a written path's last segment. */
function candKeys(name) {
  const keys = [normKey(name)];
  if (name.includes('.')) keys.push(normKey(name.split('.').pop().replace(/\[\]$/, '')));
  return keys;
}
function conceptKeys(c) {
  const names = [c.title, c.titleZh, c.titleEn, ...(c.aliases ?? []), c.fieldPath];
  return names.filter(Boolean).map(normKey).filter((k) => k.length >= 3);
}
/** The bucket of a missed label: the chapter's scored candidates and its wrong concepts (false positives, duplicates). */
function bucketOf(l, scored, wrong) {
  const lk = labelKeySet(l);
  const big = [...lk].filter((k) => k.length >= 3);
  const other = wrong.find((c) => conceptKeys(c).some((k) => big.some((n) => k.includes(n) || n.includes(k))));
  if (other) return { bucket: 'another-name', other: other.title, otherConcept: other };
  const hits = scored.filter((s) => candKeys(s.cand.name).some((k) => lk.has(k)));
  if (hits.length === 0) return { bucket: 'never-candidate' };
  const w = definer.definerConfig().weights;
  const p = Math.max(...hits.map((s) => s.p));
  if (hits.some((s) => s.cand.rules.size > 0)) return { bucket: 'ruled-lost', p, ruledHits: hits.filter((s) => s.cand.rules.size > 0), rules: [...new Set(hits.flatMap((s) => [...s.cand.rules.values()].flat().map((c) => c.rule)))].join(',') };
  const ok = hits.filter((s) => definer.learnable(s.features, w.evidence, w.yamlKeyEvidence));
  if (ok.length > 0) {
    const q = Math.max(...ok.map((s) => s.p));
    return { bucket: q >= w.threshold ? 'learned-lost' : q >= definer.KEYWORD_THRESHOLD ? 'keyword-band' : 'below', p: q };
  }
  if (hits.some((s) => definer.explainedSomewhere(s.features, w.evidence) && definer.unknownYamlKey(s.features))) return { bucket: 'yaml-key', p };
  if (hits.some((s) => definer.explainedSomewhere(s.features, w.evidence) && definer.kindUsedThroughout(s.features))) return { bucket: 'kind-throughout', p };
  return { bucket: 'no-evidence', p };
}

/**
 * resolve5: why the resolver lost a `ruled-lost` miss, read from the mine stage's trace
 * (stages/mine.ts setMineTracer) of the label's rule candidates (the first that says most):
 *   none:<rule>          the resolver decided the candidate names nothing (the veto's rule)
 *   merged:<rule>        it made a concept that was folded into another (dups1, topics47)
 *   heading:<fate>       a heading made the other name of its section's opener, or of a concept defined
 *   named-other:<type>   it made or found a concept, under names none of which is the label's
 *                        (a field's path, an object, a term of other words, a known concept)
 *   untraced             no trace of the candidate (a rule's candidate the mine stage never resolved)
 * and an `another-name` miss by the wrong concept's relation to the label: `longer` (its name holds
 * the label's), `shorter` (the label's holds its), `fp` or `dup`, and how it was made (its rule).
 */
function lostWhy(hits, traces, ctx, file) {
  const mergeOf = new Map(traces.filter((t) => t.kind === 'merge').map((t) => [t.from, t]));
  const reasons = [];
  for (const s of hits) {
    for (const rc of [...s.cand.rules.values()].flat()) {
      const t = traces.find((x) => x.kind === 'candidate' && x.file === file && x.line === rc.at.line && x.column === rc.at.column && x.label === rc.label);
      if (!t) { reasons.push({ why: 'untraced', rule: rc.rule, label: rc.label }); continue; }
      let why;
      if (t.decision === 'none') why = `none:${t.decisionRule.split(' → ').pop()}`;
      else if (t.fate.startsWith('heading-')) why = `heading:${t.fate.slice('heading-'.length)}`;
      else if (t.id !== undefined && mergeOf.has(t.id)) why = `merged:${mergeOf.get(t.id).rule.replace(/\s*\(.*$/, '')}`;
      else if (t.id === undefined || !ctx.nodes.has(t.id)) why = 'vanished';
      else why = `named-other:${t.decision}`;
      reasons.push({ why, rule: rc.rule, label: rc.label, decision: `${t.decision} ${t.decisionRule}${t.name ? ` = ${t.name}` : ''}` });
    }
  }
  const rank = (r) => (r.why === 'untraced' ? 9 : r.why.startsWith('none:') ? 1 : 0);
  return reasons.sort((a, b) => rank(a) - rank(b));
}
function anotherWhy(l, other, st, ctx) {
  const lk = [...labelKeySet(l)].filter((k) => k.length >= 3);
  const ok = conceptKeys(other);
  const longer = ok.some((k) => lk.some((n) => k.includes(n) && k !== n));
  const made = (ctx.provenance.get(other.id) ?? []).find((p) => p.role === 'defined');
  const rule = made ? made.rule.split(' → ').slice(-1)[0].replace(/\s*\(.*$/, '') : 'found';
  return `${st.duplicates.includes(other) ? 'dup' : 'fp'}-${longer ? 'longer' : 'shorter'}:${rule}`;
}
/**
 * names8: where the wrong concept of an `another-name` miss was made, against the lines that write
 * the label: `here` (it was made on one of them: the label's own passage named in other words),
 * `elsewhere` (made on another line: mostly a coincidence of the measure, e.g. `spec` beside
 * `specReplicasPath`), with the line and the text the rule read.
 */
function anotherPlace(other, hits, ctx) {
  const made = (ctx.provenance.get(other.id) ?? []).filter((p) => p.role === 'defined');
  const lines = new Set(hits.map((h) => h.n));
  const here = made.find((p) => lines.has(p.at?.line));
  const first = here ?? made[0];
  return { place: here ? 'here' : 'elsewhere', otherAt: first?.at?.line, otherLabel: first?.label };
}

const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Where a name stands in a line: its index, matched loosely (case, spaces, backticks). */
function findName(line, name) {
  const pat = [...name.normalize('NFKC')].map((ch) => (/\s|[-_]/.test(ch) ? '[\\s\\-_]*' : esc(ch))).join('');
  const m = new RegExp(pat, 'iu').exec(line.normalize('NFKC'));
  return m ? { index: m.index, text: m[0] } : undefined;
}

const EXPLAIN = /^(?:\s*[`*”"」]*)\s*(?:[（(][^）)]{0,30}[）)])?\s*(?:是|就是|指|即|表示|意思是|用来|用于|负责|决定|控制|会|能|可以|可|让|把|给|管|记录|描述|定义|声明|保存|存|存放|告诉|代表|对应|相当于|属于|只|专门|主要|默认|提供|实现|启用|开启|允许|限制|指定|设置|配置|做|干|处理|确保|保证|包含|包括|里|中|下|的作用|的意思|其实|本质上|通常|一般|也|都|还|不|没|=|:|：|—|–|-|,|，)/u;

/** The shape of one occurrence (a line of the chapter and the name's place in it). */
function shapeOf(l, at) {
  const line = l.line;
  if (l.fence) return 'fence-only';
  const before = line.slice(0, at.index);
  const after = line.slice(at.index + at.text.length);
  if (/^\s*#{1,6}\s/.test(line)) return /[?？]/.test(line) ? 'heading-question' : 'heading';
  if (/^\s*\|/.test(line)) {
    const cells = line.split('|').slice(1, -1);
    let acc = line.indexOf('|') + 1;
    let col = -1;
    for (const [k, c] of cells.entries()) {
      if (at.index >= acc && at.index < acc + c.length + 1) { col = k; break; }
      acc += c.length + 1;
    }
    const cell = cells[col] ?? '';
    if (/^\s*[-:]+\s*$/.test(cells[0] ?? '')) return 'table-other';
    const whole = normKey(cell.replace(/`/g, '')) === normKey(at.text);
    if (col === 0 && whole) return 'table-first-cell';
    if (whole) return 'table-other-cell-whole';
    return 'table-in-cell';
  }
  const item = /^(\s*(?:[-*+]|\d+[.)、])\s+)/.exec(line);
  const lead = item ? line.slice(item[1].length) : line.replace(/^\s*>\s*/, '');
  const leadStart = item ? item[1].length : line.length - line.replace(/^\s*>\s*/, '').length;
  const atLead = /^[\s*`“"「]*$/.test(line.slice(leadStart, at.index));
  const qa = /^\s*(?:>\s*)?(?:[-*]\s+)?\**\s*(?:Q|问|A|答)\s*\d*\s*[:：]/.test(line);
  if (atLead) {
    const colonAfter = /^[\s*`”"」]*(?:[（(][^）)]{0,40}[）)])?[\s*`]*(?:[:：]|\s[—–-]{1,2}\s|——)/u.test(after);
    if (item) return colonAfter ? 'list-lead-colon' : EXPLAIN.test(after) ? 'list-lead-explained' : 'list-lead-other';
    return colonAfter ? 'para-lead-colon' : EXPLAIN.test(after) ? 'para-lead-explained' : 'para-lead-other';
  }
  if (qa) return 'qa';
  // `X（中文名）` / `中文名（X）`
  if (/^\s*[（(][^）)]{1,30}[）)]/.test(after) || /[（(][^（(]{0,30}$/.test(before) && /^[^）)]{0,30}[）)]/.test(after)) return 'paren-gloss';
  const code = /`$/.test(before) && /^`/.test(after);
  const bold = /\*\*[^*]*$/.test(before) && /^[^*]*\*\*/.test(after);
  if (code || bold) {
    if (EXPLAIN.test(after.replace(/^[`*]+/, ''))) return code ? 'code-explained' : 'bold-explained';
    return code ? 'code-in-sentence' : 'bold-in-sentence';
  }
  if (/(叫做?|称为|称作|简称|所谓的?|名为|即|也就是)\s*[“"「]?$/.test(before)) return 'prose-named';
  if (EXPLAIN.test(after)) return 'prose-explained';
  return 'prose-other';
}

const ORDER = ['heading', 'heading-question', 'table-first-cell', 'table-other-cell-whole', 'list-lead-colon', 'para-lead-colon', 'list-lead-explained', 'para-lead-explained', 'qa', 'paren-gloss', 'code-explained', 'bold-explained', 'prose-named', 'list-lead-other', 'para-lead-other', 'prose-explained', 'table-in-cell', 'code-in-sentence', 'bold-in-sentence', 'prose-other', 'table-other', 'fence-only', 'absent'];

function labelNames(l) {
  const names = [l.name, ...(Array.isArray(l.also) ? l.also : l.also ? [l.also] : [])];
  if (l.fieldPath) names.push(l.fieldPath, l.fieldPath.split('.').pop().replace(/\[\]$/, ''));
  return [...new Set(names.filter(Boolean).map(String))];
}

function classify(text, label) {
  const lines = linesOf(text);
  const hits = [];
  for (const l of lines) {
    for (const name of labelNames(label)) {
      if ([...name].length < 2) continue;
      const at = findName(l.line, name);
      if (!at) continue;
      hits.push({ n: l.n, shape: shapeOf(l, at), line: l.line.trim().slice(0, 140) });
      break;
    }
  }
  if (hits.length === 0) return { shape: 'absent', hits };
  const best = hits.slice().sort((a, b) => ORDER.indexOf(a.shape) - ORDER.indexOf(b.shape))[0];
  return { shape: best.shape, hits, best };
}

const vetoRows = [];
/** tables7 (`--settings`): every label found or missed and every false positive, by its settings shape. */
const settingRows = [];
/** A coarse shape of a name: a command (words with a space, a CLI's), a dotted path, camelCase, UPPER, lower, Chinese. */
function nameShape(n) {
  if (/[\u4e00-\u9fff]/.test(n)) return 'cjk';
  if (/\s/.test(n)) return 'words';
  if (/^[\w-]+(?:\.[\w-]+)+$/.test(n)) return 'dotted';
  if (/^[a-z][a-z0-9]*[A-Z]/.test(n)) return 'camel';
  if (/^[A-Z][A-Z0-9_]+$/.test(n)) return 'upper';
  if (/^[A-Z][a-z]+[A-Z]/.test(n)) return 'pascal';
  if (/^[a-z][\w-]*$/.test(n)) return /[-_]/.test(n) ? 'lower-joined' : 'lower';
  return 'other';
}
const tmp = mkdtempSync(path.join(tmpdir(), 'k8smap-miner-misses-'));
const all = [];
try {
  for (const dir of dirs) {
    const set = path.basename(dir);
    for (const c of readCorpus(dir)) {
      const d = path.join(tmp, `${set}-${all.length}`);
      mkdirSync(path.join(d, 'notes'), { recursive: true });
      cpSync(c.file, path.join(d, 'notes', c.chapter));
      let scored = [];
      if (buckets) definer.setDefinerCollector((file, got) => {
        if (file === `notes/${c.chapter}`) scored = got.map((x) => ({ cand: x.cand, features: x.features, p: x.p }));
      });
      const traces = [];
      if (buckets) mine.setMineTracer((t) => traces.push(t));
      const ctx = await runStages(d, { layout: false });
      definer.setDefinerCollector(undefined);
      mine.setMineTracer(undefined);
      const note = (ctx.graph.notes ?? []).find((n) => n.file === `notes/${c.chapter}`);
      const byId = new Map(ctx.graph.concepts.map((x) => [x.id, x]));
      const concepts = (note?.defines ?? []).map((id) => byId.get(id)).filter(Boolean);
      const s = scoreChapter(concepts, c.labels);
      const text = readFileSync(c.file, 'utf8');
      if (vetoes) {
        // resolve5: every rule candidate the resolver decided names nothing, and whether its name is
        // a label's the chapter missed (a gain if kept), one it found, or no label's (a false positive)
        const missed = new Set(s.misses.flatMap((l) => [...labelKeySet(l)]));
        const any = new Set((c.labels.concepts ?? []).filter((l) => l && l.name !== undefined).flatMap((l) => [...labelKeySet(l)]));
        // (veto38: a vetoed name the labels list under `not:`, a false positive the veto saves twice over)
        const nots = new Set([c.labels.not ?? []].flat().map((n) => normKey(String(n))));
        for (const t of traces) {
          const applied = appliedRe !== undefined && t.kind === 'candidate' && t.decision !== 'none' && appliedRe.test(t.decisionRule);
          if (!applied && (t.kind !== 'candidate' || t.decision !== 'none' || (!allVetoes && t.rule.startsWith('learned')))) continue;
          const keys = candKeys(vetoName(t.label));
          const is = keys.some((k) => missed.has(k)) ? 'missed' : keys.some((k) => any.has(k)) ? 'found' : 'none';
          vetoRows.push({ set, chapter: c.chapter, line: t.line, rule: t.rule.split(' → ')[0], veto: applied ? `applied:${t.decisionRule.split(' → ')[0]}` : t.decisionRule.split(' → ').pop(), shape: nameShape(vetoName(t.label)), label: t.label, is, ...(is === 'none' && keys.some((k) => nots.has(k)) ? { not: true } : {}) });
        }
      }
      if (settings) {
        const st = settingsOf(text);
        const missed = new Set(s.misses);
        for (const l of (c.labels.concepts ?? []).filter((x) => x && x.name !== undefined)) {
          if (missed.has(l)) continue;
          const sh = settingShape(st, labelNames(l));
          settingRows.push({ set, chapter: c.chapter, what: 'found', name: l.name, kind: l.kind, spelling: spelling(l.name), ...sh });
        }
        for (const x of s.fp) {
          const sh = settingShape(st, [x.title, ...(x.aliases ?? [])].filter(Boolean));
          settingRows.push({ set, chapter: c.chapter, what: 'fp', name: x.title, kind: x.kind, spelling: spelling(x.title), ...sh });
        }
        for (const l of s.misses) settingRows.push({ set, chapter: c.chapter, what: 'missed', name: l.name, kind: l.kind, spelling: spelling(l.name), label: l, ...settingShape(st, labelNames(l)) });
      }
      for (const l of s.misses) {
        const k = classify(text, l);
        const b = buckets ? bucketOf(l, scored, [...s.fp, ...s.duplicates]) : {};
        if (b.bucket === 'ruled-lost') {
          const rs = lostWhy(b.ruledHits, traces, ctx, `notes/${c.chapter}`);
          b.why = rs[0]?.why ?? 'untraced';
          b.trace = rs.slice(0, 3).map((r) => `${r.rule}:${r.label} ⇒ ${r.decision ?? r.why}`).join(' | ');
        }
        if (b.bucket === 'another-name') Object.assign(b, { why: anotherWhy(l, b.otherConcept, s, ctx) }, anotherPlace(b.otherConcept, k.hits, ctx));
        delete b.ruledHits;
        delete b.otherConcept;
        const sr = settingRows.find((r) => r.label === l);
        if (sr) { sr.bucket = b.bucket; delete sr.label; }
        all.push({ set, chapter: c.chapter, name: l.name, kind: l.kind, fieldPath: l.fieldPath, shape: k.shape, best: k.best, hits: k.hits.slice(0, 4), ...b });
      }
    }
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

const sets = [...new Set(all.map((m) => m.set))];
const shapes = ORDER.filter((s) => all.some((m) => m.shape === s));
console.log(['shape', ...sets, 'all'].join('\t'));
for (const sh of shapes) console.log([sh, ...sets.map((s) => all.filter((m) => m.set === s && m.shape === sh).length), all.filter((m) => m.shape === sh).length].join('\t'));
console.log(['all', ...sets.map((s) => all.filter((m) => m.set === s).length), all.length].join('\t'));
if (buckets) {
  console.log(`\nwhere the misses are lost in the learned path (each chapter alone; threshold ${definer.definerConfig().weights.threshold})`);
  console.log(['bucket', ...sets, 'all'].join('\t'));
  for (const b of BUCKETS) console.log([b, ...sets.map((s) => all.filter((m) => m.set === s && m.bucket === b).length), all.filter((m) => m.bucket === b).length].join('\t'));
  for (const b of ['ruled-lost', 'another-name']) {
    const ms = all.filter((m) => m.bucket === b);
    const whys = [...new Set(ms.map((m) => m.why))].sort((x, y) => ms.filter((m) => m.why === y).length - ms.filter((m) => m.why === x).length);
    console.log(`\n${b}, by why (resolve5)`);
    console.log(['why', ...sets, 'all', 'sets'].join('\t'));
    for (const w of whys) console.log([w, ...sets.map((s) => ms.filter((m) => m.set === s && m.why === w).length), ms.filter((m) => m.why === w).length, new Set(ms.filter((m) => m.why === w).map((m) => m.set)).size].join('\t'));
  }
  const an = all.filter((m) => m.bucket === 'another-name');
  console.log('\nanother-name, by where the wrong concept was made (names8: here = on a line that writes the label)');
  console.log(['place', ...sets, 'all', 'sets'].join('\t'));
  for (const pl of ['here', 'elsewhere']) console.log([pl, ...sets.map((s) => an.filter((m) => m.set === s && m.place === pl).length), an.filter((m) => m.place === pl).length, new Set(an.filter((m) => m.place === pl).map((m) => m.set)).size].join('\t'));
  const never = all.filter((m) => m.bucket === 'never-candidate');
  console.log('\nnever a candidate, by shape');
  for (const sh of ORDER.filter((x) => never.some((m) => m.shape === x))) console.log([sh, ...sets.map((s) => never.filter((m) => m.set === s && m.shape === sh).length), never.filter((m) => m.shape === sh).length].join('\t'));
}
if (vetoes) {
  console.log('\nthe resolver\'s vetoes of rule candidates (resolve5): missed label / found label / no label');
  const key = (r) => `${r.veto}\t${r.rule}\t${r.shape}`;
  const groups = new Map();
  for (const r of vetoRows) groups.set(key(r), [...(groups.get(key(r)) ?? []), r]);
  console.log(['veto', 'rule', 'shape', 'missed', 'found', 'none', 'sets(missed)'].join('\t'));
  for (const [k, rs] of [...groups].sort((a, b) => b[1].filter((r) => r.is === 'missed').length - a[1].filter((r) => r.is === 'missed').length || b[1].length - a[1].length)) {
    console.log([k, rs.filter((r) => r.is === 'missed').length, rs.filter((r) => r.is === 'found').length, rs.filter((r) => r.is === 'none').length, new Set(rs.filter((r) => r.is === 'missed').map((r) => r.set)).size].join('\t'));
  }
}
if (settings) {
  const SH = ['table-first', 'table-name-col', 'key-list', 'fence-key'];
  const sets2 = [...new Set(settingRows.map((r) => r.set))];
  const row = (label, rs) => console.log([label, ...sets2.map((s) => rs.filter((r) => r.set === s).length), rs.length, new Set(rs.map((r) => r.set)).size].join('\t'));
  for (const what of ['missed', 'found', 'fp']) {
    const rs = settingRows.filter((r) => r.what === what && SH.includes(r.shape));
    console.log(`\nsettings shapes (tables7): ${what}, by set`);
    console.log(['shape', ...sets2, 'all', 'sets'].join('\t'));
    for (const sh of SH) row(sh, rs.filter((r) => r.shape === sh));
    row('all', rs);
    console.log(`${what}, by spelling`);
    for (const sp of [...new Set(rs.map((r) => r.spelling))].sort()) row(sp, rs.filter((r) => r.spelling === sp));
    console.log(`${what}, by table header`);
    for (const h of [...new Set(rs.filter((r) => r.header).map((r) => r.header))].sort()) row(`header:${h}`, rs.filter((r) => r.header === h));
    if (what === 'missed') {
      console.log('missed, by bucket');
      for (const b of BUCKETS) row(b, rs.filter((r) => r.bucket === b));
    }
  }
  if (showLines) for (const r of settingRows.filter((x) => SH.includes(x.shape))) console.log(`S\t${r.what}\t${r.set}\t${r.shape}${r.header ? `:${r.header}(${r.headerText})` : ''}${r.lang !== undefined ? `:${r.lang}` : ''}\t${r.bucket ?? ''}\t${r.spelling}\t${r.name} (${r.kind})\t${r.chapter}:${r.at}`);
}
if (showLines) for (const m of all) console.log(`${m.set}\t${m.bucket ? `${m.bucket}${m.p !== undefined ? ` p=${m.p.toFixed(2)}` : ''}${m.other ? ` as ${m.other}` : ''}${m.rules ? ` [${m.rules}]` : ''}${m.why ? ` {${m.why}}` : ''}${m.place ? ` <${m.place}:${m.otherAt ?? ''}:${m.otherLabel ?? ''}>` : ''}\t` : ''}${m.shape}\t${m.name} (${m.kind})\t${m.chapter}:${m.best?.n ?? ''}\t${m.best?.line ?? ''}${m.trace ? `\t${m.trace}` : ''}`);
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(vetoes ? { misses: all, vetoes: vetoRows } : all, null, 1));
