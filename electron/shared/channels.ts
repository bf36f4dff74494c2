/**
 * Constants both sides of IPC need at run time. Kept apart from ipc-contract.ts so the sandboxed
 * preload bundles only these few lines, not the zod schemas.
 */

/** The one origin the renderer is served from; IndexedDB data lives under it, so it never changes. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'ledger';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** Commands the application menu sends to the page (main → renderer). */
export const menuCommands = ['open-about', 'open-settings', 'backup-now', 'backup-before-exit'] as const;
export type MenuCommand = (typeof menuCommands)[number];
export const MENU_COMMAND_CHANNEL = 'menu:command';
