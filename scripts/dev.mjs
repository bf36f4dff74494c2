// npm run dev: Vite with hot reload for the renderer, and Electron pointed at it.
import { spawn } from 'node:child_process';
import { createServer } from 'vite';

const server = await createServer({ configFile: 'renderer/vite.config.ts' });
await server.listen();
const url = server.resolvedUrls?.local[0];
if (url === undefined) throw new Error('Vite dev server did not report its address');
await import('./build-electron.mjs');

const electronPath = (await import('electron')).default;
const child = spawn(electronPath, ['.'], { stdio: 'inherit', env: { ...process.env, VITE_DEV_SERVER_URL: url } });
child.on('exit', async (code) => {
  await server.close();
  process.exit(code ?? 0);
});
