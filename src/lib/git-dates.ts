/**
 * Last-updated dates of note files from git, read at build time.
 *
 * `lastCommitDate(file)` runs `git log -1 --format=%cI -- <file>` once per file and caches the
 * answer. Anything that keeps git from answering (not a git checkout, git not installed, the
 * file not committed yet, a shallow clone without that history) gives `undefined`: the page
 * then shows no date instead of failing the build.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const cache = new Map<string, string | undefined>();

export type GitRunner = (args: string[], cwd: string) => string;

const runGit: GitRunner = (args, cwd) =>
  execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    timeout: 10_000,
    env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' },
  });

/** ISO 8601 committer date (`2024-05-01T12:00:00+08:00`) of the last commit touching `absFile`, or undefined. */
export function lastCommitDate(absFile: string, run: GitRunner = runGit): string | undefined {
  const key = path.resolve(absFile);
  if (cache.has(key)) return cache.get(key);
  let date: string | undefined;
  try {
    const out = run(['log', '-1', '--format=%cI', '--', path.basename(key)], path.dirname(key)).trim();
    date = isIsoDate(out) ? out : undefined;
  } catch {
    date = undefined;
  }
  cache.set(key, date);
  return date;
}

function isIsoDate(s: string): boolean {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/.test(s) && !Number.isNaN(Date.parse(s));
}

/** `2024-05-01T12:00:00+08:00` → `2024-05-01` (the date as committed, no time-zone shift). */
export function isoDay(iso: string): string {
  return iso.slice(0, 10);
}

/** For tests: forget cached answers. */
export function clearGitDateCache(): void {
  cache.clear();
}
