import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** scripts/serve-web.mjs (browser mode) against a scratch folder, on a port the system picks. */
let server: ChildProcess;
let origin = '';

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'ledger-web-'));
  writeFileSync(
    join(root, 'index.html'),
    `<meta http-equiv="Content-Security-Policy" content="default-src 'self'"><title>台账</title>`,
  );
  server = spawn(process.execPath, ['scripts/serve-web.mjs'], {
    env: { ...process.env, PORT: '0', WEB_ROOT: root },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  origin = await new Promise<string>((resolve, reject) => {
    server.stdout?.on('data', (chunk: Buffer) => {
      const match = /http:\/\/127\.0\.0\.1:\d+/.exec(chunk.toString());
      if (match !== null) resolve(match[0]);
    });
    server.on('exit', (code) => reject(new Error(`serve-web exited ${String(code)}`)));
  });
});

afterAll(() => {
  server.kill();
});

/** A raw GET: the path is sent exactly as written (fetch would normalise it). */
function get(path: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined> }> {
  const url = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path, method: 'GET' }, (response) => {
      response.resume();
      resolve({ status: response.statusCode ?? 0, headers: response.headers });
    });
    req.on('error', reject);
    req.end();
  });
}

describe('browser-mode server', () => {
  it('answers a malformed URL with 400 and keeps serving', async () => {
    expect((await get('/%')).status).toBe(400);
    expect((await get('/%E0%A4%A')).status).toBe(400);
    expect((await get('/index.html')).status).toBe(200);
  });

  it('sends nosniff, no framing, and the page’s CSP with frame-ancestors as a header', async () => {
    const { headers } = await get('/');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['content-security-policy']).toBe("default-src 'self'; frame-ancestors 'none'");
    expect((await get('/missing.js')).headers['x-content-type-options']).toBe('nosniff');
  });

  it('never serves a file outside its folder', async () => {
    expect((await get('/../../etc/passwd')).status).toBe(404);
    expect((await get('/%2e%2e/%2e%2e/etc/passwd')).status).toBe(404);
  });
});
