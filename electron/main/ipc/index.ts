import type { BrowserWindow } from 'electron';
import { registerAppHandlers } from './app';
import { registerBackupHandlers } from './backup';
import { registerFileHandlers } from './file';
import { registerStoredFileHandlers } from './files';
import { registerPrintHandlers } from './print';

export function registerIpcHandlers(
  getWindow: () => BrowserWindow | null,
  onExitReady: () => void = () => undefined,
): void {
  registerAppHandlers();
  registerBackupHandlers(getWindow, onExitReady);
  registerFileHandlers(getWindow);
  registerPrintHandlers(getWindow);
  registerStoredFileHandlers(getWindow);
}
