#!/usr/bin/env node
/**
 * prec33: the miner's false positives and duplicates by what an expert sees, and by the rule that made
 * each (docs/miner.md "prec33"): `node bench/fp-buckets33.mjs OUTCOMES.jsonl [AFTER.jsonl] [--lines BUCKET] [--rules N]`.
 *
 * OUTCOMES.jsonl is `node bench/miner.bench.mjs --outcomes F` (every concept mined from every chapter alone,
 * with its rule and outcome). Each false positive or duplicate takes the first bucket whose test holds
 * (BUCKETS, read from its title, kind, rule and the line that made it; coarse, line-based: it says where to
 * look, the shapes built were counted by hand against found labels too). With AFTER.jsonl, a second column
 * of counts. `--lines B` lists bucket B's cases (never dev39–dev44's: out of sample, counts only);
 * `--rules N` the N rules with most cases per bucket (default 3). For measuring only: the miner reads nothing here.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { OUT_OF_SAMPLE, parseWhy } from './lib/miner-rules.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { englishWord } = await import(path.join(ROOT, 'src/graph/miner/english-words.ts'));
const args = process.argv.slice(2);
const opt = (n) => (args.indexOf(n) >= 0 ? args[args.indexOf(n) + 1] : undefined);
const files = args.filter((a, i) => !a.startsWith('--') && !['--lines', '--rules'].includes(args[i - 1]));
const topRules = Number(opt('--rules') ?? 3);
const cache = new Map();
const lineOf = (set, chapter, n) => {
  const f = path.join(ROOT, 'tests/corpus/miner', set, chapter);
  if (!cache.has(f)) cache.set(f, readFileSync(f, 'utf8').split('\n'));
  return cache.get(f)[n - 1] ?? '';
};
const CJK = /[\u4e00-\u9fff]/u;
const TOOLS = /^(kubectl|kubeadm|docker|crictl|ctr|nerdctl|helm|systemctl|journalctl|etcdctl|etcdutl|istioctl|virtctl|velero|clusterctl|argocd|flux|kustomize|curl|ip|iptables|ipvsadm|tcpdump|ss|free|df|mount|findmnt|systemd-\w+|crossplane|cilium|hubble|trivy|cosign)\b/;
/** The buckets, in order: the first test that holds names the case. */
export const BUCKETS = [
  ['duplicate: another spelling or a part of a concept the chapter has', (r) => r.outcome === 'dup'],
  ["the title's subject: a kind or topic the labels do not give the chapter", (r) => /^title/.test(r.rule)],
  ['a field or YAML key mentioned in passing', (r) => r.kind === 'field'],
  ['a kind mentioned in passing', (r) => r.kind === 'object'],
  ['a command, a flag or a file mentioned in passing', (r) => TOOLS.test(r.title) || /^-|\.(ya?ml|json|conf|toml|sh)$|\//.test(r.title)],
  ["a value listed as a field's option", (r) => r.kind === 'state' || (/^[A-Z][A-Za-z]+$/.test(r.title) && /取值|默认|可选|设为|设成|改成|策略|模式|[`：:]\s*[a-z][A-Za-z]+`?\s*[：:]/.test(r.line))],
  ['a heading that is a step, a question or a remark', (r) => /^heading/.test(r.rule)],
  ['a sentence fragment (a clause, not a name)', (r) => [...r.title].length > 8 && CJK.test(r.title) || /[的了是就要会把被不在]/.test(r.title.replace(/[A-Za-z].*$/, '')) && CJK.test(r.title)],
  ['an English word', (r) => /^[a-z]+$/.test(r.title) && englishWord(r.title)],
  ['a generic Chinese word', (r) => !/[A-Za-z0-9]/.test(r.title) && CJK.test(r.title)],
  ['a product, project or other name mentioned in passing', (r) => /^[A-Za-z]/.test(r.title)],
  ['other', () => true],
];

function read(file) {
  return readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l))
    .filter((r) => r.outcome === 'fp' || r.outcome === 'dup')
    .map((r) => {
      const w = parseWhy(r.why)[0] ?? { line: 0, rule: '(none)', resolution: '(none)' };
      const x = { ...r, rule: w.rule, resolution: w.resolution, at: w.line, line: lineOf(r.set, r.chapter, w.line) };
      return { ...x, bucket: BUCKETS.find(([, t]) => t(x))[0] };
    });
}

const before = read(files[0]);
const after = files[1] ? read(files[1]) : undefined;
const count = (rows, b) => rows.filter((r) => r.bucket === b).length;
const sets = (rows, b) => new Set(rows.filter((r) => r.bucket === b).map((r) => r.set)).size;
console.log(['bucket', 'before (sets)', ...(after ? ['after'] : []), `top rules (before)`].join('\t'));
for (const [b] of BUCKETS) {
  const rules = new Map();
  for (const r of before.filter((x) => x.bucket === b)) rules.set(r.rule, (rules.get(r.rule) ?? 0) + 1);
  const top = [...rules].sort((a, c) => c[1] - a[1]).slice(0, topRules).map(([k, v]) => `${k} ${v}`).join(', ');
  console.log([b, `${count(before, b)} (${sets(before, b)})`, ...(after ? [count(after, b)] : []), top].join('\t'));
}
console.log(['all', before.length, ...(after ? [after.length] : [])].join('\t'));
const lines = opt('--lines');
if (lines) {
  for (const r of before.filter((x) => x.bucket.startsWith(lines) && !OUT_OF_SAMPLE.has(x.set))) {
    console.log([r.outcome, r.set, r.chapter, r.at, r.rule, r.kind, r.title, r.line.trim().slice(0, 100)].join('\t'));
  }
}
