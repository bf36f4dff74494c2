import { app, BrowserWindow, dialog, screen } from 'electron';
import { join } from 'node:path';
import { APP_ORIGIN } from '../shared/ipc-contract';
import { devServerUrl } from './dev-server';
import { LEAVE_BUTTON, LEAVE_PROMPT } from './leave-prompt';
import { createWindowOptions } from './window-options';
import { readWindowState, restoreWindowState, writeWindowState } from './window-state';

export function createMainWindow(userDataPath: string, appRoot: string): BrowserWindow {
  const stateFile = join(userDataPath, 'window-state.json');
  const restored = restoreWindowState(
    readWindowState(stateFile),
    screen.getAllDisplays().map((display) => display.workArea),
  );
  const window = new BrowserWindow(
    createWindowOptions({
      preloadPath: join(appRoot, 'dist', 'electron', 'preload.cjs'),
      bounds: restored.bounds,
      iconPath: join(appRoot, 'resources', 'icon.png'),
      packaged: app.isPackaged,
    }),
  );
  if (restored.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', () => {
    writeWindowState(stateFile, { bounds: window.getNormalBounds(), maximized: window.isMaximized() });
  });
  window.webContents.on('will-prevent-unload', (event) => {
    // preventDefault here lets the unload go ahead despite the page's beforeunload.
    if (dialog.showMessageBoxSync(window, LEAVE_PROMPT) === LEAVE_BUTTON) event.preventDefault();
  });
  void window.loadURL(devServerUrl() ?? `${APP_ORIGIN}/index.html`);
  return window;
}
