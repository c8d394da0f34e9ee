/** Every Markdown note under BARE_CONTENT_DIR is an entry, loaded by Astro's own glob loader. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
  notes: defineCollection({ loader: glob({ pattern: '**/*.md', base: process.env.BARE_CONTENT_DIR! }) }),
};
