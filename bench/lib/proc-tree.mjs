/**
 * A process and its descendants from Linux's /proc: who they are and how much memory each holds
 * resident. Used by the build bench (peak memory of a build's process tree) and by
 * memory-timeline.mjs (that memory over time, process by process).
 */
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

/** Sum of RSS over `root` and all its descendants (kB). */
export function treeRssKb(root) {
  let sum = 0;
  for (const pid of treePids(root)) sum += rssKb(pid);
  return sum;
}

/** Command line of a process (arguments joined by spaces), or '' when it is gone. */
export function commandLine(pid) {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ').trim();
  } catch {
    return '';
  }
}
