/**
 * The main-process harness: electron/main/index.ts really starts (under the fake `electron` module),
 * the real preload builds window.api over the fake ipcRenderer, and every IPC channel is called the
 * way the page calls it.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { APP_ORIGIN, channelsRefusedWhileLocked, ipcContract } from '../../../electron/shared/ipc-contract';
import type { IpcChannel } from '../../../electron/shared/ipc-contract';
import type { StartedMain } from './harness/start-main';
import { startMain } from './harness/start-main';
import { createElectronPlatform } from '../../../renderer/src/platform/electron-platform';
import { LATEST_SCHEMA_VERSION } from '../../../renderer/src/db/versions';
import { restoreBackup } from '../../../renderer/src/io/backup/restore-backup';
import { writeBackup } from '../../../renderer/src/io/backup/write-backup';
import { verifyWrittenBackup } from '../../../renderer/src/io/backup/verify-written';
import { dumpAll, scratchDatabases, seedStore } from '../io/backup/helpers';

vi.mock('electron', () => import('./harness/fake-electron'));

let main: StartedMain;
beforeAll(async () => {
  main = await startMain();
});

const foreignFrames = ['https://example.com/', 'file:///etc/passwd', 'app://ledger.evil.com/index.html', null];

/** One valid input per channel (dialogs are answered "cancel" unless a test says otherwise). */
const validInputs: Record<IpcChannel, unknown> = {
  'app:get-info': undefined,
  'app:set-locked': { locked: false },
  'file:save-as': { bytes: new Uint8Array([1]), suggestedName: 'a.docx', filters: [] },
  'file:save-many': { folderName: '签到表', files: [{ name: 'a.docx', bytes: new Uint8Array([1]) }] },
  'file:open': { filters: [{ name: 'Excel', extensions: ['xlsx'] }] },
  'print:page': undefined,
  'print:to-pdf': { suggestedName: '签到表.pdf' },
  'shell:show-in-folder': { path: '/nonexistent/path/a.docx' },
  'backup:save-begin': { suggestedName: '备份.pdbak', filters: [] },
  'backup:auto-begin': { reason: 'daily' },
  'backup:append': { token: '00000000-0000-4000-8000-000000000000', bytes: new Uint8Array([1]) },
  'backup:finish': { token: '00000000-0000-4000-8000-000000000000' },
  'backup:abort': { token: '00000000-0000-4000-8000-000000000000' },
  'backup:verify-open': { token: '00000000-0000-4000-8000-000000000000' },
  'backup:list-auto': undefined,
  'backup:open': { filters: [] },
  'backup:open-auto': { name: '自动备份-20240101-080000-daily.pdbak' },
  'backup:read': { token: '00000000-0000-4000-8000-000000000000', offset: 0, length: 10 },
  'backup:close': { token: '00000000-0000-4000-8000-000000000000' },
  'backup:exit-ready': undefined,
  'files:import': { filters: [{ name: '课件', extensions: ['mp4'] }], maxBytes: 1000 },
  'files:read': { storedPath: '0f8fad5b-d9cb-469f-a165-70867728950e.mp4' },
  'files:open-external': { storedPath: '0f8fad5b-d9cb-469f-a165-70867728950e.mp4' },
  'files:restore': { storedPath: '1f8fad5b-d9cb-469f-a165-70867728950e.mp4', bytes: new Uint8Array([1]) },
  'files:delete': { storedPath: '2f8fad5b-d9cb-469f-a165-70867728950e.mp4' },
};

type Envelope = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };

function invoke(channel: string, input: unknown, frameUrl?: string | null): Promise<Envelope> {
  return main.fake.harness.invoke(channel, input, { frameUrl }) as Promise<Envelope>;
}

