// npm run bench [-- --scale S,M|L] [--runs N] [--only id,id] [--fresh]: builds the renderer and the
// bench page, runs every figure in Chromium with an on-disk profile, and prints the table.
// Not part of npm test. The runner is TypeScript (type-checked by tests/tsconfig.json), bundled here.
import { build } from 'esbuild';
import { fileURLToPath, pathToFileURL } from 'node:url';

const outfile = fileURLToPath(new URL('../../dist/bench-runner/main.mjs', import.meta.url));
await build({
  entryPoints: [fileURLToPath(new URL('./runner/main.ts', import.meta.url))],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
await import(pathToFileURL(outfile).href);
