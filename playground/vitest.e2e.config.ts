/**
 * End-to-end tests of the playground in a real browser (Debian's Chromium,
 * driven by playwright-core). Kept apart from `npm test`, which must pass on
 * a machine without a browser: run them with `npm run test:e2e`.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['playground/test/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
