import { defineCollection } from 'astro:content';
import { graphLoader } from './lib/graph-loader.ts';

export const collections = {
  graph: defineCollection({ loader: graphLoader() }),
};
