/**
 * Site settings from `skillmap.config.json`, each overridable by an environment variable.
 * Read by astro.config.mjs, the content loader and the CLI; no Astro imports here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { distance } from 'fastest-levenshtein';

export interface SiteConfig {
  /** Absolute path of the notes folder. */
  contentDir: string;
  /**
   * Origin the site is published at (for canonical URLs, `og:url`, the sitemap and robots.txt's
   * Sitemap line), no trailing slash; undefined until configured, and then none of those is
   * written (a placeholder origin would send crawlers and shared links to someone else's site).
   */
  site: string | undefined;
  /** Base path, always starting and ending with `/`. */
  base: string;
  /** Repository URL for "edit this page" links ('' to hide them). */
  repoUrl: string;
  editBranch: string;
  title: string;
}

/**
 * The project folder. This module is `src/site-config.ts`, but when Astro bundles it for
 * prerendering it runs from a chunk under the output folder, so walk up to the folder that has
 * both package.json and astro.config.mjs (falling back to the working directory).
 */
export const projectRoot = findProjectRoot(path.dirname(fileURLToPath(import.meta.url)));

function findProjectRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'astro.config.mjs'))) return dir;
    if (path.dirname(dir) === dir) return process.cwd();
  }
}

function normaliseBase(b: string): string {
  let out = b.trim() || '/';
  if (!out.startsWith('/')) out = '/' + out;
  if (!out.endsWith('/')) out += '/';
  return out;
}

export function loadSiteConfig(env: NodeJS.ProcessEnv = process.env, root = projectRoot): SiteConfig {
  const file = path.join(root, 'skillmap.config.json');
  let raw: Record<string, unknown> = {};
  try {
    raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw new Error(`${file}: cannot read site settings: ${(err as Error).message}`);
    }
  }
  const str = (key: string, envKey: string, fallback: string): string => {
    const fromEnv = env[envKey];
    if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
    const v = raw[key];
    return typeof v === 'string' ? v : fallback;
  };
  return {
    contentDir: path.resolve(root, str('contentDir', 'K8SMAP_CONTENT_DIR', 'content')),
    site: str('site', 'K8SMAP_SITE', '').replace(/\/+$/, '') || undefined,
    base: normaliseBase(str('base', 'K8SMAP_BASE', '/')),
    repoUrl: str('repoUrl', 'K8SMAP_REPO_URL', '').replace(/\/+$/, ''),
    editBranch: str('editBranch', 'K8SMAP_EDIT_BRANCH', 'main'),
    title: str('title', 'K8SMAP_TITLE', 'Kubernetes 技能图谱'),
  };
}

/** Dashes a phone keyboard or a word processor writes for `--` (en/em dashes, minus). */
const DASHES = /^[-\u2010-\u2015\u2212]+/;

/**
 * The option of `options` that `a` (an argument starting with a dash) probably meant: at most two
 * letters off once `=value` is dropped, or written with a dash of another width (`—content`). The
 * CLI and the build's `--content` share it.
 */
export function nearestOption(a: string, options: readonly string[]): string | undefined {
  const name = a.replace(/=.*$/, '').replace(DASHES, '--').toLowerCase();
  let best: string | undefined;
  let bestD = 3;
  for (const o of options) {
    const d = distance(name, o);
    if (d < bestD) [best, bestD] = [o, d];
  }
  return best;
}

/** A flag that is `--content` misspelt (at most two letters off) or written with other dashes (`—content`, `-content`). */
function looksLikeContentFlag(a: string): boolean {
  return DASHES.test(a) && a.replace(/=.*$/, '') !== '--content' && nearestOption(a, ['--content']) === '--content';
}

/**
 * The notes folder given on an Astro command line, `npm run build -- --content <dir>` (or
 * `--content=<dir>`; `npm run dev` and `npm run preview` too), as `npm run graph` / `check` take
 * it. Astro passes flags it does not know through without a word, so without this the build
 * silently used the configured folder. Resolved against `cwd`; undefined when not given; an
 * Error when the flag has no folder after it.
 */
export function contentDirArg(argv: readonly string[], cwd = process.cwd()): string | undefined {
  let dir: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--content') {
      const v = argv[i + 1];
      if (v === undefined || v === '' || v.startsWith('-')) throw new Error('--content needs a folder: npm run build -- --content <dir>');
      dir = v;
      i++;
    } else if (a.startsWith('--content=')) {
      dir = a.slice('--content='.length);
      if (dir === '') throw new Error('--content needs a folder: npm run build -- --content <dir>');
    } else if (looksLikeContentFlag(a)) {
      // `--contnet ~/notes`, `—content` from a phone keyboard: Astro would pass it on silently and build the bundled notes
      throw new Error(`unknown option ${a} (did you mean --content?): npm run build -- --content <dir>`);
    }
  }
  return dir === undefined ? undefined : path.resolve(cwd, dir);
}
