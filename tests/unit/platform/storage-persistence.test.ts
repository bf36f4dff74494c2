import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  onStoragePersistenceChange,
  requestStoragePersistence,
  storagePersistence,
  storageUse,
} from '../../../renderer/src/platform/storage-persistence';

function browserWith(storage: Partial<StorageManager> | undefined) {
  vi.stubGlobal('navigator', storage === undefined ? {} : { storage });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('asking the browser to keep the ledger', () => {
  it('records a refusal and then a grant, telling listeners each time', async () => {
    const persist = vi.fn(() => Promise.resolve(false));
    browserWith({ persist });
    const heard = vi.fn();
    const stop = onStoragePersistenceChange(heard);
    expect(await requestStoragePersistence('browser')).toBe('refused');
    expect(storagePersistence()).toBe('refused');
    persist.mockResolvedValueOnce(true);
    expect(await requestStoragePersistence('browser')).toBe('granted');
    expect(storagePersistence()).toBe('granted');
    expect(heard).toHaveBeenCalledTimes(2);
    stop();
  });

  it('counts a browser without navigator.storage (not a secure context) as unsupported', async () => {
    browserWith(undefined);
    expect(await requestStoragePersistence('browser')).toBe('unsupported');
  });

  it('counts a persist() that throws as refused', async () => {
    browserWith({ persist: () => Promise.reject(new Error('denied')) });
    expect(await requestStoragePersistence('browser')).toBe('refused');
  });

  it('in Electron reports the app profile whatever the browser answers', async () => {
    const persist = vi.fn(() => Promise.resolve(false));
    browserWith({ persist });
    expect(await requestStoragePersistence('electron')).toBe('app-profile');
    expect(persist).toHaveBeenCalled();
  });
});

describe('storage use', () => {
  it('passes usage and quota on, and null when the browser does not say', async () => {
    browserWith({ estimate: () => Promise.resolve({ usage: 2048, quota: 4096 }) });
    expect(await storageUse()).toEqual({ usage: 2048, quota: 4096 });
    browserWith({ estimate: () => Promise.resolve({}) });
    expect(await storageUse()).toBeNull();
    browserWith(undefined);
    expect(await storageUse()).toBeNull();
  });
});
