/**
 * Preload for `astro build` (`node --import ./bench/lib/stage-cpu.mjs node_modules/astro/bin/astro.mjs
 * build`), with STAGE_CPU=<file>: the process's CPU (user + system, all its threads:
 * `process.cpuUsage`) at every line the build prints, added up by stage (start-up, content sync,
 * bundling, page generation, after the pages) and, within page generation, by route (the first
 * path segment of each page line: `concepts`, `notes`, `search-index.json`, …; a page is given
 * the CPU from its line to the next page's: Astro prints the path, renders and writes the page,
 * then prints its time). At exit one JSON line is appended to the file: `{ stages: {name: ms},
 * routes: {name: [ms, pages]}, total: ms }`. Pagefind's binary is a child process that nothing waits for: not in these numbers
 * (docs/performance.md section 35). Sections 38 and 41 used a preload like it (not committed);
 * section 43 this one.
 *
 * With PAGE_TIMES=<file> as well, it also writes every page line's time on the clock of V8's CPU
 * profiles (`process.hrtime`, µs: CLOCK_MONOTONIC, as `--cpu-prof`'s sample times) and the page's
 * path, one `<µs> <path>` a line, plus `<µs> end` when page generation ends: bench/lib/profile-pages.mjs
 * splits a profile of the same build by page with it (section 88).
 */
import { appendFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const file = process.env.STAGE_CPU;
const timesFile = process.env.PAGE_TIMES;

if (isMainThread && file) {
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const stages = {};
  const routes = {};
  let stage = 'start-up';
  let last = cpu();
  const charge = (name, into, now) => {
    into[name] = (into[name] ?? 0) + (now - last);
    last = now;
  };
  // Astro prints a page's line in two writes: `├─ /concepts/x/index.html` before it renders the
  // page and ` (+12ms)` after, so the CPU from one page line to the next is that page's.
  let route;
  const times = [];
  const onLine = (line) => {
    const now = cpu();
    const page = /[├└]─ \/(?:([^/\s]+)\/)?([^/\s]*)/.exec(line);
    if (timesFile && stage === 'page generation') {
      const us = Number(process.hrtime.bigint() / 1000n);
      if (page) times.push(`${us} ${/[├└]─ (\S+)/.exec(line)[1]}`);
      else if (/page\(s\) built in|Waiting for integration|wrote graph\.json/.test(line)) times.push(`${us} end`);
    }
    if (stage === 'page generation' && route !== undefined && (page || !/^\s*\(\+/.test(line))) {
      const r = (routes[route] ??= [0, 0]);
      r[0] += now - last;
      r[1] += 1;
      charge(stage, stages, now);
      route = undefined;
    }
    if (stage === 'page generation' && page) {
      charge(stage, stages, now);
      route = page[1] ?? page[2];
      return;
    }
    if (route !== undefined) return;
    charge(stage, stages, now);
    if (/Synced content/.test(line)) stage = 'bundling';
    else if (/generating static routes/.test(line)) stage = 'page generation';
    else if (/page\(s\) built in|Waiting for integration|wrote graph\.json/.test(line) && stage === 'page generation') stage = 'after the pages';
    else if (/\[content\]/.test(line) && stage === 'start-up') stage = 'content sync';
  };
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream);
    stream.write = (chunk, ...rest) => {
      for (const line of String(chunk).replace(/\x1b\[[0-9;]*m/g, '').split('\n')) if (line.trim()) onLine(line);
      return write(chunk, ...rest);
    };
  }
  process.on('exit', () => {
    charge(stage, stages, cpu());
    const round = (o) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, Array.isArray(v) ? [Math.round(v[0]), v[1]] : Math.round(v)]));
    appendFileSync(file, JSON.stringify({ stages: round(stages), routes: round(routes), total: Math.round(cpu()) }) + '\n');
    if (timesFile) appendFileSync(timesFile, times.join('\n') + '\n');
  });
}
