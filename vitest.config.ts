import { defineConfig } from 'vitest/config';
import { uiStringsPlugin } from './src/lib/ui-strings.ts';

export default defineConfig({
  // Browser modules under test may import the UI-string tables (`virtual:ui-strings/<name>`).
  plugins: [uiStringsPlugin()],
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Unit tests never depend on wall time; generous timeouts (tests and beforeAll hooks, which
    // load whole graphs) only guard against hangs on a small, shared machine.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Hermetic: no test that loads a graph (through the command line, say) writes the parse
    // cache into the project's node_modules/.astro; the cache's own tests turn it on, in
    // temporary folders (tests/unit/graph/disk-cache.test.ts).
    env: { K8SMAP_CACHE: 'off' },
  },
});
