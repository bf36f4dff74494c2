import type { BackupOpened, IpcResult, LedgerApi } from '../../../electron/shared/ipc-contract';
import type { BackupFileWriter, BackupSource, PlatformApi } from './platform-types';
import { PlatformError } from './platform-types';

declare global {
  interface Window {
    api?: LedgerApi;
  }
}

async function unwrap<T>(call: Promise<IpcResult<T>>): Promise<T> {
  let result: IpcResult<T>;
  try {
    result = await call;
  } catch {
    throw new PlatformError('ipc-failed', '与程序主进程通信失败，请重新启动程序。');
  }
  if (!result.ok) throw new PlatformError(result.error.code, result.error.message);
  return result.value;
}

function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

function backupWriter(api: LedgerApi, token: string): BackupFileWriter {
  return {
    async write(chunk) {
      await unwrap(api.backup.append({ token, bytes: chunk }));
    },
    async finish() {
      const saved = await unwrap(api.backup.finish({ token }));
      return { name: fileName(saved.path), path: saved.path };
    },
    async abort() {
      await unwrap(api.backup.abort({ token }));
    },
    async written() {
      return backupSource(api, await unwrap(api.backup.verifyOpen({ token })));
    },
  };
}

function backupSource(api: LedgerApi, opened: BackupOpened): BackupSource {
  return {
    name: opened.name,
    size: opened.size,
    read: (offset, length) => unwrap(api.backup.read({ token: opened.token, offset, length })),
    async close() {
      await unwrap(api.backup.close({ token: opened.token }));
    },
  };
}

export function createElectronPlatform(api: LedgerApi): PlatformApi {
  return {
    kind: 'electron',
    canShowInFolder: true,
    getInfo: () => unwrap(api.app.getInfo()),
    async saveFile(bytes, suggestedName, filters) {
      const result = await unwrap(api.file.saveAs({ bytes, suggestedName, filters }));
      return result.saved ? { name: fileName(result.path), path: result.path } : null;
    },
    async saveFiles(files, folderName) {
      const result = await unwrap(api.file.saveMany({ files, folderName }));
      return result.saved ? { name: result.folder, path: result.folder, count: result.count } : null;
    },
    async saveBackup(suggestedName, filters) {
      const begun = await unwrap(api.backup.saveBegin({ suggestedName, filters }));
      return begun.started ? backupWriter(api, begun.token) : null;
    },
    async openBackup(filters) {
      const opened = await unwrap(api.backup.open({ filters }));
      return opened.opened ? backupSource(api, opened) : null;
    },
    async openFile(filters, maxBytes) {
      const result = await unwrap(api.file.open(maxBytes === undefined ? { filters } : { filters, maxBytes }));
      return result.opened ? { name: result.name, bytes: result.bytes } : null;
    },
    async printPage() {
      await unwrap(api.print.page());
    },
    async printToPdf(suggestedName) {
      const result = await unwrap(api.print.toPdf({ suggestedName }));
      return result.saved ? { name: fileName(result.path), path: result.path } : null;
    },
    async showInFolder(path) {
      await unwrap(api.shell.showInFolder({ path }));
    },
    async importFile(filters, maxBytes) {
      const result = await unwrap(api.files.import({ filters, maxBytes }));
      return result.imported ? { name: result.name, size: result.size, storedPath: result.storedPath } : null;
    },
    readStoredFile: (storedPath) => unwrap(api.files.read({ storedPath })),
    async writeStoredFile(storedPath, bytes) {
      await unwrap(api.files.restore({ storedPath, bytes }));
    },
    async deleteStoredFile(storedPath) {
      await unwrap(api.files.delete({ storedPath }));
    },
    canOpenWithSystem: true,
    async openWithSystem(storedPath) {
      await unwrap(api.files.openExternal({ storedPath }));
    },
    onMenuCommand: (listener) => api.app.onMenuCommand(listener),
    async setLocked(locked) {
      await unwrap(api.app.setLocked({ locked }));
    },
    autoBackups: {
      begin: async (reason) => backupWriter(api, (await unwrap(api.backup.autoBegin({ reason }))).token),
      list: () => unwrap(api.backup.listAuto()),
      open: async (name) => backupSource(api, await unwrap(api.backup.openAuto({ name }))),
      async exitReady() {
        await unwrap(api.backup.exitReady());
      },
    },
  };
}
