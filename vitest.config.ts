import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Unit tests never depend on wall time; generous timeouts (tests and beforeAll hooks, which
    // load whole graphs) only guard against hangs on a small, shared machine.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
