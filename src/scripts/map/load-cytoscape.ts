/**
 * Imports Cytoscape on demand (its own chunk, fetched only by pages that draw a graph).
 * The package's types describe a CommonJS `export =`; the ES build has a default export.
 */
import type cytoscapeType from 'cytoscape';

export type CytoscapeFactory = typeof cytoscapeType;

export async function loadCytoscape(): Promise<CytoscapeFactory> {
  const mod = (await import('cytoscape')) as unknown as { default?: CytoscapeFactory } & CytoscapeFactory;
  return mod.default ?? mod;
}
