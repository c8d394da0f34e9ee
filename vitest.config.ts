import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Unit tests never depend on wall time; a generous timeout only guards against hangs.
    testTimeout: 60_000,
  },
});
