import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';

/** The built app on 127.0.0.1 through scripts/serve-web.mjs, with the bench page under /bench/. */
export async function startServer(
  repoRoot: string,
  port: number,
  benchRoot: string,
): Promise<{ url: string; stop: () => void }> {
  const child: ChildProcess = spawn(process.execPath, ['scripts/serve-web.mjs'], {
    cwd: repoRoot,
    env: { ...process.env, PORT: String(port), BENCH_ROOT: benchRoot },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    let errorText = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('http://')) resolve();
    });
    child.stderr?.on('data', (chunk: Buffer) => (errorText += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`serve-web.mjs 退出（${String(code)}）：${errorText}`)));
  });
  return { url: `http://127.0.0.1:${port}/`, stop: () => child.kill() };
}
