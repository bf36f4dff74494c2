import { describe, expect, it } from 'vitest';
import { createWindowOptions } from '../../../electron/main/window-options';
import { restoreWindowState } from '../../../electron/main/window-state';

describe('main window security options', () => {
  const options = createWindowOptions({ preloadPath: '/app/preload.cjs', bounds: { width: 1000, height: 700 } });

  it('isolates the page from Node and Electron', () => {
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: '/app/preload.cjs',
    });
  });

  it('keeps the remembered size', () => {
    expect(options.width).toBe(1000);
    expect(options.height).toBe(700);
  });
});

describe('remembered window position', () => {
  const screen = { x: 0, y: 0, width: 1920, height: 1040 };

  it('reuses a position that is on a screen', () => {
    const saved = { bounds: { x: 100, y: 80, width: 1200, height: 800 }, maximized: true };
    expect(restoreWindowState(saved, [screen])).toEqual({ bounds: saved.bounds, maximized: true });
  });

  it('drops the position of a window left on a monitor that is gone, keeping its size', () => {
    const saved = { bounds: { x: 2500, y: 100, width: 1200, height: 800 }, maximized: false };
    expect(restoreWindowState(saved, [screen])).toEqual({ bounds: { width: 1200, height: 800 }, maximized: false });
  });

  it('ignores a damaged state file', () => {
    expect(restoreWindowState({ bounds: 'x' }, [screen]).bounds).toEqual({ width: 1280, height: 820 });
  });
});
