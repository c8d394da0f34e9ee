#!/usr/bin/env node
/**
 * Pagefind's binary over built sites, as `src/integrations/pagefind.ts` runs it (`createIndex` /
 * `addDirectory` / `writeFiles`), alternating the folders given, ROUNDS times (default 3): the
 * binary's CPU (user + system, from /proc before `close()`), wall time, pages, and a SHA-256 of
 * the index it wrote (every file under `pagefind/`: two folders whose index is the same say so).
 * The index is written to a temporary folder; the sites are not changed. With copies of a site
 * made by `pagefind-strip.mjs` it shows what a part of the pages costs Pagefind.
 *   node bench/lib/pagefind-cpu.mjs <dist A> <dist B> … [--rounds=N]
 * Used in docs/performance.md section 43 (Pagefind's part of the build).
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cpuMs, commandLine, treePids } from './proc-tree.mjs';

const args = process.argv.slice(2);
const rounds = Number(args.find((a) => a.startsWith('--rounds='))?.split('=')[1] ?? 3);
const dirs = args.filter((a) => !a.startsWith('--'));
if (dirs.length === 0) {
  console.error('usage: node bench/lib/pagefind-cpu.mjs <dist> [<dist> …] [--rounds=N]');
  process.exit(2);
}

function hashTree(dir) {
  const h = createHash('sha256');
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else h.update(path.relative(dir, p)).update(readFileSync(p));
    }
  };
  walk(dir);
  return h.digest('hex').slice(0, 12);
}

async function indexOnce(dir) {
  const pagefind = await import('pagefind');
  const out = mkdtempSync(path.join(tmpdir(), 'pagefind-cpu-'));
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(errors.join('; '));
  const added = await index.addDirectory({ path: dir });
  await index.writeFiles({ outputPath: out });
  const binary = treePids(process.pid).find((pid) => pid !== process.pid && /pagefind/.test(commandLine(pid) ?? ''));
  const cpu = binary === undefined ? NaN : cpuMs(binary);
  const wall = performance.now() - started;
  await pagefind.close();
  const hash = hashTree(out);
  rmSync(out, { recursive: true, force: true });
  return { cpu, wall, pages: added.page_count, hash };
}

const results = dirs.map(() => []);
for (let r = 0; r < rounds; r++) {
  for (let i = 0; i < dirs.length; i++) {
    const res = await indexOnce(dirs[i]);
    results[i].push(res);
    console.log(`round ${r + 1} ${dirs[i]}: ${Math.round(res.cpu)} ms CPU, ${Math.round(res.wall)} ms wall, ${res.pages} pages, index ${res.hash}`);
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
for (let i = 0; i < dirs.length; i++) {
  const ratio = i === 0 ? '' : `, per round / first folder: ${results[i].map((x, r) => (x.cpu / results[0][r].cpu).toFixed(2)).join(' ')}`;
  console.log(`${dirs[i]}: median ${Math.round(median(results[i].map((x) => x.cpu)))} ms CPU${ratio}`);
}
