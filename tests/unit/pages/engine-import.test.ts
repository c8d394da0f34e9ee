import { afterEach, describe, expect, it } from 'vitest';
import { importEngine, provideEngineImport, type Engine } from '../../../src/lib/engine-import.ts';
import { graphIntegration, nodeLoadedLayers } from '../../../src/integrations/graph.ts';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as engine from '../../../src/graph/index.ts';

const KEY = Symbol.for('k8s-skill-map.engine-import');
const slot = globalThis as Record<symbol, unknown>;

describe('engine-import: the engine the content loader uses in a build', () => {
  afterEach(() => {
    delete slot[KEY];
  });

  it('is its own import of src/graph when no integration provided one', async () => {
    delete slot[KEY];
    const got = await importEngine();
    expect(got.loadGraph).toBe(engine.loadGraph);
    expect(got.formatDiagnostics).toBe(engine.formatDiagnostics);
  });

  it('comes from the import the integration provided, called once per use', async () => {
    let calls = 0;
    const stand = { ...engine, loadGraph: (async () => ({})) as unknown as Engine['loadGraph'] } as Engine;
    provideEngineImport(async () => {
      calls++;
      return stand;
    });
    expect(await importEngine()).toBe(stand);
    expect(calls).toBe(1);
  });

  it('is provided by the graph integration (an import of src/graph made from its module)', async () => {
    delete slot[KEY];
    graphIntegration();
    expect(typeof slot[KEY]).toBe('function');
    const got = await importEngine();
    expect(typeof got.loadGraph).toBe('function');
    expect(typeof got.contentPathPrefix).toBe('function');
  });
});

describe('nodeLoadedLayers: the pages import the engine and the views as Node loads them (astro build)', () => {
  const plugin = nodeLoadedLayers();
  const resolve = (source: string, importer: string | undefined) =>
    (plugin.resolveId as (s: string, i: string | undefined) => unknown)(source, importer);
  const src = fileURLToPath(new URL('../../../src/', import.meta.url));

  it('makes relative imports into src/graph and src/views absolute externals, and nothing else', () => {
    expect(resolve('../views/index.ts', path.join(src, 'lib/views.ts'))).toEqual({ id: path.join(src, 'views/index.ts'), external: 'absolute' });
    expect(resolve('../../graph/vocabulary/index.ts', path.join(src, 'pages/concepts/[id].astro?astro&type=script'))).toEqual({
      id: path.join(src, 'graph/vocabulary/index.ts'),
      external: 'absolute',
    });
    expect(resolve('./views.ts', path.join(src, 'lib/page-highlight.ts'))).toBeNull();
    expect(resolve('../lib/urls.ts', path.join(src, 'views/index.ts'))).toBeNull();
    expect(resolve('../graphs/x.ts', path.join(src, 'lib/views.ts'))).toBeNull();
    expect(resolve('@dagrejs/dagre', path.join(src, 'views/state-diagram.ts'))).toBeNull();
    expect(resolve('./src/graph/index.ts', undefined)).toBeNull();
  });

  it('applies to the pages’ build only, not to the browser bundles or the dev server', () => {
    expect(plugin.apply).toBe('build');
    const applies = plugin.applyToEnvironment as (env: { name: string }) => boolean;
    expect(applies({ name: 'prerender' })).toBe(true);
    expect(applies({ name: 'client' })).toBe(false);
    expect(applies({ name: 'ssr' })).toBe(false);
  });

  it('is added to the build by the graph integration', () => {
    const added: unknown[] = [];
    const hook = graphIntegration().hooks['astro:build:setup'] as (o: { updateConfig: (c: { plugins?: unknown[] }) => void }) => void;
    hook({ updateConfig: (c) => added.push(...(c.plugins ?? [])) });
    expect(added.map((p) => (p as { name: string }).name)).toEqual([plugin.name]);
  });

  it('relies on every module of src/graph and src/views loading in Node itself (no Vite transform)', () => {
    const files = ['graph', 'views'].flatMap((d) =>
      readdirSync(path.join(src, d), { recursive: true })
        .map(String)
        .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && !f.endsWith('-worker.ts')) // a worker's entry needs its parent
        .map((f) => path.join(src, d, f)),
    );
    expect(files.length).toBeGreaterThan(50);
    const script = `for (const f of ${JSON.stringify(files)}) await import(f);`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(run.stderr.replace(/^.*ExperimentalWarning.*$|^\(Use `node --trace-warnings.*$/gm, '').trim()).toBe('');
    expect(run.status).toBe(0);
  });
});
