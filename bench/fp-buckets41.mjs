#!/usr/bin/env node
/**
 * fp41: the miner's false positives and duplicates (every chapter alone) by what an expert reads, with how many
 * sets (writers) each bucket occurs in and its share in the most recent sets (docs/miner.md "fp41"):
 *
 *   node bench/fp-buckets41.mjs OUTCOMES.jsonl [AFTER.jsonl] [--recent N] [--lines BUCKET] [--rules N] [--top N] [--json F]
 *
 * OUTCOMES.jsonl is `node bench/miner.bench.mjs … --outcomes F`. Each false positive or duplicate takes the first
 * bucket whose test holds (BUCKETS: read from its title, kind, rule, the line that made it and the chapter's labels;
 * coarse and line-based, it says where to look). A duplicate is split by how it meets the label it repeats (the
 * label's `also:` name, its field path, the label's own name); a false positive that is a part of a label's name or
 * holds one is told apart from one that shares nothing with the labels. `--recent N`: the share of the N most
 * recent sets (default 12: dev111–dev122). `--lines B` lists bucket B's cases (never dev39–dev44's: out of sample,
 * counts only). With AFTER.jsonl, a second column of counts. For measuring only: the miner reads nothing here.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { OUT_OF_SAMPLE, parseWhy } from './lib/miner-rules.mjs';
import { labelNames, normKey } from './lib/miner-score.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { englishWord } = await import(path.join(ROOT, 'src/graph/miner/english-words.ts'));
const { isGenericLabel } = await import(path.join(ROOT, 'src/graph/labels.ts'));
const args = process.argv.slice(2);
const VALUED = ['--lines', '--rules', '--recent', '--json', '--top'];
const opt = (n) => (args.indexOf(n) >= 0 ? args[args.indexOf(n) + 1] : undefined);
const files = args.filter((a, i) => !a.startsWith('--') && !VALUED.includes(args[i - 1]));
const topRules = Number(opt('--rules') ?? 3);
const recentN = Number(opt('--recent') ?? 12);

const text = new Map();
const linesOf = (set, chapter) => {
  const f = path.join(ROOT, 'tests/corpus/miner', set, chapter);
  if (!text.has(f)) text.set(f, readFileSync(f, 'utf8').split('\n'));
  return text.get(f);
};
const labelCache = new Map();
/** The chapter's labels: `{ items, names }` (names: every label's normalised names). */
function labelsOf(set, chapter) {
  const key = `${set}/${chapter}`;
  if (!labelCache.has(key)) {
    const f = path.join(ROOT, 'tests/corpus/miner', set, chapter.replace(/\.md$/, '.labels.yaml'));
    let items = [];
    try {
      const y = parse(readFileSync(f, 'utf8'));
      items = (Array.isArray(y?.concepts) ? y.concepts : []).filter((l) => l && l.name !== undefined);
    } catch {
      items = [];
    }
    labelCache.set(key, { items, names: items.map((l) => ({ l, keys: labelNames(l) })) });
  }
  return labelCache.get(key);
}

const CJK = /[\u4e00-\u9fff]/u;
const TOOLS =
  /^(kubectl|kubeadm|kubelet\s+-|docker|crictl|ctr|nerdctl|helm|systemctl|journalctl|etcdctl|etcdutl|istioctl|virtctl|velero|clusterctl|argocd|flux|kustomize|curl|wget|ip|iptables|ipvsadm|tcpdump|ss|free|df|mount|findmnt|nslookup|dig|ping|crossplane|cilium|hubble|trivy|cosign|git|go|dotnet|npm|kind|minikube|k3s|oc|tkn|kn|jq|yq|ssh|cat|ls|top|ps|kill|openssl)\s/;
const FILE = /\.(ya?ml|json|conf|toml|sh|md|txt|go|py|cs|js|ts|log|service|pem|crt|key|sock|ini|properties|tar|gz)$/i;
/** A status value or enum value (PascalCase or ALLCAPS word) set beside a field in the line. */
const VALUE_LINE = /取值|默认|可选|设为|设成|改成|策略|模式|状态|阶段|phase|值为|等于|[=:：]\s*`?[A-Z][A-Za-z]+`?/;

/** How a duplicate meets the label it repeats. */
function dupShape(r) {
  const { names } = labelsOf(r.set, r.chapter);
  const k = normKey(r.title);
  const hit = names.find((n) => n.keys.has(k));
  if (!hit) return 'dup: another spelling (matched by path or alias)';
  const also = (Array.isArray(hit.l.also) ? hit.l.also : hit.l.also ? [hit.l.also] : []).map(normKey);
  if (also.includes(k)) return "dup: the label's other name (its `also:`) mined as a second concept";
  if (hit.l.fieldPath && (normKey(hit.l.fieldPath) === k || /\./.test(r.title))) return 'dup: a field by its path and by its name';
  return 'dup: the label\'s own name, while another spelling took it';
}

