import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';

export interface WindowOptionsInput {
  preloadPath: string;
  bounds: Partial<Rectangle>;
  iconPath?: string;
  /** Developer tools exist only in an unpackaged (developer's) app. */
  packaged?: boolean;
}

/**
 * The one BrowserWindow configuration: Electron's security checklist, held in a pure function so a
 * unit test can assert every switch.
 */
export function createWindowOptions({
  preloadPath,
  bounds,
  iconPath,
  packaged = true,
}: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    minWidth: 960,
    minHeight: 640,
    show: false,
    title: '社区党员教育台账',
    backgroundColor: '#f6f4f1',
    autoHideMenuBar: false,
    ...(iconPath === undefined ? {} : { icon: iconPath }),
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      experimentalFeatures: false,
      devTools: !packaged,
    },
  };
}
