// @ts-check
/**
 * The baseline of `bench/build.bench.mjs`: a bare Astro site (the project's own astro and
 * pagefind packages) that renders the same Markdown notes as the project, one page per note,
 * with Astro's defaults (content layer glob loader, its Markdown pipeline with Shiki), and
 * indexes the output with Pagefind — what someone would write in an afternoon. Settings come
 * from the environment so the benchmark can point it at a generated notes folder:
 * BARE_CONTENT_DIR (required), BARE_OUT_DIR, BARE_CACHE_DIR.
 */
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const contentDir = process.env.BARE_CONTENT_DIR;
if (!contentDir) throw new Error('bench/bare-site: set BARE_CONTENT_DIR to the notes folder to build.');

/** Pagefind over the finished output folder, as the project does (src/integrations/pagefind.ts). */
function pagefind() {
  return {
    name: 'bare-pagefind',
    hooks: {
      /** @param {{ dir: URL, logger: import('astro').AstroIntegrationLogger }} opts */
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = Date.now();
        const pf = await import('pagefind');
        try {
          const { index, errors } = await pf.createIndex({});
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length > 0) throw new Error(added.errors.join('; '));
          const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
          if (written.errors.length > 0) throw new Error(written.errors.join('; '));
          logger.info(`Pagefind indexed ${added.page_count} pages in ${Date.now() - started} ms`);
        } finally {
          await pf.close();
        }
      },
    },
  };
}

export default defineConfig({
  site: 'https://example.github.io',
  output: 'static',
  outDir: process.env.BARE_OUT_DIR || './dist',
  cacheDir: process.env.BARE_CACHE_DIR || './node_modules/.astro',
  build: { format: 'directory' },
  trailingSlash: 'always',
  integrations: [pagefind()],
  devToolbar: { enabled: false },
  vite: { server: { fs: { allow: ['.', contentDir] } } },
});
