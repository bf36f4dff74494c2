import { MAX_OPEN_FILE_BYTES } from '../../../electron/shared/limits';
import type { FileFilter, OpenedFile, PlatformApi } from './api';
import { PlatformError } from './api';

function formatMegabytes(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

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
    saveFile(bytes, suggestedName) {
      const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>]));
      const link = document.createElement('a');
      link.href = url;
      link.download = suggestedName;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      return Promise.resolve({ name: suggestedName });
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
    onMenuCommand: () => () => undefined,
    autoBackups: null,
  };
}
