#!/usr/bin/env node
/**
 * dup42: every duplicate (bench/dup-pairs42.mjs PAIRS.jsonl) by why the miner kept the two concepts apart, as an
 * expert reads the pair (docs/miner.md "dup42"):
 *
 *   node bench/dup-reasons42.mjs PAIRS.jsonl [AFTER_PAIRS.jsonl] [--lines REASON]
 *
 * Each pair takes the first reason whose test holds (REASONS: read from the two concepts' titles, kinds, field paths
 * and the lines that made them). `sets` = writers (a set is one writer; drafts are the writer's copies). `--lines R`
 * lists the pairs of reason R (never dev39–dev44's: out of sample, counts only). For measuring only.
 */
import { readFileSync } from 'node:fs';

const OUT_OF_SAMPLE = new Set(['dev39', 'dev40', 'dev41', 'dev42', 'dev43', 'dev44']);
const args = process.argv.slice(2);
const opt = (n) => (args.indexOf(n) >= 0 ? args[args.indexOf(n) + 1] : undefined);
const files = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--lines');
const read = (f) => readFileSync(f, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));

const nk = (s) => String(s ?? '').normalize('NFKC').toLowerCase().replace(/[\s\-_`'"·•*]+/g, '');
const CJK = /\p{Script=Han}/u;
const key = (c) => (c.fieldPath ? c.fieldPath.split('.').pop().replace(/\[\]$/, '') : c.title);
const lines = (c) => new Set([...c.why.matchAll(/(?:^|\s)(\d+):/g)].map((m) => m[1]));
const oneLine = (a, b) => [...lines(a)].some((l) => lines(b).has(l));
const sing = (s) => nk(s).replace(/(?:ies)$/, 'y').replace(/s$/, '');
const names = (c) => [c.title, c.titleZh, c.titleEn, ...(c.aliases ?? [])].filter(Boolean);
/** Latin core of a name with a Chinese head word after it: `Spot 实例` → `Spot`. */
const HEAD = /^([A-Za-z][\w.\- ]*?)\s*(实例|模式|容器|服务|名字|名称|插件|格式|镜像|类别?|等级|对象|机制|字段|资源|组件|控制器|配额|代理)$/u;
const COMMAND = /^(kubectl|helm|kubeadm|virtctl|argocd|istioctl|velero|crictl)\s+(\S+)$/;
const initials = (s) => s.replace(/\([^)]*\)|（[^）]*）/g, '').split(/[\s-]+/).filter(Boolean).map((w) => (/^[A-Z]{2,}$/.test(w) ? w : w[0])).join('').toUpperCase();
const capitals = (s) => s.replace(/[^A-Z]/g, '');

export const REASONS = [
  ['a state value of one name twice (two owners: PV and PVC `Bound`, Pod and container `Running`)', (d, t) => d.kind === 'state' && t.kind === 'state' && nk(d.title) === nk(t.title)],
  ['a field of one key at two places (two owners or two paths)', (d, t) => d.kind === 'field' && t.kind === 'field' && d.fieldPath && t.fieldPath && key(d) === key(t)],
  ['one spelling, two kinds (term and field, object and field)', (d, t) => nk(d.title) === nk(t.title) && d.kind !== t.kind && d.title === t.title],
  ['a case or plural variant (`subset` / `subsets`, `Triggers` / `triggers`)', (d, t) => nk(d.title) !== nk(t.title) ? sing(key(d)) === sing(key(t)) || sing(d.title) === sing(t.title) : d.title !== t.title],
  ['a field path and its parent or child (`strategy.type` / `strategy`, `schema` / `openAPIV3Schema`)', (d, t) => [d, t].some((a) => a.title.includes('.') || a.fieldPath) && [[d, t], [t, d]].some(([a, b]) => (a.fieldPath ?? a.title).split('.').some((s) => s.replace(/\[\]$/, '') === key(b)) || (a.fieldPath && b.fieldPath && (a.fieldPath.startsWith(b.fieldPath + '.') || b.fieldPath.startsWith(a.fieldPath + '.'))))],
  ['a command and its subcommand word (`kubectl drain` / `drain`)', (d, t) => [[d, t], [t, d]].some(([a, b]) => COMMAND.exec(a.title)?.[2] === b.title || COMMAND.exec(a.title)?.[2] === key(b))],
  ['a Latin name and the same name with a Chinese head word (`Spot 实例`, `Operator 模式`, `handler 名字`)', (d, t) => [[d, t], [t, d]].some(([a, b]) => { const m = HEAD.exec(a.title.trim()); return m !== null && (nk(m[1]) === nk(b.title) || nk(m[1]) === nk(key(b)) || sing(m[1]) === sing(key(b))); })],
  ['an abbreviation and its long name (`CNPG`, `CAPI`, `XRD`, `IPAM`)', (d, t) => [[d, t], [t, d]].some(([a, b]) => /^[A-Z][A-Z0-9]{1,5}s?$/.test(a.title.trim()) && names(b).some((n) => { const w = a.title.replace(/s$/, ''); return initials(n) === w || capitals(n) === w || capitals(n).endsWith(w); }))],
  ['a name and the name with a qualifier (Latin: `cgroup v2`, `SPIFFE ID`, `Calico NetworkPolicy`, `kube-dns Service`)', (d, t) => !CJK.test(d.title + t.title) && [[d, t], [t, d]].some(([a, b]) => nk(a.title).length > nk(b.title).length && nk(a.title).includes(nk(key(b)) || nk(b.title)))],
  ['a Chinese name shortened or lengthened (`钩子` / `容器生命周期钩子`, `节流` / `CPU 节流`)', (d, t) => [[d, t], [t, d]].some(([a, b]) => CJK.test(b.title) && nk(a.title) !== nk(b.title) && names(a).some((n) => CJK.test(n) && (nk(n).includes(nk(b.title)) || nk(b.title).includes(nk(n)))))],
  ['the title\'s topic and a concept of the body (title-topic)', (d, t) => /(^|\s)1:title/.test(d.why) && d.kind === 'topic'],
  ['a field and its name in words (Chinese or English) as a term, on one line', (d, t) => (d.kind === 'field') !== (t.kind === 'field') && oneLine(d, t)],
  ['a field and its name in words (Chinese or English) as a term, apart', (d, t) => (d.kind === 'field') !== (t.kind === 'field')],
  ['two other names of one term (an old and a new name, a translation, a pair the label lumps), on one line', (d, t) => oneLine(d, t)],
  ['two other names of one term, apart', () => true],
];

function classify(rows) {
  return rows.map((r) => ({ ...r, reason: REASONS.find(([, test]) => test(r.dup, r.took))[0] }));
}
const base = classify(read(files[0]));
const after = files[1] ? classify(read(files[1])) : undefined;
if (opt('--lines')) {
  for (const r of base.filter((x) => x.reason.startsWith(opt('--lines')) && !OUT_OF_SAMPLE.has(x.set)))
    console.log(`${r.set}\t${r.chapter.slice(0, 28)}\t${r.dup.title} [${r.dup.kind}${r.dup.fieldPath ? ' ' + (r.dup.owner ?? '') + ':' + r.dup.fieldPath : ''}]\t${r.took.title} [${r.took.kind}${r.took.fieldPath ? ' ' + (r.took.owner ?? '') + ':' + r.took.fieldPath : ''}]`);
  process.exit(0);
}
console.log(`${base.length} duplicates` + (after ? ` → ${after.length}` : ''));
console.log('| why the two were not merged | dup | sets | recent 12 (dev111–) |' + (after ? ' after |' : ''));
console.log('| --- | ---: | ---: | ---: |' + (after ? ' ---: |' : ''));
const setNo = (s) => Number(s.slice(3) || 1);
for (const [name] of REASONS) {
  const b = base.filter((r) => r.reason === name);
  if (b.length === 0 && !(after ?? []).some((r) => r.reason === name)) continue;
  const sets = new Set(b.map((r) => r.set));
  console.log(`| ${name} | ${b.length} | ${sets.size} | ${b.filter((r) => setNo(r.set) >= 111).length} |` + (after ? ` ${after.filter((r) => r.reason === name).length} |` : ''));
}
