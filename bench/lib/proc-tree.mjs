/**
 * A process and its descendants from Linux's /proc: who they are and how much memory each holds
 * resident. Used by the build bench (peak memory of a build's process tree) and by
 * memory-timeline.mjs (that memory over time, process by process).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** pid → parent pid, for every process we can read. */
export function processTable() {
  const parent = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Field 4 (ppid) comes after the command name, which is in parentheses and may hold spaces.
      const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(name), Number(rest[1]));
    } catch {
      /* exited meanwhile */
    }
  }
  return parent;
}

/** Resident memory of a process in kB (0 when it is gone). */
export function rssKb(pid) {
  try {
    const m = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** `root` and all its descendants' pids, `root` first. */
export function treePids(root) {
  const children = new Map();
  for (const [pid, ppid] of processTable()) {
    const list = children.get(ppid);
    if (list) list.push(pid);
    else children.set(ppid, [pid]);
  }
  const out = [];
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop();
    out.push(pid);
    for (const c of children.get(pid) ?? []) stack.push(c);
  }
  return out;
}

/** Clock ticks per second of /proc's CPU times (USER_HZ: 100 on Linux unless `getconf CLK_TCK` says otherwise). */
let ticksPerSecond;
function clockTicks() {
  if (ticksPerSecond === undefined) {
    const out = spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' });
    ticksPerSecond = Number(out.stdout?.trim()) || 100;
  }
  return ticksPerSecond;
}

/**
 * CPU time of a process so far in ms (user + system, its own threads; not its children's), or
 * undefined when it is gone. A child its parent never waits for (Pagefind's binary, which the
 * pagefind package stops with a signal as Astro exits) is in no `wait` rusage, so `/usr/bin/time`
 * does not see it: sampling it here is how the build bench counts it.
 */
export function cpuMs(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 14 and 15 (utime, stime), counted from the state (field 3) at index 0.
    return ((Number(rest[11]) + Number(rest[12])) * 1000) / clockTicks();
  } catch {
    return undefined;
  }
}

/** Command line of a process (arguments joined by spaces), or '' when it is gone. */
export function commandLine(pid) {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ').trim();
  } catch {
    return '';
  }
}

/**
 * One sample of a build's process tree: the resident memory of all its processes (kB), and the CPU
 * of each Pagefind process seen, by pid, recorded into `pagefindMs` as last seen. A pid is looked at
 * again until it is Pagefind: a child seen between fork and exec still has node's command line.
 */
export function sampleTree(root, pagefindMs) {
  let sum = 0;
  for (const pid of treePids(root)) {
    sum += rssKb(pid);
    if (pagefindMs.has(pid) || /pagefind/.test(commandLine(pid).split(' ')[0] ?? '')) {
      const ms = cpuMs(pid);
      if (ms !== undefined) pagefindMs.set(pid, ms);
    }
  }
  return sum;
}
