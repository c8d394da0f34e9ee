/**
 * Read access to the concept graph for Astro pages. Pages never parse notes themselves: they
 * read the one graph entry the content loader stored, through these helpers.
 */
import { getEntry } from 'astro:content';
import type { Graph } from '../graph/model.ts';
import { indexGraph, type GraphIndex } from '../graph/graph-index.ts';

export type { GraphIndex };

let cached: { graph: Graph; index: GraphIndex } | undefined;

/** The graph and its lookup index (rebuilt only when the loader stored a new graph). */
export async function getGraphIndex(): Promise<GraphIndex> {
  const entry = await getEntry('graph', 'graph');
  if (!entry) throw new Error('The concept graph was not loaded: check the content loader output above.');
  const graph = entry.data as unknown as Graph;
  if (cached?.graph !== graph) cached = { graph, index: indexGraph(graph) };
  return cached.index;
}

export async function getGraph(): Promise<Graph> {
  return (await getGraphIndex()).graph;
}
