/**
 * Astro integration: after `astro build` writes the site, index it with Pagefind (its npm
 * package runs the CJK-segmenting binary) into `<outDir>/pagefind/`. Pages that mark their
 * main content with `data-pagefind-body` are indexed by that part only (and only those pages,
 * once any page has it); the search dialog imports `<base>pagefind/pagefind.js` on demand.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';

/** Pagefind's ready-made UIs: our dialog uses only the search API (`pagefind.js`), so these go. */
const UNUSED_UI = /^pagefind-(ui|modular-ui|component-ui)\.(js|css)$|^pagefind-highlight\.js$/;

export function pagefindIntegration(): AstroIntegration {
  return {
    name: 'k8smap-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = Date.now();
        const pagefind = await import('pagefind');
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          for (const f of await readdir(written.outputPath)) {
            if (UNUSED_UI.test(f)) await rm(path.join(written.outputPath, f));
          }
          logger.info(`Pagefind indexed ${added.page_count} pages into ${path.relative(process.cwd(), written.outputPath) || written.outputPath} in ${Date.now() - started} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
