/** Site settings: no placeholder origin by default (no canonical URLs, sitemap or Sitemap line until one is set). */
import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadSiteConfig } from '../../../src/site-config.ts';

const empty = mkdtempSync(path.join(tmpdir(), 'site-config-'));

describe('loadSiteConfig', () => {
  it('leaves the origin unset when nothing configures it', () => {
    expect(loadSiteConfig({}, empty).site).toBeUndefined();
  });
  it('takes the origin from K8SMAP_SITE, without a trailing slash', () => {
    expect(loadSiteConfig({ K8SMAP_SITE: 'https://alice.github.io/' }, empty).site).toBe('https://alice.github.io');
  });
});
