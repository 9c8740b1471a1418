import { defineConfig } from 'vitest/config';
export default defineConfig({
  test: {
    include: ['tests/graph-load.test.ts', 'tests/readme-queries.test.ts'],
    globalSetup: ['/tmp/my-neo4j/vt/setup.ts'],
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
