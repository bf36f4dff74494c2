import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const packageJson = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/**
 * The benchmark page: imports the app's own modules from renderer/src and exposes them on
 * `window.bench`, built apart from the app (dist/bench) so the production bundle has no test hooks.
 * It is served under /bench/ on the app's origin and so sees the app's IndexedDB.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  define: { __APP_VERSION__: JSON.stringify(packageJson.version) },
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../../../dist/bench', import.meta.url)),
    emptyOutDir: true,
    target: 'chrome120',
    chunkSizeWarningLimit: 10000,
    rolldownOptions: {
      input: {
        index: fileURLToPath(new URL('index.html', import.meta.url)),
        'raw-start': fileURLToPath(new URL('raw-start.html', import.meta.url)),
      },
    },
  },
});
