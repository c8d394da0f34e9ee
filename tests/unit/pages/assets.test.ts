import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { assetRoutePath, contentTypeOf, resolveAssetFile } from '../../../src/views/assets.ts';

describe('asset routes', () => {
  it('serves an asset at its content-relative path (what @base/assets/… links encode)', () => {
    expect(assetRoutePath({ from: 'notes/img/a.png', to: 'assets/notes/img/a.png' })).toBe('notes/img/a.png');
    expect(assetRoutePath({ from: 'notes/图 1.png', to: '/assets/notes/%E5%9B%BE%201.png' })).toBe('notes/图 1.png');
    expect(assetRoutePath({ from: 'notes/b.svg', to: 'somewhere/else.svg' })).toBe('notes/b.svg');
  });

  it('refuses paths that leave the assets folder', () => {
    expect(assetRoutePath({ from: '../secret', to: 'assets/../../secret' })).toBeUndefined();
    expect(assetRoutePath({ from: '../secret', to: 'x' })).toBeUndefined();
    expect(resolveAssetFile('/notes', '../etc/passwd')).toBeUndefined();
    expect(resolveAssetFile('/notes', 'img/a.png')).toBe(path.resolve('/notes/img/a.png'));
  });

  it('knows common content types', () => {
    expect(contentTypeOf('.PNG')).toBe('image/png');
    expect(contentTypeOf('.svg')).toBe('image/svg+xml');
    expect(contentTypeOf('.bin')).toBe('application/octet-stream');
  });
});

import { devAssetUrl } from '../../../src/integrations/assets-dev.ts';

describe('dev server asset URLs', () => {
  it('adds the trailing slash Astro dev needs for files under <base>assets/', () => {
    expect(devAssetUrl('/k8s-map/assets/notes/img/a.png', '/k8s-map/')).toBe('/k8s-map/assets/notes/img/a.png/');
    expect(devAssetUrl('/assets/%E5%9B%BE%201.png?v=1', '/')).toBe('/assets/%E5%9B%BE%201.png/?v=1');
    expect(devAssetUrl('/assets/a.png/', '/')).toBeUndefined();
    expect(devAssetUrl('/concepts/pod/', '/')).toBeUndefined();
    expect(devAssetUrl('/assets/folder', '/')).toBeUndefined();
    expect(devAssetUrl('/k8s-map/assets/a.png', '/')).toBeUndefined();
  });
});
