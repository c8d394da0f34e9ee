/**
 * Which files a note may publish as site assets. Notes are untrusted: a linked `.html` or a
 * scripted `.svg` copied to the site would run in the site's origin when opened directly (the
 * static host serves it by its extension), so such files are not published and the reference
 * gets a warning instead.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Passive formats that browsers never run as documents of the site. */
const PASSIVE = new Set([
  'png', 'jpg', 'jpeg', 'gif', 'webp', 'avif', 'bmp', 'ico',
  'pdf', 'txt', 'csv', 'tsv', 'log', 'yaml', 'yml', 'json', 'toml', 'conf', 'sh',
  'zip', 'gz', 'tgz', 'tar', 'mp3', 'mp4', 'webm', 'ogg',
]);

/** Anything in an SVG that can run code or pull in a document. */
const ACTIVE_SVG = /<script\b|<foreignObject\b|<iframe\b|<embed\b|<object\b|<handler\b|\bon[a-z]+\s*=|javascript:|data:text\/html/i;

/**
 * Why `rel` (content-relative) must not be published, or undefined when it may.
 * `absDir` is the content folder.
 */
export function assetRefusal(absDir: string, rel: string): string | undefined {
  const ext = path.posix.extname(rel).slice(1).toLowerCase();
  if (PASSIVE.has(ext)) return undefined;
  if (ext === 'svg') {
    let text: string;
    try {
      text = readFileSync(path.join(absDir, rel), 'utf8');
    } catch {
      return 'it cannot be read';
    }
    return ACTIVE_SVG.test(text) ? 'the SVG contains scripts, event handlers or embedded documents' : undefined;
  }
  return ext === '' ? 'files without an extension are not published' : `.${ext} files are not published (they could run code in the site)`;
}