/** Whether a false positive is a part of a label's name or holds one (a phrase around a label). */
function partOfLabel(r) {
  const { items } = labelsOf(r.set, r.chapter);
  const t = normKey(r.title);
  if (t.length < 2) return undefined;
  for (const l of items) {
    for (const n of [l.name, ...(Array.isArray(l.also) ? l.also : l.also ? [l.also] : [])].map((x) => normKey(String(x)))) {
      if (n.length < 2 || n === t) continue;
      if (n.includes(t)) return 'part';
      if (t.includes(n) && n.length >= 3) return 'holds';
    }
  }
  return undefined;
}

const bare = (s) => s.replace(/[`*_]/g, '').trim();
const isHeadingRule = (rule) => /^(heading|title|glossed-heading|heading-)/.test(rule);
const isBoldRule = (rule) => /^bold|label|^list-name|colon/.test(rule);

/** The buckets, in order: the first test that holds names the case. */
export const BUCKETS = [
  ["dup: the label's other name (its `also:`) mined as a second concept", (r) => r.outcome === 'dup' && r.dup.startsWith("dup: the label's other")],
  ['dup: a field by its path and by its name', (r) => r.outcome === 'dup' && r.dup.startsWith('dup: a field')],
  ["dup: the label's own name, while another spelling took it", (r) => r.outcome === 'dup'],
  ["title's subject the labels do not give (title rules)", (r) => /^title/.test(r.rule)],
  ['key=value form', (r) => /^[\w.\-/]+=\S*$/.test(bare(r.title))],
  ['command-line flag', (r) => /^--?[a-z]/.test(bare(r.title))],
  ['command (tool and subcommand)', (r) => TOOLS.test(bare(r.title) + ' ') && /\s/.test(bare(r.title))],
  ['label or annotation key (`domain/name`) named in passing', (r) => /^[a-z0-9-]+(\.[a-z0-9-]+)+\/[A-Za-z0-9._-]+$/.test(bare(r.title))],
  ['file, path or URL', (r) => FILE.test(bare(r.title)) || /^(\/|~\/|\.\/|https?:)/.test(bare(r.title)) || (/\//.test(r.title) && !/^[a-z0-9.-]+\/v\d/.test(r.title) && !/\s\/\s/.test(r.title) && r.kind !== 'field')],
  ['API field named in passing (kind field)', (r) => r.kind === 'field'],
  ['value of a field: state / enum value', (r) => r.kind === 'state' || (/^[A-Z][a-z]+([A-Z][a-z]+)*$/.test(bare(r.title)) && !englishWord(bare(r.title).toLowerCase()) && /取值|默认|可选|设为|设成|改成|策略|模式|值/.test(r.line))],
  ['API kind named in passing (kind object)', (r) => r.kind === 'object'],
  ['heading phrase (a step, question, remark or topic as a heading)', (r) => isHeadingRule(r.rule) && (CJK.test(r.title) || /\s/.test(r.title))],
  ['generic word as a bold or list label', (r) => isBoldRule(r.rule) && (isGenericLabel(bare(r.title)) || (/^[a-z]+$/i.test(bare(r.title)) && englishWord(bare(r.title).toLowerCase())) || (!/[A-Za-z0-9]/.test(r.title) && [...r.title].length <= 4))],
  ["a phrase around a label (holds a label's name)", (r) => r.part === 'holds'],
  ["a part of a label's name (Chinese or several words)", (r) => r.part === 'part' && (CJK.test(r.title) || /\s/.test(r.title))],
  ['sentence fragment or clause (long or with a particle)', (r) => (CJK.test(r.title) && [...r.title].length > 8) || (/[的了是就要会把被不在吗呢]/.test(r.title.replace(/[A-Za-z].*$/, '')) && CJK.test(r.title))],
  ['everyday English word', (r) => /^[a-z]+$/i.test(bare(r.title)) && englishWord(bare(r.title).toLowerCase())],
  ['generic Chinese word (no Latin)', (r) => !/[A-Za-z0-9]/.test(r.title) && CJK.test(r.title)],
  ['product, project, tool or vendor name (Latin, not defined)', (r) => /^[A-Za-z]/.test(r.title) && !/\s.*\s.*\s/.test(r.title)],
  ['other (mixed phrase)', () => true],
];

function read(file) {
  return readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
}

function classify(rows) {
  return rows
    .filter((r) => r.outcome === 'fp' || r.outcome === 'dup')
    .map((r) => {
      const w = parseWhy(r.why)[0] ?? { line: 0, rule: '(none)', resolution: '(none)' };
      const x = { ...r, rule: w.rule, resolution: w.resolution, at: w.line, line: linesOf(r.set, r.chapter)[w.line - 1] ?? '' };
      if (x.outcome === 'dup') x.dup = dupShape(x);
      else x.part = partOfLabel(x);
      return { ...x, bucket: BUCKETS.find(([, t]) => t(x))[0] };
    });
}

const setNo = (s) => Number(s.slice(3) || 1);
const base = read(files[0]);
const after = files[1] ? read(files[1]) : undefined;
const allSets = [...new Set(base.map((r) => r.set))].sort((a, b) => setNo(a) - setNo(b));
const recent = new Set(allSets.slice(-recentN));
const cases = classify(base);
const casesAfter = after ? classify(after) : undefined;
const mined = base.filter((r) => r.outcome !== 'neutral');
const minedRecent = mined.filter((r) => recent.has(r.set)).length;

if (opt('--lines')) {
  const want = opt('--lines');
  for (const c of cases.filter((c) => c.bucket.startsWith(want) && !OUT_OF_SAMPLE.has(c.set)))
    console.log(`${c.set}\t${c.outcome}\t${c.title}\t${c.kind}\t${c.rule}\t${c.chapter}:${c.at}\t${c.line.trim().slice(0, 110)}`);
  process.exit(0);
}

const table = [];
const recentCases = cases.filter((c) => recent.has(c.set)).length;
console.log(`${cases.length} FP+dup of ${mined.length} mined (${allSets.length} sets); recent ${recentN} sets: ${recentCases} of ${minedRecent} mined`);
console.log('| bucket (what an expert reads) | FP+dup | sets | recent 12 | share of recent FP+dup | share of all | rules making most |' + (after ? ' after |' : ''));
console.log('| --- | ---: | ---: | ---: | ---: | ---: | --- |' + (after ? ' ---: |' : ''));
for (const [name] of BUCKETS) {
  const b = cases.filter((c) => c.bucket === name);
  if (b.length === 0) continue;
  const sets = new Set(b.map((c) => c.set)).size;
  const rec = b.filter((c) => recent.has(c.set)).length;
  const rules = new Map();
  for (const c of b) rules.set(c.rule, (rules.get(c.rule) ?? 0) + 1);
  const top = [...rules].sort((x, y) => y[1] - x[1]).slice(0, topRules).map(([r, n]) => `${r} ${n}`).join(', ');
  const aft = casesAfter ? casesAfter.filter((c) => c.bucket === name).length : undefined;
  table.push({ bucket: name, n: b.length, sets, recent: rec, top, after: aft });
  console.log(
    `| ${name} | ${b.length} | ${sets} | ${rec} | ${((100 * rec) / recentCases).toFixed(1)}% | ${((100 * b.length) / cases.length).toFixed(1)}% | ${top} |` +
      (after ? ` ${aft} |` : ''),
  );
}

// Per-rule FP rate (FP / mined), all sets and the recent ones.
const byRule = new Map();
for (const r of mined) {
  const rule = parseWhy(r.why)[0]?.rule ?? '(none)';
  const e = byRule.get(rule) ?? { mined: 0, fp: 0, dup: 0, rm: 0, rfp: 0, sets: new Set() };
  e.mined++;
  if (r.outcome === 'fp') e.fp++, e.sets.add(r.set);
  if (r.outcome === 'dup') e.dup++;
  if (recent.has(r.set)) {
    e.rm++;
    if (r.outcome === 'fp') e.rfp++;
  }
  byRule.set(rule, e);
}
console.log('\n| rule | mined | FP | FP / mined | dup | FP sets | recent mined | recent FP | recent FP / mined |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const [rule, e] of [...byRule].sort((a, b) => b[1].fp - a[1].fp).slice(0, Number(opt('--top') ?? 25)))
  console.log(
    `| ${rule} | ${e.mined} | ${e.fp} | ${(e.fp / e.mined).toFixed(3)} | ${e.dup} | ${e.sets.size} | ${e.rm} | ${e.rfp} | ${e.rm ? (e.rfp / e.rm).toFixed(3) : '-'} |`,
  );
if (opt('--json')) writeFileSync(opt('--json'), JSON.stringify({ table, rules: [...byRule].map(([r, e]) => ({ rule: r, ...e, sets: e.sets.size })) }, null, 2));
