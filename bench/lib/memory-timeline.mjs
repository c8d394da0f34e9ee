#!/usr/bin/env node
/**
 * Memory of a command's process tree over time, process by process (Linux /proc).
 *
 *   node bench/lib/memory-timeline.mjs <prefix> [--every <s>] -- <command> [args…]
 *   node bench/lib/memory-timeline.mjs --report <prefix> [--every <s>]
 *
 * Runs the command (in the current folder, with this environment), samples the resident memory of
 * every process in its tree every 250 ms with its command line and thread count, and records each
 * line the command prints with the second it came. Writes <prefix>.jsonl (the samples) and
 * <prefix>.log (the output), then prints: the peak of the tree's sum and the processes that made
 * it up, the build's stage lines (content sync, bundling, page generation, Pagefind) with their
 * times, and the tree every <s> seconds (default 5). `--report` prints the same from the files.
 * With `--import ./bench/lib/heap-log.mjs` on an `astro build`, the Node process's own heap
 * is logged too (heap-log.mjs). docs/performance.md section 29 is what it was written for.
 */
import { spawn } from 'node:child_process';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { commandLine, rssKb, treePids } from './proc-tree.mjs';
import { nodeBin, nodeEnv } from './node-bin.mjs';

const args = process.argv.slice(2);
const everyAt = args.indexOf('--every');
const every = everyAt >= 0 ? Number(args.splice(everyAt, 2)[1]) : 5;

/** A short name for a process of a build. */
function shortName(cmd) {
  if (/pagefind/.test(cmd) && !/\bnode\b/.test(cmd)) return 'pagefind';
  if (/esbuild/.test(cmd)) return 'esbuild';
  if (/astro(\.mjs)?\b/.test(cmd)) return 'astro';
  return cmd.split(' ')[0].split('/').pop();
}

const STAGES = /Syncing content|Synced content|highlighting .* examples|Building static entrypoints|generating static routes|Completed in|Waiting for integration|Pagefind indexed|page\(s\) built/;

function report(prefix) {
  const samples = readFileSync(`${prefix}.jsonl`, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
  if (samples.length === 0) return;
  const plain = (s) => s.replace(/\x1b\[[0-9;]*m/g, '');
  const log = readFileSync(`${prefix}.log`, 'utf8').split('\n').map(plain);
  let peak = samples[0];
  for (const s of samples) if (s.total > peak.total) peak = s;
  const mb = (kb) => Math.round(kb / 1024);
  console.log(`peak of the tree: ${mb(peak.total)} MB at ${peak.t.toFixed(1)} s`);
  for (const p of peak.procs) console.log(`  ${String(mb(p.rss)).padStart(6)} MB  ${p.threads} threads  ${p.cmd.slice(0, 140)}`);
  console.log('stages:');
  for (const l of log) if (STAGES.test(l)) console.log(`  ${l.slice(0, 150)}`);
  console.log(`every ${every} s (MB):`);
  let next = 0;
  for (const s of samples) {
    if (s.t < next && s !== peak) continue;
    next = s.t + every;
    const procs = s.procs.map((p) => `${shortName(p.cmd)} ${mb(p.rss)}`).join(', ');
    console.log(`  ${s.t.toFixed(1).padStart(7)} s  ${String(mb(s.total)).padStart(5)}  ${procs}${s === peak ? '   <- peak' : ''}`);
  }
}

if (args[0] === '--report') {
  report(args[1]);
} else {
  const dash = args.indexOf('--');
  const [prefix] = args;
  const cmd = args.slice(dash + 1);
  if (!prefix || dash < 0 || cmd.length === 0) {
    console.error('usage: node bench/lib/memory-timeline.mjs <prefix> [--every <s>] -- <command> [args…]');
    process.exit(2);
  }
  writeFileSync(`${prefix}.jsonl`, '');
  writeFileSync(`${prefix}.log`, '');
  const t0 = performance.now();
  const secs = () => (performance.now() - t0) / 1000;
  // (`node` is the Node running this script, and so is any `node` the command runs by name: node-bin.mjs)
  const child = spawn(cmd[0] === 'node' ? nodeBin() : cmd[0], cmd.slice(1), { stdio: ['ignore', 'pipe', 'pipe'], env: nodeEnv() });
  let pending = '';
  const onOutput = (chunk) => {
    pending += chunk.toString();
    const lines = pending.split('\n');
    pending = lines.pop();
    for (const l of lines) appendFileSync(`${prefix}.log`, `${secs().toFixed(2)} ${l}\n`);
  };
  child.stdout.on('data', onOutput);
  child.stderr.on('data', onOutput);
  const timer = setInterval(() => {
    const procs = [];
    let total = 0;
    for (const pid of treePids(child.pid)) {
      const rss = rssKb(pid);
      total += rss;
      let threads = 0;
      try {
        threads = Number(/^Threads:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
      } catch {
        /* gone */
      }
      if (rss > 8 * 1024) procs.push({ pid, rss, threads, cmd: commandLine(pid) });
    }
    appendFileSync(`${prefix}.jsonl`, `${JSON.stringify({ t: secs(), total, procs })}\n`);
  }, 250);
  child.on('close', (code) => {
    clearInterval(timer);
    if (pending) appendFileSync(`${prefix}.log`, `${secs().toFixed(2)} ${pending}\n`);
    console.log(`exit ${code} after ${secs().toFixed(1)} s`);
    report(prefix);
    process.exitCode = code ?? 1;
  });
}
