/** A packaged app started with a debugging switch quits before it opens anything. */
import { describe, expect, it, vi } from 'vitest';
import { startedWithDebugSwitch } from '../../../electron/main/security';
import { startMain } from './harness/start-main';

vi.mock('electron', () => import('./harness/fake-electron'));

describe('a packaged app started with --remote-debugging-port', () => {
  it('exits at once: no window, no IPC, no app:// handler', async () => {
    const main = await startMain({ packaged: true, switches: ['remote-debugging-port'] });
    expect(main.fake.calls.exit).toEqual([1]);
    expect(main.fake.harness.windows()).toHaveLength(0);
    expect(main.fake.harness.channels()).toEqual([]);
    expect(main.fake.harness.protocolHandler('app')).toBeUndefined();
  });

  it('recognises every debugging switch, as a switch or in argv', () => {
    for (const name of ['remote-debugging-port', 'remote-debugging-pipe', 'inspect', 'inspect-brk', 'inspect-port']) {
      expect(startedWithDebugSwitch((s) => s === name, [])).toBe(true);
    }
    expect(startedWithDebugSwitch(() => false, ['app.exe', '--inspect=9229'])).toBe(true);
    expect(startedWithDebugSwitch(() => false, ['app.exe', '--remote-debugging-port=9222'])).toBe(true);
    expect(startedWithDebugSwitch(() => false, ['app.exe', '--lang=zh-CN'])).toBe(false);
  });
});
