/** Site settings: no placeholder origin by default (no canonical URLs, sitemap or Sitemap line until one is set). */
import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { contentDirArg, loadSiteConfig } from '../../../src/site-config.ts';

const empty = mkdtempSync(path.join(tmpdir(), 'site-config-'));

describe('loadSiteConfig', () => {
  it('leaves the origin unset when nothing configures it', () => {
    expect(loadSiteConfig({}, empty).site).toBeUndefined();
  });
  it('takes the origin from K8SMAP_SITE, without a trailing slash', () => {
    expect(loadSiteConfig({ K8SMAP_SITE: 'https://alice.github.io/' }, empty).site).toBe('https://alice.github.io');
  });
});

describe('`npm run build -- --content <dir>`: the notes folder on an Astro command line', () => {
  it('reads --content <dir> and --content=<dir> (the last wins), resolved against the working folder', () => {
    expect(contentDirArg(['build'], '/w')).toBeUndefined();
    expect(contentDirArg(['build', '--content', '../运维 笔记'], '/w/k8s-map')).toBe('/w/运维 笔记');
    expect(contentDirArg(['dev', '--content=/tmp/notes', '--port', '4321'], '/w')).toBe('/tmp/notes');
    expect(contentDirArg(['build', '--content', 'a', '--content', 'b'], '/w')).toBe('/w/b');
  });
  it('a flag with no folder after it is an error, not the bundled notes built without a word', () => {
    expect(() => contentDirArg(['build', '--content'])).toThrow(/--content needs a folder/);
    expect(() => contentDirArg(['build', '--content', '--verbose'])).toThrow(/--content needs a folder/);
    expect(() => contentDirArg(['build', '--content='])).toThrow(/--content needs a folder/);
  });
  it('a misspelt --content is an error too (qa46: `--contnet`, `—content`), Astro\'s own flags are not', () => {
    expect(() => contentDirArg(['build', '--contnet', '/tmp/notes'])).toThrow(/unknown option --contnet \(did you mean --content\?\)/);
    expect(() => contentDirArg(['build', '\u2014content', '/tmp/notes'])).toThrow(/did you mean --content/);
    expect(() => contentDirArg(['build', '--Content=/tmp/notes'])).toThrow(/did you mean --content/);
    expect(contentDirArg(['dev', '--config', 'astro.config.mjs', '--host', '--port', '4321', '--verbose', '--force'], '/w')).toBeUndefined();
  });
  it('astro.config.mjs builds the folder the flag names (Astro passes unknown flags on silently)', () => {
    const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
    const script = `process.argv = [process.execPath, 'astro', 'build', '--content', '/tmp/qa45 notes'];
      const c = (await import(${JSON.stringify(path.join(root, 'astro.config.mjs'))})).default;
      console.log(JSON.stringify({ env: process.env.K8SMAP_CONTENT_DIR, allow: c.vite.server.fs.allow }));`;
    const env = { ...process.env };
    delete env.K8SMAP_CONTENT_DIR;
    const out = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, env, encoding: 'utf8' }).trim().split('\n').pop()!);
    expect(out).toEqual({ env: '/tmp/qa45 notes', allow: ['.', '/tmp/qa45 notes'] });
  });
});
