import { app, BrowserWindow, dialog, session } from 'electron';
import { join } from 'node:path';
import { MENU_COMMAND_CHANNEL } from '../shared/channels';
import { devServerUrl } from './dev-server';
import { registerIpcHandlers } from './ipc';
import { closeBackupStreams } from './ipc/backup';
import { logError, logInfo } from './logger';
import { installMenu } from './menu';
import { registerAppScheme, serveAppScheme } from './protocol';
import { applySessionSecurity, guardWebContents, startedWithDebugSwitch } from './security';
import { createMainWindow } from './window';

// Tests (and offices that keep data on another drive) move the data folder with this variable.
const userDataOverride = process.env['PARTY_LEDGER_USER_DATA'];
if (userDataOverride !== undefined && userDataOverride !== '') app.setPath('userData', userDataOverride);

const appRoot = app.getAppPath();
let mainWindow: BrowserWindow | null = null;
const getWindow = () => mainWindow;
/** Set once the page has written its exit backup (or did not answer in time): then the window may close. */
let exitBackupDone = false;
const EXIT_BACKUP_TIMEOUT_MS = 30_000;
let exitBackupTimer: ReturnType<typeof setTimeout> | undefined;
const closeAfterExitBackup = () => {
  // Once answered, the time limit must not close again later (a person may have chosen to stay
  // when asked about unsaved edits).
  clearTimeout(exitBackupTimer);
  exitBackupDone = true;
  mainWindow?.close();
};

process.on('uncaughtException', (error) => logError('uncaughtException', error));
process.on('unhandledRejection', (error) => logError('unhandledRejection', error));

registerAppScheme();

if (app.isPackaged && startedWithDebugSwitch((name) => app.commandLine.hasSwitch(name), process.argv)) {
  // A release build never runs with a debugger attached: someone could read the office's data through it.
  logError('start', '以调试参数启动，已退出');
  app.exit(1);
} else if (!app.requestSingleInstanceLock()) {
  // The office opened the app twice: the running window comes to the front instead.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow === null) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => {
    guardWebContents(contents);
    contents.on('console-message', (details) => {
      if (details.level === 'error') logError('renderer', details.message);
    });
    contents.on('render-process-gone', (_e, details) => logError('render-process-gone', details.reason));
  });
  app.on('window-all-closed', () => app.quit());
  // Best effort: an unfinished backup's temporary file is deleted, never renamed into place.
  app.on('will-quit', () => void closeBackupStreams());
  void app.whenReady().then(start);
}

function start(): void {
  logInfo(`start ${app.getVersion()} ${process.platform}`);
  applySessionSecurity(session.defaultSession, devServerUrl());
  serveAppScheme(session.defaultSession, join(appRoot, 'dist', 'renderer'));
  registerIpcHandlers(getWindow, closeAfterExitBackup);
  installMenu(getWindow);
  try {
    mainWindow = createMainWindow(app.getPath('userData'), appRoot);
    mainWindow.on('closed', () => (mainWindow = null));
    mainWindow.on('close', (event) => {
      if (exitBackupDone || mainWindow === null) return;
      // The data lives in the page: ask it for the exit backup, close when it answers.
      event.preventDefault();
      mainWindow.webContents.send(MENU_COMMAND_CHANNEL, 'backup-before-exit');
      exitBackupTimer = setTimeout(closeAfterExitBackup, EXIT_BACKUP_TIMEOUT_MS);
    });
  } catch (error) {
    logError('createMainWindow', error);
    dialog.showErrorBox('无法启动', '社区党员教育台账窗口无法打开，详情已记入日志。');
    app.quit();
  }
}
