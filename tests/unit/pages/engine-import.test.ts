import { afterEach, describe, expect, it } from 'vitest';
import { importEngine, provideEngineImport, type Engine } from '../../../src/lib/engine-import.ts';
import { graphIntegration } from '../../../src/integrations/graph.ts';
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
