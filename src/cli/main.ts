/**
 * Command line: check any notes folder without building the site.
 *   node src/cli/main.ts check [--content dir]          diagnostics + summary; exit 1 on errors
 *   node src/cli/main.ts graph [--content dir] [--json] summary, or the whole graph as JSON
 *   node src/cli/main.ts graph [--content dir] --explain <id>   why a concept exists
 * `--timings` (either command) prints the wall time of each stage of loadGraph to stderr.
 * Parse results are kept between runs in the project's cache folder, as `astro build` keeps them
 * (src/graph/disk-cache.ts): `--cache-dir <dir>` names another, `--no-cache` (or K8SMAP_CACHE=off) uses none.
 */
import path from 'node:path';
import { formatDiagnostics, formatSummary, graphToJson, contentPathPrefix } from '../graph/index.ts';
import { loadGraph, runStages } from '../graph/load.ts';
import { explainAbsent, explainConcept } from '../graph/explain.ts';
import { loadSiteConfig, nearestOption } from '../site-config.ts';
import { projectCacheDir } from '../graph/disk-cache.ts';

const USAGE = `usage:
  node src/cli/main.ts check [--content <dir>]            print diagnostics and a summary; exit 1 on errors
  node src/cli/main.ts graph [--content <dir>] [--json]   print a summary, or the whole graph as JSON
  node src/cli/main.ts graph [--content <dir>] --explain <id|name>
                                                        why a concept exists: where it was defined or
                                                        mentioned (file:line) and the rule that matched
options:
  --timings          print how long each stage of the graph build took (stderr)
  --cache-dir <dir>  keep parse results between runs here (default: the project's cache folder,
                     K8SMAP_CACHE_DIR or node_modules/.astro, as astro build does)
  --no-cache         do not use the parse cache (as K8SMAP_CACHE=off)
`;

interface Args {
  command: string;
  content?: string;
  json: boolean;
  pretty: boolean;
  timings: boolean;
  explain?: string;
  /** The cache directory; false: no cache. */
  cache?: string | false;
}

const OPTIONS = ['--content', '--json', '--pretty', '--timings', '--no-cache', '--cache-dir', '--explain', '--help'] as const;


export function parseArgs(argv: string[]): Args | string {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h') return USAGE;
  const args: Args = { command, json: false, pretty: false, timings: false };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (a === '--content' || a === '-c') {
      const v = rest[++i];
      if (v === undefined) return `--content needs a folder\n${USAGE}`;
      args.content = v;
    } else if (a.startsWith('--content=')) args.content = a.slice('--content='.length);
    else if (a === '--json') args.json = true;
    else if (a === '--pretty') args.pretty = true;
    else if (a === '--timings') args.timings = true;
    else if (a === '--no-cache') args.cache = false;
    else if (a === '--cache-dir') {
      const v = rest[++i];
      if (v === undefined) return `--cache-dir needs a folder\n${USAGE}`;
      args.cache = v;
    } else if (a.startsWith('--cache-dir=')) args.cache = a.slice('--cache-dir='.length);
    else if (a === '--explain') {
      const v = rest[++i];
      if (v === undefined) return `--explain needs a concept id or name\n${USAGE}`;
      args.explain = v;
    } else if (a.startsWith('--explain=')) args.explain = a.slice('--explain='.length);
    else if (a === '--help' || a === '-h') return USAGE;
    // a folder written without the flag (`npm run check -- ~/notes`): say how to pass it
    else if (!a.startsWith('-') && !/^[\u2010-\u2015\u2212]/.test(a)) return `unknown argument ${a}: to read the notes of a folder, write --content ${a}\n${USAGE}`;
    else {
      // a misspelt option (`--contnet`, `--jsno`, `—content` from a phone keyboard): name the one meant
      const near = nearestOption(a, OPTIONS);
      return `unknown option ${a}${near ? ` (did you mean ${near}?)` : ''}\n${USAGE}`;
    }
  }
  if (command !== 'check' && command !== 'graph') return `unknown command ${command}\n${USAGE}`;
  return args;
}

function useColor(): boolean {
  return process.stdout.isTTY === true && !process.env.NO_COLOR;
}

export async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    process.stderr.write(args);
    return args === USAGE ? 0 : 2;
  }
  const contentDir = args.content !== undefined ? path.resolve(args.content) : loadSiteConfig().contentDir;
  const stageTimes: [string, number][] = [];
  const opts = {
    ...(args.timings ? { onStage: (name: string, ms: number) => stageTimes.push([name, ms]) } : {}),
    ...(args.explain !== undefined ? { keepRejections: true } : {}),
    cache: args.cache === undefined ? projectCacheDir() : args.cache,
  };
  // `--explain` reads the whole build context; the rest only the graph, which may come whole
  // from the disk cache (load.ts `loadGraph`)
  const ctx = args.explain !== undefined ? await runStages(contentDir, opts) : undefined;
  const graph = ctx ? ctx.graph! : await loadGraph(contentDir, opts);
  if (args.timings) {
    const total = stageTimes.reduce((s, [, ms]) => s + ms, 0);
    for (const [name, ms] of stageTimes) {
      process.stderr.write(`${name.padEnd(13)} ${ms.toFixed(0).padStart(7)} ms ${((100 * ms) / (total || 1)).toFixed(1).padStart(5)}%\n`);
    }
    process.stderr.write(`${'total'.padEnd(13)} ${total.toFixed(0).padStart(7)} ms\n`);
  }
  const pathPrefix = contentPathPrefix(contentDir);
  const failed = graph.stats.errors > 0;
  if (args.command === 'check') {
    process.stdout.write(formatDiagnostics(graph.diagnostics, { pathPrefix, stats: graph.stats, color: useColor() }));
    return failed ? 1 : 0;
  }
  if (args.explain !== undefined) {
    const text = explainConcept(ctx!, args.explain, pathPrefix);
    if (text === undefined) {
      // a name that is no concept: where the miner read it and which rule said no
      process.stderr.write(explainAbsent(ctx!, args.explain, pathPrefix));
      return 1;
    }
    process.stdout.write(text);
    return 0;
  }
  if (args.json) {
    process.stdout.write(graphToJson(graph, args.pretty));
    if (graph.diagnostics.length > 0) process.stderr.write(formatDiagnostics(graph.diagnostics, { pathPrefix }));
    process.stderr.write(formatSummary(graph.stats) + '\n');
    return failed ? 1 : 0;
  }
  const byKind = new Map<string, number>();
  for (const c of graph.concepts) byKind.set(c.kind, (byKind.get(c.kind) ?? 0) + 1);
  const byType = new Map<string, number>();
  for (const e of graph.edges) byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
  const fmt = (m: Map<string, number>): string => [...m].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${k} ${v}`).join(', ');
  let out = `content: ${pathPrefix || './'}\nroot: ${graph.root}\n`;
  out += `concepts by kind: ${fmt(byKind) || 'none'}\nedges by type: ${fmt(byType) || 'none'}\n`;
  out += `assets: ${graph.assets.length}\n`;
  out += formatDiagnostics(graph.diagnostics, { pathPrefix, stats: graph.stats, color: useColor() });
  process.stdout.write(out);
  return failed ? 1 : 0;
}

const isEntry = process.argv[1] !== undefined && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isEntry) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`internal error: ${(err as Error).stack ?? String(err)}\n`);
      process.exitCode = 2;
    },
  );
}
