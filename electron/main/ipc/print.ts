import { BrowserWindow, dialog } from 'electron';
import { writeFile } from 'node:fs/promises';
import type { SaveResult } from '../../shared/ipc-contract';
import { rememberWritten } from '../written-paths';
import { IpcFailure } from './envelope';
import { handle } from './register';

/** The page's print stylesheet shows only its print view, so printing the window prints that view. */
export function printWindow(window: BrowserWindow): Promise<{ printed: boolean }> {
  return new Promise((resolve, reject) => {
    window.webContents.print({ printBackground: true }, (success, failureReason) => {
      if (success || failureReason === 'Print job canceled' || failureReason === 'cancelled') {
        resolve({ printed: success });
      } else {
        reject(new IpcFailure('print-failed', `打印失败：${failureReason}。请检查打印机是否已连接。`));
      }
    });
  });
}

export async function savePrintViewAsPdf(window: BrowserWindow, suggestedName: string): Promise<SaveResult> {
  const choice = await dialog.showSaveDialog(window, {
    title: '另存为 PDF',
    defaultPath: suggestedName,
    filters: [{ name: 'PDF 文件', extensions: ['pdf'] }],
  });
  if (choice.canceled || choice.filePath === '') return { saved: false };
  let pdf: Uint8Array;
  try {
    pdf = await window.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
  } catch {
    throw new IpcFailure('print-failed', '生成 PDF 失败，请重试。');
  }
  try {
    await writeFile(choice.filePath, pdf);
  } catch {
    throw new IpcFailure('file-unwritable', `无法写入“${choice.filePath}”：请检查是否有写入权限或磁盘空间。`);
  }
  rememberWritten(choice.filePath);
  return { saved: true, path: choice.filePath };
}

export function registerPrintHandlers(getWindow: () => BrowserWindow | null): void {
  const requireWindow = (): BrowserWindow => {
    const window = getWindow();
    if (window === null) throw new IpcFailure('print-failed', '窗口已关闭，无法打印。');
    return window;
  };
  handle('print:page', () => printWindow(requireWindow()));
  handle('print:to-pdf', ({ suggestedName }) => savePrintViewAsPdf(requireWindow(), suggestedName));
}
