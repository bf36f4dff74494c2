import { defineConfig } from 'vitest/config';

/** Documents rendered by LibreOffice to PDF and read back with poppler; slow, so a suite of its own. */
export default defineConfig({
  test: {
    include: ['tests/docs/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
  define: { __APP_VERSION__: JSON.stringify('test') },
});
