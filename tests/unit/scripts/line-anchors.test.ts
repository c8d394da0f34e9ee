/**
 * scripts/lib/line-anchors.mjs: a built site's links to places in notes (`#L<line>`) find their
 * element, and a link labelled `path:<line>` points at that line's anchor.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { missingLineAnchors } from '../../../scripts/lib/line-anchors.mjs';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'line-anchors-'));
  dirs.push(dir);
  for (const [f, html] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    writeFileSync(path.join(dir, f), html);
  }
  return dir;
}

describe('missingLineAnchors', () => {
  const note = encodeURIComponent('容器组');
  it('finds links whose element is missing and links labelled with another line', () => {
    const dir = site({
      'notes/容器组/index.html': '<p id="L7">Pod</p><p id="L9">Deployment</p><a href="#L7">up</a>',
      'concepts/deployment/index.html': [
        `<a class="backlink-line" href="/k/notes/${note}/#L7"><code>notes/容器组.md:9</code></a>`,
        `<a href="/k/notes/${note}/#L9" class="excerpt-source-link"><code>notes/容器组.md:9</code></a>`,
        `<a href="/k/notes/${note}/#L12">somewhere</a>`,
        '<a href="/k/notes/gone/#L3">gone</a>',
        '<a href="https://example.com/blob/main/notes/a.md#L40"><code>notes/a.md:41</code></a>',
      ].join('\n'),
    });
    const r = missingLineAnchors(dir, '/k/');
    expect(r.checked).toBe(5);
    expect(r.missing.map((m) => m.href)).toEqual([`/k/notes/${note}/#L12`, '/k/notes/gone/#L3']);
    expect(r.misnamed).toEqual([{ from: path.join('concepts', 'deployment', 'index.html'), href: `/k/notes/${note}/#L7`, label: 'notes/容器组.md:9' }]);
  });
  it('finds nothing to report on a site whose links all land where they say', () => {
    const dir = site({ 'notes/a/index.html': '<li id="L3-5">x</li>', 'index.html': '<a href="/notes/a/#L3-5"><code>notes/a.md:3</code></a>' });
    expect(missingLineAnchors(dir)).toEqual({ checked: 1, missing: [], misnamed: [] });
  });
});
