/**
 * The concept graph engine: Markdown notes → one typed, validated, deterministic Graph.
 * Public API: `loadGraph`, `formatDiagnostics`, `formatSummary`, the model types, and the
 * `@base/` placeholder that rendered hrefs start with.
 */
export { loadGraph, type LoadOptions } from './load.ts';
export { formatDiagnostics, formatSummary, compareDiagnostics, contentPathPrefix, type FormatOptions } from './diagnostics.ts';
export { BASE_PLACEHOLDER, conceptHref, assetHref } from './links.ts';
export { graphToJson } from './json.ts';
export * from './model.ts';
