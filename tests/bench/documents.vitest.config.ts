import { defineConfig } from 'vitest/config';

/** npx vitest bench --run --config tests/bench/documents.vitest.config.ts — document-building benchmarks. */
export default defineConfig({
  test: { environment: 'node', benchmark: { include: ['tests/bench/**/*.bench.ts'] } },
  define: { __APP_VERSION__: JSON.stringify('bench') },
});
