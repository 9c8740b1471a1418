import { defineConfig } from 'vitest/config';
export default defineConfig({
  root: '/work/main',
  test: { include: ['tests/api*.test.ts'], fileParallelism: false, testTimeout: 120_000, hookTimeout: 600_000 },
});