describe('the main process starts', () => {
  it('registers the app scheme before ready, secures the session and opens one sandboxed window', () => {
    const { fake } = main;
    expect(fake.calls.privilegedSchemes).toEqual([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
    expect(fake.calls.sessionSecurity).toEqual(
      expect.arrayContaining(['onBeforeRequest', 'permissionRequest', 'permissionCheck', 'devicePermission']),
    );
    const windows = fake.harness.windows();
    expect(windows).toHaveLength(1);
    const prefs = windows[0]?.options['webPreferences'] as Record<string, unknown>;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(prefs['preload']).toBe(join(main.appRoot, 'dist', 'electron', 'preload.cjs'));
    expect(windows[0]?.webContents.getURL()).toBe(`${APP_ORIGIN}/index.html`);
    expect(fake.harness.menuItem('备份数据…')).toBeDefined();
    expect(fake.calls.errorBoxes).toEqual([]);
  });

  it('blocks every request that is not the app’s own and denies new windows', () => {
    const { harness, harness: h } = main.fake;
    expect(h.requestAllowed(`${APP_ORIGIN}/index.html`)).toBe(true);
    expect(h.requestAllowed('https://example.com/')).toBe(false);
    expect(h.requestAllowed('file:///etc/passwd')).toBe(false);
    expect(harness.windows()[0]?.webContents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({
      action: 'deny',
    });
  });

  it('registers exactly the channels of the contract, and the preload exposes one function per channel', () => {
    expect(main.fake.harness.channels()).toEqual(Object.keys(ipcContract).sort());
    expect(Object.keys(main.api).sort()).toEqual(['app', 'backup', 'file', 'files', 'print', 'shell']);
    const functions = Object.values(main.api).flatMap((area) => Object.keys(area as object));
    // Every channel plus the menu-command listener.
    expect(functions).toHaveLength(Object.keys(ipcContract).length + 1);
  });
});

describe('every IPC channel', () => {
  const channels = Object.keys(ipcContract) as IpcChannel[];

  it.each(channels)('%s refuses a page that is not the app, and never runs', async (channel) => {
    for (const frame of foreignFrames) {
      const result = await invoke(channel, validInputs[channel], frame);
      expect(result).toEqual({
        ok: false,
        error: { code: 'forbidden-sender', message: expect.stringContaining('拒绝') },
      });
    }
  });

  it.each(channels)('%s refuses a malformed payload with a Chinese message', async (channel) => {
    for (const bad of [{ bogus: true }, 42, 'x']) {
      const result = await invoke(channel, bad);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('invalid-input');
        expect(result.error.message).toMatch(/参数不正确/);
      }
    }
  });

  // backup:exit-ready closes the window: it is called last, in its own test below.
  it.each(channels.filter((channel) => channel !== 'backup:exit-ready'))(
    '%s answers a valid payload inside the envelope',
    async (channel) => {
      const result = await invoke(channel, validInputs[channel]);
      expect(typeof result.ok).toBe('boolean');
      if (!result.ok) {
        // Only expected refusals (an unknown token, a file that does not exist), never an internal error.
        expect(result.error.code).not.toBe('internal');
        expect(result.error.code).not.toBe('invalid-input');
        expect(result.error.message).toMatch(/[\u4e00-\u9fa5]/);
      }
    },
  );

  it('app:get-info names the data folder main uses', async () => {
    expect(await main.api.app.getInfo()).toMatchObject({ ok: true, value: { dataFolder: main.userData } });
  });

  it('a cancelled dialog writes nothing', async () => {
    expect(await main.api.file.saveAs({ bytes: new Uint8Array([1]), suggestedName: 'a.docx', filters: [] })).toEqual({
      ok: true,
      value: { saved: false },
    });
  });

  it('file:save-as writes the bytes where the user chose', async () => {
    const target = join(main.outside, '签到表.docx');
    main.fake.harness.answerSave(target);
    const result = await main.api.file.saveAs({
      bytes: new Uint8Array([7, 8]),
      suggestedName: '签到表.docx',
      filters: [],
    });
    expect(result).toEqual({ ok: true, value: { saved: true, path: target } });
    expect([...readFileSync(target)]).toEqual([7, 8]);
  });

  it('file:save-many makes a new folder each time and never mixes two exports', async () => {
    const files = [
      { name: '一.docx', bytes: new Uint8Array([1]) },
      { name: '二.docx', bytes: new Uint8Array([2]) },
    ];
    main.fake.harness.answerOpen([main.outside]);
    const first = await main.api.file.saveMany({ folderName: '学习档案', files });
    main.fake.harness.answerOpen([main.outside]);
    const second = await main.api.file.saveMany({ folderName: '学习档案', files });
    expect(first).toEqual({ ok: true, value: { saved: true, folder: join(main.outside, '学习档案'), count: 2 } });
    expect(second).toEqual({ ok: true, value: { saved: true, folder: join(main.outside, '学习档案 (2)'), count: 2 } });
    expect(readdirSync(join(main.outside, '学习档案')).sort()).toEqual(['一.docx', '二.docx']);
  });

  it('file:open reads a chosen file and refuses one over the limit', async () => {
    const source = join(main.outside, '名册.xlsx');
    writeFileSync(source, Buffer.alloc(2000, 1));
    main.fake.harness.answerOpen([source]);
    const opened = await main.api.file.open({ filters: [], maxBytes: 5000 });
    expect(opened).toMatchObject({ ok: true, value: { opened: true, name: '名册.xlsx' } });
    main.fake.harness.answerOpen([source]);
    const tooBig = await main.api.file.open({ filters: [], maxBytes: 1000 });
    expect(tooBig).toMatchObject({ ok: false, error: { code: 'file-too-large' } });
  });

  it('print:page and print:to-pdf print the window', async () => {
    expect(await main.api.print.page()).toEqual({ ok: true, value: { printed: true } });
    const pdf = join(main.outside, '打印.pdf');
    main.fake.harness.answerSave(pdf);
    expect(await main.api.print.toPdf({ suggestedName: '打印.pdf' })).toEqual({
      ok: true,
      value: { saved: true, path: pdf },
    });
    expect(readFileSync(pdf, 'latin1')).toMatch(/^%PDF/);
  });

  it('files:import copies into userData/files, files:read reads it back, names that leave the folder are refused', async () => {
    const source = join(main.outside, '党史课.MP4');
    writeFileSync(source, 'video');
    main.fake.harness.answerOpen([source]);
    const imported = await main.api.files.import({ filters: [{ name: '课件', extensions: ['mp4'] }], maxBytes: 1000 });
    expect(imported).toMatchObject({ ok: true, value: { imported: true, name: '党史课.MP4', size: 5 } });
    if (!imported.ok || !imported.value.imported) throw new Error('not imported');
    const storedPath = imported.value.storedPath;
    expect(existsSync(join(main.userData, 'files', storedPath))).toBe(true);
    const read = await main.api.files.read({ storedPath });
    expect(read.ok && new TextDecoder().decode(read.value)).toBe('video');
    expect(await main.api.files.openExternal({ storedPath })).toEqual({ ok: true, value: null });
    for (const evil of ['../secret.txt', '/etc/passwd', 'sub/a.mp4', '..\\a.mp4']) {
      expect(await main.api.files.read({ storedPath: evil })).toMatchObject({
        ok: false,
        error: { code: 'invalid-input' },
      });
    }
  });

  it('shell:show-in-folder opens only what main itself saved, never a network path', async () => {
    const stranger = join(main.outside, '别处的文件.txt');
    writeFileSync(stranger, 'x');
    expect(await main.api.shell.showInFolder({ path: stranger })).toMatchObject({
      ok: false,
      error: { code: 'not-allowed' },
    });
    const saved = join(main.outside, '已保存.docx');
    main.fake.harness.answerSave(saved);
    await main.api.file.saveAs({ bytes: new Uint8Array([1]), suggestedName: '已保存.docx', filters: [] });
    expect(await main.api.shell.showInFolder({ path: saved })).toEqual({ ok: true, value: null });
    expect(main.fake.calls.showItemInFolder).toEqual([saved]);
    for (const unc of ['\\\\server\\share\\a.docx', '//server/share/a.docx']) {
      expect(await main.api.shell.showInFolder({ path: unc })).toMatchObject({
        ok: false,
        error: { code: 'not-allowed' },
      });
    }
    // Remembered in the data folder, so it still works after a restart.
    expect(readFileSync(join(main.userData, 'written-paths.json'), 'utf8')).toContain('已保存.docx');
  });

  it('an unpackaged (developer) window keeps its developer tools', () => {
    const prefs = main.fake.harness.windows()[0]?.options['webPreferences'] as Record<string, unknown>;
    expect(prefs['devTools']).toBe(true);
  });

  it('a page that reads as a foreign frame through the preload is refused too', async () => {
    main.fake.harness.setRendererFrame('https://example.com/');
    try {
      expect(await main.api.app.getInfo()).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    } finally {
      main.fake.harness.setRendererFrame(null);
    }
  });
});

describe('backups through main', () => {
  const scratch = scratchDatabases();

  it('streams a backup to a folder in chunks and reads it back slice by slice', async () => {
    const target = join(main.outside, '台账备份.pdbak');
    main.fake.harness.answerSave(target);
    const begun = await main.api.backup.saveBegin({ suggestedName: '台账备份.pdbak', filters: [] });
    if (!begun.ok || !begun.value.started) throw new Error('not started');
    const token = begun.value.token;
    const chunks = [new Uint8Array(3000).fill(1), new Uint8Array(5000).fill(2), new Uint8Array(10).fill(3)];
    for (const bytes of chunks)
      expect(await main.api.backup.append({ token, bytes })).toEqual({ ok: true, value: null });
    // Nothing that looks finished exists until finish.
    expect(existsSync(target)).toBe(false);
    expect(await main.api.backup.finish({ token })).toEqual({ ok: true, value: { path: target, size: 8010 } });
    expect(await main.api.backup.append({ token, bytes: new Uint8Array(1) })).toMatchObject({ ok: false });

    main.fake.harness.answerOpen([target]);
    const opened = await main.api.backup.open({ filters: [] });
    if (!opened.ok || !opened.value.opened) throw new Error('not opened');
    expect(opened.value).toMatchObject({ name: '台账备份.pdbak', size: 8010 });
    const slices: number[] = [];
    for (let offset = 0; offset < 8010; offset += 4096) {
      const slice = await main.api.backup.read({ token: opened.value.token, offset, length: 4096 });
      if (!slice.ok) throw new Error(slice.error.message);
      slices.push(...slice.value);
    }
    expect(slices).toEqual(chunks.flatMap((chunk) => [...chunk]));
    expect(await main.api.backup.close({ token: opened.value.token })).toEqual({ ok: true, value: null });
    expect(await main.api.backup.read({ token: opened.value.token, offset: 0, length: 1 })).toMatchObject({
      ok: false,
    });
  });

  it('a real .pdbak of the store goes out through the platform and is restored from the file main reads', async () => {
    const db = await scratch.open('main-harness');
    await seedStore(db);
    const before = await dumpAll(db);
    const platform = createElectronPlatform(main.api);
    const target = join(main.outside, '完整备份.pdbak');
    main.fake.harness.answerSave(target);
    const writer = await platform.saveBackup('完整备份.pdbak', []);
    if (writer === null) throw new Error('cancelled');
    await writeBackup(db, writer, { appVersion: 'test', schemaVersion: LATEST_SCHEMA_VERSION, rowsPerPart: 10 });
    expect(await writer.finish()).toEqual({ name: '完整备份.pdbak', path: target });

    main.fake.harness.answerOpen([target]);
    const source = await platform.openBackup([]);
    if (source === null) throw new Error('cancelled');
    const restored = await restoreBackup(db, source, { mode: 'replace' });
    await source.close?.();
    const after = await dumpAll(await scratch.openRestored(restored.databaseName));
    for (const [table, rows] of Object.entries(before)) {
      if (table === 'changeLog') continue;
      expect(after[table], table).toEqual(rows);
    }
  });

  it('stored files (courseware, receipts) travel in the .pdbak and are written back through main on restore', async () => {
    const source = join(main.outside, '收据.pdf');
    writeFileSync(source, '%PDF 收据');
    main.fake.harness.answerOpen([source]);
    const imported = await main.api.files.import({
      filters: [{ name: '收据', extensions: ['pdf'] }],
      maxBytes: 10_000,
    });
    if (!imported.ok || !imported.value.imported) throw new Error('not imported');
    const storedPath = imported.value.storedPath;
    const db = await scratch.open('main-stored');
    await seedStore(db);
    await db.files.put({
      id: 'f-stored',
      name: '收据.pdf',
      mimeType: 'application/pdf',
      size: 12,
      storedPath,
      createdAt: '2024-05-01T08:00:00.000Z',
      updatedAt: '2024-05-01T08:00:00.000Z',
    });
    const platform = createElectronPlatform(main.api);
    const target = join(main.outside, '带附件.pdbak');
    main.fake.harness.answerSave(target);
    const writer = await platform.saveBackup('带附件.pdbak', []);
    if (writer === null) throw new Error('cancelled');
    const { manifest } = await writeBackup(db, writer, {
      appVersion: 'test',
      schemaVersion: LATEST_SCHEMA_VERSION,
      readStoredFile: (path) => platform.readStoredFile(path),
    });
    await writer.finish();
    expect(manifest.parts.map((part) => part.name)).toContain(`stored/${storedPath}`);

    // Another PC: the data folder has no such file.
    expect(await main.api.files.delete({ storedPath })).toEqual({ ok: true, value: null });
    expect(existsSync(join(main.userData, 'files', storedPath))).toBe(false);
    main.fake.harness.answerOpen([target]);
    const opened = await platform.openBackup([]);
    if (opened === null) throw new Error('cancelled');
    await restoreBackup(db, opened, {
      mode: 'replace',
      writeStoredFile: (path, bytes) => platform.writeStoredFile(path, bytes),
    });
    expect(readFileSync(join(main.userData, 'files', storedPath), 'utf8')).toBe('%PDF 收据');
    // Names are checked by main as on import.
    for (const evil of ['../escape.pdf', 'sub/a.pdf', '/etc/passwd']) {
      expect(await main.api.files.restore({ storedPath: evil, bytes: new Uint8Array([1]) })).toMatchObject({
        ok: false,
        error: { code: 'invalid-input' },
      });
      expect(await main.api.files.delete({ storedPath: evil })).toMatchObject({ ok: false });
    }
  });

  it('a finished backup is re-read from disk through main and verified before it is put in place under its name', async () => {
    const db = await scratch.open('main-verify');
    await seedStore(db);
    const platform = createElectronPlatform(main.api);
    const target = join(main.outside, '校验备份.pdbak');
    main.fake.harness.answerSave(target);
    const writer = await platform.saveBackup('校验备份.pdbak', []);
    if (writer === null) throw new Error('cancelled');
    const streamed = await writeBackup(db, writer, {
      appVersion: 'test',
      schemaVersion: LATEST_SCHEMA_VERSION,
      rowsPerPart: 3,
      zip64Threshold: 0,
    });
    const written = await writer.written();
    expect(written.size).toBe(streamed.size);
    await verifyWrittenBackup(written, streamed);
    await written.close?.();
    // Verified from the temporary file: nothing carries the backup's name yet.
    expect(existsSync(target)).toBe(false);
    expect(await writer.finish()).toEqual({ name: '校验备份.pdbak', path: target });
    expect(readFileSync(target).length).toBe(streamed.size);
  });

  it('a byte changed on the way to the disk fails the verification, and the backup leaves no file', async () => {
    const db = await scratch.open('main-verify-bad');
    await seedStore(db);
    const platform = createElectronPlatform(main.api);
    const target = join(main.outside, '坏备份.pdbak');
    main.fake.harness.answerSave(target);
    const writer = await platform.saveBackup('坏备份.pdbak', []);
    if (writer === null) throw new Error('cancelled');
    const streamed = await writeBackup(db, writer, { appVersion: 'test', schemaVersion: LATEST_SCHEMA_VERSION });
    const temp = readdirSync(main.outside).find((name) => name.startsWith('.坏备份.pdbak.'));
    if (temp === undefined) throw new Error('no temporary file');
    const onDisk = readFileSync(join(main.outside, temp));
    const middle = Math.floor(onDisk.length / 2);
    onDisk[middle] = (onDisk[middle] ?? 0) ^ 0x10;
    writeFileSync(join(main.outside, temp), onDisk);
    const written = await writer.written();
    await expect(verifyWrittenBackup(written, streamed)).rejects.toThrow(/校验时发现问题/);
    await written.close?.();
    await writer.abort();
    expect(readdirSync(main.outside).filter((name) => name.includes('坏备份'))).toEqual([]);
  });

  it('an aborted backup leaves no file behind', async () => {
    const target = join(main.outside, '中断.pdbak');
    main.fake.harness.answerSave(target);
    const begun = await main.api.backup.saveBegin({ suggestedName: '中断.pdbak', filters: [] });
    if (!begun.ok || !begun.value.started) throw new Error('not started');
    await main.api.backup.append({ token: begun.value.token, bytes: new Uint8Array(100) });
    await main.api.backup.abort({ token: begun.value.token });
    expect(readdirSync(main.outside).filter((name) => name.includes('中断'))).toEqual([]);
  });

  it('automatic backups land in userData/backups, are listed, and open by name only', async () => {
    const begun = await main.api.backup.autoBegin({ reason: 'daily' });
    if (!begun.ok) throw new Error(begun.error.message);
    await main.api.backup.append({ token: begun.value.token, bytes: new Uint8Array([9, 9, 9]) });
    await main.api.backup.finish({ token: begun.value.token });
    const listed = await main.api.backup.listAuto();
    if (!listed.ok) throw new Error(listed.error.message);
    expect(listed.value).toHaveLength(1);
    const entry = listed.value[0];
    expect(entry).toMatchObject({ size: 3, reason: 'daily' });
    const opened = await main.api.backup.openAuto({ name: entry?.name ?? '' });
    expect(opened).toMatchObject({ ok: true, value: { size: 3 } });
    expect(await main.api.backup.openAuto({ name: '..' })).toMatchObject({ ok: false });
    expect(await main.api.backup.openAuto({ name: 'passwd' })).toMatchObject({ ok: false });
  });
});

describe('the app:// protocol handler', () => {
  const fetchApp = async (url: string) => {
    const handler = main.fake.harness.protocolHandler('app');
    if (handler === undefined) throw new Error('app scheme not handled');
    return handler(new Request(url));
  };

  it('serves the renderer’s real files with the CSP and nosniff', async () => {
    const index = await fetchApp(`${APP_ORIGIN}/index.html`);
    expect(index.status).toBe(200);
    expect(await index.text()).toContain('台账');
    expect(index.headers.get('Content-Security-Policy')).toContain("default-src 'self'");
    expect(index.headers.get('X-Content-Type-Options')).toBe('nosniff');
    const root = await fetchApp(`${APP_ORIGIN}/`);
    expect(root.status).toBe(200);
    const script = await fetchApp(`${APP_ORIGIN}/assets/app.js`);
    expect(await script.text()).toBe('console.log(1);');
  });

  it('answers 404 for paths that climb out of the renderer folder', async () => {
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
    ]) {
      const response = await fetchApp(`${APP_ORIGIN}${path}`);
      expect(response.status, path).toBe(404);
      expect(await response.text()).not.toContain('不应被读到');
    }
  });

  it('answers 404 (not a failed request) for unknown paths, folders and other hosts', async () => {
    for (const url of [`${APP_ORIGIN}/nope.js`, `${APP_ORIGIN}/assets`, 'app://other/index.html']) {
      const response = await fetchApp(url);
      expect(response.status, url).toBe(404);
    }
  });
});

