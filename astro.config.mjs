// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { loadSiteConfig } from './src/site-config.ts';

const config = loadSiteConfig();

export default defineConfig({
  site: config.site,
  base: config.base,
  trailingSlash: 'always',
  output: 'static',
  outDir: process.env.K8SMAP_OUT_DIR || './dist',
  build: { format: 'directory' },
  integrations: [sitemap()],
  devToolbar: { enabled: false },
  vite: {
    // The notes folder may live outside the project: let the dev server watch it.
    server: { fs: { allow: ['.', config.contentDir] } },
  },
});
