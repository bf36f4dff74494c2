import type { IpcResult, LedgerApi } from '../../../electron/shared/ipc-contract';
import type { PlatformApi } from './api';
import { PlatformError } from './api';

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
    canOpenWithSystem: true,
    async openWithSystem(storedPath) {
      await unwrap(api.files.openExternal({ storedPath }));
    },
    onMenuCommand: (listener) => api.app.onMenuCommand(listener),
    autoBackups: {
      write: (bytes, reason) => unwrap(api.backup.writeAuto({ bytes, reason })),
      list: () => unwrap(api.backup.listAuto()),
      read: (name) => unwrap(api.backup.readAuto({ name })),
      async exitReady() {
        await unwrap(api.backup.exitReady());
      },
    },
  };
}
