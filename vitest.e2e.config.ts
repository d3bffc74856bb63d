import { defineConfig } from 'vitest/config';

// End-to-end tests drive a real Chromium with the built extension (.output/chrome-mv3);
// `npm run test:e2e` builds first. One file at a time: the machines have two cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
