import { formatMegabytes, MAX_OPEN_FILE_BYTES } from '../../../electron/shared/limits';
import { blobSink } from '../io/backup/backup-sink';
import { blobSource } from '../io/backup/backup-source';
import type { FileFilter, ImportedFile, OpenedFile, PlatformApi } from './platform-types';
import { PlatformError } from './platform-types';

function acceptAttribute(filters: FileFilter[]): string {
  return filters
    .flatMap((filter) => filter.extensions)
    .filter((extension) => extension !== '*')
    .map((extension) => `.${extension}`)
    .join(',');
}

function chooseFile(filters: FileFilter[]): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = acceptAttribute(filters);
    input.style.display = 'none';
    const finish = (file: File | null) => {
      input.remove();
      resolve(file);
    };
    input.addEventListener('change', () => finish(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => finish(null), { once: true });
    document.body.append(input);
    input.click();
  });
}

async function readChosenFile(file: File, maxBytes: number): Promise<OpenedFile> {
  if (file.size > maxBytes) {
    throw new PlatformError(
      'file-too-large',
      `文件“${file.name}”有 ${formatMegabytes(file.size)}，超过了 ${formatMegabytes(maxBytes)} 的上限，未读取。`,
    );
  }
  try {
    return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
  } catch {
    throw new PlatformError('file-unreadable', `无法读取“${file.name}”：文件可能已损坏或已被移走。`);
  }
}

async function takeChosenFile(file: File, maxBytes: number): Promise<ImportedFile> {
  if (file.size > maxBytes) {
    throw new PlatformError(
      'file-too-large',
      `文件“${file.name}”有 ${formatMegabytes(file.size)}，超过了 ${formatMegabytes(maxBytes)} 的上限，未导入。`,
    );
  }
  try {
    // Reading a first byte proves the file is still there and readable before it is stored.
    await file.slice(0, 1).arrayBuffer();
  } catch {
    throw new PlatformError('file-unreadable', `无法读取“${file.name}”：文件可能已损坏或已被移走。`);
  }
  return { name: file.name, size: file.size, blob: file };
}

function download(data: Uint8Array | Blob, name: string): void {
  const url = URL.createObjectURL(data instanceof Blob ? data : new Blob([data as Uint8Array<ArrayBuffer>]));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Browser mode: no file system access, so saving is a download and opening is a file picker. */
export function createBrowserPlatform(): PlatformApi {
  return {
    kind: 'browser',
    canShowInFolder: false,
    getInfo: () =>
      Promise.resolve({
        version: __APP_VERSION__,
        dataFolder: '浏览器本地存储（IndexedDB）',
        platform: `browser (${navigator.platform})`,
      }),
    async saveFiles(files, folderName) {
      const { zipSync } = await import('fflate');
      // Word files are already compressed: store them (level 0), which also keeps zipping fast.
      const zipped = zipSync(Object.fromEntries(files.map((file) => [file.name, [file.bytes, { level: 0 }]])));
      download(zipped, `${folderName}.zip`);
      return { name: `${folderName}.zip`, count: files.length };
    },
    saveFile(bytes, suggestedName) {
      download(bytes, suggestedName);
      return Promise.resolve({ name: suggestedName });
    },
    saveBackup(suggestedName) {
      const sink = blobSink();
      let blob: Blob | null = null;
      // The Blob that is verified is the one downloaded.
      const finished = () => (blob ??= sink.blob());
      return Promise.resolve({
        write: (chunk) => sink.write(chunk),
        written: () => Promise.resolve(blobSource(finished(), suggestedName)),
        finish() {
          download(finished(), suggestedName);
          return Promise.resolve({ name: suggestedName });
        },
        abort: () => Promise.resolve(),
      });
    },
    async openBackup(filters) {
      const file = await chooseFile(filters);
      return file === null ? null : blobSource(file, file.name);
    },
    async openFile(filters, maxBytes = MAX_OPEN_FILE_BYTES) {
      const file = await chooseFile(filters);
      return file === null ? null : readChosenFile(file, maxBytes);
    },
    printPage() {
      window.print();
      return Promise.resolve();
    },
    printToPdf(suggestedName) {
      // Browsers offer "另存为 PDF" as a printer in their own print dialog.
      window.print();
      return Promise.resolve({ name: suggestedName });
    },
    showInFolder: () => Promise.resolve(),
    async importFile(filters, maxBytes) {
      const file = await chooseFile(filters);
      return file === null ? null : takeChosenFile(file, maxBytes);
    },
    readStoredFile: () =>
      Promise.reject(
        new PlatformError('file-unreadable', '此文件保存在桌面版程序的数据文件夹中，浏览器模式无法读取。'),
      ),
    writeStoredFile: () =>
      Promise.reject(new PlatformError('file-unwritable', '浏览器模式不能写入桌面版程序的数据文件夹。')),
    deleteStoredFile: () => Promise.resolve(),
    canOpenWithSystem: false,
    openWithSystem: () =>
      Promise.reject(new PlatformError('open-failed', '浏览器模式不能调用系统程序，请下载后打开。')),
    onMenuCommand: () => () => undefined,
    setLocked: () => Promise.resolve(),
    autoBackups: null,
  };
}
