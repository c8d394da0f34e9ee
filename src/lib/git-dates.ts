/**
 * Last-updated dates of the notes, from git, read once per build: a single
 * `git log --name-only` over the notes folder gives, for every file, the committer date of the
 * newest commit that changed it (what `git log -1 -- <file>` reports, without one process per
 * page). When the folder is not a git work tree, git is not installed, or the history cannot be
 * read (e.g. a shallow clone misses it), there are simply no dates: pages show none instead of
 * failing the build. Files changed but not committed keep the date of their last commit;
 * files never committed have none.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

export type GitRunner = (args: string[], cwd: string) => string;

const runGit: GitRunner = (args, cwd) =>
  execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    timeout: 120_000,
    maxBuffer: 1 << 30,
    env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' },
  });

/** Record separator in the log format (never in dates or, with -z, in file names). */
const RS = '\x1e';

/**
 * The arguments: one record per commit (`RS` + ISO committer date), then the files it changed
 * (NUL-terminated, relative to the notes folder, renames seen as add + delete), newest first.
 */
export const GIT_LOG_ARGS = ['log', `--format=${RS}%cI`, '--name-only', '--no-renames', '--relative', '-z', '--', '.'];

/** Parses `git log` output in the format of GIT_LOG_ARGS into file → date of its newest commit. */
export function parseGitLog(out: string): Map<string, string> {
  const dates = new Map<string, string>();
  for (const record of out.split(RS)) {
    const nul = record.indexOf('\0');
    const date = (nul === -1 ? record : record.slice(0, nul)).trim();
    if (!isIsoDate(date)) continue;
    if (nul === -1) continue;
    for (const name of record.slice(nul + 1).split('\0')) {
      const file = name.replace(/^\n/, '');
      if (file !== '' && !dates.has(file)) dates.set(file, date);
    }
  }
  return dates;
}

/**
 * Content-relative file (`/` separators) → ISO 8601 committer date (`2024-05-01T12:00:00+08:00`)
 * of the last commit touching it. Empty when git cannot answer.
 */
export function readGitDates(contentDir: string, run: GitRunner = runGit): Map<string, string> {
  try {
    return parseGitLog(run(GIT_LOG_ARGS, path.resolve(contentDir)));
  } catch {
    return new Map();
  }
}

function isIsoDate(s: string): boolean {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/.test(s) && !Number.isNaN(Date.parse(s));
}

/** `2024-05-01T12:00:00+08:00` → `2024-05-01` (the date as committed, no time-zone shift). */
export function isoDay(iso: string): string {
  return iso.slice(0, 10);
}
