#!/usr/bin/env node
/**
 * perf71: every parse entry of two checkouts' disk caches decoded and unpacked as a build's cache
 * hit is (`decodeEntry`, then `unpackOnMainThread` with the readings left for later), in ONE
 * process, the two sides alternating A B, B A for `rounds` rounds after an untimed pass each; the
 * entries are read into memory first (no disk in the timing). Prints each pass's CPU (main thread
 * and process) and the ratios. No reading is asked for (as for the notes after a taken change).
 *
 *   node bench/lib/entry-decode-ab.mjs <checkout A> <checkout B> <cache A> <cache B> [rounds=5]
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import { median } from './stats.mjs';

const [a, b, cacheA, cacheB, rounds = '5'] = process.argv.slice(2);
if (!a || !b || !cacheA || !cacheB) {
  console.error('usage: node bench/lib/entry-decode-ab.mjs <checkout A> <checkout B> <cache A> <cache B> [rounds]');
  process.exit(2);
}
const PARSE_MAGIC = 0x434d384b;
const side = async (root, cache) => {
  const url = (f) => pathToFileURL(path.resolve(root, f)).href;
  const { decodeEntry, readPackIndex } = await import(url('src/graph/disk-cache.ts'));
  const { unpackOnMainThread } = await import(url('src/graph/parse-file.ts'));
  const { configId } = await import(url('src/graph/note-reading.ts'));
  const { definerConfig } = await import(url('src/graph/miner/definer.ts'));
  const top = path.join(cache, 'k8smap-parse');
  const entries = [];
  for (const fp of readdirSync(top).filter((d) => /^[0-9a-f]{20}$/.test(d))) {
    for (const f of readdirSync(path.join(top, fp)).filter((x) => x.endsWith('.pack'))) {
      const pack = path.join(top, fp, f);
      const bytes = readFileSync(pack);
      for (const s of readPackIndex(pack)) {
        const buf = Buffer.from(bytes.subarray(s.offset, s.offset + s.length));
        if (buf.readUInt32LE(0) !== PARSE_MAGIC) continue;
        // (the header's length: 20 bytes before perf71, 28 since; the meta's length is at 12 in both)
        const ml = buf.readUInt32LE(12);
        let meta;
        for (const h of [28, 20]) {
          try {
            meta = v8.deserialize(buf.subarray(h, h + ml)).meta;
            break;
          } catch {}
        }
        entries.push({ buf, key: s.key, job: { file: meta.file, role: meta.role } });
      }
    }
  }
  const config = configId(definerConfig());
  return { entries, pass: () => { for (const e of entries) unpackOnMainThread(decodeEntry(e.buf, e.key, e.job), config, true); } };
};
const sides = { A: await side(a, cacheA), B: await side(b, cacheB) };
console.log(`entries: A ${sides.A.entries.length}, B ${sides.B.entries.length}`);
const ms = (u) => (u.user + u.system) / 1000;
const time = (s) => {
  const c0 = ms(process.cpuUsage()), m0 = ms(process.threadCpuUsage());
  sides[s].pass();
  return { cpu: Math.round(ms(process.cpuUsage()) - c0), main: Math.round(ms(process.threadCpuUsage()) - m0) };
};
time('A');
time('B');
const runs = { A: [], B: [] };
for (let r = 0; r < Number(rounds); r++) {
  for (const s of r % 2 === 0 ? ['A', 'B'] : ['B', 'A']) runs[s].push(time(s));
  console.log(`round ${r + 1}: A ${runs.A[r].main} ms (process ${runs.A[r].cpu}), B ${runs.B[r].main} ms (process ${runs.B[r].cpu}), B/A ${(runs.B[r].main / runs.A[r].main).toFixed(3)}`);
}
for (const k of ['main', 'cpu']) console.log(`${k}: median A ${median(runs.A.map((x) => x[k]))} ms, B ${median(runs.B.map((x) => x[k]))} ms, B/A per round median ${median(runs.A.map((x, i) => runs.B[i][k] / x[k])).toFixed(3)}`);
