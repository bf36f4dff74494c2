import { createBrowserPlatform } from './browser-platform';
import { createElectronPlatform } from './electron-platform';
import type { PlatformApi } from './platform-types';

export type * from './platform-types';
/** @public Kept here for code that imports the platform's error from platform/api. */
export { PlatformError } from './platform-types';

let platform: PlatformApi | undefined;

/** Chosen once at start-up: Electron when the preload exposed `window.api`, else the browser. */
export function getPlatform(): PlatformApi {
  platform ??= window.api === undefined ? createBrowserPlatform() : createElectronPlatform(window.api);
  return platform;
}
