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
import { existsSync, readFileSync, statSync } from 'node:fs';
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

/**
 * What the dates of `readGitDates(contentDir)` depend on, read from the repository's files
 * without running git (`astro dev` asks on every new graph, and starting a git process is
 * 20–50 ms): the commit HEAD points at (through its branch's loose or packed ref) and the shallow
 * boundary. A commit, checkout, reset, pull or fetch that deepens the history changes it; edits to
 * the notes do not change the dates (uncommitted changes keep their last commit's date). `'none'`
 * when no `.git` is found from the folder up; `undefined` when the state cannot be read here
 * (git's environment variables set, an unusual layout, a detached or odd HEAD that is not a
 * commit id): then the caller asks git again.
 */
export function gitHeadState(contentDir: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (Object.keys(env).some((k) => k.startsWith('GIT_') && k !== 'GIT_OPTIONAL_LOCKS')) return undefined;
  try {
    let dir = path.resolve(contentDir);
    let dotGit: string | undefined;
    for (;;) {
      const candidate = path.join(dir, '.git');
      if (existsSync(candidate)) {
        dotGit = candidate;
        break;
      }
      const up = path.dirname(dir);
      if (up === dir) return 'none';
      dir = up;
    }
    let gitDir = dotGit;
    if (statSync(dotGit).isFile()) {
      const m = /^gitdir: (.+)$/m.exec(readFileSync(dotGit, 'utf8'));
      if (!m) return undefined;
      gitDir = path.resolve(dir, m[1]!.trim());
    }
    const commonFile = path.join(gitDir, 'commondir');
    const common = existsSync(commonFile) ? path.resolve(gitDir, readFileSync(commonFile, 'utf8').trim()) : gitDir;
    const head = readFileSync(path.join(gitDir, 'HEAD'), 'utf8').trim();
    let commit: string | undefined;
    if (/^[0-9a-f]{40,64}$/.test(head)) commit = head;
    else {
      const ref = /^ref: (refs\/\S+)$/.exec(head)?.[1];
      if (!ref) return undefined;
      const loose = path.join(common, ref);
      if (existsSync(loose)) commit = readFileSync(loose, 'utf8').trim();
      else {
        const packed = path.join(common, 'packed-refs');
        const line = existsSync(packed) ? readFileSync(packed, 'utf8').split('\n').find((l) => l.endsWith(` ${ref}`)) : undefined;
        // A branch without commits yet: git log finds nothing, as long as the ref is absent.
        commit = line ? line.slice(0, line.indexOf(' ')) : 'unborn';
      }
      if (commit !== 'unborn' && !/^[0-9a-f]{40,64}$/.test(commit)) return undefined;
      commit = `${ref} ${commit}`;
    }
    // Replaced commits and grafts change what git log shows: ask git.
    if (existsSync(path.join(common, 'refs', 'replace')) || existsSync(path.join(common, 'info', 'grafts'))) return undefined;
    const shallow = path.join(common, 'shallow');
    const boundary = existsSync(shallow) ? readFileSync(shallow, 'utf8') : '';
    return `${gitDir}\n${commit}\n${boundary}`;
  } catch {
    return undefined;
  }
}
