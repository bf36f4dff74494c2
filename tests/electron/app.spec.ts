import { _electron as electron, expect, test } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Runs only where an Electron binary exists (tests/electron/run.mjs decides). */
test('the packaged window is isolated, sandboxed and offline', async () => {
  const userData = mkdtempSync(join(tmpdir(), 'ledger-electron-'));
  const app = await electron.launch({
    args: ['.'],
    env: { ...process.env, PARTY_LEDGER_USER_DATA: userData },
    ...(process.env['ELECTRON_PATH'] === undefined ? {} : { executablePath: process.env['ELECTRON_PATH'] }),
  });
  try {
    const window = await app.firstWindow();
    await expect(window.getByRole('heading', { name: '概览' })).toBeVisible();
    expect(window.url()).toMatch(/^app:\/\/ledger\//);

    // The window options themselves are asserted in tests/unit/electron/window-options.test.ts;
    // here the page must see no Node and only the preload's named API.
    expect(await window.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
    expect(await window.evaluate(() => Object.keys((window as unknown as { api: object }).api).sort())).toEqual([
      'app',
      'backup',
      'file',
      'files',
      'print',
      'shell',
    ]);
    expect(await app.evaluate(({ app: electronApp }) => electronApp.getPath('userData'))).toBe(userData);

    expect(await window.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
    const remote = await window.evaluate(() =>
      fetch('https://example.com/').then(
        () => 'loaded',
        () => 'blocked',
      ),
    );
    expect(remote).toBe('blocked');
    const info = await window.evaluate(() =>
      (window as unknown as { api: { app: { getInfo(): Promise<unknown> } } }).api.app.getInfo(),
    );
    expect(info).toMatchObject({ ok: true, value: { dataFolder: userData } });

    // The backup and stored-file areas answer inside the envelope; tokens and names never become paths.
    expect(
      await window.evaluate(() =>
        (window as unknown as { api: { backup: { read(input: unknown): Promise<unknown> } } }).api.backup.read({
          token: '00000000-0000-4000-8000-000000000000',
          offset: 0,
          length: 1,
        }),
      ),
    ).toMatchObject({ ok: false, error: { code: 'file-unreadable' } });
    expect(
      await window.evaluate(() =>
        (window as unknown as { api: { files: { read(input: unknown): Promise<unknown> } } }).api.files.read({
          storedPath: '../secret.txt',
        }),
      ),
    ).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  } finally {
    await app.close();
  }
});
