import type { Session, WebContents } from 'electron';
import { APP_SCHEME } from '../shared/channels';

/** The app is offline by construction: only its own scheme (and devtools) may load anything. */
export function isAllowedRequestUrl(url: string, devServerUrl?: string): boolean {
  if (url.startsWith(`${APP_SCHEME}:`) || url.startsWith('devtools:')) return true;
  // blob: and data: URLs are made by the page itself (downloads, media previews), never fetched remotely.
  if (url.startsWith('blob:') || url.startsWith('data:')) return true;
  if (devServerUrl !== undefined) {
    const dev = new URL(devServerUrl);
    try {
      const target = new URL(url);
      if (target.host === dev.host && (target.protocol === 'http:' || target.protocol === 'ws:')) return true;
    } catch {
      return false;
    }
  }
  return false;
}

export function applySessionSecurity(session: Session, devServerUrl: string | undefined): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequestUrl(details.url, devServerUrl) });
  });
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

/** Navigation away from the app, new windows and webviews are all refused. */
export function guardWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (url !== contents.getURL()) event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Command-line switches that open a debugging door into the process. */
export const DEBUG_SWITCHES = [
  'remote-debugging-port',
  'remote-debugging-pipe',
  'inspect',
  'inspect-brk',
  'inspect-port',
];

/** Whether a packaged app was started with a debugging switch (it then quits at once). */
export function startedWithDebugSwitch(hasSwitch: (name: string) => boolean, argv: readonly string[]): boolean {
  return (
    DEBUG_SWITCHES.some((name) => hasSwitch(name)) || argv.some((arg) => /^--(remote-debugging-|inspect)/.test(arg))
  );
}