describe('the 程序锁 in main', () => {
  const lock = (locked: boolean) => main.api.app.setLocked({ locked });

  it.each(channelsRefusedWhileLocked)(
    '%s is refused while the page is locked, and works again once unlocked',
    async (channel) => {
      await lock(true);
      try {
        const answersBefore = main.fake.dialog.lastOptions.length;
        const result = await invoke(channel, validInputs[channel]);
        expect(result).toEqual({ ok: false, error: { code: 'locked', message: expect.stringContaining('已锁定') } });
        // No dialog was even shown.
        expect(main.fake.dialog.lastOptions.length).toBe(answersBefore);
      } finally {
        await lock(false);
      }
      const result = await invoke(channel, validInputs[channel]);
      if (!result.ok) expect(result.error.code).not.toBe('locked');
    },
  );

  it('menu commands and their shortcuts do nothing while locked', async () => {
    const window = main.fake.harness.windows()[0];
    if (window === undefined) throw new Error('no window');
    await lock(true);
    const sentBefore = window.webContents.sent.length;
    const printsBefore = main.fake.calls.print;
    const openedBefore = main.fake.calls.openPath.length;
    for (const label of ['打印…', '另存为 PDF…', '备份数据…', '设置', '打开数据文件夹', '关于']) {
      main.fake.harness.menuItem(label)?.click?.();
    }
    await new Promise((resolve) => setImmediate(resolve));
    expect(window.webContents.sent.length).toBe(sentBefore);
    expect(main.fake.calls.print).toBe(printsBefore);
    expect(main.fake.calls.openPath.length).toBe(openedBefore);
    await lock(false);
    main.fake.harness.menuItem('备份数据…')?.click?.();
    expect(window.webContents.sent.at(-1)).toEqual({ channel: 'menu:command', args: ['backup-now'] });
  });

  it('automatic backups still run while locked (they stay in the data folder)', async () => {
    await lock(true);
    try {
      const begun = await main.api.backup.autoBegin({ reason: 'daily' });
      expect(begun.ok).toBe(true);
      if (begun.ok) await main.api.backup.abort({ token: begun.value.token });
    } finally {
      await lock(false);
    }
  });
});

