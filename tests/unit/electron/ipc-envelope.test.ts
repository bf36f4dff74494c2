import { describe, expect, it, vi } from 'vitest';
import { isTrustedSender, runIpcCall } from '../../../electron/main/ipc/envelope';
import { IpcFailure } from '../../../electron/main/ipc/envelope';
import { APP_ORIGIN, MAX_OPEN_FILE_BYTES } from '../../../electron/shared/ipc-contract';

const appUrl = `${APP_ORIGIN}/index.html#/settings`;

describe('IPC envelope', () => {
  it('refuses a call from a page that is not the app', async () => {
    const handler = vi.fn(() => ({ printed: true }));
    const result = await runIpcCall('print:page', 'https://example.com/', undefined, handler);
    expect(result).toEqual({
      ok: false,
      error: { code: 'forbidden-sender', message: expect.stringContaining('拒绝') },
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses a file:save-as without bytes, and never runs the handler', async () => {
    const handler = vi.fn(() => ({ saved: false as const }));
    const result = await runIpcCall('file:save-as', appUrl, { suggestedName: 'a.docx', filters: [] }, handler);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-input');
      expect(result.error.message).toMatch(/参数不正确/);
    }
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses a suggested file name that could escape the chosen folder', async () => {
    const handler = vi.fn(() => ({ saved: false as const }));
    const result = await runIpcCall(
      'file:save-as',
      appUrl,
      { bytes: new Uint8Array([1]), suggestedName: '../../evil.exe', filters: [] },
      handler,
    );
    expect(result.ok).toBe(false);
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses a file:open size limit above the hard maximum', async () => {
    const handler = vi.fn(() => ({ opened: false as const }));
    const result = await runIpcCall('file:open', appUrl, { filters: [], maxBytes: MAX_OPEN_FILE_BYTES + 1 }, handler);
    expect(result.ok).toBe(false);
    expect(handler).not.toHaveBeenCalled();
  });

  it('passes valid input to the handler and wraps its value', async () => {
    const result = await runIpcCall(
      'file:save-as',
      appUrl,
      {
        bytes: new Uint8Array([1, 2]),
        suggestedName: '签到表.docx',
        filters: [{ name: 'Word', extensions: ['docx'] }],
      },
      (input) => ({ saved: true, path: `/tmp/${input.suggestedName}` }),
    );
    expect(result).toEqual({ ok: true, value: { saved: true, path: '/tmp/签到表.docx' } });
  });

  it('turns a handler failure into its Chinese message', async () => {
    const result = await runIpcCall('file:open', appUrl, { filters: [] }, () => {
      throw new IpcFailure('file-too-large', '文件太大');
    });
    expect(result).toEqual({ ok: false, error: { code: 'file-too-large', message: '文件太大' } });
  });

  it('hides an unexpected error behind a generic message and logs it', async () => {
    const logError = vi.fn();
    const result = await runIpcCall(
      'app:get-info',
      appUrl,
      undefined,
      () => {
        throw new TypeError('boom');
      },
      { logError },
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/内部错误/);
    expect(logError).toHaveBeenCalledOnce();
  });

  it('trusts the dev server only when one is configured', () => {
    expect(isTrustedSender('http://127.0.0.1:5173/', undefined)).toBe(false);
    expect(isTrustedSender('http://127.0.0.1:5173/', 'http://127.0.0.1:5173/')).toBe(true);
    expect(isTrustedSender(undefined, undefined)).toBe(false);
    expect(isTrustedSender('app://other/index.html', undefined)).toBe(false);
  });
});
