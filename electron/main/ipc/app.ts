import { app, shell } from 'electron';
import { existsSync } from 'node:fs';
import { setAppLocked } from '../lock-state';
import { isUncPath, wasWrittenByMain } from '../written-paths';
import { IpcFailure } from './envelope';
import { handle } from './register';

export function registerAppHandlers(): void {
  handle('app:get-info', () => ({
    version: app.getVersion(),
    dataFolder: app.getPath('userData'),
    platform: `${process.platform}-${process.arch}`,
  }));
  handle('app:set-locked', ({ locked }) => {
    setAppLocked(locked);
    return null;
  });
  handle('shell:show-in-folder', ({ path }) => {
    if (isUncPath(path) || !wasWrittenByMain(path)) {
      throw new IpcFailure('not-allowed', '只能打开本程序保存的文件所在的文件夹。');
    }
    if (!existsSync(path)) throw new IpcFailure('file-unreadable', '文件已不存在，可能已被移动或删除。');
    shell.showItemInFolder(path);
    return null;
  });
}
