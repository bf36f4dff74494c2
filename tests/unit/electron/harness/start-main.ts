/**
 * Starts the real main process (electron/main/index.ts) and the real preload under the fake
 * `electron` module, with a temporary userData folder and a temporary app root holding a tiny
 * dist/renderer. The calling test file must first do:
 *
 *   vi.mock('electron', () => import('./harness/fake-electron'));
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LedgerApi } from '../../../../electron/shared/ipc-contract';

export interface StartedMain {
  fake: typeof import('./fake-electron');
  api: LedgerApi;
  userData: string;
  appRoot: string;
  /** A scratch folder for dialogs to point at. */
  outside: string;
}

export async function startMain(options: { packaged?: boolean; switches?: string[] } = {}): Promise<StartedMain> {
  const userData = mkdtempSync(join(tmpdir(), 'ledger-main-userdata-'));
  const appRoot = mkdtempSync(join(tmpdir(), 'ledger-main-approot-'));
  const outside = mkdtempSync(join(tmpdir(), 'ledger-main-outside-'));
  const renderer = join(appRoot, 'dist', 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>台账</title>');
  writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log(1);');
  writeFileSync(join(appRoot, 'secret.txt'), '不应被读到');
  process.env['PARTY_LEDGER_USER_DATA'] = userData;
  delete process.env['VITE_DEV_SERVER_URL'];

  const fake = await import('./fake-electron');
  fake.app.appPath = appRoot;
  fake.app.isPackaged = options.packaged ?? false;
  for (const name of options.switches ?? []) fake.harness.setSwitch(name);
  await import('../../../../electron/main/index');
  await fake.harness.makeReady();
  await import('../../../../electron/preload/index');
  const api = fake.harness.exposed('api') as LedgerApi;
  return { fake, api, userData, appRoot, outside };
}
