// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { contentDirArg, loadSiteConfig } from './src/site-config.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { assetsDevIntegration } from './src/integrations/assets-dev.ts';
import { graphIntegration } from './src/integrations/graph.ts';
import { uiStringsPlugin } from './src/lib/ui-strings.ts';
import { tokenColoursPlugin } from './src/lib/token-colours.ts';

// `npm run build -- --content <dir>` (and dev): the notes folder, as the CLI takes it. Passed on
// through K8SMAP_CONTENT_DIR, which the content loader in this process reads too.
const contentFlag = contentDirArg(process.argv.slice(2));
if (contentFlag !== undefined) process.env.K8SMAP_CONTENT_DIR = contentFlag;
const config = loadSiteConfig();

export default defineConfig({
  site: config.site,
  base: config.base,
  trailingSlash: 'always',
  output: 'static',
  // Separate output and cache folders let two builds (say, the site and the base-path fixture
  // site used by the browser tests) run side by side.
  outDir: process.env.K8SMAP_OUT_DIR || './dist',
  cacheDir: process.env.K8SMAP_CACHE_DIR || './node_modules/.astro',
  // Stylesheets as files, never inlined: the small ones (the kind badge's, the progress
  // picker's, about 1.5 KB) were repeated in every page; as files they are fetched once and cached.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Pagefind runs after the sitemap, over the finished output folder.
  // graphIntegration: `astro dev` reloads the page as soon as an edited note is in the graph;
  // `astro build` lets go of the graph before Pagefind runs (so it comes before Pagefind).
  // assetsDevIntegration: note images under /assets/ in `astro dev` (see the file).
  // The sitemap (and canonical URLs, robots.txt's Sitemap line) only once the origin is configured.
  integrations: [...(config.site ? [sitemap()] : []), graphIntegration(), pagefindIntegration(), assetsDevIntegration()],
  devToolbar: { enabled: false },
  vite: {
    // The notes folder may live outside the project: let the dev server watch it.
    server: { fs: { allow: ['.', config.contentDir] } },
    // The UI-string tables browser scripts import (`virtual:ui-strings/<name>`): once per site,
    // in the scripts' cacheable chunks, instead of inlined in every page. The highlighted
    // examples' token colour classes (`virtual:token-colours.css`, src/lib/token-colours.ts).
    plugins: [uiStringsPlugin(), tokenColoursPlugin()],
  },
});
