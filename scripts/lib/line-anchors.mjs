/**
 * Line anchors of a built site: every link to a place in a note (`href="…#L<line>"`, the anchors
 * note pages give their excerpts' passages and the blocks that mention a concept, note-body.ts)
 * must find an element with that id on the page it points at, and a link labelled with a line
 * (`<code>notes/a.md:9</code>`) must point at that line's anchor. Used by
 * scripts/check-line-anchors.mjs (any built folder) and tests/e2e/note-page.spec.ts (the bundled
 * build). Links off the site (a repository's `blob/…#L12`) are not checked.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** A link to a line anchor, and the text it shows up to its end (a label names `path:<line>`). */
const LINK = /<a\s[^>]*?href="([^"]*#L(\d+)(?:-c?\d+)?)"[^>]*>(.*?)<\/a>/gs;
const ID = /\sid="([^"]+)"/g;

/** The HTML files under a folder (Pagefind's and the bundles' folders left out). */
function htmlFiles(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name !== 'pagefind' && name !== '_astro') htmlFiles(p, out);
    } else if (name.endsWith('.html')) out.push(p);
  }
  return out;
}

/** The file a site path names (`/notes/x/` → `<outDir>/notes/x/index.html`), or undefined when it is not under `base`. */
function fileOf(outDir, base, sitePath) {
  if (!sitePath.startsWith(base)) return undefined;
  const rest = decodeURIComponent(sitePath.slice(base.length));
  return path.join(outDir, rest === '' || rest.endsWith('/') ? path.join(rest, 'index.html') : rest);
}

/**
 * Every `#L<line>` link of the site built into `outDir` (published under `base`, `/` by default)
 * whose page has no element with that id, or whose page is missing (`missing`), every one whose
 * label names another line (`misnamed`: `{ from, href, label }`), and how many were checked.
 */
export function missingLineAnchors(outDir, base = '/') {
  const ids = new Map();
  const idsOf = (file) => {
    let set = ids.get(file);
    if (!set) {
      set = existsSync(file) ? new Set([...readFileSync(file, 'utf8').matchAll(ID)].map((m) => m[1])) : new Set();
      ids.set(file, set);
    }
    return set;
  };
  const missing = [];
  const misnamed = [];
  let checked = 0;
  for (const file of htmlFiles(outDir)) {
    const html = readFileSync(file, 'utf8');
    for (const m of html.matchAll(LINK)) {
      const href = m[1];
      const hash = href.indexOf('#');
      const target = href.slice(0, hash);
      if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//')) continue;
      // A relative path (none is emitted today) resolves against the page's own folder.
      const sitePath = target === '' ? undefined : target.startsWith('/') ? target : undefined;
      const page = target === '' ? file : sitePath !== undefined ? fileOf(outDir, base, sitePath) : path.resolve(path.dirname(file), decodeURIComponent(target), target.endsWith('/') ? 'index.html' : '');
      checked++;
      const from = path.relative(outDir, file);
      if (page === undefined || !idsOf(page).has(decodeURIComponent(href.slice(hash + 1)))) missing.push({ from, href });
      const label = /^\s*<code>([^<]*:(\d+))<\/code>/.exec(m[3])?.[1];
      if (label !== undefined && label.slice(label.lastIndexOf(':') + 1) !== m[2]) misnamed.push({ from, href, label });
    }
  }
  return { checked, missing, misnamed };
}
