/**
 * View: where each content file lives and when it last changed — its path in the repository
 * (`content/concepts/pod/pod.md`), links to it on the repository host (view at a line, edit,
 * create), and its last commit date. Built once per build from the site settings: pages, the
 * YAML examples and the excerpts read it instead of each reading the settings and rebuilding
 * paths. Pure: the dates come in as a lookup (src/lib/git-dates.ts reads them with one
 * `git log`), so the view itself runs no process.
 */
import path from 'node:path';

export interface SourcesContext {
  /** The repository's folder (where `content/…` paths are relative to). */
  projectRoot: string;
  /** Absolute path of the notes folder. */
  contentDir: string;
  /** Repository URL for links ('' for none). */
  repoUrl: string;
  editBranch: string;
  /** Last commit date (ISO 8601) of a content-relative file, when known. */
  lastUpdated?: (file: string) => string | undefined;
  /** The site page of a free-form note (content-relative file) at an anchor, when it has one (views/index.ts). */
  notePage?: (file: string, anchor?: string) => string | undefined;
}

export interface SourceLinks {
  /** Path of a content-relative file in the repository. */
  repoFile(file: string): string;
  /** Link to a content file (at a line) on the repository host, when a repository is configured. */
  blob(file: string, line?: number): string | undefined;
  /** Link to a repository file that is not in the notes folder (e.g. `docs/content-format.md`). */
  blobRepo(repoFile: string, line?: number): string | undefined;
  /** "Edit this page" link of a content file. */
  edit(file: string): string | undefined;
  /** "Create this file" link for a content-relative path, with its first text. */
  create(file: string, value: string): string | undefined;
  /** Last commit date of a content file (ISO 8601), when the notes are a git work tree. */
  lastUpdated(file: string): string | undefined;
  /**
   * Where a passage of a note is shown: its place on the note's own page (`/notes/<id>/#<anchor>`,
   * `internal`) for a free-form note, else the file on the repository host when one is
   * configured, else nothing.
   */
  passage(file: string, line: number, anchor?: string): { href: string; internal: boolean } | undefined;
}

/** Path of a content file as seen from the repository root (`content/concepts/pod/pod.md`). */
export function repoPath(projectRoot: string, contentDir: string, file: string): string {
  const rel = path.relative(projectRoot, path.join(contentDir, file)).split(path.sep).join('/');
  return rel.startsWith('../') || path.isAbsolute(rel) ? file : rel;
}

/** `https://github.com/o/r/blob/main/content/x.md#L12`, or undefined when no repository is configured. */
export function blobUrl(repoUrl: string, branch: string, repoFile: string, line?: number): string | undefined {
  if (!repoUrl) return undefined;
  const encoded = repoFile.split('/').map(encodeURIComponent).join('/');
  return `${repoUrl}/blob/${encodeURIComponent(branch)}/${encoded}${line ? `#L${line}` : ''}`;
}

/** `…/edit/main/content/x.md` (GitHub's editor), or undefined when no repository is configured. */
export function editUrl(repoUrl: string, branch: string, repoFile: string): string | undefined {
  if (!repoUrl) return undefined;
  const encoded = repoFile.split('/').map(encodeURIComponent).join('/');
  return `${repoUrl}/edit/${encodeURIComponent(branch)}/${encoded}`;
}

/** GitHub's "create new file" URL with the stub's starting text filled in, or undefined without a repository. */
export function newFileUrl(repoUrl: string, branch: string, repoFile: string, value: string): string | undefined {
  if (!repoUrl) return undefined;
  const dir = repoFile.split('/').slice(0, -1).map(encodeURIComponent).join('/');
  const name = repoFile.split('/').pop() ?? repoFile;
  const q = new URLSearchParams({ filename: name, value });
  return `${repoUrl}/new/${encodeURIComponent(branch)}/${dir}?${q.toString()}`;
}

/** The sources view for one build (repository paths are computed once per file). */
export function sourceLinks(ctx: SourcesContext): SourceLinks {
  const paths = new Map<string, string>();
  const repoFile = (file: string): string => {
    let p = paths.get(file);
    if (p === undefined) {
      p = repoPath(ctx.projectRoot, ctx.contentDir, file);
      paths.set(file, p);
    }
    return p;
  };
  return {
    repoFile,
    blob: (file, line) => blobUrl(ctx.repoUrl, ctx.editBranch, repoFile(file), line),
    blobRepo: (file, line) => blobUrl(ctx.repoUrl, ctx.editBranch, file, line),
    edit: (file) => editUrl(ctx.repoUrl, ctx.editBranch, repoFile(file)),
    create: (file, value) => newFileUrl(ctx.repoUrl, ctx.editBranch, repoFile(file), value),
    lastUpdated: (file) => ctx.lastUpdated?.(file),
    passage: (file, line, anchor) => {
      const page = ctx.notePage?.(file, anchor);
      if (page !== undefined) return { href: page, internal: true };
      const blob = blobUrl(ctx.repoUrl, ctx.editBranch, repoFile(file), line);
      return blob !== undefined ? { href: blob, internal: false } : undefined;
    },
  };
}
