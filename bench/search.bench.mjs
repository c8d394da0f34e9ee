#!/usr/bin/env node
/**
 * Concept-search benchmark (`node bench/search.bench.mjs`, also run by `npm run bench`).
 *
 * Builds the real concept index (src/scripts/search/core.ts, the code the site ships) over
 * 10,000 synthetic concepts with Chinese and English names, aliases, field paths and
 * summaries, then times a fixed query set (Chinese substrings, camelCase parts, field-path
 * segments, prefixes, misses) against a baseline measured in the same run: a naive linear
 * `includes` scan over every concept's names. Prints median and p95 per query and the ratio.
 * Target: under 10 ms per query for the index. Not a test: nothing fails on time.
 *
 * Also prints the size of the Pagefind bundle of the built site when `dist/pagefind` exists
 * (or `$K8SMAP_OUT_DIR/pagefind`).
 */
import { performance } from 'node:perf_hooks';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { rng } from './lib/rng.mjs';
import {
  createSearchIndex,
  loadSearchIndex,
  naiveScan,
  searchConcepts,
  serializeSearchIndex,
} from '../src/views/search-core.ts';

const N = Number(process.env.BENCH_CONCEPTS || 10_000);
const REPEAT = Number(process.env.BENCH_REPEAT || 15);

const rand = rng(42);
const pick = (a) => a[Math.floor(rand() * a.length)];

const EN = ['host', 'network', 'process', 'namespace', 'share', 'volume', 'mount', 'container', 'image', 'pull', 'policy', 'restart', 'termination', 'grace', 'period', 'seconds', 'node', 'selector', 'affinity', 'toleration', 'service', 'account', 'security', 'context', 'readiness', 'liveness', 'probe', 'init', 'lifecycle', 'post', 'start', 'pre', 'stop', 'resource', 'limit', 'request', 'label', 'annotation', 'owner', 'reference', 'finalizer', 'replica', 'set', 'stateful', 'daemon', 'job', 'cron', 'ingress', 'endpoint', 'slice', 'config', 'map', 'secret', 'storage', 'class', 'claim', 'persistent', 'ephemeral', 'priority', 'preemption', 'topology', 'spread', 'constraint', 'dns', 'alias', 'ipc', 'pid', 'tty', 'stdin', 'scheduler', 'controller', 'informer', 'watch', 'admission', 'webhook', 'quota', 'range', 'taint', 'eviction', 'drain', 'cordon', 'rollout', 'strategy', 'surge', 'unavailable', 'revision', 'history'];
const ZH = ['宿主机', '网络', '进程', '命名空间', '共享', '存储卷', '挂载', '容器', '镜像', '拉取', '策略', '重启', '终止', '宽限期', '节点', '选择器', '亲和性', '容忍', '服务', '账户', '安全', '上下文', '就绪', '存活', '探针', '初始化', '生命周期', '钩子', '资源', '限制', '请求', '标签', '注解', '副本', '有状态', '守护进程', '任务', '定时', '入口', '端点', '配置', '密钥', '持久化', '临时', '优先级', '抢占', '拓扑', '分布', '约束', '域名', '别名', '调度器', '控制器', '准入', '配额', '污点', '驱逐', '滚动', '更新', '版本', '历史', '主机名', '工作负载', '编排'];
const KINDS = ['topic', 'object', 'field', 'state', 'pattern', 'term'];

const cap = (w) => w[0].toUpperCase() + w.slice(1);
function camel(words) {
  return words.map((w, i) => (i === 0 ? w : cap(w))).join('');
}

const docs = [];
for (let i = 0; i < N; i++) {
  const enWords = Array.from({ length: 2 + Math.floor(rand() * 3) }, () => pick(EN));
  const zhWords = Array.from({ length: 2 + Math.floor(rand() * 2) }, () => pick(ZH));
  const kind = pick(KINDS);
  const title = kind === 'field' ? camel(enWords) : enWords.map(cap).join(' ');
  const doc = { id: `c${i}-${enWords.join('-')}`, t: title, z: zhWords.join(''), k: kind };
  if (kind === 'field') doc.f = `spec.${pick(['containers[].', 'template.spec.', '', 'volumes[].'])}${title}`;
  if (rand() < 0.5) doc.a = [pick(ZH) + pick(ZH), enWords.slice(0, 2).join('-')];
  doc.s = `${zhWords.join('')}用于${pick(ZH)}和${pick(ZH)}，与 ${pick(EN)} ${pick(EN)} 配合使用，${pick(ZH)}${pick(ZH)}时要注意${pick(ZH)}。`;
  if (rand() < 0.3) doc.p = pick(EN);
  docs.push(doc);
}

// The fixed query set: what people type.
const QUERIES = [
  ['主机', 'Chinese substring (part of 宿主机)'],
  ['命名空间', 'Chinese word'],
  ['宿主机网络', 'Chinese, two words'],
  ['周期', 'Chinese substring (part of 生命周期)'],
  ['亲和', 'Chinese substring (part of 亲和性)'],
  ['process namespace', 'camelCase parts'],
  ['processNamespace', 'camelCase'],
  ['hostNetwork', 'camelCase name'],
  ['grace period', 'camelCase parts'],
  ['spec.containers', 'field path'],
  ['lifecycle', 'field path segment'],
  ['contai', 'prefix while typing'],
  ['namespce', 'typo'],
  ['readiness 探针', 'mixed'],
  ['zzzzqq', 'miss'],
];

