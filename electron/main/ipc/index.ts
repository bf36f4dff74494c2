import type { BrowserWindow } from 'electron';
import { registerAppHandlers } from './app';
import { registerFileHandlers } from './file';
import { registerStoredFileHandlers } from './files';
import { registerPrintHandlers } from './print';

export function registerIpcHandlers(getWindow: () => BrowserWindow | null): void {
  registerAppHandlers();
  registerFileHandlers(getWindow);
  registerPrintHandlers(getWindow);
  registerStoredFileHandlers(getWindow);
}
