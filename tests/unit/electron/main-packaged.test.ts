/** The main process started as a packaged (release) app, under the fake `electron` module. */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { StartedMain } from './harness/start-main';
import { startMain } from './harness/start-main';

vi.mock('electron', () => import('./harness/fake-electron'));

let main: StartedMain;
beforeAll(async () => {
  main = await startMain({ packaged: true });
});

describe('a packaged app', () => {
  it('has no developer tools: none in the window, none in the menu', () => {
    const prefs = main.fake.harness.windows()[0]?.options['webPreferences'] as Record<string, unknown>;
    expect(prefs['devTools']).toBe(false);
    expect(main.fake.harness.menuItem('开发者工具')).toBeUndefined();
    expect(main.fake.harness.menuItem('重新加载')).toBeUndefined();
  });

  it('loads the app from its own app:// origin and answers IPC', async () => {
    expect(main.fake.harness.windows()[0]?.webContents.getURL()).toBe('app://ledger/index.html');
    const info = await main.api.app.getInfo();
    expect(info.ok).toBe(true);
  });
});
