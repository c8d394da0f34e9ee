#!/usr/bin/env node
/**
 * `npm run bench`: runs every benchmark in bench/*.bench.mjs in turn. Each compares against a
 * baseline measured in the same run and prints ratios; none of them is a test (no pass/fail on
 * time). `npm run bench -- graph` runs only the files whose name contains "graph".
 */
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { nodeBin, nodeEnv } from '../bench/lib/node-bin.mjs';

const filter = process.argv[2];
const files = readdirSync('bench')
  .filter((f) => f.endsWith('.bench.mjs') && (!filter || f.includes(filter)))
  .sort();
let failed = 0;
for (const f of files) {
  console.log(`\n=== ${f} ===`);
  const r = spawnSync(nodeBin(), [path.join('bench', f)], { stdio: 'inherit', env: nodeEnv() });
  if (r.status !== 0) failed++;
}
if (files.length === 0) console.log('No benchmarks found in bench/.');
process.exit(failed > 0 ? 1 : 0);