function stats(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { median: q(0.5), p95: q(0.95) };
}

const t0 = performance.now();
const built = createSearchIndex(docs);
const buildMs = performance.now() - t0;
const json = serializeSearchIndex(built);
const t1 = performance.now();
const index = loadSearchIndex(json);
const loadMs = performance.now() - t1;

console.log(`Concept search over ${N.toLocaleString('en')} synthetic concepts (MiniSearch, src/scripts/search/core.ts)`);
console.log(`  build ${buildMs.toFixed(0)} ms · index JSON ${(json.length / 1024 / 1024).toFixed(2)} MB (gzip ${(gzipSync(json).length / 1024 / 1024).toFixed(2)} MB) · loadJSON ${loadMs.toFixed(0)} ms`);
console.log(`  ${REPEAT} runs per query; baseline: naive linear includes() over names/aliases/field path\n`);

// Warm up both.
for (const [q] of QUERIES) {
  searchConcepts(index, q);
  naiveScan(docs, q);
}

const all = { index: [], naive: [] };
const rows = [];
for (const [q, what] of QUERIES) {
  const ti = [];
  const tn = [];
  let hitsIndex = 0;
  let hitsNaive = 0;
  for (let r = 0; r < REPEAT; r++) {
    let a = performance.now();
    hitsIndex = searchConcepts(index, q).hits.length;
    ti.push(performance.now() - a);
    a = performance.now();
    // The baseline collects every match (no early exit), as a ranked search must look at all.
    hitsNaive = naiveScan(docs, q, Infinity).length;
    tn.push(performance.now() - a);
  }
  all.index.push(...ti);
  all.naive.push(...tn);
  const si = stats(ti);
  const sn = stats(tn);
  rows.push({ q, what, si, sn, hitsIndex, hitsNaive });
}

const pad = (s, n) => String(s).padEnd(n);
const padL = (s, n) => String(s).padStart(n);
console.log(`${pad('query', 20)}${pad('what', 36)}${padL('index med', 10)}${padL('p95', 8)}${padL('naive med', 11)}${padL('ratio', 8)}${padL('hits', 6)}${padL('naive', 7)}`);
for (const r of rows) {
  console.log(
    `${pad(r.q, 20 - [...r.q].filter((c) => c.charCodeAt(0) > 0x2e80).length)}${pad(r.what, 36)}${padL(r.si.median.toFixed(2), 10)}${padL(r.si.p95.toFixed(2), 8)}${padL(r.sn.median.toFixed(2), 11)}${padL((r.si.median / r.sn.median).toFixed(2) + 'x', 8)}${padL(r.hitsIndex, 6)}${padL(r.hitsNaive, 7)}`,
  );
}
const ai = stats(all.index);
const an = stats(all.naive);
console.log(`\nall queries: index median ${ai.median.toFixed(2)} ms, p95 ${ai.p95.toFixed(2)} ms · naive median ${an.median.toFixed(2)} ms, p95 ${an.p95.toFixed(2)} ms · ratio (median) ${(ai.median / an.median).toFixed(2)}x`);
console.log(`target < 10 ms per query: ${ai.p95 < 10 ? 'met' : 'NOT met'} (p95 ${ai.p95.toFixed(2)} ms)`);
console.log('(hits: the index finds camelCase parts, typos and Chinese substrings the naive scan misses; it returns the top 20)');

// The built site's own concept index and Pagefind bundle, if there is a build.
const outDir = process.env.K8SMAP_OUT_DIR || 'dist';
const siteIndex = path.join(outDir, 'search-index.json');
if (existsSync(siteIndex)) {
  const text = readFileSync(siteIndex, 'utf8');
  const docs = Object.keys(JSON.parse(text).storedFields ?? {}).length;
  console.log(`\nConcept index of the built site ${siteIndex}: ${docs} concepts, ${(text.length / 1024).toFixed(1)} KB (gzip ${(gzipSync(text).length / 1024).toFixed(1)} KB)`);
}
const pf = path.join(outDir, 'pagefind');
if (existsSync(pf)) {
  let bytes = 0;
  let files = 0;
  const byKind = new Map();
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else {
        const size = statSync(p).size;
        bytes += size;
        files++;
        const rel = path.relative(pf, p);
        const kind = /(^|-)ui\.|component-ui|highlight/.test(rel)
          ? 'default UI (unused here)'
          : /^(index|fragment)\//.test(rel) || /\.pf_meta$|entry\.json$/.test(rel)
            ? 'index (meta, chunks, fragments)'
            : 'search runtime (JS + wasm)';
        byKind.set(kind, (byKind.get(kind) ?? 0) + size);
      }
    }
  };
  walk(pf);
  console.log(`\nPagefind bundle ${pf}: ${files} files, ${(bytes / 1024).toFixed(0)} KB`);
  for (const [k, v] of [...byKind].sort((a, b) => b[1] - a[1])) console.log(`  ${pad(k, 34)}${padL((v / 1024).toFixed(1), 8)} KB`);
} else {
  console.log(`\n(no ${pf}: run \`npm run build\` to measure the Pagefind bundle)`);
}
