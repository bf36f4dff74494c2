import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ app: {}, dialog: {}, shell: {}, ipcMain: { handle: vi.fn() }, BrowserWindow: vi.fn() }));

const { extensionAllowed, importSizeProblem, resolveStoredPath, storedNameFor } =
  await import('../../../electron/main/ipc/files');
const { runIpcCall } = await import('../../../electron/main/ipc/envelope');
const { APP_ORIGIN } = await import('../../../electron/shared/ipc-contract');

describe('stored files (courseware, receipts) in userData/files', () => {
  const root = '/data/ledger/files';

  it('names a copy by a fresh id and the original extension', () => {
    expect(storedNameFor('党史课.MP4', '0f8fad5b-d9cb-469f-a165-70867728950e')).toBe(
      '0f8fad5b-d9cb-469f-a165-70867728950e.mp4',
    );
    expect(storedNameFor('无扩展名', 'id')).toBe('id');
  });

  it('resolves only names inside the files folder', () => {
    expect(resolveStoredPath(root, 'abc.mp4')).toBe('/data/ledger/files/abc.mp4');
    expect(() => resolveStoredPath(root, '../secret.txt')).toThrow('已拒绝');
    expect(() => resolveStoredPath(root, '/etc/passwd')).toThrow('已拒绝');
    expect(() => resolveStoredPath(root, 'sub/abc.mp4')).toThrow('已拒绝');
  });

  it('refuses a file over the limit or an empty one with the reason', () => {
    expect(importSizeProblem('a.mp4', 600 * 1024 * 1024, 500 * 1024 * 1024)).toContain('超过了 500 MB 的上限');
    expect(importSizeProblem('a.mp4', 0, 10)).toContain('是空的');
    expect(importSizeProblem('a.mp4', 5, 10)).toBeNull();
  });

  it('accepts only extensions the dialog offered', () => {
    const filters = [{ name: '课件', extensions: ['mp4', 'PDF'] }];
    expect(extensionAllowed('a.MP4', filters)).toBe(true);
    expect(extensionAllowed('a.pdf', filters)).toBe(true);
    expect(extensionAllowed('a.exe', filters)).toBe(false);
  });

  it('the contract refuses a stored path the page made up', async () => {
    const handler = vi.fn(() => new Uint8Array());
    const result = await runIpcCall(
      'files:read',
      `${APP_ORIGIN}/index.html`,
      { storedPath: '../../etc/passwd' },
      handler,
    );
    expect(result.ok).toBe(false);
    expect(handler).not.toHaveBeenCalled();
    const fine = await runIpcCall(
      'files:read',
      `${APP_ORIGIN}/index.html`,
      { storedPath: '0f8fad5b-d9cb-469f-a165-70867728950e.wav' },
      handler,
    );
    expect(fine.ok).toBe(true);
  });
});