// Last: it closes the window.
describe('the exit handshake', () => {
  it('a backup that saved is reported saved even when pruning old automatic backups fails', async () => {
    const folder = join(main.userData, 'backups');
    // Ten old daily backups that cannot be deleted (folders under a backup's name): pruning fails.
    for (let day = 1; day <= 10; day += 1) {
      mkdirSync(join(folder, `自动备份-202001${String(day).padStart(2, '0')}-080000-daily.pdbak`), { recursive: true });
    }
    const begun = await main.api.backup.autoBegin({ reason: 'daily' });
    if (!begun.ok) throw new Error(begun.error.message);
    await main.api.backup.append({ token: begun.value.token, bytes: new Uint8Array([1, 2, 3]) });
    const finished = await main.api.backup.finish({ token: begun.value.token });
    expect(finished).toMatchObject({ ok: true, value: { size: 3 } });
    expect(readFileSync(join(main.userData, 'logs', 'main.log'), 'utf8')).toContain('prune automatic backups');
  });

  it('closing the window asks the page for an exit backup, and closes once the page is ready', async () => {
    const window = main.fake.harness.windows()[0];
    if (window === undefined) throw new Error('no window');
    const before = window.webContents.sent.length;
    window.close();
    expect(window.isDestroyed()).toBe(false);
    expect(window.webContents.sent.slice(before)).toEqual([{ channel: 'menu:command', args: ['backup-before-exit'] }]);
    expect(await main.api.backup.exitReady()).toEqual({ ok: true, value: null });
    expect(window.isDestroyed()).toBe(true);
    expect(main.fake.calls.quit).toBeGreaterThan(0);
  });
});
