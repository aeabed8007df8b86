import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // The data index is generated: a year's new JSON file is read without a separate `npm run gen`.
    globalSetup: ['test/helpers/genData.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Browser and LibreOffice tests start real programs; two cores, so keep them apart.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
