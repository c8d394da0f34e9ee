/**
 * Preload for a Node process (`node --import ./bench/lib/heap-log.mjs …`), with HEAP_LOG=<file>:
 * every line the main thread prints, and every 2 s, is logged with the process's memory (RSS,
 * V8 heap used and total, external memory, ArrayBuffers); at the build's stage lines (content
 * synced, page generation started and done, waiting for Pagefind, Pagefind done) also V8's heap
 * spaces and the process's resident memory by mapping (/proc/self/smaps: V8's heap pages are
 * the anonymous mappings under 1 MB, glibc's main heap is [heap], native libraries by name).
 * Page lines are left out. Used with memory-timeline.mjs (docs/performance.md section 29).
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';
import v8 from 'node:v8';

const file = process.env.HEAP_LOG;
const STAGE = /Synced content|generating static routes|Completed in|Waiting for integration|Pagefind indexed/;
const mb = (bytes) => Math.round(bytes / 1048576);

/** Resident kB by mapping: native files by name, anonymous mappings by size class. */
function residentByMapping() {
  const by = new Map();
  let name = '';
  let size = 0;
  for (const line of readFileSync('/proc/self/smaps', 'utf8').split('\n')) {
    const head = /^([0-9a-f]+)-([0-9a-f]+) \S+ \S+ \S+ \S+\s*(.*)$/.exec(line);
    if (head) {
      size = (parseInt(head[2], 16) - parseInt(head[1], 16)) / 1048576;
      name = head[3] ? head[3].split('/').pop() : size < 1 ? 'anon <1 MB' : size < 64 ? 'anon 1-64 MB' : 'anon ≥64 MB';
    } else if (line.startsWith('Rss:')) by.set(name, (by.get(name) ?? 0) + Number(line.split(/\s+/)[1]));
  }
  return [...by].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, kb]) => `${k} ${Math.round(kb / 1024)}`).join(', ');
}

if (isMainThread && file) {
  const t0 = performance.now();
  const note = (text) => {
    const line = (String(text).split('\n').find((l) => l.trim()) ?? '').replace(/\x1b\[[0-9;]*m/g, '');
    if (/[├└]─/.test(line)) return;
    const m = process.memoryUsage();
    appendFileSync(file, `${((performance.now() - t0) / 1000).toFixed(2)} rss ${mb(m.rss)} heap ${mb(m.heapUsed)}/${mb(m.heapTotal)} external ${mb(m.external)} arrayBuffers ${mb(m.arrayBuffers)} | ${line.slice(0, 140)}\n`);
    if (STAGE.test(line)) {
      const spaces = v8.getHeapSpaceStatistics().filter((s) => s.space_size > 0).map((s) => `${s.space_name} ${mb(s.space_used_size)}/${mb(s.space_size)}`);
      appendFileSync(file, `   heap spaces (used/size MB): ${spaces.join(', ')}\n   resident by mapping (MB): ${residentByMapping()}\n`);
    }
  };
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream);
    stream.write = (chunk, ...rest) => {
      note(chunk);
      return write(chunk, ...rest);
    };
  }
  setInterval(() => note('(every 2 s)'), 2000).unref();
}
